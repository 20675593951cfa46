#!/usr/bin/env python3
"""Generate evaluation set 15 (Japanese Tokyo/Osaka threads). Deterministic, stdlib only.
Run from anywhere: python3 gen/generate.py  (writes into the set folder = parent of gen/)."""
import base64, email, email.utils, json, os, re, datetime
from email.header import Header

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TK = ("田中 太郎", "tanaka@jp.meridian-data.com")
TK2 = ("小林 美咲", "kobayashi@jp.meridian-data.com")
OS = ("山本 健一", "yamamoto@osaka.jp.meridian-data.com")
C1 = ("鈴木 一郎", "suzuki@kanto-shoji.co.jp")
C2 = ("伊藤 真理", "ito@naniwa-kogyo.co.jp")
C3 = ("佐藤 浩", "sato@kyoto-gin.co.jp")
C4 = ("高橋 誠", "takahashi@hokuriku-denki.co.jp")

def office(addr):
    if addr.endswith("@osaka.jp.meridian-data.com"): return "osaka"
    if addr.endswith("@jp.meridian-data.com"): return "tokyo"
    if addr.endswith("@uk.meridian-data.com"): return "london"
    if addr.endswith("@meridian-data.com"): return "us-hq"
    return "unknown"

SIG_TK = """--
メリディアン・データ株式会社 東京オフィス 営業部
田中 太郎
〒100-0005 東京都千代田区丸の内1-2-3
TEL：03-1234-5678（内線 204）"""
SIG_TK2 = SIG_TK.replace("田中 太郎", "小林 美咲").replace("内線 204", "内線 215")
SIG_OS = """--
メリディアン・データ株式会社 大阪オフィス
山本 健一
〒530-0001 大阪府大阪市北区梅田1-1-1
TEL：06-6123-4567（内線 310）"""

def yen(a, per, tax): return {"amount": a, "currency": "JPY", "per": per, "tax": tax}
def dur(a, u): return {"amount": a, "unit": u}
TB = 10 ** 12

# claim: (product, attribute, value, verdict, text[, quoted_office])  -- quoted_office given => quoted
# finding: ("phrase", rule, None, text) / ("terminology", None, product, text)
M = []
def msg(n, date, frm, to, subj, kind, body, claims=(), findings=(), archive=False, reply=None):
    M.append(dict(n=n, date=date, frm=frm, to=to, subj=subj, kind=kind, body=body,
                  claims=list(claims), findings=list(findings), archive=archive, reply=reply))

msg(1, "2026-09-01 10:00", TK, C1, "メリディアン・シンクのご質問について", "jis", f"""関東商事株式会社
鈴木 一郎 様

いつも大変お世話になっております。
メリディアン・データ東京オフィスの田中でございます。
お問い合わせいただきました件につきまして、以下のとおりご回答申し上げます。

メリディアン・シンクは、最大１０，０００ユーザーまでご利用いただけます。
同製品の月額料金は５万円（税抜）でございます。
本製品では基本的には、１ユーザーあたり１TBのストレージをご利用いただけます。

ご不明な点がございましたら、お気軽にお申し付けくださいませ。
何卒よろしくお願い申し上げます。

{SIG_TK}
""", [
    (S, "max_users", 10000, "ok", "メリディアン・シンクは、最大１０，０００ユーザーまでご利用いただけます。"),
    (S, "monthly_price", yen(50000, "month", "excluded"), "ok", "同製品の月額料金は５万円（税抜）でございます。"),
    (S, "storage_per_user", TB, "ok", "本製品では基本的には、１ユーザーあたり１TBのストレージをご利用いただけます。"),
], archive=True)

msg(2, "2026-09-03 09:30", C1, TK, "Re: メリディアン・シンクのご質問について", "jis", """田中様

ご回答いただきありがとうございます。
弊社では要件として８，０００名以上での利用を想定しております。
追加で２点確認させてください。

メリディアン・シンクはLinuxにも対応可能でしょうか。
また、オフラインでの利用は可能でしょうか。

よろしくお願いいたします。
鈴木

2026年9月1日 10:00 田中 太郎 <tanaka@jp.meridian-data.com>:
> メリディアン・シンクは、最大１０，０００ユーザーまでご利用いただけます。
> 同製品の月額料金は５万円（税抜）でございます。
""", [
    (S, "max_users", 10000, "ok", "> メリディアン・シンクは、最大１０，０００ユーザーまでご利用いただけます。", "tokyo"),
    (S, "monthly_price", yen(50000, "month", "excluded"), "ok", "> 同製品の月額料金は５万円（税抜）でございます。", "tokyo"),
], archive=True, reply=1)

msg(3, "2026-09-04 11:15", TK, C1, "Re: Re: メリディアン・シンクのご質問について", "jis", f"""鈴木様

お世話になっております。東京オフィスの田中でございます。
ご質問に対し、以下に回答をお書き添えいたしました。

2026年9月3日 9:30 鈴木 一郎 <suzuki@kanto-shoji.co.jp>:
> メリディアン・シンクはLinuxにも対応可能でしょうか。

誠に申し訳ございませんが、メリディアン・シンクはLinuxには対応しておりません。
同製品の対応OSはWindows、macOS、iOS、Androidでございます。

> また、オフラインでの利用は可能でしょうか。

メリディアン・シンクはオフラインではご利用いただけません。

引き続きよろしくお願い申し上げます。

{SIG_TK}
""", [
    (S, "supported_platforms", m, "ok", "同製品の対応OSはWindows、macOS、iOS、Androidでございます。")
    for m in ("Windows", "macOS", "iOS", "Android")] + [
    (S, "offline_mode", False, "ok", "メリディアン・シンクはオフラインではご利用いただけません。"),
], archive=True, reply=2)

msg(4, "2026-09-08 15:20", OS, C2, "メリディアン・ボールトのご案内", "sjis_html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<p>浪速工業株式会社<br>伊藤 真理 様</p>
<p>平素より格別のお引き立てを賜り、誠にありがとうございます。メリディアン・データ大阪オフィスの山本でございます。</p>
<p>メリディアン・ボールトのRPO（目標復旧時点）は15分でございます。</p>
<p>本製品のバックアップ保持期間は、標準で30日間となっております。</p>
<p>メリディアン・ボールトの料金は1TBあたり月額2,800円（税抜）です。</p>
<p>業界最安水準の価格でご提供しております。</p>
<p>何卒ご検討のほど、よろしくお願い申し上げます。</p>
<pre>{SIG_OS}</pre>
</body></html>
""", [
    (V, "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトのRPO（目標復旧時点）は15分でございます。"),
    (V, "retention", dur(30, "days"), "conflict", "本製品のバックアップ保持期間は、標準で30日間となっております。"),
    (V, "price_per_tb", yen(2800, "TB-month", "excluded"), "ok", "メリディアン・ボールトの料金は1TBあたり月額2,800円（税抜）です。"),
], [("phrase", "ja.cheapest", None, "業界最安水準の価格でご提供しております。")], archive=True)

msg(5, "2026-09-10 13:00", TK, C3, "メリディアン・ボールトの仕様について", "jis", f"""京都銀行システム部
佐藤 浩 様

お世話になっております。東京オフィスの田中でございます。
メリディアン・ボールトの仕様につきまして、ご案内申し上げます。

メリディアン・ボールトの標準の保持期間は９０日間です。
同製品のSLAは９９．９５％でございます。
同製品のデータセンターは東京、大阪、オレゴン、フランクフルトにございます。

よろしくお願いいたします。

{SIG_TK}
""", [
    (V, "retention", dur(90, "days"), "ok", "メリディアン・ボールトの標準の保持期間は９０日間です。"),
    (V, "sla", 99.95, "ok", "同製品のSLAは９９．９５％でございます。"),
] + [(V, "data_centers", m, "ok", "同製品のデータセンターは東京、大阪、オレゴン、フランクフルトにございます。")
     for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")], archive=True)

msg(6, "2026-09-15 10:40", OS, C2, "メリディアン・インサイトのご紹介", "jis", f"""伊藤様

いつもお世話になっております。大阪オフィスの山本でございます。
先日お話しいたしましたメリディアン・インサイトにつきまして、ご案内いたします。

メリディアン・インサイトは２０２７年１月に一般提供を開始する予定でございます。
同製品の無料トライアルは１４日間でございます。
本製品のクエリ応答時間は２秒程度でございます。

ご検討のほど、よろしくお願い申し上げます。

{SIG_OS}
""", [
    (I, "general_availability", "2027-01", "ok", "メリディアン・インサイトは２０２７年１月に一般提供を開始する予定でございます。"),
    (I, "free_trial", dur(14, "days"), "conflict", "同製品の無料トライアルは１４日間でございます。"),
    (I, "query_latency", dur(2, "seconds"), "ok", "本製品のクエリ応答時間は２秒程度でございます。"),
], archive=True)

msg(7, "2026-09-18 16:05", TK, C3, "メリディアン・インサイトのお見積り前提", "jis", f"""佐藤様

お世話になっております。東京オフィスの田中でございます。

メリディアン・インサイトの無料トライアル期間は３０日間です。
同製品は１ユーザーあたり月額４，４００円（税込）でご利用いただけます。
本製品では、ダッシュボードを最大２００個まで作成いただけます。

何卒よろしくお願い申し上げます。

{SIG_TK}
""", [
    (I, "free_trial", dur(30, "days"), "ok", "メリディアン・インサイトの無料トライアル期間は３０日間です。"),
    (I, "per_user_price", yen(4400, "user-month", "included"), "ok", "同製品は１ユーザーあたり月額４，４００円（税込）でご利用いただけます。"),
    (I, "max_dashboards", 200, "ok", "本製品では、ダッシュボードを最大２００個まで作成いただけます。"),
], archive=True)

msg(8, "2026-09-22 14:30", OS, C2, "メリディアン・シンクのお見積りについて", "sjis_html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<p>伊藤様</p>
<p>いつもお世話になっております。大阪オフィスの山本でございます。</p>
<p>メリディアン・シンクの月額料金は55,000円（税込）でございます。</p>
<p>同製品はISO 27001およびSOC 2 Type IIの認証を取得しております。</p>
<p>本製品の稼働率SLAは99.9%でございます。</p>
<p>よろしくお願い申し上げます。</p>
<pre>{SIG_OS}</pre>
</body></html>
""", [
    (S, "monthly_price", yen(55000, "month", "included"), "ok", "メリディアン・シンクの月額料金は55,000円（税込）でございます。"),
    (S, "certifications", "ISO 27001", "ok", "同製品はISO 27001およびSOC 2 Type IIの認証を取得しております。"),
    (S, "certifications", "SOC 2 Type II", "ok", "同製品はISO 27001およびSOC 2 Type IIの認証を取得しております。"),
    (S, "sla", 99.9, "ok", "本製品の稼働率SLAは99.9%でございます。"),
], archive=True)

msg(9, "2026-09-25 17:45", TK, C3, "【訂正】メリディアン・ボールトのご案内", "jis", f"""佐藤様

お世話になっております。東京オフィスの田中でございます。
本日お送りしたメールの記載に誤りがございましたので、訂正いたします。

メリディアン・ボールトの１テナントあたりの最大容量は（誤）２ＰＢ（正）５００TBでございます。
なお、同製品はAES-256で暗号化して保存いたします。

ご迷惑をおかけし、誠に申し訳ございません。

{SIG_TK}

-----Original Message-----
差出人: 田中 太郎 <tanaka@jp.meridian-data.com>
送信日時: 2026年9月25日 10:12
宛先: 佐藤 浩 <sato@kyoto-gin.co.jp>
件名: メリディアン・ボールトのご案内

佐藤様

お世話になっております。
メリディアン・ボールトの最大容量は１テナントあたり２PBでございます。

よろしくお願いいたします。
""", [
    (V, "max_storage", 500 * TB, "ok", "メリディアン・ボールトの１テナントあたりの最大容量は（誤）２ＰＢ（正）５００TBでございます。"),
    (V, "encryption", "AES-256", "ok", "なお、同製品はAES-256で暗号化して保存いたします。"),
    (V, "max_storage", 2000 * TB, "conflict", "メリディアン・ボールトの最大容量は１テナントあたり２PBでございます。", "tokyo"),
], archive=True)

msg(10, "2026-09-29 09:10", C2, OS, "RPOについての確認", "jis", """山本様

お世話になっております。浪速工業の伊藤です。
以前、展示会で伺った際には、メリディアン・ボールトのRPOは５分と伺っております。
先日いただいたご案内と異なるように思いますが、いかがでしょうか。

伊藤
""", [
    (V, "rpo", dur(5, "minutes"), "conflict", "メリディアン・ボールトのRPOは５分と伺っております。"),
], archive=True)

msg(11, "2026-09-30 11:00", OS, C2, "RE: RPOについての確認", "jis", f"""伊藤様

お世話になっております。大阪オフィスの山本でございます。
ご確認いただきありがとうございます。
メリディアン・ボールトのRPOは最大１５分でございます。
ご不便をおかけし、誠に申し訳ございません。

{SIG_OS}

-----Original Message-----
差出人: 伊藤 真理 <ito@naniwa-kogyo.co.jp>
送信日時: 2026年9月29日 9:10
宛先: 山本 健一 <yamamoto@osaka.jp.meridian-data.com>
件名: RPOについての確認

山本様

以前、展示会で伺った際には、メリディアン・ボールトのRPOは５分と伺っております。

伊藤
""", [
    (V, "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトのRPOは最大１５分でございます。"),
    (V, "rpo", dur(5, "minutes"), "conflict", "メリディアン・ボールトのRPOは５分と伺っております。", "unknown"),
], archive=True, reply=10)

msg(12, "2026-10-05 13:20", TK2, C1, "メリディアン・シンクの利用上限について", "sjis_html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<p>鈴木様</p>
<p>お世話になっております。東京オフィスの小林でございます。</p>
<p>メリディアン・シンク（旧製品名：メリディアン・ファイルシンク）のユーザー数の上限は、2026年3月末までは5,000名でした。</p>
<p>2026年4月以降、同製品は最大一万ユーザーまでご利用いただけます。</p>
<p>本製品はWindows、Mac、Linuxに対応しております。</p>
<p>よろしくお願いいたします。</p>
<pre>{SIG_TK2}</pre>
</body></html>
""", [
    (S, "max_users", 5000, "ok", "ユーザー数の上限は、2026年3月末までは5,000名でした。"),
    (S, "max_users", 10000, "ok", "2026年4月以降、同製品は最大一万ユーザーまでご利用いただけます。"),
    (S, "supported_platforms", "Windows", "ok", "本製品はWindows、Mac、Linuxに対応しております。"),
    (S, "supported_platforms", "macOS", "ok", "本製品はWindows、Mac、Linuxに対応しております。"),
    (S, "supported_platforms", "Linux", "conflict", "本製品はWindows、Mac、Linuxに対応しております。"),
], [("terminology", None, S, "メリディアン・ファイルシンク")], archive=True)

msg(13, "2026-10-08 10:00", OS, C2, "メリディアン・シンクのご利用人数", "jis", f"""伊藤様

お世話になっております。大阪オフィスの山本でございます。
メリディアン・シンクは最大５，０００ユーザーまでご利用いただけます。

{SIG_OS}
""", [
    (S, "max_users", 5000, "stale", "メリディアン・シンクは最大５，０００ユーザーまでご利用いただけます。"),
])

msg(14, "2026-10-12 15:00", TK, C3, "メリディアン・インサイトの性能について", "alt", f"""佐藤様

お世話になっております。東京オフィスの田中でございます。

メリディアン・インサイトのクエリ応答時間は１秒未満です。
同製品はISO 27001認証を取得しております。
業界初のAI自動分析機能を搭載しております。

{SIG_TK}
""", [
    (I, "query_latency", dur(1, "seconds"), "conflict", "メリディアン・インサイトのクエリ応答時間は１秒未満です。"),
    (I, "certifications", "ISO 27001", "unverified", "同製品はISO 27001認証を取得しております。"),
], [("phrase", "ja.first-in-industry", None, "業界初のAI自動分析機能を搭載しております。")])

msg(15, "2026-10-15 09:45", OS, C2, "Fw: メリディアン・ボールトのSLA", "jis", f"""伊藤様

お世話になっております。大阪オフィスの山本でございます。
東京オフィスからの案内を転送いたします。
なお、メリディアン・ボールトはシンガポールのデータセンターもご利用いただけます。
同製品のRTO（目標復旧時間）は４時間程度でございます。

{SIG_OS}

-------- 転送メッセージ --------
差出人: 小林 美咲 <kobayashi@jp.meridian-data.com>
日付: 2026年10月14日 18:02
件名: メリディアン・ボールトのSLA

メリディアン・ボールトのSLAは９９．９５％です。
""", [
    (V, "data_centers", "Singapore", "conflict", "なお、メリディアン・ボールトはシンガポールのデータセンターもご利用いただけます。"),
    (V, "rto", dur(4, "hours"), "unverified", "同製品のRTO（目標復旧時間）は４時間程度でございます。"),
    (V, "sla", 99.95, "ok", "メリディアン・ボールトのSLAは９９．９５％です。", "tokyo"),
])

msg(16, "2026-10-20 14:10", TK, C3, "メリディアン・ボールト 価格表の送付", "sjis_html", f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>
<p>佐藤様</p>
<p>お世話になっております。東京オフィスの田中でございます。価格表をお送りいたします。</p>
<table border="1">
<caption>メリディアン・ボールト 価格表（金額はすべて税抜）</caption>
<tr><th>項目</th><th>内容</th></tr>
<tr><td>1TBあたり月額</td><td>2,800円</td></tr>
<tr><td>1テナントあたり最大容量</td><td>500TB</td></tr>
</table>
<p>よろしくお願いいたします。</p>
<pre>{SIG_TK}</pre>
</body></html>
""", [
    (V, "price_per_tb", yen(2800, "TB-month", "excluded"), "ok", "<tr><td>1TBあたり月額</td><td>2,800円</td></tr>"),
    (V, "max_storage", 500 * TB, "ok", "<tr><td>1テナントあたり最大容量</td><td>500TB</td></tr>"),
], archive=True)

msg(17, "2026-10-26 14:03", C4, TK2, "メリディアン・シンクの稼働率", "jis", """小林様

北陸電機の高橋です。
他社の方からは、メリディアン・シンクの稼働率は９９．９９％と伺っております。
正式な数値をご教示いただけますでしょうか。

高橋
""", [
    (S, "sla", 99.99, "conflict", "メリディアン・シンクの稼働率は９９．９９％と伺っております。"),
])

msg(18, "2026-10-28 10:30", TK2, C4, "Re: メリディアン・シンクの稼働率", "jis", f"""高橋様

お世話になっております。東京オフィスの小林でございます。

2026年10月26日 14:03 高橋 誠 <takahashi@hokuriku-denki.co.jp>:
> 他社の方からは、メリディアン・シンクの稼働率は９９．９９％と伺っております。
> 正式な数値をご教示いただけますでしょうか。

メリディアン・シンクのSLAは９９．９％でございます。
メリディアン・シンクは国内シェアNo.1※のファイル共有サービスです。
※2026年8月 東京リサーチ調べ（法人向けファイル共有サービス市場）

{SIG_TK2}
""", [
    (S, "sla", 99.99, "conflict", "> 他社の方からは、メリディアン・シンクの稼働率は９９．９９％と伺っております。", "unknown"),
    (S, "sla", 99.9, "ok", "メリディアン・シンクのSLAは９９．９％でございます。"),
], reply=17)

msg(19, "2026-11-02 11:20", OS, C2, "メリディアン・インサイトの価格について", "jis", f"""伊藤様

お世話になっております。大阪オフィスの山本でございます。
ご参考までに、メリディアン・インサイトは米国本社の価格では１ユーザーあたり月額30米ドルです。
同製品のダッシュボードは最大５００個まで作成いただけます。
蓄積したデータが消えることは絶対にございません。

{SIG_OS}
""", [
    (I, "per_user_price", {"amount": 30, "currency": "USD", "per": "user-month", "tax": None}, "office-variant",
     "メリディアン・インサイトは米国本社の価格では１ユーザーあたり月額30米ドルです。"),
    (I, "max_dashboards", 500, "conflict", "同製品のダッシュボードは最大５００個まで作成いただけます。"),
], [("phrase", "ja.absolute", None, "蓄積したデータが消えることは絶対にございません。")])

msg(20, "2026-11-05 16:00", TK, C1, "メリディアン・シンク ご契約条件", "jis", f"""鈴木様

お世話になっております。東京オフィスの田中でございます。
メリディアン・シンク（旧称 Meridian FileSync）の１ユーザーあたりのストレージ容量は２TBです。
本製品の月額料金は５０，０００円（税込）です。

{SIG_TK}
""", [
    (S, "storage_per_user", 2 * TB, "conflict", "メリディアン・シンク（旧称 Meridian FileSync）の１ユーザーあたりのストレージ容量は２TBです。"),
    (S, "monthly_price", yen(50000, "month", "included"), "conflict", "本製品の月額料金は５０，０００円（税込）です。"),
], [("terminology", None, S, "Meridian FileSync")])

DOCS = [
    ("docs/tokyo/proposal-vault.md", """# メリディアン・ボールト ご提案書

株式会社京都銀行 御中　／　メリディアン・データ株式会社 東京オフィス

## サービス仕様

- RPO（目標復旧時点）：１５分
- 標準の保持期間：９０日間
- 1TBあたり月額：3,080円（税込）
- 稼働率：99.99%
""", [
    (V, "rpo", dur(15, "minutes"), "ok", "- RPO（目標復旧時点）：１５分"),
    (V, "retention", dur(90, "days"), "ok", "- 標準の保持期間：９０日間"),
    (V, "price_per_tb", yen(3080, "TB-month", "included"), "ok", "- 1TBあたり月額：3,080円（税込）"),
    (V, "sla", 99.99, "conflict", "- 稼働率：99.99%"),
], []),
    ("docs/osaka/teian-insight.txt", """メリディアン・インサイト ご提案概要
浪速工業株式会社 御中

メリディアン・インサイトは2027年1月に一般提供を開始する予定です。
本製品の無料トライアル期間は30日間です。
本製品は1ユーザーあたり月額4,000円（税抜）でご利用いただけます。
本製品の対応言語は１２言語です。
本製品は業界No.1の分析基盤です。
""", [
    (I, "general_availability", "2027-01", "ok", "メリディアン・インサイトは2027年1月に一般提供を開始する予定です。"),
    (I, "free_trial", dur(30, "days"), "ok", "本製品の無料トライアル期間は30日間です。"),
    (I, "per_user_price", yen(4000, "user-month", "excluded"), "ok", "本製品は1ユーザーあたり月額4,000円（税抜）でご利用いただけます。"),
    (I, "ui_languages", 12, "unverified", "本製品の対応言語は１２言語です。"),
], [("phrase", "ja.superlative-no1", None, "本製品は業界No.1の分析基盤です。")]),
]

# ------------------------------------------------------------------ build mail
JST = datetime.timezone(datetime.timedelta(hours=9))
def dt(m): return datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=JST)
def mid_of(m): return "%s.%04d@%s" % (dt(m).strftime("%Y%m%d%H%M"), m["n"], m["frm"][1].split("@")[1])
def addr(p): return "%s <%s>" % (Header(p[0], "iso-2022-jp").encode(), p[1])

def render(m):
    by = {x["n"]: x for x in M}
    h = ["From: " + addr(m["frm"]), "To: " + addr(m["to"]),
         "Subject: " + Header(m["subj"], "iso-2022-jp").encode(),
         "Date: " + email.utils.format_datetime(dt(m)), "Message-ID: <%s>" % mid_of(m), "MIME-Version: 1.0"]
    if m["reply"]:
        h.append("In-Reply-To: <%s>" % mid_of(by[m["reply"]]))
    body = m["body"]
    if m["kind"] == "jis":
        h += ["Content-Type: text/plain; charset=ISO-2022-JP", "Content-Transfer-Encoding: 7bit"]
        return ("\n".join(h) + "\n\n").encode("ascii") + body.encode("iso-2022-jp")
    if m["kind"] == "sjis_html":
        h += ["Content-Type: text/html; charset=Shift_JIS", "Content-Transfer-Encoding: base64"]
        b64 = base64.encodebytes(body.encode("shift_jis")).decode("ascii")
        return ("\n".join(h) + "\n\n" + b64).encode("ascii")
    # multipart/alternative: ISO-2022-JP plain + Shift_JIS html
    bd = "=_set15_alt_%04d" % m["n"]
    html = "<html><body>\n" + "".join("<p>%s</p>\n" % l if l else "" for l in body.split("\n")
                                      if not l.startswith(("--", "〒", "TEL", "メリディアン・データ株式会社", "田中"))) + \
           "<pre>" + SIG_TK + "</pre>\n</body></html>\n"
    h += ['Content-Type: multipart/alternative; boundary="%s"' % bd]
    out = ("\n".join(h) + "\n\n--%s\nContent-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n" % bd).encode("ascii")
    out += body.encode("iso-2022-jp")
    out += ("\n--%s\nContent-Type: text/html; charset=Shift_JIS\nContent-Transfer-Encoding: base64\n\n" % bd).encode("ascii")
    out += base64.encodebytes(html.encode("shift_jis")) + ("\n--%s--\n" % bd).encode("ascii")
    return out

def decoded_text(raw):
    msg_ = email.message_from_bytes(raw)
    parts = [p for p in msg_.walk() if p.get_content_maintype() == "text"]
    return "\n".join(p.get_payload(decode=True).decode(p.get_content_charset()) for p in parts)

def cl(file, mid, as_of, c, sender_office):
    quoted = len(c) > 5
    return {"type": "claim", "file": file, "message_id": mid, "product": c[0], "attribute": c[1], "value": c[2],
            "verdict": c[3], "quoted": quoted, "office": c[5] if quoted else sender_office, "as_of": as_of, "text": c[4]}

def fd(file, mid, f):
    return {"type": "finding", "file": file, "message_id": mid, "kind": f[0], "rule": f[1], "product": f[2],
            "quoted": False, "text": f[3]}

def norm(v):
    """comparable value for cross-office: money tax-excluded in (currency, per); durations in seconds."""
    if isinstance(v, dict) and "currency" in v:
        a = v["amount"] / 1.1 if v.get("tax") == "included" else v["amount"]
        return ("money", v["currency"], v["per"], round(a, 2))
    if isinstance(v, dict):
        return ("dur", v["amount"] * {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]])
    return ("v", v)

SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}

def main():
    os.makedirs(os.path.join(ROOT, "mail"), exist_ok=True)
    lines, mbox, arch = [], [], []
    for m in sorted(M, key=lambda x: x["n"]):
        raw = render(m)
        name = "mail/%04d.eml" % m["n"]
        open(os.path.join(ROOT, name), "wb").write(raw)
        text = decoded_text(raw)
        mid, as_of, off = mid_of(m), m["date"][:10], office(m["frm"][1])
        files = [name] + (["mail/archive.mbox"] if m["archive"] else [])
        for c in m["claims"]:
            assert c[4] in text, (name, c[4])
        for f in m["findings"]:
            assert f[3] in text, (name, f[3])
        for file in files:
            lines += [cl(file, mid, as_of, c, off) for c in m["claims"]]
            lines += [fd(file, mid, f) for f in m["findings"]]
        if m["archive"]:
            arch.append(m)
            body = b"".join((b">" + l if re.match(rb"^>*From ", l) else l) for l in raw.splitlines(True))
            mbox.append(b"From %s %s\n" % (m["frm"][1].encode(), dt(m).strftime("%a %b %d %H:%M:%S %Y").encode())
                        + body + (b"" if body.endswith(b"\n") else b"\n") + b"\n")
    assert [m["date"] for m in arch] == sorted(m["date"] for m in arch)
    open(os.path.join(ROOT, "mail/archive.mbox"), "wb").write(b"".join(mbox))
    # docs
    for path, text, claims, findings in DOCS:
        os.makedirs(os.path.dirname(os.path.join(ROOT, path)), exist_ok=True)
        open(os.path.join(ROOT, path), "w", encoding="utf-8").write(text)
        off = path.split("/")[1]
        for c in claims:
            assert c[4] in text, (path, c[4])
        for f in findings:
            assert f[3] in text, (path, f[3])
        lines += [cl(path, None, DOCS_AS_OF, c, off) for c in claims]
        lines += [fd(path, None, f) for f in findings]
    # cross-office from the archive's claims (customers excluded; quoted dated by the reply)
    pts = []
    for m in arch:
        for c in m["claims"]:
            o = c[5] if len(c) > 5 else office(m["frm"][1])
            if o != "unknown" and c[1] not in SETS:
                pts.append((c[0], c[1], o, dt(m).date(), c[2], c[3], "mail/%04d.eml" % m["n"]))
    xo = {}
    for a in pts:
        for b in pts:
            if a[:2] != b[:2] or a[2] >= b[2] or abs((a[3] - b[3]).days) > 45:
                continue
            na, nb = norm(a[4]), norm(b[4])
            if na[:-1] != nb[:-1] or na == nb or (a[5] == "ok" and b[5] == "ok"):
                continue
            k = (a[0], a[1], a[2], b[2])
            x = xo.setdefault(k, {"files": set(), "values": {}})
            x["files"] |= {a[6], b[6]}
            for p in (a, b):
                vs = x["values"].setdefault(p[2], [])
                if p[4] not in vs:
                    vs.append(p[4])
    for (p, at, o1, o2), x in sorted(xo.items()):
        lines.append({"type": "cross-office", "product": p, "attribute": at, "offices": sorted([o1, o2]),
                      "file": "mail/archive.mbox", "message_files": sorted(x["files"]), "values": x["values"]})
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)
    open(os.path.join(ROOT, ".onevoice.yaml"), "w").write(CONFIG)
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(README)
    n = lambda t: sum(1 for l in lines if l["type"] == t)
    print("messages=%d archive=%d docs=%d claims=%d findings=%d cross-office=%d"
          % (len(M), len(arch), len(DOCS), n("claim"), n("finding"), n("cross-office")))

CONFIG = """# onevoice configuration for evaluation set 15 (SPEC section 6).
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
"""

README = """# Evaluation set 15 — Japanese Tokyo/Osaka mail threads

Written 2026-12-03 by a blind set writer (a helper session that read only
LABELS.md, FACTS.md, README.md, rules/, SPEC §2/§4/§5, score.py and the dev
set's .onevoice.yaml / first lines of expected.jsonl). Labelled per LABELS.md.

Emphasis: Japanese threads between the Tokyo and Osaka offices and customers —
`>` quoting with `日付 名前 <addr>:` headers and interleaved answers,
`-----Original Message-----` / 差出人 blocks, a 転送メッセージ forward,
Shift_JIS HTML and ISO-2022-JP plain text (one multipart/alternative mixing
both), 全角数字 and kanji numerals (一万), keigo, hedges (基本的には, 程度),
corrections (訂正いたします, （誤）（正）), 同製品/本製品, signatures with
〒/TEL/内線, customers' reported statements (伺っております).

The archive (mail/archive.mbox, mboxrd, date order) holds 13 of the 20
messages and two Tokyo-vs-Osaka contradictions within 45 days (Vault
retention 90 vs 30 days; Insight free trial 30 vs 14 days) and one pair that
looks different but agrees (Sync 月額5万円（税抜） vs 55,000円（税込）).

Documents (docs/tokyo, docs/osaka) are judged as of 2026-11-22:

    onevoice check docs --include-quoted --as-of 2026-11-22 --format json

Everything is written by `python3 gen/generate.py` (deterministic, stdlib).
"""

if __name__ == "__main__":
    main()
