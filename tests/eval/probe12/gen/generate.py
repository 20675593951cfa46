#!/usr/bin/env python3
"""Generate evaluation set12 (Tokyo/Osaka Japanese proposals, RFP answers, quotes).

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
Writes mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml, README.md and
expected.jsonl; checks that every `text` excerpt is in the decoded text of its
file, that phrase/terminology labels agree with the rules' patterns, and
computes the cross-office lines from the archive's claims.
"""
import email, email.policy, email.utils, json, os, re, shutil, unicodedata
from datetime import datetime, timezone, timedelta
from email.header import Header

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JST = timezone(timedelta(hours=9))
DOCS_AS_OF = "2026-11-22"
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"


def jpy(a, per, tax):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def usd(a, per):
    return {"amount": a, "currency": "USD", "per": per, "tax": None}


def dur(a, u):
    return {"amount": a, "unit": u}


def C(text, product, attribute, value, verdict, quoted=False, office=None, as_of=None):
    return dict(text=text, product=product, attribute=attribute, value=value, verdict=verdict,
                quoted=quoted, office=office, as_of=as_of)


def PH(rule, text):
    return dict(kind="phrase", rule=rule, product=None, text=text)


def TERM(product, text):
    return dict(kind="terminology", rule=None, product=product, text=text)


TB = 10 ** 12
TOKYO, OSAKA = "tokyo", "osaka"

# =================================================================== documents
DOCS = []   # (path, office, content, claims, findings)

DOCS.append(("docs/tokyo/proposal_sync_toyo.md", TOKYO, """\
# メリディアン シンク ご提案書

東洋物産株式会社 御中

令和8年11月20日
株式会社メリディアン・データ 東京支社 ソリューション営業部

---

## 目次

- 第1章 はじめに
- 第2章 ご提案内容
- 第3章 導入スケジュール
- 第4章 お見積り
- 別紙1 製品資料
- 別紙2 合意書

## 改訂履歴

| 版数 | 日付 | 内容 |
|---|---|---|
| 第1.0版 | 令和8年11月10日 | 初版 |
| 第1.1版 | 令和8年11月20日 | 第4章 お見積りを更新 |

## 第1章 はじめに

このたびは、ファイル共有基盤刷新のご検討の機会をいただき、誠にありがとうございます。
メリディアン シンクは、法人向けファイル共有サービスとして業界No.1※1の評価をいただいております。

## 第2章 ご提案内容

### 【製品概要】

■ メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。
■ 本製品のストレージ容量は1ユーザーあたり1TBです。
■ 本製品の稼働率SLAは99.9％です※2。
■ 本製品はISO 27001およびSOC 2 Type IIの認証を取得しております。
■ 本製品はWindows、macOS、iOS、Androidに対応しています。

### 【ご利用上の留意点】

◆ 本製品はオフライン環境ではご利用いただけません※3。

## 第3章 導入スケジュール

● 令和8年12月　要件確認・設計
● 令和9年1月　移行・本番稼働

## 第4章 お見積り

【お見積り明細】（金額はすべて税抜）

| 品目 | 単価（月額） | 数量 | 金額 |
|---|---|---|---|
| メリディアン シンク 基本料金 | 50,000円 | 12 | 600,000円 |
| 導入支援サービス | 300,000円 | 1 | 300,000円 |
| 値引き | | | -90,000円 |
| 合計 | | | 810,000円 |

※1 2026年9月 東京リサーチ調べ（法人向けファイル共有サービス 利用企業アンケート）
※2 算定方法は別紙2をご参照ください。
※3 ファイルの同期にはインターネット接続が必要です。
""", [
    C("メリディアン シンクは、1テナントあたり最大10,000ユーザーまでご利用いただけます。", S, "max_users", 10000, "ok"),
    C("本製品のストレージ容量は1ユーザーあたり1TBです。", S, "storage_per_user", 1 * TB, "ok"),
    C("本製品の稼働率SLAは99.9％です※2。", S, "sla", 99.9, "ok"),
    C("本製品はISO 27001およびSOC 2 Type IIの認証を取得しております。", S, "certifications", "ISO 27001", "ok"),
    C("本製品はISO 27001およびSOC 2 Type IIの認証を取得しております。", S, "certifications", "SOC 2 Type II", "ok"),
    C("本製品はWindows、macOS、iOS、Androidに対応しています。", S, "supported_platforms", "Windows", "ok"),
    C("本製品はWindows、macOS、iOS、Androidに対応しています。", S, "supported_platforms", "macOS", "ok"),
    C("本製品はWindows、macOS、iOS、Androidに対応しています。", S, "supported_platforms", "iOS", "ok"),
    C("本製品はWindows、macOS、iOS、Androidに対応しています。", S, "supported_platforms", "Android", "ok"),
    C("本製品はオフライン環境ではご利用いただけません※3。", S, "offline_mode", False, "ok"),
    C("| メリディアン シンク 基本料金 | 50,000円 | 12 | 600,000円 |", S, "monthly_price", jpy(50000, "month", "excluded"), "ok"),
], []))

DOCS.append(("docs/tokyo/rfp_answer_vault.md", TOKYO, """\
# RFP回答書 メリディアン ボールト

関西電材株式会社 御中

令和8年11月18日
株式会社メリディアン・データ 東京支社

## 改訂履歴

| 版数 | 日付 | 内容 |
|---|---|---|
| 第1版 | 令和8年11月18日 | 初版 |

## 第1章 はじめに

貴社RFP（令和8年10月30日付）の各要件について、以下のとおり回答いたします。

## 第2章 ご要件への回答

【機能要件・非機能要件 回答表】

| 項番 | 要件 | 回答 |
|---|---|---|
| 1 | RPOは30分以内であること | 対応可能です。RPOは最大15分です。 |
| 2 | 稼働率99.9％以上のSLAを提示すること | 対応可能です。SLAは99.95％です。 |
| 3 | バックアップデータの保持期間は60日以上とすること | 標準の保持期間は九十日間です。 |
| 4 | 国内2拠点以上のデータセンターを利用すること | 東京・大阪のデータセンターをご利用いただけます。 |
| 5 | 保存データはAES-256相当以上で暗号化すること | AES-256で暗号化して保存します。 |
| 6 | 目標復旧時間（RTO）を4時間以内とすること | RTOは2時間以内です。 |
| 7 | 1テナントあたりの最大容量を提示すること | 最大1PBまで拡張可能です。 |

※1 回答内容の詳細は別紙1「サービス仕様書」をご参照ください。
""", [
    C("対応可能です。RPOは最大15分です。", V, "rpo", dur(15, "minutes"), "ok"),
    C("対応可能です。SLAは99.95％です。", V, "sla", 99.95, "ok"),
    C("標準の保持期間は九十日間です。", V, "retention", dur(90, "days"), "ok"),
    C("東京・大阪のデータセンターをご利用いただけます。", V, "data_centers", "Tokyo", "ok"),
    C("東京・大阪のデータセンターをご利用いただけます。", V, "data_centers", "Osaka", "ok"),
    C("AES-256で暗号化して保存します。", V, "encryption", "AES-256", "ok"),
    C("RTOは2時間以内です。", V, "rto", dur(2, "hours"), "unverified"),
    C("| 7 | 1テナントあたりの最大容量を提示すること | 最大1PBまで拡張可能です。 |", V, "max_storage", 10 ** 15, "conflict"),
], []))

DOCS.append(("docs/tokyo/insight_overview.txt", TOKYO, """\
【表紙】
メリディアン・インサイト 製品概要書（第２版）

令和８年１１月１日
株式会社メリディアン・データ 東京支社

【改訂履歴】
第１版　令和８年９月１日　初版
第２版　令和８年１１月１日　第３章を追加

【１．製品概要】
メリディアン・インサイトは、社内データを可視化するクラウドBIサービスです。
メリディアン・インサイトは令和９年１月に一般提供を開始する予定です。

【２．主な仕様】
■ 同製品では最大２００個のダッシュボードを作成できます。
■ 同製品のクエリ応答時間は１〜３秒です。
■ 同製品は三十日間の無料トライアルをご用意しております。

【３．料金】（税抜）
■ 同製品の料金は１ユーザーあたり月額４，０００円です。

※１ 上記は令和８年１１月時点の情報です。
※２ ご契約条件は別紙「ご利用規約」に定めます。
""", [
    C("メリディアン・インサイトは令和９年１月に一般提供を開始する予定です。", I, "general_availability", "2027-01", "ok"),
    C("同製品では最大２００個のダッシュボードを作成できます。", I, "max_dashboards", 200, "ok"),
    C("同製品のクエリ応答時間は１〜３秒です。", I, "query_latency", {"min": 1, "max": 3, "unit": "seconds"}, "conflict"),
    C("同製品は三十日間の無料トライアルをご用意しております。", I, "free_trial", dur(30, "days"), "ok"),
    C("同製品の料金は１ユーザーあたり月額４，０００円です。", I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok"),
], []))

DOCS.append(("docs/tokyo/vault_spec.html", TOKYO, """\
<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>メリディアン ボールト 仕様一覧</title></head>
<body>
<h1>メリディアン ボールト 仕様一覧</h1>
<p>令和8年11月15日　株式会社メリディアン・データ 東京支社</p>
<h2>■ 基本仕様</h2>
<table border="1">
<caption>メリディアン ボールト 基本仕様</caption>
<tr><th>項目</th><th>仕様</th></tr>
<tr><td>RPO（目標復旧時点）</td><td>最大15分</td></tr>
<tr><td>標準の保持期間</td><td>90日間</td></tr>
<tr><td>1テナントあたりの最大容量</td><td><del>100TB</del> 500TB</td></tr>
<tr><td>暗号化方式</td><td>AES-256</td></tr>
<tr><td>データセンター</td><td>東京、大阪、オレゴン、フランクフルト</td></tr>
</table>
<h2>■ 料金（税込）</h2>
<p>メリディアン ボールトのストレージ料金は1TBあたり月額3,080円です。</p>
<p>※1 詳細は別紙3をご確認ください。</p>
</body>
</html>
""", [
    C("最大15分", V, "rpo", dur(15, "minutes"), "ok"),
    C("90日間", V, "retention", dur(90, "days"), "ok"),
    C("<del>100TB</del> 500TB", V, "max_storage", 500 * TB, "ok"),
    C("<td>AES-256</td>", V, "encryption", "AES-256", "ok"),
    C("東京、大阪、オレゴン、フランクフルト", V, "data_centers", "Tokyo", "ok"),
    C("東京、大阪、オレゴン、フランクフルト", V, "data_centers", "Osaka", "ok"),
    C("東京、大阪、オレゴン、フランクフルト", V, "data_centers", "Oregon", "ok"),
    C("東京、大阪、オレゴン、フランクフルト", V, "data_centers", "Frankfurt", "ok"),
    C("メリディアン ボールトのストレージ料金は1TBあたり月額3,080円です。", V, "price_per_tb", jpy(3080, "TB-month", "included"), "ok"),
], []))

DOCS.append(("docs/tokyo/comparison_sync_vault.md", TOKYO, """\
# 製品比較資料 メリディアン シンク／メリディアン ボールト

令和8年11月12日
株式会社メリディアン・データ 東京支社

## 改訂履歴

| 版数 | 日付 | 内容 |
|---|---|---|
| 1.0 | 令和8年10月1日 | 初版 |
| 1.1 | 令和8年11月12日 | 旧称「メリディアン・ファイルシンク」の記載を一部修正 |

## 第1章 製品別の主要仕様

【製品別 主要仕様】

| 項目 | メリディアン シンク | メリディアン ボールト |
|---|---|---|
| 稼働率SLA | 99.9％ | 99.95％ |
| データセンター | － | 東京、大阪 |

## 第2章 セキュリティ

■ 両製品ともISO 27001認証を取得しております。
""", [
    C("| 稼働率SLA | 99.9％ | 99.95％ |", S, "sla", 99.9, "ok"),
    C("| 稼働率SLA | 99.9％ | 99.95％ |", V, "sla", 99.95, "ok"),
    C("| データセンター | － | 東京、大阪 |", V, "data_centers", "Tokyo", "ok"),
    C("| データセンター | － | 東京、大阪 |", V, "data_centers", "Osaka", "ok"),
    C("■ 両製品ともISO 27001認証を取得しております。", S, "certifications", "ISO 27001", "ok"),
    C("■ 両製品ともISO 27001認証を取得しております。", V, "certifications", "ISO 27001", "unverified"),
], [TERM(S, "旧称「メリディアン・ファイルシンク」の記載を一部修正")]))

DOCS.append(("docs/osaka/teian_sync_naniwa.md", OSAKA, """\
# ご提案書 ～メリディアン・シンクによるファイル共有基盤の刷新～

浪速精機株式会社 御中

令和8年11月19日
株式会社メリディアン・データ 大阪支社

## 目次

- 第1章 現状の課題
- 第2章 ご提案内容
- 第3章 お見積り

## 第1章 現状の課題

■ 拠点間でのファイル共有に時間を要している
■ 外出先からの資料参照が難しい

## 第2章 ご提案内容

### 2.1 メリディアン・シンクの特長

● メリディアン・シンクは業界No.1のファイル共有サービスです。
● 同製品は最大5,000ユーザーまでご利用いただけます。
● 同製品の可用性は99.95％です。
● 同製品はWindows、Mac、Linuxに対応しています。

### 2.2 料金（税込）

※ 本節の金額はすべて税込表示です。

● メリディアン・シンクの月額料金は50,000円です。

## 第3章 お見積り

【お見積り】（金額は税抜）

| 品目 | 単価 | 数量 | 金額 |
|---|---|---|---|
| メリディアン・シンク 月額基本料金 | 50,000円 | 12 | 600,000円 |
| オプション：メリディアン・インサイト（1ユーザーあたり月額） | 4,000円 | 600 | 2,400,000円 |
| 値引き | | | -300,000円 |
| 合計 | | | 2,700,000円 |
""", [
    C("● 同製品は最大5,000ユーザーまでご利用いただけます。", S, "max_users", 5000, "stale"),
    C("● 同製品の可用性は99.95％です。", S, "sla", 99.95, "conflict"),
    C("● 同製品はWindows、Mac、Linuxに対応しています。", S, "supported_platforms", "Windows", "ok"),
    C("● 同製品はWindows、Mac、Linuxに対応しています。", S, "supported_platforms", "macOS", "ok"),
    C("● 同製品はWindows、Mac、Linuxに対応しています。", S, "supported_platforms", "Linux", "conflict"),
    C("● メリディアン・シンクの月額料金は50,000円です。", S, "monthly_price", jpy(50000, "month", "included"), "conflict"),
    C("| メリディアン・シンク 月額基本料金 | 50,000円 | 12 | 600,000円 |", S, "monthly_price", jpy(50000, "month", "excluded"), "ok"),
    C("| オプション：メリディアン・インサイト（1ユーザーあたり月額） | 4,000円 | 600 | 2,400,000円 |", I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok"),
], [PH("ja.superlative-no1", "● メリディアン・シンクは業界No.1のファイル共有サービスです。")]))

DOCS.append(("docs/osaka/rfp_kaitou_insight.md", OSAKA, """\
# RFP回答書（メリディアン・インサイト）

堺ロジテック株式会社 御中

令和8年11月16日
株式会社メリディアン・データ 大阪支社

## 改訂履歴

| 版数 | 日付 | 変更内容 |
|---|---|---|
| 第1版 | 令和8年11月9日 | 初版 |
| 第2版 | 令和8年11月16日 | 項番3の回答を修正 |

## 第2章 ご要件への回答

【要件・回答一覧】

| 項番 | 要件 | 回答 |
|---|---|---|
| 1 | ダッシュボードを300個以上作成できること | 最大200個までとなります。 |
| 2 | クエリ応答時間は3秒以内であること | クエリ応答時間は1秒未満です。 |
| 3 | 60日間以上の無償トライアルがあること | (誤)60日間 (正)30日間の無料トライアルをご用意しております。 |
| 4 | 正式版の提供時期を示すこと | 令和8年12月に正式リリース予定です。 |
| 5 | 対応言語数を示すこと | 12言語に対応しています。 |
| 6 | 1ユーザーあたりの月額料金を示すこと | 4,000円（税抜）です。 |

※1 各回答の根拠資料は別紙2にまとめております。
""", [
    C("最大200個までとなります。", I, "max_dashboards", 200, "ok"),
    C("クエリ応答時間は1秒未満です。", I, "query_latency", dur(1, "seconds"), "conflict"),
    C("(誤)60日間 (正)30日間の無料トライアルをご用意しております。", I, "free_trial", dur(30, "days"), "ok"),
    C("令和8年12月に正式リリース予定です。", I, "general_availability", "2026-12", "conflict"),
    C("12言語に対応しています。", I, "ui_languages", 12, "unverified"),
    C("4,000円（税抜）です。", I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok"),
], []))

DOCS.append(("docs/osaka/mitsumori_vault.txt", OSAKA, """\
御見積書

令和8年11月20日
大和化成株式会社 御中
株式会社メリディアン・データ 大阪支社

件名：メリディアン ボールト 導入費用

◆ 見積明細（金額は税抜）
----------------------------------------------------------------------
品目                          単価（1TBあたり月額）  数量    金額
メリディアン ボールト 利用料  2,800円                240     672,000円
初期設定費                    150,000円              1       150,000円
値引き                                                       -22,000円
----------------------------------------------------------------------
小計                                                         800,000円
消費税（10％）                                               80,000円
合計（税込）                                                 880,000円

◆ 備考
・本見積の有効期限は令和8年12月末日です。
・メリディアン ボールトのデータ保存先は東京・大阪・シンガポールの各データセンターです。
""", [
    C("メリディアン ボールト 利用料  2,800円", V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok"),
    C("・メリディアン ボールトのデータ保存先は東京・大阪・シンガポールの各データセンターです。", V, "data_centers", "Tokyo", "ok"),
    C("・メリディアン ボールトのデータ保存先は東京・大阪・シンガポールの各データセンターです。", V, "data_centers", "Osaka", "ok"),
    C("・メリディアン ボールトのデータ保存先は東京・大阪・シンガポールの各データセンターです。", V, "data_centers", "Singapore", "conflict"),
], []))

DOCS.append(("docs/osaka/vault_gaiyou.html", OSAKA, """\
<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>メリディアン・ボールト サービス概要</title></head>
<body>
<h1>メリディアン・ボールト サービス概要</h1>
<p>令和8年11月1日　株式会社メリディアン・データ 大阪支社</p>
<h2>【サービスの特長】</h2>
<ul>
<li>● メリディアン・ボールトは、AES-256による暗号化でバックアップを保護します。</li>
<li>● 同製品のRPOは最大1時間です。</li>
<li>● 同製品のデータは標準で30日間保持されます。</li>
<li>● 同製品は1テナントあたり最大0.5PBまで保存できます。</li>
<li>● 同製品は業界初の自動復旧テスト機能を搭載しています。</li>
</ul>
<h2>【料金】</h2>
<p>同製品の料金は1TBあたり月額20米ドルです。※1</p>
<p>※1 円建てについては別紙1をご参照ください。</p>
</body>
</html>
""", [
    C("● メリディアン・ボールトは、AES-256による暗号化でバックアップを保護します。", V, "encryption", "AES-256", "ok"),
    C("● 同製品のRPOは最大1時間です。", V, "rpo", dur(1, "hours"), "conflict"),
    C("● 同製品のデータは標準で30日間保持されます。", V, "retention", dur(30, "days"), "conflict"),
    C("● 同製品は1テナントあたり最大0.5PBまで保存できます。", V, "max_storage", 500 * TB, "ok"),
    C("同製品の料金は1TBあたり月額20米ドルです。", V, "price_per_tb", usd(20, "TB-month"), "office-variant"),
], [PH("ja.first-in-industry", "● 同製品は業界初の自動復旧テスト機能を搭載しています。")]))

# ignored by .onevoice.yaml (**/drafts/**): no labels
DRAFTS = [("docs/osaka/drafts/teian_draft.md", """\
# 【下書き】ご提案書 メリディアン・シンク

● メリディアン・シンクは最大2万ユーザーまでご利用いただけます。
● 業界No.1のファイル共有サービスです。
""")]

# =================================================================== mail
TK_SIG = "\n-- \n山本 健\n株式会社メリディアン・データ 東京支社 営業部\nTEL 03-5555-0101\n"
TK2_SIG = "\n-- \n佐藤 花子\n株式会社メリディアン・データ 東京支社 営業部\nTEL 03-5555-0102\n"
OS_SIG = "\n-- \n中村 真\n株式会社メリディアン・データ 大阪支社 営業部\nTEL 06-5555-0201\n"

MAILS = []   # dict(n, frm, to, date, subject, mid, parts/body, enc, claims, findings, archive)


def M(n, frm, to, date, subject, body, claims, findings=(), enc="base64", charset="utf-8", html=False,
      archive=False, extra_headers=()):
    MAILS.append(dict(n=n, frm=frm, to=to, date=date, subject=subject, body=body, claims=claims,
                      findings=list(findings), enc=enc, charset=charset, html=html, archive=archive,
                      extra=list(extra_headers)))


YAMAMOTO = "山本 健 <yamamoto@jp.meridian-data.com>"
SATO = "佐藤 花子 <sato@jp.meridian-data.com>"
NAKAMURA = "中村 真 <nakamura@osaka.jp.meridian-data.com>"

M(1, YAMAMOTO, "田中 様 <tanaka@yamato-kasei.co.jp>", (2026, 9, 8, 10, 15),
  "メリディアン ボールトのご案内", """\
大和化成株式会社
情報システム部 田中様

いつもお世話になっております。メリディアン・データ東京支社の山本です。
先日ご相談いただいたメリディアン ボールトについてご案内いたします。

メリディアン ボールトのSLA（稼働率）は99.95％でございます。
また、同製品のRPO（目標復旧時点）は最大15分です。
同製品のデータセンターは東京と大阪にございます。

ご不明な点がございましたら、お気軽にお知らせください。
""" + TK_SIG, [
    C("メリディアン ボールトのSLA（稼働率）は99.95％でございます。", V, "sla", 99.95, "ok"),
    C("また、同製品のRPO（目標復旧時点）は最大15分です。", V, "rpo", dur(15, "minutes"), "ok"),
    C("同製品のデータセンターは東京と大阪にございます。", V, "data_centers", "Tokyo", "ok"),
    C("同製品のデータセンターは東京と大阪にございます。", V, "data_centers", "Osaka", "ok"),
], archive=True)

M(2, NAKAMURA, "木村 様 <kimura@sakai-logitech.co.jp>", (2026, 9, 15, 14, 30),
  "メリディアン・インサイト 評価版のご案内", """\
堺ロジテック株式会社
木村様

いつもお世話になっております。メリディアン・データ大阪支社の中村です。

メリディアン・インサイトの無料トライアル期間は60日間です。
また、同製品は1ユーザーあたり月額4,000円（税抜）でご利用いただけます。

どうぞよろしくお願いいたします。
""" + OS_SIG, [
    C("メリディアン・インサイトの無料トライアル期間は60日間です。", I, "free_trial", dur(60, "days"), "conflict"),
    C("また、同製品は1ユーザーあたり月額4,000円（税抜）でご利用いただけます。", I, "per_user_price",
      jpy(4000, "user-month", "excluded"), "ok"),
], enc="7bit", charset="iso-2022-jp", archive=True)

M(3, NAKAMURA, "田中 様 <tanaka@yamato-kasei.co.jp>", (2026, 9, 24, 11, 0),
  "バックアップサービスのご紹介（大阪支社）", """\
大和化成株式会社
田中様

いつもお世話になっております。メリディアン・データ大阪支社の中村です。

メリディアン ボールトの稼働率は99.9％となっております。
同製品は1テナントあたり最大500TBまで保存できます。
メリディアン ボールトは国内No.1のバックアップサービスとして多くのお客様にご利用いただいております。

引き続きよろしくお願いいたします。
""" + OS_SIG, [
    C("メリディアン ボールトの稼働率は99.9％となっております。", V, "sla", 99.9, "conflict"),
    C("同製品は1テナントあたり最大500TBまで保存できます。", V, "max_storage", 500 * TB, "ok"),
], [PH("ja.superlative-no1", "メリディアン ボールトは国内No.1のバックアップサービスとして")],
  enc="quoted-printable", archive=True)

M(4, YAMAMOTO, "木村 様 <kimura@sakai-logitech.co.jp>", (2026, 10, 2, 9, 45),
  "メリディアン インサイトについて（東京支社）", """\
堺ロジテック株式会社
木村様

いつもお世話になっております。メリディアン・データ東京支社の山本です。

メリディアン インサイトは30日間の無料トライアルをご用意しております。
同製品は令和9年1月に一般提供を開始する予定です。
本製品のクエリ応答時間は2秒以内です。

よろしくお願いいたします。
""" + TK_SIG, [
    C("メリディアン インサイトは30日間の無料トライアルをご用意しております。", I, "free_trial", dur(30, "days"), "ok"),
    C("同製品は令和9年1月に一般提供を開始する予定です。", I, "general_availability", "2027-01", "ok"),
    C("本製品のクエリ応答時間は2秒以内です。", I, "query_latency", dur(2, "seconds"), "ok"),
], archive=True)

CUST5 = """\
メリディアン・データ 東京支社
佐藤様

いつもお世話になっております。浪速精機の鈴木です。

先日、貴社大阪支社の方から、メリディアン シンクはLinuxにも対応していると伺っております。
また、メリディアン シンクは1万ユーザーまで利用可能でしょうか。

ご確認のほどよろしくお願いいたします。

鈴木 一郎
浪速精機株式会社 総務部
"""
SUZUKI = "鈴木 一郎 <suzuki@naniwa-seiki.co.jp>"
M(5, SUZUKI, SATO, (2026, 10, 14, 10, 12), "メリディアン シンクの対応OSについて", CUST5, [
    C("先日、貴社大阪支社の方から、メリディアン シンクはLinuxにも対応していると伺っております。", S,
      "supported_platforms", "Linux", "conflict", office="unknown"),
], archive=True)

M(6, SATO, SUZUKI, (2026, 10, 20, 16, 40), "RE: メリディアン シンクの対応OSについて", """\
鈴木様

いつもお世話になっております。メリディアン・データ東京支社の佐藤でございます。
ご質問の件、以下のとおり回答いたします。

メリディアン シンクはWindows、macOS、iOS、Androidに対応しており、Linuxには対応しておりません。
また、同製品は1テナントあたり最大１万ユーザーまでご利用いただけます。

何卒よろしくお願いいたします。
""" + TK2_SIG + """
-----Original Message-----
From: 鈴木 一郎 <suzuki@naniwa-seiki.co.jp>
Sent: Wednesday, October 14, 2026 10:12 AM
To: 佐藤 花子 <sato@jp.meridian-data.com>
Subject: メリディアン シンクの対応OSについて

""" + CUST5, [
    C("メリディアン シンクはWindows、macOS、iOS、Androidに対応しており、Linuxには対応しておりません。", S,
      "supported_platforms", "Windows", "ok"),
    C("メリディアン シンクはWindows、macOS、iOS、Androidに対応しており、Linuxには対応しておりません。", S,
      "supported_platforms", "macOS", "ok"),
    C("メリディアン シンクはWindows、macOS、iOS、Androidに対応しており、Linuxには対応しておりません。", S,
      "supported_platforms", "iOS", "ok"),
    C("メリディアン シンクはWindows、macOS、iOS、Androidに対応しており、Linuxには対応しておりません。", S,
      "supported_platforms", "Android", "ok"),
    C("また、同製品は1テナントあたり最大１万ユーザーまでご利用いただけます。", S, "max_users", 10000, "ok"),
    C("先日、貴社大阪支社の方から、メリディアン シンクはLinuxにも対応していると伺っております。", S,
      "supported_platforms", "Linux", "conflict", quoted=True, office="unknown"),
], enc="base64", archive=True,
  extra_headers=[("In-Reply-To", "<20261014101200.5005@naniwa-seiki.co.jp>")])

M(7, NAKAMURA, "小林 様 <kobayashi@kobe-shoko.co.jp>", (2026, 10, 28, 13, 5),
  "メリディアン・シンク 料金のご案内", """\
神戸商工株式会社
小林様

いつもお世話になっております。メリディアン・データ大阪支社の中村です。

メリディアン・シンクの月額料金は55,000円（税込）です。
同製品は1ユーザーあたり1TBのストレージをご利用いただけます。

ご検討のほどよろしくお願いいたします。
""" + OS_SIG, [
    C("メリディアン・シンクの月額料金は55,000円（税込）です。", S, "monthly_price", jpy(55000, "month", "included"), "ok"),
    C("同製品は1ユーザーあたり1TBのストレージをご利用いただけます。", S, "storage_per_user", 1 * TB, "ok"),
], enc="quoted-printable", html=True)

M(8, YAMAMOTO, "高橋 様 <takahashi@chubu-denki.co.jp>", (2026, 11, 5, 10, 30),
  "メリディアン シンクのセキュリティについて", """\
中部電機株式会社
高橋様

いつもお世話になっております。メリディアン・データ東京支社の山本です。

メリディアン シンクはISMAPに登録済みです。
また、同製品はオフライン環境でも編集作業が可能です。
なお、旧製品名「Meridian FileSync」でご契約のお客様も、そのままご利用いただけます。

よろしくお願いいたします。
""" + TK_SIG, [
    C("メリディアン シンクはISMAPに登録済みです。", S, "certifications", "ISMAP", "conflict"),
    C("また、同製品はオフライン環境でも編集作業が可能です。", S, "offline_mode", True, "conflict"),
], [TERM(S, "旧製品名「Meridian FileSync」でご契約のお客様も")], enc="quoted-printable")

M(9, NAKAMURA, "田中 様 <tanaka@yamato-kasei.co.jp>", (2026, 11, 12, 15, 0),
  "Fwd: メリディアン ボールトの保持期間について", """\
大和化成株式会社
田中様

いつもお世話になっております。メリディアン・データ大阪支社の中村です。

メリディアン ボールトは1TBあたり月額2,800円（税抜）でご提供しております。
保持期間につきましては、東京支社からの案内を以下に転送いたします。
""" + OS_SIG + """
-------- 転送メッセージ --------
件名: メリディアン ボールトの保持期間について
日付: Tue, 3 Nov 2026 15:20:00 +0900
差出人: 山本 健 <yamamoto@jp.meridian-data.com>
宛先: 中村 真 <nakamura@osaka.jp.meridian-data.com>

中村さん

お疲れさまです。東京支社の山本です。
メリディアン ボールトの標準の保持期間は90日間です。
お客様へのご案内にご活用ください。
""", [
    C("メリディアン ボールトは1TBあたり月額2,800円（税抜）でご提供しております。", V, "price_per_tb",
      jpy(2800, "TB-month", "excluded"), "ok"),
    C("メリディアン ボールトの標準の保持期間は90日間です。", V, "retention", dur(90, "days"), "ok",
      quoted=True, office=TOKYO),
], enc="base64")

M(10, YAMAMOTO, "ジョンソン 様 <johnson@sakura-global.co.jp>", (2026, 11, 18, 17, 20),
  "メリディアン インサイトのご案内（米国拠点向け）", """\
サクラグローバル株式会社
ジョンソン様

いつもお世話になっております。メリディアン・データ東京支社の山本です。
米国拠点でのご利用について、以下のとおりご案内いたします。

メリディアン インサイトは1ユーザーあたり月額30米ドルです。
同製品では最大300個のダッシュボードを作成できます。
同製品のサポート窓口の初回応答は4時間以内です。

よろしくお願いいたします。
""" + TK_SIG, [
    C("メリディアン インサイトは1ユーザーあたり月額30米ドルです。", I, "per_user_price", usd(30, "user-month"), "office-variant"),
    C("同製品では最大300個のダッシュボードを作成できます。", I, "max_dashboards", 300, "conflict"),
    C("同製品のサポート窓口の初回応答は4時間以内です。", I, "support_response_time", dur(4, "hours"), "unverified"),
], enc="base64")


# =================================================================== building
def mid_of(m):
    host = m["frm"].split("@")[1].rstrip(">")
    y, mo, d, h, mi = m["date"]
    return "%04d%02d%02d%02d%02d00.%d@%s" % (y, mo, d, h, mi, 5000 + m["n"], host)


def addr(s):
    name, a = s.split(" <")
    return email.utils.formataddr((name, a.rstrip(">")), charset="utf-8")


def encode_body(text, charset, enc):
    raw = text.encode(charset)
    if enc == "base64":
        import base64
        b = base64.encodebytes(raw).decode("ascii")
    elif enc == "quoted-printable":
        import quopri
        b = quopri.encodestring(raw).decode("ascii")
    else:
        b = raw.decode("ascii")
    return b


def build_mail(m):
    dt = datetime(*m["date"], tzinfo=JST)
    hcs = "iso-2022-jp" if m["charset"] == "iso-2022-jp" else "utf-8"
    hdr = [("From", addr(m["frm"])), ("To", addr(m["to"])),
           ("Subject", Header(m["subject"], hcs).encode()),
           ("Date", email.utils.format_datetime(dt)), ("Message-ID", "<%s>" % mid_of(m))] + m["extra"]
    hdr.append(("MIME-Version", "1.0"))
    if m["html"]:
        bnd = "----=_Part_%04d_set12" % m["n"]
        html = "<html><body>" + "".join("<p>%s</p>" % ln if ln else "<br>" for ln in m["body"].split("\n")) + "</body></html>\n"
        hdr.append(("Content-Type", 'multipart/alternative; boundary="%s"' % bnd))
        body = ("This is a multi-part message in MIME format.\n\n--%s\n"
                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: %s\n\n%s\n"
                "--%s\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: %s\n\n%s\n--%s--\n"
                % (bnd, m["enc"], encode_body(m["body"], "utf-8", m["enc"]), bnd, m["enc"],
                   encode_body(html, "utf-8", m["enc"]), bnd))
    else:
        hdr += [("Content-Type", "text/plain; charset=%s" % m["charset"].upper() if m["charset"] == "iso-2022-jp"
                 else "text/plain; charset=utf-8"), ("Content-Transfer-Encoding", m["enc"])]
        body = encode_body(m["body"], m["charset"], m["enc"])
    text = "".join("%s: %s\n" % kv for kv in hdr) + "\n" + body
    return text.replace("\r\n", "\n").encode("ascii"), dt


def decoded_texts(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


# ------------------------------------------------------------- phrase / terminology self-check
def load_rules():
    """Minimal reader for the phrase patterns and deprecated names (no YAML library)."""
    rdir = os.path.normpath(os.path.join(ROOT, "..", "..", "shared", "eval", "rules"))
    ja = open(os.path.join(rdir, "phrases", "ja.yaml"), encoding="utf-8").read()
    rules = {}
    for block in re.split(r"\n  - id: ", ja)[1:]:
        rid = block.split("\n", 1)[0].strip()
        def grab(key):
            m = re.search(r"\n    %s:[^\n]*\n((?:      [^\n]*\n)+)" % key, block)
            pats = []
            for ln in (m.group(1).splitlines() if m else []):
                ln = ln.strip()
                if ln.startswith("- '"):
                    pats.append(ln[3:-1].replace("''", "'"))
            return pats
        rules[rid] = (grab("patterns"), grab("unless"))
    return rules


def phrase_hits(text, rules):
    t = unicodedata.normalize("NFKC", text)
    hits = set()
    for rid, (pats, unless) in rules.items():
        if any(re.search(p, t, re.M) for p in pats) and not any(re.search(u, t, re.M) for u in unless):
            hits.add(rid)
    return hits


DEPRECATED_SYNC = ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync",
                   "メリディアン ファイルシンク", "メリディアン・ファイルシンク", "メリディアンファイルシンク"]


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    rules = load_rules()
    lines = []
    problems = []

    def check(file, texts, claims, findings):
        joined = "\n".join(texts)
        for c in claims + findings:
            if c["text"] not in joined:
                problems.append("%s: excerpt not found: %s" % (file, c["text"]))
        want = {f["rule"] for f in findings if f["kind"] == "phrase"}
        got = phrase_hits(texts[0], rules)
        if got != want:
            problems.append("%s: phrase rules fire %s, labelled %s" % (file, sorted(got), sorted(want)))
        has_dep = any(d in texts[0] for d in DEPRECATED_SYNC)
        if has_dep != any(f["kind"] == "terminology" for f in findings):
            problems.append("%s: terminology label mismatch" % file)

    # documents
    for path, office, content, claims, findings in DOCS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
        check(path, [content], claims, findings)
        for c in claims:
            lines.append({"type": "claim", "file": path, "message_id": None, "product": c["product"],
                          "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                          "quoted": c["quoted"], "office": c["office"] or office,
                          "as_of": c["as_of"] or DOCS_AS_OF, "text": c["text"]})
        for f in findings:
            lines.append({"type": "finding", "file": path, "message_id": None, "kind": f["kind"],
                          "rule": f["rule"], "product": f["product"], "quoted": False, "text": f["text"]})
    for path, content in DRAFTS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)

    # mail
    os.makedirs(os.path.join(ROOT, "mail"), exist_ok=True)
    offices = [("@osaka.jp.meridian-data.com", OSAKA), ("@jp.meridian-data.com", TOKYO),
               ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")]
    archive = []
    archive_claims = []
    for m in MAILS:
        raw, dt = build_mail(m)
        f = "mail/%04d.eml" % m["n"]
        with open(os.path.join(ROOT, f), "wb") as fh:
            fh.write(raw)
        texts = decoded_texts(raw)
        if not texts:
            problems.append(f + ": no text parts")
            continue
        sender = m["frm"].split("<")[1].rstrip(">")
        office = next((o for suf, o in offices if sender.endswith(suf)), "unknown")
        msgid = mid_of(m)
        as_of = dt.strftime("%Y-%m-%d")
        check(f, texts, m["claims"], m["findings"])
        targets = [f] + (["mail/archive.mbox"] if m["archive"] else [])
        for tf in targets:
            for c in m["claims"]:
                line = {"type": "claim", "file": tf, "message_id": msgid, "product": c["product"],
                        "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                        "quoted": c["quoted"], "office": c["office"] or office,
                        "as_of": c["as_of"] or as_of, "text": c["text"]}
                lines.append(line)
                if tf == "mail/archive.mbox":
                    archive_claims.append(dict(line, eml=f, date=dt))
            for fd in m["findings"]:
                lines.append({"type": "finding", "file": tf, "message_id": msgid, "kind": fd["kind"],
                              "rule": fd["rule"], "product": fd["product"], "quoted": False, "text": fd["text"]})
        if m["archive"]:
            archive.append((dt, sender, raw))

    # mboxrd, date order
    archive.sort(key=lambda x: x[0])
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        for dt, sender, raw in archive:
            fh.write(("From %s %s\n" % (sender, dt.astimezone(timezone.utc).strftime("%a %b %d %H:%M:%S %Y"))).encode())
            body = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
            fh.write(body.rstrip(b"\n") + b"\n\n")

    # cross-office from the archive's claims
    SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}
    UNIT = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}

    def key(v):
        if isinstance(v, dict) and "unit" in v and "amount" in v:
            return ("dur", v["amount"] * UNIT[v["unit"]])
        if isinstance(v, dict) and "currency" in v:
            amt = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
            return ("money", round(amt, 6), v["currency"], v["per"])
        return ("v", json.dumps(v, sort_keys=True))

    cross = {}
    cs = [c for c in archive_claims if c["office"] != "unknown" and c["attribute"] not in SET_ATTRS]
    for i, a in enumerate(cs):
        for b in cs[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            ka, kb = key(a["value"]), key(b["value"])
            if ka[0] == "money" and ka[2:] != kb[2:]:
                continue
            if ka == kb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            if abs((a["date"] - b["date"]).days) > 45:
                continue
            k = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            x = cross.setdefault(k, {"files": set(), "values": {}})
            x["files"] |= {a["eml"], b["eml"]}
            x["values"][a["office"]] = a["value"]
            x["values"][b["office"]] = b["value"]
    for (p, attr, offs), x in sorted(cross.items()):
        lines.append({"type": "cross-office", "product": p, "attribute": attr, "offices": list(offs),
                      "file": "mail/archive.mbox", "message_files": sorted(x["files"]),
                      "values": {k: x["values"][k] for k in sorted(x["values"])}})
    if len(cross) != 2:
        problems.append("expected 2 cross-office cases, computed %d: %s" % (len(cross), sorted(cross)))

    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for ln in lines:
            fh.write(json.dumps(ln, ensure_ascii=False) + "\n")

    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""\
# onevoice configuration for evaluation set12 (SPEC section 6).
rules: ../../shared/eval/rules
paths:
  - glob: "docs/us-hq/**"
    office: us-hq
  - glob: "docs/london/**"
    office: london
  - glob: "docs/tokyo/**"
    office: tokyo
  - glob: "docs/osaka/**"
    office: osaka
ignore: ["**/drafts/**", "README.md", "expected.jsonl", "gen/**"]
""")
    n_claims = sum(1 for l in lines if l["type"] == "claim")
    n_find = sum(1 for l in lines if l["type"] == "finding")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("""\
# Evaluation set12 — Japanese proposals and RFP answers (Tokyo / Osaka)

Written 2026-12-03 by a blind set writer (a helper session that read only
LABELS.md, FACTS.md, README.md, rules/, SPEC.md §2/§5/§6 and score.py), labelled
by LABELS.md. Generated by `gen/generate.py` (deterministic, stdlib only).

Documents are judged as of **2026-11-22** (`--as-of 2026-11-22`); mail as of
each message's Date header.

Emphasis: Japanese proposals, RFP answers and quotes as Japanese companies
write them — 表紙/目次/改訂履歴, 「第2章 ご提案内容」 headings, 【】 headings,
■/◆/● bullets, ※ notes, 別紙 references, 要件/回答 tables (the 要件 column
holds no claims), 見積 tables (only 単価 is a claim; 数量/金額/合計/値引き are
not), 税抜/税込 in captions, headings and notes, 和暦 (令和8年 = 2026),
全角数字, kanji numerals (九十日間, 三十日間), ranges with 〜, 最大/以内/未満,
同製品/本製品/両製品, 業界No.1 with and without a ※…調べ note, 業界初, the
deprecated Sync name in katakana and Latin script, (誤)/(正) and <del>
retractions, a customer's reported statement (…と伺っております), an Outlook
quote block and a Thunderbird 転送メッセージ.

    mail/NNNN.eml      %d messages (UTF-8 base64 / quoted-printable, ISO-2022-JP, one multipart/alternative)
    mail/archive.mbox  messages 0001-0006 again (mboxrd, date order); two Tokyo-vs-Osaka
                       contradictions within 45 days (Vault SLA, Insight free trial)
    docs/tokyo, docs/osaka  %d documents (+ one ignored draft under drafts/)
    expected.jsonl     %d claim lines, %d finding lines, %d cross-office lines
""" % (len(MAILS), len(DOCS), n_claims, n_find, len(cross)))

    if problems:
        raise SystemExit("PROBLEMS:\n  " + "\n  ".join(problems))
    print("ok: %d lines (%d claims, %d findings, %d cross-office)" % (len(lines), n_claims, n_find, len(cross)))


if __name__ == "__main__":
    main()
