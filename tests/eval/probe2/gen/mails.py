"""The 20 messages of set2: text, structure and labels."""
from common import *

MAILS = []

def mail(**kw):
    MAILS.append(kw)

SIG_TOKYO_TAKAHASHI = """--
高橋 亮 (Ryo Takahashi)
メリディアン・データ株式会社 東京オフィス 営業部
〒100-0005 東京都千代田区丸の内2-4-1 丸の内ビル18F
TEL: 03-5555-0123 / FAX: 03-5555-0124
"""

# ------------------------------------------------------------------ 0001 tokyo, ISO-2022-JP, archive (near-miss 2)
mail(num="0001", frm=("高橋 亮", "ryo.takahashi@jp.meridian-data.com"),
     to=[("小林 智也", "t.kobayashi@hibari-seisakusho.co.jp")],
     subject="メリディアン シンク ご導入規模についてのご回答", date=(2026, 3, 20, 10, 15, "+0900"),
     msgid="20260320101500.4f1a@jp.meridian-data.com", charset="iso-2022-jp", cte="7bit", archive=True,
     body="""株式会社ひばり製作所
情報システム部 小林様

いつもお世話になっております。メリディアン・データ東京オフィスの高橋です。
先日お問い合わせいただいた件について、以下のとおりご回答いたします。

1. ご利用人数
メリディアン シンクは、1テナントあたり最大５，０００名までご利用いただけます。
貴社の現在の在籍者数（約3,200名）であれば、1テナントで十分に収まります。

2. ストレージ
同製品では、1ユーザーあたり1TBのストレージが割り当てられます。

3. 稼働率
メリディアン シンクのSLAは月間稼働率99.9%です。

ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_TOKYO_TAKAHASHI,
     claims=[C("メリディアン シンクは、1テナントあたり最大５，０００名までご利用いただけます。", SYNC, "max_users", 5000, "ok"),
             C("同製品では、1ユーザーあたり1TBのストレージが割り当てられます。", SYNC, "storage_per_user", TB(1), "ok"),
             C("メリディアン シンクのSLAは月間稼働率99.9%です。", SYNC, "sla", 99.9, "ok")])

# ------------------------------------------------------------------ 0002 london, UTF-8 QP, archive (near-miss 2)
mail(num="0002", frm=("Priya Shah", "priya.shah@uk.meridian-data.com"),
     to=[("Tom Ellery", "tom.ellery@ashgrove-lettings.co.uk")],
     subject="Meridian Sync for Ashgrove – headcount and pricing", date=(2026, 4, 20, 11, 40, "+0100"),
     msgid="20260420114000.77c2@uk.meridian-data.com", charset="utf-8", cte="quoted-printable", archive=True,
     body="""Hi Tom,

Thanks for the call on Thursday. Picking up your two points:

Headcount: Meridian Sync now supports up to ten thousand users on a single tenant, so your 6,500 staff fit comfortably.

Pricing: Meridian Sync is £329 per month, excl. VAT, for the whole organisation.

For comparison, Corvid Drive lists 99.99% uptime on its website, but that figure excludes scheduled maintenance.
Meridian Sync's uptime SLA is 99.9%, and scheduled maintenance is announced a week in advance.

From our side, the rollout could start in the second half of May.
Happy to set up a 30-minute demo next week.

Best,
Priya

Priya Shah | Account Executive, Meridian Data UK
1 Finsbury Avenue, London EC2M 2PF | +44 20 7946 0321
""",
     claims=[C("Meridian Sync now supports up to ten thousand users on a single tenant", SYNC, "max_users", 10000, "ok"),
             C("Meridian Sync is £329 per month, excl. VAT, for the whole organisation.", SYNC, "monthly_price",
               gbp(329, "month", "excluded"), "ok"),
             C("Meridian Sync's uptime SLA is 99.9%", SYNC, "sla", 99.9, "ok")])

# ------------------------------------------------------------------ 0003 london, 7bit, archive (case 1)
mail(num="0003", frm=("Oliver Grant", "oliver.grant@uk.meridian-data.com"),
     to=[("Hannah Moss", "h.moss@fernleigh-health.co.uk")],
     subject="Re: Backup requirements for Fernleigh", date=(2026, 9, 10, 14, 20, "+0100"),
     msgid="20260910142000.1b9e@uk.meridian-data.com", in_reply_to="CAFm8d2Q9x@mail.fernleigh-health.co.uk",
     charset="utf-8", cte="8bit", archive=True, nl=b"\r\n",
     body="""Hannah,

Short answers to your list below.

- Recovery point: Meridian Vault's RPO is a quarter of an hour.
- Retention: by default Meridian Vault keeps backups for 30 days; longer retention can be arranged.
- Hosting: for UK customers Meridian Vault is hosted in Frankfurt; there is no London data centre.
- Price: Meridian Vault is £16 per TB per month plus VAT.

Regards,
Oliver

On Tue, 8 Sep 2026 at 16:02, Hannah Moss <h.moss@fernleigh-health.co.uk> wrote:
> We need an RPO of 5 minutes or better and at least 12 months of retention.
> Our budget is around £20 per TB.
""",
     claims=[C("Meridian Vault's RPO is a quarter of an hour.", VAULT, "rpo", dur(0.25, "hours"), "ok"),
             C("by default Meridian Vault keeps backups for 30 days", VAULT, "retention", dur(30, "days"), "conflict"),
             S("for UK customers Meridian Vault is hosted in Frankfurt", VAULT, "data_centers", ["Frankfurt"]),
             C("Meridian Vault is £16 per TB per month plus VAT.", VAULT, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok")])

# ------------------------------------------------------------------ 0004 tokyo, multipart/alternative, archive (case 1)
_b4 = """南運輸株式会社 田中様

お世話になっております。メリディアン・データの佐藤です。
お見積りの前提となる条件をまとめました。

■メリディアン ボールト
・バックアップの標準保持期間：90日間
・容量単価：1TBあたり月額3,080円（税込）
・RPO（目標復旧時点）：最大15分
・保存先データセンター：東京・大阪

お見積り金額は、想定容量40TBで月額123,200円（税込）となります。

佐藤 美咲
メリディアン・データ株式会社 東京オフィス
"""
_h4 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:sans-serif">
<p>南運輸株式会社 田中様</p>
<p>お世話になっております。メリディアン・データの佐藤です。<br>
お見積りの前提となる条件をまとめました。</p>
<p><b>■メリディアン ボールト</b></p>
<ul>
<li>バックアップの標準保持期間：90日間</li>
<li>容量単価：1TBあたり月額3,080円（税込）</li>
<li>RPO（目標復旧時点）：最大15分</li>
<li>保存先データセンター：東京・大阪</li>
</ul>
<p>お見積り金額は、想定容量40TBで月額123,200円（税込）となります。</p>
<p>佐藤 美咲<br>メリディアン・データ株式会社 東京オフィス</p>
</body></html>
"""
mail(num="0004", frm=("佐藤 美咲", "misaki.sato@jp.meridian-data.com"),
     to=[("田中 様", "tanaka@minami-unyu.co.jp")],
     subject="メリディアン ボールトのお見積り前提条件", date=(2026, 9, 25, 15, 30, "+0900"),
     msgid="20260925153000.8d03@jp.meridian-data.com", archive=True,
     alternative=[(_b4, "plain", "iso-2022-jp", "7bit"), (_h4, "html", "utf-8", "quoted-printable")],
     claims=[C("バックアップの標準保持期間：90日間", VAULT, "retention", dur(90, "days"), "ok"),
             C("容量単価：1TBあたり月額3,080円（税込）", VAULT, "price_per_tb", jpy(3080, "TB-month", "included"), "ok"),
             C("RPO（目標復旧時点）：最大15分", VAULT, "rpo", dur(15, "minutes"), "ok"),
             S("保存先データセンター：東京・大阪", VAULT, "data_centers", ["Tokyo", "Osaka"])])

# ------------------------------------------------------------------ 0005 osaka, Shift_JIS, archive (case 2), number-packed signature
mail(num="0005", frm=("山本 健", "ken.yamamoto@osaka.jp.meridian-data.com"),
     to=[("岡田 様", "okada@naniwa-print.co.jp")],
     subject="メリディアン シンクの稼働率について", date=(2026, 10, 5, 11, 0, "+0900"),
     msgid="20261005110000.c5e7@osaka.jp.meridian-data.com", charset="shift_jis", cte="base64", archive=True,
     subject_charset="iso-2022-jp",
     body="""浪速印刷株式会社
岡田様

いつもお世話になっております。メリディアン・データ大阪支店の山本でございます。
ご質問いただいた稼働率の件、ご回答いたします。

メリディアン シンクの稼働率は99.99パーセントでございます。
また、同製品はWindows、Mac、iPhone、Androidの各端末でご利用いただけます。

よろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━━━
山本 健（やまもと けん）
メリディアン・データ株式会社 大阪支店 営業課
〒530-0001 大阪府大阪市北区梅田3-1-3 ノースゲート12階
TEL 06-6345-7890（代表） FAX 06-6345-7891
資本金 1億2,000万円 ／ 設立 2009年4月 ／ 従業員数 420名
ISO/IEC 27001認証取得（認証登録番号 IS 654321）
プライバシーマーク認定 第10824567(03)号
━━━━━━━━━━━━━━━━━━━━━━━━
""",
     claims=[C("メリディアン シンクの稼働率は99.99パーセントでございます。", SYNC, "sla", 99.99, "conflict"),
             S("同製品はWindows、Mac、iPhone、Androidの各端末でご利用いただけます。", SYNC, "supported_platforms",
               ["Windows", "macOS", "iOS", "Android"])])

# ------------------------------------------------------------------ 0006 us-hq, HTML-only newsletter, archive (case 2)
mail(num="0006", frm=("Meridian Data", "news@meridian-data.com"), to=[(None, "undisclosed-recipients:;")],
     subject="Meridian Data Monthly – October 2026", date=(2026, 10, 20, 9, 0, "-0700"),
     msgid="20261020160000.news-2610@meridian-data.com", archive=True,
     html_only=("utf-8", "quoted-printable"),
     body="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Meridian Data Monthly</title></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px"><h1 style="font-size:22px">Meridian Data Monthly – October 2026</h1></td></tr>
<tr><td style="padding:0 24px">
<h2>Meridian Sync</h2>
<p>This quarter Meridian Sync again met its 99.9% uptime SLA across every region.</p>
<p>New in version 8.4: faster thumbnail previews and a redesigned sharing dialog.</p>
<h2>Meridian Vault</h2>
<p>Industry-leading recovery: Meridian Vault holds your RPO to 15 minutes or less, and storage is still $20 per TB per month.</p>
<h2>Meridian Insight (beta)</h2>
<p>Meridian Insight becomes generally available in January 2027. Until then, every workspace can start a 30-day free trial.</p>
<h2>Events</h2>
<table cellpadding="4" style="border:1px solid #ccc">
<tr><th>Webinar</th><th>Date</th><th>Length</th><th>Seats</th></tr>
<tr><td>Backup strategy for 2027</td><td>12 November 2026, 10:00 PT</td><td>90 minutes</td><td>500 seats</td></tr>
</table>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#777">Meridian Data Inc., 500 Market Street, Suite 1200, San Francisco, CA 94105.
You receive this newsletter because you subscribed at meridian-data.com. <a href="https://www.meridian-data.com/newsletter/unsubscribe?id=2610">Unsubscribe</a></td></tr>
</table>
</body></html>
""",
     claims=[C("This quarter Meridian Sync again met its 99.9% uptime SLA across every region.", SYNC, "sla", 99.9, "ok"),
             C("Meridian Vault holds your RPO to 15 minutes or less", VAULT, "rpo", dur(15, "minutes"), "ok"),
             C("storage is still $20 per TB per month", VAULT, "price_per_tb", usd(20, "TB-month"), "ok"),
             C("Meridian Insight becomes generally available in January 2027.", INSIGHT, "general_availability", "2027-01", "ok"),
             C("every workspace can start a 30-day free trial", INSIGHT, "free_trial", dur(30, "days"), "ok")],
     findings=[P("en.superlative", "Industry-leading")])

# ------------------------------------------------------------------ 0007 london, archive (near-miss 1)
mail(num="0007", frm=("Priya Shah", "priya.shah@uk.meridian-data.com"),
     to=[("Gareth Lloyd", "g.lloyd@tollgate-analytics.co.uk")],
     subject="Meridian Insight beta – performance", date=(2026, 8, 17, 9, 25, "+0100"),
     msgid="20260817092500.2a41@uk.meridian-data.com", charset="utf-8", cte="base64", archive=True,
     body="""Gareth,

On performance: Meridian Insight queries return within 2 seconds on a 100-million-row workspace.
In the beta, Meridian Insight lets each workspace hold up to 200 dashboards.
After GA, Meridian Insight will cost £25 per user per month.

Kind regards,
Priya
""",
     claims=[C("Meridian Insight queries return within 2 seconds", INSIGHT, "query_latency", dur(2, "seconds"), "ok"),
             C("Meridian Insight lets each workspace hold up to 200 dashboards.", INSIGHT, "max_dashboards", 200, "ok"),
             C("Meridian Insight will cost £25 per user per month.", INSIGHT, "per_user_price", gbp(25, "user-month"), "ok")])

# ------------------------------------------------------------------ 0008 osaka, ISO-2022-JP, archive (near-miss 1)
mail(num="0008", frm=("中村 彩", "aya.nakamura@osaka.jp.meridian-data.com"),
     to=[("西川 様", "nishikawa@kyoto-yakuhin.co.jp")],
     subject="メリディアン インサイトの応答速度について", date=(2026, 10, 6, 13, 45, "+0900"),
     msgid="20261006134500.e0b2@osaka.jp.meridian-data.com", charset="iso-2022-jp", cte="7bit", archive=True,
     body="""京都薬品株式会社 西川様

お世話になっております。大阪支店の中村です。

メリディアン インサイトのクエリ応答時間は1秒未満です。
1億行規模のデータでも、ダッシュボードの表示が遅くなることはございません。
同製品の正式版は2027年1月に提供開始の予定です。

中村 彩
""",
     claims=[C("メリディアン インサイトのクエリ応答時間は1秒未満です。", INSIGHT, "query_latency", dur(1, "seconds"), "conflict"),
             C("同製品の正式版は2027年1月に提供開始の予定です。", INSIGHT, "general_availability", "2027-01", "ok")])

# ------------------------------------------------------------------ 0009 tokyo, long thread, three offices
mail(num="0009", frm=("佐藤 美咲", "misaki.sato@jp.meridian-data.com"),
     to=[("森 直樹", "mori@setouchi-zosen.co.jp")],
     cc=[("山本 健", "ken.yamamoto@osaka.jp.meridian-data.com"), ("Oliver Grant", "oliver.grant@uk.meridian-data.com")],
     subject="Re: Re: 【瀬戸内造船様】欧州拠点のバックアップ構成", date=(2026, 10, 28, 17, 10, "+0900"),
     msgid="20261028171000.6a6c@jp.meridian-data.com", in_reply_to="20261027140500.3bd1@osaka.jp.meridian-data.com",
     charset="utf-8", cte="base64",
     body="""森様

お世話になっております。東京オフィスの佐藤です。
大阪・ロンドンとのやり取りを下に残したまま、要点をまとめます。

・メリディアン ボールトのRPOは最大15分、SLAは99.95%です。
・欧州拠点のデータは、メリディアン ボールトのフランクフルトのデータセンターに保存されます。
・なお、下のロンドンのメールにある「RPO 5分」は誤りで、正しくは最大15分です。

よろしくお願いいたします。
佐藤

2026年10月27日(火) 14:05 山本 健 <ken.yamamoto@osaka.jp.meridian-data.com>:
> 佐藤さん、森様
>
> 大阪支店の山本です。ロンドンからの回答に補足します。
> メリディアン ボールトの標準の保持期間は90日で、1テナントあたり最大500TBまで保存できます。
>
> 2026年10月26日(月) 9:12 Oliver Grant <oliver.grant@uk.meridian-data.com>:
>> Dear Mori-san,
>>
>> Meridian Vault encrypts every backup with AES-256 and, for your EU sites, it is hosted in Frankfurt.
>> The RPO for Meridian Vault is 5 minutes.
>>
>> Best regards,
>> Oliver Grant
>>
>> 2026年10月23日(金) 18:30 森 直樹 <mori@setouchi-zosen.co.jp>:
>>> 欧州のデータはどこに保管されますか。RPOはどの程度でしょうか。
""",
     claims=[C("メリディアン ボールトのRPOは最大15分、SLAは99.95%です。", VAULT, "rpo", dur(15, "minutes"), "ok"),
             C("メリディアン ボールトのRPOは最大15分、SLAは99.95%です。", VAULT, "sla", 99.95, "ok"),
             S("欧州拠点のデータは、メリディアン ボールトのフランクフルトのデータセンターに保存されます。", VAULT,
               "data_centers", ["Frankfurt"]),
             C("メリディアン ボールトの標準の保持期間は90日で", VAULT, "retention", dur(90, "days"), "ok",
               quoted=True, office="osaka"),
             C("1テナントあたり最大500TBまで保存できます。", VAULT, "max_storage", TB(500), "ok", quoted=True, office="osaka"),
             S("Meridian Vault encrypts every backup with AES-256", VAULT, "encryption", ["AES-256"],
               quoted=True, office="london"),
             S("for your EU sites, it is hosted in Frankfurt.", VAULT, "data_centers", ["Frankfurt"],
               quoted=True, office="london"),
             C("The RPO for Meridian Vault is 5 minutes.", VAULT, "rpo", dur(5, "minutes"), "conflict",
               quoted=True, office="london")])

# ------------------------------------------------------------------ 0010 osaka, forwarded chain (us-hq, then london inside)
mail(num="0010", frm=("中村 彩", "aya.nakamura@osaka.jp.meridian-data.com"),
     to=[("石田 様", "ishida@yodogawa-denki.co.jp")],
     subject="Fwd: Meridian Insight pricing for the group rollout", date=(2026, 11, 2, 10, 20, "+0900"),
     msgid="20261102102000.91f0@osaka.jp.meridian-data.com", charset="utf-8", cte="8bit",
     body="""石田様

お世話になっております。大阪支店の中村です。
海外グループ会社様向けの価格について、米国本社とロンドンの回答を転送いたします。
国内でのご契約の場合、メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。
また、同製品では1ワークスペースあたり最大200個のダッシュボードを作成いただけます。

中村 彩
メリディアン・データ株式会社 大阪支店

---------- Forwarded message ---------
From: Dana Whitfield <dana.whitfield@meridian-data.com>
Date: Fri, Oct 30, 2026 at 4:45 PM
Subject: Meridian Insight pricing for the group rollout
To: Aya Nakamura <aya.nakamura@osaka.jp.meridian-data.com>


Hi Aya,

For the US subsidiary, Meridian Insight is $30 per user per month.
Its query response time stays under 2 seconds for their data volume.
London's note is below.

Dana

---------- Forwarded message ---------
From: Oliver Grant <oliver.grant@uk.meridian-data.com>
Date: Thu, Oct 29, 2026 at 11:05 AM
Subject: Insight for the UK entity
To: Dana Whitfield <dana.whitfield@meridian-data.com>


Dana,

The UK entity would pay £25 per user per month for Meridian Insight, plus VAT.
Their analysts want to try it first. How long is the Meridian Insight free trial – 14 days?

Oliver
""",
     claims=[C("国内でのご契約の場合、メリディアン インサイトは1ユーザーあたり月額4,000円（税抜）です。", INSIGHT,
               "per_user_price", jpy(4000, "user-month", "excluded"), "ok"),
             C("同製品では1ワークスペースあたり最大200個のダッシュボードを作成いただけます。", INSIGHT, "max_dashboards", 200, "ok"),
             C("For the US subsidiary, Meridian Insight is $30 per user per month.", INSIGHT, "per_user_price",
               usd(30, "user-month"), "ok", quoted=True, office="us-hq"),
             C("Its query response time stays under 2 seconds for their data volume.", INSIGHT, "query_latency",
               dur(2, "seconds"), "ok", quoted=True, office="us-hq"),
             C("The UK entity would pay £25 per user per month for Meridian Insight, plus VAT.", INSIGHT, "per_user_price",
               gbp(25, "user-month", "excluded"), "ok", quoted=True, office="london")])

# ------------------------------------------------------------------ 0011 tokyo, mixed Japanese / English
mail(num="0011", frm=("高橋 亮", "ryo.takahashi@jp.meridian-data.com"),
     to=[("Kenji Arai", "kenji.arai@pacific-rim-trading.com")], cc=[("Laura Chen", "laura.chen@pacific-rim-trading.com")],
     subject="Meridian Sync のご紹介 / Introduction to Meridian Sync", date=(2026, 9, 3, 16, 0, "+0900"),
     msgid="20260903160000.d7a5@jp.meridian-data.com", charset="utf-8", cte="base64",
     body="""Arai-san, Laura-san,

日本語の後に英語が続きます。 / English follows the Japanese.

【日本語】
メリディアン シンクの料金は月額50,000円（税別）です。
同製品の1ユーザーあたりのストレージ容量は1,000GBで、最大1万ユーザーまでご利用いただけます。
業界初のリアルタイム差分同期エンジンを搭載しています。

【English】
Meridian Sync runs on Windows, macOS, iOS and Android; there is no Linux client.
It does not have an offline mode, so devices need a connection to sync.
Your files are 100% secure in transit and at rest.
For your US office, Meridian Sync is $399 per month.

Best regards,
Ryo Takahashi
Meridian Data K.K. Tokyo | +81 3 5555 0123
""",
     claims=[C("メリディアン シンクの料金は月額50,000円（税別）です。", SYNC, "monthly_price", jpy(50000, "month", "excluded"), "ok"),
             C("同製品の1ユーザーあたりのストレージ容量は1,000GBで", SYNC, "storage_per_user", GB(1000), "ok"),
             C("最大1万ユーザーまでご利用いただけます。", SYNC, "max_users", 10000, "ok"),
             S("Meridian Sync runs on Windows, macOS, iOS and Android", SYNC, "supported_platforms",
               ["Windows", "macOS", "iOS", "Android"]),
             C("It does not have an offline mode", SYNC, "offline_mode", False, "ok"),
             C("For your US office, Meridian Sync is $399 per month", SYNC, "monthly_price", usd(399, "month"),
               "office-variant")],
     findings=[P("ja.first-in-industry", "業界初"), P("en.guarantee", "100% secure")])

# ------------------------------------------------------------------ 0012 osaka, EUC-JP, kanji numerals and full-width digits
mail(num="0012", frm=("山本 健", "ken.yamamoto@osaka.jp.meridian-data.com"),
     to=[("藤井 様", "fujii@kansai-kosan.co.jp")],
     subject="各製品の仕様について（ご参考）", date=(2026, 9, 15, 10, 30, "+0900"),
     msgid="20260915103000.0c88@osaka.jp.meridian-data.com", charset="euc-jp", cte="8bit",
     body="""関西興産株式会社 藤井様

お世話になっております。大阪支店の山本です。
お打ち合わせでご質問のあった数値を、社内資料の表記のまま記載いたします。

一、メリディアン シンク：最大一万ユーザーまでご利用可能です。
二、メリディアン ボールト：１テラバイトあたり月額二千八百円（税抜）でございます。
三、メリディアン ボールト：１テナントあたりの保存容量は最大五百テラバイトです。
四、メリディアン ボールト：ＳＬＡは９９．９５％でございます。
五、メリディアン インサイト：無料トライアル期間は三十日間です。

以上、よろしくお願いいたします。

山本
""",
     claims=[C("一、メリディアン シンク：最大一万ユーザーまでご利用可能です。", SYNC, "max_users", 10000, "ok"),
             C("二、メリディアン ボールト：１テラバイトあたり月額二千八百円（税抜）でございます。", VAULT, "price_per_tb",
               jpy(2800, "TB-month", "excluded"), "ok"),
             C("三、メリディアン ボールト：１テナントあたりの保存容量は最大五百テラバイトです。", VAULT, "max_storage", TB(500), "ok"),
             C("四、メリディアン ボールト：ＳＬＡは９９．９５％でございます。", VAULT, "sla", 99.95, "ok"),
             C("五、メリディアン インサイト：無料トライアル期間は三十日間です。", INSIGHT, "free_trial", dur(30, "days"), "ok")])

# ------------------------------------------------------------------ 0013 us-hq, number-packed signature and disclaimer
mail(num="0013", frm=("Marcus Lee", "marcus.lee@meridian-data.com"),
     to=[("Rachel Ortiz", "rortiz@bayside-credit.org")],
     subject="Meridian Vault - retention and recovery details", date=(2026, 10, 12, 13, 5, "-0700"),
     msgid="20261012200500.5e1f@meridian-data.com", charset="us-ascii", cte="7bit", nl=b"\r\n",
     body="""Rachel,

Following up on Thursday's call:

If you choose Meridian Vault, your backups are kept for roughly 90 days by default.
Its RPO sits between 10 and 15 minutes, depending on how often your data changes.
A single Meridian Vault tenant scales to 0.5 PB.
Support tickets for Meridian Vault get a first response within 1 hour, around the clock.
Recovery time depends on volume; for your 40 TB estate we estimate about 6 hours to restore everything.

Let me know if you would like the SOC 2 Type II bridge letter.

Marcus Lee
Senior Account Executive | Meridian Data Inc.
500 Market Street, Suite 1200, San Francisco, CA 94105
T +1 (415) 555-0142 | M +1 (415) 555-0199 | F +1 (415) 555-0143
Meridian Data has been ISO 27001 certified since 2019 (certificate no. IS 701234).

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named
recipient(s). Meridian Data Inc. is a Delaware corporation, founded 2011, with offices in
San Francisco, London, Tokyo and Osaka. Our SOC 2 Type II report is available on request
under NDA. Company registration no. 5123456.
""",
     claims=[C("If you choose Meridian Vault, your backups are kept for roughly 90 days by default.", VAULT, "retention",
               dur(90, "days"), "ok"),
             C("Its RPO sits between 10 and 15 minutes", VAULT, "rpo", rng(10, 15, "minutes"), "ok"),
             C("A single Meridian Vault tenant scales to 0.5 PB.", VAULT, "max_storage", TB(500), "ok"),
             C("Support tickets for Meridian Vault get a first response within 1 hour", VAULT, "support_response_time",
               dur(1, "hours"), "unverified")])

# ------------------------------------------------------------------ 0014 london, the subject line carries a claim
mail(num="0014", frm=("Oliver Grant", "oliver.grant@uk.meridian-data.com"),
     to=[("Sam Whitaker", "sam.whitaker@northgate-retail.co.uk")],
     subject="Meridian Insight comes with a 30-day free trial", date=(2026, 10, 19, 10, 0, "+0100"),
     msgid="20261019100000.a3d4@uk.meridian-data.com", charset="utf-8", cte="quoted-printable",
     body="""Sam,

As promised: the Meridian Insight free trial runs for thirty days, and nothing is billed until it ends.
General availability of Meridian Insight is January 2027 – not October 2026, as the old deck said.
After GA, Meridian Insight is £25 per user per month, excl. VAT.
Meridian Insight also offers unlimited dashboards for every workspace.

Cheers,
Oliver
""",
     claims=[C("the Meridian Insight free trial runs for thirty days", INSIGHT, "free_trial", dur(30, "days"), "ok"),
             C("General availability of Meridian Insight is January 2027", INSIGHT, "general_availability", "2027-01", "ok"),
             C("After GA, Meridian Insight is £25 per user per month, excl. VAT.", INSIGHT, "per_user_price",
               gbp(25, "user-month", "excluded"), "ok")],
     findings=[P("en.unlimited", "unlimited dashboards")])

# ------------------------------------------------------------------ 0015 us-hq, text attachment with claims + PDF (skipped)
mail(num="0015", frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
     to=[("Ben Carter", "bcarter@redwood-logistics.com")],
     subject="Meridian Insight spec summary and brochure", date=(2026, 11, 4, 8, 30, "-0800"),
     msgid="20261104163000.7b2e@meridian-data.com",
     mixed=[("""Hi Ben,

Attached are a short spec summary (text) and our brochure (PDF).
The headline number for your analysts: Meridian Insight dashboards load in under 2 seconds.

Dana
""", "text/plain", None),
            ("""MERIDIAN INSIGHT - SPEC SUMMARY (Nov 2026)

Meridian Insight dashboards per workspace: up to 500
Meridian Insight free trial: 30 days
Meridian Insight pre-built connectors: 120
""", "text/plain", "insight-spec-summary.txt"),
            (tiny_pdf("Meridian Sync supports up to 50,000 users."), "application/pdf", "meridian-insight-brochure.pdf")],
     claims=[C("Meridian Insight dashboards load in under 2 seconds.", INSIGHT, "query_latency", dur(2, "seconds"), "ok"),
             C("Meridian Insight dashboards per workspace: up to 500", INSIGHT, "max_dashboards", 500, "conflict"),
             C("Meridian Insight free trial: 30 days", INSIGHT, "free_trial", dur(30, "days"), "ok"),
             C("Meridian Insight pre-built connectors: 120", INSIGHT, "integrations", 120, "unverified")])

# ------------------------------------------------------------------ 0016 customer, questions / requirements / reported statement
mail(num="0016", frm=("森田 恵", "megumi.morita@aozora-hoken.co.jp"),
     to=[("佐藤 美咲", "misaki.sato@jp.meridian-data.com")],
     subject="メリディアン製品についての確認事項", date=(2026, 11, 6, 18, 20, "+0900"),
     msgid="CAK3x7Rq0aozora1106@mail.aozora-hoken.co.jp", charset="iso-2022-jp", cte="7bit",
     body="""メリディアン・データ 佐藤様

あおぞら保険の森田です。社内検討にあたり、以下をご確認させてください。

1. メリディアン シンクは2万ユーザーでの利用は可能でしょうか。
2. 当社要件：RPOは5分以内、バックアップの保持期間は1年以上。
3. 御社大阪支店の方からは、メリディアン ボールトはシンガポールにもデータセンターがあると伺っております。
4. 仮にメリディアン インサイトのクエリ応答が5秒を超える場合、導入は見送る予定です。

よろしくお願いいたします。

森田 恵
あおぞら保険株式会社 情報システム部
TEL 03-6789-0123
""",
     claims=[S("メリディアン ボールトはシンガポールにもデータセンターがあると伺っております。", VAULT, "data_centers",
               [("Singapore", "conflict")])])

# ------------------------------------------------------------------ 0017 tokyo, interleaved reply to 0016
mail(num="0017", frm=("佐藤 美咲", "misaki.sato@jp.meridian-data.com"),
     to=[("森田 恵", "megumi.morita@aozora-hoken.co.jp")],
     subject="Re: メリディアン製品についての確認事項", date=(2026, 11, 10, 11, 30, "+0900"),
     msgid="20261110113000.f4c9@jp.meridian-data.com", in_reply_to="CAK3x7Rq0aozora1106@mail.aozora-hoken.co.jp",
     charset="iso-2022-jp", cte="7bit",
     body="""森田様

お世話になっております。メリディアン・データの佐藤です。
ご質問に順にご回答いたします。

2026年11月6日(金) 18:20 森田 恵 <megumi.morita@aozora-hoken.co.jp>:
> 1. メリディアン シンクは2万ユーザーでの利用は可能でしょうか。

メリディアン シンクの上限は1テナントあたり1万ユーザーです。
2万ユーザー規模でのご利用には、2テナント構成をご提案いたします。

> 2. 当社要件：RPOは5分以内、バックアップの保持期間は1年以上。

メリディアン ボールトのRPOは最大15分、標準の保持期間は90日間です。
1年間の保持が必要な場合は、アーカイブオプションでの対応となります。

> 3. 御社大阪支店の方からは、メリディアン ボールトはシンガポールにもデータセンターがあると伺っております。

メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4か所で、シンガポールにはございません。
大阪支店にも確認いたしましたが、誤ってお伝えしていたようです。大変失礼いたしました。

> 4. 仮にメリディアン インサイトのクエリ応答が5秒を超える場合、導入は見送る予定です。

メリディアン インサイトのクエリ応答時間は最大2秒ですので、ご要件は満たせる見込みです。

引き続きよろしくお願いいたします。
佐藤
""",
     claims=[C("メリディアン シンクの上限は1テナントあたり1万ユーザーです。", SYNC, "max_users", 10000, "ok"),
             C("メリディアン ボールトのRPOは最大15分、標準の保持期間は90日間です。", VAULT, "rpo", dur(15, "minutes"), "ok"),
             C("メリディアン ボールトのRPOは最大15分、標準の保持期間は90日間です。", VAULT, "retention", dur(90, "days"), "ok"),
             S("メリディアン ボールトはシンガポールにもデータセンターがあると伺っております。", VAULT, "data_centers",
               [("Singapore", "conflict")], quoted=True, office="unknown"),
             S("メリディアン ボールトのデータセンターは東京、大阪、オレゴン、フランクフルトの4か所で", VAULT, "data_centers",
               ["Tokyo", "Osaka", "Oregon", "Frankfurt"]),
             C("メリディアン インサイトのクエリ応答時間は最大2秒ですので", INSIGHT, "query_latency", dur(2, "seconds"), "ok")])

# ------------------------------------------------------------------ 0018 us-hq, competitor, "no longer", old name, URL
mail(num="0018", frm=("Dana Whitfield", "dana.whitfield@meridian-data.com"),
     to=[("Alicia Brooks", "abrooks@summit-dental.com")],
     subject="Re: Switching from Corvid Drive", date=(2026, 9, 22, 10, 45, "-0700"),
     msgid="20260922174500.3c6d@meridian-data.com", in_reply_to="CABr00ks0921@mail.summit-dental.com",
     charset="utf-8", cte="7bit",
     body="""Hi Alicia,

Thanks for sharing the Corvid Drive quote. A few differences worth knowing:

Corvid Drive advertises 99.99% uptime; Meridian Sync commits to 99.9 percent, with service credits if we miss it.
Corvid Drive caps storage at 500 GB per user, while every Meridian Sync user gets 1 TB.
Meridian Sync no longer ships a Linux client, so your two Ubuntu workstations would use the web app.
The desktop app of Meridian Sync no longer has an offline mode either.
Meridian Sync pricing is $399 per month plus tax for the whole practice.

You may still see our old name, Meridian FileSync, on a few help pages; the migration guide is at
https://www.meridian-data.com/help/MeridianFileSync-migration

Dana

On Mon, Sep 21, 2026 at 3:12 PM Alicia Brooks <abrooks@summit-dental.com> wrote:
> Corvid Drive quoted us $289 a month. Can Meridian Sync match that?
""",
     claims=[C("Meridian Sync commits to 99.9 percent", SYNC, "sla", 99.9, "ok"),
             C("every Meridian Sync user gets 1 TB.", SYNC, "storage_per_user", TB(1), "ok"),
             C("The desktop app of Meridian Sync no longer has an offline mode either.", SYNC, "offline_mode", False, "ok"),
             C("Meridian Sync pricing is $399 per month plus tax for the whole practice.", SYNC, "monthly_price",
               usd(399, "month", "excluded"), "ok")],
     findings=[T(SYNC, "Meridian FileSync")])

# ------------------------------------------------------------------ 0019 osaka, Outlook-style quote, ranges / approx / 以上
mail(num="0019", frm=("中村 彩", "aya.nakamura@osaka.jp.meridian-data.com"),
     to=[("上田 誠", "ueda@rokko-foods.co.jp")],
     subject="RE: メリディアン ボールト・インサイトについて", date=(2026, 11, 16, 15, 0, "+0900"),
     msgid="20261116150000.b8a1@osaka.jp.meridian-data.com", charset="utf-8", cte="base64",
     body="""上田様

お世話になっております。大阪支店の中村です。
ご質問の件、以下のとおりご回答いたします。

メリディアン ボールトのRPOは約15分で、稼働率は99.95%以上を維持しております。
メリディアン ボールトをご利用いただければ、データが失われることは絶対にありません。
メリディアン インサイトのクエリ応答時間は、データ量に応じて1〜2秒程度です。
ダッシュボードの上限は、同製品の場合1ワークスペースあたり200個です。
なお、メリディアン インサイトの画面は日本語・英語を含む12言語に対応しています。

よろしくお願いいたします。

中村 彩
メリディアン・データ株式会社 大阪支店
TEL 06-6345-7890

-----Original Message-----
From: 上田 誠 <ueda@rokko-foods.co.jp>
Sent: Friday, November 13, 2026 5:40 PM
To: 中村 彩 <aya.nakamura@osaka.jp.meridian-data.com>
Subject: メリディアン ボールト・インサイトについて

中村様

六甲フーズの上田です。
メリディアン インサイトのダッシュボードは何個まで作成できますか。
当社要件はダッシュボード300個以上です。
また、メリディアン ボールトのRPOはどの程度でしょうか。

上田
""",
     claims=[C("メリディアン ボールトのRPOは約15分で", VAULT, "rpo", dur(15, "minutes"), "ok"),
             C("稼働率は99.95%以上を維持しております。", VAULT, "sla", 99.95, "ok"),
             C("メリディアン インサイトのクエリ応答時間は、データ量に応じて1〜2秒程度です。", INSIGHT, "query_latency",
               rng(1, 2, "seconds"), "ok"),
             C("ダッシュボードの上限は、同製品の場合1ワークスペースあたり200個です。", INSIGHT, "max_dashboards", 200, "ok"),
             C("メリディアン インサイトの画面は日本語・英語を含む12言語に対応しています。", INSIGHT, "ui_languages", 12,
               "unverified")],
     findings=[P("ja.absolute", "絶対にありません")])

# ------------------------------------------------------------------ 0020 london, data sizes and durations
mail(num="0020", frm=("Priya Shah", "priya.shah@uk.meridian-data.com"),
     to=[("Jon Price", "jon.price@kestrel-archives.co.uk")],
     subject="Sizing notes for Kestrel Archives", date=(2026, 11, 18, 12, 30, "+0000"),
     msgid="20261118123000.0e5b@uk.meridian-data.com", charset="utf-8", cte="quoted-printable",
     body="""Jon,

Sizing notes, as discussed:

1. Meridian Sync gives each user 1,000 GB of storage, so your 180 staff would have 180 TB between them.
2. Meridian Vault holds up to 1 PB per tenant, which covers your 300 TB archive with room to grow.
3. Meridian Vault retains backups for three months by default.
4. Meridian Insight offers a two-week free trial for the reporting team.
5. Meridian Vault storage is £16 per TB per month, excl. VAT.
6. For your Japanese subsidiary, Meridian Vault is ¥2,800 per TB per month, excluding consumption tax.

Regards,
Priya
""",
     claims=[C("Meridian Sync gives each user 1,000 GB of storage", SYNC, "storage_per_user", GB(1000), "ok"),
             C("Meridian Vault holds up to 1 PB per tenant", VAULT, "max_storage", TB(1000), "conflict"),
             C("Meridian Vault retains backups for three months by default.", VAULT, "retention", dur(3, "months"), "ok"),
             C("Meridian Insight offers a two-week free trial for the reporting team.", INSIGHT, "free_trial",
               dur(2, "weeks"), "conflict"),
             C("Meridian Vault storage is £16 per TB per month, excl. VAT.", VAULT, "price_per_tb",
               gbp(16, "TB-month", "excluded"), "ok"),
             C("For your Japanese subsidiary, Meridian Vault is ¥2,800 per TB per month, excluding consumption tax.",
               VAULT, "price_per_tb", jpy(2800, "TB-month", "excluded"), "office-variant")])

# ------------------------------------------------------------------ 0021 us-hq, before April 2026: 10,000 users is stale
mail(num="0021", frm=("Marcus Lee", "marcus.lee@meridian-data.com"),
     to=[("Nora Quinn", "nquinn@lakeview-schools.org")],
     subject="Re: Meridian Sync sizing for Lakeview Schools", date=(2026, 2, 10, 9, 50, "-0800"),
     msgid="20260210175000.2d8b@meridian-data.com", in_reply_to="CALk0vw3nq0209@mail.lakeview-schools.org",
     charset="utf-8", cte="7bit",
     body="""Hi Nora,

Good news on scale: a single Meridian Sync tenant supports up to 10,000 users, so all 8,200 staff and students fit in one.
Each Meridian Sync user gets 1 TB of storage, and the Meridian Sync uptime SLA is 99.9%.

Marcus
""",
     claims=[C("a single Meridian Sync tenant supports up to 10,000 users", SYNC, "max_users", 10000, "stale"),
             C("Each Meridian Sync user gets 1 TB of storage", SYNC, "storage_per_user", TB(1), "ok"),
             C("the Meridian Sync uptime SLA is 99.9%", SYNC, "sla", 99.9, "ok")])
