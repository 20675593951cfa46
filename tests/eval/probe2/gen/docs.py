"""The documents of set2: path, encoding, text and labels (judged as of DOC_AS_OF)."""
from common import *

DOCS = []

def doc(path, text, claims=(), findings=(), encoding="utf-8", labelled=True):
    DOCS.append(dict(path=path, text=text, claims=list(claims), findings=list(findings), encoding=encoding,
                     labelled=labelled))

# ================================================================== tokyo
doc("docs/tokyo/hikaku-3seihin-2026.md", """# メリディアン製品 比較表（2026年11月版）

本資料では、メリディアン・データの3製品の主な仕様を比較します。

表1　主要仕様比較（金額はすべて税抜・月額）

| 項目 | メリディアン シンク | メリディアン ボールト | メリディアン インサイト |
|---|---|---|---|
| 料金 | 50,000円／契約 | 2,800円／TB | 4,000円／ユーザー |
| 稼働率（SLA）※1 | 99.9% | 99.95% | 99.5% |
| 容量 | 1ユーザーあたり1TB | 1テナントあたり最大500TB | — |
| 対応OS | Windows／macOS／iOS／Android | — | Webブラウザ |
| データセンター | 東京・大阪 ※2 | 東京・大阪・オレゴン・フランクフルト | 東京 |
| 無料トライアル | — | — | 30日間 |
| 一般提供開始 | 提供中 | 提供中 | 2027年1月（予定） |

※1 稼働率は月間の値です。メリディアン インサイトはベータ版のため、99.5%は目標値です。
※2 メリディアン シンクのデータは国内2拠点（東京・大阪）に保存されます。

また、価格面でも業界最安の水準を実現しています。

お問い合わせ：メリディアン・データ株式会社 東京オフィス（03-5555-0123）
""", claims=[
    C("| 料金 | 50,000円／契約 | 2,800円／TB | 4,000円／ユーザー |", SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok"),
    C("| 料金 | 50,000円／契約 | 2,800円／TB | 4,000円／ユーザー |", VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok"),
    C("| 料金 | 50,000円／契約 | 2,800円／TB | 4,000円／ユーザー |", INSIGHT, "per_user_price", jpy(4000, "user-month", "excluded"), "ok"),
    C("| 稼働率（SLA）※1 | 99.9% | 99.95% | 99.5% |", SYNC, "sla", 99.9, "ok"),
    C("| 稼働率（SLA）※1 | 99.9% | 99.95% | 99.5% |", VAULT, "sla", 99.95, "ok"),
    C("| 稼働率（SLA）※1 | 99.9% | 99.95% | 99.5% |", INSIGHT, "sla", 99.5, "unverified"),
    C("| 容量 | 1ユーザーあたり1TB | 1テナントあたり最大500TB | — |", SYNC, "storage_per_user", TB(1), "ok"),
    C("| 容量 | 1ユーザーあたり1TB | 1テナントあたり最大500TB | — |", VAULT, "max_storage", TB(500), "ok"),
    S("| 対応OS | Windows／macOS／iOS／Android | — | Webブラウザ |", SYNC, "supported_platforms",
      ["Windows", "macOS", "iOS", "Android"]),
    S("| データセンター | 東京・大阪 ※2 | 東京・大阪・オレゴン・フランクフルト | 東京 |", SYNC, "data_centers",
      ["Tokyo", "Osaka"], "unverified"),
    S("| データセンター | 東京・大阪 ※2 | 東京・大阪・オレゴン・フランクフルト | 東京 |", VAULT, "data_centers",
      ["Tokyo", "Osaka", "Oregon", "Frankfurt"]),
    S("| データセンター | 東京・大阪 ※2 | 東京・大阪・オレゴン・フランクフルト | 東京 |", INSIGHT, "data_centers",
      ["Tokyo"], "unverified"),
    C("| 無料トライアル | — | — | 30日間 |", INSIGHT, "free_trial", dur(30, "days"), "ok"),
    C("| 一般提供開始 | 提供中 | 提供中 | 2027年1月（予定） |", INSIGHT, "general_availability", "2027-01", "ok"),
], findings=[P("ja.cheapest", "業界最安")])

doc("docs/tokyo/shiyousho-vault-2026.txt", """メリディアン ボールト 製品仕様書（2026年11月版）
==============================================

製品名: メリディアン ボールト
提供形態: マネージドバックアップ（SaaS）
RPO（目標復旧時点）: 15分
RTO（目標復旧時間）: 4時間
標準保持期間: 90日間
稼働率（SLA）: 99.95パーセント
最大容量（1テナントあたり）: 0.5PB
暗号化方式: AES-256
データセンター: 東京、大阪、オレゴン、フランクフルト
容量単価: 1TBあたり月額2,800円（税別）
最大ファイルサイズ: 5TB
認証: ISO/IEC 27001
サポート窓口: 平日 9:00-18:00（初回応答 4時間以内）

改訂履歴: 第3版 2026年11月2日 / 第2版 2026年5月15日
問い合わせ先: メリディアン・データ株式会社 東京オフィス TEL 03-5555-0123
""", encoding="shift_jis", claims=[
    C("RPO（目標復旧時点）: 15分", VAULT, "rpo", dur(15, "minutes"), "ok"),
    C("RTO（目標復旧時間）: 4時間", VAULT, "rto", dur(4, "hours"), "unverified"),
    C("標準保持期間: 90日間", VAULT, "retention", dur(90, "days"), "ok"),
    C("稼働率（SLA）: 99.95パーセント", VAULT, "sla", 99.95, "ok"),
    C("最大容量（1テナントあたり）: 0.5PB", VAULT, "max_storage", TB(500), "ok"),
    S("暗号化方式: AES-256", VAULT, "encryption", ["AES-256"]),
    S("データセンター: 東京、大阪、オレゴン、フランクフルト", VAULT, "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"]),
    C("容量単価: 1TBあたり月額2,800円（税別）", VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok"),
    C("最大ファイルサイズ: 5TB", VAULT, "max_file_size", TB(5), "unverified"),
    S("認証: ISO/IEC 27001", VAULT, "certifications", ["ISO 27001"], "unverified"),
    C("サポート窓口: 平日 9:00-18:00（初回応答 4時間以内）", VAULT, "support_response_time", dur(4, "hours"), "unverified"),
])

doc("docs/tokyo/teian-marunouchi-shoji.md", """# 丸の内商事株式会社様 ご提案書
## ファイル共有・バックアップ基盤の刷新について

### 1. エグゼクティブサマリー
貴社の要件（利用者8,000名以上、RPO 15分以内、バックアップ保持90日以上）に対し、メリディアン シンクとメリディアン ボールトの組み合わせをご提案いたします。

### 2. メリディアン シンク
本サービスは、社内外のファイル共有を安全に行うためのクラウドサービスです。

- 利用規模
  - 本サービスは1テナントあたり最大10,000ユーザーまでご利用いただけます。
  - 1ユーザーあたり1TBのストレージが付与されます。
- セキュリティ
  - 同製品はISO 27001およびSOC 2 Type IIの認証を取得しています。
  - 同製品はISMAPにも登録済みです。
- 動作環境
  - Windows、macOS、iOS、Androidに対応しています（Linuxは非対応）。
  - オフライン環境での利用には対応しておりません。

メリディアン シンクは国内シェアNo.1※のファイル共有サービスです。
※2026年9月 東京マーケットリサーチ調べ（法人向けファイル共有サービス市場）

### 3. メリディアン ボールト
同製品は、貴社の基幹システムのバックアップを担います。

- RPO（目標復旧時点）は最大15分です。
- 標準の保持期間は90日間で、貴社要件を満たします。
- バックアップデータはAES-256で暗号化し、東京と大阪のデータセンターで二重に保管します。

### 4. お見積り（月額・税抜）

| 製品 | 定価（単価） | ご提供価格（単価） | 数量 | 小計 |
|---|---|---|---|---|
| メリディアン シンク | 50,000円 | 45,000円 | 1契約 | 45,000円 |
| メリディアン ボールト（1TBあたり） | 2,800円 | 2,800円 | 60TB | 168,000円 |
| 合計 | | | | 213,000円 |

※ご提供価格は、2026年12月末までにご契約いただいた場合の特別価格です。

### 5. 導入スケジュール
2027年1月に設計、2027年2月から3月に移行作業を行い、2027年4月の本番切り替えを予定しています。
""", claims=[
    C("本サービスは1テナントあたり最大10,000ユーザーまでご利用いただけます。", SYNC, "max_users", 10000, "ok"),
    C("1ユーザーあたり1TBのストレージが付与されます。", SYNC, "storage_per_user", TB(1), "ok"),
    S("同製品はISO 27001およびSOC 2 Type IIの認証を取得しています。", SYNC, "certifications", ["ISO 27001", "SOC 2 Type II"]),
    S("同製品はISMAPにも登録済みです。", SYNC, "certifications", [("ISMAP", "conflict")]),
    S("Windows、macOS、iOS、Androidに対応しています（Linuxは非対応）。", SYNC, "supported_platforms",
      ["Windows", "macOS", "iOS", "Android"]),
    C("オフライン環境での利用には対応しておりません。", SYNC, "offline_mode", False, "ok"),
    C("RPO（目標復旧時点）は最大15分です。", VAULT, "rpo", dur(15, "minutes"), "ok"),
    C("標準の保持期間は90日間で、貴社要件を満たします。", VAULT, "retention", dur(90, "days"), "ok"),
    S("バックアップデータはAES-256で暗号化し", VAULT, "encryption", ["AES-256"]),
    S("東京と大阪のデータセンターで二重に保管します。", VAULT, "data_centers", ["Tokyo", "Osaka"]),
    C("| メリディアン シンク | 50,000円 | 45,000円 | 1契約 | 45,000円 |", SYNC, "monthly_price",
      jpy(50000, "month", "excluded"), "ok"),
    C("| メリディアン シンク | 50,000円 | 45,000円 | 1契約 | 45,000円 |", SYNC, "monthly_price",
      jpy(45000, "month", "excluded"), "conflict"),
    C("| メリディアン ボールト（1TBあたり） | 2,800円 | 2,800円 | 60TB | 168,000円 |", VAULT, "price_per_tb",
      jpy(2800, "TB-month", "excluded"), "ok"),
])

doc("docs/tokyo/faq-vault-insight.md", """# よくあるご質問（メリディアン ボールト／メリディアン インサイト）

## メリディアン ボールト

**Q. RPOを5分にすることはできますか？**
A. メリディアン ボールトのRPOは最大15分です。5分のRPOには対応しておりません。

**Q. バックアップは何日間保持されますか？**
A. 標準で90日間保持されます。

**Q. 1テナントあたりの容量の上限は？**
A. 同製品の保存容量の上限は、1テナントあたり500テラバイトです。

**Q. シンガポールのデータセンターは利用できますか？**
A. いいえ、シンガポールにはデータセンターがございません。国内では東京と大阪、海外ではオレゴンとフランクフルトのデータセンターをご利用いただけます。

## メリディアン インサイト

**Q. 無料トライアルはありますか？**
A. はい、30日間の無料トライアルをご用意しています。

**Q. ダッシュボードは何個まで作成できますか？**
A. ダッシュボードは1ワークスペースあたり最大200個まで作成いただけます。

**Q. クエリの応答時間はどのくらいですか？**
A. 同製品のクエリ応答時間は最大2秒です（1億行規模のワークスペースでの95パーセンタイル値）。

**Q. 正式版はいつリリースされますか？**
A. メリディアン インサイトの一般提供開始は2027年1月を予定しています。

**Q. 価格はいくらですか？**
A. 1ユーザーあたり月額4,400円（税込）です。
""", claims=[
    C("A. メリディアン ボールトのRPOは最大15分です。", VAULT, "rpo", dur(15, "minutes"), "ok"),
    C("A. 標準で90日間保持されます。", VAULT, "retention", dur(90, "days"), "ok"),
    C("A. 同製品の保存容量の上限は、1テナントあたり500テラバイトです。", VAULT, "max_storage", TB(500), "ok"),
    S("国内では東京と大阪、海外ではオレゴンとフランクフルトのデータセンターをご利用いただけます。", VAULT, "data_centers",
      ["Tokyo", "Osaka", "Oregon", "Frankfurt"]),
    C("A. はい、30日間の無料トライアルをご用意しています。", INSIGHT, "free_trial", dur(30, "days"), "ok"),
    C("A. ダッシュボードは1ワークスペースあたり最大200個まで作成いただけます。", INSIGHT, "max_dashboards", 200, "ok"),
    C("A. 同製品のクエリ応答時間は最大2秒です", INSIGHT, "query_latency", dur(2, "seconds"), "ok"),
    C("A. メリディアン インサイトの一般提供開始は2027年1月を予定しています。", INSIGHT, "general_availability", "2027-01", "ok"),
    C("A. 1ユーザーあたり月額4,400円（税込）です。", INSIGHT, "per_user_price", jpy(4400, "user-month", "included"), "ok"),
])

doc("docs/tokyo/drafts/teian-draft-kitaguni.md", """# 北国銀行様 ご提案書（ドラフト・社内レビュー前）

メリディアン シンクは最大3万ユーザーまでご利用いただけます。
メリディアン ボールトのRPOは5分、保持期間は1年間です。
業界No.1のバックアップサービスです。
""", labelled=False)

# ================================================================== osaka
doc("docs/osaka/mitsumori-kobe-kikai.html", """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>御見積書 神戸機械工業株式会社様</title></head>
<body>
<h1>御見積書</h1>
<p>神戸機械工業株式会社 御中</p>
<p>見積番号: OSK-2026-1187　発行日: 2026年11月12日　有効期限: 発行日より30日</p>
<table border="1">
<caption>ご利用料金（単位：円、月額・税込）</caption>
<thead>
<tr><th>製品</th><th>課金項目</th><th>単価</th><th>数量</th><th>金額</th></tr>
</thead>
<tbody>
<tr><td>メリディアン シンク</td><td>基本料金（1契約）</td><td>55,000</td><td>1</td><td>55,000</td></tr>
<tr><td>メリディアン ボールト</td><td>容量課金（1TBあたり）</td><td>3,080</td><td>25</td><td>77,000</td></tr>
<tr><td rowspan="2">メリディアン インサイト</td><td>ユーザー課金（1ユーザーあたり）</td><td>4,400</td><td>40</td><td>176,000</td></tr>
<tr><td>無料トライアル（30日間）</td><td>0</td><td>40</td><td>0</td></tr>
<tr><td colspan="4">合計（月額・税込）</td><td>308,000</td></tr>
</tbody>
</table>
<p>※ 上記単価は消費税10%を含みます。メリディアン ボールトの容量課金は、税抜では1TBあたり2,800円です。</p>

<h2>前提条件</h2>
<table border="1">
<tr><th>項目</th><th>メリディアン シンク</th><th>メリディアン ボールト</th></tr>
<tr><td>SLA（稼働率）</td><td>99.9%</td><td>99.95%</td></tr>
<tr><td>データセンター</td><td colspan="2">東京・大阪（両製品共通）</td></tr>
<tr><td>認証</td><td colspan="2">ISO/IEC 27001（両製品共通）</td></tr>
</table>
<p>お見積りの有効期限内にご発注いただけない場合は、改めてお見積りいたします。</p>
</body></html>
""", claims=[
    C("基本料金（1契約）", SYNC, "monthly_price", jpy(55000, "month", "included"), "ok"),
    C("容量課金（1TBあたり）", VAULT, "price_per_tb", jpy(3080, "TB-month", "included"), "ok"),
    C("ユーザー課金（1ユーザーあたり）", INSIGHT, "per_user_price", jpy(4400, "user-month", "included"), "ok"),
    C("無料トライアル（30日間）", INSIGHT, "free_trial", dur(30, "days"), "ok"),
    C("メリディアン ボールトの容量課金は、税抜では1TBあたり2,800円です。", VAULT, "price_per_tb",
      jpy(2800, "TB-month", "excluded"), "ok"),
    C("99.9%", SYNC, "sla", 99.9, "ok"),
    C("99.95%", VAULT, "sla", 99.95, "ok"),
    S("東京・大阪（両製品共通）", SYNC, "data_centers", ["Tokyo", "Osaka"], "unverified"),
    S("東京・大阪（両製品共通）", VAULT, "data_centers", ["Tokyo", "Osaka"]),
    S("ISO/IEC 27001（両製品共通）", SYNC, "certifications", ["ISO 27001"]),
    S("ISO/IEC 27001（両製品共通）", VAULT, "certifications", ["ISO 27001"], "unverified"),
])

doc("docs/osaka/teian-hanshin-butsuryu.txt", """阪神物流株式会社様　ご提案書（概要）
メリディアン・データ株式会社　大阪支店
2026年11月

1. エグゼクティブサマリー
当社の3製品の可用性を比較すると、メリディアン シンクの稼働率は99.9%、メリディアン ボールトは99.95%、メリディアン インサイトは99.5%の目標値となります。
なお、メリディアン シンクは最大5,000ユーザーまでのご利用となります。
価格は、メリディアン シンクが月額5万円、メリディアン ボールトが1TBあたり月額2,800円、メリディアン インサイトが1ユーザーあたり月額4,000円です（いずれも税抜）。

2. メリディアン ボールトによるバックアップ
本サービスのRPOは、データの更新頻度に応じて5分から15分までの範囲となります。
本サービスでは、バックアップを90日間保持します。
本サービスの保存容量の上限は、1テナントあたり600TBです。
本サービスのRTO（目標復旧時間）は、約2時間を見込んでおります。

3. メリディアン インサイトによる可視化
同製品は2027年1月に正式版の提供を開始する予定です。
現在はベータ版として、30日間の無料トライアルをご利用いただけます。
同製品のデータ連携は、標準で40種類のコネクタに対応しています。

4. 阪神物流様の現状
現在、約1,200名の従業員が、約80TBのデータを3か所の倉庫で管理されています。

以上
""", encoding="euc_jp", claims=[
    C("メリディアン シンクの稼働率は99.9%", SYNC, "sla", 99.9, "ok"),
    C("メリディアン ボールトは99.95%", VAULT, "sla", 99.95, "ok"),
    C("メリディアン インサイトは99.5%の目標値となります。", INSIGHT, "sla", 99.5, "unverified"),
    C("なお、メリディアン シンクは最大5,000ユーザーまでのご利用となります。", SYNC, "max_users", 5000, "stale"),
    C("メリディアン シンクが月額5万円", SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok"),
    C("メリディアン ボールトが1TBあたり月額2,800円", VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok"),
    C("メリディアン インサイトが1ユーザーあたり月額4,000円です（いずれも税抜）。", INSIGHT, "per_user_price",
      jpy(4000, "user-month", "excluded"), "ok"),
    C("本サービスのRPOは、データの更新頻度に応じて5分から15分までの範囲となります。", VAULT, "rpo", rng(5, 15, "minutes"), "ok"),
    C("本サービスでは、バックアップを90日間保持します。", VAULT, "retention", dur(90, "days"), "ok"),
    C("本サービスの保存容量の上限は、1テナントあたり600TBです。", VAULT, "max_storage", TB(600), "conflict"),
    C("本サービスのRTO（目標復旧時間）は、約2時間を見込んでおります。", VAULT, "rto", dur(2, "hours"), "unverified"),
    C("同製品は2027年1月に正式版の提供を開始する予定です。", INSIGHT, "general_availability", "2027-01", "ok"),
    C("現在はベータ版として、30日間の無料トライアルをご利用いただけます。", INSIGHT, "free_trial", dur(30, "days"), "ok"),
    C("同製品のデータ連携は、標準で40種類のコネクタに対応しています。", INSIGHT, "integrations", 40, "unverified"),
])

doc("docs/osaka/seihin-gaiyou-hanbaiten.md", """# 製品概要（関西地区 販売店様向け）

## メリディアン シンク（旧称：メリディアン・ファイルシンク）

- 料金
  - 月額料金は５５，０００円（税込）です。
  - 年間契約の場合も、月額の金額は変わりません。
- 利用規模
  - 最大１万ユーザーまでご利用いただけます。
  - 1ユーザーあたりの登録デバイスは5台までです。
- 可用性
  - 稼働率は99.9％以上です。

## メリディアン ボールト

- 保持・復旧
  - 標準の保持期間は90日間です。
  - RPOは最大15分です。
- 料金
  - 1TBあたり月額2,800円（税抜）です。
- データセンター
  - 東京・大阪・オレゴン・フランクフルトの4拠点です。

## 今後のロードマップ（予定）

### メリディアン インサイト
- 正式版の一般提供開始：2027年1月
- 自然言語による分析機能：2027年第3四半期を予定

### メリディアン シンク
- 管理コンソールの刷新：2027年夏頃を予定
""", claims=[
    C("月額料金は５５，０００円（税込）です。", SYNC, "monthly_price", jpy(55000, "month", "included"), "ok"),
    C("最大１万ユーザーまでご利用いただけます。", SYNC, "max_users", 10000, "ok"),
    C("1ユーザーあたりの登録デバイスは5台までです。", SYNC, "max_devices", 5, "unverified"),
    C("稼働率は99.9％以上です。", SYNC, "sla", 99.9, "ok"),
    C("標準の保持期間は90日間です。", VAULT, "retention", dur(90, "days"), "ok"),
    C("RPOは最大15分です。", VAULT, "rpo", dur(15, "minutes"), "ok"),
    C("1TBあたり月額2,800円（税抜）です。", VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok"),
    S("東京・大阪・オレゴン・フランクフルトの4拠点です。", VAULT, "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"]),
    C("正式版の一般提供開始：2027年1月", INSIGHT, "general_availability", "2027-01", "ok"),
], findings=[T(SYNC, "メリディアン・ファイルシンク")])

# ================================================================== london
doc("docs/london/service-comparison-2026.html", """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Meridian Data services at a glance (UK)</title></head>
<body>
<h1>Meridian Data services at a glance (UK)</h1>
<table border="1">
<caption>Table 1. Commercial terms – prices in GBP, per month, excl. VAT</caption>
<tr><th>Service</th><th>Price</th><th>Availability SLA</th><th>Free trial</th></tr>
<tr><td>Meridian Sync</td><td>£329 per organisation</td><td>99.9%</td><td>–</td></tr>
<tr><td>Meridian Vault</td><td>£16 per TB</td><td>99.95%</td><td>–</td></tr>
<tr><td>Meridian Insight</td><td>£25 per user</td><td>not offered during the beta</td><td>30 days</td></tr>
</table>

<table border="1">
<caption>Table 2. Technical limits</caption>
<tr><th rowspan="2">Service</th><th colspan="2">Limits</th><th rowspan="2">Hosting regions</th></tr>
<tr><th>Users / dashboards</th><th>Storage</th></tr>
<tr><td>Meridian Sync</td><td>10,000 users</td><td>1 TB per user</td><td>n/a</td></tr>
<tr><td>Meridian Vault</td><td>–</td><td>1 PB per tenant</td><td>Frankfurt, Oregon</td></tr>
<tr><td>Meridian Insight</td><td>200 dashboards</td><td>–</td><td>Frankfurt</td></tr>
</table>
<p>Meridian Vault and Meridian Sync both hold ISO 27001 certification.</p>
<p>All three services are offered on a rolling 12-month contract.</p>
</body></html>
""", claims=[
    C("£329 per organisation", SYNC, "monthly_price", gbp(329, "month", "excluded"), "ok"),
    C("99.9%", SYNC, "sla", 99.9, "ok"),
    C("£16 per TB", VAULT, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok"),
    C("99.95%", VAULT, "sla", 99.95, "ok"),
    C("£25 per user", INSIGHT, "per_user_price", gbp(25, "user-month", "excluded"), "ok"),
    C("30 days", INSIGHT, "free_trial", dur(30, "days"), "ok"),
    C("10,000 users", SYNC, "max_users", 10000, "ok"),
    C("1 TB per user", SYNC, "storage_per_user", TB(1), "ok"),
    C("1 PB per tenant", VAULT, "max_storage", TB(1000), "conflict"),
    S("Frankfurt, Oregon", VAULT, "data_centers", ["Frankfurt", "Oregon"]),
    C("200 dashboards", INSIGHT, "max_dashboards", 200, "ok"),
    S("<td>Frankfurt</td>", INSIGHT, "data_centers", ["Frankfurt"], "unverified"),
    S("Meridian Vault and Meridian Sync both hold ISO 27001 certification.", VAULT, "certifications", ["ISO 27001"], "unverified"),
    S("Meridian Vault and Meridian Sync both hold ISO 27001 certification.", SYNC, "certifications", ["ISO 27001"]),
])

doc("docs/london/proposal-harrow-vale-housing.md", """# Proposal: backup and analytics for Harrow Vale Housing Association
Prepared by Meridian Data UK, November 2026

## 1. Executive summary
Meridian Sync, Meridian Vault and Meridian Insight cover file sharing, backup and reporting respectively: Meridian Sync is £329 per month, Meridian Vault is £16 per TB per month and Meridian Insight is £25 per user per month, all excluding VAT.
Harrow Vale's 14 sites and roughly 900 staff would each be served from a single tenant.

## 2. Meridian Vault
The platform backs up your housing management system and your Microsoft 365 tenant.
It keeps every backup for 90 days by default, and longer retention is available as an option.
The platform's recovery point objective is 15 minutes (*1).
Under our SLA the platform is available at least 99.95% of the time.
It is hosted in our Frankfurt and Oregon data centres; for UK public-sector customers we recommend Frankfurt.
Our US office bills the same Meridian Vault capacity at $20 per TB per month.
Compared with Halcyon Backup, which offers a 60-minute RPO, the platform reduces your exposure considerably.

(*1) The 15-minute RPO assumes a change rate below 5% per hour.

## 3. Meridian Insight
The platform gives your board live dashboards on arrears, repairs and voids.
It supports up to 200 dashboards per workspace, and its queries return in under 2 seconds.
It is the industry-leading analytics tool for housing associations.[*]

[*] Source: Harwell Research, UK Housing Technology Survey, September 2026.

## 4. Roadmap
- Meridian Insight general availability: January 2027.
- Meridian Insight natural-language questions: planned for Q3 2027.
- Meridian Vault immutable snapshots for Microsoft 365: planned for Q2 2027.

## 5. Commercial notes
Prices are held until 31 March 2027. Payment terms are 30 days from invoice.
""", claims=[
    C("Meridian Sync is £329 per month", SYNC, "monthly_price", gbp(329, "month", "excluded"), "ok"),
    C("Meridian Vault is £16 per TB per month", VAULT, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok"),
    C("Meridian Insight is £25 per user per month, all excluding VAT.", INSIGHT, "per_user_price",
      gbp(25, "user-month", "excluded"), "ok"),
    C("It keeps every backup for 90 days by default", VAULT, "retention", dur(90, "days"), "ok"),
    C("The platform's recovery point objective is 15 minutes (*1).", VAULT, "rpo", dur(15, "minutes"), "ok"),
    C("Under our SLA the platform is available at least 99.95% of the time.", VAULT, "sla", 99.95, "ok"),
    C("Our US office bills the same Meridian Vault capacity at $20 per TB per month.", VAULT, "price_per_tb",
      usd(20, "TB-month"), "office-variant"),
    S("It is hosted in our Frankfurt and Oregon data centres", VAULT, "data_centers", ["Frankfurt", "Oregon"]),
    C("It supports up to 200 dashboards per workspace", INSIGHT, "max_dashboards", 200, "ok"),
    C("its queries return in under 2 seconds.", INSIGHT, "query_latency", dur(2, "seconds"), "ok"),
    C("- Meridian Insight general availability: January 2027.", INSIGHT, "general_availability", "2027-01", "ok"),
])

doc("docs/london/faq-meridian-insight.md", """# Meridian Insight – frequently asked questions (UK)

**Q. Is Meridian Insight generally available?**
Not yet. Meridian Insight is in beta and becomes generally available in January 2027.

**Q. How long is the free trial?**
The Meridian Insight free trial lasts thirty days, and no card is needed.

**Q. How fast are queries on large workspaces?**
Meridian Insight queries typically complete in between 1 and 2 seconds at the 95th percentile.

**Q. Can we have 300 dashboards?**
No. Meridian Insight allows up to 200 dashboards per workspace.

**Q. What does it cost?**
Meridian Insight costs £25 per user per month, excl. VAT.

**Q. Which regions host our data?**
Meridian Insight data is hosted in Frankfurt for UK customers.

**Q. How many languages does the interface support?**
The Meridian Insight interface is available in eight languages, including English, Japanese and German.

**Q. What is the uptime commitment?**
During the beta there is no SLA for Meridian Insight; an SLA will be published at GA.
""", claims=[
    C("Meridian Insight is in beta and becomes generally available in January 2027.", INSIGHT, "general_availability",
      "2027-01", "ok"),
    C("The Meridian Insight free trial lasts thirty days", INSIGHT, "free_trial", dur(30, "days"), "ok"),
    C("Meridian Insight queries typically complete in between 1 and 2 seconds", INSIGHT, "query_latency",
      rng(1, 2, "seconds"), "ok"),
    C("Meridian Insight allows up to 200 dashboards per workspace.", INSIGHT, "max_dashboards", 200, "ok"),
    C("Meridian Insight costs £25 per user per month, excl. VAT.", INSIGHT, "per_user_price",
      gbp(25, "user-month", "excluded"), "ok"),
    S("Meridian Insight data is hosted in Frankfurt for UK customers.", INSIGHT, "data_centers", ["Frankfurt"], "unverified"),
    C("The Meridian Insight interface is available in eight languages", INSIGHT, "ui_languages", 8, "unverified"),
])

# ================================================================== us-hq
doc("docs/us-hq/spec-sheet-meridian-sync.txt", """MERIDIAN SYNC - PRODUCT SPECIFICATION SHEET
Revision 3.2.1, November 2026

Product: Meridian Sync
Maximum users per tenant: ten thousand
Maximum users per tenant before April 2026: 5,000
Storage per user: 1,000 GB
Uptime SLA: 99.9 percent
Supported platforms: Windows, macOS, iOS, Android
Linux client: not available
Offline mode: No
Certifications: ISO 27001, ISO 27017, SOC 2 Type II
Encryption at rest: AES-256
Max file size: 250 GB
Devices per user: 5
Price: $399 per month, billed annually (plus applicable sales tax)
API rate limit: 1,200 requests per minute

Document owner: Product Marketing, Meridian Data Inc. | Doc ID PM-SYNC-0032
""", claims=[
    C("Maximum users per tenant: ten thousand", SYNC, "max_users", 10000, "ok"),
    C("Maximum users per tenant before April 2026: 5,000", SYNC, "max_users", 5000, "ok", period="2026-03-31"),
    C("Storage per user: 1,000 GB", SYNC, "storage_per_user", GB(1000), "ok"),
    C("Uptime SLA: 99.9 percent", SYNC, "sla", 99.9, "ok"),
    S("Supported platforms: Windows, macOS, iOS, Android", SYNC, "supported_platforms", ["Windows", "macOS", "iOS", "Android"]),
    C("Offline mode: No", SYNC, "offline_mode", False, "ok"),
    S("Certifications: ISO 27001, ISO 27017, SOC 2 Type II", SYNC, "certifications",
      ["ISO 27001", ("ISO 27017", "conflict"), "SOC 2 Type II"]),
    S("Encryption at rest: AES-256", SYNC, "encryption", ["AES-256"], "unverified"),
    C("Max file size: 250 GB", SYNC, "max_file_size", GB(250), "unverified"),
    C("Devices per user: 5", SYNC, "max_devices", 5, "unverified"),
    C("Price: $399 per month, billed annually (plus applicable sales tax)", SYNC, "monthly_price",
      usd(399, "month", "excluded"), "ok"),
    C("API rate limit: 1,200 requests per minute", SYNC, "api_rate_limit", 1200, "unverified"),
])

doc("docs/us-hq/insight-admin-notes.md", """---
title: "Meridian Insight - workspace administration notes"
version: 1.4
updated: 2026-11-09
owner: solutions-engineering
audience: customers
---

# Meridian Insight - workspace administration notes

Meridian Insight is in beta until general availability in January 2027.

## Limits
Each Meridian Insight workspace holds up to 200 dashboards.
Meridian Insight queries return in under 2 seconds at the 95th percentile.
Dashboard refresh times are guaranteed during business hours.
Meridian Insight keeps workspace audit logs for one year.

## Connecting a warehouse
Register a warehouse connection from the command line:

```bash
meridian-insight connect --warehouse snowflake \\
  --account xy12345 --port 443 --timeout 30 --threads 8
```

A workspace file looks like this:

```yaml
workspace:
  name: finance-prod
  refresh_interval_minutes: 15
  row_sample: 100000
  retry: 3
```

## Pricing
Meridian Insight is $30 per user per month; during the beta a 30-day free trial is available.
""", claims=[
    C("Meridian Insight is in beta until general availability in January 2027.", INSIGHT, "general_availability",
      "2027-01", "ok"),
    C("Each Meridian Insight workspace holds up to 200 dashboards.", INSIGHT, "max_dashboards", 200, "ok"),
    C("Meridian Insight queries return in under 2 seconds", INSIGHT, "query_latency", dur(2, "seconds"), "ok"),
    C("Meridian Insight keeps workspace audit logs for one year.", INSIGHT, "retention", dur(1, "years"), "unverified"),
    C("Meridian Insight is $30 per user per month", INSIGHT, "per_user_price", usd(30, "user-month"), "ok"),
    C("during the beta a 30-day free trial is available.", INSIGHT, "free_trial", dur(30, "days"), "ok"),
], findings=[P("en.guarantee", "guaranteed")])

doc("docs/us-hq/price-grid-fy2026.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Meridian Data price grid – US, FY2026</title></head>
<body>
<h1>Meridian Data price grid – US, FY2026</h1>
<table border="1">
<caption>List prices in USD, per month, excl. tax</caption>
<tr><th></th><th>Meridian Sync</th><th>Meridian Vault</th><th>Meridian Insight</th></tr>
<tr><th>List price</th><td>$399 per organization</td><td>$20 per TB</td><td>$30 per user</td></tr>
<tr><th>Uptime SLA</th><td>99.9%</td><td>99.95%</td><td>none during the beta</td></tr>
<tr><th>Compliance</th><td colspan="3">SOC 2 Type II (all three services)</td></tr>
<tr><th>Free trial</th><td>–</td><td>–</td><td>30 days</td></tr>
</table>
<p>Volume discounts are available; ask your account executive.</p>
<p>Meridian Vault is the #1 backup platform for mid-market IT teams.</p>
</body></html>
""", claims=[
    C("$399 per organization", SYNC, "monthly_price", usd(399, "month", "excluded"), "ok"),
    C("$20 per TB", VAULT, "price_per_tb", usd(20, "TB-month", "excluded"), "ok"),
    C("$30 per user", INSIGHT, "per_user_price", usd(30, "user-month", "excluded"), "ok"),
    C("99.9%", SYNC, "sla", 99.9, "ok"),
    C("99.95%", VAULT, "sla", 99.95, "ok"),
    S("SOC 2 Type II (all three services)", SYNC, "certifications", ["SOC 2 Type II"]),
    S("SOC 2 Type II (all three services)", VAULT, "certifications", ["SOC 2 Type II"], "unverified"),
    S("SOC 2 Type II (all three services)", INSIGHT, "certifications", ["SOC 2 Type II"], "unverified"),
    C("30 days", INSIGHT, "free_trial", dur(30, "days"), "ok"),
], findings=[P("en.superlative", "is the #1 backup platform")])
