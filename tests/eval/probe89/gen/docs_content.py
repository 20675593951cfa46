"""The proposal documents of set 89 (judged as of 2026-11-22), with their labels."""
from content import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== US: HTML, then/now table
D_US = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meridian Sync renewal proposal – Pinecrest Manufacturing</title>
</head>
<body>
<h1>Meridian Sync renewal proposal – Pinecrest Manufacturing</h1>
<p>Prepared by Megan Torres, Meridian Data, Inc. on November 16, 2026. Quote Q-US-2026-5120, valid until December 31, 2026.</p>

<h2>What changed since your 2025 contract</h2>
<table border="1">
<caption>Meridian Sync: 2025 contract vs. 2026 renewal</caption>
<tr><th>Item</th><th>2025 contract</th><th>2026 renewal</th></tr>
<tr><td>Maximum users per tenant</td><td>5,000</td><td>10,000</td></tr>
<tr><td>Storage per user</td><td>1 TB</td><td>1 TB</td></tr>
<tr><td>Monthly price</td><td>$399</td><td>$399</td></tr>
<tr><td>Seats licensed</td><td>1,200</td><td>1,650</td></tr>
</table>
<p>Your seat count grows by 37.5% at renewal; the list price does not change.</p>

<h2>Meridian Vault add-on</h2>
<ul>
<li>Meridian Vault: $20 per TB per month, unchanged from your 2025 quote.</li>
<li>RPO: 15 minutes (down from the 60 minutes of your current on-prem backup tool)</li>
<li>Default retention: 90 days</li>
</ul>

<h2>Meridian Insight</h2>
<p>Meridian Insight runs queries 3&times; faster than Competitor X, with p95 query latency under 2 seconds.</p>
<p>Start with a risk-free 30-day free trial of Meridian Insight.</p>
<p>Meridian Insight is $30 per user per month once generally available in January 2027.</p>

<p>Questions: Megan Torres, +1 (415) 555-0142.</p>
</body>
</html>
"""
ROW_US_USERS = "<tr><td>Maximum users per tenant</td><td>5,000</td><td>10,000</td></tr>"
doc("docs/us-hq/pinecrest_renewal_proposal_2026.html", "us-hq", D_US, claims=[
    C("sync", "max_users", 5000, "ok", ROW_US_USERS, judge="2025-12-31"),
    C("sync", "max_users", 10000, "ok", ROW_US_USERS),
    C("sync", "storage_per_user", 1 * TB, "ok", "<tr><td>Storage per user</td><td>1 TB</td><td>1 TB</td></tr>"),
    C("sync", "monthly_price", money(399, "USD", "month"), "ok",
      "<tr><td>Monthly price</td><td>$399</td><td>$399</td></tr>"),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok",
      "<li>Meridian Vault: $20 per TB per month, unchanged from your 2025 quote.</li>"),
    C("vault", "rpo", dur(15, "minutes"), "ok",
      "<li>RPO: 15 minutes (down from the 60 minutes of your current on-prem backup tool)</li>"),
    C("vault", "retention", dur(90, "days"), "ok", "<li>Default retention: 90 days</li>"),
    C("insight", "query_latency", dur(2, "seconds"), "ok",
      "Meridian Insight runs queries 3&times; faster than Competitor X, with p95 query latency under 2 seconds."),
    C("insight", "free_trial", dur(30, "days"), "ok", "Start with a risk-free 30-day free trial of Meridian Insight."),
    C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
      "Meridian Insight is $30 per user per month once generally available in January 2027."),
    C("insight", "general_availability", "2027-01", "ok",
      "Meridian Insight is $30 per user per month once generally available in January 2027."),
], findings=[PH("en.guarantee", "risk-free 30-day free trial")])

# ====================================================================== London: Markdown, change list + strike-through
D_LONDON = """# Proposal: Meridian Sync, Meridian Vault and Meridian Insight for Wyvern Housing Group

Prepared by Harriet Cole, Meridian Data UK Ltd · 18 November 2026 · Ref. MD-UK-2026-0583

The merged group will have c. 2,300 staff across 31 offices once Severn Vale Homes joins in February.

## 1. What has changed since our 2025 proposal

- Meridian Sync user ceiling: 5,000 → 10,000 per organisation (doubled in April 2026)
- Meridian Vault price: £16/TB/month, 20% below our 2025 quote
- Meridian Vault SLA: 99.95% (no change)

## 2. Meridian Sync

| Item | Our response |
|---|---|
| Maximum users per organisation | ~~5,000~~ 10,000 |
| Storage per user | 1 TB |
| Uptime SLA | 99.9% |
| Monthly price | £329 per month ex. VAT |

Meridian Sync gives Wyvern twice the capacity of Competitor X at 30% lower cost.

## 3. Meridian Insight

Meridian Insight query latency has improved by 35% since the beta; queries now return within 2 seconds.
Meridian Insight is generally available from January 2027, at £25 per user per month.

## 4. Commercials

* A 10% merger discount applies to year one if signed by 18 December 2026.
* Onboarding: 4 days on site at £1,150 per day.
"""
L_USERS = "- Meridian Sync user ceiling: 5,000 → 10,000 per organisation (doubled in April 2026)"
doc("docs/london/wyvern_housing_proposal_2026.md", "london", D_LONDON, claims=[
    C("sync", "max_users", 5000, "ok", L_USERS, judge="2026-03-31"),
    C("sync", "max_users", 10000, "ok", L_USERS),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok",
      "- Meridian Vault price: £16/TB/month, 20% below our 2025 quote"),
    C("vault", "sla", 99.95, "ok", "- Meridian Vault SLA: 99.95% (no change)"),
    C("sync", "storage_per_user", 1 * TB, "ok", "| Storage per user | 1 TB |"),
    C("sync", "sla", 99.9, "ok", "| Uptime SLA | 99.9% |"),
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "| Monthly price | £329 per month ex. VAT |"),
    C("insight", "query_latency", dur(2, "seconds"), "ok",
      "Meridian Insight query latency has improved by 35% since the beta; queries now return within 2 seconds."),
    C("insight", "general_availability", "2027-01", "ok",
      "Meridian Insight is generally available from January 2027, at £25 per user per month."),
    C("insight", "per_user_price", money(25, "GBP", "user-month"), "ok",
      "Meridian Insight is generally available from January 2027, at £25 per user per month."),
])

# ====================================================================== Tokyo: Markdown, 新旧比較表, 旧名称→新名称
D_TOKYO = """# メリディアン シンク 更新のご提案

株式会社カスミ電機 御中
2026年11月12日　メリディアン・データ株式会社 東京オフィス

※本書に記載の金額はすべて税抜です。

## 1. 製品名称の変更

旧名称：メリディアン ファイルシンク → 新名称：メリディアン シンク

## 2. 新旧比較

表1：メリディアン シンクの新旧比較（金額はすべて税抜）

| 項目 | 旧（2025年度） | 新（2026年4月〜） |
|---|---|---|
| 最大ユーザー数 | 5,000名 | 1万名 |
| 1ユーザーあたりのストレージ | 1TB | 1TB |
| 月額料金 | 50,000円 | 50,000円 |
| 稼働率（SLA） | 99.9% | 99.9% |

御社のご利用者数は昨年の850名から1,200名に増加しましたが、新しい上限の約12%にとどまります。

## 3. メリディアン ボールトの追加

- RPO（目標復旧時点）：15分（御社現行システムの60分から短縮）
- 標準保持期間：90日間（従来の3倍）
- 料金：1TBあたり月額2,800円（前回ご提案時から据え置き）
- データセンター：東京・大阪（国内2拠点）

## 4. 導入実績

メリディアン シンクは国内製造業における導入社数No.1※です。
※2026年10月 東京リサーチ調べ（国内製造業向けファイル共有サービス）
"""
T_USERS = "| 最大ユーザー数 | 5,000名 | 1万名 |"
doc("docs/tokyo/カスミ電機様_更新のご提案.md", "tokyo", D_TOKYO, claims=[
    C("sync", "max_users", 5000, "ok", T_USERS, judge="2025-12-31"),
    C("sync", "max_users", 10000, "ok", T_USERS),
    C("sync", "storage_per_user", 1 * TB, "ok", "| 1ユーザーあたりのストレージ | 1TB | 1TB |"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| 月額料金 | 50,000円 | 50,000円 |"),
    C("sync", "sla", 99.9, "ok", "| 稼働率（SLA） | 99.9% | 99.9% |"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "- RPO（目標復旧時点）：15分（御社現行システムの60分から短縮）"),
    C("vault", "retention", dur(90, "days"), "ok", "- 標準保持期間：90日間（従来の3倍）"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "- 料金：1TBあたり月額2,800円（前回ご提案時から据え置き）"),
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "- データセンター：東京・大阪（国内2拠点）"),
], findings=[TERM("sync", "旧名称：メリディアン ファイルシンク")])

# ====================================================================== Osaka: plain-text quote, 変更点
D_OSAKA = """御見積書

阪神運輸株式会社 御中
見積番号：OSK-2026-1107
発行日：2026年11月19日
有効期限：2026年12月18日
メリディアン・データ株式会社 大阪オフィス　担当：松田（TEL 06-5555-0290）

１．お見積り明細（金額は税抜）

品目                              単価              数量          金額
メリディアン シンク 月額基本料金    50,000円/月       12か月        600,000円
メリディアン ボールト 容量課金      2,800円/TB・月    35TB×12か月   1,176,000円
小計                                                              1,776,000円
消費税（10%）                                                     177,600円
合計                                                              1,953,600円

２．前回お見積りからの変更点
・メリディアン シンク：最大ユーザー数 1万名（従来の5,000名から倍増）
・メリディアン ボールト：容量単価は前回お見積りより約7%の値下げ
・メリディアン シンク：アップロード上限は1ファイルあたり50GB（従来比2.5倍）
・メリディアン シンク：稼働率99.9%（変更なし）

３．備考
・メリディアン・ファイルシンクからの移行作業費は無償です。
・最大ユーザー数は2倍になりましたが、基本料金は据え置きです。
"""
O_USERS = "・メリディアン シンク：最大ユーザー数 1万名（従来の5,000名から倍増）"
doc("docs/osaka/阪神運輸様_御見積書.txt", "osaka", D_OSAKA, claims=[
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
      "メリディアン シンク 月額基本料金    50,000円/月"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "メリディアン ボールト 容量課金      2,800円/TB・月"),
    C("sync", "max_users", 10000, "ok", O_USERS),
    C("sync", "max_users", 5000, "stale", O_USERS),
    C("sync", "max_file_size", 50 * 10 ** 9, "unverified",
      "・メリディアン シンク：アップロード上限は1ファイルあたり50GB（従来比2.5倍）"),
    C("sync", "sla", 99.9, "ok", "・メリディアン シンク：稼働率99.9%（変更なし）"),
], findings=[TERM("sync", "メリディアン・ファイルシンクからの移行作業費は無償です。")])

# ====================================================================== ignored draft (wrong values on purpose)
D_DRAFT = """# 阪神運輸様 ご提案書（下書き・未送付）

- メリディアン シンク：最大ユーザー数 2万名（従来の2倍）
- メリディアン ボールト：1TBあたり月額2,240円（従来比20%値下げ）
- 業界最安の料金でご提供
"""
doc("docs/osaka/drafts/阪神運輸様_ご提案書_下書き.md", "osaka", D_DRAFT, ignored=True)
