# -*- coding: utf-8 -*-
"""Proposal documents of set 18 and their labels (judged as of 2026-11-22)."""
from messages import C, P, T, S, V, I, m, d, TB

DOCS = []

# ---------------------------------------------------------------- tokyo, Markdown
D1 = """# 株式会社ミナト精機様 ファイル共有基盤 ご提案書

株式会社メリディアンデータ 東京オフィス
2026年11月

## 1. ご提案の概要

本書では、設計・製造部門のファイル共有基盤として、メリディアン シンクの全社導入をご提案いたします。
旧製品 Meridian FileSync からのデータ移行も本提案の範囲に含みます。

## 2. メリディアン シンクの主な仕様

- 最大1万ユーザーまでご利用いただけます
- 1ユーザーあたり1TBのストレージ
- 稼働率SLA：99.9％
- オフラインでの編集には対応しておりません

メリディアン シンクは、業界初※のブロック単位差分同期を採用しています。

※2026年9月 当社調べ（国内法人向けファイル共有サービス8製品を対象）

### メリディアン シンクの対応プラットフォーム

| 区分 | 対応OS |
|---|---|
| デスクトップ | Windows 11 / macOS |
| モバイル | iPadOS / Android |

## 3. セキュリティと認証

| 認証・制度 | メリディアン シンク |
|---|---|
| ISO/IEC 27001 | 取得済み |
| SOC 2 Type II | 報告書あり（NDA締結後に開示） |
| プライバシーマーク（JIS Q 15001） | 取得済み |
| ISMAP | 未登録（登録済みではございません） |

## 4. お見積り

お見積り（月額・金額はすべて税抜）

| 品目 | 単価 | 数量 | 金額 |
|---|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円 | 1 | 50,000円 |
| 導入支援サービス（初期設定・移行） | 300,000円 | 1 | 300,000円 |

上記金額には消費税は含まれておりません。

## 5. 導入スケジュール

- 2026年12月：パイロット（設計部 約40名）
- 2027年1月：全社展開（約320名）

## 6. 補足

- 同期クライアントの設定ファイルは絶対パスで指定してください。
- 移行作業は土日に実施し、平日の業務への影響を抑えます。
"""

DOCS.append(dict(path="docs/tokyo/minato-seiki-sync-proposal.md", office="tokyo", text=D1, claims=[
    C(S, "max_users", 10000, "ok", "- 最大1万ユーザーまでご利用いただけます"),
    C(S, "storage_per_user", 1 * TB, "ok", "- 1ユーザーあたり1TBのストレージ"),
    C(S, "sla", 99.9, "ok", "- 稼働率SLA：99.9％"),
    C(S, "offline_mode", False, "ok", "- オフラインでの編集には対応しておりません"),
    C(S, "supported_platforms", "Windows", "ok", "| デスクトップ | Windows 11 / macOS |"),
    C(S, "supported_platforms", "macOS", "ok", "| デスクトップ | Windows 11 / macOS |"),
    C(S, "supported_platforms", "iOS", "ok", "| モバイル | iPadOS / Android |"),
    C(S, "supported_platforms", "Android", "ok", "| モバイル | iPadOS / Android |"),
    C(S, "certifications", "ISO 27001", "ok", "| ISO/IEC 27001 | 取得済み |"),
    C(S, "certifications", "SOC 2 Type II", "ok", "| SOC 2 Type II | 報告書あり（NDA締結後に開示） |"),
    C(S, "certifications", "PrivacyMark", "conflict", "| プライバシーマーク（JIS Q 15001） | 取得済み |"),
    C(S, "monthly_price", m(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円 | 1 | 50,000円 |"),
], findings=[
    T(S, "旧製品 Meridian FileSync からのデータ移行も本提案の範囲に含みます。"),
]))

# ---------------------------------------------------------------- osaka, HTML
D2 = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>北浜ロジスティクス株式会社様 バックアップ基盤ご提案書</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}</style>
</head>
<body>
<h1>北浜ロジスティクス株式会社様 バックアップ基盤ご提案書</h1>
<p>株式会社メリディアンデータ 大阪オフィス／2026年11月</p>

<h2>1. 仕様一覧</h2>
<table>
<caption>メリディアン ボールト 主な仕様</caption>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>RPO（目標復旧時点）</td><td>15分</td></tr>
<tr><td>RTO（目標復旧時間）</td><td>4時間以内</td></tr>
<tr><td>標準の保持期間</td><td>90日間</td></tr>
<tr><td>SLA（月間稼働率）</td><td>99.95%</td></tr>
<tr><td>最大容量</td><td>1テナントあたり500TB</td></tr>
<tr><td>データセンター</td><td>東京・大阪・シンガポール</td></tr>
<tr><td>暗号化方式</td><td>AES-256</td></tr>
<tr><td>認証</td><td>ISO/IEC 27001</td></tr>
</table>

<h2>2. お見積り</h2>
<table>
<caption>メリディアン ボールト お見積り（税込表示）</caption>
<tr><th>品目</th><th>単価（1TBあたり月額）</th><th>数量（TB）</th></tr>
<tr><td>メリディアン ボールト 容量課金</td><td><del>2,750円</del> 3,080円</td><td>60</td></tr>
</table>

<h2>3. 安心してご利用いただくために</h2>
<!-- onevoice-disable ja.absolute -->
<p>お預かりしたバックアップデータは、完全に安全な環境で保管されます。</p>
<!-- onevoice-enable -->
<p>他社サービスと比べても、どこよりもお得な価格でご提供いたします。</p>

<h2>4. サポート</h2>
<p>メリディアン ボールトとメリディアン シンクの両製品共通で、サポート窓口の一次回答は4時間以内です。</p>
<p>ご不明点は担当の西田までお問い合わせください。</p>

<address>株式会社メリディアンデータ 大阪オフィス　〒530-0001 大阪市北区梅田2-4-9　TEL 06-6345-7780</address>
</body>
</html>
"""

D2_SUP = "メリディアン ボールトとメリディアン シンクの両製品共通で、サポート窓口の一次回答は4時間以内です。"
DOCS.append(dict(path="docs/osaka/kitahama-vault-proposal.html", office="osaka", text=D2, claims=[
    C(V, "rpo", d(15, "minutes"), "ok", "<tr><td>RPO（目標復旧時点）</td><td>15分</td></tr>"),
    C(V, "rto", d(4, "hours"), "unverified", "<tr><td>RTO（目標復旧時間）</td><td>4時間以内</td></tr>"),
    C(V, "retention", d(90, "days"), "ok", "<tr><td>標準の保持期間</td><td>90日間</td></tr>"),
    C(V, "sla", 99.95, "ok", "<tr><td>SLA（月間稼働率）</td><td>99.95%</td></tr>"),
    C(V, "max_storage", 500 * TB, "ok", "<tr><td>最大容量</td><td>1テナントあたり500TB</td></tr>"),
    C(V, "data_centers", "Tokyo", "ok", "<tr><td>データセンター</td><td>東京・大阪・シンガポール</td></tr>"),
    C(V, "data_centers", "Osaka", "ok", "<tr><td>データセンター</td><td>東京・大阪・シンガポール</td></tr>"),
    C(V, "data_centers", "Singapore", "conflict", "<tr><td>データセンター</td><td>東京・大阪・シンガポール</td></tr>"),
    C(V, "encryption", "AES-256", "ok", "<tr><td>暗号化方式</td><td>AES-256</td></tr>"),
    C(V, "certifications", "ISO 27001", "unverified", "<tr><td>認証</td><td>ISO/IEC 27001</td></tr>"),
    C(V, "price_per_tb", m(3080, "JPY", "TB-month", "included"), "ok", "<td><del>2,750円</del> 3,080円</td>"),
    C(V, "support_response_time", d(4, "hours"), "unverified", D2_SUP),
    C(S, "support_response_time", d(4, "hours"), "unverified", D2_SUP),
], findings=[
    P("ja.cheapest", "どこよりもお得な価格でご提供いたします。"),
]))

# ---------------------------------------------------------------- us-hq, Markdown
D3 = """# Pinecrest Health — Analytics and File Sharing Proposal

Prepared by Meridian Data Inc. for Gloria Chen and Raj Patel, November 2026

## Executive summary

Pinecrest Health wants one place for clinical operations reporting and a secure way to share files across its 14 clinics. This proposal covers Meridian Insight for analytics and Meridian Sync for file sharing.

<!-- onevoice-disable-next-line en.superlative -->
Meridian Insight is the industry-leading analytics platform for regional health systems.

## Meridian Insight

- General availability: January 2027 (beta until then; your pilot data carries over)
- Free trial: 30 days, on your own data
- Price: $30 per user per month
- Dashboards: up to 200 per workspace
- Query latency: under 2 seconds at the 95th percentile
- Integrations: 150+ native connectors, including Epic Clarity

## Comparison

| Requirement | Meridian Sync | Meridian Insight |
|---|---|---|
| Uptime SLA | 99.9% | 99.9% |
| Certifications | ISO 27001, SOC 2 Type II | SOC 2 Type II |
| Supported platforms | Windows, macOS, iOS, Android | Any modern web browser |
| Offline access | Not supported | Not supported |

## Meridian Sync

- Up to 10,000 users on one tenant
- 1 TB of storage per user
- Price: $399 per month for the organisation

### Moving from Meridian FileSync

Clinics still running Meridian FileSync 4.2 move to Meridian Sync at no charge; the old client is retired on 31 March 2027.

## Security

Encryption keys are managed following industry best practices, and access reviews run quarterly.

## Commercial terms

Pricing is held until 15 December 2026.

<!-- onevoice-disable-next-line en.superlative -->
Every Pinecrest pilot is risk-free: if the clinics are not happy after the first quarter, you pay nothing.
"""

DOCS.append(dict(path="docs/us-hq/pinecrest-analytics-proposal.md", office="us-hq", text=D3, claims=[
    C(I, "general_availability", "2027-01", "ok", "- General availability: January 2027"),
    C(I, "free_trial", d(30, "days"), "ok", "- Free trial: 30 days, on your own data"),
    C(I, "per_user_price", m(30, "USD", "user-month"), "ok", "- Price: $30 per user per month"),
    C(I, "max_dashboards", 200, "ok", "- Dashboards: up to 200 per workspace"),
    C(I, "query_latency", d(2, "seconds"), "ok", "- Query latency: under 2 seconds at the 95th percentile"),
    C(I, "integrations", 150, "unverified", "- Integrations: 150+ native connectors, including Epic Clarity"),
    C(S, "sla", 99.9, "ok", "| Uptime SLA | 99.9% | 99.9% |"),
    C(I, "sla", 99.9, "unverified", "| Uptime SLA | 99.9% | 99.9% |"),
    C(S, "certifications", "ISO 27001", "ok", "| Certifications | ISO 27001, SOC 2 Type II | SOC 2 Type II |"),
    C(S, "certifications", "SOC 2 Type II", "ok", "| Certifications | ISO 27001, SOC 2 Type II | SOC 2 Type II |"),
    C(I, "certifications", "SOC 2 Type II", "unverified", "| Certifications | ISO 27001, SOC 2 Type II | SOC 2 Type II |"),
    C(S, "supported_platforms", "Windows", "ok", "| Supported platforms | Windows, macOS, iOS, Android | Any modern web browser |"),
    C(S, "supported_platforms", "macOS", "ok", "| Supported platforms | Windows, macOS, iOS, Android | Any modern web browser |"),
    C(S, "supported_platforms", "iOS", "ok", "| Supported platforms | Windows, macOS, iOS, Android | Any modern web browser |"),
    C(S, "supported_platforms", "Android", "ok", "| Supported platforms | Windows, macOS, iOS, Android | Any modern web browser |"),
    C(S, "offline_mode", False, "ok", "| Offline access | Not supported | Not supported |"),
    C(I, "offline_mode", False, "unverified", "| Offline access | Not supported | Not supported |"),
    C(S, "max_users", 10000, "ok", "- Up to 10,000 users on one tenant"),
    C(S, "storage_per_user", 1 * TB, "ok", "- 1 TB of storage per user"),
    C(S, "monthly_price", m(399, "USD", "month"), "ok", "- Price: $399 per month for the organisation"),
], findings=[
    T(S, "Clinics still running Meridian FileSync 4.2 move to Meridian Sync at no charge"),
    P("en.guarantee", "Every Pinecrest pilot is risk-free"),
]))

# ---------------------------------------------------------------- london, plain text
D4 = """Meridian Vault - Proposal for Ashgrove Building Society
Meridian Data UK Ltd, November 2026
Ref: MD-UK-2026-114


1. Summary

Ashgrove needs off-site, immutable backups for its core banking and mortgage systems, with recovery objectives the PRA will accept. This proposal covers 240 TB of protected data across your two sites.


2. Service levels

Recovery point objective (RPO): 15 minutes
Recovery time objective (RTO): 4 hours for the core banking tier
Availability SLA: 99.95%
Default retention: 90 days, extendable by policy
Support response time: 1 hour for P1 incidents


3. Hosting and security

Hosting locations: Frankfurt (primary) and Oregon (secondary). There is no London region.
Encryption: AES-256 at rest, TLS 1.3 in transit.
Certifications: ISO 27001 and Cyber Essentials Plus.
Maximum capacity: 0.5 PB per tenant.


4. Pricing

Meridian Vault: £16 per TB per month, excluding VAT.
Volume: 240 TB. Term: 36 months.


5. Why Meridian Vault

Meridian Vault never loses a backup: every copy is verified after it is written.
Independent testing ranked Meridian Vault the fastest restore in its class.


Contact: Oliver Pryce, +44 20 7946 0321, oliver.pryce@uk.meridian-data.com
"""

DOCS.append(dict(path="docs/london/ashgrove-vault-proposal.txt", office="london", text=D4, claims=[
    C(V, "rpo", d(15, "minutes"), "ok", "Recovery point objective (RPO): 15 minutes"),
    C(V, "rto", d(4, "hours"), "unverified", "Recovery time objective (RTO): 4 hours for the core banking tier"),
    C(V, "sla", 99.95, "ok", "Availability SLA: 99.95%"),
    C(V, "retention", d(90, "days"), "ok", "Default retention: 90 days, extendable by policy"),
    C(V, "support_response_time", d(1, "hours"), "unverified", "Support response time: 1 hour for P1 incidents"),
    C(V, "data_centers", "Frankfurt", "ok", "Hosting locations: Frankfurt (primary) and Oregon (secondary)."),
    C(V, "data_centers", "Oregon", "ok", "Hosting locations: Frankfurt (primary) and Oregon (secondary)."),
    C(V, "encryption", "AES-256", "ok", "Encryption: AES-256 at rest, TLS 1.3 in transit."),
    C(V, "certifications", "ISO 27001", "unverified", "Certifications: ISO 27001 and Cyber Essentials Plus."),
    C(V, "certifications", "Cyber Essentials Plus", "unverified", "Certifications: ISO 27001 and Cyber Essentials Plus."),
    C(V, "max_storage", 500 * TB, "ok", "Maximum capacity: 0.5 PB per tenant."),
    C(V, "price_per_tb", m(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault: £16 per TB per month, excluding VAT."),
], findings=[
    P("en.guarantee", "Meridian Vault never loses a backup"),
]))

# ---------------------------------------------------------------- ignored draft (.onevoice.yaml ignore: **/drafts/**)
D5 = """# あおば設計様 ご提案（下書き・未送付）

- メリディアン シンクは業界No.1のファイル共有サービスです
- メリディアン シンクは最大5,000ユーザーまで対応（旧称 Meridian FileSync）
- 導入すれば必ずコストを削減できます
"""
DOCS.append(dict(path="docs/tokyo/drafts/aoba-draft.md", office="tokyo", text=D5, claims=[], findings=[], ignored=True))
