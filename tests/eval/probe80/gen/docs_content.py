"""The proposal documents of set 80 (judged as of 2026-11-22), with their labels."""
from content import C, SET, PH, TERM, money, dur, TB, flat, NB

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


# ====================================================================== US: HTML with character references
D_US = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Proposal &ndash; Pinecrest Manufacturing</title>
<style>table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:4px 8px}</style></head>
<body>
<h1>Meridian Sync &amp; Meridian Vault &mdash; Proposal for Pinecrest Manufacturing</h1>
<p>Prepared by Megan Torres &middot; November&nbsp;16, 2026 &middot; Quote ref. PQ-2026-1187</p>
<h2>Meridian Sync</h2>
<p>Meridian Sync supports up to 10,000&nbsp;users per tenant and runs on Windows, macOS, iOS and Android.</p>
<p>Meridian Sync is &#36;399&nbsp;per month, with 1&nbsp;TB of storage per user.</p>
<p>Meridian Sync is rated the #1 file-sharing platform by mid-market IT teams.</p>
<h2>Meridian Vault</h2>
<table>
<caption>Meridian Vault &mdash; service terms</caption>
<tr><th>Term</th><th>Value</th></tr>
<tr><td>Price</td><td>&#36;20 per TB per month</td></tr>
<tr><td>RPO</td><td>15&nbsp;minutes</td></tr>
<tr><td>Availability SLA</td><td>99.95&#8239;&#37;</td></tr>
<tr><td>Default retention</td><td>30&nbsp;days</td></tr>
<tr><td>Data centers</td><td>Oregon &amp; Frankfurt</td></tr>
<tr><td>Capacity</td><td>Up to 1&nbsp;PB per tenant</td></tr>
</table>
<h2>Commercials</h2>
<table>
<tr><th>Item</th><th>Qty</th><th>Unit price</th><th>Total</th></tr>
<tr><td>Meridian Sync subscription</td><td>12 months</td><td>&#36;399/month</td><td>&#36;4,788</td></tr>
<tr><td>Meridian Vault capacity</td><td>160&nbsp;TB &times; 12</td><td>&#36;20/TB/month</td><td>&#36;38,400</td></tr>
</table>
<p>Pricing valid until December&nbsp;31, 2026. Questions: +1&nbsp;(415)&nbsp;555-0187.</p>
</body></html>
"""
doc("docs/us-hq/pinecrest-proposal-2026-11.html", "us-hq", D_US, claims=[
    C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000" + NB + "users per tenant"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "runs on Windows, macOS, iOS and Android."),
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399" + NB + "per month"),
    C("sync", "storage_per_user", 1 * TB, "ok", "with 1" + NB + "TB of storage per user."),
    C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "$20 per TB per month"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "RPO\t15" + NB + "minutes"),
    C("vault", "sla", 99.95, "ok", "Availability SLA\t99.95\u202f%"),
    C("vault", "retention", dur(30, "days"), "conflict", "Default retention\t30" + NB + "days"),
    SET("vault", "data_centers", ["Oregon", "Frankfurt"], "ok", "Data centers\tOregon & Frankfurt"),
    C("vault", "max_storage", 1000 * TB, "conflict", "Capacity\tUp to 1" + NB + "PB per tenant"),
], findings=[PH("en.superlative", "Meridian Sync is rated the #1 file-sharing platform")])

# ====================================================================== London: text saved from a mail client, hard-wrapped at 72, CRLF
D_LONDON = """CORRAN HOUSING ASSOCIATION - TENDER CT-2026-044
Response of Meridian Data UK Ltd, Lot 2 (Backup and File Sharing)
Submitted 13 November 2026 by James Whitfield

2.1 Meridian Vault

Meridian Vault is priced at £16 per TB per month, excluding VAT, with no
egress or restore charges.
The recovery point objective (RPO) of Meridian Vault is 15 minutes, and
its backups are retained for 90 days by default.
Meridian Vault keeps all UK customer data in our Frankfurt data centre;
we do not operate a data centre in London.
Meridian Vault encrypts every backup at rest with AES-256.

2.2 Meridian Sync

Meridian Sync is £329 per month for the whole organisation, excluding
VAT, and supports up to 10,000 users per tenant.
Meridian Sync is certified to ISO 27001 and holds SOC 2 Type II and
Cyber Essentials Plus certification.
Meridian Sync offers an offline mode for staff working in properties
without signal.

2.3 Meridian Insight (optional)

Meridian Insight will be generally available in January 2027 at £25 per
user per month.
Until then, Corran's analysts may use the 14-day free trial of Meridian
Insight.

The prices above cover Corran's 420 staff across 38 sites for the
initial 36-month term.
"""
doc("docs/london/corran-tender-response.txt", "london", D_LONDON, crlf=True, claims=[
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
      "Meridian Vault is priced at £16 per TB per month, excluding VAT"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "The recovery point objective (RPO) of Meridian Vault is 15 minutes"),
    C("vault", "retention", dur(90, "days"), "ok", "its backups are retained for 90 days by default."),
    C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault keeps all UK customer data in our Frankfurt data centre;"),
    C("vault", "encryption", "AES-256", "ok", "Meridian Vault encrypts every backup at rest with AES-256."),
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
      "Meridian Sync is £329 per month for the whole organisation, excluding\nVAT"),
    C("sync", "max_users", 10000, "ok", "supports up to 10,000 users per tenant."),
    SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
        "Meridian Sync is certified to ISO 27001 and holds SOC 2 Type II and\nCyber Essentials Plus certification."),
    C("sync", "certifications", "Cyber Essentials Plus", "conflict",
      "Meridian Sync is certified to ISO 27001 and holds SOC 2 Type II and\nCyber Essentials Plus certification."),
    C("sync", "offline_mode", True, "conflict", "Meridian Sync offers an offline mode for staff working in properties\nwithout signal."),
    C("insight", "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027"),
    C("insight", "per_user_price", money(25, "GBP", "user-month"), "ok", "at £25 per\nuser per month."),
    C("insight", "free_trial", dur(14, "days"), "conflict",
      "Corran's analysts may use the 14-day free trial of Meridian\nInsight."),
])

# ====================================================================== Tokyo: Markdown, full-width digits, caption states the tax
D_TOKYO = """# メリディアン インサイト／メリディアン シンク ご提案書

株式会社みなと設計 御中　／　2026年11月18日　／　メリディアン・データ株式会社 東京オフィス 伊藤 健太

## 1. メリディアン インサイト

- メリディアン インサイトは２０２７年１月に一般提供を開始する予定です。
- 同製品のクエリ応答時間は１秒未満です。
- 同製品のダッシュボードは最大２００個まで作成できます。
- 同製品は国内No.1のBIツールとして多くのお客様にご評価いただいております。

## 2. 料金（金額はすべて税抜）

| 製品 | 料金 | 備考 |
|---|---|---|
| メリディアン インサイト | 1ユーザーあたり月額4,000円 | 正式版リリース後に課金開始 |
| メリディアン シンク | 月額50,000円 | 最大1万ユーザーまで |

## 3. 対応環境

メリディアン シンクはWindows、macOS、iOS、Android、Linuxに対応しています。

設計部45名様分のアカウントは、12月1日より順次発行いたします。
"""
doc("docs/tokyo/minato-sekkei-teian.md", "tokyo", D_TOKYO, claims=[
    C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは２０２７年１月に一般提供を開始する予定です。"),
    C("insight", "query_latency", dur(1, "seconds"), "conflict", "同製品のクエリ応答時間は１秒未満です。"),
    C("insight", "max_dashboards", 200, "ok", "同製品のダッシュボードは最大２００個まで作成できます。"),
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "1ユーザーあたり月額4,000円"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク | 月額50,000円 |"),
    C("sync", "max_users", 10000, "ok", "最大1万ユーザーまで"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "メリディアン シンクはWindows、macOS、iOS、Android、Linuxに対応しています。"),
    C("sync", "supported_platforms", "Linux", "conflict", "メリディアン シンクはWindows、macOS、iOS、Android、Linuxに対応しています。"),
], findings=[PH("ja.superlative-no1", "同製品は国内No.1のBIツールとして")])

# ====================================================================== Osaka: HTML quote with &yen; &#65509; &#65285; and &times;
D_OSAKA = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>御見積書</title></head>
<body>
<h1>御見積書（メリディアン ボールト／メリディアン シンク）</h1>
<p>さくら調剤株式会社 御中　見積番号 OSK-2026-0311　発行日 2026年11月16日</p>
<table border="1">
<caption>メリディアン ボールト 容量課金（金額は税抜）</caption>
<tr><th>品目</th><th>単価</th><th>数量</th><th>金額</th></tr>
<tr><td>ボールト 容量課金</td><td>&yen;2,800／TB・月</td><td>8TB&times;12か月</td><td>&yen;268,800</td></tr>
</table>
<p>メリディアン シンクは月額&#65509;55,000（税込）でご利用いただけます。</p>
<h2>サービス仕様</h2>
<ul>
<li>メリディアン ボールトのSLAは99.95&#65285;です。</li>
<li>同製品のRPOは15分、標準の保持期間は90日間です。</li>
<li>同製品のデータセンターは東京・大阪です。</li>
<li>同製品の1テナントあたりの最大容量は2PBです。</li>
<li>同製品に保管したデータは完全に安全です。</li>
</ul>
<p>有効期限：2026年12月25日　担当：大阪オフィス 松田（06-6555-0123）</p>
</body></html>
"""
doc("docs/osaka/sakura-chozai-mitsumori.html", "osaka", D_OSAKA, claims=[
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "¥2,800／TB・月"),
    C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクは月額￥55,000（税込）でご利用いただけます。"),
    C("vault", "sla", 99.95, "ok", "メリディアン ボールトのSLAは99.95％です。"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "同製品のRPOは15分、標準の保持期間は90日間です。"),
    C("vault", "retention", dur(90, "days"), "ok", "同製品のRPOは15分、標準の保持期間は90日間です。"),
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "同製品のデータセンターは東京・大阪です。"),
    C("vault", "max_storage", 2000 * TB, "conflict", "同製品の1テナントあたりの最大容量は2PBです。"),
], findings=[PH("ja.absolute", "同製品に保管したデータは完全に安全です。")])

# ====================================================================== Osaka draft: ignored by .onevoice.yaml
D_DRAFT = """<html><body>
<p>（下書き・社内確認前）メリディアン インサイト 料金案</p>
<p>1ユーザーあたり月額&yen;3,500（キャンペーン価格、要承認）／ダッシュボード無制限</p>
<p>業界初のAI自動集計機能を搭載。</p>
</body></html>
"""
doc("docs/osaka/drafts/sakura-insight-ryokin-an.html", "osaka", D_DRAFT, ignored=True)
