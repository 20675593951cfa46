"""The proposal documents of set 77 (judged as of 2026-11-22), with their labels."""
from content import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== London: Markdown, British, hurried units
D_LONDON = """# Proposal: Meridian Sync and Meridian Vault for Northgate Building Society

Prepared by Oliver Brandt, Meridian Data UK Ltd · 14 November 2026 · Ref. MD-UK-2026-0417

## 1. Summary

Northgate asked for a single supplier for file sharing across its 38 branches and for off-site backup of the core banking exports. This proposal covers both, and is valid until 31 January 2027.

## 2. Meridian Sync

| Requirement (RFP ref.) | Our response |
|---|---|
| R-04: at least 2,500 named users | Yes – up to 10 000 users per organisation |
| R-07: storage per user | 1TB per user |
| R-09: availability | 99.9 % monthly uptime SLA |
| R-11: supported platforms | Windows, macOS, iOS and Android |
| R-12: offline working | Not supported – Meridian Sync needs a connection to sync |
| R-15: certifications | ISO 27001:2022 and SOC 2 Type II |

Meridian Sync is £329/month ex. VAT for the whole organisation, invoiced annually in advance.

## 3. Meridian Vault

* RPO: 15mins
* Default retention: 90days, extendable per policy
* Availability: 99.95% SLA
* Capacity: up to 0.5 PB per tenant
* Data centres: Frankfurt (primary) and Oregon (secondary copy)
* Encryption: AES-256 at rest
* Meridian Vault is SOC 2 Type II attested
* Price: £16/TB/month ex. VAT

Northgate's current backup estate is c. 48 TB across both data halls.

## 4. Commercials

* Year-one discount of 12 % on both products, subject to signature by 18 December 2026.
* Professional services: 6 days on site at £1,150 per day.
* Support is provided by our industry leading service desk in Manchester, 08:00–18:00 UK time.
"""
doc("docs/london/Northgate_BS_proposal_v3.md", "london", D_LONDON, claims=[
    C("sync", "max_users", 10000, "ok", "Yes – up to 10 000 users per organisation"),
    C("sync", "storage_per_user", 1 * TB, "ok", "| R-07: storage per user | 1TB per user |"),
    C("sync", "sla", 99.9, "ok", "99.9 % monthly uptime SLA"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "| R-11: supported platforms | Windows, macOS, iOS and Android |"),
    C("sync", "offline_mode", False, "ok", "Not supported – Meridian Sync needs a connection to sync"),
    SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "ISO 27001:2022 and SOC 2 Type II"),
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
      "Meridian Sync is £329/month ex. VAT for the whole organisation"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "* RPO: 15mins"),
    C("vault", "retention", dur(90, "days"), "ok", "* Default retention: 90days, extendable per policy"),
    C("vault", "sla", 99.95, "ok", "* Availability: 99.95% SLA"),
    C("vault", "max_storage", 500 * TB, "ok", "* Capacity: up to 0.5 PB per tenant"),
    SET("vault", "data_centers", ["Frankfurt", "Oregon"], "ok",
        "* Data centres: Frankfurt (primary) and Oregon (secondary copy)"),
    C("vault", "encryption", "AES-256", "ok", "* Encryption: AES-256 at rest"),
    C("vault", "certifications", "SOC 2 Type II", "unverified", "Meridian Vault is SOC 2 Type II attested"),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "* Price: £16/TB/month ex. VAT"),
], findings=[PH("en.superlative", "our industry leading service desk")])

# ====================================================================== Tokyo: Markdown, tables, caption tax note
D_TOKYO = """# メリディアン シンク／メリディアン ボールト ご提案書

株式会社ミドリ設計 御中
2026年11月10日　メリディアン・データ株式会社 東京オフィス

※本書に記載の金額はすべて税抜です。

## 1. ご提案の背景

御社では現在、社員の皆様が各部署のNASでファイルを共有されており、バックアップの運用負荷が課題となっております。

## 2. 製品仕様の比較

表1：両製品の主な仕様（金額はすべて税抜）

| 項目 | メリディアン シンク | メリディアン ボールト |
|---|---|---|
| 稼働率（SLA） | ９９．９％ | 99.95％ |
| 料金 | 月額50,000円 | 1TBあたり月額2,800円 |
| 暗号化 | AES-256 | AES-256 |
| データセンター | ― | 東京・大阪 |

## 3. ご要件への回答

| ご要件 | 回答 |
|---|---|
| 利用者数：800名以上 | メリディアン シンクは最大1万ユーザーまで対応 |
| バックアップの保持期間 | メリディアン ボールトの標準保持期間は90日間 |
| 目標復旧時点（RPO） | メリディアン ボールトは最大15分 |
| オフラインでの編集 | メリディアン シンクはオフライン利用に対応しておりません |

## 4. 導入実績

メリディアン シンクは国内の設計事務所における導入社数No.1※です。
※2026年9月 東京リサーチ調べ（国内建設・設計業向けファイル共有サービス）
"""
ROW_SLA = "| 稼働率（SLA） | ９９．９％ | 99.95％ |"
ROW_PRICE = "| 料金 | 月額50,000円 | 1TBあたり月額2,800円 |"
ROW_ENC = "| 暗号化 | AES-256 | AES-256 |"
doc("docs/tokyo/ミドリ設計様_ご提案書.md", "tokyo", D_TOKYO, claims=[
    C("sync", "sla", 99.9, "ok", ROW_SLA),
    C("vault", "sla", 99.95, "ok", ROW_SLA),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", ROW_PRICE),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", ROW_PRICE),
    C("sync", "encryption", "AES-256", "unverified", ROW_ENC),
    C("vault", "encryption", "AES-256", "ok", ROW_ENC),
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "| データセンター | ― | 東京・大阪 |"),
    C("sync", "max_users", 10000, "ok", "メリディアン シンクは最大1万ユーザーまで対応"),
    C("vault", "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準保持期間は90日間"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトは最大15分"),
    C("sync", "offline_mode", False, "ok", "メリディアン シンクはオフライン利用に対応しておりません"),
])

# ====================================================================== Osaka: plain-text quotation (old template)
ROW_SYNC = "メリディアン シンク 月額利用料      50,000円/月        12ヶ月          600,000円"
ROW_VAULT = "メリディアン ボールト 利用料        2,800円/TB・月     40TB×12ヶ月   1,344,000円"
D_OSAKA = """                                  御　見　積　書

株式会社なにわ精機　御中                          見積番号：OSK-2026-1108
                                                  発行日　：2026年11月12日
                                                  有効期限：2026年12月31日

メリディアン・データ株式会社　大阪オフィス
〒530-0001 大阪市北区梅田3-3-10 梅田ダイビル14F　TEL 06-5555-0177
担当：中村 翔太

※金額はすべて税抜表示です。（前回見積No.1052からの変更点：ボールト数量）

品目                                単価               数量            金額
--------------------------------------------------------------------------------
""" + ROW_SYNC + "\n" + ROW_VAULT + """
初期設定支援                        80,000円           1式                80,000円
--------------------------------------------------------------------------------
                                                       小計          2,024,000円
                                                       消費税(10%)     202,400円
                                                       合計          2,226,400円

【備考】
・メリディアン シンクのご利用人数上限：5,000名（1テナントあたり）
・メリディアン ボールトのデータ保存先：東京・大阪のデータセンター
・メリディアン ボールトのRPO：15分、保持期間：90日間（標準）
・メリディアン ファイルシンクからのデータ移行は無償でサポートいたします。
"""
doc("docs/osaka/なにわ精機様_御見積書.txt", "osaka", D_OSAKA, bom=True, claims=[
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", ROW_SYNC),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", ROW_VAULT),
    C("sync", "max_users", 5000, "stale", "メリディアン シンクのご利用人数上限：5,000名（1テナントあたり）"),
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "メリディアン ボールトのデータ保存先：東京・大阪のデータセンター"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO：15分、保持期間：90日間（標準）"),
    C("vault", "retention", dur(90, "days"), "ok", "メリディアン ボールトのRPO：15分、保持期間：90日間（標準）"),
], findings=[TERM("sync", "メリディアン ファイルシンクからのデータ移行")])

# ====================================================================== US: HTML quote, strike-through, suppression
D_US = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Brightwater Health – Meridian Vault and Meridian Insight quote</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}caption{font-weight:bold;text-align:left}</style>
</head>
<body>
<h1>Quote for Brightwater Health</h1>
<p>Prepared by Rachel Kim, Meridian Data Inc. &middot; Quote #Q-US-2026-3318 &middot; November 16, 2026</p>

<h2>Meridian Vault</h2>
<table>
<caption>Meridian Vault – pricing and service levels</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Storage price</td><td><del>$25</del> $20 per TB per month</td></tr>
<tr><td>Availability</td><td>99.95% uptime SLA</td></tr>
<tr><td>RPO</td><td>15 minutes</td></tr>
<tr><td>Recovery time (RTO)</td><td>4 hours</td></tr>
<tr><td>Hosting</td><td>Oregon data center (primary), Frankfurt (secondary)</td></tr>
<!-- onevoice-disable-next-line en.unlimited -->
<tr><td>Test restores</td><td>unlimited</td></tr>
</table>
<p>Brightwater's initial backup volume is about 120 TB, growing roughly 10% a year.</p>

<h2>Meridian Insight (beta)</h2>
<p>Meridian Insight is in beta today and becomes generally available in January 2027; your analytics team can start the 30-day free trial now.</p>
<table>
<caption>Meridian Insight – per-user pricing from general availability</caption>
<tr><th>Tier</th><th>Qty</th><th>Unit price</th></tr>
<tr><td>Analyst</td><td>25</td><td>$30 per user per month</td></tr>
</table>
<p>Meridian Insight will carry a 99.9% uptime SLA from GA.</p>
<p>Meridian Insight is the best-in-class analytics tool for healthcare claims data.</p>
<p>Questions? Call me on (415) 555-0187.</p>
</body>
</html>
"""
doc("docs/us-hq/brightwater_quote_Q-US-2026-3318.html", "us-hq", D_US, claims=[
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "$20 per TB per month"),
    C("vault", "sla", 99.95, "ok", "99.95% uptime SLA"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "15 minutes"),
    C("vault", "rto", dur(4, "hours"), "unverified", "4 hours"),
    SET("vault", "data_centers", ["Oregon", "Frankfurt"], "ok", "Oregon data center (primary), Frankfurt (secondary)"),
    C("insight", "general_availability", "2027-01", "ok",
      "Meridian Insight is in beta today and becomes generally available in January 2027"),
    C("insight", "free_trial", dur(30, "days"), "ok", "your analytics team can start the 30-day free trial now"),
    C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "$30 per user per month"),
    C("insight", "sla", 99.9, "unverified", "Meridian Insight will carry a 99.9% uptime SLA from GA."),
], findings=[PH("en.superlative", "Meridian Insight is the best-in-class analytics tool")])

# ====================================================================== Tokyo draft: ignored by .onevoice.yaml
D_DRAFT = """# （下書き）メリディアン インサイト ご提案 ※社内確認前・送付不可

メリディアン インサイトは業界No.1のBIツールです。
料金：1ユーザーあたり月額3,000円（キャンペーン価格、要確認）
ダッシュボードは無制限に作成できます。
"""
doc("docs/tokyo/drafts/サクラ食品様_提案書_下書き.md", "tokyo", D_DRAFT, ignored=True)
