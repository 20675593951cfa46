"""The proposal documents of set 83 (judged as of 2026-11-22), with their labels."""
from content import C, SET, PH, TERM, money, dur, TB, flat

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== Tokyo: Markdown renewal proposal, plan comparison
D_TOKYO = """# 契約更新のご提案（2027年度）— 北辰化成株式会社様

メリディアン・データ株式会社　東京オフィス　営業第二部　石井 拓也
2026年11月16日　提案書番号 TKY-RN-2027-031

## 1. 現行プランと更新後プランの比較

| 項目 | 現行プラン（2026年度） | 更新後プラン（2027年度） |
|---|---|---|
| メリディアン シンク 月額料金 | 50,000円 | 50,000円 |
| メリディアン シンク 利用上限 | 最大1万ユーザー | 最大1万ユーザー |
| メリディアン ボールト 容量単価 | 2,800円/TB・月 | 2,800円/TB・月 |
| メリディアン ボールト ご契約量 | 32TB | 45TB |

表：金額はすべて税抜

## 2. 旧仕様に関するご注意

メリディアン シンクの利用上限は、2026年3月31日までは最大5,000ユーザーでした。
2026年3月以前にお渡しした資料をご覧になる際はご注意ください。

## 3. メリディアン ボールト

- メリディアン ボールトのRPOは15分、標準の保持期間は90日間です。
- 暗号化方式：AES-256
- 御社のバックアップデータは完全に安全な環境で保管されます。

## 4. メリディアン インサイト（追加オプション）

メリディアン インサイトは2027年1月に一般提供を開始する予定です。
一般提供開始後の料金は1ユーザーあたり月額4,000円（税抜）で、更新日に合わせて日割りでご請求いたします。

## 5. お見積り条件

- 有効期限：2026年12月25日
- 更新日：2027年10月1日（契約期間12か月）
"""
doc("docs/tokyo/北辰化成様_契約更新のご提案_2027.md", "tokyo", D_TOKYO, claims=[
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク 月額料金 | 50,000円 | 50,000円 |"),
    C("sync", "max_users", 10000, "ok", "| メリディアン シンク 利用上限 | 最大1万ユーザー | 最大1万ユーザー |"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "| メリディアン ボールト 容量単価 | 2,800円/TB・月 | 2,800円/TB・月 |"),
    C("sync", "max_users", 5000, "ok", "メリディアン シンクの利用上限は、2026年3月31日までは最大5,000ユーザーでした。",
      judge="2026-03-31"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは15分"),
    C("vault", "retention", dur(90, "days"), "ok", "標準の保持期間は90日間です。"),
    C("vault", "encryption", "AES-256", "ok", "- 暗号化方式：AES-256"),
    C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始する予定です。"),
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
      "一般提供開始後の料金は1ユーザーあたり月額4,000円（税抜）"),
], findings=[PH("ja.absolute", "完全に安全な環境で保管されます")])

# ====================================================================== London: plain-text renewal order summary, co-term
R_L_SYNC = "Meridian Sync                   £329.00 per month           1          £3,948.00"
R_L_VAULT = "Meridian Vault                  £16.00 per TB per month     40 TB      £7,680.00"
R_L_INS = "Meridian Insight (from GA)      £25.00 per user per month   12 users   £3,600.00"
D_LONDON = """MERIDIAN DATA UK LTD - RENEWAL ORDER SUMMARY
=================================================================================
Customer : Brannock Engineering Ltd           Order ref : UK-RN-2027-0112
Term     : 1 April 2027 - 31 March 2028       Prepared  : 18 November 2026
Contact  : Imran Shah, +44 (0)161 496 0274

Product / service               Unit price (ex VAT)         Qty        Annual (ex VAT)
---------------------------------------------------------------------------------
""" + "\n".join([R_L_SYNC, R_L_VAULT, R_L_INS]) + """
---------------------------------------------------------------------------------
Subtotal                                                               £15,228.00
Renewal discount (7.5%)                                                -£1,142.10
Total                                                                  £14,085.90

NOTES

1. Co-terming. The 8 TB of Meridian Vault added on 1 December 2026 is billed pro
   rata to 31 March 2027 (8 TB x £16 x 4 months = £512.00), so that all three
   products renew on 1 April 2027.
2. Meridian Sync: up to 10,000 users per organisation; 1 TB of storage per user.
3. Meridian Vault: 99.95% availability; hosted in Frankfurt with a secondary copy
   in Oregon.
4. Meridian Insight: general availability January 2027; until then it is in beta
   and the 12 seats above start billing only from GA.
5. Your previous edition name, "Meridian File Sync Business", is no longer used on
   invoices; the line above is the same service.
6. Prices held for the term. VAT is charged at the prevailing rate.
"""
doc("docs/london/brannock-renewal-order-summary-2027.txt", "london", D_LONDON, claims=[
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", R_L_SYNC),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", R_L_VAULT),
    C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", R_L_INS),
    C("sync", "max_users", 10000, "ok", "Meridian Sync: up to 10,000 users per organisation"),
    C("sync", "storage_per_user", 1 * TB, "ok", "1 TB of storage per user"),
    C("vault", "sla", 99.95, "ok", "Meridian Vault: 99.95% availability"),
    SET("vault", "data_centers", ["Frankfurt", "Oregon"], "ok", "hosted in Frankfurt with a secondary copy"),
    C("insight", "general_availability", "2027-01", "ok", "Meridian Insight: general availability January 2027"),
], findings=[TERM("sync", "\"Meridian File Sync Business\"")])

# ====================================================================== US: HTML current plan vs new plan, grandfathered rate
D_US = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lakeshore Credit Union – your current plan vs. the new plan</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}caption{font-weight:bold;text-align:left}</style>
</head>
<body>
<h1>Upgrade proposal for Lakeshore Credit Union</h1>
<p>Prepared by Megan Foster, Meridian Data Inc. &middot; Proposal P-US-2026-1187 &middot; November 17, 2026</p>

<table>
<caption>Your current plan vs. the new plan (renewal date: March 1, 2027)</caption>
<tr><th>Product</th><th>Item</th><th>Current plan (2026)</th><th>New plan (2027)</th></tr>
<tr><td rowspan="3">Meridian Sync</td><td>Monthly price</td><td>$349 per month (grandfathered 2024 rate)</td><td><del>$379</del> $399 per month</td></tr>
<tr><td>Users</td><td>up to 10,000</td><td>up to 10,000</td></tr>
<tr><td>Offline access</td><td>&ndash;</td><td>included</td></tr>
<tr><td rowspan="3">Meridian Vault</td><td>Storage price</td><td>$20 per TB per month</td><td>$20 per TB per month</td></tr>
<tr><td>RPO</td><td>15 minutes</td><td>15 minutes</td></tr>
<tr><td>Recovery time (RTO)</td><td>&ndash;</td><td>4 hours</td></tr>
<tr><td rowspan="2">Meridian Insight</td><td>Per-user price</td><td>beta (no charge)</td><td>$30 per user per month from GA</td></tr>
<tr><td>Query latency</td><td>&ndash;</td><td>under 1 second</td></tr>
</table>

<p>Meridian Insight becomes generally available in January 2027; the beta workspace your analysts use today converts on the first invoice after GA.</p>
<p>Your new Meridian Sync price is guaranteed for 24 months from the renewal date.</p>
<p>Seats in scope: 1,940 staff across 23 branches. Multi-year discount on request.</p>
<p>Questions? Call me on (312) 555-0148.</p>
</body>
</html>
"""
doc("docs/us-hq/lakeshore-cu-current-vs-new-plan.html", "us-hq", D_US, claims=[
    C("sync", "monthly_price", money(349, "USD", "month"), "conflict", "$349 per month (grandfathered 2024 rate)"),
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "<del>$379</del> $399 per month"),
    C("sync", "max_users", 10000, "ok", "<td>Users</td><td>up to 10,000</td>"),
    C("sync", "offline_mode", True, "conflict", "<td>Offline access</td><td>&ndash;</td><td>included</td>"),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "<td>$20 per TB per month</td>"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "<td>RPO</td><td>15 minutes</td>"),
    C("vault", "rto", dur(4, "hours"), "unverified", "<td>Recovery time (RTO)</td><td>&ndash;</td><td>4 hours</td>"),
    C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "$30 per user per month from GA"),
    C("insight", "query_latency", dur(1, "seconds"), "conflict", "<td>Query latency</td><td>&ndash;</td><td>under 1 second</td>"),
    C("insight", "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027"),
], findings=[PH("en.guarantee", "Your new Meridian Sync price is guaranteed for 24 months")])

# ====================================================================== Osaka: plain-text renewal quote, 旧価格・新価格
R_O_SYNC = "メリディアン シンク 月額利用料      50,000円/月         50,000円/月         12ヶ月          600,000円"
R_O_VAULT = "メリディアン ボールト 容量課金      2,800円/TB・月      2,800円/TB・月      30TB×12ヶ月   1,008,000円"
R_O_INS = "メリディアン インサイト 利用料      －                  1ユーザーあたり4,000円/月   15名×12ヶ月     720,000円"
D_OSAKA = """                              御　見　積　書（契約更新）

株式会社河内工業　御中                              見積番号：OSK-RN-2611-07
                                                    発行日　：2026年11月18日
                                                    有効期限：2026年12月28日

メリディアン・データ株式会社　大阪オフィス
担当：西田 健　TEL 06-5555-0186

※金額はすべて税抜表示です。

品目                              旧価格（2026年度）  新価格（2027年度）  数量            年額（新価格）
------------------------------------------------------------------------------------------------
""" + "\n".join([R_O_SYNC, R_O_VAULT, R_O_INS]) + """
------------------------------------------------------------------------------------------------
                                                                    小計          2,328,000円
                                                                    消費税(10%)     232,800円
                                                                    合計          2,560,800円

【備考】
・メリディアン シンクのご利用上限は1万ユーザーです（2026年3月までは5,000ユーザー）。
・メリディアン ボールトのデータセンター：東京・大阪（シンガポールには拠点がございません）
・メリディアン ボールトの保存容量上限は1テナントあたり1PBです。
・メリディアン ボールトは業界最安※クラスの容量単価です。
　※2026年10月 当社調べ（国内主要5社の容量単価比較）
・ご契約期間：2027年6月1日より12か月（シンク・ボールト・インサイトの更新日を統一）
"""
doc("docs/osaka/河内工業様_更新御見積書_2027.txt", "osaka", D_OSAKA, claims=[
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", R_O_SYNC),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", R_O_VAULT),
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", R_O_INS),
    C("sync", "max_users", 10000, "ok", "・メリディアン シンクのご利用上限は1万ユーザーです"),
    C("sync", "max_users", 5000, "ok", "（2026年3月までは5,000ユーザー）", judge="2026-03-31"),
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "・メリディアン ボールトのデータセンター：東京・大阪"),
    C("vault", "max_storage", 1000 * TB, "conflict", "・メリディアン ボールトの保存容量上限は1テナントあたり1PBです。"),
])

# ====================================================================== Osaka draft: ignored by .onevoice.yaml
D_DRAFT = """# （下書き・社内限り）2027年度 更新案内メール文案

メリディアン シンクは業界No.1のファイル共有サービスです。
新価格：月額48,000円（税抜）※値下げ案、本部未承認
メリディアン ボールトの容量は無制限です。
"""
doc("docs/osaka/drafts/更新案内_文案_下書き.md", "osaka", D_DRAFT, ignored=True)
