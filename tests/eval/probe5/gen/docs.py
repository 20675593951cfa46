"""set5 proposal documents (judged as of the set's docs date, office from the path)."""
from model import C, Phrase, Term, TB, jpy, usd, gbp, dur

DOCS = []


def D(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------------ Tokyo, Markdown
D(path="docs/tokyo/aoba-seiki_sync_teian.md", labelled=True,
  text="""\
# メリディアン シンク ご提案書

株式会社アオバ精機 御中
2026年11月20日　メリディアン・データ株式会社 第一営業部

## 1. ご提案の背景

貴社では現在、拠点ごとのファイルサーバーで設計図面を管理されており、
保守期限（2027年3月）に向けた移行先のご検討が急務となっております。

## 2. 製品概要

メリディアン シンクは、法人向けのクラウド型ファイル共有サービスです。

| 項目 | 仕様 |
|---|---|
| 最大ユーザー数 | 10,000ユーザー（1テナントあたり） |
| ストレージ容量 | 1ユーザーあたり1TB |
| 稼働率SLA | 99.9％ |
| 対応OS | Windows、macOS、iOS、Android |
| 第三者認証 | ISO/IEC 27001、SOC 2 Type II |

表1：メリディアン シンクの主な仕様

## 3. お見積り

金額はすべて税抜です。

| 品目 | 単価 | 数量 | 金額 |
|---|---|---|---|
| メリディアン シンク 月額基本料金 | 50,000円／月 | 12か月 | 600,000円 |
| 初期導入支援サービス | 300,000円 | 1式 | 300,000円 |
| 合計 | | | 900,000円 |

## 4. 導入スケジュール

- 2026年12月：キックオフ（貴社情報システム部・設計部）
- 2027年1月〜2月：パイロット導入（相模原本社 設計部）
- 2027年3月：全社展開（全拠点）

## 5. 補足

メリディアン シンクは国内製造業における導入社数No.1※のファイル共有サービスです。

※2026年8月 東京リサーチ調べ（国内製造業向け法人ファイル共有サービス12製品を対象）

<!-- onevoice-disable-next-line ja.absolute -->
誤って削除したファイルも、管理者画面から絶対に復元できます。
""",
  claims=[
      C("sync", "max_users", 10000, "ok", "| 最大ユーザー数 | 10,000ユーザー（1テナントあたり） |"),
      C("sync", "storage_per_user", 1 * TB, "ok", "| ストレージ容量 | 1ユーザーあたり1TB |"),
      C("sync", "sla", 99.9, "ok", "| 稼働率SLA | 99.9％ |"),
      C("sync", "supported_platforms", "Windows", "ok", "| 対応OS | Windows、macOS、iOS、Android |"),
      C("sync", "supported_platforms", "macOS", "ok", "| 対応OS | Windows、macOS、iOS、Android |"),
      C("sync", "supported_platforms", "iOS", "ok", "| 対応OS | Windows、macOS、iOS、Android |"),
      C("sync", "supported_platforms", "Android", "ok", "| 対応OS | Windows、macOS、iOS、Android |"),
      C("sync", "certifications", "ISO 27001", "ok", "| 第三者認証 | ISO/IEC 27001、SOC 2 Type II |"),
      C("sync", "certifications", "SOC 2 Type II", "ok", "| 第三者認証 | ISO/IEC 27001、SOC 2 Type II |"),
      C("sync", "monthly_price", jpy(50000, "month", "excluded"), "ok", "| メリディアン シンク 月額基本料金 | 50,000円／月 |"),
  ])

# ------------------------------------------------------------------ Tokyo draft (ignored by .onevoice.yaml)
D(path="docs/tokyo/drafts/hokuto_sync_draft.md", labelled=False,
  text="""\
# （下書き）メリディアン シンク ご提案書 北斗製薬様

メリディアン シンクは業界No.1のファイル共有サービスです。
メリディアン シンクは最大5,000ユーザーまでご利用いただけます。
月額料金は45,000円（税抜）です。
""",
  claims=[])

# ------------------------------------------------------------------ Osaka, plain text (title carries the product)
D(path="docs/osaka/naniwa_vault_teian.txt", labelled=True,
  text="""\
メリディアン・ボールト ご提案書
浪速物流株式会社 御中
2026年11月18日
メリディアン・データ株式会社 大阪支店 関西営業部

■ご提案概要
メリディアン・ボールトは、国内データセンターで運用するクラウドバックアップサービスです。
貴社の倉庫管理システム（約45TB）と基幹システムのバックアップを一元化いたします。

■主な仕様
・RPO（目標復旧時点）：15分
・バックアップ保持期間：標準90日間
・最大容量：1テナントあたり500TB
・データセンター：東京、大阪
・暗号化方式：AES-256

■料金（税込表示）
・メリディアン・ボールト　1TBあたり月額3,080円
・初期設定費用　110,000円（初回のみ）

■その他
・メリディアン・ボールトは業界最安の容量単価でご提供しております。
・同製品の目標復旧時間（RTO）はおよそ4時間です。

以上
""",
  claims=[
      C("vault", "rpo", dur(15, "minutes"), "ok", "・RPO（目標復旧時点）：15分"),
      C("vault", "retention", dur(90, "days"), "ok", "・バックアップ保持期間：標準90日間"),
      C("vault", "max_storage", 500 * TB, "ok", "・最大容量：1テナントあたり500TB"),
      C("vault", "data_centers", "Tokyo", "ok", "・データセンター：東京、大阪"),
      C("vault", "data_centers", "Osaka", "ok", "・データセンター：東京、大阪"),
      C("vault", "encryption", "AES-256", "ok", "・暗号化方式：AES-256"),
      C("vault", "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "・メリディアン・ボールト　1TBあたり月額3,080円"),
      C("vault", "rto", dur(4, "hours"), "unverified", "・同製品の目標復旧時間（RTO）はおよそ4時間です。"),
  ],
  findings=[Phrase("ja.cheapest", "・メリディアン・ボールトは業界最安の容量単価でご提供しております。")])

# ------------------------------------------------------------------ Osaka, HTML FAQ: requirement column, <del>
D(path="docs/osaka/yodoyabashi_insight_faq.html", labelled=True,
  text="""\
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>メリディアン・インサイト よくあるご質問</title>
</head>
<body>
<h1>メリディアン・インサイト よくあるご質問（淀屋橋商事様向け）</h1>
<p>2026年11月 メリディアン・データ株式会社 大阪支店</p>

<h2>要件への対応状況</h2>
<table border="1">
<caption>メリディアン・インサイト 要件対応表</caption>
<tr><th>貴社要件</th><th>対応状況</th></tr>
<tr><td>ダッシュボード数：150個以上</td><td>最大200個まで作成可能</td></tr>
<tr><td>クエリ応答時間：3秒以内</td><td>最大2秒（1億行のワークスペース、p95）</td></tr>
<tr><td>トライアル期間：1か月以上</td><td>30日間の無料トライアルをご用意</td></tr>
</table>

<h2>提供時期</h2>
<p>メリディアン・インサイトの一般提供開始は<del>2026年12月</del>2027年1月を予定しております。</p>

<h2>料金</h2>
<p>メリディアン・インサイトの料金は、1ユーザーあたり月額4,000円（税抜）でございます。</p>

<h2>可用性</h2>
<p>メリディアン・インサイトの稼働率は99.95％を目標としております。</p>

<p>お問い合わせ：大阪支店 関西営業部 06-6346-7752</p>
</body>
</html>
""",
  claims=[
      C("insight", "max_dashboards", 200, "ok", "最大200個まで作成可能"),
      C("insight", "query_latency", dur(2, "seconds"), "ok", "最大2秒（1億行のワークスペース、p95）"),
      C("insight", "free_trial", dur(30, "days"), "ok", "30日間の無料トライアルをご用意"),
      C("insight", "general_availability", "2027-01", "ok", "2027年1月を予定しております。"),
      C("insight", "per_user_price", jpy(4000, "user-month", "excluded"), "ok",
        "メリディアン・インサイトの料金は、1ユーザーあたり月額4,000円（税抜）でございます。"),
      C("insight", "sla", 99.95, "unverified", "メリディアン・インサイトの稼働率は99.95％を目標としております。"),
  ])

# ------------------------------------------------------------------ Tokyo, HTML quote: caption states 税込
D(path="docs/tokyo/mirai_insight_mitsumori.html", labelled=True,
  text="""\
<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>お見積書 TK-Q-2026-1121</title></head>
<body>
<h1>メリディアン インサイト お見積書</h1>
<p>株式会社みらい電機 御中　見積番号：TK-Q-2026-1121　有効期限：2026年12月21日</p>
<table border="1">
<caption>お見積明細（金額はすべて税込）</caption>
<tr><th>品目</th><th>単価</th><th>数量</th><th>金額</th></tr>
<tr><td>メリディアン インサイト ユーザーライセンス</td><td>4,400円（1ユーザーあたり月額）</td><td>40ユーザー × 12か月</td><td>2,112,000円</td></tr>
<tr><td>導入トレーニング</td><td>165,000円</td><td>1式</td><td>165,000円</td></tr>
<tr><td colspan="3">合計</td><td>2,277,000円</td></tr>
</table>
<p>※メリディアン インサイトは令和9年1月の一般提供開始まで、ベータ版としてご提供いたします。</p>
<p>メリディアン インサイトは、国内BI市場でナンバーワンの処理性能を誇ります。</p>
<p>メリディアン・データ株式会社 インサイドセールス部　〒100-0005 東京都千代田区丸の内2-7-3　TEL 03-5218-4470</p>
</body>
</html>
""",
  claims=[
      C("insight", "per_user_price", jpy(4400, "user-month", "included"), "ok", "4,400円（1ユーザーあたり月額）"),
      C("insight", "general_availability", "2027-01", "ok",
        "※メリディアン インサイトは令和9年1月の一般提供開始まで、ベータ版としてご提供いたします。"),
  ],
  findings=[Phrase("ja.superlative-no1", "メリディアン インサイトは、国内BI市場でナンバーワンの処理性能を誇ります。")])

# ------------------------------------------------------------------ US HQ, Markdown: column header carries, ~~strike~~
D(path="docs/us-hq/brightwater_sync_proposal.md", labelled=True,
  text="""\
# Meridian Sync proposal — Brightwater Health

Prepared by Rachel Kim, Meridian Data, Inc. — November 2026

## Why Meridian Sync

Brightwater's three clinics share files today through on-premises servers that go out of support in June 2027. Meridian Sync replaces them with a single managed service.

## Key facts

| | Meridian Sync |
|---|---|
| Users per organization | up to 10,000 |
| Storage per user | 1 TB |
| Uptime SLA | 99.9% |
| Price | $399 per month |
| Certifications | ISO 27001, SOC 2 Type II |
| Offline mode | Not available |

## Platforms

Meridian Sync runs on Windows, macOS, iOS and Android. ~~It also runs on Linux desktops.~~

## Our commitment

Meridian Sync is the best file-sharing platform on the market for regulated healthcare providers.
""",
  claims=[
      C("sync", "max_users", 10000, "ok", "| Users per organization | up to 10,000 |"),
      C("sync", "storage_per_user", 1 * TB, "ok", "| Storage per user | 1 TB |"),
      C("sync", "sla", 99.9, "ok", "| Uptime SLA | 99.9% |"),
      C("sync", "monthly_price", usd(399, "month"), "ok", "| Price | $399 per month |"),
      C("sync", "certifications", "ISO 27001", "ok", "| Certifications | ISO 27001, SOC 2 Type II |"),
      C("sync", "certifications", "SOC 2 Type II", "ok", "| Certifications | ISO 27001, SOC 2 Type II |"),
      C("sync", "offline_mode", False, "ok", "| Offline mode | Not available |"),
      C("sync", "supported_platforms", "Windows", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "macOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "iOS", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
      C("sync", "supported_platforms", "Android", "ok", "Meridian Sync runs on Windows, macOS, iOS and Android."),
  ],
  findings=[Phrase("en.superlative", "Meridian Sync is the best file-sharing platform on the market")])

# ------------------------------------------------------------------ London, plain text
D(path="docs/london/holloway_vault_summary.txt", labelled=True,
  text="""\
MERIDIAN VAULT - SERVICE SUMMARY
Prepared for Holloway Partners LLP
Meridian Data Ltd, London - 16 November 2026

1. Recovery
Meridian Vault has an RPO of 15 minutes. Meridian Vault's recovery time (RTO) for a full tenant restore is typically 6 hours.

2. Capacity and retention
Meridian Vault stores up to 500 TB per tenant and keeps backups for 90 days by default.

3. Hosting
Meridian Vault is hosted in Frankfurt for UK customers. Meridian Vault also has a data centre in London.

4. Pricing
Meridian Vault is £16 per TB per month.
Estimated total for your current 140 TB: £2,240.

5. Support
Meridian Vault support tickets receive a first response within 4 hours, 24/7.
""",
  claims=[
      C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault has an RPO of 15 minutes."),
      C("vault", "rto", dur(6, "hours"), "unverified",
        "Meridian Vault's recovery time (RTO) for a full tenant restore is typically 6 hours."),
      C("vault", "max_storage", 500 * TB, "ok", "Meridian Vault stores up to 500 TB per tenant"),
      C("vault", "retention", dur(90, "days"), "ok", "keeps backups for 90 days by default."),
      C("vault", "data_centers", "Frankfurt", "ok", "Meridian Vault is hosted in Frankfurt for UK customers."),
      C("vault", "data_centers", "London", "conflict", "Meridian Vault also has a data centre in London."),
      C("vault", "price_per_tb", gbp(16, "TB-month"), "ok", "Meridian Vault is £16 per TB per month."),
      C("vault", "support_response_time", dur(4, "hours"), "unverified",
        "Meridian Vault support tickets receive a first response within 4 hours, 24/7."),
  ])
