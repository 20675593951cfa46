# -*- coding: utf-8 -*-
"""The proposal documents of probe set 1 (judged as of 2026-11-22), with their labels."""
from labels import S, V, I, M, D, TB, C, CS, P, T, U, flat

DOCS = []


def doc(path, office, text=None, labels=(), encoding="utf-8", raw=None):
    DOCS.append({"path": path, "office": office, "text": text, "encoding": encoding, "raw": raw,
                 "labels": flat(list(labels))})


# ---------------------------------------------------------------- us-hq: Markdown proposal
doc("docs/us-hq/proposal-cascade-medical.md", "us-hq", """# Proposal: Meridian Vault and Meridian Sync for Cascade Medical Group

Prepared for: Cascade Medical Group, 1420 W Riverside Ave, Spokane, WA 99201
Prepared by: Meridian Data Inc., 500 Howard St, Suite 1200, San Francisco, CA 94105
Quote reference: Q-2026-0877 (valid until 2026-12-31)

## 1. Summary

Cascade Medical Group runs 11 clinics with roughly 1,250 staff. This proposal covers backup of the EHR file servers with Meridian Vault and file sharing for clinical and admin staff with Meridian Sync.

<!-- onevoice-disable-next-line en.superlative -->
Meridian Vault is the industry-leading backup service for multi-site clinics.

## 2. Meridian Vault

| Attribute | Meridian Vault |
|---|---|
| Recovery point objective (RPO) | 15 minutes |
| Recovery time objective (RTO) | 4 hours for a single server |
| Default retention | 90 days |
| Availability SLA | 99.95% |
| Storage price | $20 per TB per month |
| Maximum storage per tenant | 1 PB |
| Data center regions | Oregon, Frankfurt, Virginia |
| Encryption at rest | AES-256 |

## 3. Meridian Sync

- Meridian Sync supports up to 10,000 users per tenant, well above Cascade's 1,250 staff.
- Each user gets 1 TB of storage.
- Meridian Sync is $399 per month for the organization.
- Clients are available for Windows, macOS, iOS and Android. Linux is not supported.

## 4. Frequently asked questions

**How many users can one Meridian Sync tenant hold?**
Meridian Sync supports up to 5,000 users per tenant.

**Is there an offline mode?**
No. Meridian Sync has no offline mode; files sync whenever the device is online.

## 5. Commercials

Sizing assumes Cascade's current 64 TB backup footprint and one organization-wide file-sharing tenant.

| Item | Quantity | Unit price (per month) | Monthly total |
|---|---|---|---|
| Meridian Vault storage | 64 TB | $20 per TB | $1,280 |
| Meridian Sync | 1 tenant | $399 | $399 |
| **Total** | | | **$1,679** |

Contact: Sarah Klein, Enterprise Account Executive, 415-555-0133.
""", [
    C(V, "rpo", D(15, "minutes"), "ok", "| Recovery point objective (RPO) | 15 minutes |"),
    C(V, "rto", D(4, "hours"), "unverified", "| Recovery time objective (RTO) | 4 hours for a single server |"),
    C(V, "retention", D(90, "days"), "ok", "| Default retention | 90 days |"),
    C(V, "sla", 99.95, "ok", "| Availability SLA | 99.95% |"),
    C(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", "| Storage price | $20 per TB per month |"),
    C(V, "max_storage", TB(1000), "conflict", "| Maximum storage per tenant | 1 PB |"),
    CS(V, "data_centers", ["Oregon", "Frankfurt", "Virginia"], ["ok", "ok", "conflict"],
       "| Data center regions | Oregon, Frankfurt, Virginia |"),
    C(V, "encryption", "AES-256", "ok", "| Encryption at rest | AES-256 |"),
    C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant, well above Cascade's 1,250 staff."),
    C(S, "storage_per_user", TB(1), "ok", "- Each user gets 1 TB of storage."),
    C(S, "monthly_price", M(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the organization."),
    CS(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
       "Clients are available for Windows, macOS, iOS and Android."),
    C(S, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per tenant."),
    C(S, "offline_mode", False, "ok", "Meridian Sync has no offline mode"),
])

# ---------------------------------------------------------------- us-hq: unreadable (an .xlsx saved as .txt)
doc("docs/us-hq/pricing-sheet-export.txt", "us-hq", raw="zip",
    labels=[U("binary data (a ZIP/XLSX archive saved as .txt), not text")])

# ---------------------------------------------------------------- london: HTML tender response
doc("docs/london/tender-response-fenwick-council.html", "london", """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Fenwick District Council ITT FDC-2026-117: response from Meridian Data UK</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<h1>Invitation to Tender FDC-2026-117: cloud backup and file sharing</h1>
<p>Response from Meridian Data UK Ltd, 30 Finsbury Square, London EC2A 1AG (company no. 09876543). Submitted 14 November 2026.</p>

<h2>Lot 1: Meridian Vault</h2>
<table>
<caption>Lot 1 compliance matrix: Meridian Vault</caption>
<tr><th>Ref</th><th>Council requirement</th><th>Our response</th></tr>
<tr><td>1.1</td><td>Backups must be held in the UK or EEA.</td><td>Backups are held in our Frankfurt data centre.</td></tr>
<tr><td>1.2</td><td>Retention of at least 60 days.</td><td>90 days by default, extendable on request.</td></tr>
<tr><td>1.3</td><td>Recovery point objective of 30 minutes or better.</td><td>15 minutes.</td></tr>
<tr><td>1.4</td><td>Price per TB per month.</td><td><del>£18</del> £16 per TB per month, excluding VAT.</td></tr>
<tr><td>1.5</td><td>Availability commitment.</td><td>99.95% availability under our standard SLA.</td></tr>
</table>

<h2>Lot 2: Meridian Sync</h2>
<table>
<caption>Lot 2 compliance matrix: Meridian Sync</caption>
<tr><th>Ref</th><th>Council requirement</th><th>Our response</th></tr>
<tr><td>2.1</td><td>Supported end-user platforms.</td><td>Windows, macOS, iOS and Android.</td></tr>
<tr><td>2.2</td><td>Security certifications held.</td><td>ISO 27001, SOC 2 Type II and Cyber Essentials Plus.</td></tr>
<tr><td>2.3</td><td>Service availability.</td><td>99.9% monthly uptime.</td></tr>
<tr><td>2.4</td><td>Number of named users supported (the Council has 2,400 staff).</td><td>Up to 10,000 users per organisation.</td></tr>
<tr><td>2.5</td><td>Ability to work offline.</td><td>No: Meridian Sync has no offline mode.</td></tr>
</table>

<h2>Lot 3: Meridian Insight (optional)</h2>
<p>Meridian Insight is available in 9 interface languages, including Welsh.</p>
<p>Meridian Insight reaches general availability in January 2027; until then the Council may join the beta at no charge.</p>

<p>Contact: Priya Shah, Account Manager, Public Sector, 020 7946 0388.</p>
</body>
</html>
""", [
    C(V, "data_centers", "Frankfurt", "ok", "Backups are held in our Frankfurt data centre."),
    C(V, "retention", D(90, "days"), "ok", "90 days by default, extendable on request."),
    C(V, "rpo", D(15, "minutes"), "ok", "15 minutes."),
    C(V, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "£16 per TB per month, excluding VAT."),
    C(V, "sla", 99.95, "ok", "99.95% availability under our standard SLA."),
    CS(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "Windows, macOS, iOS and Android."),
    CS(S, "certifications", ["ISO 27001", "SOC 2 Type II", "Cyber Essentials Plus"], ["ok", "ok", "conflict"],
       "ISO 27001, SOC 2 Type II and Cyber Essentials Plus."),
    C(S, "sla", 99.9, "ok", "99.9% monthly uptime."),
    C(S, "max_users", 10000, "ok", "Up to 10,000 users per organisation."),
    C(S, "offline_mode", False, "ok", "No: Meridian Sync has no offline mode."),
    C(I, "ui_languages", 9, "unverified", "Meridian Insight is available in 9 interface languages, including Welsh."),
    C(I, "general_availability", "2027-01", "ok", "Meridian Insight reaches general availability in January 2027"),
])

# ---------------------------------------------------------------- london: Markdown beta overview (sourced superlative)
doc("docs/london/insight-beta-overview.md", "london", """# Meridian Insight: beta programme overview (UK)

_Meridian Data UK Ltd · November 2026 · for customer distribution_

Meridian Insight is our analytics and dashboard service. It is in beta now and will be generally available in January 2027.

## At a glance

| | Meridian Insight |
|---|---|
| General availability | January 2027 |
| Price from GA | £25 per user per month, plus VAT |
| Query latency | 1 to 3 seconds on typical workspaces |
| Free trial | 30 days |
| Dashboards per workspace | up to 500 |

## Why customers choose it

Meridian Insight is the #1 rated BI tool among UK housing associations.*

Customers contracting through our US parent company are billed in dollars: Meridian Insight is $30 per user per month there.

Beta customers tell us it is quick to set up; 40 organisations joined the beta between May and October 2026.

* Source: Housing Technology Survey 2026, HouseMark Research, September 2026.
""", [
    C(I, "general_availability", "2027-01", "ok", "It is in beta now and will be generally available in January 2027."),
    C(I, "per_user_price", M(25, "GBP", "user-month", "excluded"), "ok", "| Price from GA | £25 per user per month, plus VAT |"),
    C(I, "query_latency", {"min": 1, "max": 3, "unit": "seconds"}, "conflict", "| Query latency | 1 to 3 seconds on typical workspaces |"),
    C(I, "free_trial", D(30, "days"), "ok", "| Free trial | 30 days |"),
    C(I, "max_dashboards", 500, "conflict", "| Dashboards per workspace | up to 500 |"),
    C(I, "per_user_price", M(30, "USD", "user-month"), "office-variant", "Meridian Insight is $30 per user per month there."),
])

# ---------------------------------------------------------------- tokyo: Markdown proposal (table, correction, ※ note, old name)
doc("docs/tokyo/teian-hokuto-shinkin-sync.md", "tokyo", """# ご提案書：メリディアン シンク導入のご提案

北都信用金庫 御中
メリディアンデータ株式会社 東京オフィス
2026年11月10日

## 1. はじめに

貴金庫では現在、職員様約６２０名が本部・２８店舗でファイルサーバーをご利用と伺っております。
本書では、ファイル共有サービス「メリディアン シンク」への移行をご提案いたします。
メリディアン シンクは、金融機関向けクラウドストレージで国内シェアNo.1※の実績がございます。

※2026年8月 東京クラウド総研調べ（国内金融機関向け法人クラウドストレージ市場）

## 2. メリディアン シンク 製品概要

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | １万ユーザー |
| 月額料金 | 50,000円（税込） |
| ストレージ容量 | 1ユーザーあたり1TB |
| 稼働率SLA | 99.9% |
| 対応OS | Windows / macOS / iOS / Android / Linux |
| 取得認証 | ISO/IEC 27001、SOC 2 Type II |

※前回お渡しした資料の記載を訂正いたします：最大ユーザー数（誤）5,000ユーザー（正）１万ユーザー

## 3. 旧製品からの移行

現在ご利用中の「メリディアン ファイルシンク」のデータは、専用ツールで移行いたします。
移行作業は土日に実施し、平日の業務への影響はございません。

## 4. 導入スケジュール

2027年2月の本番稼働を予定しております。
""", [
    C(S, "max_users", 10000, "ok", "| 最大ユーザー数 | １万ユーザー |"),
    C(S, "monthly_price", M(50000, "JPY", "month", "included"), "conflict", "| 月額料金 | 50,000円（税込） |"),
    C(S, "storage_per_user", TB(1), "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
    C(S, "sla", 99.9, "ok", "| 稼働率SLA | 99.9% |"),
    CS(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android", "Linux"], ["ok", "ok", "ok", "ok", "conflict"],
       "| 対応OS | Windows / macOS / iOS / Android / Linux |"),
    CS(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "| 取得認証 | ISO/IEC 27001、SOC 2 Type II |"),
    T(S, "メリディアン ファイルシンク"),
])

# ---------------------------------------------------------------- tokyo: plain-text FAQ
doc("docs/tokyo/vault-faq-2026.txt", "tokyo", """メリディアン ボールト よくあるご質問（2026年11月版）
メリディアンデータ株式会社 東京オフィス　営業推進部

Q1. データはどこに保管されますか。
A1. メリディアン ボールトのデータセンターは、東京・大阪・オレゴン・フランクフルトの４拠点でございます。

Q2. シンガポールのデータセンターは利用できますか。
A2. いいえ、シンガポールには拠点がございません。

Q3. RPO（目標復旧時点）はどのくらいですか。
A3. メリディアン ボールトのRPOは１５分でございます。

Q4. バックアップの保持期間は何日ですか。
A4. 本製品の標準の保持期間は９０日間でございます。

Q5. 料金体系を教えてください。
A5. 本製品の料金は、１TBあたり月額２，８００円（税抜）でございます。

Q6. 1ファイルあたりのサイズ上限はありますか。
A6. 本製品では、１ファイルあたり最大５TBまでバックアップ可能でございます。

Q7. 障害時のサポート体制を教えてください。
A7. 本製品のサポート窓口の初回応答は、４時間以内でございます。

Q8. セキュリティは大丈夫ですか。
A8. 本製品でお預かりするデータは完全に安全でございます。本製品は保存時にAES-256で暗号化いたします。

以上
""", [
    CS(V, "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
       "A1. メリディアン ボールトのデータセンターは、東京・大阪・オレゴン・フランクフルトの４拠点でございます。"),
    C(V, "rpo", D(15, "minutes"), "ok", "A3. メリディアン ボールトのRPOは１５分でございます。"),
    C(V, "retention", D(90, "days"), "ok", "A4. 本製品の標準の保持期間は９０日間でございます。"),
    C(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "A5. 本製品の料金は、１TBあたり月額２，８００円（税抜）でございます。"),
    C(V, "max_file_size", TB(5), "unverified", "A6. 本製品では、１ファイルあたり最大５TBまでバックアップ可能でございます。"),
    C(V, "support_response_time", D(4, "hours"), "unverified", "A7. 本製品のサポート窓口の初回応答は、４時間以内でございます。"),
    P("ja.absolute", "完全に安全"),
    C(V, "encryption", "AES-256", "ok", "本製品は保存時にAES-256で暗号化いたします。"),
])

# ---------------------------------------------------------------- osaka: HTML quote with rowspan
doc("docs/osaka/mitsumori-yodogawa-seimitsu.html", "osaka", """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>御見積書（株式会社淀川精密様）</title>
</head>
<body>
<h1>御見積書</h1>
<p>株式会社淀川精密 御中</p>
<p>見積番号：OSK-2026-1103　発行日：2026年11月16日　有効期限：2026年12月15日</p>
<p>メリディアンデータ株式会社 大阪オフィス　〒530-0001 大阪府大阪市北区梅田3-2-5　TEL 06-5555-0231</p>
<table border="1" cellspacing="0" cellpadding="4">
<caption>お見積明細（金額はすべて税抜・月額）</caption>
<tr><th>製品</th><th>項目</th><th>単価</th><th>数量</th><th>金額</th></tr>
<tr><td rowspan="2">メリディアン シンク</td><td>月額基本料金</td><td>50,000円</td><td>1</td><td>50,000円</td></tr>
<tr><td>ストレージ容量</td><td>1ユーザーあたり1TB</td><td>180名分</td><td>基本料金に含む</td></tr>
<tr><td>メリディアン ボールト</td><td>1TBあたり容量料金</td><td>2,800円</td><td>42TB</td><td>117,600円</td></tr>
<tr><td>メリディアン インサイト</td><td>1ユーザーあたり利用料</td><td>4,000円</td><td>30名</td><td>120,000円</td></tr>
<tr><td colspan="4">合計（税抜）</td><td>287,600円</td></tr>
</table>
<h2>備考</h2>
<ul>
<li>メリディアン インサイトの正式リリースは2026年12月を予定しております。</li>
<li>メリディアン インサイトは正式リリースまでベータ版としてのご提供となります。</li>
<li>本見積の価格は、関西エリアで最安値でございます。</li>
</ul>
</body>
</html>
""", [
    C(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "50,000円"),
    C(S, "storage_per_user", TB(1), "ok", "1ユーザーあたり1TB"),
    C(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "2,800円"),
    C(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "4,000円"),
    C(I, "general_availability", "2026-12", "conflict", "メリディアン インサイトの正式リリースは2026年12月を予定しております。"),
    P("ja.cheapest", "最安値"),
])

# ---------------------------------------------------------------- osaka: Shift_JIS text, no charset declaration
doc("docs/osaka/seminar-insight-handout.txt", "osaka", """メリディアン インサイト 活用セミナー 配布資料
2026年11月20日（金）14:00〜16:00　会場：梅田スカイホール 会議室B（定員40名）
主催：メリディアンデータ株式会社 大阪オフィス

■メリディアン インサイト 製品概要
・正式リリース：2027年1月（現在はベータ版）
・料金：1ユーザーあたり月額4,000円（税抜）
・無料トライアル：30日間
・ダッシュボード：最大200個
・クエリ応答時間：最大2秒
・連携データソース：40種類以上

メリディアン インサイトは、国内初※のAI自動要因分析を搭載したBIサービスでございます。
※2026年10月 当社調べ（国内法人向けBIサービス12製品を対象）

■本日の講師
大阪オフィス ソリューション部　林 健（データ分析歴15年）
""", encoding="shift_jis", labels=[
    C(I, "general_availability", "2027-01", "ok", "・正式リリース：2027年1月（現在はベータ版）"),
    C(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "・料金：1ユーザーあたり月額4,000円（税抜）"),
    C(I, "free_trial", D(30, "days"), "ok", "・無料トライアル：30日間"),
    C(I, "max_dashboards", 200, "ok", "・ダッシュボード：最大200個"),
    C(I, "query_latency", D(2, "seconds"), "ok", "・クエリ応答時間：最大2秒"),
    C(I, "integrations", 40, "unverified", "・連携データソース：40種類以上"),
])
