"""The proposal documents of set 81 (judged as of 2026-11-22), with their labels."""
from content import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== US: Markdown proposal with a quote table and key dates
D_US = """# Proposal: Meridian Vault for Bayview Freight Co.

Prepared by Ken Sato and Laura Bennett, Meridian Data, Inc. · November 2026 · Quote Q-2026-1107

## 1. Why Meridian Vault

Bayview backs up about 60 TB of shipment scans and TMS exports today, growing roughly 1.5 TB a month. Meridian Vault protects that estate with:

- an RPO of 15 minutes for every protected workload;
- 90 days of default retention, with longer policies available for your 7-year records schedule;
- a 99.95% availability SLA;
- up to 500 TB per tenant, so you have room for years of growth;
- AES-256 encryption at rest.

## 2. Where your data lives

Meridian Vault stores Bayview's primary copy in our Oregon data center and a second copy in Frankfurt.

## 3. Recovery

Meridian Vault brings a full TMS database back online within 4 hours (RTO), as measured in your June restore drill.

## 4. Pricing

| Item | Unit price | Qty | Term | Total |
|---|---|---|---|---|
| Meridian Vault storage | $20 per TB per month | 60 TB | 12 months | $14,400 |
| Restore drill workshop (one-off) | $2,500 | 1 | – | $2,500 |

Total first-year investment: $16,900. For your UK subsidiary, Meridian Vault is billed in sterling at £16 per TB per month. A 5% discount applies to a signed order received by December 18, 2026.

## 5. Key dates

| Milestone | Date |
|---|---|
| Order signature | December 18, 2026 |
| Onboarding kickoff | January 6, 2027 |
| First full backup | January 20, 2027 |

With Meridian Vault your shipment records are 100% secure, whatever happens to your own servers.
"""
doc("docs/us-hq/proposal-bayview-freight-vault.md", "us-hq", D_US, claims=[
    C("vault", "rpo", dur(15, "minutes"), "ok", "- an RPO of 15 minutes for every protected workload;"),
    C("vault", "retention", dur(90, "days"), "ok", "- 90 days of default retention"),
    C("vault", "sla", 99.95, "ok", "- a 99.95% availability SLA;"),
    C("vault", "max_storage", 500 * TB, "ok", "- up to 500 TB per tenant, so you have room for years of growth;"),
    C("vault", "encryption", "AES-256", "ok", "- AES-256 encryption at rest."),
    SET("vault", "data_centers", ["Oregon", "Frankfurt"], "ok",
        "Meridian Vault stores Bayview's primary copy in our Oregon data center and a second copy in Frankfurt."),
    C("vault", "rto", dur(4, "hours"), "unverified",
      "Meridian Vault brings a full TMS database back online within 4 hours (RTO)"),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
      "| Meridian Vault storage | $20 per TB per month | 60 TB | 12 months | $14,400 |"),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "office-variant",
      "For your UK subsidiary, Meridian Vault is billed in sterling at £16 per TB per month."),
], findings=[PH("en.guarantee", "your shipment records are 100% secure")])

# ====================================================================== London: a tab-separated price sheet in a .txt
D_UK = """Meridian Data UK Ltd – list prices and key limits, 2026/27
All prices in GBP, excluding VAT. Valid from 1 October 2026.

Product\tBilling\tPrice (GBP)\tKey limit / term
Meridian Sync\tper organisation per month\t329\tup to 10,000 users; 1 TB storage per user
Meridian Vault\tper TB per month\t16\tup to 500 TB per tenant; RPO 15 minutes
Meridian Insight\tper user per month\t20\tfree trial 14 days; GA January 2027

Notes
- Meridian Sync apps are available for Windows, macOS, iOS and Android.
- Meridian Vault data centres: Frankfurt (EU customers), Oregon, Tokyo and Osaka.
- Prices are reviewed every April; the next review is April 2027.
"""
UK_S = "Meridian Sync\tper organisation per month\t329\tup to 10,000 users; 1 TB storage per user"
UK_V = "Meridian Vault\tper TB per month\t16\tup to 500 TB per tenant; RPO 15 minutes"
UK_I = "Meridian Insight\tper user per month\t20\tfree trial 14 days; GA January 2027"
doc("docs/london/price-sheet-uk-2026-27.txt", "london", D_UK, claims=[
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", UK_S),
    C("sync", "max_users", 10000, "ok", UK_S),
    C("sync", "storage_per_user", 1 * TB, "ok", UK_S),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", UK_V),
    C("vault", "max_storage", 500 * TB, "ok", UK_V),
    C("vault", "rpo", dur(15, "minutes"), "ok", UK_V),
    C("insight", "per_user_price", money(20, "GBP", "user-month", "excluded"), "conflict", UK_I),
    C("insight", "free_trial", dur(14, "days"), "conflict", UK_I),
    C("insight", "general_availability", "2027-01", "ok", UK_I),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "- Meridian Sync apps are available for Windows, macOS, iOS and Android."),
    SET("vault", "data_centers", ["Frankfurt", "Oregon", "Tokyo", "Osaka"], "ok",
        "- Meridian Vault data centres: Frankfurt (EU customers), Oregon, Tokyo and Osaka."),
])

# ====================================================================== Tokyo: HTML proposal with rowspan and a quote table
D_TOKYO = """<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>メリディアン インサイト ご提案書（株式会社ミナト海運様）</title></head>
<body>
<h1>メリディアン インサイト ご提案書</h1>
<p>株式会社ミナト海運様<br>メリディアン・データ株式会社 東京オフィス　2026年11月</p>

<h2>1. ご提案の概要</h2>
<p>御社の運航データ・燃料データを一元的に可視化するため、メリディアン インサイトの導入をご提案いたします。
御社のご利用予定人数（45名）と、既存の運航管理システムからの日次連携を前提としております。</p>
<p>業界初の海運向けダッシュボードテンプレートを標準で搭載しております。</p>

<h2>2. 製品仕様</h2>
<table border="1">
<caption>表1　メリディアン インサイトの主な仕様</caption>
<tr><th>製品</th><th>項目</th><th>内容</th></tr>
<tr><td rowspan="6">メリディアン インサイト</td><td>一般提供開始</td><td>2027年1月（現在はベータ版）</td></tr>
<tr><td>料金</td><td>1ユーザーあたり月額4,000円（税抜）</td></tr>
<tr><td>クエリ応答時間</td><td>最大2秒</td></tr>
<tr><td>ダッシュボード数</td><td>最大200個</td></tr>
<tr><td>無料トライアル</td><td>30日間</td></tr>
<tr><td>対応言語</td><td>日本語・英語を含む10言語</td></tr>
</table>

<h2>3. お見積り</h2>
<table border="1">
<caption>表2　お見積り（金額はすべて税抜）</caption>
<tr><th>品目</th><th>単価</th><th>数量</th><th>期間</th><th>金額</th></tr>
<tr><td>メリディアン インサイト ユーザーライセンス</td><td>4,000円／ユーザー・月</td><td>45</td><td>12か月</td><td>2,160,000円</td></tr>
<tr><td>ダッシュボード構築支援</td><td>300,000円</td><td>1</td><td>－</td><td>300,000円</td></tr>
</table>

<h2>4. 導入スケジュール</h2>
<ul>
<li>2026年12月10日：ご契約</li>
<li>2027年1月12日：キックオフ</li>
<li>2027年2月末：本番稼働</li>
</ul>
</body>
</html>
"""
doc("docs/tokyo/teian-minato-kaiun-insight.html", "tokyo", D_TOKYO, claims=[
    C("insight", "general_availability", "2027-01", "ok", "<td>一般提供開始</td><td>2027年1月（現在はベータ版）</td>"),
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
      "<td>料金</td><td>1ユーザーあたり月額4,000円（税抜）</td>"),
    C("insight", "query_latency", dur(2, "seconds"), "ok", "<td>クエリ応答時間</td><td>最大2秒</td>"),
    C("insight", "max_dashboards", 200, "ok", "<td>ダッシュボード数</td><td>最大200個</td>"),
    C("insight", "free_trial", dur(30, "days"), "ok", "<td>無料トライアル</td><td>30日間</td>"),
    C("insight", "ui_languages", 10, "unverified", "<td>対応言語</td><td>日本語・英語を含む10言語</td>"),
], findings=[PH("ja.first-in-industry", "業界初の海運向けダッシュボードテンプレート")])

# ====================================================================== Osaka: a quote as text with a CSV block
D_OSAKA = """御見積書

関西ケミカル株式会社　御中
見積番号：OS-2026-1102-03　発行日：2026年11月2日　有効期限：2026年12月25日

件名：メリディアン シンク 全社導入

※金額はすべて税抜です。

品名,単価,数量,金額
メリディアン シンク 月額基本料金,50000,12,600000
メリディアン ボールト 容量課金（1TBあたり月額）,2800,20,672000
初期設定作業,180000,1,180000
合計,,,1452000

【製品仕様（抜粋）】
・メリディアン シンク：最大1万ユーザー、1ユーザーあたり1TB
・メリディアン シンク：オフライン利用可（工場内の圏外エリアでも編集可能）
・メリディアン ボールト：保持期間90日間、データセンターは大阪・東京

以上

メリディアン・データ株式会社　大阪オフィス
〒530-0001 大阪市北区梅田2-5-25 ハービスOSAKA 16F　TEL 06-5555-0231
"""
OS_V = "・メリディアン ボールト：保持期間90日間、データセンターは大阪・東京"
doc("docs/osaka/mitsumori-kansai-chemical-sync.txt", "osaka", D_OSAKA, claims=[
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "メリディアン シンク 月額基本料金,50000,12,600000"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "メリディアン ボールト 容量課金（1TBあたり月額）,2800,20,672000"),
    C("sync", "max_users", 10000, "ok", "・メリディアン シンク：最大1万ユーザー、1ユーザーあたり1TB"),
    C("sync", "storage_per_user", 1 * TB, "ok", "・メリディアン シンク：最大1万ユーザー、1ユーザーあたり1TB"),
    C("sync", "offline_mode", True, "conflict", "・メリディアン シンク：オフライン利用可（工場内の圏外エリアでも編集可能）"),
    C("vault", "retention", dur(90, "days"), "ok", OS_V),
    SET("vault", "data_centers", ["Osaka", "Tokyo"], "ok", OS_V),
])

# ====================================================================== ignored draft
D_DRAFT = """# 【下書き】北斗精工様 メリディアン シンク ご提案

- メリディアン シンクは最大3万ユーザーまで対応（要確認）
- 業界No.1のファイル共有サービス
- 月額40,000円（税込）
"""
doc("docs/tokyo/drafts/draft-hokuto-seiko-sync.md", "tokyo", D_DRAFT, ignored=True)
