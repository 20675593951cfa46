"""The proposal documents of set 87 (judged as of 2026-11-22), with their labels."""
from content import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== US: HTML quote, sales-tax footnote, AUD note
D_US = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Quote Q-US-2026-4471 - Harbourlight Pty Ltd</title></head>
<body>
<h1>Quote Q-US-2026-4471</h1>
<p>Prepared for Harbourlight Pty Ltd (Sydney, NSW) by Lauren Ortiz, Meridian Data Inc. Valid until 31 December 2026.</p>

<table border="1">
<caption>Recurring charges, USD, excluding sales tax and GST</caption>
<tr><th>Item</th><th>Billing unit</th><th>Unit price (USD)</th><th>Qty</th><th>Monthly total (USD)</th></tr>
<tr><td>Meridian Sync workspace</td><td>per month</td><td>$399.00</td><td>1</td><td>$399.00</td></tr>
<tr><td>Meridian Vault protected capacity</td><td>per TB per month</td><td>$20.00</td><td>180</td><td>$3,600.00</td></tr>
<tr><td>Meridian Insight (from GA)</td><td>per user per month</td><td>$30.00</td><td>85</td><td>$2,550.00</td></tr>
<tr><td colspan="4">Monthly recurring total</td><td>$6,549.00</td></tr>
</table>

<h2>Notes</h2>
<ul>
<li>Meridian Insight becomes generally available in January 2027; until then your analysts can use its 30-day free trial.</li>
<li>Meridian Vault stores your backups in our Tokyo data center, encrypted with AES-256.</li>
<li>Our industry-leading support team is based in San Francisco and Tokyo.</li>
<li>For Australian budgeting only: at 1 USD = 1.52 AUD the monthly recurring total is roughly A$9,950. You will be invoiced in USD.</li>
<li>Australian GST, where it applies, is self-assessed by Harbourlight under the reverse-charge rules.</li>
</ul>
<p>Payment terms: net 30. Wire transfer to our USD account; details on the invoice.</p>
</body></html>
"""
doc("docs/us-hq/quote_Q-US-2026-4471_harbourlight.html", "us-hq", D_US,
    claims=[
        C("sync", "monthly_price", money(399, "USD", "month", "excluded"), "ok",
          "<tr><td>Meridian Sync workspace</td><td>per month</td><td>$399.00</td>"),
        C("vault", "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok",
          "<tr><td>Meridian Vault protected capacity</td><td>per TB per month</td><td>$20.00</td>"),
        C("insight", "per_user_price", money(30, "USD", "user-month", "excluded"), "ok",
          "<tr><td>Meridian Insight (from GA)</td><td>per user per month</td><td>$30.00</td>"),
        C("insight", "general_availability", "2027-01", "ok",
          "Meridian Insight becomes generally available in January 2027; until then your analysts can use its 30-day free trial."),
        C("insight", "free_trial", dur(30, "days"), "ok",
          "Meridian Insight becomes generally available in January 2027; until then your analysts can use its 30-day free trial."),
        C("vault", "data_centers", "Tokyo", "ok", "Meridian Vault stores your backups in our Tokyo data center, encrypted with AES-256."),
        C("vault", "encryption", "AES-256", "ok", "Meridian Vault stores your backups in our Tokyo data center, encrypted with AES-256."),
    ],
    findings=[PH("en.superlative", "Our industry-leading support team is based in San Francisco and Tokyo.")])

# ====================================================================== London: Markdown proposal to Singapore, GBP table, SGD footnote
D_LONDON = """# Proposal for Straits Marine Pte Ltd: file sharing and backup

Meridian Data UK Ltd · Harriet Quinn · 9 November 2026 · Ref. MD-UK-P-2026-0533

## 1. Scope

Straits Marine runs 4 offices (Singapore, Jakarta, Manila, Ho Chi Minh City) with about 60 staff, and keeps 22 TB of vessel survey data.

## 2. Pricing

Table 1: list prices in GBP, exclusive of VAT

| Product | Unit | Price |
|---|---|---|
| Meridian Sync | per month, whole organisation | £329 |
| Meridian Vault | per TB per month | £16 |
| Meridian Insight | per user per month | £25 |

UK VAT is not charged on a supply to a company outside the UK, and we do not register for Singapore GST.

For budgeting only: at 1 GBP = 1.72 SGD, the first two lines come to about S$566 and S$27.50. Invoices are issued in sterling.

## 3. Service levels

- Meridian Sync: 99.9% uptime SLA; up to 10,000 users per organisation.
- Meridian Vault: 99.95% availability SLA and an RPO of 15 minutes.
- Meridian Vault hosting locations are Tokyo, Osaka, Oregon and Frankfurt; your data would sit in Tokyo, the closest to Singapore.

## 4. Commercial terms

Annual prepayment attracts a 5% discount. This proposal is valid for 60 days.
"""
doc("docs/london/Straits_Marine_proposal_2026-11.md", "london", D_LONDON,
    claims=[
        C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
          "| Meridian Sync | per month, whole organisation | £329 |"),
        C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "| Meridian Vault | per TB per month | £16 |"),
        C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
          "| Meridian Insight | per user per month | £25 |"),
        C("sync", "sla", 99.9, "ok", "- Meridian Sync: 99.9% uptime SLA; up to 10,000 users per organisation."),
        C("sync", "max_users", 10000, "ok", "- Meridian Sync: 99.9% uptime SLA; up to 10,000 users per organisation."),
        C("vault", "sla", 99.95, "ok", "- Meridian Vault: 99.95% availability SLA and an RPO of 15 minutes."),
        C("vault", "rpo", dur(15, "minutes"), "ok", "- Meridian Vault: 99.95% availability SLA and an RPO of 15 minutes."),
        SET("vault", "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok",
            "- Meridian Vault hosting locations are Tokyo, Osaka, Oregon and Frankfurt"),
    ])

# ====================================================================== Tokyo: 御見積書 (Markdown), 税抜 caption + 税込 column + USD reference
D_TOKYO = """# 御見積書

かもめ商事株式会社　御中

見積番号：TKY-Q-26-0412　／　発行日：2026年11月16日　／　有効期限：2026年12月31日
メリディアン・データ株式会社　東京オフィス　森田 彩

## 1. 月額ご利用料金

表1　単価表（金額はすべて税抜、消費税10％別途）

| 品目 | 単位 | 単価 | 数量 | 金額 |
|---|---|---|---|---|
| メリディアン シンク | 1テナント・月額 | 50,000円 | 1 | 50,000円 |
| メリディアン ボールト | 1TBあたり・月額 | 2,800円 | 40 | 112,000円 |
| メリディアン インサイト | 1ユーザーあたり・月額 | 4,000円 | 25 | 100,000円 |
| 小計 | | | | 262,000円 |
| 消費税（10％） | | | | 26,200円 |
| 合計（税込） | | | | 288,200円 |

## 2. 補足事項

- メリディアン シンクの税込月額は55,000円です。
- メリディアン インサイトは2027年1月の一般提供開始後に課金を開始し、それまでは30日間の無料トライアルをご利用いただけます。
- ご参考：米国法人経由でご契約の場合、メリディアン シンクの料金は月額US$399となります（米国の売上税は別途）。
- 為替の目安（1米ドル＝155円）で換算すると約61,800円ですが、請求は米ドル建てとなります。
- メリディアン ボールトのデータは東京・大阪のデータセンターに保管いたします。
"""
doc("docs/tokyo/御見積書_かもめ商事様_TKY-Q-26-0412.md", "tokyo", D_TOKYO,
    claims=[
        C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
          "| メリディアン シンク | 1テナント・月額 | 50,000円 | 1 | 50,000円 |"),
        C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
          "| メリディアン ボールト | 1TBあたり・月額 | 2,800円 | 40 | 112,000円 |"),
        C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
          "| メリディアン インサイト | 1ユーザーあたり・月額 | 4,000円 | 25 | 100,000円 |"),
        C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "- メリディアン シンクの税込月額は55,000円です。"),
        C("insight", "general_availability", "2027-01", "ok",
          "- メリディアン インサイトは2027年1月の一般提供開始後に課金を開始し、"),
        C("insight", "free_trial", dur(30, "days"), "ok", "それまでは30日間の無料トライアルをご利用いただけます。"),
        C("sync", "monthly_price", money(399, "USD", "month", "excluded"), "office-variant",
          "- ご参考：米国法人経由でご契約の場合、メリディアン シンクの料金は月額US$399となります（米国の売上税は別途）。"),
        SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "- メリディアン ボールトのデータは東京・大阪のデータセンターに保管いたします。"),
    ])

# ====================================================================== Osaka: text proposal, 税込表示 section, GBP reference
D_OSAKA = """浪速電機株式会社様　ご提案書
メリディアン・データ株式会社　大阪オフィス　西村 拓也
2026年11月18日

■１．ご提案の概要
本社（大阪市）および堺・東大阪の2工場、合計約320名様の文書管理とバックアップを刷新するご提案です。

■２．料金（税込表示）
　※本項の金額はすべて消費税10％を含む税込表示です。
　メリディアン・シンク　　　月額55,000円
　メリディアン・ボールト　　1TBあたり月額2,800円
　メリディアン・インサイト　1ユーザーあたり月額4,400円

■３．海外拠点について
　英国子会社様がロンドンで直接ご契約される場合、メリディアン・シンクは月額329ポンド（付加価値税別）となります。

■４．サービス仕様
　メリディアン・ボールトの目標復旧時点（RPO）は15分、標準の保持期間は90日間です。
　導入いただければ必ずコストを削減できます。
"""
doc("docs/osaka/浪速電機様_ご提案書.txt", "osaka", D_OSAKA,
    claims=[
        C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン・シンク　　　月額55,000円"),
        C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "included"), "conflict",
          "メリディアン・ボールト　　1TBあたり月額2,800円"),
        C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
          "メリディアン・インサイト　1ユーザーあたり月額4,400円"),
        C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "office-variant",
          "英国子会社様がロンドンで直接ご契約される場合、メリディアン・シンクは月額329ポンド（付加価値税別）となります。"),
        C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトの目標復旧時点（RPO）は15分、標準の保持期間は90日間です。"),
        C("vault", "retention", dur(90, "days"), "ok", "メリディアン・ボールトの目標復旧時点（RPO）は15分、標準の保持期間は90日間です。"),
    ],
    findings=[PH("ja.absolute", "導入いただければ必ずコストを削減できます。")])

# ====================================================================== ignored draft (London)
D_DRAFT = """# DRAFT - do not send

Meridian Sync: EUR 349 per month, unlimited users, FedRAMP authorised.
Meridian Vault: £12/TB/mo.
"""
doc("docs/london/drafts/liffey_freight_eur_draft.md", "london", D_DRAFT, ignored=True)
