"""The proposal documents of set 90 (judged as of 2026-11-22), with their labels."""
from content import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== Tokyo: Markdown, 一万, 5万円 under a 税抜 caption, No.1※
D_TOKYO = """# メリディアン シンク ご提案書

神戸電機株式会社 御中
2026年11月16日　メリディアン・データ株式会社 東京オフィス

## 1. ご提案の概要

全社のファイル共有基盤として、メリディアン シンクをご提案いたします。
貴社のご利用予定人数（約2,300名）に対して、十分な余裕がございます。

## 2. 製品仕様

表1：メリディアン シンク 主な仕様（金額はすべて税抜）

| 項目 | 内容 |
|---|---|
| 最大ユーザー数 | 一万ユーザー |
| 月額料金 | 5万円 |
| ストレージ容量 | 1ユーザーあたり1TB |
| 稼働率（SLA） | 99.9％ |
| 認証 | ISO 27001、ISMAP |
| 対応OS | Windows、macOS、iOS、Android |

メリディアン シンクは国内導入社数No.1※のファイル共有サービスです。

※2026年9月 東京リサーチ調べ（法人向けファイル共有サービス）

## 3. 導入スケジュール

- 2026年12月：キックオフ（定例会は全3回）
- 2027年1月〜2月：部門ごとの段階的移行（約40部署）
"""
doc("docs/tokyo/teian-kobe-denki-sync.md", "tokyo", D_TOKYO, claims=[
    C("sync", "max_users", 10000, "ok", "| 最大ユーザー数 | 一万ユーザー |"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| 月額料金 | 5万円 |"),
    C("sync", "storage_per_user", 1 * TB, "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
    C("sync", "sla", 99.9, "ok", "| 稼働率（SLA） | 99.9％ |"),
    C("sync", "certifications", "ISO 27001", "ok", "| 認証 | ISO 27001、ISMAP |"),
    C("sync", "certifications", "ISMAP", "conflict", "| 認証 | ISO 27001、ISMAP |"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "| 対応OS | Windows、macOS、iOS、Android |"),
])

# ====================================================================== US: HTML table, "15 min", "500TB", RTO, zero downtime
D_US = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Meridian Vault – Backup Proposal for Pinecrest Manufacturing</title></head>
<body>
<h1>Meridian Vault – Backup Proposal for Pinecrest Manufacturing</h1>
<p>Prepared by Amanda Reyes, Meridian Data, Inc. – November 12, 2026 – Ref. US-PRP-2026-311</p>

<h2>1. Your environment</h2>
<p>Pinecrest's current footprint is about 65 TB across three plants; we have sized the first year at 80 TB.</p>

<h2>2. Service summary</h2>
<table border="1">
<caption>Meridian Vault service summary</caption>
<tr><th>Item</th><th>Commitment</th></tr>
<tr><td>Recovery point objective (RPO)</td><td>15 min</td></tr>
<tr><td>Default retention</td><td>90 days</td></tr>
<tr><td>Availability SLA</td><td>99.95%</td></tr>
<tr><td>Storage capacity</td><td>up to 500TB per tenant</td></tr>
<tr><td>Price per TB</td><td>$20 per TB per month</td></tr>
<tr><td>Data centers</td><td>Oregon, Frankfurt</td></tr>
<tr><td>Encryption</td><td>AES-256 at rest</td></tr>
<tr><td>Recovery time objective (RTO)</td><td>4 hours</td></tr>
</table>

<h2>3. Migration</h2>
<p>Cutover will happen with zero downtime for your plant systems.</p>
<p>Contact: amanda.reyes@meridian-data.com, (312) 555-0186</p>
</body>
</html>
"""
doc("docs/us-hq/proposal-pinecrest-vault.html", "us-hq", D_US, claims=[
    C("vault", "rpo", dur(15, "minutes"), "ok", "<tr><td>Recovery point objective (RPO)</td><td>15 min</td></tr>"),
    C("vault", "retention", dur(90, "days"), "ok", "<tr><td>Default retention</td><td>90 days</td></tr>"),
    C("vault", "sla", 99.95, "ok", "<tr><td>Availability SLA</td><td>99.95%</td></tr>"),
    C("vault", "max_storage", 500 * TB, "ok", "<tr><td>Storage capacity</td><td>up to 500TB per tenant</td></tr>"),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
      "<tr><td>Price per TB</td><td>$20 per TB per month</td></tr>"),
    SET("vault", "data_centers", ["Oregon", "Frankfurt"], "ok", "<tr><td>Data centers</td><td>Oregon, Frankfurt</td></tr>"),
    C("vault", "encryption", "AES-256", "ok", "<tr><td>Encryption</td><td>AES-256 at rest</td></tr>"),
    C("vault", "rto", dur(4, "hours"), "unverified", "<tr><td>Recovery time objective (RTO)</td><td>4 hours</td></tr>"),
], findings=[PH("en.guarantee", "Cutover will happen with zero downtime for your plant systems.")])

# ====================================================================== London: plain text, words for numbers
D_LONDON = """MERIDIAN INSIGHT – BRIEFING NOTE FOR ASHCOMBE LEGAL LLP
Meridian Data UK Ltd · 9 November 2026

Meridian Insight is in beta today; general availability is January 2027.
Pricing: Meridian Insight is £25 per user per month (ex VAT) from GA.
Meridian Insight query latency stays under 2 seconds on typical workloads.
Every workspace can hold up to 250 dashboards in Meridian Insight.
Meridian Insight comes with a thirty-day free trial.
Meridian Insight is available in 12 languages, including Japanese.

Ashcombe's 45 fee-earners and 12 support staff would start on the trial in the week of 7 December.

Harriet Lowe, Senior Account Manager – +44 (0)20 7946 0714
"""
doc("docs/london/meridian-insight-brief-ashcombe.txt", "london", D_LONDON, claims=[
    C("insight", "general_availability", "2027-01", "ok",
      "Meridian Insight is in beta today; general availability is January 2027."),
    C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
      "Pricing: Meridian Insight is £25 per user per month (ex VAT) from GA."),
    C("insight", "query_latency", dur(2, "seconds"), "ok",
      "Meridian Insight query latency stays under 2 seconds on typical workloads."),
    C("insight", "max_dashboards", 250, "conflict", "Every workspace can hold up to 250 dashboards in Meridian Insight."),
    C("insight", "free_trial", dur(30, "days"), "ok", "Meridian Insight comes with a thirty-day free trial."),
    C("insight", "ui_languages", 12, "unverified", "Meridian Insight is available in 12 languages, including Japanese."),
])

# ====================================================================== Osaka: estimate, "15 minutes" and "500 テラバイト" in Japanese
D_OSAKA = """御見積書

淡路水産株式会社 御中
見積番号：OSK-2026-1107
発行日：2026年11月10日
有効期限：2026年12月10日

件名：メリディアン ボールト　バックアップサービス

■ 明細（金額はすべて税抜）
品目                            単価              数量          金額
メリディアン ボールト 容量課金  2,800円/TB・月    8TB×12ヶ月    268,800円
導入支援費（初回のみ）          2.5万円           1式           25,000円
合計                                                            293,800円

■ メリディアン ボールト サービス仕様
・RPO：15 minutes
・保持期間：90日間（標準）
・最大容量：1テナントあたり500 テラバイト
・稼働率：99.95％
・RTO：4時間

メリディアン・データ株式会社 大阪オフィス　藤田 健二（TEL 06-5555-0263）
以上
"""
doc("docs/osaka/mitsumori-awaji-suisan-vault.txt", "osaka", D_OSAKA, claims=[
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "メリディアン ボールト 容量課金  2,800円/TB・月"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "・RPO：15 minutes"),
    C("vault", "retention", dur(90, "days"), "ok", "・保持期間：90日間（標準）"),
    C("vault", "max_storage", 500 * TB, "ok", "・最大容量：1テナントあたり500 テラバイト"),
    C("vault", "sla", 99.95, "ok", "・稼働率：99.95％"),
    C("vault", "rto", dur(4, "hours"), "unverified", "・RTO：4時間"),
])

# ====================================================================== ignored draft (drafts/ is in .onevoice.yaml's ignore list)
D_DRAFT = """# 【下書き】メリディアン ボールト ご提案（瀬戸製薬様）

- メリディアン ボールトのRPOは5分です。
- メリディアン ボールトは業界No.1のバックアップです。
- 料金：1TBあたり月額2千5百円（税抜）
"""
doc("docs/tokyo/drafts/draft-seto-pharma-vault.md", "tokyo", D_DRAFT, ignored=True)
