# -*- coding: utf-8 -*-
"""The proposal documents of set 30 (compliance matrices, one per office) and their labels."""
from common import C, PH, M, D, TB, S, V, I

DOCUMENTS = []

# ------------------------------------------------------------------ us-hq: Markdown matrix, Meridian Insight
DOCUMENTS.append(dict(
    file="docs/us-hq/kestrel-insight-compliance-matrix.md", office="us-hq",
    body="""# Meridian Insight — Compliance Matrix

**Customer:** Kestrel Health Partners
**RFP:** KHP-2026-09 (Enterprise Analytics Platform)
**Prepared by:** Marcus Oyelaran, Senior Solutions Engineer, Meridian Data Inc.
**Version:** 2.1, 16 November 2026

Response key: **C** = Compliant, **PC** = Partially compliant, **NC** = Not compliant.

## 1. Functional and service requirements

| ID | Requirement | Response | Comment |
|------|-------------|----------|---------|
| R-01 | Support at least 300 dashboards per workspace | PC | Meridian Insight supports up to 200 dashboards per workspace; Kestrel's service lines can be split across two workspaces. |
| R-02 | Query response time of 3 seconds or less (p95) | C | Queries return within 2 seconds at p95 on a 100M-row workspace. |
| R-03 | Evaluation period of at least 45 days | PC | 30-day free trial; a paid pilot can follow. |
| R-04 | Named-user pricing (US entity) | C | $30 per user per month at list, billed annually. |
| R-05 | Named-user pricing (Kestrel UK Ltd) | C | £25 per user per month, invoiced by Meridian Data UK Ltd. |
| R-06 | Native connectors for Salesforce and Snowflake | C | More than 40 pre-built connectors, including Salesforce and Snowflake. |
| R-07 | Availability of 99.9% or better | C | Meridian Insight will carry a 99.9% availability SLA from general availability. |
| R-08 | Generally available before Kestrel's go-live in Q1 2027 | C | General availability is scheduled for January 2027. |
| R-09 | US data residency | C | Meridian Insight workspaces for US customers are hosted in our Oregon region. |
| R-10 | SAML 2.0 single sign-on | C | Supported with Okta and Entra ID. |
| R-11 | Minimum of 250 named analyst seats | C | |

## 2. Commercial notes

- Kestrel's order for 240 analysts qualifies for a 10% discount on the three-year term.
- Quote Q-2026-4471 is valid until 31 December 2026.

Meridian Insight is the #1 rated analytics platform for mid-sized healthcare providers.[^1]

[^1]: Source: Halden Research, Healthcare BI Buyer Survey, September 2026.
""",
    claims=[
        C(I, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace"),
        C(I, "query_latency", D(2, "seconds"), "ok", "Queries return within 2 seconds at p95 on a 100M-row workspace."),
        C(I, "free_trial", D(30, "days"), "ok", "30-day free trial; a paid pilot can follow."),
        C(I, "per_user_price", M(30, "USD", "user-month"), "ok", "$30 per user per month at list, billed annually."),
        C(I, "per_user_price", M(25, "GBP", "user-month"), "office-variant",
          "£25 per user per month, invoiced by Meridian Data UK Ltd."),
        C(I, "integrations", 40, "unverified", "More than 40 pre-built connectors, including Salesforce and Snowflake."),
        C(I, "sla", 99.9, "unverified", "Meridian Insight will carry a 99.9% availability SLA from general availability."),
        C(I, "general_availability", "2027-01", "ok", "General availability is scheduled for January 2027."),
        C(I, "data_centers", "Oregon", "unverified",
          "Meridian Insight workspaces for US customers are hosted in our Oregon region."),
    ]))

# ------------------------------------------------------------------ london: HTML statement of compliance, Meridian Vault
LONDON_ROWS = [
    ("S2.1", "Recovery point objective of 30 minutes or better", "Compliant", "15-minute RPO on all tiers."),
    ("S2.2", "Retention of at least 1 year for finance data", "Partially compliant",
     "Default retention is 90 days; longer retention is configured per policy and billed on the capacity used."),
    ("S2.3", "Capacity for 800 TB of protected data", "Compliant", "Meridian Vault scales to 1 PB per tenant."),
    ("S2.4", "Hosting within the UK", "Partially compliant",
     "Nearest region is Frankfurt. London is not a Meridian Vault data centre."),
    ("S2.5", "Encryption of data at rest", "Compliant", "AES-256, with customer-managed keys as an option."),
    ("S2.6", "Service availability", "Compliant", "99.95% monthly availability, with service credits."),
    ("S2.7", "Certifications", "Compliant", "ISO 27001 and Cyber Essentials Plus."),
    ("S2.8", "Support for Priority 1 incidents", "Compliant", "First response within 30 minutes, around the clock."),
    ("S2.9", "Price per TB", "&mdash;", "<del>&pound;18</del> &pound;16 per TB per month, ex VAT."),
]
DOCUMENTS.append(dict(
    file="docs/london/halvorsen-vault-statement-of-compliance.html", office="london",
    body="""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Statement of Compliance – Halvorsen Logistics – ITT HL-2026-07</title>
<style>
  body { font-family: Arial, sans-serif; font-size: 10.5pt; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; }
  caption { font-weight: bold; text-align: left; padding-bottom: 6px; }
</style>
</head>
<body>
<h1>Statement of Compliance</h1>
<p>Halvorsen Logistics Ltd &mdash; ITT HL-2026-07, Lot 1 (Backup and Recovery)<br>
Submitted by Meridian Data UK Ltd, 1 Finsbury Avenue, London EC2M 2PF &middot; Company No. 11873402 &middot; 13 November 2026</p>

<table>
<caption>Meridian Vault &ndash; response to the requirements in Schedule 2</caption>
<thead>
<tr><th>Ref</th><th>Requirement</th><th>Response</th><th>Comment</th></tr>
</thead>
<tbody>
""" + "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in LONDON_ROWS) + """</tbody>
</table>

<h2>Migration</h2>
<p>We will migrate your Corvane backup history with zero downtime for your ERP and warehouse systems.</p>

<h2>Contacts</h2>
<p>Priya Raman, Senior Account Manager &middot; +44 20 7946 0321<br>
Tom Ashworth, Account Director &middot; +44 20 7946 0388</p>
</body>
</html>
""",
    claims=[
        C(V, "rpo", D(15, "minutes"), "ok", "15-minute RPO on all tiers."),
        C(V, "retention", D(90, "days"), "ok", "Default retention is 90 days"),
        C(V, "max_storage", TB(1000), "conflict", "Meridian Vault scales to 1 PB per tenant."),
        C(V, "data_centers", "Frankfurt", "ok", "Nearest region is Frankfurt."),
        C(V, "encryption", "AES-256", "ok", "AES-256, with customer-managed keys as an option."),
        C(V, "sla", 99.95, "ok", "99.95% monthly availability, with service credits."),
        C(V, "certifications", "ISO 27001", "unverified", "ISO 27001 and Cyber Essentials Plus."),
        C(V, "certifications", "Cyber Essentials Plus", "unverified", "ISO 27001 and Cyber Essentials Plus."),
        C(V, "support_response_time", D(30, "minutes"), "unverified", "First response within 30 minutes, around the clock."),
        C(V, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "£16 per TB per month, ex VAT."),
    ],
    findings=[PH("en.guarantee", "We will migrate your Corvane backup history with zero downtime")]))

# ------------------------------------------------------------------ tokyo: Markdown 要件適合表, Meridian Sync
DOCUMENTS.append(dict(
    file="docs/tokyo/toho-pharma-sync-requirements.md", office="tokyo",
    body="""# メリディアン シンク 要件適合表

東邦ファーマ株式会社 御中
ファイル共有基盤更改 RFP（TP-IT-2026-118）への回答
メリディアンデータ株式会社 東京オフィス　2026年11月16日

※金額はすべて税抜表記です。

| 項番 | ご要件 | 回答 | 備考 |
|---|---|---|---|
| 1 | 利用者数 8,000名以上 | 対応可 | 1テナントあたり最大10,000ユーザーまでご利用いただけます。 |
| 2 | 稼働率 99.95%以上 | 一部対応 | 月間稼働率99.9%のSLAをご提供します。 |
| 3 | 対応OS：Windows、macOS、Linux | 一部対応 | Windows・macOSに対応しております。Linuxには対応しておりません。 |
| 4 | 1ユーザーあたりのストレージ 2TB以上 | 一部対応 | 1ユーザーあたり1TBです。 |
| 5 | ISMAP登録 | 非対応 | ISMAPは未登録です。ISO/IEC 27001認証およびSOC 2 Type II報告書を取得済みです。 |
| 6 | オフライン利用 | 非対応 | オフライン環境ではご利用いただけません。 |
| 7 | 月額費用 | 対応可 | ~~月額45,000円~~ 月額50,000円 |
| 8 | 保守窓口 | 対応可 | 平日9時〜18時、電話・メールにて受付 |

## ご参考

メリディアン シンクは法人向けファイル共有サービスで国内シェアNo.1※です。

※2026年9月 東京リサーチ調べ（国内法人向けファイル共有サービス市場、導入社数ベース）

ご契約期間：2027年1月1日〜2029年12月31日（36か月）
""",
    claims=[
        C(S, "max_users", 10000, "ok", "1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
        C(S, "sla", 99.9, "ok", "月間稼働率99.9%のSLAをご提供します。"),
        C(S, "supported_platforms", "Windows", "ok", "Windows・macOSに対応しております。"),
        C(S, "supported_platforms", "macOS", "ok", "Windows・macOSに対応しております。"),
        C(S, "storage_per_user", TB(1), "ok", "1ユーザーあたり1TBです。"),
        C(S, "certifications", "ISO 27001", "ok", "ISO/IEC 27001認証およびSOC 2 Type II報告書を取得済みです。"),
        C(S, "certifications", "SOC 2 Type II", "ok", "ISO/IEC 27001認証およびSOC 2 Type II報告書を取得済みです。"),
        C(S, "offline_mode", False, "ok", "オフライン環境ではご利用いただけません。"),
        C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "~~月額45,000円~~ 月額50,000円"),
    ]))

# ------------------------------------------------------------------ osaka: HTML 対応表, Vault + Insight (rowspan)
OSAKA_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>ご要件対応表 株式会社みなと精機様</title>
</head>
<body>
<h1>ご要件対応表（メリディアン ボールト／メリディアン インサイト）</h1>
<p>株式会社みなと精機 御中<br>
2026年11月12日　メリディアンデータ株式会社 大阪オフィス 営業部</p>

<p>メリディアン インサイトは業界初のノーコード予測分析機能を搭載しています。生産実績データの傾向把握にお役立てください。</p>

<table border="1" cellpadding="4">
<caption>ご要件への対応状況（金額は税抜）</caption>
<tr><th>製品</th><th>ご要件</th><th>回答</th><th>コメント</th></tr>
<tr><td rowspan="4">メリディアン ボールト</td><td>RPO 30分以内</td><td>対応可</td><td>RPOは15分です。</td></tr>
<tr><td>バックアップ保持期間 180日</td><td>一部対応</td><td>標準の保持期間は90日間です。</td></tr>
<tr><td>保存先は国内であること</td><td>対応可</td><td>東京・大阪のデータセンターに保存します。</td></tr>
<tr><td>容量単価</td><td>対応可</td><td>1TBあたり月額2,800円</td></tr>
<tr><td rowspan="5">メリディアン インサイト</td><td>ダッシュボード 250個</td><td>一部対応</td><td>最大200個まで作成できます。</td></tr>
<tr><td>集計結果の表示 5秒以内</td><td>対応可</td><td>クエリ応答時間は最大2秒です。</td></tr>
<tr><td>無料評価期間 60日</td><td>一部対応</td><td>無料トライアルは30日間です。</td></tr>
<tr><td>ユーザー単価</td><td>対応可</td><td>1ユーザーあたり月額3,500円</td></tr>
<tr><td>正式版の提供時期</td><td>対応可</td><td>2026年12月に一般提供を開始いたします。</td></tr>
<tr><td>両製品共通</td><td>稼働率 99.9%以上</td><td>対応可</td><td>稼働率99.95%のSLAをご提供します。</td></tr>
</table>

<p>お見積り有効期限：2026年12月25日　／　お見積番号：MO-2026-1187</p>
<p>担当：西村 亮（TEL 06-5555-4410）</p>
</body>
</html>
"""
DOCUMENTS.append(dict(
    file="docs/osaka/minato-seiki-taiouhyou.html", office="osaka", body=OSAKA_HTML,
    claims=[
        C(V, "rpo", D(15, "minutes"), "ok", "RPOは15分です。"),
        C(V, "retention", D(90, "days"), "ok", "標準の保持期間は90日間です。"),
        C(V, "data_centers", "Tokyo", "ok", "東京・大阪のデータセンターに保存します。"),
        C(V, "data_centers", "Osaka", "ok", "東京・大阪のデータセンターに保存します。"),
        C(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "1TBあたり月額2,800円"),
        C(I, "max_dashboards", 200, "ok", "最大200個まで作成できます。"),
        C(I, "query_latency", D(2, "seconds"), "ok", "クエリ応答時間は最大2秒です。"),
        C(I, "free_trial", D(30, "days"), "ok", "無料トライアルは30日間です。"),
        C(I, "per_user_price", M(3500, "JPY", "user-month", "excluded"), "conflict", "1ユーザーあたり月額3,500円"),
        C(I, "general_availability", "2026-12", "conflict", "2026年12月に一般提供を開始いたします。"),
        C(V, "sla", 99.95, "ok", "稼働率99.95%のSLAをご提供します。"),
        C(I, "sla", 99.95, "unverified", "稼働率99.95%のSLAをご提供します。"),
    ],
    findings=[PH("ja.first-in-industry", "メリディアン インサイトは業界初のノーコード予測分析機能を搭載しています。")]))

# ------------------------------------------------------------------ us-hq: plain-text RFP answers, Meridian Sync
DOCUMENTS.append(dict(
    file="docs/us-hq/pinecrest-sync-rfp-answers.txt", office="us-hq",
    body="""MERIDIAN SYNC
Response to Pinecrest Credit Union RFP PCU-2026-031 (Collaboration and File Services)
Meridian Data Inc., 650 Townsend St, Suite 400, San Francisco, CA 94103
Submitted 2 November 2026

Q3. The solution must support a minimum of 7,500 concurrent users.
A3. Compliant. Meridian Sync supports up to 10,000 users per tenant.

Q4. Describe support for Linux workstations (RHEL 9) used by the data team.
A4. Not compliant. Meridian Sync runs on Windows, macOS, iOS and Android; Linux is not supported.

Q5. Branch staff need offline access to shared files.
A5. Compliant. Meridian Sync supports offline mode for files marked "Keep on this device".

Q6. State the storage allocation per user.
A6. Each Meridian Sync user gets 1 TB of storage.

Q7. List the security certifications the service holds.
A7. Meridian Sync is ISO 27001 certified and SOC 2 Type II attested.

Q8. Provide pricing.
A8. Meridian Sync is $399 per month for the workspace. Pricing for Pinecrest's three-year commitment is in the separate commercial volume (quote Q-88213).

Q9. State how long previous file versions are kept.
A9. Meridian Sync keeps previous file versions for 30 days.

Q10. Describe limits on external sharing.
A10. Compliant. Users can invite unlimited external guests to shared folders.

Q11. Minimum availability commitment of 99.5%.
A11. Compliant. Meridian Sync's uptime SLA is 99.9%.

Contact: Dana Whitfield, Account Executive, +1 415-555-0187
""",
    claims=[
        C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant."),
        C(S, "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
        C(S, "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
        C(S, "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
        C(S, "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android"),
        C(S, "offline_mode", True, "conflict", "Meridian Sync supports offline mode for files marked \"Keep on this device\"."),
        C(S, "storage_per_user", TB(1), "ok", "Each Meridian Sync user gets 1 TB of storage."),
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and SOC 2 Type II attested."),
        C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified and SOC 2 Type II attested."),
        C(S, "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the workspace."),
        C(S, "retention", D(30, "days"), "unverified", "Meridian Sync keeps previous file versions for 30 days."),
        C(S, "sla", 99.9, "ok", "Meridian Sync's uptime SLA is 99.9%."),
    ],
    findings=[PH("en.unlimited", "Users can invite unlimited external guests to shared folders.")]))

# ------------------------------------------------------------------ ignored by .onevoice.yaml (drafts): no labels
DRAFTS = [dict(file="docs/tokyo/drafts/toho-pharma-sync-requirements-v0.md", body="""# メリディアン シンク 要件適合表（下書き v0 — 社内レビュー前）

| 項番 | ご要件 | 回答 | 備考 |
|---|---|---|---|
| 1 | 利用者数 8,000名以上 | 一部対応 | 最大5,000ユーザー（旧仕様書 v2.8 より転記、要確認） |
| 2 | 稼働率 99.95%以上 | 対応可 | 稼働率99.99%（要確認） |
| 3 | オフライン利用 | 対応可 | オフラインでも利用可能（要確認） |
""")]
