"""The proposal documents of set3 (judged as of 2026-11-22 for the office of their folder)."""
from common import *

DOCS = []

# ------------------------------------------------------------------ tokyo: .txt proposal with a fixed-width table
DOCS.append(dict(path="docs/tokyo/teian-minatologi-sync.txt", office="tokyo", text="""メリディアン シンク ご提案書

株式会社ミナトロジ 御中
                                              2026年11月10日
                                              メリディアンデータ株式会社 東京支社

1. はじめに

   本書は、御社の全社ファイル共有基盤の刷新に向けたご提案です。
   対象規模：約8,200名（12拠点）

2. 製品仕様（メリディアン シンク）

   項目                  内容
   --------------------  ----------------------------------------
   最大ユーザー数        10,000ユーザー／テナント
   ストレージ容量        1ユーザーあたり 1TB
   稼働率（SLA）         99.9%
   対応OS                Windows / macOS / iOS / Android
   オフライン利用        不可（常時接続が必要）
   取得認証              ISO 27001、SOC 2 Type II

3. お見積り（金額はすべて税抜）

   品目                          単価        数量     金額
   ----------------------------  ----------  -------  -----------
   メリディアン シンク 月額料金  50,000円    12か月   600,000円
   ----------------------------  ----------  -------  -----------
   合計                                               600,000円

   ※ お支払い条件：年額一括前払い
   ※ 本見積の有効期限：2026年12月25日

4. 導入スケジュール（案）

   2027年1月   キックオフ
   2027年2月   パイロット（営業部 300名）
   2027年3月   全社展開
""", labels=[
    C(S, "max_users", 10000, "ok", "最大ユーザー数        10,000ユーザー／テナント"),
    C(S, "storage_per_user", TB, "ok", "ストレージ容量        1ユーザーあたり 1TB"),
    C(S, "sla", 99.9, "ok", "稼働率（SLA）         99.9%"),
] + [C(S, "supported_platforms", p, "ok", "対応OS                Windows / macOS / iOS / Android") for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(S, "offline_mode", False, "ok", "オフライン利用        不可（常時接続が必要）"),
    C(S, "certifications", "ISO 27001", "ok", "取得認証              ISO 27001、SOC 2 Type II"),
    C(S, "certifications", "SOC 2 Type II", "ok", "取得認証              ISO 27001、SOC 2 Type II"),
    C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク 月額料金  50,000円"),
]))

# ------------------------------------------------------------------ us-hq: .html one-pager
DOCS.append(dict(path="docs/us-hq/insight-one-pager.html", office="us-hq", text="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meridian Insight &ndash; one-pager</title>
<style>
  body { font-family: Helvetica, Arial, sans-serif; max-width: 760px; margin: 2em auto; color: #222; }
  .facts { display: grid; grid-template-columns: 10em 1fr; gap: .4em 1em; }
  .k { font-weight: bold; color: #0B3D91; }
  .fn { font-size: 80%; color: #666; }
</style>
</head>
<body>
<header>
  <h1>Meridian Insight</h1>
  <p class="tag">Analytics your whole team can actually read.</p>
</header>

<p>Meridian Insight delivers industry-leading query speed on large workspaces.<sup>1</sup>
Point it at your warehouse and your first dashboard is ready before lunch.</p>

<section class="facts">
  <div class="k">Launch</div><div class="v">Public beta today; generally available in January&nbsp;2027</div>
  <div class="k">Price</div><div class="v"><del>$35</del> $30 per user per month</div>
  <div class="k">Speed</div><div class="v">Queries return in under 2&nbsp;seconds (p95, 100M rows)</div>
  <div class="k">Scale</div><div class="v">Up to 200 dashboards per workspace</div>
  <div class="k">Try it</div><div class="v">30-day free trial, no credit card</div>
  <div class="k">Connect</div><div class="v">60+ data sources out of the box</div>
  <div class="k">Languages</div><div class="v">Available in 9 interface languages</div>
</section>

<p>Questions? sales@meridian-data.com &middot; +1 415 555 0100</p>

<p class="fn"><sup>1</sup> Source: Halden Research, Cloud BI Speed Test, April 2026.</p>
</body>
</html>
""", labels=[
    C(I, "general_availability", "2027-01", "ok", "Public beta today; generally available in January 2027"),
    C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "$30 per user per month"),
    C(I, "query_latency", dur(2, "seconds"), "ok", "Queries return in under 2 seconds (p95, 100M rows)"),
    C(I, "max_dashboards", 200, "ok", "Up to 200 dashboards per workspace"),
    C(I, "free_trial", dur(30, "days"), "ok", "30-day free trial, no credit card"),
    C(I, "integrations", 60, "unverified", "60+ data sources out of the box"),
    C(I, "ui_languages", 9, "unverified", "Available in 9 interface languages"),
]))

# ------------------------------------------------------------------ london: .md release note with a changelog
DOCS.append(dict(path="docs/london/sync-release-notes-2026.md", office="london", text="""# Meridian Sync – release notes, 2026

Meridian Data UK · customer edition · last updated 2 November 2026

Meridian Sync (formerly Meridian FileSync) gets a new client roughly every six weeks. This page lists what changed for customers in 2026.

## Current limits at a glance

| Limit | Value |
|---|---|
| Users per tenant | up to 10,000 |
| Storage per user | 1 TB |
| Uptime SLA | 99.9% |
| Offline mode | not available |

## Changelog

### 3.4 (October 2026)

- Faster thumbnail generation for CAD files (SYNC-2291).
- New: reminders before a shared link expires (SYNC-2310).

### 3.2 (1 April 2026)

- Tenant limit raised: until 31 March 2026 a tenant was limited to 5,000 users; from 1 April 2026 the limit is 10,000 users.
- Fixed: uploads sometimes stalled when resuming after sleep (SYNC-1187).

### 3.1.4 (February 2026)

- Security fixes only.
""", labels=[
    T(S, "Meridian FileSync"),
    C(S, "max_users", 10000, "ok", "| Users per tenant | up to 10,000 |"),
    C(S, "storage_per_user", TB, "ok", "| Storage per user | 1 TB |"),
    C(S, "sla", 99.9, "ok", "| Uptime SLA | 99.9% |"),
    C(S, "offline_mode", False, "ok", "| Offline mode | not available |"),
    C(S, "max_users", 5000, "ok", "until 31 March 2026 a tenant was limited to 5,000 users"),
]))

# ------------------------------------------------------------------ osaka: .md narrative proposal, hedges, tax note
DOCS.append(dict(path="docs/osaka/teian-naniwa-vault.md", office="osaka", text="""# バックアップ基盤 刷新のご提案

浪速精密工業株式会社 御中 ／ メリディアンデータ株式会社 大阪支店 ／ 2026年10月28日

## 1. 現状の課題

- 設計データ（約35TB）をテープ装置で管理しており、世代管理は手作業
- 障害時の復旧作業に丸1日を要した実績あり（2025年8月）

## 2. ご提案：メリディアン ボールト

メリディアン ボールトは、RPO最大15分、標準保持期間90日間のクラウドバックアップサービスです。
データは東京・大阪のデータセンターに二重化して保管され、AES-256で暗号化されます。
同製品の保存容量の上限は1テナントあたり500TBで、御社の今後の増加分（年20%程度）を見込んでも十分な余裕がございます。
稼働率は99.95%（SLA）で、計画メンテナンスも基本的にはサービスを止めずに実施しております。
料金は1TB当たり月額2,800円です。
業界トップクラスの復旧性能を誇ります。

## 3. 参考：メリディアン インサイト（2027年1月 一般提供開始予定）

バックアップ状況の可視化には、メリディアン インサイトの併用もご検討ください。
ダッシュボードは最大200個まで作成でき、30日間の無料トライアルもご用意しております。

## 4. お見積り概算

| 品目 | 単価 | 数量 | 月額 |
|---|---|---|---|
| メリディアン ボールト（1TBあたり） | 2,800円 | 40TB | 112,000円 |

※本書記載の金額はすべて税抜です。
""", labels=[
    C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトは、RPO最大15分、標準保持期間90日間のクラウドバックアップサービスです。"),
    C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトは、RPO最大15分、標準保持期間90日間のクラウドバックアップサービスです。"),
    C(V, "data_centers", "Tokyo", "ok", "データは東京・大阪のデータセンターに二重化して保管され、AES-256で暗号化されます。"),
    C(V, "data_centers", "Osaka", "ok", "データは東京・大阪のデータセンターに二重化して保管され、AES-256で暗号化されます。"),
    C(V, "encryption", "AES-256", "ok", "データは東京・大阪のデータセンターに二重化して保管され、AES-256で暗号化されます。"),
    C(V, "max_storage", 500 * TB, "ok", "同製品の保存容量の上限は1テナントあたり500TB"),
    C(V, "sla", 99.95, "ok", "稼働率は99.95%（SLA）"),
    C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "料金は1TB当たり月額2,800円です。"),
    P("ja.superlative-no1", "業界トップクラスの復旧性能を誇ります。"),
    C(I, "general_availability", "2027-01", "ok", "メリディアン インサイト（2027年1月 一般提供開始予定）"),
    C(I, "max_dashboards", 200, "ok", "ダッシュボードは最大200個まで作成でき、30日間の無料トライアルもご用意しております。"),
    C(I, "free_trial", dur(30, "days"), "ok", "ダッシュボードは最大200個まで作成でき、30日間の無料トライアルもご用意しております。"),
]))

# ------------------------------------------------------------------ london: .txt proposal, hard wraps, fixed-width tables, VAT caption
DOCS.append(dict(path="docs/london/proposal-kennet-water-vault.txt", office="london", text="""MERIDIAN DATA UK LTD
Proposal: Meridian Vault for Kennet Water Services
Reference: MD-UK-PRO-2026-118                          Date: 9 November 2026


1. Summary

Kennet Water Services asked for off-site backup of roughly 40 TB of
operational data, with at least 12 months of history for the regulator.
Meridian Vault meets the recovery objective comfortably: its RPO is 15
minutes, and backups are retained for 90 days by default, with longer
retention available as a chargeable add-on. We can start with a risk-free
pilot on one treatment site.


2. Service levels

   Item                          Meridian Vault
   ----------------------------  ------------------------------
   Availability SLA              99.95%
   Encryption at rest            AES-256
   Data centres (UK customers)   Frankfurt, with Oregon as DR
   Maximum capacity per tenant   500 TB
   Recovery time (RTO)           4 hours (target)


3. Pricing (all prices exclude VAT)

   Item                          Unit price            Qty      Monthly
   ----------------------------  --------------------  -------  ----------
   Meridian Vault storage        £16 per TB per month  40 TB    £640.00
   ----------------------------  --------------------  -------  ----------
   Monthly total                                                £640.00

A one-day onboarding workshop is available at £950.


4. Notes

Meridian Vault has no London data centre; UK data is held in Frankfurt.

Oliver Pryce
Senior Solutions Consultant (EMEA), Band 3
Meridian Data UK Ltd | +44 20 7946 0321 ext. 4410
""", labels=[
    C(V, "rpo", dur(15, "minutes"), "ok", "its RPO is 15\nminutes"),
    C(V, "retention", dur(90, "days"), "ok", "backups are retained for 90 days by default"),
    P("en.guarantee", "We can start with a risk-free\npilot on one treatment site."),
    C(V, "sla", 99.95, "ok", "Availability SLA              99.95%"),
    C(V, "encryption", "AES-256", "ok", "Encryption at rest            AES-256"),
    C(V, "data_centers", "Frankfurt", "ok", "Data centres (UK customers)   Frankfurt, with Oregon as DR"),
    C(V, "data_centers", "Oregon", "ok", "Data centres (UK customers)   Frankfurt, with Oregon as DR"),
    C(V, "max_storage", 500 * TB, "ok", "Maximum capacity per tenant   500 TB"),
    C(V, "rto", dur(4, "hours"), "unverified", "Recovery time (RTO)           4 hours (target)"),
    C(V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault storage        £16 per TB per month"),
]))

# ------------------------------------------------------------------ us-hq draft: ignored by .onevoice.yaml, no labels
DOCS.append(dict(path="docs/us-hq/drafts/vault-pricing-draft.md", office=None, text="""# DRAFT - do not send

Meridian Vault: $25 per TB per month (to be confirmed with pricing).
Meridian Vault RPO: 5 minutes (check with product).
Meridian Sync supports unlimited users.
""", labels=[]))
