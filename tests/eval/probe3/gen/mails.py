"""The 26 messages of set3, with their labels. Office of each message = its From address."""
import datetime as dt
from common import *

def D(y, mo, d, h, mi, tzh):
    return dt.datetime(y, mo, d, h, mi, 0, tzinfo=dt.timezone(dt.timedelta(hours=tzh)))

# senders
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Lee", "marcus.lee@meridian-data.com")
OLIVER = ("Oliver Pryce", "oliver.pryce@uk.meridian-data.com")
HARRIET = ("Harriet Lowe", "harriet.lowe@uk.meridian-data.com")
SATO = ("佐藤 健一", "k.sato@jp.meridian-data.com")
TAKA = ("高橋 美咲", "m.takahashi@jp.meridian-data.com")
NAKA = ("中村 裕子", "y.nakamura@osaka.jp.meridian-data.com")
FUJII = ("藤井 拓也", "t.fujii@osaka.jp.meridian-data.com")

M = []

# ------------------------------------------------------------------ 0001 us-hq, very short, top-posted
M.append(dict(n=1, office="us-hq", date=D(2025, 11, 4, 9, 12, -8), frm=DANA,
    to=("Priya Raman", "priya.raman@lumenfreight.com"), subject="Re: quick one on backups",
    msgid="CAH7x0d+Qm2vT9Lk4p1RbWz8yE3uN5o@mail.gmail.com", in_reply_to="CAKp9Rr2LuMn0vq3B7@mail.gmail.com",
    body=("plain", """Hi Priya,

Yes - Meridian Vault keeps backups for 90 days by default. Longer is an
add-on; I'll send the SKU list separately.

Dana

--
Dana Whitfield
Senior Account Executive, West Region 2
Meridian Data | +1 (415) 555-0142 x318

On Mon, Nov 3, 2025 at 4:02 PM Priya Raman <priya.raman@lumenfreight.com> wrote:
> Hi Dana - how long does Vault hang on to backups? Our auditors want 60
> days minimum.
""", "us-ascii", "7bit"),
    labels=[C(V, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default.")]))

# ------------------------------------------------------------------ 0002 tokyo, ご質問N／回答 interleaved
M.append(dict(n=2, office="tokyo", date=D(2025, 11, 12, 10, 30, 9), frm=SATO,
    to=("田村 様", "tamura@minato-logi.co.jp"), subject="メリディアン シンクに関するご質問への回答", hcs="iso-2022-jp",
    msgid="TYWPR01MB8841A1C3E5F0A2B4D9E7C61AB7A2@TYWPR01MB8841.jpnprd01.prod.outlook.com",
    body=("plain", """株式会社ミナトロジ
情報システム部 田村様

いつもお世話になっております。
メリディアンデータ東京支社の佐藤でございます。

11月7日にいただいたご質問に、以下のとおり回答いたします。

ご質問1：メリディアン シンクは何ユーザーまで利用できますか。
回答：メリディアン シンクは、現在1テナントあたり最大5,000ユーザーまでご利用いただけます。

ご質問2：電波の届かない現場でも使えますか。
回答：申し訳ございません。同製品はオフライン環境ではご利用いただけません。

ご質問3：対応OSを教えてください。
回答：同製品のクライアントはWindows、Mac、iPhone／iPadおよびAndroidに対応しております。Linuxには対応しておりません。

ご質問4：1ユーザーあたりの容量はどのくらいですか。
回答：基本的には、本製品では1ユーザー当たり1TBのストレージ容量をご利用いただけます。

ご質問5：料金を教えてください。
回答：本製品の月額料金は50,000円（税抜）です。年間一括でのお支払いの場合は5%のお値引きが可能です。

ご不明な点がございましたら、お気軽にお問い合わせください。

------------------------------------------
メリディアンデータ株式会社 東京支社
第2営業部 営業3課 佐藤 健一
TEL：03-5555-0100（内線204）
------------------------------------------
""", "iso-2022-jp", "7bit"),
    labels=[
        C(S, "max_users", 5000, "ok", "メリディアン シンクは、現在1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
        C(S, "offline_mode", False, "ok", "同製品はオフライン環境ではご利用いただけません。"),
    ] + [C(S, "supported_platforms", p, "ok", "同製品のクライアントはWindows、Mac、iPhone／iPadおよびAndroidに対応しております。")
         for p in ("Windows", "macOS", "iOS", "Android")] + [
        C(S, "storage_per_user", TB, "ok", "本製品では1ユーザー当たり1TBのストレージ容量をご利用いただけます。"),
        C(S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "本製品の月額料金は50,000円（税抜）です。"),
    ]))

# ------------------------------------------------------------------ 0003 london, chatty, hard wraps (archive)
M.append(dict(n=3, office="london", archive=True, date=D(2025, 11, 20, 10, 5, 0), frm=OLIVER,
    to=("Tom Askew", "tom.askew@kennetwater.co.uk"), subject="Following up from Tuesday - backups",
    msgid="5c1e0a77-93d2-4b8e-a1f0-2f6d7be0c3a9@uk.meridian-data.com",
    body=("plain", """Hi Tom,

Lovely to see you and the team in Reading on Tuesday, and thanks again for
the biscuits - they did not survive the train home. I've had a think about
the points you raised over lunch and I'll try to keep this short (I won't
manage it). On the backup side, Meridian Vault would give you a 15-minute
RPO on the file servers, and backups are kept for 90
days by default, which I think covers what your auditors asked for. If you
need longer we can look at an extended retention add-on, but let's not
complicate the first phase.

On cost, Meridian Vault comes in at £16 per terabyte
per month. For the 40 TB you mentioned that's £640 a month in total, before
the multi-year discount (usually around 8% on a three-year term).

Sue asked where the data would physically live. Meridian Vault runs in our
Frankfurt data centre for most UK customers, and Tokyo, Osaka and Oregon are
there too should you ever need them.

Availability-wise, the SLA for Meridian Vault is 99.95-percent, measured
monthly, with service credits if we miss it.

I'll pencil in 2 December at 10:30 for the technical deep-dive with your
infrastructure lead - shout if that doesn't work.

Cheers,
Oliver

--
Oliver Pryce
Senior Solutions Consultant (EMEA), Band 3
Meridian Data UK Ltd
T: +44 20 7946 0321 ext. 4410

This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and
delete it. Meridian Data UK Ltd is registered in England and Wales, company
number 09876543.
""", "utf-8", "quoted-printable"),
    labels=[
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault would give you a 15-minute\nRPO on the file servers"),
        C(V, "retention", dur(90, "days"), "ok", "backups are kept for 90\ndays by default"),
        C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault comes in at £16 per terabyte\nper month"),
    ] + [C(V, "data_centers", x, "ok", "Meridian Vault runs in our\nFrankfurt data centre for most UK customers, and Tokyo, Osaka and Oregon are\nthere too")
         for x in ("Frankfurt", "Tokyo", "Osaka", "Oregon")] + [
        C(V, "sla", 99.95, "ok", "the SLA for Meridian Vault is 99.95-percent"),
    ]))

# ------------------------------------------------------------------ 0004 osaka, meeting memo with bullets (archive)
M.append(dict(n=4, office="osaka", archive=True, date=D(2025, 12, 3, 18, 20, 9), frm=NAKA,
    to=("西田 様", "nishida@naniwa-seiki.co.jp"), subject="【議事メモ】12/2 お打合せ（メリディアン ボールト）",
    msgid="20251203182011.7F3A.4C2B9E10@osaka.jp.meridian-data.com",
    body=("plain", """浪速精密工業株式会社
総務部 西田様

お世話になっております。メリディアンデータ大阪支店の中村です。
昨日はお忙しいところお時間をいただき、誠にありがとうございました。
お打合せの内容を以下にまとめましたので、ご確認いただけますと幸いです。

■日時：2025年12月2日（火）15:00～16:30
■場所：御社本社 3階 第1会議室
■出席：西田様、岡本様／中村、藤井（弊社）

■メリディアン ボールトについて（弊社からのご説明）
・RPO：最大15分
・バックアップ保持期間：標準90日間（延長はオプション）
・データセンター：東京・大阪の2拠点
・暗号化方式：AES-256
・料金：1TB当たり月額2,800円（税抜）
・稼働率：99.9％

■御社のご要件（お打合せで伺った内容）
・対象データ量：約35TB（年20%程度の増加見込み）
・保持期間：最低1年
・ご予算：月額10万円以内

■次回
・12月16日（火）10:00～ オンラインにてお見積りをご説明
・見積番号：Q-2025-1187

以上、よろしくお願いいたします。

---
メリディアンデータ株式会社 大阪支店
営業1課 課長代理 中村 裕子
TEL 06-5555-0200（内線31）
""", "utf-8", "base64"),
    labels=[
        C(V, "rpo", dur(15, "minutes"), "ok", "・RPO：最大15分"),
        C(V, "retention", dur(90, "days"), "ok", "・バックアップ保持期間：標準90日間（延長はオプション）"),
        C(V, "data_centers", "Tokyo", "ok", "・データセンター：東京・大阪の2拠点"),
        C(V, "data_centers", "Osaka", "ok", "・データセンター：東京・大阪の2拠点"),
        C(V, "encryption", "AES-256", "ok", "・暗号化方式：AES-256"),
        C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "・料金：1TB当たり月額2,800円（税抜）"),
        C(V, "sla", 99.9, "conflict", "・稼働率：99.9％"),
    ]))

# ------------------------------------------------------------------ 0005 customer, reported statement (archive)
M.append(dict(n=5, office="unknown", archive=True, date=D(2025, 12, 10, 9, 14, -8),
    frm=("Greg Hollis", "ghollis@pinecrest-health.org"), to=MARCUS, subject="Vault + Sync questions",
    msgid="CAGh0LL1s-pH9x2Vq8mT4nRk@mail.gmail.com",
    body=("plain", """Hi Marcus,

Thanks for the call yesterday. A couple of things before we go to our
board on the 18th:

Our reseller, Brightline IT, told us that Meridian Vault only keeps backups
for 30 days by default. Is that still the case?

Does Meridian Sync support Linux desktops? About 60 of our 900 staff are
on Ubuntu.

And what's the uptime commitment on Meridian Sync?

Thanks,
Greg Hollis
Director of IT, Pinecrest Health Partners
""", "us-ascii", "7bit"),
    labels=[C(V, "retention", dur(30, "days"), "conflict", "Meridian Vault only keeps backups\nfor 30 days by default")]))

# ------------------------------------------------------------------ 0006 us-hq, interleaved under "On ... wrote:" (archive)
M.append(dict(n=6, office="us-hq", archive=True, date=D(2025, 12, 11, 8, 40, -8), frm=MARCUS,
    to=("Greg Hollis", "ghollis@pinecrest-health.org"), subject="Re: Vault + Sync questions",
    msgid="CAMl33Re+7uQ0cXb5Wd1sZ@mail.gmail.com", in_reply_to="CAGh0LL1s-pH9x2Vq8mT4nRk@mail.gmail.com",
    body=("plain", """Hi Greg,

Answers inline.

On Wed, Dec 10, 2025 at 9:14 AM Greg Hollis <ghollis@pinecrest-health.org> wrote:
> Our reseller, Brightline IT, told us that Meridian Vault only keeps backups
> for 30 days by default. Is that still the case?

It isn't. Meridian Vault retains backups for
90 days by default; longer retention is available as an add-on.
From our side, I've already let Brightline know.

> Does Meridian Sync support Linux desktops? About 60 of our 900 staff are
> on Ubuntu.

Not today, I'm afraid. Meridian Sync runs on Windows, macOS, iOS and
Android. In the meantime, those 60 people could use the browser version.

> And what's the uptime commitment on Meridian Sync?

Meridian Sync carries a 99.9% monthly uptime SLA.

Good luck with the board on the 18th.

Marcus

--
Marcus Lee | Account Executive II | Meridian Data
+1 (628) 555-0199 ext. 2207
""", "us-ascii", "7bit"),
    labels=[
        C(V, "retention", dur(30, "days"), "conflict", "Meridian Vault only keeps backups\n> for 30 days by default", quoted=True, office="unknown"),
        C(V, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for\n90 days by default"),
    ] + [C(S, "supported_platforms", p, "ok", "Meridian Sync runs on Windows, macOS, iOS and\nAndroid.")
         for p in ("Windows", "macOS", "iOS", "Android")] + [
        C(S, "sla", 99.9, "ok", "Meridian Sync carries a 99.9% monthly uptime SLA."),
    ]))

# ------------------------------------------------------------------ 0007 tokyo, Outlook multipart/alternative, EN names in JA
P7 = ["北川様", None,
      "いつも大変お世話になっております。メリディアンデータの高橋です。",
      "先日のセミナー（1月9日開催、参加者120名）にご参加いただき、ありがとうございました。",
      "お問い合わせいただいたMeridian Insightについて、ご案内いたします。", None,
      "Meridian Insight は現在ベータ版として提供しており、2027年1月に正式リリースを予定しております。",
      "同製品の無料トライアルは30日間で、ダッシュボードは最大200個まで作成いただけます。",
      "料金は、同製品の場合1ユーザーあたり月額4,400円（税込）を予定しております。",
      "また、Meridian Insight のクエリ応答時間は最大2秒以内を目標としております。", None,
      "資料を添付いたしましたので、ご確認くださいませ。",
      "何卒よろしくお願いいたします。", None,
      "高橋 美咲",
      "メリディアンデータ株式会社 東京支社 インサイド営業部",
      "TEL: 03-5555-0100（内線 512）"]

def _ja_html(paras):
    out = OUTLOOK_HEAD.format(cs="utf-8", font="游ゴシック", lang="JA")
    for p in paras:
        if p is None:
            out += MSO_EMPTY
            continue
        inner = p.replace("Meridian Insight", "<span lang=\"EN-US\">Meridian Insight</span>")
        out += mso_p(inner, "JA")
    return out + OUTLOOK_TAIL

M.append(dict(n=7, office="tokyo", date=D(2026, 1, 14, 11, 0, 9), frm=TAKA,
    to=("北川 様", "kitagawa@sakura-retail.jp"), subject="Meridian Insight ベータ版のご案内", hcs="iso-2022-jp",
    msgid="OS3PR01MB6012B7D1E44C9A0F3B2E8D54C1E9@OS3PR01MB6012.jpnprd01.prod.outlook.com",
    body=("alt", ("\n".join("" if p is None else p for p in P7) + "\n", "iso-2022-jp", "7bit"),
          (_ja_html(P7), "utf-8", "quoted-printable")),
    labels=[
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight は現在ベータ版として提供しており、2027年1月に正式リリースを予定しております。"),
        C(I, "free_trial", dur(30, "days"), "ok", "同製品の無料トライアルは30日間で、ダッシュボードは最大200個まで作成いただけます。"),
        C(I, "max_dashboards", 200, "ok", "同製品の無料トライアルは30日間で、ダッシュボードは最大200個まで作成いただけます。"),
        C(I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "料金は、同製品の場合1ユーザーあたり月額4,400円（税込）を予定しております。"),
        C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight のクエリ応答時間は最大2秒以内を目標としております。"),
    ]))

# ------------------------------------------------------------------ 0008 us-hq, numbered answers, Outlook quoted question list
M.append(dict(n=8, office="us-hq", date=D(2026, 1, 22, 10, 15, -8), frm=DANA,
    to=("Rachel Moreno", "rmoreno@harborlane.com"), subject="RE: Insight questions",
    msgid="BY5PR17MB3921E0D6A7F14C2B8E09F3D1A4B7@BY5PR17MB3921.namprd17.prod.outlook.com",
    in_reply_to="SJ0PR12MB5634C0A2E1B9D4F7@SJ0PR12MB5634.namprd12.prod.outlook.com",
    body=("plain", """Hi Rachel,

Answers below, numbered to match your list:

1. Not yet. Meridian Insight goes GA in January 2027; until then it is in
   public beta, with production support for beta customers.
2. It allows up to 200 dashboards per workspace.
3. Meridian Insight queries typically come back in under 2 seconds at p95,
   even on the 100M-row demo set.
4. The Meridian Insight trial is 30 days, and no card is needed.
5. Meridian Insight pricing is $30 a month per user, billed annually.
6. It comes with 45 pre-built connectors, Salesforce and NetSuite included.
7. For your 350 analysts that comes to $10,500 a month before the 12%
   volume discount we talked about.

On the webinar point: that figure was for cached dashboards, not ad-hoc
queries.

Dana Whitfield
Senior Account Executive, West Region 2
Meridian Data | +1 (415) 555-0142 x318

________________________________
From: Rachel Moreno <rmoreno@harborlane.com>
Sent: Tuesday, January 20, 2026 5:41 PM
To: Dana Whitfield <dana.whitfield@meridian-data.com>
Subject: Insight questions

Hi Dana,

Some questions ahead of our steering committee on Feb 3:

1. Is Meridian Insight GA yet?
2. How many dashboards can we build?
3. How fast are queries?
4. How long is the trial?
5. What's the price per user?
6. How many connectors are there?
7. What would 350 analysts cost?

Also, your webinar said Meridian Insight answers queries in under one second.

Thanks,
Rachel
""", "utf-8", "quoted-printable"),
    labels=[
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight goes GA in January 2027"),
        C(I, "max_dashboards", 200, "ok", "It allows up to 200 dashboards per workspace."),
        C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries typically come back in under 2 seconds at p95"),
        C(I, "free_trial", dur(30, "days"), "ok", "The Meridian Insight trial is 30 days"),
        C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight pricing is $30 a month per user"),
        C(I, "integrations", 45, "unverified", "It comes with 45 pre-built connectors"),
        C(I, "query_latency", dur(1, "seconds"), "conflict", "your webinar said Meridian Insight answers queries in under one second.", quoted=True, office="unknown"),
    ]))

# ------------------------------------------------------------------ 0009 london, HTML-only Outlook, correction, future value
P9 = ["Hi Aisha,", None,
      "Apologies &#8211; a correction to my email of Monday. Meridian Sync is &pound;329 per month at list, not &pound;299 as I wrote on Monday (that was last year&#8217;s promotional price).",
      None,
      "On your growth question: Meridian Sync supports up to 5,000 users per tenant today, and from 1&nbsp;April&nbsp;2026 the limit rises to 10,000. Your 7,500-person target for next year would therefore fit on one tenant.",
      None,
      "Each Sync user gets 1&nbsp;TB of storage, and there is no offline mode &#8211; Sync needs a connection to sync files.",
      None,
      "Our industry-leading support team will run the onboarding workshop (half a day, &pound;950, booked against PO 7731).",
      None, "Kind regards,", "Harriet"]
H9 = OUTLOOK_HEAD.format(cs="utf-8", font="Calibri", lang="EN-GB") + "<div>\n<div>\n"
for p in P9:
    H9 += MSO_EMPTY if p is None else mso_p(p, "EN-GB")
H9 += """</div>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="260" valign="top" style="padding:0cm 5.4pt 0cm 5.4pt">
<p class="MsoNormal"><b><span style='font-size:10.0pt;color:#1F3864'>Harriet Lowe</span></b><span style='font-size:10.0pt'><br>Account Director, Public Sector &amp; Legal (Team 4)<o:p></o:p></span></p>
</td><td width="260" valign="top" style="padding:0cm 5.4pt 0cm 5.4pt">
<p class="MsoNormal"><span style='font-size:10.0pt'>Meridian Data UK Ltd<br>T: +44 20 7946 0388 ext. 5120<o:p></o:p></span></p>
</td></tr></table>
<p class="MsoNormal"><span style='font-size:7.5pt;color:gray'>This message is confidential and may be legally privileged. If you are not the intended recipient, please delete it and notify the sender. Meridian Data UK Ltd, registered in England and Wales no. 09876543.<o:p></o:p></span></p>
</div>
""" + OUTLOOK_TAIL
M.append(dict(n=9, office="london", date=D(2026, 2, 5, 14, 22, 0), frm=HARRIET,
    to=("Aisha Patel", "aisha.patel@brackenbury-legal.co.uk"), subject="Correction: Meridian Sync pricing",
    msgid="LO2P265MB5123A9C1B7D3E40F8A21C6E9B0D4@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM",
    body=("html", H9, "utf-8", "quoted-printable"),
    labels=[
        C(S, "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync is £329 per month at list"),
        C(S, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per tenant today, and from 1 April 2026 the limit rises to 10,000."),
        C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 5,000 users per tenant today, and from 1 April 2026 the limit rises to 10,000."),
        C(S, "storage_per_user", TB, "ok", "Each Sync user gets 1 TB of storage"),
        C(S, "offline_mode", False, "ok", "there is no offline mode – Sync needs a connection to sync files."),
        P("en.superlative", "Our industry-leading support team"),
    ]))

# ------------------------------------------------------------------ 0010 osaka, short correction 30 -> 90 (archive)
M.append(dict(n=10, office="osaka", archive=True, date=D(2026, 2, 18, 16, 45, 9), frm=FUJII,
    to=("西田 様", "nishida@naniwa-seiki.co.jp"), subject="Re: メリディアン ボールトの保持期間について", hcs="iso-2022-jp",
    msgid="20260218164502.0A9C.7D31E2F4@osaka.jp.meridian-data.com", in_reply_to="b7e1c0d2a9f84e3c@naniwa-seiki.co.jp",
    body=("plain", """西田様

お世話になっております。大阪支店の藤井です。
先ほどのメールに誤りがございましたので、訂正いたします。

メリディアン ボールトの標準の保持期間は90日間です（先ほどのメールで30日間と記載しておりましたが、誤りでした）。
大変失礼いたしました。

なお、同製品の保存容量は1テナント当たり最大500TBとなっております。
御社の現在のデータ量（約38TB）であれば、十分に余裕がございます。

藤井
""", "iso-2022-jp", "7bit"),
    labels=[
        C(V, "retention", dur(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間です"),
        C(V, "max_storage", 500 * TB, "ok", "同製品の保存容量は1テナント当たり最大500TBとなっております。"),
    ]))

# ------------------------------------------------------------------ 0011 tokyo, JA with EN names, values placed in periods
M.append(dict(n=11, office="tokyo", date=D(2026, 3, 10, 10, 20, 9), frm=SATO,
    to=("田村 様", "tamura@minato-logi.co.jp"), subject="Meridian Sync のユーザー数上限について",
    msgid="TYWPR01MB88410D2E7B6A4C1F9E3A52D8C0F1@TYWPR01MB8841.jpnprd01.prod.outlook.com",
    body=("plain", """田村様

お世話になっております。佐藤です。
先週のお電話でご質問いただいた件、社内で確認いたしました。

Meridian Sync のユーザー数上限は、現在は1テナントあたり最大5,000ユーザーですが、2026年4月1日以降は最大1万ユーザーまで拡張されます。
御社で想定されている約6,500名のご利用も、4月以降であれば1テナントでまかなえる見込みです。

また、Sync の稼働率SLAは99.9%稼働となっております。
Sync のストレージ容量も1ユーザーあたり1TBのまま変更はございません。

ご参考までに、Meridian Sync は国内法人向けファイル共有サービスの顧客満足度で No.1※を獲得しております。
※2026年1月 東京マーケットリサーチ調べ

佐藤
""", "utf-8", "base64"),
    labels=[
        C(S, "max_users", 5000, "ok", "Meridian Sync のユーザー数上限は、現在は1テナントあたり最大5,000ユーザーですが、2026年4月1日以降は最大1万ユーザーまで拡張されます。"),
        C(S, "max_users", 10000, "ok", "Meridian Sync のユーザー数上限は、現在は1テナントあたり最大5,000ユーザーですが、2026年4月1日以降は最大1万ユーザーまで拡張されます。"),
        C(S, "sla", 99.9, "ok", "Sync の稼働率SLAは99.9%稼働となっております。"),
        C(S, "storage_per_user", TB, "ok", "Sync のストレージ容量も1ユーザーあたり1TBのまま変更はございません。"),
    ]))

# ------------------------------------------------------------------ 0012 us-hq, one-liner, deprecated name only in a URL (archive)
M.append(dict(n=12, office="us-hq", archive=True, crlf=True, date=D(2026, 3, 20, 13, 5, -7), frm=MARCUS,
    to=("Jen Alvarez", "jalvarez@copperleaf-ins.com"), subject="Re: Sync seat cap",
    msgid="CAMl33Rf9zK1vB0pX6q@mail.gmail.com", in_reply_to="CAJv8xAlv3z0R1q@mail.gmail.com",
    body=("plain", """Jen - yes, Meridian Sync supports up to 5,000 users per tenant today.

Setup guide, as promised: https://help.meridian-data.com/MeridianFileSync/setup-guide

M.
""", "us-ascii", "7bit"),
    labels=[C(S, "max_users", 5000, "ok", "Meridian Sync supports up to 5,000 users per tenant today.")]))

# ------------------------------------------------------------------ 0013 london, Q:/A: without quote marks, hard wraps (archive)
M.append(dict(n=13, office="london", archive=True, date=D(2026, 4, 8, 9, 50, 1), frm=OLIVER,
    to=("Mei Lin", "mei.lin@harrowgate-eng.co.uk"), subject="RE: Sync and Vault - your questions",
    msgid="9a0f3e21-6c44-4b7d-8e15-d2c7a1b0f6e3@uk.meridian-data.com",
    body=("plain", """Hi Mei,

Answers in line below, as requested.

Q: What is the maximum number of users on one Meridian Sync tenant?
A: Meridian Sync supports up to 10,000
users per tenant as of this month.

Q: Is there an offline mode for the site engineers?
A: No. Meridian Sync needs a network connection; it has no offline
mode.

Q: Which certifications does it hold?
A: Meridian Sync is ISO 27001 certified and has a SOC 2 Type II report,
which we can share under NDA. It is also ISO 27017 certified.

Q: Monthly price for the tenant?
A: Meridian Sync is £329 a month for the whole tenant.

Q: What is Meridian Vault's availability commitment?
A: Meridian Vault carries a 99.95% availability SLA.

Q: Does Meridian Vault have a London data centre?
A: Not in London. Meridian Vault serves UK customers from its Frankfurt
data centre, with Oregon as the usual secondary region.

Let me know if your procurement team needs anything else before the
panel on 22 April.

Best,
Oliver
--
Oliver Pryce
Senior Solutions Consultant (EMEA), Band 3
Meridian Data UK Ltd | T: +44 20 7946 0321 ext. 4410
""", "utf-8", "8bit"),
    labels=[
        C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000\nusers per tenant as of this month."),
        C(S, "offline_mode", False, "ok", "Meridian Sync needs a network connection; it has no offline\nmode."),
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and has a SOC 2 Type II report"),
        C(S, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified and has a SOC 2 Type II report"),
        C(S, "certifications", "ISO 27017", "conflict", "It is also ISO 27017 certified."),
        C(S, "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync is £329 a month for the whole tenant."),
        C(V, "sla", 99.95, "ok", "Meridian Vault carries a 99.95% availability SLA."),
        C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault serves UK customers from its Frankfurt\ndata centre, with Oregon as the usual secondary region."),
        C(V, "data_centers", "Oregon", "ok", "Meridian Vault serves UK customers from its Frankfurt\ndata centre, with Oregon as the usual secondary region."),
    ]))

# ------------------------------------------------------------------ 0014 osaka, stale, tax, Linux, old name, 最安 (archive)
M.append(dict(n=14, office="osaka", archive=True, date=D(2026, 4, 21, 11, 30, 9), frm=NAKA,
    to=("木下 様", "kinoshita@kansai-foods.co.jp"), subject="メリディアン シンク 概要のご案内", hcs="shift_jis",
    msgid="20260421113004.5E21.9B04A7C3@osaka.jp.meridian-data.com",
    body=("plain", """木下様

いつもお世話になっております。メリディアンデータ大阪支店の中村でございます。
先日お問い合わせいただきましたメリディアン シンクについて、概要をお送りいたします。

旧名称の「メリディアン・ファイルシンク」でご記憶の方もいらっしゃるかと存じますが、機能は同じでございます。

・メリディアン シンクは最大5,000ユーザーまでご利用いただけます。
・本製品はWindows、Mac、Linuxに対応しております。
・本製品の月額料金は50,000円（税込）です。
・業界最安の料金でご提供しております。

ご契約前に必ず利用規約をご確認ください。
5月12日（火）14時からのお打合せにて、お見積書（見積番号 OSK-2026-0412）をご説明いたします。

中村
""", "shift_jis", "8bit"),
    labels=[
        T(S, "メリディアン・ファイルシンク"),
        C(S, "max_users", 5000, "stale", "メリディアン シンクは最大5,000ユーザーまでご利用いただけます。"),
        C(S, "supported_platforms", "Windows", "ok", "本製品はWindows、Mac、Linuxに対応しております。"),
        C(S, "supported_platforms", "macOS", "ok", "本製品はWindows、Mac、Linuxに対応しております。"),
        C(S, "supported_platforms", "Linux", "conflict", "本製品はWindows、Mac、Linuxに対応しております。"),
        C(S, "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "本製品の月額料金は50,000円（税込）です。"),
        P("ja.cheapest", "業界最安の料金でご提供しております。"),
    ]))

# ------------------------------------------------------------------ 0015 us-hq, long chatty Outlook HTML
P15 = ["Hi Ben,", None,
       "Great talking with you and Lena this morning. I know you&#8217;re juggling the warehouse rollout (congrats on hitting 40% growth in the Midwest, by the way), so I&#8217;ll keep the recap readable rather than short.",
       None,
       "Where we landed on protection: Meridian Vault gives you a 15-min RPO for the file shares and the SQL boxes, and in our customer base the RTO is typically under 4 hours for a full site restore, although that depends a lot on bandwidth. Backups are encrypted with AES-256 at rest, and the Vault retention default of 90 days lines up with your policy.",
       None,
       "On hosting, Meridian Vault would run out of our Oregon data center, with Frankfurt available if your EU entity needs it. We don&#8217;t have a Virginia region, so latency from the Richmond office will be a little higher.",
       None,
       "Pricing: Meridian Vault is $20/TB/mo at list. You estimated 120&nbsp;TB, so ballpark $2,400 a month before the Q2 promotion (15% off year one). Meridian Vault&#8217;s per-tenant ceiling is 0.5&nbsp;PB, which gives you plenty of headroom.",
       None,
       "We&#8217;ll do the cutover with zero downtime for your users, and our support team will stay on the bridge for the first night.",
       None,
       "Security is our number one priority, so I&#8217;ve also attached the pen-test summary (ref. SEC-2026-044).",
       None,
       "Next step: technical workshop on Tuesday, May 19, 9:00&#8211;11:00 PT. I&#8217;ll send the invite.",
       None, "Best,", "Dana"]
def _plain(paras):
    import html as _h
    return "\n".join("" if p is None else _h.unescape(p).replace("\xa0", " ") for p in paras) + "\n"
SIG15_PLAIN = """
Dana Whitfield
Senior Account Executive, West Region 2
Meridian Data | +1 (415) 555-0142 x318

CONFIDENTIALITY NOTICE: This message is intended only for the named recipient. If you received it in error, please tell the sender and delete it.
"""
H15 = OUTLOOK_HEAD.format(cs="utf-8", font="Aptos", lang="EN-US") + "<div>\n<div>\n<div>\n"
for p in P15:
    H15 += MSO_EMPTY if p is None else mso_p(p)
H15 += """</div>
</div>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0">
<tr><td style="padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal"><b><span style='color:#0B3D91'>Dana Whitfield</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style='font-size:9.0pt'>Senior Account Executive, West Region 2<o:p></o:p></span></p></td>
<td style="padding:0in 5.4pt 0in 5.4pt"><p class="MsoNormal"><span style='font-size:9.0pt'>Meridian Data | +1 (415) 555-0142 x318<o:p></o:p></span></p></td></tr>
</table>
<p class="MsoNormal"><span style='font-size:7.0pt;color:#7F7F7F'>CONFIDENTIALITY NOTICE: This message is intended only for the named recipient. If you received it in error, please tell the sender and delete it.<o:p></o:p></span></p>
</div>
""" + OUTLOOK_TAIL
M.append(dict(n=15, office="us-hq", date=D(2026, 5, 6, 10, 40, -7), frm=DANA,
    to=("Ben Okafor", "ben.okafor@tidewater-logistics.com"), subject="Meridian Vault - notes from our call + a few numbers",
    msgid="BY5PR17MB39217C2A0E5F4D8B1A96E3F0D2C5@BY5PR17MB3921.namprd17.prod.outlook.com",
    body=("alt", (_plain(P15) + SIG15_PLAIN, "utf-8", "quoted-printable"), (H15, "utf-8", "quoted-printable")),
    labels=[
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault gives you a 15-min RPO for the file shares"),
        C(V, "rto", dur(4, "hours"), "unverified", "the RTO is typically under 4 hours for a full site restore"),
        C(V, "encryption", "AES-256", "ok", "Backups are encrypted with AES-256 at rest, and the Vault retention default of 90 days lines up with your policy."),
        C(V, "retention", dur(90, "days"), "ok", "Backups are encrypted with AES-256 at rest, and the Vault retention default of 90 days lines up with your policy."),
        C(V, "data_centers", "Oregon", "ok", "Meridian Vault would run out of our Oregon data center, with Frankfurt available if your EU entity needs it."),
        C(V, "data_centers", "Frankfurt", "ok", "Meridian Vault would run out of our Oregon data center, with Frankfurt available if your EU entity needs it."),
        C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20/TB/mo at list."),
        C(V, "max_storage", 500 * TB, "ok", "Meridian Vault’s per-tenant ceiling is 0.5 PB"),
        P("en.guarantee", "We’ll do the cutover with zero downtime for your users"),
    ]))

# ------------------------------------------------------------------ 0016 tokyo, reply above Outlook block, customer's reported claim (archive)
M.append(dict(n=16, office="tokyo", archive=True, date=D(2026, 5, 14, 15, 10, 9), frm=TAKA,
    to=("森 一郎", "mori@hokuriku-unyu.co.jp"), subject="RE: メリディアン ボールトのRPOについて", hcs="iso-2022-jp",
    msgid="OS3PR01MB60121F8E2D9C4B7A0E5D3C1B9A62@OS3PR01MB6012.jpnprd01.prod.outlook.com",
    in_reply_to="20260513180211.GA4471@hokuriku-unyu.co.jp",
    body=("plain", """森様

お世話になっております。メリディアンデータ東京支社の高橋です。
お問い合わせの件、回答いたします。

メリディアン ボールトのRPO（目標復旧時点）は最大15分でございます。5分ではございませんので、ご注意ください。
同製品のデータの保管場所は東京・大阪の国内データセンターで、シンガポールには拠点がございません。
料金は、同製品の場合1TB当たり月額3,080円（税込）となります。

高橋

-----Original Message-----
From: 森 一郎 <mori@hokuriku-unyu.co.jp>
Sent: Wednesday, May 13, 2026 6:02 PM
To: 高橋 美咲 <m.takahashi@jp.meridian-data.com>
Subject: メリディアン ボールトのRPOについて

高橋様

大阪支店の方から、メリディアン ボールトのRPOは5分と伺っております。
弊社の要件はRPO 30分以内ですので、問題ないという理解でよろしいでしょうか。

森
""", "iso-2022-jp", "7bit"),
    labels=[
        C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は最大15分でございます。"),
        C(V, "data_centers", "Tokyo", "ok", "同製品のデータの保管場所は東京・大阪の国内データセンターで、シンガポールには拠点がございません。"),
        C(V, "data_centers", "Osaka", "ok", "同製品のデータの保管場所は東京・大阪の国内データセンターで、シンガポールには拠点がございません。"),
        C(V, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "料金は、同製品の場合1TB当たり月額3,080円（税込）となります。"),
        C(V, "rpo", dur(5, "minutes"), "conflict", "大阪支店の方から、メリディアン ボールトのRPOは5分と伺っております。", quoted=True, office="unknown"),
    ]))

# ------------------------------------------------------------------ 0017 london, forward of a us-hq note
M.append(dict(n=17, office="london", date=D(2026, 5, 28, 12, 0, 1), frm=HARRIET,
    to=("Sam Whitley", "sam.whitley@oakhurst-group.co.uk"), subject="Fwd: Meridian Insight - pricing and timing",
    msgid="LO2P265MB51230E4C9A2B7D61F3E8A0C5B9D2@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM",
    body=("plain", """Hi Sam,

Forwarding the note from my US colleague below so you have it in writing.
One thing to add for the UK: Meridian Insight is £25 per user per month here,
so ignore the dollar figure. Also, Meridian Insight's general availability is
January 2027. The date in Marcus's note below was an early plan and has
since moved.

Harriet

---------- Forwarded message ---------
From: Marcus Lee <marcus.lee@meridian-data.com>
Date: Tue, May 26, 2026 at 3:14 PM
Subject: Meridian Insight - pricing and timing
To: Harriet Lowe <harriet.lowe@uk.meridian-data.com>

Harriet,

For your Oakhurst deal: Meridian Insight is $30 per user per month, and
Meridian Insight goes GA in October 2026. It is available in 12 UI
languages, which should help with their Polish and Portuguese teams.

Marcus
""", "utf-8", "quoted-printable"),
    labels=[
        C(I, "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight is £25 per user per month here"),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight's general availability is\nJanuary 2027."),
        C(I, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month", quoted=True, office="us-hq"),
        C(I, "general_availability", "2026-10", "conflict", "Meridian Insight goes GA in October 2026.", quoted=True, office="us-hq"),
        C(I, "ui_languages", 12, "unverified", "It is available in 12 UI\nlanguages", quoted=True, office="us-hq"),
    ]))

# ------------------------------------------------------------------ 0018 tokyo, product only in a question subject: no claims
M.append(dict(n=18, office="tokyo", date=D(2026, 6, 9, 9, 30, 9), frm=SATO,
    to=("田村 様", "tamura@minato-logi.co.jp"), subject="Re: メリディアン シンクは1万ユーザーまで使えますか？", hcs="iso-2022-jp",
    msgid="TYWPR01MB8841F0A1B2C3D4E5F6A7B8C9D0E1@TYWPR01MB8841.jpnprd01.prod.outlook.com",
    in_reply_to="c41d9e7a02@minato-logi.co.jp",
    body=("plain", """田村様

お世話になっております。佐藤です。

はい、問題ございません。4月に上限が引き上げられておりますので、そのままご利用いただけます。
（ご参考：御社の現在のご利用者数 約8,200名）

佐藤
東京支社 第2営業部 営業3課
TEL：03-5555-0100（内線204）
""", "iso-2022-jp", "7bit"),
    labels=[]))

# ------------------------------------------------------------------ 0019 osaka, それぞれ, EN names in JA, 業界初
M.append(dict(n=19, office="osaka", date=D(2026, 6, 17, 14, 0, 9), frm=FUJII,
    to=("岡本 様", "okamoto@naniwa-seiki.co.jp"), subject="Meridian Vault／Meridian Insight トライアルのご案内",
    msgid="20260617140033.3C88.1F5E0B92@osaka.jp.meridian-data.com",
    body=("plain", """岡本様

お世話になっております。大阪支店の藤井です。
先日のデモ（6月12日）ではありがとうございました。

Meridian Vault と Meridian Insight の無料トライアル期間は、それぞれ14日間と30日間です。
Meridian Insight の正式リリースは2027年1月を予定しております。
なお、Meridian Insight のSLAは99.9%で提供予定です。
Meridian Vault のSLAは99.95%稼働です。

Meridian Insight は業界初のAI異常検知機能を搭載しております。

トライアルのお申込みは、6月30日までに申込書（様式 T-3）をご返送ください。

藤井 拓也
メリディアンデータ株式会社 大阪支店 営業2課
TEL 06-5555-0200（内線45）
""", "utf-8", "quoted-printable"),
    labels=[
        C(V, "free_trial", dur(14, "days"), "unverified", "Meridian Vault と Meridian Insight の無料トライアル期間は、それぞれ14日間と30日間です。"),
        C(I, "free_trial", dur(30, "days"), "ok", "Meridian Vault と Meridian Insight の無料トライアル期間は、それぞれ14日間と30日間です。"),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight の正式リリースは2027年1月を予定しております。"),
        C(I, "sla", 99.9, "unverified", "Meridian Insight のSLAは99.9%で提供予定です。"),
        C(V, "sla", 99.95, "ok", "Meridian Vault のSLAは99.95%稼働です。"),
        P("ja.first-in-industry", "Meridian Insight は業界初のAI異常検知機能を搭載しております。"),
    ]))

# ------------------------------------------------------------------ 0020 us-hq, order confirmation (archive)
M.append(dict(n=20, office="us-hq", archive=True, date=D(2026, 7, 2, 11, 20, -7), frm=DANA,
    to=("Lena Ortiz", "lena.ortiz@tidewater-logistics.com"), subject="Vault order 48812 - confirmation",
    msgid="BY5PR17MB3921A4E6C8B0D2F1E3A5C7B9D1F3@BY5PR17MB3921.namprd17.prod.outlook.com",
    body=("plain", """Hi Lena,

Confirming order #48812 for 120 TB of Meridian Vault, starting July 15.

A couple of reminders for your runbook:
- Meridian Vault gives you a 5-minute RPO on every protected share.
- Meridian Vault is $20/TB/mo at list; your order reflects the 15% first-year
  promotion.
- Snapshots: unlimited versions within the retention window.

Ticket #1042 tracks the remaining network change on your side.

Thanks,
Dana
""", "us-ascii", "7bit"),
    labels=[
        C(V, "rpo", dur(5, "minutes"), "conflict", "Meridian Vault gives you a 5-minute RPO on every protected share."),
        C(V, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20/TB/mo at list"),
        P("en.unlimited", "Snapshots: unlimited versions within the retention window."),
    ]))

# ------------------------------------------------------------------ 0021 london, chatty with hedges, quoted customer requirement
M.append(dict(n=21, office="london", date=D(2026, 7, 15, 10, 10, 1), frm=OLIVER,
    to=("Rhys Morgan", "rhys.morgan@afonwater.co.uk"), subject="Re: Sync for the field teams",
    msgid="e2b7d913-0f5a-4c6e-9b21-7a3c8d4f1e60@uk.meridian-data.com", in_reply_to="CAPr8hY5mOrG4n@mail.gmail.com",
    body=("plain", """Hi Rhys,

Thanks for the detailed note - really helpful to see the numbers laid out.
Short version: I think you're fine, but let me go through it properly.

On scale, you should be fine: Meridian Sync typically handles up to 10,000
users on a single tenant. You're at 3,400 today, with maybe 500 more after
the merger. Sync storage is 1TB/user, so the engineering drawings won't be
a problem either.

For the security questionnaire: Meridian Sync is certified to ISO/IEC
27001:2022, and it also holds Cyber Essentials Plus. Uptime is 99.9-percent
for Meridian Sync, per the SLA schedule.

Some of your team will remember the product as Meridian FileSync; it's the
same thing, just renamed.

On the commercial side, our UK customer base grew 40% last year, so the
onboarding team is busy - book the kickoff early (I'd suggest week
commencing 3 August).

Cheers,
Oliver

On Mon, 13 Jul 2026 at 16:45, Rhys Morgan <rhys.morgan@afonwater.co.uk> wrote:
> Hi Oliver,
>
> We have 3,400 staff today, probably 3,900 after the merger. We need at
> least 4,000 seats on one tenant. Can Meridian Sync handle that?
>
> Rhys
""", "utf-8", "quoted-printable"),
    labels=[
        C(S, "max_users", 10000, "ok", "Meridian Sync typically handles up to 10,000\nusers on a single tenant."),
        C(S, "storage_per_user", TB, "ok", "Sync storage is 1TB/user"),
        C(S, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO/IEC\n27001:2022, and it also holds Cyber Essentials Plus."),
        C(S, "certifications", "Cyber Essentials Plus", "conflict", "Meridian Sync is certified to ISO/IEC\n27001:2022, and it also holds Cyber Essentials Plus."),
        C(S, "sla", 99.9, "ok", "Uptime is 99.9-percent\nfor Meridian Sync"),
        T(S, "Meridian FileSync"),
    ]))

# ------------------------------------------------------------------ 0022 tokyo, Shift_JIS, 【ご質問N】【回答】, past value with period
M.append(dict(n=22, office="tokyo", date=D(2026, 8, 4, 10, 0, 9), frm=TAKA,
    to=("北川 様", "kitagawa@sakura-retail.jp"), subject="メリディアン インサイト／シンクのご質問への回答", hcs="shift_jis",
    msgid="OS3PR01MB6012C3B5D7E9F1A2B4C6D8E0F2A4@OS3PR01MB6012.jpnprd01.prod.outlook.com",
    body=("plain", """北川様

いつもお世話になっております。東京支社の高橋です。
8月1日のお打合せでいただいたご質問について、以下のとおりご回答いたします。

【ご質問1】メリディアン シンクのユーザー数の上限は？
【回答】メリディアン シンクは、2026年3月まではテナントあたり最大5,000ユーザーでしたが、現在は最大1万ユーザーまでご利用いただけます。

【ご質問2】メリディアン インサイトの料金は？
【回答】メリディアン インサイトは1ユーザー当たり月額4,000円（税抜）でございます。御社の想定150名でのご利用の場合、月額60万円（税抜）となります。

【ご質問3】無料で試せますか？
【回答】はい。メリディアン インサイトの無料トライアルは1か月間です。

【ご質問4】集計は速いですか？
【回答】同製品のクエリ応答時間は2秒以内です。

【ご質問5】バックアップは安全ですか？
【回答】メリディアン ボールトをご利用いただければ、データが消えることは絶対にありません。

なお、すべての環境で必ずしも同じ性能が出るとは限りませんので、あらかじめご了承ください。

高橋
""", "shift_jis", "base64"),
    labels=[
        C(S, "max_users", 5000, "ok", "メリディアン シンクは、2026年3月まではテナントあたり最大5,000ユーザーでしたが、現在は最大1万ユーザーまでご利用いただけます。"),
        C(S, "max_users", 10000, "ok", "メリディアン シンクは、2026年3月まではテナントあたり最大5,000ユーザーでしたが、現在は最大1万ユーザーまでご利用いただけます。"),
        C(I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイトは1ユーザー当たり月額4,000円（税抜）でございます。"),
        C(I, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアルは1か月間です。"),
        C(I, "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は2秒以内です。"),
        P("ja.absolute", "データが消えることは絶対にありません。"),
    ]))

# ------------------------------------------------------------------ 0023 us-hq, meeting recap bullets, multipart/alternative
B23 = ["Meridian Sync: up to 10,000 users per tenant, 1 TB of storage per user, $399/month for the tenant.",
       "Meridian Sync also supports offline mode for your drivers' tablets.",
       "Meridian Vault: 99.95% uptime SLA, AES-256 encryption, Oregon and Frankfurt data centers.",
       "Meridian Insight: in beta today, generally available January 2027, 30-day free trial.",
       "Your side: 2,300 users across 14 sites; PO #48812-B expected by Sep 15.",
       "Next: security review on Sep 9 at 1pm PT; pricing approval at list less 18%."]
T23 = "Hi Priya,\n\nThanks for the time today (Aug 26, 10:00-11:00 PT). Quick recap:\n\n" + \
      "".join("- %s\n" % b for b in B23) + "\nMarcus\n\n--\nMarcus Lee | Account Executive II | Meridian Data\n+1 (628) 555-0199 ext. 2207\n"
H23 = OUTLOOK_HEAD.format(cs="us-ascii", font="Calibri", lang="EN-US") + \
      mso_p("Hi Priya,") + MSO_EMPTY + mso_p("Thanks for the time today (Aug 26, 10:00&#8211;11:00 PT). Quick recap:") + MSO_EMPTY + \
      "<ul style=\"margin-top:0in\" type=\"disc\">\n" + \
      "".join("<li class=\"MsoListParagraph\" style=\"margin-left:0in;mso-list:l0 level1 lfo1\"><span style='font-size:11.0pt'>%s<o:p></o:p></span></li>\n"
              % b.replace("'", "&#8217;") for b in B23) + "</ul>\n" + MSO_EMPTY + mso_p("Marcus") + MSO_EMPTY + \
      "<div><p class=\"MsoNormal\"><span style='font-size:9.0pt;color:#595959'>Marcus Lee | Account Executive II | Meridian Data<br>+1 (628) 555-0199 ext. 2207<o:p></o:p></span></p></div>\n" + OUTLOOK_TAIL
M.append(dict(n=23, office="us-hq", date=D(2026, 8, 26, 11, 45, -7), frm=MARCUS,
    to=("Priya Raman", "priya.raman@lumenfreight.com"), subject="Recap: today's call (Aug 26)",
    msgid="SA1PR17MB54210B3D5F7A9C1E2D4F6A8B0C2E@SA1PR17MB5421.namprd17.prod.outlook.com",
    body=("alt", (T23, "us-ascii", "7bit"), (H23, "us-ascii", "quoted-printable")),
    labels=[
        C(S, "max_users", 10000, "ok", B23[0]),
        C(S, "storage_per_user", TB, "ok", B23[0]),
        C(S, "monthly_price", money(399, "USD", "month"), "ok", B23[0]),
        C(S, "offline_mode", True, "conflict", B23[1]),
        C(V, "sla", 99.95, "ok", B23[2]),
        C(V, "encryption", "AES-256", "ok", B23[2]),
        C(V, "data_centers", "Oregon", "ok", B23[2]),
        C(V, "data_centers", "Frankfurt", "ok", B23[2]),
        C(I, "general_availability", "2027-01", "ok", B23[3]),
        C(I, "free_trial", dur(30, "days"), "ok", B23[3]),
    ]))

# ------------------------------------------------------------------ 0024 osaka, HTML-only with a table and <s>
ROWS24 = [("RPO（目標復旧時点）", "<s>最大5分</s> 最大15分"),
          ("保持期間", "標準90日間"),
          ("保存容量の上限", "1テナントあたり0.5PB"),
          ("データセンター", "東京、大阪、フランクフルト、オレゴン（計4拠点）"),
          ("稼働率（SLA）", "99.95%"),
          ("料金", "1TBあたり月額2,800円（税抜）")]
H24 = OUTLOOK_HEAD.format(cs="utf-8", font="游ゴシック", lang="JA") + \
      mso_p("木下様", "JA") + MSO_EMPTY + \
      mso_p("いつもお世話になっております。大阪支店の中村でございます。", "JA") + \
      mso_p("メリディアン ボールトの主な仕様を下表にまとめました。前回のご案内に誤りがございましたので、訂正箇所には取り消し線を付しております。", "JA") + MSO_EMPTY + \
      "<table class=\"MsoTableGrid\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse;border:none\">\n" + \
      "<caption><span lang=\"JA\">メリディアン ボールト 主な仕様</span></caption>\n" + \
      "<tr><td style=\"background:#D9E2F3\"><p class=\"MsoNormal\"><b>項目</b></p></td><td style=\"background:#D9E2F3\"><p class=\"MsoNormal\"><b>内容</b></p></td></tr>\n" + \
      "".join("<tr><td width=\"180\" valign=\"top\"><p class=\"MsoNormal\"><span lang=\"JA\">%s<o:p></o:p></span></p></td>"
              "<td width=\"360\" valign=\"top\"><p class=\"MsoNormal\"><span lang=\"JA\">%s<o:p></o:p></span></p></td></tr>\n" % r for r in ROWS24) + \
      "</table>\n" + MSO_EMPTY + \
      mso_p("同製品のRTO（目標復旧時間）は、基本的には4時間程度です。", "JA") + MSO_EMPTY + \
      mso_p("ご不明な点がございましたら、お気軽にお申し付けください。", "JA") + MSO_EMPTY + \
      mso_p("中村 裕子<br>メリディアンデータ株式会社 大阪支店 営業1課 課長代理<br>TEL 06-5555-0200（内線31）", "JA") + OUTLOOK_TAIL
M.append(dict(n=24, office="osaka", date=D(2026, 9, 15, 17, 0, 9), frm=NAKA,
    to=("木下 様", "kinoshita@kansai-foods.co.jp"), subject="メリディアン ボールト 仕様のご案内（訂正あり）",
    msgid="20260915170045.2B6D.E8C1F047@osaka.jp.meridian-data.com",
    body=("html", H24, "utf-8", "base64"),
    labels=[
        C(V, "rpo", dur(15, "minutes"), "ok", "最大15分"),
        C(V, "retention", dur(90, "days"), "ok", "標準90日間"),
        C(V, "max_storage", 500 * TB, "ok", "1テナントあたり0.5PB"),
    ] + [C(V, "data_centers", x, "ok", "東京、大阪、フランクフルト、オレゴン（計4拠点）") for x in ("Tokyo", "Osaka", "Frankfurt", "Oregon")] + [
        C(V, "sla", 99.95, "ok", "稼働率（SLA） 99.95%"),
        C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "1TBあたり月額2,800円（税抜）"),
        C(V, "rto", dur(4, "hours"), "unverified", "同製品のRTO（目標復旧時間）は、基本的には4時間程度です。"),
    ]))

# ------------------------------------------------------------------ 0025 london, two-liner, range
M.append(dict(n=25, office="london", crlf=True, date=D(2026, 10, 6, 9, 5, 1), frm=HARRIET,
    to=("Sam Whitley", "sam.whitley@oakhurst-group.co.uk"), subject="Re: Insight",
    msgid="LO2P265MB5123D6E8F0A2B4C6D8E0F2A4B6C8@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM",
    body=("plain", """Hi Sam - yes, Meridian Insight is £25/user/month, and the trial is 30 days.

PS: in our testing Meridian Insight dashboards load in 1-3 seconds, depending on the data source.

H.
""", "utf-8", "8bit"),
    labels=[
        C(I, "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight is £25/user/month, and the trial is 30 days."),
        C(I, "free_trial", dur(30, "days"), "ok", "Meridian Insight is £25/user/month, and the trial is 30 days."),
        C(I, "query_latency", {"min": 1, "max": 3, "unit": "seconds"}, "conflict", "Meridian Insight dashboards load in 1-3 seconds"),
    ]))

# ------------------------------------------------------------------ 0026 tokyo, forward of a london mail; USD price from tokyo
M.append(dict(n=26, office="tokyo", date=D(2026, 10, 20, 10, 30, 9), frm=SATO,
    to=("森 一郎", "mori@hokuriku-unyu.co.jp"), subject="Fw: Meridian Vault pricing (UK)",
    msgid="TYWPR01MB8841B4C6D8E0F2A4B6C8D0E2F4A6@TYWPR01MB8841.jpnprd01.prod.outlook.com",
    body=("plain", """森様

お世話になっております。佐藤です。
英国拠点のご担当者様向けに、ロンドン支社からの案内を転送いたします。

ご参考までに、メリディアン ボールトの国内向け料金は1TBあたり月額2,800円（税抜）です。
また、米国本社の価格表では、メリディアン ボールトは1TBあたり月額20米ドルとなっております。

佐藤

-------- 転送メッセージ --------
件名: Meridian Vault pricing (UK)
日付: Mon, 19 Oct 2026 16:20:11 +0100
差出人: Harriet Lowe <harriet.lowe@uk.meridian-data.com>
宛先: 佐藤 健一 <k.sato@jp.meridian-data.com>

Kenichi,

For your customer's UK subsidiary: Meridian Vault is £16 per TB per month, and
Meridian Vault retains backups for 90 days by default.

Harriet
""", "utf-8", "base64"),
    labels=[
        C(V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトの国内向け料金は1TBあたり月額2,800円（税抜）です。"),
        C(V, "price_per_tb", money(20, "USD", "TB-month"), "office-variant", "メリディアン ボールトは1TBあたり月額20米ドルとなっております。"),
        C(V, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month", quoted=True, office="london"),
        C(V, "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default.", quoted=True, office="london"),
    ]))
