"""The proposal documents of set 78 (judged as of 2026-11-22), with their labels."""
from content import C, SET, PH, TERM, money, dur, TB, flat, page

DOCS = []


def doc(path, office, text, claims=(), findings=(), bom=False, ignored=False):
    data = text.encode("utf-8")
    DOCS.append({"path": path, "office": office, "bytes": (b"\xef\xbb\xbf" + data) if bom else data,
                 "claims": flat(*claims), "findings": list(findings), "ignored": ignored})


SYNC4 = ["Windows", "macOS", "iOS", "Android"]

# ====================================================================== US: HTML comparison one-pager
D_US = page("""<h1>Meridian Sync vs. the alternatives</h1>
<p>Prepared for Fernwood Clinic Group &middot; November 2026 &middot; 7 clinics, 410 staff</p>
<table style="border-collapse:collapse">
<caption style="text-align:left;font-weight:bold">Feature comparison</caption>
<thead><tr><th>Capability</th><th>Meridian Sync</th><th>Vendor A</th><th>Vendor B</th></tr></thead>
<tbody>
<tr><td>Users per organization</td><td>Up to 10,000</td><td>2,500</td><td>Unlimited</td></tr>
<tr><td>Storage per user</td><td>1&nbsp;TB</td><td>100&nbsp;GB</td><td>2&nbsp;TB</td></tr>
<tr><td>Uptime SLA</td><td>99.9%<sup>1</sup></td><td>99.5%</td><td>&ndash;</td></tr>
<tr><td>Desktop clients</td><td>Windows, macOS</td><td>Windows</td><td>Windows, macOS, Linux</td></tr>
<tr><td>Mobile apps</td><td>iOS, Android</td><td>iOS</td><td>&ndash;</td></tr>
<tr><td>Offline editing</td><td>&#10007;</td><td>&#10003;</td><td>&#10003;</td></tr>
<tr><td>HIPAA BAA available</td><td>&#10003;</td><td>&#10003;</td><td>&#10007;</td></tr>
<tr><td>Certifications</td><td>SOC 2 Type II, ISO 27001</td><td>SOC 2 Type I</td><td>&ndash;</td></tr>
<tr><td>Price</td><td><s>$449/month</s> $399/month</td><td>$8 per user/month</td><td>$12 per user/month</td></tr>
</tbody>
</table>
<p>Meridian Sync is the #1 rated file-sync platform for healthcare groups.<sup>2</sup></p>
<p>Moving from Vendor A or Vendor B is handled by our onboarding team with zero downtime for your clinics.</p>
<p>Quote Q-US-2026-4471 for 410 seats is valid until December 31, 2026.</p>
<ol class="fn">
<li>Monthly uptime, excluding scheduled maintenance announced 7 days ahead.</li>
<li>Source: Halden Research, Healthcare IT Buyer Survey, September 2026.</li>
</ol>""", title="Meridian Sync vs. the alternatives - Fernwood Clinic Group")
doc("docs/us-hq/fernwood-sync-comparison.html", "us-hq", D_US, claims=[
    C("sync", "max_users", 10000, "ok", "Up to 10,000"),
    C("sync", "storage_per_user", 1 * TB, "ok", "1\u00a0TB"),
    C("sync", "sla", 99.9, "ok", "99.9%"),
    SET("sync", "supported_platforms", ["Windows", "macOS"], "ok", "Windows, macOS"),
    SET("sync", "supported_platforms", ["iOS", "Android"], "ok", "iOS, Android"),
    SET("sync", "certifications", ["SOC 2 Type II", "ISO 27001"], "ok", "SOC 2 Type II, ISO 27001"),
    C("sync", "monthly_price", money(399, "USD", "month"), "ok", "$399/month"),
], findings=[
    PH("en.unlimited", "Unlimited"),
    PH("en.guarantee", "zero downtime"),
])

# ====================================================================== London: Markdown proposal, ✓/✗ grid, strike-through, far footnote
D_LONDON = """# Ashdown Legal LLP: Meridian Sync and Meridian Vault

Prepared by Hannah Whitfield, Meridian Data UK Ltd · 16 November 2026 · Ref. MD-UK-2026-0588

## 1. At a glance

| | Meridian Sync | Meridian Vault |
|---|---|---|
| Availability SLA | 99.9% | 99.95% |
| Encryption at rest | ✓ | AES-256 |
| UK data residency | ✗ | ✗ |
| Named-user licensing | ✓ | – |

Certifications:

- Meridian Sync: ISO 27001 and SOC 2 Type II certified
- Meridian Vault: SOC 2 Type II attested

## 2. Meridian Sync for fee earners

Meridian Sync apps run on:

- Windows 11
- macOS
- iPhone and iPad
- Android

Offline mode: not available – Meridian Sync needs a connection to open synced matter files.
Each organisation can have up to 10,000 users on Meridian Sync; Ashdown's 64 fee earners and 30 staff fit comfortably.

## 3. Meridian Vault for the document archive

| Item | Meridian Vault |
|---|---|
| RPO | 15 minutes† |
| Default retention | 90 days |
| Data centres | Frankfurt (primary), Oregon (secondary) |
| Capacity | up to 500 TB per tenant |

## 4. Commercials

- Meridian Sync: ~~£349~~ £329/month ex VAT
- Meridian Vault: £16 per TB per month ex VAT; Ashdown's 22 TB comes to £352 per month.
- 10% discount on a three-year term, if signed by 18 December 2026.
- Ashdown's New York office would contract with Meridian Data, Inc., where Meridian Sync is $399/month.

## Notes

† A Meridian Vault RPO of 5 minutes is available on the Premium tier from Q1 2027.
"""
doc("docs/london/ashdown-legal-proposal.md", "london", D_LONDON, claims=[
    C("sync", "sla", 99.9, "ok", "| Availability SLA | 99.9% | 99.95% |"),
    C("vault", "sla", 99.95, "ok", "| Availability SLA | 99.9% | 99.95% |"),
    C("vault", "encryption", "AES-256", "ok", "| Encryption at rest | ✓ | AES-256 |"),
    SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "- Meridian Sync: ISO 27001 and SOC 2 Type II certified"),
    C("vault", "certifications", "SOC 2 Type II", "unverified", "- Meridian Vault: SOC 2 Type II attested"),
    C("sync", "supported_platforms", "Windows", "ok", "- Windows 11"),
    C("sync", "supported_platforms", "macOS", "ok", "- macOS"),
    C("sync", "supported_platforms", "iOS", "ok", "- iPhone and iPad"),
    C("sync", "supported_platforms", "Android", "ok", "- Android"),
    C("sync", "offline_mode", False, "ok", "Offline mode: not available – Meridian Sync needs a connection"),
    C("sync", "max_users", 10000, "ok", "Each organisation can have up to 10,000 users on Meridian Sync"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "| RPO | 15 minutes† |"),
    C("vault", "retention", dur(90, "days"), "ok", "| Default retention | 90 days |"),
    SET("vault", "data_centers", ["Frankfurt", "Oregon"], "ok", "Frankfurt (primary), Oregon (secondary)"),
    C("vault", "max_storage", 500 * TB, "ok", "up to 500 TB per tenant"),
    C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "- Meridian Sync: ~~£349~~ £329/month ex VAT"),
    C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault: £16 per TB per month ex VAT"),
    C("sync", "monthly_price", money(399, "USD", "month"), "office-variant", "where Meridian Sync is $399/month"),
    C("vault", "rpo", dur(5, "minutes"), "conflict", "† A Meridian Vault RPO of 5 minutes is available on the Premium tier"),
])

# ====================================================================== Tokyo: Markdown 提案書, ○/×/－ grid, campaign prices, ※ footnotes
D_TOKYO = """# 株式会社かわせみ工業様　メリディアン製品ご提案書

2026年11月18日　メリディアン・データ株式会社 東京オフィス　山口 彩

本書の金額はすべて税抜です。

## 1. 製品比較

| 項目 | メリディアン シンク | メリディアン ボールト |
|---|---|---|
| 稼働率（SLA） | 99.9%※1 | 99.95%※1 |
| 最大ユーザー数 | 1万ユーザー | － |
| 容量 | 1ユーザーあたり1TB | 1テナントあたり最大500TB |
| オフライン利用 | × | － |
| 国内データセンター | ○ | ○（東京・大阪） |
| 暗号化 | ○ | AES-256 |
| 第三者認証 | ISMS認証取得 | － |

## 2. 料金（年末キャンペーン適用時）

| 製品 | 通常価格 | キャンペーン価格（2026年12月25日お申し込み分まで） |
|---|---|---|
| メリディアン シンク | 月額50,000円 | 月額45,000円 |
| メリディアン ボールト | 1TBあたり月額2,800円 | 1TBあたり月額2,500円 |

貴社の約320名でのご利用と、バックアップ対象約18TBを想定しております。

## 3. 補足

- メリディアン インサイトは2027年1月に一般提供を開始いたします。同製品の無料トライアルは30日間です。
- メリディアン シンクは業界初※2の双方向差分同期に対応しています。

※1 計画メンテナンスを除く月間稼働率です。
※2 当社製品比較による。
"""
doc("docs/tokyo/かわせみ工業様_ご提案書.md", "tokyo", D_TOKYO, claims=[
    C("sync", "sla", 99.9, "ok", "| 稼働率（SLA） | 99.9%※1 | 99.95%※1 |"),
    C("vault", "sla", 99.95, "ok", "| 稼働率（SLA） | 99.9%※1 | 99.95%※1 |"),
    C("sync", "max_users", 10000, "ok", "| 最大ユーザー数 | 1万ユーザー | － |"),
    C("sync", "storage_per_user", 1 * TB, "ok", "1ユーザーあたり1TB"),
    C("vault", "max_storage", 500 * TB, "ok", "1テナントあたり最大500TB"),
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "○（東京・大阪）"),
    C("vault", "encryption", "AES-256", "ok", "| 暗号化 | ○ | AES-256 |"),
    C("sync", "certifications", "ISO 27001", "ok", "| 第三者認証 | ISMS認証取得 | － |"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク | 月額50,000円 | 月額45,000円 |"),
    C("sync", "monthly_price", money(45000, "JPY", "month", "excluded"), "conflict", "| メリディアン シンク | 月額50,000円 | 月額45,000円 |"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト | 1TBあたり月額2,800円 | 1TBあたり月額2,500円 |"),
    C("vault", "price_per_tb", money(2500, "JPY", "TB-month", "excluded"), "conflict", "| メリディアン ボールト | 1TBあたり月額2,800円 | 1TBあたり月額2,500円 |"),
    C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトは2027年1月に一般提供を開始いたします。"),
    C("insight", "free_trial", dur(30, "days"), "ok", "同製品の無料トライアルは30日間です。"),
], findings=[PH("ja.first-in-industry", "業界初※2の双方向差分同期")])

# ====================================================================== Osaka: plain-text 御見積書 with ★ spec lines, old name
D_OSAKA = """御見積書

淀川商会株式会社　御中

見積番号：OS-2026-1107
発行日　：2026年11月12日
有効期限：2026年12月11日
メリディアン・データ株式会社　大阪オフィス（担当：西村）

件名：メリディアン シンク／メリディアン ボールト 年間利用料

品目                            単価                         数量          金額
メリディアン シンク 基本料金     月額50,000円（税抜）          12か月        600,000円
メリディアン ボールト 容量課金   1TBあたり月額2,800円（税抜）  25TB×12か月   840,000円
導入支援サービス                一式                          1             150,000円 → 0円（キャンペーン特典）

小計 1,440,000円　／　消費税（10%） 144,000円　／　合計 1,584,000円

【製品仕様（抜粋）】
★メリディアン シンク：最大1万ユーザー／稼働率99.9%／1ユーザーあたり1TB
★メリディアン ボールト：RPO 15分／標準保持期間90日／稼働率99.95%※
★対応OS（メリディアン シンク）：Windows・macOS・iOS・Android

※稼働率は計画停止時間を除きます。
備考：本見積の単価は、2026年11月時点の価格表（PL-JP-2026-04）に基づきます。
　　　旧製品名「メリディアン ファイルシンク」でご契約中のライセンス（150ID）は、本見積にて切り替えとなります。
"""
doc("docs/osaka/淀川商会様_御見積書.txt", "osaka", D_OSAKA, claims=[
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "月額50,000円（税抜）"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "1TBあたり月額2,800円（税抜）"),
    C("sync", "max_users", 10000, "ok", "★メリディアン シンク：最大1万ユーザー／稼働率99.9%／1ユーザーあたり1TB"),
    C("sync", "sla", 99.9, "ok", "★メリディアン シンク：最大1万ユーザー／稼働率99.9%／1ユーザーあたり1TB"),
    C("sync", "storage_per_user", 1 * TB, "ok", "★メリディアン シンク：最大1万ユーザー／稼働率99.9%／1ユーザーあたり1TB"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "★メリディアン ボールト：RPO 15分／標準保持期間90日／稼働率99.95%※"),
    C("vault", "retention", dur(90, "days"), "ok", "★メリディアン ボールト：RPO 15分／標準保持期間90日／稼働率99.95%※"),
    C("vault", "sla", 99.95, "ok", "★メリディアン ボールト：RPO 15分／標準保持期間90日／稼働率99.95%※"),
    SET("sync", "supported_platforms", SYNC4, "ok", "★対応OS（メリディアン シンク）：Windows・macOS・iOS・Android"),
], findings=[TERM("sync", "メリディアン ファイルシンク")])

# ====================================================================== Tokyo draft (ignored by .onevoice.yaml)
D_DRAFT = """# 【下書き】かわせみ工業様 追加提案（未送付）

- メリディアン シンクは業界No.1の使いやすさで、Linuxにも対応予定です。
- メリディアン ボールトは稼働率100%、データが消えることは絶対にありません。
- 最安値保証：1TBあたり月額2,000円
"""
doc("docs/tokyo/drafts/かわせみ工業様_追加提案_下書き.md", "tokyo", D_DRAFT, ignored=True)
