#!/usr/bin/env python3
"""Writes evaluation set 56 (Meridian Data, proposal-document heavy).

    python3 gen/generate.py            # from anywhere; rewrites the set folder

Stdlib only, deterministic: running it twice gives byte-identical files.
Every document and message is written here together with its labels, so the
answer key (expected.jsonl) and the text cannot drift apart; the script checks
that every label's `text` excerpt occurs in the decoded text it labels.
"""
import base64, datetime as dt, gzip, html, json, os, quopri, re, shutil, sys
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB, GB, PB = 10 ** 12, 10 ** 9, 10 ** 15


def M(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def D(amount, unit):
    return {"amount": amount, "unit": unit}


def c(prod, attr, value, verdict, text, quoted=False, office=None):
    """One claim; a list value expands to one claim per set member."""
    vals = value if isinstance(value, list) else [value]
    return [dict(product=prod, attribute=attr, value=v, verdict=verdict, text=text,
                 quoted=quoted, office=office) for v in vals]


def members(prod, attr, ok_members, text, verdicts=None, quoted=False, office=None):
    verdicts = verdicts or {}
    out = []
    for m in ok_members:
        out += c(prod, attr, m, verdicts.get(m, "ok"), text, quoted, office)
    return out


def phrase(rule, text, quoted=False):
    return dict(kind="phrase", rule=rule, product=None, quoted=quoted, text=text)


def term(prod, text, quoted=False):
    return dict(kind="terminology", rule=None, product=prod, quoted=quoted, text=text)


PLATFORMS = ["Windows", "macOS", "iOS", "Android"]

# =====================================================================
# Documents (judged as of DOCS_AS_OF)
# =====================================================================
DOCS = []          # (relpath, bytes, office, decoded_text, claims, findings)


def doc(path, office, text, claims, findings=(), raw=None):
    DOCS.append(dict(path=path, office=office, text=text, raw=raw, claims=claims, findings=list(findings)))


# ---------------------------------------------------------------- D1 tokyo 提案書
D1 = """\
# ファイル共有・バックアップ基盤刷新のご提案

北辰物流株式会社 御中

2026年11月6日
メリディアンデータ株式会社 東京オフィス 営業第二部

---

## 改版履歴

| 版 | 日付 | 内容 | 作成 |
|----|------|------|------|
| 0.1 | 2026年7月3日 | 初版作成 | 佐藤 |
| 0.2 | 2026年8月21日 | 8月18日のヒアリング結果を反映 | 佐藤 |
| 0.3 | 2026年9月30日 | 旧製品名「メリディアン ファイルシンク」の表記を現行名に修正 | 伊藤 |
| 1.0 | 2026年11月6日 | 正式提出版 | 佐藤 |

## 1. はじめに

本書は、2026年10月14日に頂戴したRFI（文書番号 HL-IT-2026-031）に対する弊社のご提案をまとめたものです。
貴社の物流センターと営業所をつなぐファイル共有基盤、ならびにバックアップ基盤の刷新について、構成・スケジュール・費用をご説明いたします。

## 2. 貴社の現状環境

ヒアリング（2026年8月18日）および貴社ご提供資料に基づく現状は以下のとおりです。

| 項目 | 現状 |
|------|------|
| 従業員数 | 3,214名（2026年4月1日時点） |
| 拠点数 | 27拠点（物流センター19、営業所8） |
| 業務用PC | 2,860台（Windows 10：1,930台、Windows 11：930台） |
| 業務用スマートフォン | 1,150台 |
| ファイルサーバ | 6台、合計使用容量 約41TB（前年比 +18%） |
| バックアップ | LTO-8テープへの夜間フルバックアップ、保管期間7年 |
| 拠点間回線 | 本社・主要拠点 1Gbps、その他拠点 200Mbps |

現行ファイルサーバは2019年の導入で、2027年3月に保守期限を迎えます。
また、夜間バックアップが翌朝7時までに終わらない日が月に4〜5回発生しております。

## 3. ご提案概要

本提案では、ファイル共有にメリディアン シンク、バックアップにメリディアン ボールトを採用し、経営分析のオプションとしてメリディアン インサイトをご紹介いたします。
メリディアン シンクは、国内法人向けファイル共有サービスの導入社数でNo.1※を獲得しております。

※2026年6月 テクノ市場リサーチ調べ（国内法人向けファイル共有サービス、導入社数ベース）

### 3.1 メリディアン シンク（ファイル共有）

- 最大10,000ユーザーまで、単一のテナントでご利用いただけます。
- 1ユーザーあたり1TBのストレージをご利用いただけます。
- 稼働率SLAは99.9%です。
- 対応OSはWindows、macOS、iOS、Androidです。
- ISO/IEC 27001認証およびSOC 2 Type II報告書に加え、ISMAPにも登録済みです。

### 3.2 メリディアン ボールト（バックアップ）

- RPO（目標復旧時点）は15分です。
- RTO（目標復旧時間）は4時間を目安としております。
- 標準の保持期間は90日間です。法定保存が必要な帳票データは、貴社既存のアーカイブ環境で引き続き保管いたします。
- 1テナントあたり最大500TBまで保存できます。
- データセンターは東京・大阪の2拠点で、国外へのデータ移転は発生しません。
- 保存データはAES-256で暗号化されます。
- 月間稼働率は99.95%です。
- 複数世代のバックアップを遠隔地に保持するため、データが失われることは絶対にありません。

### 3.3 メリディアン インサイト（オプション）

経営分析ダッシュボードとして、メリディアン インサイトを2027年1月の一般提供開始後にご利用いただけます。価格は付録Aをご参照ください。

## 4. RFI要件への適合状況

表4-1 RFI要件への適合状況（○：適合、△：一部適合、×：非対応）

| No. | 要件 | 対象製品 | 適合 | 回答 |
|-----|------|----------|------|------|
| 1 | 利用者数5,000名以上に対応できること | メリディアン シンク | ○ | 最大10,000ユーザーまで対応いたします。 |
| 2 | 2GB以上のファイルをアップロードできること | メリディアン シンク | ○ | 1ファイルあたり最大50GBまでアップロード可能です。 |
| 3 | ネットワーク未接続時も編集できること | メリディアン シンク | × | オフライン環境での編集には対応しておりません。 |
| 4 | RPOが1時間以内であること | メリディアン ボールト | ○ | RPOは15分です。 |
| 5 | 国内2拠点以上でデータを保管すること | メリディアン ボールト | ○ | 東京・大阪のデータセンターで保管いたします。 |
| 6 | 障害時は1時間以内に一次回答すること | メリディアン ボールト | ○ | 重大障害は30分以内に一次回答いたします。 |
| 7 | 既存の基幹・勤怠システムと連携できること | メリディアン シンク | △ | 標準連携コネクタを120種類以上ご用意しています。基幹システムとはAPI経由で連携します。 |

## 5. 導入スケジュール

| 時期 | 内容 |
|------|------|
| 2026年12月7日 | キックオフ |
| 2027年1月18日〜2月26日 | パイロット（物流センター3拠点、約240名） |
| 2027年3月 | 全拠点への展開、現行ファイルサーバからの移行 |
| 2027年3月31日 | 現行ファイルサーバ停止 |

## 6. サポート体制

導入期間中は、専任のプロジェクトマネージャー1名とエンジニア2名が担当いたします。
運用開始後のお問い合わせは、平日9時から18時まで専用窓口で承ります。

## 付録A 価格表

表A-1 月額利用料（単位：円）

| 製品 | 課金単位 | 税抜 | 税込 |
|------|----------|-----:|-----:|
| メリディアン シンク | 月額基本料金 | 50,000 | 55,000 |
| メリディアン ボールト | 1TBあたり月額 | 2,800 | 3,080 |
| メリディアン インサイト | 1ユーザーあたり月額 | 4,000 | 4,000 |

※ 価格は2026年度価格表（PL-JP-2026-04）に基づく標準価格です。
※ 初期費用は別途お見積りいたします（見積書 MD-Q-2026-1187 参照）。

## 付録B 用語集

| 用語 | 説明 |
|------|------|
| RPO | 目標復旧時点。障害発生時に、どの時点のデータまで復旧できるかを示します。例えばRPOが15分であれば、失われるデータは最大15分間分です。 |
| RTO | 目標復旧時間。障害発生から業務再開までに要する時間の目標値です。 |
| SLA | サービス品質保証。稼働率などの品質基準と、未達時の返金条件を定めたものです。 |
| テナント | 契約ごとに割り当てられ、他のお客様から論理的に分離された利用環境です。 |
| 税抜／税込 | 本書の価格は税抜表示を基本とし、税込価格は消費税率10%で計算しています。 |

---
メリディアンデータ株式会社 東京オフィス 営業第二部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21階
TEL 03-6812-4470　FAX 03-6812-4471
"""
doc("docs/tokyo/提案書_北辰物流様_ファイル共有基盤刷新.md", "tokyo", D1,
    c(S, "max_users", 10000, "ok", "最大10,000ユーザーまで、単一のテナントでご利用いただけます。")
    + c(S, "storage_per_user", 1 * TB, "ok", "1ユーザーあたり1TBのストレージをご利用いただけます。")
    + c(S, "sla", 99.9, "ok", "稼働率SLAは99.9%です。")
    + members(S, "supported_platforms", PLATFORMS, "対応OSはWindows、macOS、iOS、Androidです。")
    + members(S, "certifications", ["ISO 27001", "SOC 2 Type II", "ISMAP"],
              "ISO/IEC 27001認証およびSOC 2 Type II報告書に加え、ISMAPにも登録済みです。", {"ISMAP": "conflict"})
    + c(V, "rpo", D(15, "minutes"), "ok", "RPO（目標復旧時点）は15分です。")
    + c(V, "rto", D(4, "hours"), "unverified", "RTO（目標復旧時間）は4時間を目安としております。")
    + c(V, "retention", D(90, "days"), "ok", "標準の保持期間は90日間です。")
    + c(V, "max_storage", 500 * TB, "ok", "1テナントあたり最大500TBまで保存できます。")
    + members(V, "data_centers", ["Tokyo", "Osaka"], "データセンターは東京・大阪の2拠点で、国外へのデータ移転は発生しません。")
    + c(V, "encryption", "AES-256", "ok", "保存データはAES-256で暗号化されます。")
    + c(V, "sla", 99.95, "ok", "月間稼働率は99.95%です。")
    + c(I, "general_availability", "2027-01", "ok", "メリディアン インサイトを2027年1月の一般提供開始後にご利用いただけます。")
    + c(S, "max_file_size", 50 * GB, "unverified", "1ファイルあたり最大50GBまでアップロード可能です。")
    + c(S, "offline_mode", False, "ok", "オフライン環境での編集には対応しておりません。")
    + c(V, "support_response_time", D(30, "minutes"), "unverified", "重大障害は30分以内に一次回答いたします。")
    + c(S, "integrations", 120, "unverified", "標準連携コネクタを120種類以上ご用意しています。")
    + c(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "| メリディアン シンク | 月額基本料金 | 50,000 | 55,000 |")
    + c(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "| メリディアン シンク | 月額基本料金 | 50,000 | 55,000 |")
    + c(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト | 1TBあたり月額 | 2,800 | 3,080 |")
    + c(V, "price_per_tb", M(3080, "JPY", "TB-month", "included"), "ok", "| メリディアン ボールト | 1TBあたり月額 | 2,800 | 3,080 |")
    + c(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "| メリディアン インサイト | 1ユーザーあたり月額 | 4,000 | 4,000 |")
    + c(I, "per_user_price", M(4000, "JPY", "user-month", "included"), "conflict", "| メリディアン インサイト | 1ユーザーあたり月額 | 4,000 | 4,000 |"),
    [term(S, "旧製品名「メリディアン ファイルシンク」の表記を現行名に修正"),
     phrase("ja.absolute", "データが失われることは絶対にありません。")])

# ---------------------------------------------------------------- D2 tokyo 見積書 (UTF-8 BOM, CRLF)
D2 = """\
                                御　見　積　書

                                                    見積番号：MD-Q-2026-1187
                                                    発 行 日：2026年11月9日
北辰物流株式会社
情報システム部 小林 達也 様                         メリディアンデータ株式会社
                                                    東京オフィス 営業第二部
                                                    〒100-0005 東京都千代田区丸の内1-6-5
                                                    TEL 03-6812-4470
                                                    担当：佐藤 健
                                                    登録番号：T7010401187326

件　　名：ファイル共有・バックアップ基盤 月額利用料
有効期限：発行日より30日間
支払条件：月末締め翌月末払い

下記のとおりお見積り申し上げます。

【お見積明細】（単位：円）
No. 品名・内容                              課金単位           月額単価(税抜)   月額単価(税込)
--- --------------------------------------- ------------------ ---------------- ----------------
 1  メリディアン シンク 月額基本料金         テナント                   50,000           55,000
 2  メリディアン ボールト バックアップ利用料 1TBあたり                   2,800            2,800
 3  メリディアン インサイト 利用料           1ユーザーあたり             4,000            4,400

【初期費用】（単位：円）
No. 品名・内容                              数量     単価(税抜)       金額(税抜)
--- --------------------------------------- -------- ---------------- ----------------
 4  導入支援サービス（設計・移行・操作教育） 1式             1,200,000        1,200,000

【ご参考：想定構成での初年度費用】（単位：円）
  明細1  12か月                                                 600,000
  明細2  45TB × 12か月                                        1,512,000
  明細3  60名 × 12か月                                        2,880,000
  明細4  一式                                                 1,200,000
  出精値引き（初年度限り）                                     -450,000
  ---------------------------------------------------------------------
  小計（税抜）                                                5,742,000
  消費税（10%）                                                 574,200
  合計（税込）                                                6,316,200

※1 月額単価は2026年度価格表（PL-JP-2026-04）に基づく標準価格です。
※2 消費税は10%で計算しております。
※3 ご参考欄の数量（45TB、60名）は10月16日のお打ち合わせ時の想定値です。ご契約数量により金額は変動いたします。
※4 出精値引きは初年度のご契約に限り適用いたします。

                                                                      以上
"""
_r1 = " 1  メリディアン シンク 月額基本料金         テナント                   50,000           55,000"
_r2 = " 2  メリディアン ボールト バックアップ利用料 1TBあたり                   2,800            2,800"
_r3 = " 3  メリディアン インサイト 利用料           1ユーザーあたり             4,000            4,400"
doc("docs/tokyo/見積書_MD-Q-2026-1187.txt", "tokyo", D2,
    c(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", _r1.strip())
    + c(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", _r1.strip())
    + c(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", _r2.strip())
    + c(V, "price_per_tb", M(2800, "JPY", "TB-month", "included"), "conflict", _r2.strip())
    + c(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", _r3.strip())
    + c(I, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", _r3.strip()),
    raw=b"\xef\xbb\xbf" + D2.replace("\n", "\r\n").encode("utf-8"))

# ---------------------------------------------------------------- D3 tokyo security sheet (Shift_JIS HTML)
D3 = """\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">
<meta name="ProgId" content="Excel.Sheet">
<title>セキュリティチェックシート回答</title>
<style>
td, th { border: .5pt solid windowtext; font-family: "ＭＳ Ｐゴシック"; font-size: 10pt; vertical-align: top; }
caption { font-weight: bold; text-align: left; }
</style>
</head>
<body>
<h1>セキュリティチェックシート ご回答</h1>
<p>北辰物流株式会社 情報システム部 御中<br>
回答日：2026年11月11日　回答者：メリディアンデータ株式会社 東京オフィス セキュリティ推進室</p>
<p>貴社チェックシート（様式 HL-SEC-03 第4版）の各項目について、以下のとおり回答いたします。</p>
<table cellspacing="0" cellpadding="3">
<caption>対象サービス：メリディアン ボールト</caption>
<tr><th>No.</th><th>分類</th><th>確認項目</th><th>回答</th><th>補足説明</th></tr>
<tr><td>1</td><td rowspan="2">可用性</td><td>稼働率99.9%以上のSLAが定義されていますか。</td><td>はい</td><td>月間稼働率99.95%をSLAとして定義しております。</td></tr>
<tr><td>2</td><td>計画停止は月4時間以内ですか。</td><td>はい</td><td>計画メンテナンスは月1回、日曜深夜の2時間以内で実施し、10日前までにご案内します。</td></tr>
<tr><td>3</td><td rowspan="3">バックアップ</td><td>RPOは30分以内ですか。</td><td>はい</td><td>RPOは15分です。</td></tr>
<tr><td>4</td><td>バックアップデータの保持期間を記載してください。</td><td>―</td><td>標準の保持期間は90日間です。延長はオプションにて承ります。</td></tr>
<tr><td>5</td><td>目標復旧時間（RTO）を記載してください。</td><td>―</td><td>RTOは4時間を目標としております。</td></tr>
<tr><td>6</td><td rowspan="2">データ保管</td><td>データセンターの所在地を記載してください。</td><td>―</td><td>東京および大阪のデータセンターで保管します。</td></tr>
<tr><td>7</td><td>国外のリージョンへデータが複製されることはありますか。</td><td>いいえ</td><td>複製は国内リージョン間のみで行い、シンガポール等の国外リージョンへの複製は行いません。</td></tr>
<tr><td>8</td><td>暗号化</td><td>保存データは暗号化されていますか。</td><td>はい</td><td>AES-256で暗号化しています。暗号鍵はお客様ごとに分離して管理します。</td></tr>
<tr><td>9</td><td>第三者認証</td><td>ISMS（ISO/IEC 27001）等の第三者認証を取得していますか。</td><td>はい</td><td>ISO/IEC 27001およびISO/IEC 27017の認証を取得しております。</td></tr>
<tr><td>10</td><td>容量</td><td>想定データ量は初年度45TB、5年後120TBです。容量の上限はありますか。</td><td>はい</td><td>1テナントあたり最大500TBまでご利用いただけます。</td></tr>
<tr><td>11</td><td>運用体制</td><td>障害発生時のお客様への連絡方法を記載してください。</td><td>―</td><td>ご登録いただいた連絡先へ、メールおよび電話でご連絡いたします。</td></tr>
</table>
<p>※本回答は2026年11月11日時点の内容です。</p>
</body>
</html>
"""
doc("docs/tokyo/セキュリティチェックシート回答_メリディアンボールト.html", "tokyo", D3,
    c(V, "sla", 99.95, "ok", "月間稼働率99.95%をSLAとして定義しております。")
    + c(V, "rpo", D(15, "minutes"), "ok", "RPOは15分です。")
    + c(V, "retention", D(90, "days"), "ok", "標準の保持期間は90日間です。")
    + c(V, "rto", D(4, "hours"), "unverified", "RTOは4時間を目標としております。")
    + members(V, "data_centers", ["Tokyo", "Osaka"], "東京および大阪のデータセンターで保管します。")
    + c(V, "encryption", "AES-256", "ok", "AES-256で暗号化しています。")
    + members(V, "certifications", ["ISO 27001", "ISO 27017"], "ISO/IEC 27001およびISO/IEC 27017の認証を取得しております。",
              {"ISO 27001": "unverified", "ISO 27017": "unverified"})
    + c(V, "max_storage", 500 * TB, "ok", "1テナントあたり最大500TBまでご利用いただけます。"),
    raw=D3.replace("\n", "\r\n").encode("shift_jis"))

# ---------------------------------------------------------------- D4 osaka RFP回答書
D4 = """\
# 関西メディカルセンター様「経営分析基盤構築」RFPへのご回答

- 提出日：2026年10月30日
- 提出者：メリディアンデータ株式会社 大阪オフィス
- RFP番号：KMC-2026-IT-07

## 0. 文書管理

| 版 | 日付 | 変更内容 |
|----|------|----------|
| 第1版 | 2026年9月25日 | 初版 |
| 第2版 | 2026年10月30日 | 価格を2026年度価格表に合わせて修正、要件R-08への回答を追加 |

## 1. 貴院の現状と課題

| 項目 | 内容 |
|------|------|
| 病床数 | 612床 |
| 職員数 | 1,480名（うち経営分析資料の閲覧者 約85名） |
| 部門システム | 23システム（電子カルテ、医事会計、物流管理ほか） |
| 既存DWHのデータ量 | 約3.2TB（5年分） |
| 月次経営会議資料の作成工数 | 約40時間／月 |
| 定型レポート数 | 約150本 |

現状は、各部門システムから抽出したCSVを経営企画室で手作業により集計しており、月次資料の作成に毎月5営業日を要しています。

## 2. ご提案製品：メリディアン インサイト

メリディアン インサイトは、クラウド型のBI・ダッシュボードサービスです。
本製品は2027年1月に一般提供を開始する予定で、それまではベータ版としてご利用いただけます。
正式版の提供開始前でも、30日間の無料トライアルで貴院のデータによる検証が可能です。
本製品には、業界初※となる病院経営向けのダッシュボードテンプレートを標準で搭載しています。

※2026年8月 当社調べ（国内で提供されているクラウドBIサービス12製品を対象）

導入いただければ、必ず経営判断のスピードが向上します。

## 3. 要件適合表（メリディアン インサイト）

| No. | 要件 | 回答 | 適合 |
|-----|------|------|------|
| R-01 | 作成できるダッシュボード数が300以上であること | 1ワークスペースあたり最大200個です。複数ワークスペースの併用でご要件を満たせます。 | △ |
| R-02 | 1億件規模のデータの集計が5秒以内に完了すること | クエリ応答時間は最大2秒です（1億行規模のワークスペースにおけるp95値）。 | ○ |
| R-03 | 10種類以上の院内システムと連携できること | 標準コネクタを80種類以上ご用意しております。 | ○ |
| R-04 | 日本語と英語の画面表示に対応すること | 日本語・英語を含む12言語に対応しております。 | ○ |
| R-05 | 稼働率99.5%以上であること | SLAは99.9%です。 | ○ |
| R-06 | 導入前に無償で評価できること | 30日間の無料トライアルをご利用いただけます。 | ○ |
| R-07 | データを国内で保管すること | データは東京のデータセンターで保管いたします。 | ○ |
| R-08 | APIでデータを取り込めること | API呼び出しは1分あたり600リクエストまでご利用いただけます。 | ○ |
| R-09 | 利用者1名あたりの月額費用を提示すること | 1ユーザーあたり月額4,000円（税抜）です。 | ○ |

## 4. 概算費用

| 区分 | 内容 | 金額（税抜） |
|------|------|-------------:|
| 月額利用料 | 想定利用者85名分 | 340,000円／月 |
| 初期導入支援 | 設計・データ連携構築・操作研修 | 1,800,000円 |

※ 上記は「1. 貴院の現状と課題」の想定利用者数に基づく概算です。
※ メリディアン インサイトの単価は、1ユーザーあたり月額4,000円（税抜）、4,400円（税込）です。

---
メリディアンデータ株式会社 大阪オフィス　担当：西田 亮
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー18階　TEL 06-6345-2217
"""
doc("docs/osaka/RFP回答書_関西メディカルセンター様_経営分析基盤.md", "osaka", D4,
    c(I, "general_availability", "2027-01", "ok", "本製品は2027年1月に一般提供を開始する予定で、それまではベータ版としてご利用いただけます。")
    + c(I, "free_trial", D(30, "days"), "ok", "正式版の提供開始前でも、30日間の無料トライアルで貴院のデータによる検証が可能です。")
    + c(I, "max_dashboards", 200, "ok", "1ワークスペースあたり最大200個です。")
    + c(I, "query_latency", D(2, "seconds"), "ok", "クエリ応答時間は最大2秒です（1億行規模のワークスペースにおけるp95値）。")
    + c(I, "integrations", 80, "unverified", "標準コネクタを80種類以上ご用意しております。")
    + c(I, "ui_languages", 12, "unverified", "日本語・英語を含む12言語に対応しております。")
    + c(I, "sla", 99.9, "unverified", "SLAは99.9%です。")
    + c(I, "data_centers", "Tokyo", "unverified", "データは東京のデータセンターで保管いたします。")
    + c(I, "api_rate_limit", 600, "unverified", "API呼び出しは1分あたり600リクエストまでご利用いただけます。")
    + c(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "1ユーザーあたり月額4,000円（税抜）です。")
    + c(I, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイトの単価は、1ユーザーあたり月額4,000円（税抜）、4,400円（税込）です。"),
    [phrase("ja.absolute", "導入いただければ、必ず経営判断のスピードが向上します。")])

# ---------------------------------------------------------------- D5 osaka 見積書 (HTML)
D5 = """\
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>御見積書 OSK-Q-2026-0318</title>
<style>
body { font-family: "Yu Gothic", sans-serif; }
table { border-collapse: collapse; margin-bottom: 1em; }
th, td { border: 1px solid #666; padding: 2px 8px; }
td.num { text-align: right; }
</style>
</head>
<body>
<h1>御見積書</h1>
<table class="meta">
<tr><th>見積番号</th><td>OSK-Q-2026-0318</td></tr>
<tr><th>発行日</th><td>2026年11月13日</td></tr>
<tr><th>有効期限</th><td>2026年12月25日</td></tr>
<tr><th>宛先</th><td>関西メディカルセンター 経営企画室 藤原 様</td></tr>
</table>
<p>平素は格別のお引き立てを賜り、厚く御礼申し上げます。下記のとおりお見積り申し上げます。</p>

<table class="items">
<caption>お見積明細（月額単価・単位：円）</caption>
<thead><tr><th>明細番号</th><th>品目</th><th>単価（税抜）</th><th>単価（税込）</th><th>備考</th></tr></thead>
<tbody>
<tr><td>1</td><td>メリディアン インサイト 利用料（1ユーザーあたり）</td><td class="num">4,000</td><td class="num">4,400</td><td>※1</td></tr>
<tr><td>2</td><td>メリディアン ボールト 利用料（1TBあたり）</td><td class="num">2,500</td><td class="num">2,750</td><td>※2</td></tr>
</tbody>
</table>

<table class="items">
<caption>初期費用（単位：円）</caption>
<tr><th>明細番号</th><th>品目</th><th>金額（税抜）</th><th>金額（税込）</th></tr>
<tr><td>3</td><td>導入支援サービス（設計・データ連携・研修）</td><td class="num">800,000</td><td class="num">880,000</td></tr>
</table>

<table class="summary">
<caption>ご参考：初年度費用の試算（単位：円）</caption>
<tr><th>明細番号</th><th>数量</th><th>期間</th><th>金額（税抜）</th></tr>
<tr><td>1</td><td>85名</td><td>12か月</td><td class="num">4,080,000</td></tr>
<tr><td>2</td><td>20TB</td><td>12か月</td><td class="num">600,000</td></tr>
<tr><td>3</td><td>一式</td><td>-</td><td class="num">800,000</td></tr>
<tr><th colspan="3">小計（税抜）</th><td class="num">5,480,000</td></tr>
<tr><th colspan="3">消費税（10%）</th><td class="num">548,000</td></tr>
<tr><th colspan="3">合計（税込）</th><td class="num">6,028,000</td></tr>
</table>

<ul class="notes">
<li>※1 メリディアン インサイトは2026年12月に正式リリースの予定です。リリースまではベータ版としてご利用いただけます。</li>
<li>※2 明細番号2は年間契約を前提としたキャンペーン単価です。</li>
<li>※3 当社はどこよりも安い価格でご提案しております。</li>
</ul>

<p>メリディアンデータ株式会社 大阪オフィス<br>
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー18階<br>
TEL 06-6345-2217 / FAX 06-6345-2218<br>
担当：西田 亮</p>
</body>
</html>
"""
_i5 = '<td>メリディアン インサイト 利用料（1ユーザーあたり）</td><td class="num">4,000</td><td class="num">4,400</td>'
_v5 = '<td>メリディアン ボールト 利用料（1TBあたり）</td><td class="num">2,500</td><td class="num">2,750</td>'
doc("docs/osaka/見積書_OSK-Q-2026-0318.html", "osaka", D5,
    c(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", _i5)
    + c(I, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", _i5)
    + c(V, "price_per_tb", M(2500, "JPY", "TB-month", "excluded"), "conflict", _v5)
    + c(V, "price_per_tb", M(2750, "JPY", "TB-month", "included"), "conflict", _v5)
    + c(I, "general_availability", "2026-12", "conflict", "メリディアン インサイトは2026年12月に正式リリースの予定です。"),
    [phrase("ja.cheapest", "当社はどこよりも安い価格でご提案しております。")])

# ---------------------------------------------------------------- D6 us-hq SOW
D6 = """\
# Statement of Work: Backup Modernization for Calder Freight Lines, Inc.

SOW number: MD-SOW-2026-0412
Master agreement: MSA-CFL-2025-009 (signed 2025-11-17)
Prepared by: Meridian Data Inc., 500 Howard Street, Suite 1400, San Francisco, CA 94105

## Version history

| Version | Date | Author | Change |
|---|---|---|---|
| 0.1 | 2026-06-02 | J. Pike | First draft after the discovery call of 2026-05-28 |
| 0.4 | 2026-08-19 | J. Pike | Added secondary-copy plan and the Appendix B workload list |
| 0.9 | 2026-10-21 | D. Whitfield | Legal review comments |
| 1.0 | 2026-11-04 | D. Whitfield | Issued for signature |

## 1. Background and current environment

Calder Freight Lines operates 14 depots across 6 states and employs 2,340 people. Its current backup estate, as measured during discovery:

- 410 TB of primary data on two storage arrays at the Reno data center, growing roughly 22% a year
- 9 VMware clusters running 1,100 virtual machines
- Nightly backups to LTO-8 tape on a 35-day rotation; tapes are kept off-site for 7 years
- Current recovery point: 24 hours; current recovery time for a full depot: up to 72 hours
- Calder's stated target is a 4-hour recovery for the dispatch and billing systems

## 2. Scope: Meridian Vault onboarding

Meridian Data will deploy Meridian Vault to protect the workloads listed in Appendix B. As delivered under this SOW:

- Recovery point objective: 15 minutes for every protected workload.
- Recovery time objective: 4 hours for the tier-1 systems in Appendix B.
- Retention: backups are retained for 90 days by default.
- Capacity: Meridian Vault stores up to 500 TB per tenant.
- Data centers: primary copies in Oregon, secondary copies in our Virginia region.
- Encryption: AES-256 at rest, TLS 1.2 or later in transit.
- Availability: 99.95% monthly uptime SLA, with service credits as set out in the MSA.

Calder's freight records that must be held for 7 years stay on the existing WORM appliance and are out of scope.

## 3. Milestones

| # | Milestone | Target date |
|---|---|---|
| M1 | Kick-off and access provisioning | 2026-12-01 |
| M2 | Install Meridian Vault agent 2.1 on pilot hosts (3 depots) | 2027-01-15 |
| M3 | Pilot acceptance | 2027-02-12 |
| M4 | Full rollout to all 14 depots | 2027-03-26 |
| M5 | Tape retirement and project closure | 2027-04-30 |

Cutover from tape to Meridian Vault will be carried out depot by depot with zero downtime for dispatch operations.

## 4. Fees

Table 4 - Fees (USD, excluding sales tax)

| Item | Basis | Price |
|---|---|---:|
| Meridian Vault subscription | per TB per month | $20.00 |
| Onboarding services | fixed fee, invoiced 50% at M1 and 50% at M4 | $48,000.00 |
| Administrator training (two remote sessions) | once | $3,600.00 |

Calder receives a one-time 10% discount on the onboarding services fee. At the 410 TB measured in discovery, the estimated monthly subscription charge is $8,200.

## 5. Assumptions

- Calder provides at least 1 Gbps of outbound bandwidth at the Reno data center.
- Service credits under the SLA are Calder's sole remedy for unavailability; there is no guarantee of any outcome beyond them.
- Appendix B is agreed in writing before M2.

## Appendix B - Protected workloads (summary)

| Tier | Workloads | Approx. size |
|---|---|---|
| 1 | Dispatch (SQL Server), billing (Oracle) | 38 TB |
| 2 | File servers, depot VMs | 290 TB |
| 3 | Archive shares | 82 TB |

---

Meridian Data Inc.                         Calder Freight Lines, Inc.
Name: Dana Whitfield                       Name: Megan Ortiz
Title: Director, Solutions Engineering     Title: VP, IT Infrastructure
Date: ________________                     Date: ________________
"""
doc("docs/us-hq/SOW_MD-SOW-2026-0412_Calder_Freight_Vault.md", "us-hq", D6,
    c(V, "rpo", D(15, "minutes"), "ok", "Recovery point objective: 15 minutes for every protected workload.")
    + c(V, "rto", D(4, "hours"), "unverified", "Recovery time objective: 4 hours for the tier-1 systems in Appendix B.")
    + c(V, "retention", D(90, "days"), "ok", "Retention: backups are retained for 90 days by default.")
    + c(V, "max_storage", 500 * TB, "ok", "Capacity: Meridian Vault stores up to 500 TB per tenant.")
    + members(V, "data_centers", ["Oregon", "Virginia"], "Data centers: primary copies in Oregon, secondary copies in our Virginia region.",
              {"Virginia": "conflict"})
    + c(V, "encryption", "AES-256", "ok", "Encryption: AES-256 at rest, TLS 1.2 or later in transit.")
    + c(V, "sla", 99.95, "ok", "Availability: 99.95% monthly uptime SLA, with service credits as set out in the MSA.")
    + c(V, "price_per_tb", M(20, "USD", "TB-month", "excluded"), "ok", "| Meridian Vault subscription | per TB per month | $20.00 |"),
    [phrase("en.guarantee", "Cutover from tape to Meridian Vault will be carried out depot by depot with zero downtime for dispatch operations.")])

# ---------------------------------------------------------------- D7 us-hq RFP response (HTML)
D7 = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbor County RFP HC-IT-2026-117 - Response, Section 4</title>
<style>
table { border-collapse: collapse; }
th, td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; }
p.footnote { font-size: 85%; }
</style>
</head>
<body>
<h1>Response to RFP HC-IT-2026-117, Section 4: Technical Compliance</h1>
<p>Submitted by Meridian Data Inc. on November 9, 2026. Contact: Dana Whitfield, +1 415 555 0188, dana.whitfield@meridian-data.com.</p>

<h2>4.0 County environment (from RFP Section 2)</h2>
<p>Harbor County employs about 2,900 staff in 31 departments. Around 1,750 of them need access to shared files, and 40 departments and boards publish performance dashboards each quarter. The County's current file servers hold 26 TB and are replaced in fiscal year 2027.</p>

<h2>4.1 Compliance matrix</h2>
<p>Meridian Sync is the #1 rated file-sharing platform among US county governments.<sup>1</sup></p>
<table>
<caption>Table 4-1. Requirement compliance (Y = complies, P = partially complies, N = does not comply)</caption>
<tr><th>Req. ID</th><th>Requirement</th><th>Product</th><th>Response</th><th>Y/P/N</th></tr>
<tr><td>T-01</td><td>Support at least 3,000 named users.</td><td rowspan="7">Meridian Sync</td><td>Supports up to 10,000 named users per organization.</td><td>Y</td></tr>
<tr><td>T-02</td><td>Vendor holds FedRAMP Moderate authorization.</td><td>Not FedRAMP authorized. The service is ISO 27001 certified and a SOC 2 Type II report is available under NDA.</td><td>P</td></tr>
<tr><td>T-03</td><td>Clients for Windows, macOS and Linux workstations.</td><td>Desktop clients for Windows and macOS; mobile apps for iOS and Android. Linux is not supported.</td><td>P</td></tr>
<tr><td>T-04</td><td>Service availability of 99.9% or higher.</td><td>99.9% uptime SLA with service credits.</td><td>Y</td></tr>
<tr><td>T-05</td><td>At least 500 GB of storage per user.</td><td>1 TB of storage per user.</td><td>Y</td></tr>
<tr><td>T-06</td><td>Field inspectors can work without connectivity.</td><td>Offline mode is supported on the mobile apps.</td><td>Y</td></tr>
<tr><td>T-07</td><td>Retain prior versions of files.</td><td>Unlimited version history.</td><td>Y</td></tr>
<tr><td>T-08</td><td>A dashboard for every department and board (40).</td><td rowspan="5">Meridian Insight</td><td>Up to 200 dashboards per workspace.</td><td>Y</td></tr>
<tr><td>T-09</td><td>Report queries return in under 5 seconds.</td><td>Typical queries complete in less than 1 second.</td><td>Y</td></tr>
<tr><td>T-10</td><td>State the general availability date.</td><td>Generally available in January 2027. Beta access is available now.</td><td>Y</td></tr>
<tr><td>T-11</td><td>State the price per user.</td><td>$30 per user per month.</td><td>Y</td></tr>
<tr><td>T-12</td><td>Pilot period before purchase.</td><td>30-day free trial; longer pilots by arrangement.</td><td>Y</td></tr>
<tr><td>T-13</td><td>Encryption of data at rest.</td><td>Meridian Sync and Meridian Insight (both products)</td><td>AES-256 for all stored data.</td><td>Y</td></tr>
</table>
<p class="footnote">
1 Source: GovTech Buyers Survey 2026, US county IT leaders (n = 412).
</p>
</body>
</html>
"""
doc("docs/us-hq/Harbor_County_RFP_HC-IT-2026-117_Section4.html", "us-hq", D7,
    c(S, "max_users", 10000, "ok", "Supports up to 10,000 named users per organization.")
    + members(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "The service is ISO 27001 certified and a SOC 2 Type II report is available under NDA.")
    + members(S, "supported_platforms", PLATFORMS, "Desktop clients for Windows and macOS; mobile apps for iOS and Android.")
    + c(S, "sla", 99.9, "ok", "99.9% uptime SLA with service credits.")
    + c(S, "storage_per_user", 1 * TB, "ok", "1 TB of storage per user.")
    + c(S, "offline_mode", True, "conflict", "Offline mode is supported on the mobile apps.")
    + c(I, "max_dashboards", 200, "ok", "Up to 200 dashboards per workspace.")
    + c(I, "query_latency", D(1, "seconds"), "conflict", "Typical queries complete in less than 1 second.")
    + c(I, "general_availability", "2027-01", "ok", "Generally available in January 2027.")
    + c(I, "per_user_price", M(30, "USD", "user-month"), "ok", "$30 per user per month.")
    + c(I, "free_trial", D(30, "days"), "ok", "30-day free trial; longer pilots by arrangement.")
    + c(S, "encryption", "AES-256", "unverified", "AES-256 for all stored data.")
    + c(I, "encryption", "AES-256", "unverified", "AES-256 for all stored data."),
    [phrase("en.unlimited", "Unlimited version history.")])

# ---------------------------------------------------------------- D8 london security questionnaire (plain text)
D8 = """\
THAMESBANK PLC
THIRD-PARTY SECURITY QUESTIONNAIRE (TPSQ v7) - SUPPLIER RESPONSE

Supplier:           Meridian Data Ltd
Company number:     11837462 (England and Wales)
VAT number:         GB 294 5518 07
ICO registration:   ZA481206
Questionnaire ref:  TB-TPSQ-2026-0193
Completed by:       Tom Ashdown, Solutions Architect (+44 20 7946 0377)
Date completed:     27 October 2026

Instructions: answer every question. Where a question states a Thamesbank
requirement, the supplier's answer must say whether it is met.


SECTION A - Meridian Vault (managed backup)
===========================================

Ref   Question                                              Answer
----  ----------------------------------------------------  ------------------------------------------------------------
A.1   Data centre locations for Thamesbank data             Frankfurt (primary) and London (secondary) data centres.
A.2   Recovery point objective (Thamesbank policy: 60 min)  15 minutes.
A.3   Recovery time objective                               2 hours.
A.4   Default backup retention                              90 days; longer retention on request.
A.5   Encryption at rest: algorithm and key length          AES-256.
A.6   Availability commitment                               99.95% per calendar month.
A.7   Certifications held for this service                  ISO 27001 and Cyber Essentials Plus.
A.8   Storage limit per tenant (Thamesbank expects 180 TB)  Up to 500 TB per tenant.


SECTION B - Meridian Sync (file sync and share)
===============================================

Ref   Question                                              Answer
----  ----------------------------------------------------  ------------------------------------------------------------
B.1   Maximum users (Thamesbank headcount: 4,600)           Up to 10,000 users per organisation.
B.2   Certifications held for this service                  ISO 27001; SOC 2 Type II report available under NDA.
B.3   Can staff work offline?                               No. An internet connection is required to sync.
B.4   Supported client operating systems                    Windows, macOS, iOS and Android.
B.5   Maximum upload file size                              100 GB per file.
B.6   Support response time for P1 incidents                1 hour, 24x7.
B.7   Uptime SLA                                            99.9%.
B.8   Price (state currency and VAT treatment)              GBP 329 per month, excluding VAT.


SECTION C - GENERAL
===================

Ref   Question                                              Answer
----  ----------------------------------------------------  ------------------------------------------------------------
C.1   Number of UK employees                                62
C.2   Professional indemnity insurance                      GBP 10,000,000 per claim
C.3   Penetration testing                                   Twice a year by a CREST-accredited firm; summary on request.
C.4   Security statement                                    Meridian's hosting platform is 100% secure and independently tested.
C.5   Data Protection Officer                               dpo@uk.meridian-data.com, +44 20 7946 0300

-- end of response --
"""


def _row(ref):
    return next(l for l in D8.splitlines() if l.startswith(ref + " ")).strip()


doc("docs/london/Thamesbank_TPSQ_v7_Response.txt", "london", D8,
    members(V, "data_centers", ["Frankfurt", "London"], _row("A.1"), {"London": "conflict"})
    + c(V, "rpo", D(15, "minutes"), "ok", _row("A.2"))
    + c(V, "rto", D(2, "hours"), "unverified", _row("A.3"))
    + c(V, "retention", D(90, "days"), "ok", _row("A.4"))
    + c(V, "encryption", "AES-256", "ok", _row("A.5"))
    + c(V, "sla", 99.95, "ok", _row("A.6"))
    + members(V, "certifications", ["ISO 27001", "Cyber Essentials Plus"], _row("A.7"),
              {"ISO 27001": "unverified", "Cyber Essentials Plus": "unverified"})
    + c(V, "max_storage", 500 * TB, "ok", _row("A.8"))
    + c(S, "max_users", 10000, "ok", _row("B.1"))
    + members(S, "certifications", ["ISO 27001", "SOC 2 Type II"], _row("B.2"))
    + c(S, "offline_mode", False, "ok", _row("B.3"))
    + members(S, "supported_platforms", PLATFORMS, _row("B.4"))
    + c(S, "max_file_size", 100 * GB, "unverified", _row("B.5"))
    + c(S, "support_response_time", D(1, "hours"), "unverified", _row("B.6"))
    + c(S, "sla", 99.9, "ok", _row("B.7"))
    + c(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", _row("B.8")),
    [phrase("en.guarantee", "Meridian's hosting platform is 100% secure and independently tested.")])

# ---------------------------------------------------------------- D9 london datasheet
D9 = """\
# Meridian Sync — Datasheet (United Kingdom)

*Secure file sync and share for growing organisations. Edition: November 2026.*

Meridian Sync gives every team one governed place for files, with fast sync on every desk and in every pocket. Its industry-leading sync engine[^1] moves only the changed blocks of a file, so large drawings and spreadsheets sync quickly even over site connections.

## Key facts

- **Users:** up to 10,000 per organisation
- **Storage:** 1 TB per user
- **Availability:** 99.9% uptime SLA, backed by service credits
- **Platforms:** Windows, macOS, iOS and Android
- **Devices:** up to 5 devices per user
- **Version history:** previous versions of every file are kept for 30 days
- **Certifications:** ISO 27001, SOC 2 Type II and Cyber Essentials Plus

## Pricing

Meridian Sync is £329 per month for your organisation, excluding VAT. Annual billing is available on request.

## Getting started

Ask your account manager about a risk-free pilot for one department. Moving from an older deployment? The migration guide is at https://support.meridian-data.com/kb/MeridianFileSync-migration.

[^1]: Source: Halden Research, "File Sync Performance Benchmark", September 2026.

---

Meridian Data Ltd · 1 Finsbury Avenue, London EC2M 2PF · +44 20 7946 0300 · Registered in England and Wales no. 11837462 · VAT GB 294 5518 07
"""
doc("docs/london/Meridian_Sync_Datasheet_UK_2026-11.md", "london", D9,
    c(S, "max_users", 10000, "ok", "**Users:** up to 10,000 per organisation")
    + c(S, "storage_per_user", 1 * TB, "ok", "**Storage:** 1 TB per user")
    + c(S, "sla", 99.9, "ok", "**Availability:** 99.9% uptime SLA, backed by service credits")
    + members(S, "supported_platforms", PLATFORMS, "**Platforms:** Windows, macOS, iOS and Android")
    + c(S, "max_devices", 5, "unverified", "**Devices:** up to 5 devices per user")
    + c(S, "retention", D(30, "days"), "unverified", "**Version history:** previous versions of every file are kept for 30 days")
    + members(S, "certifications", ["ISO 27001", "SOC 2 Type II", "Cyber Essentials Plus"],
              "**Certifications:** ISO 27001, SOC 2 Type II and Cyber Essentials Plus", {"Cyber Essentials Plus": "conflict"})
    + c(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month for your organisation, excluding VAT."),
    [phrase("en.guarantee", "Ask your account manager about a risk-free pilot for one department.")])

# ---------------------------------------------------------------- D10 london: gzip bytes saved as .html
D10_INNER = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Annex C - Pricing</title></head>
<body><h1>Annex C - Pricing</h1><p>Meridian Vault is £16 per TB per month, excluding VAT.</p></body></html>
"""
doc("docs/london/RFP_Annex_C_Pricing.html", "london", None, [],
    [dict(kind="unreadable", rule=None, product=None, quoted=False,
          text="gzip-compressed bytes saved under an .html name (starts 1f 8b, contains NUL bytes); not text in any charset")],
    raw=gzip.compress(D10_INNER.encode("utf-8"), compresslevel=9, mtime=0))

# ---------------------------------------------------------------- draft (ignored by .onevoice.yaml)
DRAFT = """\
# さくら電機様 ファイル共有基盤ご提案（下書き v0.2）

※社内レビュー前の下書きです。お客様へ送付しないでください。

- メリディアン・ファイルシンクは最大5,000ユーザーまで対応
- 業界No.1のファイル共有サービス
- オフライン環境でも編集可能（要確認）
- 月額45,000円（税込）
"""
DRAFT_PATH = "docs/tokyo/drafts/提案書_さくら電機様_v0.2_下書き.md"

# =====================================================================
# Mail
# =====================================================================
MAILS = []

JST = dt.timezone(dt.timedelta(hours=9))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
BST = dt.timezone(dt.timedelta(hours=1))
GMT = dt.timezone.utc


def hdr(s, cs):
    if s.isascii():
        return s
    return Header(s, cs).encode()


def addr(name, a, cs="utf-8"):
    return formataddr((name, a), charset=cs)


def body_encode(text, cs, cte):
    """-> bytes of a text body in charset cs with transfer encoding cte (LF line ends)."""
    if cte == "7bit" and cs.lower() == "iso-2022-jp":
        return b"\n".join(line.encode("iso-2022-jp") for line in text.split("\n"))
    if cte == "7bit":
        return text.encode("ascii")
    if cte == "8bit":
        return text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(text.replace("\n", "\r\n").encode(cs))
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(cs))
    raise ValueError(cte)


def part(ctype, text, cs, cte, extra=""):
    head = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, cs, extra, cte)
    b = body_encode(text, cs, cte)
    return head.encode("ascii") + b + (b"" if b.endswith(b"\n") else b"\n")


def multipart(subtype, boundary, parts):
    out = b"Content-Type: multipart/%s; boundary=\"%s\"\n\n" % (subtype.encode(), boundary.encode())
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p + b"\n"   # the line break before a boundary belongs to it
    return out + b"--" + boundary.encode() + b"--\n"


def to_html(text, style="gmail"):
    """A plain text body as the HTML alternative a mailer would send."""
    out, quote = [], []

    def flush():
        if quote:
            inner = "<br>\n".join(html.escape(q) for q in quote)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
            quote.clear()
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" "))
            continue
        flush()
        out.append("<div>%s</div>" % (html.escape(line) if line.strip() else "<br>"))
    flush()
    body = "\n".join(out)
    if style == "outlook":
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal, div {margin:0cm; font-size:11pt; font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="EN-GB">\n<div class="WordSection1">\n%s\n</div>\n</body></html>\n' % body)
    return '<div dir="ltr">\n%s\n</div>\n' % body


def mail(n, mid, date, from_name, from_addr, to, subject, body, office, claims, findings=(), archive=True,
         cs="utf-8", cte="quoted-printable", alt=None, crlf=True, extra_headers=(), mailer=None, raw_body=None,
         attached_text=None):
    """Build one RFC 5322 message. body: the decoded text/plain the claims are judged on."""
    h = []
    h.append("Return-Path: <%s>" % from_addr)
    h += list(extra_headers)
    h.append("MIME-Version: 1.0")
    h.append("Date: %s" % format_datetime(date))
    h.append("Message-ID: <%s>" % mid)
    h.append("From: %s" % addr(from_name, from_addr, cs))
    h.append("To: %s" % to)
    h.append("Subject: %s" % hdr(subject, cs))
    if mailer:
        h.append(mailer)
    head = ("\n".join(h) + "\n").encode("ascii")
    if raw_body is not None:
        payload = raw_body
    elif alt:
        payload = multipart("alternative", alt[0], [part("text/plain", body, cs, cte),
                                                    part("text/html", alt[1], cs, cte)])
    else:
        payload = part("text/plain", body, cs, cte, extra="; format=flowed" if cte == "8bit" and cs == "utf-8" else "")
    raw = head + payload
    MAILS.append(dict(n=n, file="mail/%04d.eml" % n, mid=mid, date=date, office=office, from_addr=from_addr,
                      raw=raw, crlf=crlf, body=body, attached_text=attached_text, claims=claims,
                      findings=list(findings), archive=archive))


# ---------------------------------------------------------------- 0001 us-hq, March (5,000 still valid)
B1 = """\
Hi Megan,

Thanks for the time on Tuesday — great to meet Luis and the depot leads.

On your sizing question: Meridian Sync supports up to 5,000 users per organization today. Your first two phases (about 1,850 people) fit comfortably on a single tenant.
From April 1, 2026, Meridian Sync's limit rises to 10,000 users per organization, which covers the full rollout.
Pricing stays at $399 per month for Meridian Sync, billed annually. Storage is 1 TB per user.

Could we hold Thursday, March 26 at 10:30 PT for the security review? I'll bring Dana Whitfield from our solutions team; she can walk your auditors through the SOC 2 Type II report.

Best,
Jordan

--
Jordan Pike
Account Executive, West | Meridian Data Inc.
500 Howard Street, Suite 1400, San Francisco, CA 94105
m: +1 (415) 555-0142
"""
mail(1, "CAK7Lp3sR9x+Vb2yQmWc4nTq8JdE1aUfZg6hX0oYv5kP3rN@mail.gmail.com",
     dt.datetime(2026, 3, 20, 9, 42, 17, tzinfo=PDT), "Jordan Pike", "jordan.pike@meridian-data.com",
     "Megan Ortiz <mortiz@calderfreight.com>", "Re: Sync sizing for the depots", B1, "us-hq",
     c(S, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per organization today.")
     + c(S, "max_users", 10000, "ok", "From April 1, 2026, Meridian Sync's limit rises to 10,000 users per organization")
     + c(S, "monthly_price", M(399, "USD", "month"), "ok", "Pricing stays at $399 per month for Meridian Sync, billed annually."),
     alt=("000000000000f3a91c05e8d2b7a4", to_html(B1)),
     extra_headers=["Received: by mail-yw1-f170.google.com with SMTP id 00721157ae682-6f4c2b9e1d0so18813377b3.3;\n        Fri, 20 Mar 2026 09:42:31 -0700 (PDT)"],
     mailer=None)

# ---------------------------------------------------------------- 0002 london, April
B2 = """\
Dear Gareth,

Many thanks for hosting us in Leeds on Monday, and for the site tour.

As promised, a summary of what we covered:

• Meridian Sync now supports up to 10,000 users per organisation; the limit was raised on 1 April.
• Your 2,600 site and office staff can therefore sit on a single tenant.
• Meridian Sync pricing is £329 per month, excluding VAT.
• Meridian Sync is certified to ISO 27001 and Cyber Essentials Plus.
• The Meridian Sync desktop client runs on Windows and macOS, with iOS and Android apps for site managers.

I'll send the order form for the 40-seat pilot by Friday, along with the data processing agreement.

Kind regards,

Priya Raman
Senior Account Manager
Meridian Data Ltd | 1 Finsbury Avenue, London EC2M 2PF
T +44 20 7946 0318 | M +44 7700 900 412
Registered in England and Wales No. 11837462
"""
mail(2, "DB9PR08MB66142A1E3F0B7C5D9E4A8B17C2A52@DB9PR08MB6614.eurprd08.prod.outlook.com",
     dt.datetime(2026, 4, 15, 11, 5, 48, tzinfo=BST), "Priya Raman", "priya.raman@uk.meridian-data.com",
     "Gareth Lloyd <gareth.lloyd@pennine-build.co.uk>", "Meridian Sync – follow-up from Leeds", B2, "london",
     c(S, "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per organisation; the limit was raised on 1 April.")
     + c(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "Meridian Sync pricing is £329 per month, excluding VAT.")
     + members(S, "certifications", ["ISO 27001", "Cyber Essentials Plus"], "Meridian Sync is certified to ISO 27001 and Cyber Essentials Plus.",
               {"Cyber Essentials Plus": "conflict"})
     + members(S, "supported_platforms", PLATFORMS,
               "The Meridian Sync desktop client runs on Windows and macOS, with iOS and Android apps for site managers."),
     alt=("_000_DB9PR08MB66142A1E3F0B7C5D9E4A8B17C2A52DB9PR08MB6614eurp_", to_html(B2, "outlook")),
     mailer="X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \nContent-Language: en-GB")

# ---------------------------------------------------------------- 0003 osaka, September (ISO-2022-JP, Becky)
B3 = """\
関西メディカルセンター
経営企画室 藤原様

いつもお世話になっております。
メリディアンデータ大阪オフィスの西田でございます。

先日はお忙しい中、お打ち合わせのお時間を頂戴し、誠にありがとうございました。
ご依頼いただいておりました件について、以下のとおりご案内いたします。

１．料金
メリディアン インサイトは、1ユーザーあたり月額3,500円（税抜）でご提供いたします。
貴院のご利用予定人数（約85名）で試算いたしますと、月額297,500円（税抜）となります。

２．無料トライアル
メリディアン インサイトは、30日間の無料トライアルをご利用いただけます。

３．提供時期
メリディアン インサイトの一般提供開始は2027年1月を予定しており、それまではベータ版としてご利用いただけます。

なお、病院経営向けのテンプレートを標準搭載したBIサービスは業界初でございます。

次回のお打ち合わせは、9月29日（火）14時より貴院5階会議室にて承知いたしました。
どうぞよろしくお願いいたします。

--
メリディアンデータ株式会社 大阪オフィス
西田 亮（Ryo Nishida）
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー18階
TEL：06-6345-2217　FAX：06-6345-2218
Mail：nishida.r@osaka.jp.meridian-data.com
"""
_c3_price = "メリディアン インサイトは、1ユーザーあたり月額3,500円（税抜）でご提供いたします。"
_c3_trial = "メリディアン インサイトは、30日間の無料トライアルをご利用いただけます。"
_c3_ga = "メリディアン インサイトの一般提供開始は2027年1月を予定しており"
_c3_first = "病院経営向けのテンプレートを標準搭載したBIサービスは業界初でございます。"
mail(3, "20260914103512.4F2A.4A8B7C3D@osaka.jp.meridian-data.com",
     dt.datetime(2026, 9, 14, 10, 35, 12, tzinfo=JST), "西田 亮", "nishida.r@osaka.jp.meridian-data.com",
     addr("藤原 様", "fujiwara@kansai-med.or.jp", "iso-2022-jp"), "【メリディアンデータ】経営分析基盤のご提案について",
     B3, "osaka",
     c(I, "per_user_price", M(3500, "JPY", "user-month", "excluded"), "conflict", _c3_price)
     + c(I, "free_trial", D(30, "days"), "ok", _c3_trial)
     + c(I, "general_availability", "2027-01", "ok", _c3_ga),
     [phrase("ja.first-in-industry", _c3_first)],
     cs="iso-2022-jp", cte="7bit", crlf=False, mailer="X-Mailer: Becky! ver. 2.81.04 [ja]")

# ---------------------------------------------------------------- 0004 london, October (Outlook, quoted customer)
B4 = """\
Hi Helen,

Thanks for your questions; answers below in the same order.

1. Recovery point: Meridian Vault gives you an RPO of 5 minutes for databases and file servers alike.
2. Location: Meridian Vault runs in our Frankfurt data centre for UK customers. We don't have a London data centre today, so Frankfurt also meets your EU residency requirement.
3. Availability: Meridian Vault is backed by a 99.95% availability SLA.
4. Pricing: Meridian Vault is £16 per TB per month, excluding VAT. For the 180 TB you mentioned on the call, that comes to £2,880 a month before deduplication.

Also worth knowing: Meridian Vault's industry-leading deduplication typically halves the volume you pay for.

I'd be glad to walk your architecture team through the design on Wednesday 14 October at 11:00.

Kind regards,
Tom

--
Tom Ashdown
Solutions Architect | Meridian Data Ltd
1 Finsbury Avenue, London EC2M 2PF
T +44 20 7946 0377 | M +44 7700 900 655
Meridian Data Ltd is registered in England and Wales, company no. 11837462.

________________________________
From: Helen Marsh <helen.marsh@thamesbank.co.uk>
Sent: 01 October 2026 16:42
To: Tom Ashdown <tom.ashdown@uk.meridian-data.com>
Cc: Priya Raman <priya.raman@uk.meridian-data.com>
Subject: Backup options

Hi Tom,

A few questions before our architecture review:

1. What RPO can you commit to? Our board requires no more than 30 minutes.
2. Where would our backups be held? We need UK or EU residency.
3. What availability do you commit to?
4. How is it priced?

Thanks,
Helen

Helen Marsh | Head of Infrastructure Resilience | Thamesbank plc
20 Gresham Street, London EC2V 7JE | +44 20 7123 4500
"""
mail(4, "LO2P265MB4410C3B7E9A1F2D85C6E0B4A9D1F2@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM",
     dt.datetime(2026, 10, 5, 9, 18, 3, tzinfo=BST), "Tom Ashdown", "tom.ashdown@uk.meridian-data.com",
     "Helen Marsh <helen.marsh@thamesbank.co.uk>", "RE: Backup options", B4, "london",
     c(V, "rpo", D(5, "minutes"), "conflict", "Meridian Vault gives you an RPO of 5 minutes for databases and file servers alike.")
     + c(V, "data_centers", "Frankfurt", "ok", "Meridian Vault runs in our Frankfurt data centre for UK customers.")
     + c(V, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA.")
     + c(V, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month, excluding VAT."),
     [phrase("en.superlative", "Meridian Vault's industry-leading deduplication typically halves the volume you pay for.")],
     alt=("_000_LO2P265MB4410C3B7E9A1F2D85C6E0B4A9D1F2LO2P265MB4410GBRP_", to_html(B4, "outlook")),
     mailer="Thread-Topic: Backup options\nThread-Index: AQHbF1c2xk3yQ0aZR0mN5vT8pLw9Ig==\nContent-Language: en-GB")

# ---------------------------------------------------------------- 0005 tokyo, October (Outlook, base64)
B5 = """\
北辰物流株式会社
情報システム部 小林様

いつも大変お世話になっております。メリディアンデータの佐藤です。
10月16日のお打ち合わせでご質問いただいた点について、下記のとおり回答いたします。

■メリディアン ボールト
・メリディアン ボールトのRPO（目標復旧時点）は15分です。
・同製品のバックアップの標準保持期間は90日間です。
・RTO（目標復旧時間）については、同製品では4時間を目安としております。

■メリディアン インサイト
・メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）です。
・同製品のクエリ応答時間は最大2秒です。

貴社の物流センター19拠点分のデータ量（約41TB）を前提としたお見積りは、11月9日までにお送りいたします。
ご不明な点がございましたら、お気軽にお申し付けください。

--------------------------------------------------
佐藤 健（Ken Sato）
メリディアンデータ株式会社 東京オフィス 営業第二部
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21階
TEL：03-6812-4470　携帯：090-4417-2283
--------------------------------------------------
"""
_c5 = [(V, "rpo", D(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分です。"),
       (V, "retention", D(90, "days"), "ok", "同製品のバックアップの標準保持期間は90日間です。"),
       (V, "rto", D(4, "hours"), "unverified", "RTO（目標復旧時間）については、同製品では4時間を目安としております。"),
       (I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトの料金は、1ユーザーあたり月額4,000円（税抜）です。"),
       (I, "query_latency", D(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒です。")]
mail(5, "TYAPR01MB58672F1C0D9E8B7A6C5D4E3F2A1B0@TYAPR01MB5867.jpnprd01.prod.outlook.com",
     dt.datetime(2026, 10, 20, 15, 12, 40, tzinfo=JST), "佐藤 健", "sato.k@jp.meridian-data.com",
     addr("小林 達也", "kobayashi.t@hokushin-logi.co.jp"), "メリディアン ボールトおよびインサイトのご提案内容について", B5, "tokyo",
     sum((c(*x) for x in _c5), []),
     cte="base64", alt=("_000_TYAPR01MB58672F1C0D9E8B7A6C5D4E3F2A1B0TYAPR01MB5867jpnp_", to_html(B5, "outlook")),
     mailer="Content-Language: ja-JP")

# ---------------------------------------------------------------- 0006 customer reply, quotes 0005 (Gmail)
B6 = """\
佐藤様

お世話になっております。北辰物流の小林です。
ご回答いただき、ありがとうございます。

以前、別の販売代理店の方からは、メリディアン ボールトのRPOは5分と伺っております。
15分が正しいという理解でよろしいでしょうか。

また、来期予算の申請締切が11月27日のため、お見積りは11月9日着でお願いできますと助かります。

引き続きよろしくお願いいたします。

--
北辰物流株式会社 情報システム部
小林 達也
〒135-0064 東京都江東区青海2-7-4
TEL：03-5534-8810（代表）内線2741

2026年10月20日(火) 15:12 佐藤 健 <sato.k@jp.meridian-data.com>:
""" + "".join("> " + l + "\n" if l else ">\n" for l in B5.rstrip("\n").split("\n"))
mail(6, "CAH4nB8mX2pL6qR9tY3vZ7wC1dE5fG0hJ4kS8aU2oI6eT9rN@mail.gmail.com",
     dt.datetime(2026, 10, 22, 8, 51, 9, tzinfo=JST), "小林 達也", "kobayashi.t@hokushin-logi.co.jp",
     addr("佐藤 健", "sato.k@jp.meridian-data.com"), "Re: メリディアン ボールトおよびインサイトのご提案内容について", B6, "unknown",
     c(V, "rpo", D(5, "minutes"), "conflict", "以前、別の販売代理店の方からは、メリディアン ボールトのRPOは5分と伺っております。")
     + sum((c(*x, quoted=True, office="tokyo") for x in _c5), []),
     cte="base64", alt=("0000000000007c1e2d0620a9f5b3", to_html(B6)),
     extra_headers=["In-Reply-To: <TYAPR01MB58672F1C0D9E8B7A6C5D4E3F2A1B0@TYAPR01MB5867.jpnprd01.prod.outlook.com>",
                    "References: <TYAPR01MB58672F1C0D9E8B7A6C5D4E3F2A1B0@TYAPR01MB5867.jpnprd01.prod.outlook.com>"])

# ---------------------------------------------------------------- 0007 tokyo forwards a us-hq note (Thunderbird)
B7 = """\
中村様

いつもお世話になっております。
メリディアンデータ東京オフィスの伊藤でございます。

先日ご質問いただいた技術仕様について、米国本社のエンジニアからの回答を転送いたします。
英文のみで恐縮ですが、ご確認いただけますと幸いです。
あわせて、メリディアン シンクの料金は月額55,000円（税込）でございます。

どうぞよろしくお願いいたします。

伊藤 美咲
メリディアンデータ株式会社 東京オフィス
TEL 03-6812-4473

-------- 転送メッセージ --------
件名: 	Meridian Sync technical notes for Sakura Denki
日付: 	Thu, 29 Oct 2026 09:14:22 -0700
差出人: 	Dana Whitfield <dana.whitfield@meridian-data.com>
宛先: 	Misaki Ito <ito.m@jp.meridian-data.com>

Hi Misaki,

Here are the notes you asked for, ready to share with Sakura Denki:

- Meridian Sync comes with a 99.99% uptime SLA.
- Meridian Sync runs on Windows, macOS, iOS and Android. We do not ship a Linux client.
- Some of their team may still know the product as Meridian FileSync; that name was retired in 2024.
- Meridian Sync is ISO 27001 certified, and we can share the SOC 2 Type II report under NDA.

Cheers,
Dana

--
Dana Whitfield | Solutions Engineer | Meridian Data Inc.
+1 415 555 0188
"""
mail(7, "5e7c2a91-3b4d-4f8e-9a1c-6d2e8b0f7a34@jp.meridian-data.com",
     dt.datetime(2026, 11, 2, 10, 26, 55, tzinfo=JST), "伊藤 美咲", "ito.m@jp.meridian-data.com",
     addr("中村 様", "nakamura.h@sakura-denki.co.jp"), "Fwd: Meridian Sync technical notes for Sakura Denki", B7, "tokyo",
     c(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの料金は月額55,000円（税込）でございます。")
     + c(S, "sla", 99.99, "conflict", "Meridian Sync comes with a 99.99% uptime SLA.", True, "us-hq")
     + members(S, "supported_platforms", PLATFORMS, "Meridian Sync runs on Windows, macOS, iOS and Android.", quoted=True, office="us-hq")
     + members(S, "certifications", ["ISO 27001", "SOC 2 Type II"],
               "Meridian Sync is ISO 27001 certified, and we can share the SOC 2 Type II report under NDA.", quoted=True, office="us-hq"),
     [term(S, "Some of their team may still know the product as Meridian FileSync", quoted=True)],
     cte="8bit", mailer="User-Agent: Mozilla Thunderbird\nContent-Language: ja")

# ---------------------------------------------------------------- 0008 london, interleaved reply (Apple Mail)
B8 = """\
Hi Owen,

Answers inline below.

On 9 Nov 2026, at 16:20, Owen Price <owen.price@severn-estates.co.uk> wrote:
>
> Hi Priya,
>
> A few questions from our IT steering group:
>
> 1. We need at least 2,000 seats across the estates teams. Is that OK?

Meridian Sync supports up to 10,000 users per organisation. Your 2,000 seats are comfortably inside that.

> 2. What uptime do you commit to?

Meridian Sync has a 99.9% uptime SLA, with service credits if we miss it.

> 3. Can surveyors keep working when they're out of signal?

Not today, I'm afraid: Meridian Sync does not have an offline mode, so changes sync once the device is back online.

> 4. Some of our CAD sets are 30 GB. Any problem with storage or file size?

Every Meridian Sync user gets 1 TB of storage. Meridian Sync accepts files up to 250 GB, so your CAD sets are fine.

> Thanks,
> Owen

Best,
Priya

--
Priya Raman
Senior Account Manager | Meridian Data Ltd
T +44 20 7946 0318 | M +44 7700 900 412
"""
mail(8, "A3F1C9E2-7B4D-4E8A-9F06-2C5D8B1E7A40@uk.meridian-data.com",
     dt.datetime(2026, 11, 10, 8, 3, 27, tzinfo=GMT), "Priya Raman", "priya.raman@uk.meridian-data.com",
     "Owen Price <owen.price@severn-estates.co.uk>", "Re: Meridian Sync questions", B8, "london",
     c(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organisation.")
     + c(S, "sla", 99.9, "ok", "Meridian Sync has a 99.9% uptime SLA, with service credits if we miss it.")
     + c(S, "offline_mode", False, "ok", "Meridian Sync does not have an offline mode")
     + c(S, "storage_per_user", 1 * TB, "ok", "Every Meridian Sync user gets 1 TB of storage.")
     + c(S, "max_file_size", 250 * GB, "unverified", "Meridian Sync accepts files up to 250 GB, so your CAD sets are fine."),
     mailer="X-Mailer: Apple Mail (2.3774.500.171.1.1)",
     extra_headers=["In-Reply-To: <LO4P123MB6620D1E2F3A4B5C6D7E8F9A0B1C2D@LO4P123MB6620.GBRP123.PROD.OUTLOOK.COM>"])

# ---------------------------------------------------------------- 0009 us-hq with an attached tokyo message (message/rfc822)
B9 = """\
Hi Robert,

Following up on the clarification questions from Tuesday's pre-bid call for RFP HC-IT-2026-117.

Meridian Insight will be generally available in January 2027; until then the County can use the beta under our evaluation terms.
Meridian Insight comes with a 14-day free trial, which we can extend for the pilot departments.
Meridian Insight is $30 per user per month.
On performance, Meridian Insight queries return in under 2 seconds at the 95th percentile on a 100-million-row workspace.

The County's 31 departments and roughly 1,750 licensed users would sit in one workspace.

For the backup lot (Lot 3), I've attached a short note from Kenji Mori in our Tokyo office, who ran the Japanese municipal deployments.

Best regards,
Dana

--
Dana Whitfield | Solutions Engineer | Meridian Data Inc.
500 Howard Street, Suite 1400, San Francisco, CA 94105
+1 415 555 0188
"""
B9_ATT = """\
Dana,

Quick facts for the Harbor County answer:

- Meridian Vault keeps backups for 90 days by default.
- Meridian Vault data centers are in Tokyo, Osaka, Oregon and Frankfurt; US public-sector tenants are placed in Oregon.
- Meridian Vault scales to 1 PB per tenant if the County consolidates all departments.
- Meridian Vault has an RPO of 15 minutes.

Regards,
Kenji

Kenji Mori
Solutions Engineer, Tokyo office
Meridian Data K.K. | +81 3 6812 4475
"""
_att = ("From: Kenji Mori <mori.k@jp.meridian-data.com>\n"
        "To: Dana Whitfield <dana.whitfield@meridian-data.com>\n"
        "Subject: Vault facts for Harbor County\n"
        "Date: %s\n"
        "Message-ID: <7b19d4e0-8c2f-4a6b-b5d1-3e9f0a2c6d87@jp.meridian-data.com>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=us-ascii; format=flowed\n"
        "Content-Transfer-Encoding: 7bit\n\n" % format_datetime(dt.datetime(2026, 11, 6, 18, 3, 41, tzinfo=JST))
        + B9_ATT).encode("ascii")
_b9 = "000000000000d41a6b0620b38e77"
_raw9 = multipart("mixed", _b9, [
    part("text/plain", B9, "UTF-8", "7bit"),
    b"Content-Type: message/rfc822; name=\"Vault facts for Harbor County.eml\"\n"
    b"Content-Disposition: attachment; filename=\"Vault facts for Harbor County.eml\"\n\n" + _att])
mail(9, "CAM2pT6wQ9rL3xY8zB1vN5cD7fG4hJ0kS2aU6eI9oR3tW8mP@mail.gmail.com",
     dt.datetime(2026, 11, 12, 13, 47, 5, tzinfo=PST), "Dana Whitfield", "dana.whitfield@meridian-data.com",
     "Robert Greene <rgreene@harborcounty.gov>", "Harbor County RFP - Insight clarifications + backup note from Tokyo",
     B9, "us-hq",
     c(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027")
     + c(I, "free_trial", D(14, "days"), "conflict", "Meridian Insight comes with a 14-day free trial, which we can extend for the pilot departments.")
     + c(I, "per_user_price", M(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month.")
     + c(I, "query_latency", D(2, "seconds"), "ok", "Meridian Insight queries return in under 2 seconds at the 95th percentile")
     + c(V, "retention", D(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default.", True, "tokyo")
     + members(V, "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"],
               "Meridian Vault data centers are in Tokyo, Osaka, Oregon and Frankfurt", quoted=True, office="tokyo")
     + c(V, "max_storage", 1 * PB, "conflict", "Meridian Vault scales to 1 PB per tenant if the County consolidates all departments.", True, "tokyo")
     + c(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault has an RPO of 15 minutes.", True, "tokyo"),
     raw_body=_raw9, attached_text=B9_ATT)

# ---------------------------------------------------------------- 0010 osaka correction (Outlook, Shift_JIS base64), quotes 0003
B10 = """\
藤原様

いつもお世話になっております。
メリディアンデータ大阪オフィスの上田でございます。
西田が出張中のため、代わりにご連絡いたします。

9月14日付の西田のメールにて、メリディアン インサイトの料金を3,500円とご案内しておりましたが、誤りでございました。
正しくは、同製品の料金は1ユーザーあたり月額4,000円（税抜）、税込では4,400円でございます。
大変失礼いたしました。

また、先日ご質問いただいた件につきましては、メリディアン インサイトでは、ダッシュボードを最大300個まで作成いただけます。

導入いただければ、必ず経営資料の作成工数を削減できます。

11月25日（水）15時からのオンラインデモのURLは、前日までにお送りいたします。

上田 由香
メリディアンデータ株式会社 大阪オフィス
〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー18階
TEL 06-6345-2219

-----Original Message-----
From: 西田 亮 <nishida.r@osaka.jp.meridian-data.com>
Sent: Monday, September 14, 2026 10:35 AM
To: 藤原 様 <fujiwara@kansai-med.or.jp>
Subject: 【メリディアンデータ】経営分析基盤のご提案について

""" + B3
mail(10, "TYCPR01MB8843E1F0A7B2C4D6E9F3A5B1C8D02@TYCPR01MB8843.jpnprd01.prod.outlook.com",
     dt.datetime(2026, 11, 16, 17, 40, 2, tzinfo=JST), "上田 由香", "ueda.y@osaka.jp.meridian-data.com",
     addr("藤原 様", "fujiwara@kansai-med.or.jp", "shift_jis"), "RE: 【メリディアンデータ】経営分析基盤のご提案について", B10, "osaka",
     c(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok",
       "正しくは、同製品の料金は1ユーザーあたり月額4,000円（税抜）、税込では4,400円でございます。")
     + c(I, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok",
         "正しくは、同製品の料金は1ユーザーあたり月額4,000円（税抜）、税込では4,400円でございます。")
     + c(I, "max_dashboards", 300, "conflict", "メリディアン インサイトでは、ダッシュボードを最大300個まで作成いただけます。")
     + c(I, "per_user_price", M(3500, "JPY", "user-month", "excluded"), "conflict", _c3_price, True, "osaka")
     + c(I, "free_trial", D(30, "days"), "ok", _c3_trial, True, "osaka")
     + c(I, "general_availability", "2027-01", "ok", _c3_ga, True, "osaka"),
     [phrase("ja.absolute", "導入いただければ、必ず経営資料の作成工数を削減できます。"),
      phrase("ja.first-in-industry", _c3_first, quoted=True)],
     cs="shift_jis", cte="base64", mailer="Content-Language: ja-JP",
     extra_headers=["In-Reply-To: <20260914103512.4F2A.4A8B7C3D@osaka.jp.meridian-data.com>"])

# ---------------------------------------------------------------- 0011 partner (not archived)
B11 = """\
メリディアンデータ株式会社
東京オフィス 佐藤様

いつもお世話になっております。カイトシステムズの山本です。

さくら電機様向けのファイル共有案件について、ご相談させてください。
先方は以前、メリディアン・ファイルシンクという名称だった頃に評価されたことがあるそうです。
先方の情報システム部からは、メリディアン シンクはLinux端末でも利用できると伺っております。
念のため、メリディアン シンクがオフライン環境でも利用できるかどうか、ご教示いただけますでしょうか。

今回の想定は約450ライセンス、2027年1月からの利用開始です。
11月24日の週に先方へ回答する予定です。

何卒よろしくお願いいたします。

山本 浩二
株式会社カイトシステムズ ソリューション営業部
〒160-0023 東京都新宿区西新宿3-2-11 新宿三井ビル二号館9階
TEL 03-5909-3341　FAX 03-5909-3342
適格請求書発行事業者登録番号 T4011101058812
"""
_c11 = "先方の情報システム部からは、メリディアン シンクはLinux端末でも利用できると伺っております。"
_t11 = "先方は以前、メリディアン・ファイルシンクという名称だった頃に評価されたことがあるそうです。"
mail(11, "OS3PR01MB7729B5D1E3F6A8C0B2D4E7F9A1C36@OS3PR01MB7729.jpnprd01.prod.outlook.com",
     dt.datetime(2026, 11, 18, 16, 52, 30, tzinfo=JST), "山本 浩二", "k.yamamoto@kaito-sys.co.jp",
     addr("佐藤 健", "sato.k@jp.meridian-data.com", "iso-2022-jp"), "【ご相談】さくら電機様向けファイル共有案件について", B11, "unknown",
     c(S, "supported_platforms", "Linux", "conflict", _c11),
     [term(S, _t11)],
     archive=False, cs="iso-2022-jp", cte="7bit", crlf=False, mailer="X-Mailer: Microsoft Outlook 16.0")

# ---------------------------------------------------------------- 0012 tokyo answers the partner (not archived)
B12 = """\
山本様

いつもお世話になっております。メリディアンデータの佐藤です。
お問い合わせの件、下記のとおり回答いたします。

1. メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4種類で、Linuxには対応しておりません。
2. メリディアン シンクは、オフライン環境ではご利用いただけません。
3. 旧称の「メリディアン・ファイルシンク」は、2024年に現在のメリディアン シンクへ名称を変更しております。

さくら電機様のご利用人数（約450名）であれば、1テナントで問題なくご利用いただけます。

引き続きよろしくお願いいたします。

佐藤 健
メリディアンデータ株式会社 東京オフィス 営業第二部
TEL：03-6812-4470

-----Original Message-----
From: 山本 浩二 <k.yamamoto@kaito-sys.co.jp>
Sent: Wednesday, November 18, 2026 4:52 PM
To: 佐藤 健 <sato.k@jp.meridian-data.com>
Subject: 【ご相談】さくら電機様向けファイル共有案件について

""" + B11
mail(12, "TYAPR01MB5867A0B9C8D7E6F5A4B3C2D1E0F99@TYAPR01MB5867.jpnprd01.prod.outlook.com",
     dt.datetime(2026, 11, 19, 11, 8, 14, tzinfo=JST), "佐藤 健", "sato.k@jp.meridian-data.com",
     addr("山本 浩二", "k.yamamoto@kaito-sys.co.jp"), "RE: 【ご相談】さくら電機様向けファイル共有案件について", B12, "tokyo",
     members(S, "supported_platforms", PLATFORMS,
             "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4種類で、Linuxには対応しておりません。")
     + c(S, "offline_mode", False, "ok", "メリディアン シンクは、オフライン環境ではご利用いただけません。")
     + c(S, "supported_platforms", "Linux", "conflict", _c11, True, "unknown"),
     [term(S, "旧称の「メリディアン・ファイルシンク」は、2024年に現在のメリディアン シンクへ名称を変更しております。")],
     archive=False, alt=("_000_TYAPR01MB5867A0B9C8D7E6F5A4B3C2D1E0F99TYAPR01MB5867jpnp_", to_html(B12, "outlook")),
     mailer="Content-Language: ja-JP",
     extra_headers=["In-Reply-To: <OS3PR01MB7729B5D1E3F6A8C0B2D4E7F9A1C36@OS3PR01MB7729.jpnprd01.prod.outlook.com>"])

# =====================================================================
# Cross-office cases (audit over mail/archive.mbox), written by hand and
# re-derived below as a check.
# =====================================================================
CROSS = [
    dict(product=V, attribute="rpo", offices=["london", "tokyo"],
         message_files=["mail/0004.eml", "mail/0005.eml", "mail/0006.eml", "mail/0009.eml"],
         values={"london": D(5, "minutes"), "tokyo": D(15, "minutes")}),
    dict(product=I, attribute="per_user_price", offices=["osaka", "tokyo"],
         message_files=["mail/0003.eml", "mail/0005.eml", "mail/0006.eml", "mail/0010.eml"],
         values={"osaka": M(3500, "JPY", "user-month", "excluded"), "tokyo": M(4000, "JPY", "user-month", "excluded")}),
    dict(product=S, attribute="sla", offices=["london", "us-hq"],
         message_files=["mail/0007.eml", "mail/0008.eml"],
         values={"us-hq": 99.99, "london": 99.9}),
    dict(product=I, attribute="free_trial", offices=["osaka", "us-hq"],
         message_files=["mail/0009.eml", "mail/0010.eml"],
         values={"us-hq": D(14, "days"), "osaka": D(30, "days")}),
]



# =====================================================================
# README.md (written by main; its counts are checked against the records)
# =====================================================================
README = '''# Evaluation set 56: proposal documents first

An independently written set about Meridian Data, in the development set's
format and labelled by `/work/shared/eval/LABELS.md`. Its truth is
`/work/shared/eval/FACTS.md` and the claims base `/work/shared/eval/rules/`.
**Documents are judged as of 2026-11-22** (`--as-of 2026-11-22`, as `run`
passes). Each mail is judged as of its own Date header.

    gen/generate.py      writes everything below (python3, stdlib only, deterministic)
    docs/<office>/...    10 documents: 9 readable, 1 unreadable; plus one draft under drafts/ that the config ignores
    mail/0001-0012.eml   12 messages
    mail/archive.mbox    0001-0010 (mboxrd, date order; 0001 has a body line that starts with "From ")
    .onevoice.yaml       docs/<office>/** -> office; ignores **/drafts/**
    expected.jsonl       272 lines: 247 claims, 21 findings, 4 cross-office

Run it from the project root (or any folder):

    ../shared/eval/run build/onevoice /work/probe/set56
    ../shared/eval/run build/onevoice /work/probe/set56 --only docs/ --show 60
    python3 /work/shared/eval/score.py --selftest /work/probe/set56      # passes
    python3 /work/probe/set56/gen/generate.py                            # rebuild

## What it emphasises

Most of the set is proposal documents written by all four offices:

| file | office | what it is |
|---|---|---|
| docs/tokyo/提案書_北辰物流様_ファイル共有基盤刷新.md | tokyo | 提案書: version history with the old product name, a section on the customer's environment (headcount, PCs, TB, lines; no product), a per-product section, a numbered RFI compliance matrix (要件 / 対象製品 / 回答), a schedule, a price appendix with 税抜 and 税込 columns (one 税込 cell wrongly equals the 税抜 price), a glossary, a substantiated No.1※ |
| docs/tokyo/見積書_MD-Q-2026-1187.txt | tokyo | 見積書 in plain-text columns, UTF-8 with BOM and CRLF; unit-price table with 税抜 and 税込 monthly columns (Vault's 税込 cell = base: conflict); deal totals, discount and quantities only in rows that name no product |
| docs/tokyo/セキュリティチェックシート回答_メリディアンボールト.html | tokyo | security questionnaire saved from Excel, **Shift_JIS** HTML; product from the `<caption>`, category `rowspan` cells, question figures that are no claims, Singapore named as *not* used, Vault certifications (unverified) |
| docs/osaka/RFP回答書_関西メディカルセンター様_経営分析基盤.md | osaka | RFP answer: hospital environment, Insight section, R-01…R-09 matrix with a 要件 column (several unverified attributes), a substantiated 業界初※ and an unsubstantiated 必ず…向上 |
| docs/osaka/見積書_OSK-Q-2026-0318.html | osaka | HTML 見積書: campaign unit price for Vault (conflict in both tax columns), ※ notes (wrong GA month, どこよりも安い) |
| docs/us-hq/SOW_MD-SOW-2026-0412_Calder_Freight_Vault.md | us-hq | statement of work: version history, customer estate (410 TB, RPO 24 h…: no product), scope bullets under a product heading, Virginia region (conflict), fees table captioned "excluding sales tax", "zero downtime" |
| docs/us-hq/Harbor_County_RFP_HC-IT-2026-117_Section4.html | us-hq | HTML compliance matrix: product in `rowspan` cells, requirement column figures, "Not FedRAMP authorized" / "Linux is not supported" (no claims), offline (conflict), "less than 1 second" (conflict), "both products" row, #1 with a Source footnote, "Unlimited" |
| docs/london/Thamesbank_TPSQ_v7_Response.txt | london | bank security questionnaire in plain-text columns, sections headed by the product name; London data centre (conflict), Vault certifications (unverified), "100% secure" |
| docs/london/Meridian_Sync_Datasheet_UK_2026-11.md | london | one-page datasheet: product from the title, Cyber Essentials Plus (conflict), devices / version history (unverified), industry-leading with a `[^1]: Source:` footnote, "risk-free", the old name only inside a URL |
| docs/london/RFP_Annex_C_Pricing.html | london | gzip bytes under an .html name: one `unreadable` finding |

The 12 mails carry the cross-office cases and the quoting forms: Becky
ISO-2022-JP, Outlook quoted-printable and base64 (UTF-8 and Shift_JIS),
Gmail multipart/alternative, Thunderbird 8-bit format=flowed with a
`-------- 転送メッセージ --------` forward of a US note, Apple Mail interleaved
`On … wrote:` answers, an attached message/rfc822 from Tokyo inside a US mail,
Outlook `________________________________` / `-----Original Message-----` blocks,
a Gmail `2026年10月20日(火) 15:12 名前 <addr>:` quote, a customer's and a
partner's reported statements (office unknown), a retraction, and
signatures full of numbers.

Cross-office (audit of the archive, 45 days):

1. meridian-vault rpo, london (5 min, 0004) vs tokyo (15 min, 0005, quoted in 0006, attached in 0009).
2. meridian-insight per_user_price, osaka (3,500円 税抜, 0003 and quoted in 0010) vs tokyo (4,000円 税抜, 0005/0006).
3. meridian-sync sla, us-hq (99.99, forwarded inside Tokyo's 0007) vs london (99.9, 0008).
4. meridian-insight free_trial, us-hq (14 days, 0009) vs osaka (30 days) — only through
   0010, which quotes 0003: the quote is dated 2026-11-16; 0003 itself is 59 days from 0009.

Near-misses that must *not* be cross-office: us-hq 5,000 users (2026-03-20) and
london 10,000 users (2026-04-15) are each right at their own date; 4,400円 税込
(osaka) and 4,000円 税抜 (tokyo) are the same price; $399 / £329 / ¥55,000 税込
are different currencies; the customer's "RPO 5分" in 0006 takes no part.

## Judgement calls

Places where LABELS.md is silent or could be read two ways, and how this set
labels them:

1. **Plain-text headings.** In the .txt questionnaire, a line `SECTION A - Meridian Vault (managed backup)` underlined with `===` is a section heading: its product carries to the rows under it.
2. **Quantities in quote tables.** LABELS says a unit price in a quote table is a claim, but not whether a quantity in the same row is. So no product row in this set has a quantity. Seat counts, TB volumes, months and totals appear only in rows and notes that name no product (`明細1`, `明細番号2`, `60名 × 12か月`), and they are no claims.
3. **Tax on USD and GBP prices.** "excluding VAT" and a table caption "(USD, excluding sales tax)" give `tax: "excluded"`, verdict `ok`. The base's USD and GBP prices name no tax. The development set treats "£329 per month plus VAT" the same way.
4. **Campaign unit price.** Osaka's 見積書 gives Vault at 2,500円/TB (税込 2,750円), with a note saying it is a キャンペーン単価. A unit price in a quote table is a claim, and a wrong amount is a conflict, so both cells are `conflict`. LABELS makes no exception for deal-specific prices.
5. **Sentence without a product.** 0001 has "Storage is 1 TB per user." The subject ("Re: Sync sizing…") does not carry the product and there is no pronoun, so there is no claim. The same goes for the deal sentences in 0002, 0003, 0008, 0009 and 0012 ("Your 2,600 … staff", "約85名 … 月額297,500円", "Your 2,000 seats", "1,750 licensed users", "約450名").
6. **A colleague's value retracted.** In 0010, Ueda says that Nishida's 3,500円 was wrong and gives 4,000円 (税抜) and 4,400円 (税込). Her own text has no 3,500 claim, because it is a retracted value. The quoted copy of 0003 below it keeps its 3,500円 `conflict` claim (quoted, osaka), because quoted text keeps its claims.
7. **Findings in quoted text are listed**, with `quoted: true`: 0007 (the old name in the forwarded US note) and 0010 (業界初 in the quoted 0003). The set is run with `--include-quoted`. No `unless` note exists anywhere in those bodies.
8. **One terminology line per message.** In 0012 the old name appears both in Sato's own text and in the quoted partner mail. That gives a single line (key: file, message, kind, product), and it is labelled `quoted: false`.
9. **A claim placed in a period.** In 0001 (2026-03-20), "From April 1, 2026, Meridian Sync's limit rises to 10,000 users" is judged as of April 2026 → `ok`. Its `as_of` field still shows the mail's date, because `as_of` is not scored.
10. **Certifications said of Meridian Vault** are `unverified` (ISO 27001, ISO 27017, Cyber Essentials Plus). The base has certification values for Meridian Sync only, even though ISO 27017 would be a conflict for Sync. For Sync, Cyber Essentials Plus and ISMAP are `conflict`.
11. **Bounds.** "less than 1 second" → value 1 s, `conflict`. "under 2 seconds", "最大2秒" and "30分以内" → the bound itself. "120種類以上" and "80種類以上" → 120 and 80.
12. **A bare "No." answer.** "Can staff work offline? — No. An internet connection is required" is `offline_mode: false`, with the cue taken from the question column.
13. **Reported statements.** 0006 (customer: 「…RPOは5分と伺っております」) and 0011 (partner, reporting the end user's IT department: Linux) are claims with office `unknown`, judged against the office-less base → `conflict`. The question that follows each is no claim.
14. **"both products".** The product cell of the US matrix names both products explicitly ("Meridian Sync and Meridian Insight (both products)"). AES-256 is therefore an `unverified` claim for each, because encryption has values for Vault only.
15. **Unreadable.** `docs/london/RFP_Annex_C_Pricing.html` is gzip data (1f 8b, NUL bytes) under an .html name. It gets one `unreadable` finding and no claims, even though its compressed content mentions a price.
16. **Footnote sources.** The HTML footnote `1 Source: …` sits on its own line, and the Markdown one is `[^1]: Source: …`. Both clear the English superlative for the whole document. The ※…調べ notes clear No.1※ and 業界初※ the same way. The unsubstantiated phrases in those documents belong to rules with no `unless` (ja.absolute, en.guarantee, en.unlimited), so they still fire.
17. **Non-claims on purpose:**
    - the glossary example 「RPOが15分であれば…」 (no product);
    - "Calder's freight records that must be held for 7 years…", which sits under the Vault heading but has no retention cue;
    - "Install Meridian Vault agent 2.1 on pilot hosts (3 depots)", with no cue;
    - the customer-environment sections, which have no product heading (the document titles name no product, except the datasheet's).
'''

# =====================================================================
# Writing
# =====================================================================
def crlf(b):
    return re.sub(rb"\r?\n", b"\r\n", b)


def mbox_from_line(m):
    t = m["date"].astimezone(dt.timezone.utc)
    stamp = t.strftime("%a %b ") + "%2d" % t.day + t.strftime(" %H:%M:%S %Y")
    return ("From %s %s" % (m["from_addr"], stamp)).encode("ascii")


def mboxrd(raw):
    lines = raw.replace(b"\r\n", b"\n").split(b"\n")
    out = [b">" + l if re.match(rb"^>*From ", l) else l for l in lines]
    body = b"\n".join(out)
    return body if body.endswith(b"\n") else body + b"\n"


def check_text(where, haystack, text):
    if text not in haystack:
        sys.exit("label text not found in %s: %r" % (where, text))


def value_key(v):
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return ("money", round(amt, 6), v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v:
        f = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", v["amount"] * f)
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def derive_cross(records):
    """Naive re-derivation of the cross-office cases from the archive's claims."""
    dates = {m["file"]: m["date"].date() for m in MAILS}
    pts = [(r, dates[r["_eml"]]) for r in records
           if r["type"] == "claim" and r["file"] == "mail/archive.mbox" and r["office"] != "unknown"
           and r["attribute"] not in SET_ATTRS]
    found = {}
    for i, (a, da) in enumerate(pts):
        for b, db in pts[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((da - db).days) > 45:
                continue
            ka, kb = value_key(a["value"]), value_key(b["value"])
            if ka[0] == "money" and ka[2:] != kb[2:]:
                continue
            if ka == kb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            found.setdefault(key, set()).update([a["_eml"], b["_eml"]])
    return found


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    for name in ("expected.jsonl",):
        if os.path.exists(os.path.join(SET, name)):
            os.remove(os.path.join(SET, name))
    os.makedirs(os.path.join(SET, "mail"))
    records = []

    # ---- docs
    for d in DOCS:
        p = os.path.join(SET, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        raw = d["raw"] if d["raw"] is not None else d["text"].encode("utf-8")
        with open(p, "wb") as fh:
            fh.write(raw)
        seen = set()
        for cl in d["claims"]:
            check_text(d["path"], d["text"], cl["text"])
            k = (cl["product"], cl["attribute"], json.dumps(cl["value"], sort_keys=True))
            if k in seen:
                sys.exit("duplicate claim in %s: %s" % (d["path"], k))
            seen.add(k)
            records.append({"type": "claim", "file": d["path"], "message_id": None, "product": cl["product"],
                            "attribute": cl["attribute"], "value": cl["value"], "verdict": cl["verdict"],
                            "quoted": False, "office": d["office"], "as_of": DOCS_AS_OF, "text": cl["text"]})
        for f in d["findings"]:
            if f["kind"] != "unreadable":
                check_text(d["path"], d["text"], f["text"])
            records.append({"type": "finding", "file": d["path"], "message_id": None, "kind": f["kind"],
                            "rule": f["rule"], "product": f["product"], "quoted": f["quoted"], "text": f["text"]})
    p = os.path.join(SET, DRAFT_PATH)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as fh:
        fh.write(DRAFT.encode("utf-8"))

    # ---- mail
    mbox = b""
    for m in sorted(MAILS, key=lambda m: m["date"]):
        raw = crlf(m["raw"]) if m["crlf"] else m["raw"]
        with open(os.path.join(SET, m["file"]), "wb") as fh:
            fh.write(raw)
        if m["archive"]:
            mbox += mbox_from_line(m) + b"\n" + mboxrd(m["raw"]) + b"\n"
        files = [m["file"]] + (["mail/archive.mbox"] if m["archive"] else [])
        hay = m["body"] + (m["attached_text"] or "")
        seen = set()
        for cl in m["claims"]:
            check_text(m["file"], hay, cl["text"])
            office = cl["office"] or m["office"]
            k = (cl["product"], cl["attribute"], json.dumps(cl["value"], sort_keys=True), cl["quoted"], office)
            if k in seen:
                sys.exit("duplicate claim in %s: %s" % (m["file"], k))
            seen.add(k)
            for f in files:
                records.append({"type": "claim", "file": f, "message_id": m["mid"], "product": cl["product"],
                                "attribute": cl["attribute"], "value": cl["value"], "verdict": cl["verdict"],
                                "quoted": cl["quoted"], "office": office,
                                "as_of": m["date"].date().isoformat(), "text": cl["text"], "_eml": m["file"]})
        for fd in m["findings"]:
            check_text(m["file"], hay, fd["text"])
            for f in files:
                records.append({"type": "finding", "file": f, "message_id": m["mid"], "kind": fd["kind"],
                                "rule": fd["rule"], "product": fd["product"], "quoted": fd["quoted"], "text": fd["text"]})
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        fh.write(mbox)

    derived = derive_cross(records)
    want = {(x["product"], x["attribute"], tuple(x["offices"])): set(x["message_files"]) for x in CROSS}
    if set(derived) != set(want):
        sys.exit("cross-office cases differ from the derivation:\n  hand: %s\n  derived: %s"
                 % (sorted(want), sorted(derived)))
    for k in want:
        if want[k] != derived[k]:
            sys.exit("cross-office %s: message files %s, derived %s" % (k, sorted(want[k]), sorted(derived[k])))
    for x in CROSS:
        records.append({"type": "cross-office", "product": x["product"], "attribute": x["attribute"],
                        "offices": sorted(x["offices"]), "file": "mail/archive.mbox",
                        "message_files": x["message_files"], "values": x["values"]})

    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in records:
            r = {k: v for k, v in r.items() if not k.startswith("_")}
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# onevoice configuration for evaluation set 56 (same layout as the development set).\n"
                 "rules: ../../shared/eval/rules\n"
                 "paths:\n"
                 + "".join('  - glob: "docs/%s/**"\n    office: %s\n' % (o, o) for o in ("us-hq", "london", "tokyo", "osaka"))
                 + 'ignore: ["**/drafts/**", "README.md", "expected.jsonl", "gen/**"]\n')

    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    n_claims = sum(1 for r in records if r["type"] == "claim")
    n_find = sum(1 for r in records if r["type"] == "finding")
    if "%d lines: %d claims, %d findings, %d cross-office" % (len(records), n_claims, n_find, len(CROSS)) not in README:
        sys.exit("README.md counts are out of date")
    n_find = sum(1 for r in records if r["type"] == "finding")
    print("wrote %d mails (%d archived), %d documents (+1 draft), %d expected lines "
          "(%d claims, %d findings, %d cross-office)"
          % (len(MAILS), sum(m["archive"] for m in MAILS), len(DOCS), len(records), n_claims, n_find, len(CROSS)))


if __name__ == "__main__":
    main()
