# -*- coding: utf-8 -*-
"""Proposal documents of set22 (judged as of 2026-11-22) and their answer key."""
from common import box

AS_OF = "2026-11-22"

# ---------------------------------------------------------------- tokyo: partner price list (UTF-8 with BOM, .txt)
P1 = box(["品目", "課金単位", "標準価格（税抜）", "標準価格（税込）"], [
    ["メリディアン シンク", "1テナント・月額", "50,000円", "55,000円"],
    ["メリディアン ボールト", "1TBあたり・月額", "2,800円", "3,080円"],
    ["メリディアン インサイト", "1ユーザーあたり・月額", "4,000円", "4,400円"],
], aligns=["l", "l", "r", "r"])
P2 = box(["ランク", "年間販売目標（税抜）", "仕切率"], [
    ["プラチナ", "1億円以上", "60％"],
    ["ゴールド", "5,000万円以上", "65％"],
    ["シルバー", "1,000万円以上", "70％"],
    ["ブロンズ", "―", "75％"],
], aligns=["l", "r", "r"])
P3 = box(["製品", "項目", "仕様"], [
    ["メリディアン シンク", "最大ユーザー数", "10,000ユーザー（1テナントあたり）"],
    ["", "SLA（月間稼働率）", "99.9％"],
    ["", "ストレージ容量", "1ユーザーあたり1TB"],
    ["", "対応OS", "Windows／macOS／iOS／Android"],
    None,
    ["メリディアン ボールト", "RPO（目標復旧時点）", "15分"],
    ["", "標準保持期間", "90日"],
    ["", "最大容量", "1PB（1テナントあたり）"],
    ["", "データセンター", "東京・大阪・オレゴン・フランクフルト"],
    None,
    ["メリディアン インサイト", "一般提供開始", "令和9年1月（予定）"],
    ["", "無料トライアル", "30日間"],
    ["", "最大ダッシュボード数", "200"],
])
P1L, P3L = P1.split("\n"), P3.split("\n")

DOC1 = """メリディアン・データ株式会社
販売パートナー様向け　標準価格表・製品仕様一覧（2026年度下期版）
発行：パートナー営業部（東京）　発行日：令和8年10月1日　文書番号：MD-PL-P-2026H2

本資料は、弊社と販売代理店契約を締結いただいているパートナー様専用の資料でございます。
エンドユーザー様への転送・開示はご遠慮くださいますよう、お願い申し上げます。


【表1】標準価格（月額）
%s
　※税込価格は消費税率10％にて計算しております。


【表2】パートナーランク別　仕切率（標準価格に対する割合）
%s

パートナー様の仕切り価格は、業界最安水準となるよう設定しております。
例：ゴールドランクのパートナー様がメリディアン シンクを1テナント販売される場合、仕切り価格は月額32,500円（税抜）となります。
ランクは前年度（4月〜3月）の販売実績により、毎年5月に見直しを行います。


【表3】主な製品仕様（2026年10月1日現在）
%s


ご不明点は、パートナー営業部（partner-jp@jp.meridian-data.com／TEL 03-6555-0142）までお問い合わせください。
以上
""" % (P1, P2, P3)

DOC1_CLAIMS = [
    ("meridian-sync", "monthly_price", {"amount": 50000, "currency": "JPY", "per": "month", "tax": "excluded"}, "ok", P1L[3]),
    ("meridian-sync", "monthly_price", {"amount": 55000, "currency": "JPY", "per": "month", "tax": "included"}, "ok", P1L[3]),
    ("meridian-vault", "price_per_tb", {"amount": 2800, "currency": "JPY", "per": "TB-month", "tax": "excluded"}, "ok", P1L[4]),
    ("meridian-vault", "price_per_tb", {"amount": 3080, "currency": "JPY", "per": "TB-month", "tax": "included"}, "ok", P1L[4]),
    ("meridian-insight", "per_user_price", {"amount": 4000, "currency": "JPY", "per": "user-month", "tax": "excluded"}, "ok", P1L[5]),
    ("meridian-insight", "per_user_price", {"amount": 4400, "currency": "JPY", "per": "user-month", "tax": "included"}, "ok", P1L[5]),
    ("meridian-sync", "max_users", 10000, "ok", P3L[3]),
    ("meridian-sync", "sla", 99.9, "ok", P3L[4]),
    ("meridian-sync", "storage_per_user", 10 ** 12, "ok", P3L[5]),
    ("meridian-sync", "supported_platforms", "Windows", "ok", P3L[6]),
    ("meridian-sync", "supported_platforms", "macOS", "ok", P3L[6]),
    ("meridian-sync", "supported_platforms", "iOS", "ok", P3L[6]),
    ("meridian-sync", "supported_platforms", "Android", "ok", P3L[6]),
    ("meridian-vault", "rpo", {"amount": 15, "unit": "minutes"}, "ok", P3L[8]),
    ("meridian-vault", "retention", {"amount": 90, "unit": "days"}, "ok", P3L[9]),
    ("meridian-vault", "max_storage", 10 ** 15, "conflict", P3L[10]),
    ("meridian-vault", "data_centers", "Tokyo", "ok", P3L[11]),
    ("meridian-vault", "data_centers", "Osaka", "ok", P3L[11]),
    ("meridian-vault", "data_centers", "Oregon", "ok", P3L[11]),
    ("meridian-vault", "data_centers", "Frankfurt", "ok", P3L[11]),
    ("meridian-insight", "general_availability", "2027-01", "ok", P3L[13]),
    ("meridian-insight", "free_trial", {"amount": 30, "unit": "days"}, "ok", P3L[14]),
    ("meridian-insight", "max_dashboards", 200, "ok", P3L[15]),
]
DOC1_FINDINGS = [("phrase", "ja.cheapest", None, "パートナー様の仕切り価格は、業界最安水準となるよう設定しております。")]

# ---------------------------------------------------------------- osaka: HTML proposal, Shift_JIS
DOC2 = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>なにわ精機株式会社様　メリディアン インサイト ご提案書</title>
<style>
body { font-family: "游ゴシック", "Yu Gothic", sans-serif; font-size: 10.5pt; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid #666; padding: 3px 8px; }
th { background: #e8eef7; }
td.num { text-align: right; }
</style>
</head>
<body>
<h1>メリディアン インサイト ご提案書</h1>
<p>なにわ精機株式会社　情報システム部 御中<br>
提出日：令和8年11月16日<br>
北浜テクノサービス株式会社　／　メリディアン・データ株式会社 大阪支店</p>

<h2>1. ご提案の背景</h2>
<p>貴社では現在、5つの工場の生産データを各拠点の担当者様が表計算ソフトで手作業により集約されており、月次の経営会議資料の作成に多くの工数がかかっていると伺っております。</p>
<p>本提案では、メリディアン インサイトにより生産・品質・原価の各データを一元的に可視化し、資料作成の工数削減と意思決定の迅速化を図ります。</p>

<h2>2. 製品仕様</h2>
<table>
<caption>メリディアン インサイト　主な仕様</caption>
<tr><th>項目</th><th>仕様</th></tr>
<tr><td>一般提供開始</td><td>2027年1月（予定）</td></tr>
<tr><td>クエリ応答時間</td><td>2秒以内（1億行規模のデータ）</td></tr>
<tr><td>最大ダッシュボード数</td><td>300</td></tr>
<tr><td>無料トライアル</td><td><s>14日間</s> 30日間</td></tr>
<tr><td>対応言語</td><td>日本語・英語を含む12言語</td></tr>
<tr><td>稼働率（SLA）</td><td>99.9％</td></tr>
</table>

<h2>3. 特長</h2>
<p>メリディアン インサイトは、業界初のAI異常検知機能を標準搭載しており、設備データの急な変化を自動でお知らせします。</p>

<h2>4. データ保護</h2>
<p>集計元のデータは、メリディアン ボールトにより保護されます。</p>
<p>メリディアン ボールトは保存データをAES-256で暗号化しております。また、同製品のRPO（目標復旧時点）は15分でございます。</p>

<h2>5. お見積</h2>
<table>
<caption>お見積（税抜・12か月）</caption>
<tr><th>品名</th><th>数量</th><th>標準単価（月額）</th><th>金額（12か月）</th></tr>
<tr><td>メリディアン インサイト（1ユーザーあたり）</td><td class="num">60名</td><td class="num">4,000円</td><td class="num">2,880,000円</td></tr>
<tr><td>メリディアン ボールト（1TBあたり）</td><td class="num">8TB</td><td class="num">2,800円</td><td class="num">268,800円</td></tr>
<tr><td colspan="3">合計（税抜）</td><td class="num">3,148,800円</td></tr>
</table>
<p>※本提案書の金額はすべて税抜表示です。お支払条件は別途ご相談のうえ決定させていただきます。</p>

<hr>
<p>北浜テクノサービス株式会社　ソリューション営業部　山口 由美<br>
〒541-0041 大阪市中央区北浜2-6-18 北浜スクエアビル7F　TEL 06-6222-4810</p>
</body>
</html>
"""

def row2(key):
    hits = [l for l in DOC2.split("\n") if key in l and l.startswith("<tr>")]
    assert len(hits) == 1, key
    return hits[0]


DOC2_CLAIMS = [
    ("meridian-insight", "general_availability", "2027-01", "ok", row2("一般提供開始")),
    ("meridian-insight", "query_latency", {"amount": 2, "unit": "seconds"}, "ok", row2("クエリ応答時間")),
    ("meridian-insight", "max_dashboards", 300, "conflict", row2("最大ダッシュボード数")),
    ("meridian-insight", "free_trial", {"amount": 30, "unit": "days"}, "ok", row2("無料トライアル")),
    ("meridian-insight", "ui_languages", 12, "unverified", row2("対応言語")),
    ("meridian-insight", "sla", 99.9, "unverified", row2("稼働率（SLA）")),
    ("meridian-vault", "encryption", "AES-256", "ok", "メリディアン ボールトは保存データをAES-256で暗号化しております。"),
    ("meridian-vault", "rpo", {"amount": 15, "unit": "minutes"}, "ok", "また、同製品のRPO（目標復旧時点）は15分でございます。"),
    ("meridian-insight", "per_user_price", {"amount": 4000, "currency": "JPY", "per": "user-month", "tax": "excluded"}, "ok", row2("<tr><td>メリディアン インサイト（1ユーザーあたり）")),
    ("meridian-vault", "price_per_tb", {"amount": 2800, "currency": "JPY", "per": "TB-month", "tax": "excluded"}, "ok", row2("<tr><td>メリディアン ボールト（1TBあたり）")),
]
DOC2_FINDINGS = [("phrase", "ja.first-in-industry", None, "メリディアン インサイトは、業界初のAI異常検知機能を標準搭載しており")]

# ---------------------------------------------------------------- london: partner playbook (Markdown)
DOC3 = """# Meridian Data - EMEA Partner Playbook (H2 2026)

Prepared by the London partner team for resellers who sell into the UK and EU
subsidiaries of Japanese groups. Internal to Meridian partners; please do not
forward to end customers.

## 1. List prices

| Product | Billing unit | List price |
|---|---|---|
| Meridian Sync | per tenant, per month | \u00a3329 |
| Meridian Vault | per TB, per month | \u00a316 |
| Meridian Insight | per user, per month | \u00a325 |

All prices exclude VAT. Registered resellers buy at 30% off list; Gold partners
at 35% off list. Deal registration protects an opportunity for 90 days.

Where the parent company already buys from Tokyo or Osaka in yen, the UK or EU
entity is contracted separately in sterling or euro; the two contracts are not
co-termed.

## 2. Talking points

- Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II report; in the UK it is also Cyber Essentials Plus certified.
- Meridian Sync supports up to 10,000 users per tenant, which covers almost every group we sell to.
- Meridian Vault keeps backups for 90 days by default, with an RPO of 15 minutes.
- Meridian Vault has no UK data centre; for UK customers we host Meridian Vault in Frankfurt.
- Meridian Insight has industry-leading query performance\u00b9, typically under 2 seconds.
- Meridian Insight becomes generally available in January 2027 and comes with a 30-day free trial.

\u00b9 Source: Northgate Analytics, Cloud BI Query Benchmark, May 2026.

## 3. Programme benefits

<!-- onevoice-disable-next-line en.unlimited -->
Partners get unlimited access to the shared demo tenant during the programme.

Quarterly business reviews are held in London and, for Japanese partners, by
video with the Tokyo team. Contact the EMEA partner desk on +44 20 7946 0300 or
emea-partners@uk.meridian-data.com.
"""

CERT_D3 = "Meridian Sync is ISO 27001 certified and holds a SOC 2 Type II report; in the UK it is also Cyber Essentials Plus certified."
VLT_D3 = "Meridian Vault keeps backups for 90 days by default, with an RPO of 15 minutes."
INS_D3 = "Meridian Insight becomes generally available in January 2027 and comes with a 30-day free trial."
DOC3_CLAIMS = [
    ("meridian-sync", "monthly_price", {"amount": 329, "currency": "GBP", "per": "month", "tax": "excluded"}, "ok", "| Meridian Sync | per tenant, per month | \u00a3329 |"),
    ("meridian-vault", "price_per_tb", {"amount": 16, "currency": "GBP", "per": "TB-month", "tax": "excluded"}, "ok", "| Meridian Vault | per TB, per month | \u00a316 |"),
    ("meridian-insight", "per_user_price", {"amount": 25, "currency": "GBP", "per": "user-month", "tax": "excluded"}, "ok", "| Meridian Insight | per user, per month | \u00a325 |"),
    ("meridian-sync", "certifications", "ISO 27001", "ok", CERT_D3),
    ("meridian-sync", "certifications", "SOC 2 Type II", "ok", CERT_D3),
    ("meridian-sync", "certifications", "Cyber Essentials Plus", "conflict", CERT_D3),
    ("meridian-sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant, which covers almost every group we sell to."),
    ("meridian-vault", "retention", {"amount": 90, "unit": "days"}, "ok", VLT_D3),
    ("meridian-vault", "rpo", {"amount": 15, "unit": "minutes"}, "ok", VLT_D3),
    ("meridian-vault", "data_centers", "Frankfurt", "ok", "Meridian Vault has no UK data centre; for UK customers we host Meridian Vault in Frankfurt."),
    ("meridian-insight", "query_latency", {"amount": 2, "unit": "seconds"}, "ok", "Meridian Insight has industry-leading query performance\u00b9, typically under 2 seconds."),
    ("meridian-insight", "general_availability", "2027-01", "ok", INS_D3),
    ("meridian-insight", "free_trial", {"amount": 30, "unit": "days"}, "ok", INS_D3),
]
DOC3_FINDINGS = []

# ---------------------------------------------------------------- us-hq: FAQ for Japanese resellers (Markdown)
DOC4 = """# Partner FAQ - Japan resellers

Channel Alliances, Meridian Data, Inc. (San Francisco). Last reviewed November 2026.
Questions come from the reseller calls we run with the Tokyo and Osaka teams.

**Q: Does Meridian Sync run on Linux?**
A: No. Meridian Sync supports Windows, macOS, iOS and Android.

**Q: Can Meridian Sync be used offline?**
A: Meridian Sync has no offline mode; users need a connection to sync.

**Q: What RPO can we quote for Meridian Vault?**
A: Meridian Vault's RPO is 5 minutes for all tiers.

**Q: How large can a Meridian Vault tenant get?**
A: Meridian Vault scales to 0.5 PB per tenant.

**Q: Which price do I quote to a Japanese customer?**
A: Always the yen price list from Tokyo or Osaka. For reference, the US list price of Meridian Sync is $399 per month.

**Q: What discount do resellers get?**
A: The standard reseller discount is 25% off list; a registered deal adds another 10% for 90 days.

**Q: A customer still has brochures for Meridian FileSync. Is that the same product?**
A: Yes, it was renamed in 2024. Please use the current name in every proposal.

**Q: Is Meridian Insight available today?**
A: Meridian Insight is in beta; general availability is planned for January 2027.
In the beta, Meridian Insight supports up to 200 dashboards per workspace.
"""

PLAT_D4 = "A: No. Meridian Sync supports Windows, macOS, iOS and Android."
DOC4_CLAIMS = [
    ("meridian-sync", "supported_platforms", "Windows", "ok", PLAT_D4),
    ("meridian-sync", "supported_platforms", "macOS", "ok", PLAT_D4),
    ("meridian-sync", "supported_platforms", "iOS", "ok", PLAT_D4),
    ("meridian-sync", "supported_platforms", "Android", "ok", PLAT_D4),
    ("meridian-sync", "offline_mode", False, "ok", "A: Meridian Sync has no offline mode; users need a connection to sync."),
    ("meridian-vault", "rpo", {"amount": 5, "unit": "minutes"}, "conflict", "A: Meridian Vault's RPO is 5 minutes for all tiers."),
    ("meridian-vault", "max_storage", 5 * 10 ** 14, "ok", "A: Meridian Vault scales to 0.5 PB per tenant."),
    ("meridian-sync", "monthly_price", {"amount": 399, "currency": "USD", "per": "month", "tax": None}, "ok", "For reference, the US list price of Meridian Sync is $399 per month."),
    ("meridian-insight", "general_availability", "2027-01", "ok", "A: Meridian Insight is in beta; general availability is planned for January 2027."),
    ("meridian-insight", "max_dashboards", 200, "ok", "In the beta, Meridian Insight supports up to 200 dashboards per workspace."),
]
DOC4_FINDINGS = [("terminology", None, "meridian-sync", "A customer still has brochures for Meridian FileSync.")]

# ---------------------------------------------------------------- a draft, ignored by .onevoice.yaml
DRAFT = """【社内検討用・未承認】2027年度上期 価格改定案（ドラフト）
メリディアン シンク　月額基本料金：45,000円（税抜）に改定予定
メリディアン ボールト　1TBあたり月額：2,500円（税抜）に改定予定
メリディアン インサイトは2026年12月に正式リリース予定（要確認）
"""

DOCS = [
    dict(path="docs/tokyo/partner-pricelist-2026H2.txt", office="tokyo", text=DOC1, encoding="utf-8-sig",
         claims=DOC1_CLAIMS, findings=DOC1_FINDINGS),
    dict(path="docs/osaka/naniwa-seiki-insight-proposal.html", office="osaka", text=DOC2, encoding="cp932",
         claims=DOC2_CLAIMS, findings=DOC2_FINDINGS, html=True),
    dict(path="docs/london/emea-partner-playbook.md", office="london", text=DOC3, encoding="utf-8",
         claims=DOC3_CLAIMS, findings=DOC3_FINDINGS),
    dict(path="docs/us-hq/partner-faq-japan-resellers.md", office="us-hq", text=DOC4, encoding="utf-8",
         claims=DOC4_CLAIMS, findings=DOC4_FINDINGS),
]
DRAFTS = [dict(path="docs/tokyo/drafts/pricelist-2027H1-draft.txt", text=DRAFT, encoding="utf-8")]
