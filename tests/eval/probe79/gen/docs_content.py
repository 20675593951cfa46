"""The documents of set 79 (judged as of 2026-11-22), with their labels: meeting
minutes (議事録), a steering-group minutes file, QBR notes and an Osaka record of
a meeting with a reference quote."""
from content import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== Tokyo: 議事録 (Markdown)
D_TOKYO = """# 議事録：ヒノデ製作所様 メリディアン シンク／ボールト 第5回定例会

- 日時：2026年11月18日（水）14:00〜15:30
- 場所：ヒノデ製作所 本社 5階 第2会議室
- 出席者：山本様、大河内様（ヒノデ製作所）／伊藤、山口（メリディアン・データ 東京オフィス）
- 記録：山口

## 1. 前回宿題事項の確認

| 項番 | ご質問 | 回答 |
|---|---|---|
| 1 | メリディアン シンクの1ファイルあたりのアップロード上限は？ | 1ファイルあたり最大100GBまでアップロード可能です。 |
| 2 | 複数年契約の割引はあるか | 3年契約で5%の割引が可能です（別紙見積書参照）。 |
| 3 | メリディアン ボールトの最大容量は？ | 1テナントあたり最大500TBです。 |

## 2. 議事

### 2.1 メリディアン シンク

- 伊藤：メリディアン シンクは現在、1テナントあたり最大一万ユーザーまでご利用いただけます。
- 山本様：来年度は海外拠点を含め約7,200名に拡大する計画。
- 山口：月額料金は五万円（税抜）で、来年度も据え置きの予定です。
- 大河内様：海外の取引先から、同製品はLinuxでも動くと伺っている。
- 伊藤：メリディアン シンクの対応OSはWindows、macOS、iOS、Androidです。
- 山口：同製品の稼働率は~~99.95%~~ 99.9%です（会議中に訂正）。

### 2.2 メリディアン ボールト

- 伊藤：メリディアン ボールトのRPOは十五分、保持期間は標準で九十日です。
- 伊藤：同製品の暗号化方式はAES-256です。
- 山口：国内トップシェアのバックアップサービスとして、多くの製造業のお客様にご利用いただいています。

### 2.3 メリディアン インサイト（参考情報）

- 伊藤：メリディアン インサイトは2027年1月に一般提供開始の予定です。
- 山本様：一般提供開始後に評価を検討したい。

## 3. 宿題事項

| 担当 | 内容 | 期限 |
|---|---|---|
| 伊藤 | ボールトの見積書（50TB、36か月） | 11月25日 |
| 山口 | シンクの追加ライセンス（1,200ID）の見積り | 11月25日 |
| 山本様 | 海外拠点のネットワーク構成資料 | 12月上旬 |

## 4. 次回

2026年12月16日（水）14:00〜　貴社にて

以上
"""
doc("docs/tokyo/議事録_ヒノデ製作所様_第5回定例会.md", "tokyo", D_TOKYO, claims=[
    C("sync", "max_file_size", 100 * 10 ** 9, "unverified", "1ファイルあたり最大100GBまでアップロード可能です。"),
    C("vault", "max_storage", 500 * TB, "ok", "1テナントあたり最大500TBです。"),
    C("sync", "max_users", 10000, "ok", "伊藤：メリディアン シンクは現在、1テナントあたり最大一万ユーザーまでご利用いただけます。"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "山口：月額料金は五万円（税抜）で、来年度も据え置きの予定です。"),
    C("sync", "supported_platforms", "Linux", "conflict", "大河内様：海外の取引先から、同製品はLinuxでも動くと伺っている。",
      office="unknown"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "伊藤：メリディアン シンクの対応OSはWindows、macOS、iOS、Androidです。"),
    C("sync", "sla", 99.9, "ok", "山口：同製品の稼働率は~~99.95%~~ 99.9%です（会議中に訂正）。"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "伊藤：メリディアン ボールトのRPOは十五分、保持期間は標準で九十日です。"),
    C("vault", "retention", dur(90, "days"), "ok", "伊藤：メリディアン ボールトのRPOは十五分、保持期間は標準で九十日です。"),
    C("vault", "encryption", "AES-256", "ok", "伊藤：同製品の暗号化方式はAES-256です。"),
    C("insight", "general_availability", "2027-01", "ok", "伊藤：メリディアン インサイトは2027年1月に一般提供開始の予定です。"),
], findings=[PH("ja.superlative-no1", "国内トップシェアのバックアップサービス")])

# ====================================================================== London: steering-group minutes (Markdown)
D_LONDON = """# Alderbank Housing – Meridian programme steering group: minutes

Meeting 6 · Thursday 12 November 2026, 10:00–11:30 · Alderbank offices, Cardiff, and Teams

Present: Siobhan Walsh (chair), Gwen Morgan, Rhys Evans (Alderbank); Harriet Doyle, Ravi Patel (Meridian Data UK)
Apologies: Dafydd Price

## 1. Minutes of the last meeting

Agreed as a true record, with one correction to item 3: the Meridian Vault RPO is ~~5 minutes~~ 15 minutes, as Harriet confirmed at the time.

## 2. Meridian Vault – backup service (live since August)

- Ravi: Meridian Vault is holding 64 TB for Alderbank today, out of a limit of 500 TB per tenant.
- Ravi: Meridian Vault keeps 90 days of backups by default. Alderbank's longer retention is covered by the add-on it bought in August.
- Ravi: storage for Meridian Vault is £16 per TB per month, excluding VAT, unchanged for 2027.
- Gwen: the August restore test went well; the board has seen the report.

## 3. Meridian Insight – beta

- Harriet: Meridian Insight reaches general availability in January 2027.
- Harriet: at GA Meridian Insight is £25 per user per month ex VAT. Alderbank's 12 beta users convert automatically.
- Rhys: some Meridian Insight beta dashboards take about 4 seconds to load on the full repairs history.
- Harriet: Meridian Insight queries should return within 2 seconds at GA; product is looking at the repairs model.
- Harriet: moving the board pack to Meridian Insight will be risk-free because the old reports keep running in parallel.

## 4. Actions

| Ref | Action | Owner | Due |
|---|---|---|---|
| 6.1 | Send the 2027 renewal quote for Meridian Vault (64 TB, 12 months) | Ravi | 27 Nov |
| 6.2 | Check whether Meridian Insight can be hosted in a UK data centre | Harriet | 4 Dec |
| 6.3 | Nominate 10 more beta users | Gwen | 30 Nov |

Next meeting: Thursday 10 December 2026, 10:00.
"""
doc("docs/london/alderbank_steering_minutes_2026-11-12.md", "london", D_LONDON, claims=[
    C("vault", "rpo", dur(15, "minutes"), "ok", "the Meridian Vault RPO is ~~5 minutes~~ 15 minutes"),
    C("vault", "max_storage", 500 * TB, "ok",
      "Ravi: Meridian Vault is holding 64 TB for Alderbank today, out of a limit of 500 TB per tenant."),
    C("vault", "retention", dur(90, "days"), "ok", "Ravi: Meridian Vault keeps 90 days of backups by default."),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
      "Ravi: storage for Meridian Vault is £16 per TB per month, excluding VAT, unchanged for 2027."),
    C("insight", "general_availability", "2027-01", "ok",
      "Harriet: Meridian Insight reaches general availability in January 2027."),
    C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
      "Harriet: at GA Meridian Insight is £25 per user per month ex VAT."),
    C("insight", "query_latency", dur(4, "seconds"), "conflict",
      "Rhys: some Meridian Insight beta dashboards take about 4 seconds to load on the full repairs history.",
      office="unknown"),
    C("insight", "query_latency", dur(2, "seconds"), "ok",
      "Harriet: Meridian Insight queries should return within 2 seconds at GA"),
], findings=[PH("en.guarantee", "will be risk-free")])

# ====================================================================== US: QBR notes (HTML)
D_US = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Redfern Freight – Quarterly Business Review notes, November 2026</title>
<style>
 body { font-family: Arial, sans-serif; font-size: 14px; }
 table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: 4px 8px; }
</style>
</head>
<body>
<h1>Redfern Freight – Quarterly Business Review, November 2026</h1>
<p>Prepared by Megan Lowell (Meridian Data) · QBR held November 17, 2026, Sacramento ·
Attendees: Paul Nguyen, Dana Ross, Hiro Sato (Redfern); Megan Lowell, Carlos Ortega (Meridian Data)</p>

<h2>Meridian Sync</h2>
<table>
<tr><th>Speaker</th><th>Topic</th><th>What was said</th></tr>
<tr><td>Paul</td><td>Adoption</td><td>2,410 active users across the US and Yokohama; target 3,000 by mid-2027.</td></tr>
<tr><td>Megan</td><td>Capacity</td><td>Meridian Sync supports up to 10,000 users per organization, so there is plenty of headroom.</td></tr>
<tr><td>Carlos</td><td>Availability</td><td>Meridian Sync carries a 99.9% uptime SLA; no incidents this quarter.</td></tr>
<tr><td>Carlos</td><td>Platforms</td><td>Meridian Sync runs on Windows, macOS, iOS and Android; Linux is not supported.</td></tr>
<tr><td>Megan</td><td>Pricing</td><td>$399 per month, unchanged for the 2027 renewal.</td></tr>
</table>

<h2>Meridian Vault</h2>
<table>
<tr><th>Speaker</th><th>Topic</th><th>What was said</th></tr>
<tr><td>Carlos</td><td>Recovery point</td><td>RPO is 15 minutes; the November restore drill met it.</td></tr>
<tr><td>Carlos</td><td>Retention</td><td>Backups are kept for 90 days by default.</td></tr>
<tr><td>Megan</td><td>Pricing</td><td><s>$25</s> $20 per TB per month (corrected in the meeting).</td></tr>
<tr><td>Dana</td><td>Storage</td><td>Redfern is at 228 TB and asked whether Meridian Vault can grow past 500 TB per tenant.</td></tr>
<tr><td>Carlos</td><td>Migration</td><td>The move of the Yokohama backups was guaranteed to finish over one weekend.</td></tr>
</table>

<h2>Meridian Insight</h2>
<p>Megan: Meridian Insight becomes generally available in January 2027 at $30 per user per month.</p>
<p>Carlos: Meridian Insight offers a 30-day free trial, which Redfern will start in January.</p>
<p>Paul asked whether Meridian Insight can connect to their Oracle TMS. Carlos to confirm.</p>

<h2>Action items</h2>
<ul>
<li>Megan – renewal order form for Meridian Sync (2,500 seats) by December 4.</li>
<li>Carlos – Oracle TMS connector answer by December 11.</li>
<li>Paul – confirm the Insight trial start date.</li>
</ul>
</body>
</html>
"""
doc("docs/us-hq/redfern_qbr_notes_2026-11.html", "us-hq", D_US, claims=[
    C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organization"),
    C("sync", "sla", 99.9, "ok", "Meridian Sync carries a 99.9% uptime SLA"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "Meridian Sync runs on Windows, macOS, iOS and Android; Linux is not supported."),
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "$399 per month, unchanged for the 2027 renewal."),
    C("vault", "rpo", dur(15, "minutes"), "ok", "RPO is 15 minutes; the November restore drill met it."),
    C("vault", "retention", dur(90, "days"), "ok", "Backups are kept for 90 days by default."),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "<s>$25</s> $20 per TB per month"),
    C("insight", "general_availability", "2027-01", "ok",
      "Megan: Meridian Insight becomes generally available in January 2027 at $30 per user per month."),
    C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
      "Megan: Meridian Insight becomes generally available in January 2027 at $30 per user per month."),
    C("insight", "free_trial", dur(30, "days"), "ok", "Carlos: Meridian Insight offers a 30-day free trial"),
], findings=[PH("en.guarantee", "was guaranteed to finish over one weekend")])

# ====================================================================== Osaka: 打合せ記録 兼 お見積り (text)
D_OSAKA = """淀川フーズ株式会社　御中
                                                        2026年11月20日
                                    メリディアン・データ株式会社　大阪オフィス
                                    担当：森 拓也（TEL 06-5555-0231）

            打合せ記録 兼 お見積り（ご参考）

1. 打合せ記録（2026年11月19日（木）10:00〜11:00　貴社 摂津工場）
   出席：北村様、谷口様（淀川フーズ）／森（メリディアン・データ）

 ・北村様：同業他社から、メリディアン ボールトは保持期間が365日と伺っている。
 ・森：メリディアン ボールトの保持期間は標準で90日です。延長は有償オプションとなります。
 ・森：メリディアン ボールトのデータは東京と大阪のデータセンターに保管します。
 ・谷口様：工場のPCにはLinux端末もある。
 ・森：メリディアン シンクはLinuxには対応しておらず、Windows、Mac、iOS、Androidでご利用いただけます。
 ・森：メリディアン シンクは業界No.1の導入実績です。

2. お見積り（ご参考）　※金額はすべて税抜です。

  品目                              単価                数量            金額
  ------------------------------------------------------------------------------
  メリディアン シンク 月額利用料     50,000円/月         12か月          600,000円
  メリディアン ボールト 容量料金     2,800円/TB・月      120TB×12か月    4,032,000円
  ------------------------------------------------------------------------------
                                                        小計          4,632,000円
                                                        消費税(10%)     463,200円
                                                        合計          5,095,200円

  有効期限：2026年12月31日

以上
"""
doc("docs/osaka/打合せ記録兼お見積り_淀川フーズ様.txt", "osaka", D_OSAKA, claims=[
    C("vault", "retention", dur(365, "days"), "conflict", "北村様：同業他社から、メリディアン ボールトは保持期間が365日と伺っている。",
      office="unknown"),
    C("vault", "retention", dur(90, "days"), "ok", "森：メリディアン ボールトの保持期間は標準で90日です。"),
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "森：メリディアン ボールトのデータは東京と大阪のデータセンターに保管します。"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "森：メリディアン シンクはLinuxには対応しておらず、Windows、Mac、iOS、Androidでご利用いただけます。"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "メリディアン シンク 月額利用料     50,000円/月"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "メリディアン ボールト 容量料金     2,800円/TB・月"),
], findings=[PH("ja.superlative-no1", "業界No.1の導入実績")])

# ====================================================================== Tokyo draft (ignored by .onevoice.yaml)
D_DRAFT = """# 【下書き・社外秘】議事録：北斗化学様 定例会（12月）

※未確認の数値を含むため、送付前に山口が確認すること。

- 山口：メリディアン インサイトは2026年12月に正式リリース予定です。
- 伊藤：メリディアン シンクは最大2万ユーザーまで対応しています。
- 山口：業界No.1のBIツールです。
"""
doc("docs/tokyo/drafts/議事録_北斗化学様_下書き.md", "tokyo", D_DRAFT, ignored=True)
