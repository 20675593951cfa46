"""Proposal documents for set 27, judged as of 2026-11-22 (read by generate.py)."""

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12


def jpy(amount, per, tax):
    return {"amount": amount, "currency": "JPY", "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def t(text, **kw):
    return dict(kw, text=text)


# ================================================================ tokyo / Markdown
D1 = """\
# 北斗物流株式会社様　全社ファイル共有基盤のご提案

- 提案日：令和8年11月16日
- 提案元：メリディアン・データ株式会社 東京支店 営業本部 第二営業部
- 文書番号：MDJ-TKY-2026-1116-03

---

## 1. ご提案の背景

貴社では2027年4月の契約更新にあわせて、グループ会社を含めた約3,500名での利用を計画されています。
本書では、メリディアン シンクによる全社ファイル共有基盤の構成と費用をご提案いたします。

<!-- onevoice-disable-next-line ja.first-in-industry -->
メリディアン シンクは、配送伝票の自動仕分け機能を業界初で搭載したファイル共有サービスです。

## 2. メリディアン シンクの主な仕様

| 項目 | 仕様 |
|---|---|
| ユーザー数上限 | 1テナントあたり最大１万ユーザー |
| ストレージ容量 | 1ユーザーあたり1TB |
| 稼働率（SLA） | 99.9％ |
| 対応OS | Windows / macOS / iOS / Android |
| 取得認証 | ISO/IEC 27001、SOC 2 Type II、ISO/IEC 27017 |

## 3. 費用

| 品目 | 単価 | 数量 | 小計 |
|---|---:|---:|---:|
| メリディアン シンク 月額基本料金 | ~~48,000円~~ 50,000円 | 12か月 | 600,000円 |
| 移行支援サービス（旧環境からのデータ移行） | 450,000円 | 1式 | 450,000円 |
| **合計** | | | **1,050,000円** |

※表中の金額はすべて税別です。消費税（10％）は別途申し受けます。

旧環境からの移行手順は、次の資料をご参照ください：
https://support.meridian-data.com/ja/MeridianFileSync/migration-guide.pdf

## 4. 導入スケジュール（案）

- 2026年12月上旬：キックオフ
- 2027年1月〜2月：パイロット（情報システム部 約80名）
- 2027年3月：グループ会社への展開判断
- 2027年4月1日：本番稼働・全社展開

なお、メリディアン シンクは1テナントあたり最大5,000名までのため、グループ会社分は別テナントでの構成を想定しています。

以上
"""

D1_CLAIMS = [
    (S, "max_users", 10000, "ok", t("| ユーザー数上限 | 1テナントあたり最大１万ユーザー |")),
    (S, "storage_per_user", 1 * TB, "ok", t("| ストレージ容量 | 1ユーザーあたり1TB |")),
    (S, "sla", 99.9, "ok", t("| 稼働率（SLA） | 99.9％ |")),
    (S, "supported_platforms", "Windows", "ok", t("| 対応OS | Windows / macOS / iOS / Android |")),
    (S, "supported_platforms", "macOS", "ok", t("| 対応OS | Windows / macOS / iOS / Android |")),
    (S, "supported_platforms", "iOS", "ok", t("| 対応OS | Windows / macOS / iOS / Android |")),
    (S, "supported_platforms", "Android", "ok", t("| 対応OS | Windows / macOS / iOS / Android |")),
    (S, "certifications", "ISO 27001", "ok", t("| 取得認証 | ISO/IEC 27001、SOC 2 Type II、ISO/IEC 27017 |")),
    (S, "certifications", "SOC 2 Type II", "ok", t("| 取得認証 | ISO/IEC 27001、SOC 2 Type II、ISO/IEC 27017 |")),
    (S, "certifications", "ISO 27017", "conflict", t("| 取得認証 | ISO/IEC 27001、SOC 2 Type II、ISO/IEC 27017 |")),
    (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", t("| メリディアン シンク 月額基本料金 | ~~48,000円~~ 50,000円 | 12か月 | 600,000円 |")),
    (S, "max_users", 5000, "stale", t("なお、メリディアン シンクは1テナントあたり最大5,000名までのため、グループ会社分は別テナントでの構成を想定しています。")),
]

# ================================================================ osaka / HTML (Shift_JIS)
D2 = """\
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="Shift_JIS">
<title>関西精工株式会社様　バックアップ基盤ご提案書</title>
<style>
body { font-family: "MS Pゴシック", sans-serif; }
table { border-collapse: collapse; margin: 8px 0; }
td, th { border: 1px solid #666; padding: 4px 8px; }
caption { text-align: left; font-weight: bold; }
</style>
</head>
<body>
<h1>関西精工株式会社様　バックアップ基盤ご提案書</h1>
<p>令和8年11月10日<br>
メリディアン・データ株式会社　大阪支店　営業部<br>
〒530-0001 大阪府大阪市北区梅田3-3-10 梅田ダイビル14階　TEL 06-6345-1200</p>

<h2>1. ご提案製品：メリディアン・ボールト</h2>
<p>メリディアン・ボールトは、近畿圏の法人向けクラウドバックアップで導入社数No.1<sup>※1</sup>のサービスです。
設計図面や生産管理データなど、貴社の重要データを自動で保護します。</p>

<table>
<caption>メリディアン・ボールト　主な仕様（※金額はすべて税別）</caption>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>RPO（目標復旧時点）</td><td>15分以内</td></tr>
<tr><td>RTO（目標復旧時間）</td><td>2時間程度</td></tr>
<tr><td>標準保持期間</td><td>90日間</td></tr>
<tr><td>最大容量</td><td>1テナントあたり0.5PB</td></tr>
<tr><td>データセンター</td><td>東京／大阪／オレゴン／フランクフルト</td></tr>
<tr><td>暗号化方式</td><td>AES-256</td></tr>
<tr><td>容量単価</td><td><del>1TBあたり月額3,000円</del>　1TBあたり月額2,800円</td></tr>
</table>

<h2>2. 概算お見積り</h2>
<table>
<caption>概算お見積り（金額は税込）</caption>
<tr><th>製品</th><th>項目</th><th>単価（月額）</th><th>数量</th><th>小計</th></tr>
<tr><td rowspan="2">メリディアン・ボールト</td><td>バックアップ容量（本社）</td><td>3,080円／TB</td><td>18TB</td><td>55,440円</td></tr>
<tr><td>バックアップ容量（東大阪工場）</td><td>3,080円／TB</td><td>7TB</td><td>21,560円</td></tr>
</table>

<h2>3. 導入までの流れ</h2>
<ul>
<li>12月中旬：お見積り確定・ご発注</li>
<li>令和9年1月上旬：環境構築・初回フルバックアップ</li>
<li>令和9年1月末：本番運用開始</li>
</ul>

<p style="font-size:9pt">※1 2026年9月 関西ITリサーチ調べ（近畿2府4県の従業員300名以上の企業を対象）</p>
</body>
</html>
"""

D2_CLAIMS = [
    (V, "rpo", dur(15, "minutes"), "ok", t("<tr><td>RPO（目標復旧時点）</td><td>15分以内</td></tr>")),
    (V, "rto", dur(2, "hours"), "unverified", t("<tr><td>RTO（目標復旧時間）</td><td>2時間程度</td></tr>")),
    (V, "retention", dur(90, "days"), "ok", t("<tr><td>標準保持期間</td><td>90日間</td></tr>")),
    (V, "max_storage", 500 * TB, "ok", t("<tr><td>最大容量</td><td>1テナントあたり0.5PB</td></tr>")),
    (V, "data_centers", "Tokyo", "ok", t("<tr><td>データセンター</td><td>東京／大阪／オレゴン／フランクフルト</td></tr>")),
    (V, "data_centers", "Osaka", "ok", t("<tr><td>データセンター</td><td>東京／大阪／オレゴン／フランクフルト</td></tr>")),
    (V, "data_centers", "Oregon", "ok", t("<tr><td>データセンター</td><td>東京／大阪／オレゴン／フランクフルト</td></tr>")),
    (V, "data_centers", "Frankfurt", "ok", t("<tr><td>データセンター</td><td>東京／大阪／オレゴン／フランクフルト</td></tr>")),
    (V, "encryption", "AES-256", "ok", t("<tr><td>暗号化方式</td><td>AES-256</td></tr>")),
    (V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", t("<td><del>1TBあたり月額3,000円</del>　1TBあたり月額2,800円</td>")),
    (V, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", t("<td>3,080円／TB</td>")),
]

# ================================================================ tokyo / plain text (UTF-8)
D3 = """\
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　丸福食品株式会社様
　データ活用基盤　ご提案書（第2版）

　　　　　　　　　　　　　　　　　　　　　令和8年11月20日
　　　　　　　　　　　メリディアン・データ株式会社　東京支店
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

【1】ご提案概要

ベータ版でご評価いただいたメリディアン・インサイトを正式にご導入いただき、
既存のファイル共有基盤（メリディアン・シンク）と組み合わせてご利用いただく
構成をご提案いたします。

【2】メリディアン・インサイト　製品仕様

┌──────────┬────────────────────┐
│項目　　　　　　　　│内容　　　　　　　　　　　　　　　　　　│
├──────────┼────────────────────┤
│一般提供開始　　　　│令和9年1月　　　　　　　　　　　　　　　│
│ユーザー単価　　　　│月額四千円（税抜）　　　　　　　　　　　│
│無料トライアル　　　│30日間　　　　　　　　　　　　　　　　　│
│クエリ応答時間　　　│2秒以内（1億行規模、p95）　　　　　　　 │
│ダッシュボード数　　│1ワークスペースあたり最大200個　　　　　│
│データ連携　　　　　│200種類以上のデータソースに標準対応　　 │
│表示言語　　　　　　│日本語・英語（2言語）　　　　　　　　　 │
└──────────┴────────────────────┘

【3】サービスレベル

┌──────────┬──────────┐
│項目　　　　　　　　│両製品共通　　　　　│
├──────────┼──────────┤
│稼働率（SLA）　　　 │99.9％　　　　　　　│
└──────────┴──────────┘

【4】概算費用（※金額はすべて税別）

　・メリディアン・インサイト　ユーザー単価：4,000円／月
　・メリディアン・シンク　月額基本料金：50,000円（既存契約の継続）
　・初年度概算合計：6,360,000円（経営企画部・営業企画部のご利用想定分を含む）

【5】今後のスケジュール

　・12月上旬　　　　：正式お見積りのご提出
　・来年1月中旬　　 ：本番環境への移行（ベータ環境のダッシュボードを引き継ぎ）
　・令和9年度上期　 ：全社展開

　　　　　　　　　　　　　　　　記

　有効期限　　　：本提案書の有効期限は令和8年12月25日までとします。
　ご連絡先　　　：東京支店 営業本部 高橋（TEL 03-5219-4432）

　　　　　　　　　　　　　　　　　　　　　　　　　　　　以上
"""

D3_CLAIMS = [
    (I, "general_availability", "2027-01", "ok", t("│一般提供開始　　　　│令和9年1月")),
    (I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", t("│ユーザー単価　　　　│月額四千円（税抜）")),
    (I, "free_trial", dur(30, "days"), "ok", t("│無料トライアル　　　│30日間")),
    (I, "query_latency", dur(2, "seconds"), "ok", t("│クエリ応答時間　　　│2秒以内（1億行規模、p95）")),
    (I, "max_dashboards", 200, "ok", t("│ダッシュボード数　　│1ワークスペースあたり最大200個")),
    (I, "integrations", 200, "unverified", t("│データ連携　　　　　│200種類以上のデータソースに標準対応")),
    (I, "ui_languages", 2, "unverified", t("│表示言語　　　　　　│日本語・英語（2言語）")),
    (S, "sla", 99.9, "ok", t("│稼働率（SLA）　　　 │99.9％")),
    (I, "sla", 99.9, "unverified", t("│稼働率（SLA）　　　 │99.9％")),
    (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", t("　・メリディアン・シンク　月額基本料金：50,000円（既存契約の継続）")),
]

# ================================================================ osaka / plain text (Shift_JIS, CRLF)
D4 = """\
　　　　　　　　　　　　　　御　見　積　書

瀬戸内テクノ株式会社　御中
　　　　　　　　　　　　　　　　　　　　　　　　見積番号：MDO-2026-1118-07
　　　　　　　　　　　　　　　　　　　　　　　　発行日　：R8.11.18
　　　　　　　　　　　　　　　　　　　　　　　　有効期限：R8.12.18

　　　　　　　　　　　　　　　　　メリディアン・データ株式会社　大阪支店
　　　　　　　　　　　　　　　　　〒530-0001 大阪府大阪市北区梅田3-3-10
　　　　　　　　　　　　　　　　　梅田ダイビル14階
　　　　　　　　　　　　　　　　　TEL 06-6345-1200　FAX 06-6345-1201
　　　　　　　　　　　　　　　　　登録番号：T8010401234567
　　　　　　　　　　　　　　　　　担当：岡田

下記のとおり御見積申し上げます。

【御見積内容】（※表示価格は税別です）
┌──┬─────────────────────┬────────┬─────┬───────┐
│項番│品名　　　　　　　　　　　　　　　　　　　　│数量　　　　　　│単価　　　│金額　　　　　│
├──┼─────────────────────┼────────┼─────┼───────┤
│１　│メリディアン・シンク　月額基本料金　　　　　│12ヶ月　　　　　│　　50,000│　　　600,000│
│２　│メリディアン・ボールト　容量課金（1TBにつき月額）│20TB×12ヶ月　 │　　 2,800│　　　672,000│
│３　│メリディアン・インサイト　ユーザー単価（月額）│30ユーザー×12ヶ月│　　 4,000│　 1,440,000│
├──┴─────────────────────┴────────┴─────┼───────┤
│小計　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　│　 2,712,000│
│消費税（10％）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　│　　 271,200│
│合計（税込）　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　│　 2,983,200│
└───────────────────────────────────────┴───────┘
（単位：円）

【備考】
１．メリディアン・シンクは1テナントあたり最大1.2万ユーザーまでご利用いただけます。
２．メリディアン・ボールトの標準保持期間は90日間です。保持期間の延長は別途お見積りとなります。
３．本見積は、御社のご利用状況（ユーザー数：約30名、バックアップ容量：約20TB）に基づき作成しております。
４．導入後は必ずや御社の業務改善を実現できるものと確信しております。
５．旧製品（メリディアン・ファイルシンク）をご利用中のお客様は、移行作業費を無償といたします。
６．お支払条件：月末締め翌月末払い（銀行振込）

　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　以上
"""

D4_CLAIMS = [
    (S, "monthly_price", jpy(50000, "month", "excluded"), "ok", t("│１　│メリディアン・シンク　月額基本料金")),
    (V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", t("│２　│メリディアン・ボールト　容量課金（1TBにつき月額）")),
    (I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", t("│３　│メリディアン・インサイト　ユーザー単価（月額）")),
    (S, "max_users", 12000, "conflict", t("１．メリディアン・シンクは1テナントあたり最大1.2万ユーザーまでご利用いただけます。")),
    (V, "retention", dur(90, "days"), "ok", t("２．メリディアン・ボールトの標準保持期間は90日間です。")),
]
D4_FINDINGS = [
    {"kind": "phrase", "rule": "ja.absolute", "text": "４．導入後は必ずや御社の業務改善を実現できるものと確信しております。"},
    {"kind": "terminology", "product": S, "text": "５．旧製品（メリディアン・ファイルシンク）をご利用中のお客様は、移行作業費を無償といたします。"},
]

DOCS = [
    dict(path="docs/tokyo/hokuto-logi_sync_teian.md", office="tokyo", text=D1, claims=D1_CLAIMS),
    dict(path="docs/osaka/kansai-seiko_vault_teian.html", office="osaka", text=D2, encoding="cp932", claims=D2_CLAIMS),
    dict(path="docs/tokyo/marufuku_data-katsuyo_teian.txt", office="tokyo", text=D3, claims=D3_CLAIMS),
    dict(path="docs/osaka/setouchi-techno_mitsumori_R8-11-18.txt", office="osaka", text=D4, encoding="cp932", crlf=True,
         claims=D4_CLAIMS, findings=D4_FINDINGS),
]

# A draft the config ignores: its wrong figures must produce nothing.
DRAFTS = [
    dict(path="docs/tokyo/drafts/hokuto-logi_sync_teian_draft.md", text="""\
# 【下書き】北斗物流株式会社様　ご提案（社内レビュー前）

- メリディアン シンクは業界No.1のファイル共有サービスです（要出典）
- ユーザー数上限：最大2万ユーザー（要確認）
- 月額料金：45,000円（税込）
- オフラインでも利用可能？（開発に確認中）
"""),
]
