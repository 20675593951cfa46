"""The proposal and contract documents of set 82 (judged as of 2026-11-22), with their labels."""
from lib import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== US: HTML order form with a credits table
D_US = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Order Form OF-2026-2291 - Pinecrest Health System</title>
<style>
body { font-family: Georgia, serif; max-width: 52em; margin: 2em auto; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #999; padding: 4px 8px; text-align: left; }
caption { font-style: italic; text-align: left; }
</style>
</head>
<body>
<h1>Order Form OF-2026-2291</h1>
<p>Customer: Pinecrest Health System, 2200 Alder Way, Spokane, WA 99201<br>
Provider: Meridian Data Inc., 548 Market St #92110, San Francisco, CA 94104<br>
Effective Date: December 1, 2026. This Order Form is governed by the Master Subscription Agreement dated
February 2, 2026 (the "MSA"). Capitalized terms not defined here have the meanings given in the MSA.</p>

<h2>1. Subscriptions</h2>
<table>
<caption>Fees in USD, exclusive of sales tax</caption>
<tr><th>Line</th><th>Product</th><th>Unit price</th><th>Billing unit</th><th>Qty</th><th>Annual amount</th></tr>
<tr><td>1</td><td>Meridian Sync</td><td>$399.00</td><td>per month, per workspace</td><td>2</td><td>$9,576.00</td></tr>
<tr><td>2</td><td>Meridian Vault</td><td>$20.00</td><td>per TB per month</td><td>180</td><td>$43,200.00</td></tr>
<tr><td>3</td><td>Onboarding services</td><td>$6,500.00</td><td>one-time</td><td>1</td><td>$6,500.00</td></tr>
<tr><td colspan="5">Total, first year</td><td>$59,276.00</td></tr>
</table>
<p>A discount of 10% applies to lines 1 and 2 for the Initial Term only and is shown on the invoice.</p>

<h2>2. Service levels (Schedule 2 of the MSA, as amended)</h2>
<ol>
<li>2.1 Meridian Sync: Uptime Commitment of 99.9% per calendar month.</li>
<li>2.2 Meridian Vault: Uptime Commitment of 99.95% per calendar month; Recovery Point Objective of 15 minutes.</li>
<li>2.3 Meridian Vault: a single tenant scales up to 1 PB of protected data.</li>
<li>2.4 Support: for Meridian Vault, Severity 1 tickets receive a first response within 1 hour, 24x7.</li>
</ol>

<h3>Service Credits</h3>
<table>
<tr><th>Monthly Uptime Percentage</th><th>Service Credit (% of monthly fees for the affected Service)</th></tr>
<tr><td>Below the Uptime Commitment but at least 99.0%</td><td>10%</td></tr>
<tr><td>Below 99.0% but at least 95.0%</td><td>25%</td></tr>
<tr><td>Below 95.0%</td><td>50%</td></tr>
</table>
<p>Service Credits must be requested within 30 days after the end of the affected month and are
Customer's sole monetary remedy for unavailability.</p>

<h2>3. Term, renewal and notices</h2>
<p>Initial Term: 36 months from the Effective Date. Renewal: automatic for successive 12-month periods
unless either party gives notice of non-renewal at least 90 days before the end of the then-current term.
Payment: annually in advance, net 45 from the invoice date.</p>

<h2>4. Compliance and data location</h2>
<p>Meridian Sync is covered by the Business Associate Agreement in Exhibit D and is HIPAA compliant.</p>
<p>Meridian Vault data for Pinecrest is hosted in the Oregon data center only. Meridian Data does not operate a
Virginia region.</p>

<h2>5. Limitation of liability</h2>
<p>Section 11.3 of the MSA applies: each party's aggregate liability is capped at the fees paid or payable in the
12 months preceding the event giving rise to the claim.</p>

<p>Signed for Meridian Data Inc.: ____________________ &nbsp; Signed for Pinecrest Health System: ____________________</p>
</body>
</html>
"""
doc("docs/us-hq/Order_Form_OF-2026-2291_Pinecrest.html", "us-hq", D_US, claims=[
    C("sync", "monthly_price", money(399, "USD", "month", "excluded"), "ok",
      "<td>Meridian Sync</td><td>$399.00</td><td>per month, per workspace</td>"),
    C("vault", "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok",
      "<td>Meridian Vault</td><td>$20.00</td><td>per TB per month</td>"),
    C("sync", "sla", 99.9, "ok", "2.1 Meridian Sync: Uptime Commitment of 99.9% per calendar month."),
    C("vault", "sla", 99.95, "ok", "2.2 Meridian Vault: Uptime Commitment of 99.95% per calendar month"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "Recovery Point Objective of 15 minutes."),
    C("vault", "max_storage", 1000 * TB, "conflict", "2.3 Meridian Vault: a single tenant scales up to 1 PB of protected data."),
    C("vault", "support_response_time", dur(1, "hours"), "unverified",
      "2.4 Support: for Meridian Vault, Severity 1 tickets receive a first response within 1 hour, 24x7."),
    C("sync", "certifications", "HIPAA", "conflict",
      "Meridian Sync is covered by the Business Associate Agreement in Exhibit D and is HIPAA compliant."),
    C("vault", "data_centers", "Oregon", "ok", "Meridian Vault data for Pinecrest is hosted in the Oregon data center only."),
])

# ====================================================================== London: Markdown MSA Schedule 2
D_LONDON = """# Master Services Agreement - Schedule 2: Service Levels

Meridian Data UK Ltd · Version 4.0 · Issued 2 November 2026 · Applies to Order Forms signed on or after that date

## 1. Definitions

1.1 **"Service"** means Meridian Sync or Meridian Vault, as specified in the Order Form.
1.2 **"Uptime Commitment"** means the Monthly Uptime Percentage stated for the relevant Service in paragraph 2.
1.3 **"Service Credit"** means the percentage of the Monthly Fees credited to the Customer under paragraph 4.

## 2. Uptime Commitments

| Service | Uptime Commitment | Measurement |
|---|---|---|
| Meridian Sync | ~~99.5%~~ 99.9% | per calendar month |
| Meridian Vault | 99.95% | per calendar month |

2.1 Meridian Insight is provided as a beta service until general availability in January 2027; no Uptime Commitment applies to it before then.
2.2 After general availability, Meridian Insight will carry an availability target of 99.5%, to be confirmed in version 5 of this Schedule.

## 3. Recovery objectives for Meridian Vault

3.1 Recovery Point Objective: no more than 30 minutes.
3.2 Default retention: 90 days.
3.3 Recovery Time Objective: 8 hours for a full tenant restore.

## 4. Service Credits

| Monthly Uptime Percentage | Service Credit |
|---|---|
| below the Uptime Commitment but at least 99.0% | 10% |
| below 99.0% but at least 95.0% | 25% |
| below 95.0% | 50% |

4.1 Service Credits are capped at 50% of the Monthly Fees for the affected month and must be claimed within 30 days of the end of that month.
4.2 Nothing in this Schedule limits liability which cannot lawfully be limited; liability for fraud is unlimited.

## 5. Fees referenced in this Schedule

5.1 Meridian Sync: £329 per month per tenant, exclusive of VAT.
5.2 Meridian Vault: £18 per TB per month, exclusive of VAT.
5.3 Meridian Insight (after general availability): £25 per user per month, exclusive of VAT.

## 6. Notices

Notices under this Schedule shall be given in writing to legal@uk.meridian-data.com, with a copy to the Customer's account manager, and take effect two Business Days after sending.
"""
doc("docs/london/MSA_Schedule_2_Service_Levels_v4.md", "london", D_LONDON, claims=[
    C("sync", "sla", 99.9, "ok", "| Meridian Sync | ~~99.5%~~ 99.9% | per calendar month |"),
    C("vault", "sla", 99.95, "ok", "| Meridian Vault | 99.95% | per calendar month |"),
    C("insight", "general_availability", "2027-01", "ok",
      "Meridian Insight is provided as a beta service until general availability in January 2027"),
    C("insight", "sla", 99.5, "unverified", "Meridian Insight will carry an availability target of 99.5%"),
    C("vault", "rpo", dur(30, "minutes"), "conflict", "3.1 Recovery Point Objective: no more than 30 minutes."),
    C("vault", "retention", dur(90, "days"), "ok", "3.2 Default retention: 90 days."),
    C("vault", "rto", dur(8, "hours"), "unverified", "3.3 Recovery Time Objective: 8 hours for a full tenant restore."),
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
      "5.1 Meridian Sync: £329 per month per tenant, exclusive of VAT."),
    C("vault", "price_per_tb", money(18, "GBP", "TB-month", "excluded"), "conflict",
      "5.2 Meridian Vault: £18 per TB per month, exclusive of VAT."),
    C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
      "5.3 Meridian Insight (after general availability): £25 per user per month, exclusive of VAT."),
], findings=[PH("en.unlimited", "liability for fraud is unlimited")])

# ====================================================================== Tokyo: plain-text 契約書 with 別紙1 (税抜 caption)
D_TOKYO = """メリディアン ボールト　サービス利用契約書

株式会社みなと計装（以下「甲」という。）とメリディアン・データ株式会社（以下「乙」という。）は、乙が提供するバックアップサービス「メリディアン ボールト」（以下「本サービス」という。）の利用に関し、次のとおり契約（以下「本契約」という。）を締結する。

第1条（目的）
本契約は、本サービスの利用条件を定めることを目的とする。

第2条（契約期間）
本契約の期間は、令和8年12月1日から令和11年11月30日までとする。期間満了の3か月前までに甲乙いずれからも書面による申出がないときは、同一条件でさらに1年間更新し、以後も同様とする。

第3条（料金及び支払）
1. 本サービスの料金は、別紙1のとおりとする。
2. 甲は、乙の請求書発行日から30日以内に、乙の指定する銀行口座に振り込む方法で支払う。振込手数料は甲の負担とする。

第4条（サービスレベル）
1. 乙は、本サービスの月間稼働率を99.95%以上に維持するよう努める。
2. 本サービスのRPO（目標復旧時点）は最大15分とする。
3. 本サービスのRTO（目標復旧時間）は4時間とする。
4. 前各項の水準を下回った場合の取扱いは、別紙2（サービスクレジット）に定める。

第5条（データの保管）
1. 本サービスのバックアップデータの標準保持期間は90日間とする。
2. 本サービスのデータセンターは東京及び大阪とする。
3. 本サービスは、保存データをAES-256により暗号化する。
4. 乙は、本契約終了後60日以内に甲のデータを消去し、甲の求めに応じて消去証明書を発行する。

第6条（認証）
本サービスは、ISO/IEC 27001認証を取得した運用体制のもとで提供される。

第7条（損害賠償）
乙が甲に対して負う損害賠償の総額は、損害発生時から遡って12か月間に甲が乙に支払った本サービスの料金の総額を上限とする。

第8条（完全合意及び協議）
本契約は、本サービスに関する甲乙間の完全な合意を構成する。本契約に定めのない事項は、甲乙誠実に協議のうえ解決する。

本契約の成立を証するため、本書2通を作成し、甲乙記名押印のうえ各1通を保有する。

令和8年11月20日

甲　東京都港区芝浦三丁目4番1号　株式会社みなと計装　代表取締役　小田切 誠
乙　東京都千代田区丸の内二丁目4番1号　メリディアン・データ株式会社　代表取締役　John Harlan


別紙1　料金表（金額はすべて税抜）

品目\t単価\t数量\t月額小計
メリディアン ボールト 容量課金\t2,800円／TB・月\t120TB\t336,000円
初期設定費\t150,000円（一時金）\t1式\t―
"""
doc("docs/tokyo/サービス利用契約書_メリディアンボールト_みなと計装様.txt", "tokyo", D_TOKYO, claims=[
    C("vault", "sla", 99.95, "ok", "乙は、本サービスの月間稼働率を99.95%以上に維持するよう努める。"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "本サービスのRPO（目標復旧時点）は最大15分とする。"),
    C("vault", "rto", dur(4, "hours"), "unverified", "本サービスのRTO（目標復旧時間）は4時間とする。"),
    C("vault", "retention", dur(90, "days"), "ok", "本サービスのバックアップデータの標準保持期間は90日間とする。"),
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "本サービスのデータセンターは東京及び大阪とする。"),
    C("vault", "encryption", "AES-256", "ok", "本サービスは、保存データをAES-256により暗号化する。"),
    C("vault", "certifications", "ISO 27001", "unverified", "本サービスは、ISO/IEC 27001認証を取得した運用体制のもとで提供される。"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "メリディアン ボールト 容量課金\t2,800円／TB・月"),
])

# ====================================================================== Osaka: HTML 注文書 (税抜 note, ※ substantiated No.1)
D_OSAKA = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>注文書 OS-2026-1107 株式会社なんば食品 御中</title>
</head>
<body>
<h1>注文書</h1>
<p>注文番号：OS-2026-1107　発行日：令和8年11月16日</p>
<p>株式会社なんば食品 御中</p>
<p>メリディアン・データ株式会社 大阪オフィス<br>〒530-0001 大阪市北区梅田3-3-10 梅田ダイビル14F　TEL 06-5555-0163</p>
<p>下記のとおりご注文を承ります。本注文書の金額はすべて税抜です。</p>
<table border="1">
<caption>ご注文内容（ご利用開始：令和8年12月1日）</caption>
<tr><th>品目</th><th>単価</th><th>数量</th><th>金額（年額）</th></tr>
<tr><td>メリディアン インサイト（1ユーザーあたり月額）</td><td>4,000円</td><td>30</td><td>1,440,000円</td></tr>
<tr><td>メリディアン シンク（月額基本料金）</td><td>50,000円</td><td>1</td><td>600,000円</td></tr>
<tr><td colspan="3">小計</td><td>2,040,000円</td></tr>
<tr><td colspan="3">消費税（10%）</td><td>204,000円</td></tr>
<tr><td colspan="3">合計</td><td>2,244,000円</td></tr>
</table>
<h2>契約条件</h2>
<ol>
<li>第1条（提供開始）メリディアン インサイトは2027年1月の一般提供開始後に本番利用いただけます。それまではベータ版としてご提供します。</li>
<li>第2条（最低利用期間）12か月とします。以後、解約の1か月前までに書面でご通知ください。</li>
<li>第3条（お支払い）請求書発行月の翌月末日までにお振込みください。</li>
<li>第4条（無料トライアル）メリディアン インサイトは60日間の無料トライアルをご利用いただけます。</li>
<li>第5条（対応環境）メリディアン シンクはWindows、Mac、Linuxに対応しています。</li>
</ol>
<p>メリディアン シンクは法人向けファイル共有サービスで国内シェアNo.1※です。</p>
<p class="note">※2026年9月 東京マーケットリサーチ調べ（国内法人向けファイル共有サービス市場）</p>
</body>
</html>
"""
doc("docs/osaka/注文書_なんば食品様_OS-2026-1107.html", "osaka", D_OSAKA, claims=[
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
      "<td>メリディアン インサイト（1ユーザーあたり月額）</td><td>4,000円</td>"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "<td>メリディアン シンク（月額基本料金）</td><td>50,000円</td>"),
    C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月の一般提供開始後に本番利用いただけます。"),
    C("insight", "free_trial", dur(60, "days"), "conflict", "メリディアン インサイトは60日間の無料トライアルをご利用いただけます。"),
    SET("sync", "supported_platforms", ["Windows", "macOS"], "ok", "メリディアン シンクはWindows、Mac、Linuxに対応しています。"),
    C("sync", "supported_platforms", "Linux", "conflict", "メリディアン シンクはWindows、Mac、Linuxに対応しています。"),
])

# ====================================================================== Tokyo draft (ignored by .onevoice.yaml)
D_DRAFT = """# 【社内下書き】メリディアン シンク 契約書ひな形 修正メモ

- 第3条：利用者数の上限を最大20,000名に変更？（要確認）
- 第7条：メリディアン シンクはFedRAMP認証も取得済みと記載してよいか法務に確認
- 業界No.1の安定稼働、と前文に入れたい
- 旧名称「メリディアン ファイルシンク」の表記が別紙に残っている
"""
doc("docs/tokyo/drafts/契約書ひな形_修正メモ_下書き.md", "tokyo", D_DRAFT, ignored=True)
