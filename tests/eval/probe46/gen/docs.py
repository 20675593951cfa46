# -*- coding: utf-8 -*-
"""Proposal documents of probe set 46 (judged as of 2026-11-22), with their answer keys."""
from texts import C, PH, S, V, I, TB, yen, gbp, dur

DOCS = []


def add(path, make, items, ignored=False):
    DOCS.append(dict(path=path, bytes=make, items=items, ignored=ignored))


# ====================================================================== Tokyo: 御見積書 (.txt, UTF-8 with BOM, CRLF)
Q_SYNC_ROW = "  メリディアン・シンク 基本料金        12か月          50,000          600,000"
Q_INS_ROW = "  メリディアン・インサイト ユーザー    50名×12か月      4,000        2,400,000"
QUOTE_TXT = """                                                      見積番号：MDJ-Q-2026-1187
                                                      発 行 日：令和8年11月20日

株式会社ミナト精機　御中
総務部 情報システム課　吉田 直樹 様

                               御　見　積　書

拝啓　時下ますますご清栄のこととお慶び申し上げます。
平素は格別のお引き立てを賜り、厚く御礼申し上げます。
さて、ご依頼いただきました件につき、下記のとおり御見積申し上げます。
何卒ご用命賜りますよう、よろしくお願い申し上げます。
                                                                      敬具

                                   記

件　　　名：メリディアン・シンク ご契約更新及びメリディアン・インサイト新規導入の件
御見積金額：金参百参萬六阡円也（消費税込）
ご利用開始：令和8年12月1日
支払条件　：月末締め翌月末払い（銀行振込）
有効期限　：令和8年12月25日

■明細（金額はすべて税抜、単位：円）

【メリディアン・シンク】月額基本料金
  品名                                数量            単価（月額）    金額
  --------------------------------------------------------------------------
""" + Q_SYNC_ROW + """

【メリディアン・インサイト】ユーザー課金
  品名                                数量            単価（1ユーザーあたり月額）  金額
  --------------------------------------------------------------------------
""" + Q_INS_ROW + """
  出精値引き（本件限り）              1式                            △240,000
  --------------------------------------------------------------------------
                                                    小計            2,760,000
                                                    消費税（10%）     276,000
                                                    合計            3,036,000

■備考
１．メリディアン・インサイトは現在ベータ版にてご提供しており、正式版の一般提供開始は令和9年1月を予定しております。
２．同製品は、ご契約前に30日間の無料トライアルをご利用いただけます。
３．メリディアン・シンクの１テナントあたりのご利用上限は、最大10,000ユーザーでございます。
４．本見積書の有効期限経過後は、改めてお見積りさせていただきます。
５．仕様の詳細は、別紙「メリディアン・シンク 仕様書（第3.2版）」をご参照ください。

                                                                      以上

メリディアンデータ株式会社
〒100-6318 東京都千代田区丸の内二丁目4番1号 丸の内ビルディング18階
営業本部 第二営業部　担当：高橋 誠
TEL：03-6212-4400　FAX：03-6212-4401
登録番号：T4010401176543
"""
add("tokyo/御見積書_ミナト精機_MDJ-Q-2026-1187.txt",
    lambda: b"\xef\xbb\xbf" + QUOTE_TXT.replace("\n", "\r\n").encode("utf-8"),
    [C(S, "monthly_price", yen(50000), "ok", Q_SYNC_ROW.strip()),
     C(I, "per_user_price", yen(4000, "user-month"), "ok", Q_INS_ROW.strip()),
     C(I, "general_availability", "2027-01", "ok", "正式版の一般提供開始は令和9年1月を予定しております。"),
     C(I, "free_trial", dur(30, "days"), "ok", "２．同製品は、ご契約前に30日間の無料トライアルをご利用いただけます。"),
     C(S, "max_users", 10000, "ok", "３．メリディアン・シンクの１テナントあたりのご利用上限は、最大10,000ユーザーでございます。")])

# A draft with wrong figures: ignored by .onevoice.yaml (**/drafts/**), so nothing is expected.
DRAFT_TXT = """御見積書（下書き・社内確認前）

【メリディアン・シンク】月額基本料金
  メリディアン・シンク 基本料金   12か月   45,000   540,000
備考：メリディアン・インサイトの正式リリースは令和8年10月の予定です。
"""
add("tokyo/drafts/御見積書_ミナト精機_下書き.txt", lambda: DRAFT_TXT.replace("\n", "\r\n").encode("utf-8"), [], ignored=True)

# ====================================================================== Osaka: 仕様書 (.html, Shift_JIS declared)
R_RPO = "<tr><td>目標復旧時点（RPO）</td><td>15分</td><td>継続的バックアップによる</td></tr>"
R_RTO = "<tr><td>目標復旧時間（RTO）</td><td>4時間以内</td><td>データ量により変動いたします</td></tr>"
R_RET = "<tr><td>標準保持期間</td><td>90日間</td><td>ポリシーにより延長可</td></tr>"
R_MAX = "<tr><td>最大容量</td><td>1テナントあたり最大1PB</td><td>&nbsp;</td></tr>"
R_SLA = "<tr><td>稼働率（SLA）</td><td><del>99.9%</del> 99.95%</td><td>月間</td></tr>"
R_ENC = "<tr><td>暗号化方式</td><td>AES-256</td><td>保存時・転送時とも</td></tr>"
R_DC = "<tr><td>データセンター</td><td>東京、大阪、シンガポール</td><td>お客様にて選択可</td></tr>"
R_CERT = ("<tr><td>4</td><td>ISMAPへの登録</td><td>メリディアン・ボールトはISMAPには登録しておりません。"
          "なお、ISO/IEC 27001認証を取得しております。</td></tr>")
R_PRICE = "<tr><td>5</td><td>料金（1TBあたり月額）</td><td>3,080円（税込）</td></tr>"
SPEC_HTML = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">
<title>メリディアン・ボールト 製品仕様書（浪速物産株式会社様向け）</title>
<style type="text/css">
body { font-family: "ＭＳ Ｐゴシック", sans-serif; font-size: 10.5pt; }
table { border-collapse: collapse; }
td, th { border: 1px solid #666; padding: 3px 8px; }
p.note { font-size: 9pt; }
</style>
</head>
<body>
<h1>メリディアン・ボールト 製品仕様書</h1>
<p>浪速物産株式会社 御中<br>
令和8年11月6日<br>
メリディアンデータ株式会社 関西支社</p>

<p>本書は、貴社よりご提示いただきましたご要件に対し、メリディアン・ボールトの仕様をご説明するものでございます。
料金の詳細につきましては、別紙「御見積書」をご参照くださいますようお願い申し上げます。</p>

<h2>１．基本仕様</h2>
<table>
<caption>表１　メリディアン・ボールト 基本仕様</caption>
<tr><th>項目</th><th>仕様</th><th>備考</th></tr>
""" + "\n".join([R_RPO, R_RTO, R_RET, R_MAX, R_SLA, R_ENC, R_DC]) + """
</table>

<h2>２．ご要件への対応</h2>
<table>
<caption>表２　ご要件と対応状況</caption>
<tr><th>項番</th><th>貴社ご要件</th><th>弊社回答</th></tr>
<tr><td>1</td><td>バックアップデータを1年以上保持できること</td><td>標準の保持期間は90日間でございます。長期保管につきましては、別途オプションにてご対応いたします。</td></tr>
<tr><td>2</td><td>RPO 30分以内</td><td>15分（継続的バックアップ）</td></tr>
<tr><td>3</td><td>国内データセンターでの保管</td><td>東京または大阪のデータセンターをご選択いただけます。</td></tr>
""" + R_CERT + "\n" + R_PRICE + """
</table>

<h2>３．導入実績</h2>
<p>メリディアン・ボールトは、関西の製造業において導入社数No.1<sup>※</sup>のバックアップサービスでございます。</p>
<!-- onevoice-disable ja.cheapest -->
<p>同製品は業界最安クラスの料金でご提供しております。</p>
<!-- onevoice-enable -->
<p class="note">※2026年8月 関西ITリサーチ調べ</p>

<p style="text-align:right">以上</p>
</body>
</html>
"""
add("osaka/仕様書_メリディアン・ボールト_浪速物産様.html",
    lambda: SPEC_HTML.replace("\n", "\r\n").encode("cp932"),
    [C(V, "rpo", dur(15, "minutes"), "ok", R_RPO),
     C(V, "rto", dur(4, "hours"), "unverified", R_RTO),
     C(V, "retention", dur(90, "days"), "ok", R_RET),
     C(V, "max_storage", 1000 * TB, "conflict", R_MAX),
     C(V, "sla", 99.95, "ok", R_SLA),
     C(V, "encryption", "AES-256", "ok", R_ENC),
     C(V, "data_centers", "Tokyo", "ok", R_DC),
     C(V, "data_centers", "Osaka", "ok", R_DC),
     C(V, "data_centers", "Singapore", "conflict", R_DC),
     C(V, "certifications", "ISO 27001", "unverified", "なお、ISO/IEC 27001認証を取得しております。"),
     C(V, "price_per_tb", yen(3080, "TB-month", "included"), "ok", R_PRICE)])

# ====================================================================== Tokyo: 提案書 (.md, UTF-8)
PROPOSAL_MD = """# 北斗リース株式会社様 経営ダッシュボード導入のご提案

メリディアンデータ株式会社 営業本部 第一営業部　2026年11月18日

## 1. はじめに

拝啓　向寒の候、貴社ますますご清栄のこととお慶び申し上げます。
本書では、貴社経営企画部様の「月次の経営数値を、各部門が同じ画面で確認できるようにしたい」というご要望に対し、メリディアン・インサイトを用いた解決策をご提案いたします。
なお、お見積りは85名様分にて、別紙「御見積書」に記載しております。

## 2. メリディアン・インサイトの概要

メリディアン・インサイトは、会計・販売・リース契約などの社内データを取り込み、経営ダッシュボードとして可視化するクラウド型の分析サービスです。

- 正式版の一般提供開始：2027年1月（現在はベータ版としてご提供）
- ダッシュボード数：1ワークスペースあたり最大200個
- クエリ応答時間：最大2秒（1億行規模のデータにおける95パーセンタイル値）
- 無料トライアル：30日間
- 標準連携：会計システム、SFA、表計算ファイルなど100種類以上のデータソース

## 3. 料金

| 項目 | 単価 | 備考 |
|---|---|---|
| メリディアン・インサイト ユーザーライセンス | 1ユーザーあたり月額 ~~3,500円~~ 4,400円（税込） | 正式版提供開始後の価格 |
| 導入支援サービス | 別途お見積り | 初期設定・ダッシュボード作成支援 |

## 4. メリディアン・インサイトの特長

メリディアン・インサイトは、自然言語で質問するだけでグラフを自動生成する、業界初のAI自動分析機能を搭載しております。
また、同製品は大半のクエリに1秒未満で応答いたします。

<!-- onevoice-disable-next-line ja.superlative-no1 -->
同製品は、経営層向けダッシュボードの見やすさでナンバーワンの評価をいただいております。

## 5. 運用・サポート

正式版提供開始後、メリディアン・インサイトの稼働率（SLA）は99.9%を予定しております。
メリディアン・インサイトに関するお問い合わせには、サポート窓口より4時間以内に一次回答いたします。
今後メリディアン・シンクを併せてご利用になる場合の連携手順は、https://support.meridian-data.com/kb/MeridianFileSync/insight-connector をご参照ください。

以上
"""
add("tokyo/提案書_北斗リース_メリディアン・インサイト.md",
    lambda: PROPOSAL_MD.encode("utf-8"),
    [C(I, "general_availability", "2027-01", "ok", "- 正式版の一般提供開始：2027年1月（現在はベータ版としてご提供）"),
     C(I, "max_dashboards", 200, "ok", "- ダッシュボード数：1ワークスペースあたり最大200個"),
     C(I, "query_latency", dur(2, "seconds"), "ok", "- クエリ応答時間：最大2秒（1億行規模のデータにおける95パーセンタイル値）"),
     C(I, "free_trial", dur(30, "days"), "ok", "- 無料トライアル：30日間"),
     C(I, "integrations", 100, "unverified", "- 標準連携：会計システム、SFA、表計算ファイルなど100種類以上のデータソース"),
     C(I, "per_user_price", yen(4400, "user-month", "included"), "ok",
       "| メリディアン・インサイト ユーザーライセンス | 1ユーザーあたり月額 ~~3,500円~~ 4,400円（税込） | 正式版提供開始後の価格 |"),
     C(I, "query_latency", dur(1, "seconds"), "conflict", "また、同製品は大半のクエリに1秒未満で応答いたします。"),
     C(I, "sla", 99.9, "unverified", "正式版提供開始後、メリディアン・インサイトの稼働率（SLA）は99.9%を予定しております。"),
     C(I, "support_response_time", dur(4, "hours"), "unverified",
       "メリディアン・インサイトに関するお問い合わせには、サポート窓口より4時間以内に一次回答いたします。"),
     PH("ja.first-in-industry", "自然言語で質問するだけでグラフを自動生成する、業界初のAI自動分析機能を搭載しております。")])

# ====================================================================== London: English proposal (.md)
UK_MD = """# Proposal: Meridian Sync and Meridian Vault for Minato Seiki Europe Ltd

Prepared by Fiona Clarke, Meridian Data UK Ltd, 16 November 2026
Reference: MDUK-P-2611-07

All prices in this proposal exclude VAT.

## Summary

Minato Seiki Europe (46 staff across Reading and Düsseldorf) wants one place for engineering drawings and a managed backup of its file servers. We propose Meridian Sync for file sharing and Meridian Vault for backup, with a phased start in January.

## Meridian Sync

Meridian Sync gives every user 1 TB of storage and runs on Windows, macOS, iOS and Android.
It is priced at £329 per month for the whole workspace.
A single Meridian Sync tenant holds up to 10,000 users, so your team could also join the parent company's tenant in Japan.
Meridian Sync's Tokyo list price is ¥50,000 per month excluding consumption tax, which is why the parent company's invoice looks different from ours.
Meridian Sync offers unlimited version history for every file.

## Meridian Vault

Meridian Vault backs up your Microsoft 365 tenant and file servers with an RPO of 15 minutes and keeps backups for 90 days by default.
Meridian Vault is £16 per TB per month, and your backups will be hosted in our Frankfurt data centre.
Meridian Vault's availability SLA is 99.95%.
Meridian Vault is the industry-leading backup service for manufacturers.

## Commercials

Your first-year total, based on today's footprint of 42 TB, is £12,012.
Meridian Insight, our analytics service, becomes generally available in January 2027; we would be happy to add it in a later phase.

Fiona Clarke | +44 20 7946 0321 | fiona.clarke@uk.meridian-data.com
"""
PLAT_UK = "Meridian Sync gives every user 1 TB of storage and runs on Windows, macOS, iOS and Android."
VAULT_UK = "Meridian Vault backs up your Microsoft 365 tenant and file servers with an RPO of 15 minutes and keeps backups for 90 days by default."
add("london/Minato-Seiki-Europe_proposal_2026-11.md",
    lambda: UK_MD.encode("utf-8"),
    [C(S, "storage_per_user", 1 * TB, "ok", PLAT_UK),
     C(S, "supported_platforms", "Windows", "ok", PLAT_UK),
     C(S, "supported_platforms", "macOS", "ok", PLAT_UK),
     C(S, "supported_platforms", "iOS", "ok", PLAT_UK),
     C(S, "supported_platforms", "Android", "ok", PLAT_UK),
     C(S, "monthly_price", gbp(329, tax="excluded"), "ok", "It is priced at £329 per month for the whole workspace."),
     C(S, "max_users", 10000, "ok", "A single Meridian Sync tenant holds up to 10,000 users"),
     C(S, "monthly_price", yen(50000), "office-variant", "Meridian Sync's Tokyo list price is ¥50,000 per month excluding consumption tax"),
     C(V, "rpo", dur(15, "minutes"), "ok", VAULT_UK),
     C(V, "retention", dur(90, "days"), "ok", VAULT_UK),
     C(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month, and your backups will be hosted in our Frankfurt data centre."),
     C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault is £16 per TB per month, and your backups will be hosted in our Frankfurt data centre."),
     C(V, "sla", 99.95, "ok", "Meridian Vault's availability SLA is 99.95%."),
     C(I, "general_availability", "2027-01", "ok", "Meridian Insight, our analytics service, becomes generally available in January 2027"),
     PH("en.unlimited", "Meridian Sync offers unlimited version history for every file."),
     PH("en.superlative", "Meridian Vault is the industry-leading backup service for manufacturers.")])
