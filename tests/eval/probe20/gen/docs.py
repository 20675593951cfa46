"""Proposal documents of set 20 (judged as of 2026-11-22, office from .onevoice.yaml)."""
from common import S, V, I, TB, usd, gbp, jpy, dur

AS_OF = "2026-11-22"
DOCS = []


def doc(file, office, content, claims=(), findings=()):
    recs = []
    for p, a, v, verdict, text in claims:
        recs.append({"type": "claim", "file": file, "message_id": None, "product": p, "attribute": a, "value": v,
                     "verdict": verdict, "quoted": False, "office": office, "as_of": AS_OF, "text": text})
    for kind, rule, product, text in findings:
        recs.append({"type": "finding", "file": file, "message_id": None, "kind": kind, "rule": rule,
                     "product": product, "quoted": False, "text": text})
    DOCS.append({"file": file, "content": content, "records": recs})


WORD_HEAD = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><title>%s</title>
<style><!--
p.MsoNormal{margin:0mm;margin-bottom:6.0pt;font-size:10.5pt;font-family:%s}
h1{font-size:18.0pt;margin:12.0pt 0 6.0pt 0}
h2{font-size:13.0pt;margin:14.0pt 0 4.0pt 0;border-bottom:solid #1F3864 1.0pt}
table.MsoTableGrid{border-collapse:collapse;mso-padding-alt:0mm 5.4pt 0mm 5.4pt}
td,th{border:solid #A6A6A6 1.0pt;padding:2.0pt 5.4pt 2.0pt 5.4pt;vertical-align:top}
@page WordSection1{size:595.3pt 841.9pt;margin:99.25pt 30.0mm 30.0mm 30.0mm}
--></style></head>
<body lang=%s style='tab-interval:42.0pt'><div class=WordSection1>
"""

# ---------------------------------------------------------------------- tokyo
doc("docs/tokyo/vault-proposal-kitasan.html", "tokyo",
    WORD_HEAD % ("メリディアン ボールト ご提案書", '"游明朝",serif', "JA") + """
<h1>メリディアン ボールト ご提案書</h1>
<p class=MsoNormal>株式会社北三グループ 御中<br>バックアップ基盤刷新のご提案<br>2026年11月20日　メリディアン・データ株式会社 東京オフィス 営業本部 第二営業部<br>文書番号：MD-TKY-PRP-2026-1187</p>

<h2>1. ご提案の背景</h2>
<p class=MsoNormal>貴社では現在、各拠点のNASをテープ装置でバックアップされており、復旧手順の属人化と、拠点障害時に最新データを戻せないことが課題となっております。本書では、貴社要件に対するメリディアン ボールトの仕様を以下にまとめます。</p>

<h2>2. 貴社要件と製品仕様</h2>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><th>項目</th><th>貴社要件</th><th>メリディアン ボールト</th></tr>
<tr><td>RPO（目標復旧時点）</td><td>1時間以内</td><td>15分</td></tr>
<tr><td>バックアップ保持期間</td><td>60日以上</td><td>標準90日</td></tr>
<tr><td>可用性（SLA）</td><td>99.9%以上</td><td>99.95%</td></tr>
<tr><td>保存容量</td><td>約60TB（5年後 約150TB）</td><td>1テナントあたり最大500TB</td></tr>
<tr><td>保存時の暗号化</td><td>必須</td><td>AES-256</td></tr>
<tr><td>データセンター</td><td>国内</td><td>東京・大阪</td></tr>
<tr><td>RTO（目標復旧時間）</td><td>8時間以内</td><td>4時間以内（目標値）</td></tr>
</table>

<h2>3. 冗長化について</h2>
<p class=MsoNormal>メリディアン ボールトは東京・大阪の2拠点間でバックアップを自動複製するため、お客様のデータは完全に保護されます。</p>
<p class=MsoNormal>切替手順は年2回の復旧訓練（4月・10月）で貴社ご担当者様と確認いたします。</p>

<h2>4. お見積り</h2>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<caption>月額費用のお見積り（金額はすべて税抜）</caption>
<tr><th>品目</th><th>単価（1TB・月額）</th><th>想定容量</th><th>月額</th></tr>
<tr><td>メリディアン ボールト 容量課金</td><td align=right>2,800円</td><td align=right>60TB</td><td align=right>168,000円</td></tr>
<tr><td colspan=3 align=right>合計（月額）</td><td align=right>168,000円</td></tr>
</table>
<p class=MsoNormal>初期設定は別途お見積りいたします。消費税は別途申し受けます。</p>
<p class=MsoNormal>本提案書の有効期限：2026年12月25日</p>
<p class=MsoNormal style='font-size:8.0pt;color:gray'>メリディアン・データ株式会社 東京オフィス　〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F　TEL 03-5555-0100</p>
</div></body></html>
""",
    claims=[
        (V, "rpo", dur(15, "minutes"), "ok", "RPO（目標復旧時点） 1時間以内 15分"),
        (V, "retention", dur(90, "days"), "ok", "バックアップ保持期間 60日以上 標準90日"),
        (V, "sla", 99.95, "ok", "可用性（SLA） 99.9%以上 99.95%"),
        (V, "max_storage", 500 * TB, "ok", "1テナントあたり最大500TB"),
        (V, "encryption", "AES-256", "ok", "保存時の暗号化 必須 AES-256"),
        (V, "data_centers", "Tokyo", "ok", "データセンター 国内 東京・大阪"),
        (V, "data_centers", "Osaka", "ok", "データセンター 国内 東京・大阪"),
        (V, "rto", dur(4, "hours"), "unverified", "RTO（目標復旧時間） 8時間以内 4時間以内（目標値）"),
        (V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールト 容量課金 2,800円"),
    ],
    findings=[("phrase", "ja.absolute", None, "お客様のデータは完全に保護されます。")])

doc("docs/tokyo/drafts/vault-proposal-kitasan-draft.html", "tokyo",
    WORD_HEAD % ("【下書き】メリディアン ボールト ご提案書", '"游明朝",serif', "JA") + """
<h1>【下書き】メリディアン ボールト ご提案書</h1>
<p class=MsoNormal>※社内レビュー前のたたき台です。数値は未確認。</p>
<p class=MsoNormal>メリディアン ボールトのRPOは5分、データセンターは東京・大阪・シンガポールです。業界No.1のバックアップサービスです。</p>
</div></body></html>
""")

# ---------------------------------------------------------------------- london
CARD = "style='border:solid #BFBFBF 1.0pt;padding:3.0pt 6.0pt'"
doc("docs/london/harrowfield-insight-sync-proposal.html", "london",
    WORD_HEAD % ("Proposal: Meridian Insight and Meridian Sync for Harrowfield Group plc", '"Calibri",sans-serif', "EN-GB") + """
<h1>Proposal: Meridian Insight and Meridian Sync for Harrowfield Group plc</h1>
<p class=MsoNormal>Prepared by Meridian Data UK Ltd &middot; 16 November 2026 &middot; Reference HG-2026-114</p>

<h2>1. Summary</h2>
<p class=MsoNormal>Harrowfield&#8217;s 2,300 employees across 11 sites currently share files through three separate systems and build management reports by hand in spreadsheets. This proposal covers a single file platform and a self-service analytics layer, rolled out in two phases between January and April 2027.</p>

<h2>2. What we propose</h2>
<table border=0 cellspacing=0 cellpadding=0 width="100%" style='border-collapse:collapse'>
<tr><td width="50%" valign=top style='border:none;padding:0 8.0pt 0 0'>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width="100%">
<tr><th colspan=2 style='background:#1F3864;color:white'>Meridian Insight</th></tr>
<tr><td>Price</td><td>&pound;25 per user per month (ex VAT)</td></tr>
<tr><td>Free trial</td><td>30 days</td></tr>
<tr><td>Dashboards</td><td>up to 200 per workspace</td></tr>
<tr><td>Query latency (p95)</td><td>under 2 seconds</td></tr>
<tr><td>General availability</td><td>January 2027 (in beta until then)</td></tr>
</table>
</td><td width="50%" valign=top style='border:none;padding:0 0 0 8.0pt'>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width="100%">
<tr><th colspan=2 style='background:#1F3864;color:white'>Meridian Sync</th></tr>
<tr><td>Price</td><td>&pound;329 per month (ex VAT)</td></tr>
<tr><td>Users</td><td>up to 10,000 per tenant</td></tr>
<tr><td>Storage</td><td>1&nbsp;TB per user</td></tr>
<tr><td>Availability</td><td>99.9% SLA</td></tr>
<tr><td>Integrations</td><td>40+ apps and services</td></tr>
</table>
</td></tr></table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Meridian Sync desktop clients are available for Windows and macOS, with mobile apps for iOS and Android.</p>
<p class=MsoNormal>Our best-in-class onboarding team will have Harrowfield live within six weeks of signature.</p>

<h2>3. Commercial summary</h2>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<caption>Year one (all prices exclude VAT)</caption>
<tr><th>Item</th><th>Quantity</th><th>Unit price</th><th>Annual total</th></tr>
<tr><td>Meridian Insight, per user per month</td><td align=right>180 users</td><td align=right>&pound;25.00</td><td align=right>&pound;54,000.00</td></tr>
<tr><td>Meridian Sync subscription, per month</td><td align=right>12 months</td><td align=right>&pound;329.00</td><td align=right>&pound;3,948.00</td></tr>
<tr><td colspan=3>Total (year one)</td><td align=right>&pound;57,948.00</td></tr>
</table>
<p class=MsoNormal>Prices are valid until 31 December 2026. Payment terms: 30 days from invoice.</p>
<p class=MsoNormal style='font-size:8.0pt;color:gray'>Meridian Data UK Ltd, 1 Finsbury Avenue, London EC2M 2PF. Registered in England and Wales no. 11223344. VAT GB 287 6543 21.</p>
</div></body></html>
""",
    claims=[
        (I, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "Price £25 per user per month (ex VAT)"),
        (I, "free_trial", dur(30, "days"), "ok", "Free trial 30 days"),
        (I, "max_dashboards", 200, "ok", "Dashboards up to 200 per workspace"),
        (I, "query_latency", dur(2, "seconds"), "ok", "Query latency (p95) under 2 seconds"),
        (I, "general_availability", "2027-01", "ok", "General availability January 2027 (in beta until then)"),
        (S, "monthly_price", gbp(329, "month", "excluded"), "ok", "Price £329 per month (ex VAT)"),
        (S, "max_users", 10000, "ok", "Users up to 10,000 per tenant"),
        (S, "storage_per_user", TB, "ok", "Storage 1 TB per user"),
        (S, "sla", 99.9, "ok", "Availability 99.9% SLA"),
        (S, "integrations", 40, "unverified", "Integrations 40+ apps and services"),
        (S, "supported_platforms", "Windows", "ok", "Meridian Sync desktop clients are available for Windows and macOS"),
        (S, "supported_platforms", "macOS", "ok", "Meridian Sync desktop clients are available for Windows and macOS"),
        (S, "supported_platforms", "iOS", "ok", "with mobile apps for iOS and Android"),
        (S, "supported_platforms", "Android", "ok", "with mobile apps for iOS and Android"),
    ],
    findings=[("phrase", "en.superlative", None, "Our best-in-class onboarding team will have Harrowfield live")])

# ---------------------------------------------------------------------- osaka
doc("docs/osaka/naniwa-sync-mitsumori.md", "osaka", """# メリディアン シンク お見積り・仕様概要

**㈱浪速テクノサービス 御中**

- 発行日：2026年11月18日
- 見積番号：OSK-2026-1118-03
- 有効期限：2026年12月18日
- 担当：メリディアン・データ株式会社 大阪オフィス 営業部 岡田（06-6555-0147）

> 金額はすべて税抜です。

## お見積り

| 品目 | 数量 | 単価 | 金額 |
|---|---:|---:|---:|
| メリディアン シンク 月額基本料金 | 12か月 | 50,000円 | 600,000円 |
| 小計 | | | 600,000円 |

初期導入支援（管理者トレーニング2回を含む）は別途お見積りとなります。

## 仕様概要

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | ~~5,000名~~ 10,000名（2026年4月〜） |
| ストレージ | 1ユーザーあたり1TB |
| 対応OS | Windows / macOS / iOS / Android / ChromeOS |
| SLA | 月間稼働率99.9% |
| オフライン利用 | 非対応（同期にはネットワーク接続が必要） |

※メリディアン シンクは、旧称「メリディアン ファイルシンク」から名称を変更しております。

ご不明な点は担当までお問い合わせください。
""",
    claims=[
        (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 12か月 | 50,000円 | 600,000円 |"),
        (S, "max_users", 10000, "ok", "| 最大ユーザー数 | ~~5,000名~~ 10,000名（2026年4月〜） |"),
        (S, "storage_per_user", TB, "ok", "| ストレージ | 1ユーザーあたり1TB |"),
        (S, "supported_platforms", "Windows", "ok", "| 対応OS | Windows / macOS / iOS / Android / ChromeOS |"),
        (S, "supported_platforms", "macOS", "ok", "| 対応OS | Windows / macOS / iOS / Android / ChromeOS |"),
        (S, "supported_platforms", "iOS", "ok", "| 対応OS | Windows / macOS / iOS / Android / ChromeOS |"),
        (S, "supported_platforms", "Android", "ok", "| 対応OS | Windows / macOS / iOS / Android / ChromeOS |"),
        (S, "supported_platforms", "ChromeOS", "conflict", "| 対応OS | Windows / macOS / iOS / Android / ChromeOS |"),
        (S, "sla", 99.9, "ok", "| SLA | 月間稼働率99.9% |"),
        (S, "offline_mode", False, "ok", "| オフライン利用 | 非対応（同期にはネットワーク接続が必要） |"),
    ],
    findings=[("terminology", None, S, "旧称「メリディアン ファイルシンク」から名称を変更しております。")])

# ---------------------------------------------------------------------- us-hq
doc("docs/us-hq/cascadia-vault-insight-proposal.html", "us-hq",
    WORD_HEAD % ("Cascadia Health Partners - Backup and Analytics Proposal", '"Calibri",sans-serif', "EN-US") + """
<h1>Cascadia Health Partners &#8211; Backup and Analytics Proposal</h1>
<p class=MsoNormal>Prepared by Meridian Data, Inc. &middot; November 12, 2026 &middot; Quote Q-2026-11-0457</p>

<h2>1. Background</h2>
<p class=MsoNormal>Cascadia&#8217;s current backup footprint is about 120&nbsp;TB across two hospitals and 14 clinics, protected by an on-premises appliance that reaches end of support in March 2027.</p>

<h2>2. Meridian Vault</h2>
<p class=MsoNormal>Meridian Vault is priced at $20 per TB per month and carries a 99.95% availability SLA.</p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<caption>Meridian Vault at a glance</caption>
<tr><td>Recovery point objective</td><td>15 minutes</td></tr>
<tr><td>Default retention</td><td>90 days</td></tr>
<tr><td>Maximum storage</td><td>0.5 PB per tenant</td></tr>
<tr><td>Hosting regions</td><td>Oregon, Virginia</td></tr>
<tr><td>Encryption at rest</td><td>AES-256</td></tr>
</table>
<p class=MsoNormal>We will migrate your existing backup catalog with zero downtime, clinic by clinic, over eight weekends.</p>

<h2>3. Meridian Insight</h2>
<p class=MsoNormal>Meridian Insight is in beta today and will be generally available in January 2027.</p>
<p class=MsoNormal>Meridian Insight is $30 per user per month after GA, and Cascadia&#8217;s analysts can start with a 14-day free trial.</p>
<p class=MsoNormal>Meridian Insight dashboards load in under 2 seconds at p95 on workspaces of Cascadia&#8217;s size.</p>
<p class=MsoNormal>Meridian Insight is the #1 rated self-service analytics platform for healthcare.*</p>

<h2>4. Pricing</h2>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<caption>Quote Q-2026-11-0457 (USD, monthly)</caption>
<tr><th>Item</th><th>Qty</th><th>Unit price</th><th>Monthly</th></tr>
<tr><td>Meridian Vault storage (per TB)</td><td align=right>120 TB</td><td align=right>$20.00</td><td align=right>$2,400.00</td></tr>
<tr><td>Meridian Insight (per user)</td><td align=right>45 users</td><td align=right>$30.00</td><td align=right>$1,350.00</td></tr>
<tr><td colspan=3>Total</td><td align=right>$3,750.00</td></tr>
</table>
<p class=MsoNormal style='font-size:8.0pt'>* Source: Halvorsen Analyst Group, Healthcare BI Buyer Survey, September 2026.</p>
<p class=MsoNormal style='font-size:8.0pt;color:gray'>Meridian Data, Inc. &middot; 101 Mission Street, Suite 1800, San Francisco, CA 94105 &middot; +1 415 555 0100</p>
</div></body></html>
""",
    claims=[
        (V, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is priced at $20 per TB per month"),
        (V, "sla", 99.95, "ok", "carries a 99.95% availability SLA"),
        (V, "rpo", dur(15, "minutes"), "ok", "Recovery point objective 15 minutes"),
        (V, "retention", dur(90, "days"), "ok", "Default retention 90 days"),
        (V, "max_storage", 5 * 10 ** 14, "ok", "Maximum storage 0.5 PB per tenant"),
        (V, "data_centers", "Oregon", "ok", "Hosting regions Oregon, Virginia"),
        (V, "data_centers", "Virginia", "conflict", "Hosting regions Oregon, Virginia"),
        (V, "encryption", "AES-256", "ok", "Encryption at rest AES-256"),
        (I, "general_availability", "2027-01", "ok", "will be generally available in January 2027"),
        (I, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month after GA"),
        (I, "free_trial", dur(14, "days"), "conflict", "Cascadia’s analysts can start with a 14-day free trial"),
        (I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight dashboards load in under 2 seconds at p95"),
    ],
    findings=[("phrase", "en.guarantee", None, "We will migrate your existing backup catalog with zero downtime")])
