#!/usr/bin/env python3
"""Evaluation set 36 for onevoice: an ordinary month of Meridian Data sales mail.

Deterministic, stdlib only. Run from anywhere: rewrites ../mail, ../docs,
../.onevoice.yaml and ../expected.jsonl next to this folder.
"""
import base64, datetime as dt, email, email.policy, html, json, os, quopri, shutil
from email.header import Header
from email.utils import format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12
JST, PDT, PST = dt.timezone(dt.timedelta(hours=9)), dt.timezone(dt.timedelta(hours=-7)), dt.timezone(dt.timedelta(hours=-8))
BST, GMT = dt.timezone(dt.timedelta(hours=1)), dt.timezone.utc


def usd(a, per): return {"amount": a, "currency": "USD", "per": per, "tax": None}
def gbp(a, per, tax=None): return {"amount": a, "currency": "GBP", "per": per, "tax": tax}
def jpy(a, per, tax): return {"amount": a, "currency": "JPY", "per": per, "tax": tax}
def dur(a, u): return {"amount": a, "unit": u}


def jdate(d):
    return "%d年%d月%d日(%s) %d:%02d" % (d.year, d.month, d.day, "月火水木金土日"[d.weekday()], d.hour, d.minute)


def en_on(d):
    h = d.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d %s" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute,
                                            "AM" if d.hour < 12 else "PM")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


# ------------------------------------------------------------------ signatures
SIG_DANA = """--
Dana Whitaker
Account Executive, Mid-Market West
Meridian Data Inc.
500 Howard Street, Suite 1200, San Francisco, CA 94105
o: +1 (415) 555-0142 | m: +1 (415) 555-0199
"""
SIG_MARCUS = """Marcus Lee | Solutions Engineer
Meridian Data Inc. | 500 Howard St, Suite 1200, San Francisco, CA 94105
direct +1 415 555 0178 | mobile +1 628 555 0193
"""
SIG_PRIYA = """Priya Chandran
Senior Account Manager, Public Sector
Meridian Data UK Ltd · 22 Bishopsgate, London EC2N 4BQ
T +44 20 7946 0321 · M +44 7700 900 457
Registered in England and Wales, company no. 10482913. VAT reg. GB 284 6617 09.
"""
SIG_TOM = """Tom Ashworth
Account Executive | Meridian Data UK Ltd
22 Bishopsgate, London EC2N 4BQ
+44 20 7946 0388 | +44 7700 900 612
Meridian Data UK Ltd is registered in England and Wales (No. 10482913).
"""
SIG_NAKAMURA = """──────────────────────
メリディアンデータ株式会社　東京オフィス
営業第二部　中村 美咲（Misaki Nakamura）
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル21F
TEL：03-6555-0187　FAX：03-6555-0188
m.nakamura@jp.meridian-data.com
──────────────────────
"""
SIG_YAMAMOTO = """--
メリディアンデータ株式会社 大阪オフィス
営業部 山本 大輔
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー17階
TEL 06-6555-0321 / 携帯 090-5555-7812
"""
SIG_OKADA = """******************************
メリディアンデータ株式会社
大阪オフィス 営業部 岡田 由紀
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー17階
TEL：06-6555-0334
y.okada@osaka.jp.meridian-data.com
******************************
"""

DANA = ("Dana Whitaker", "dana.whitaker@meridian-data.com")
MARCUS = ("Marcus Lee", "marcus.lee@meridian-data.com")
PRIYA = ("Priya Chandran", "priya.chandran@uk.meridian-data.com")
TOM = ("Tom Ashworth", "tom.ashworth@uk.meridian-data.com")
NAKAMURA = ("中村 美咲", "m.nakamura@jp.meridian-data.com")
SATO = ("佐藤 健太", "k.sato@jp.meridian-data.com")
YAMAMOTO = ("山本 大輔", "d.yamamoto@osaka.jp.meridian-data.com")
OKADA = ("岡田 由紀", "y.okada@osaka.jp.meridian-data.com")
GREG = ("Greg Paulsen", "gpaulsen@halvorsenlogistics.com")
RACHEL = ("Rachel Nguyen", "rnguyen@brightwaterdental.com")
HELEN = ("Helen Marsh", "h.marsh@caldmoor.org.uk")
JAMES = ("James Rowe", "j.rowe@fenwickrowe.co.uk")
SAM = ("Sam Okafor", "sam.okafor@kestrel-it.co.uk")
KIMURA = ("木村 健一", "k.kimura@toho-archive.co.jp")
NISHIDA = ("西田 真理", "m.nishida@nakagawa-seiki.co.jp")
INOUE = ("井上 直美", "inoue@kitahama-kaikei.jp")
FUJII = ("藤井 亮", "r.fujii@asagi-logi.co.jp")
KOBAYASHI = ("小林 誠", "kobayashi@yamato-denzai.co.jp")

OFFICE = lambda addr: ("osaka" if addr.endswith("@osaka.jp.meridian-data.com") else
                       "tokyo" if addr.endswith("@jp.meridian-data.com") else
                       "london" if addr.endswith("@uk.meridian-data.com") else
                       "us-hq" if addr.endswith("@meridian-data.com") else "unknown")

M = []   # messages


def msg(n, when, frm, to, subject, msgid, body, *, charset="utf-8", cte="quoted-printable", alt=False,
        crlf=False, archive=False, reply_to_id=None, claims=(), findings=(), mailer=None, cc=None,
        attach=None, inherit=()):
    M.append(dict(n=n, when=when, frm=frm, to=to, subject=subject, msgid=msgid, body=body, charset=charset,
                  cte=cte, alt=alt, crlf=crlf, archive=archive, reply_to_id=reply_to_id, claims=list(claims),
                  findings=list(findings), mailer=mailer, cc=cc, attach=attach, inherit=list(inherit)))
    return M[-1]


def C(p, a, v, verdict, text, quoted=False, office=None):
    return dict(product=p, attribute=a, value=v, verdict=verdict, text=text, quoted=quoted, office=office)


def F(kind, rule, product, text, quoted=False):
    return dict(kind=kind, rule=rule, product=product, text=text, quoted=quoted)


# ------------------------------------------------------------------ 0001 us-hq demo recap
B1 = """Hi Greg,

Thanks again for making time for the demo last Thursday, and please pass my thanks to Luis and the rest of the ops team. It was great to see how the Reno and Sparks sites share files today.

A quick recap of what we covered:

- Meridian Sync supports up to 10,000 users per tenant.
- Sync gives every user 1 TB of storage, so the scanned PODs and rate sheets won't be a problem.
- Sync has desktop clients for Windows and macOS, and mobile apps for iOS and Android.
- Meridian Sync list price is $399 per month for the workspace, billed annually.

You mentioned roughly 2,400 warehouse and driver staff plus about 180 in the office, which fits comfortably.
With the three-year term we talked about, I can take 12% off list for Halvorsen.

Next step on my side: I'll send the order form and the security pack (SOC 2 report under NDA) by Friday, October 23.

Best,
Dana

""" + SIG_DANA
m1 = msg(1, dt.datetime(2026, 10, 20, 10, 41, 7, tzinfo=PDT), DANA, [GREG],
         "Great meeting the ops team - recap + next steps", "CAH7x9qLb0n2dW+K3vQe1tPz8mRfA@mail.gmail.com", B1,
         alt=True, claims=[
             C(S, "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per tenant."),
             C(S, "storage_per_user", TB, "ok", "Sync gives every user 1 TB of storage"),
             *[C(S, "supported_platforms", p, "ok", "Sync has desktop clients for Windows and macOS, and mobile apps for iOS and Android.")
               for p in ("Windows", "macOS", "iOS", "Android")],
             C(S, "monthly_price", usd(399, "month"), "ok", "Meridian Sync list price is $399 per month for the workspace, billed annually."),
         ])

# ------------------------------------------------------------------ 0002 tokyo vault answers
B2 = """東邦アーカイブ株式会社
情報システム部　木村様

いつも大変お世話になっております。
メリディアンデータ東京オフィスの中村でございます。

昨日はお忙しいところお打ち合わせのお時間をいただき、誠にありがとうございました。
ご質問いただいた4点について、以下のとおり回答いたします。

1. メリディアン ボールトのRPO（目標復旧時点）は15分でございます。
2. 同製品の標準のバックアップ保持期間は90日間です。延長をご希望の場合は別途お見積りいたします。
3. メリディアン ボールトのデータセンターは、国内では東京と大阪の2拠点でございます。
4. メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。

御社の想定容量40TBですと、月額112,000円（税抜）の見込みとなります。
正式なお見積書（見積番号：Q-26-10-0387）を添付いたしましたので、ご査収ください。

引き続きどうぞよろしくお願いいたします。

""" + SIG_NAKAMURA
m2 = msg(2, dt.datetime(2026, 10, 21, 15, 2, 44, tzinfo=JST), NAKAMURA, [KIMURA],
         "【メリディアンデータ】お打ち合わせのお礼とご質問への回答",
         "TYCPR01MB8842A1C37E0B5D2F9A4C6E11B9A52@TYCPR01MB8842.jpnprd01.prod.outlook.com", B2,
         charset="iso-2022-jp", cte="7bit", crlf=True, archive=True, mailer="Microsoft Outlook 16.0", claims=[
             C(V, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPO（目標復旧時点）は15分でございます。"),
             C(V, "retention", dur(90, "days"), "ok", "同製品の標準のバックアップ保持期間は90日間です。"),
             C(V, "data_centers", "Tokyo", "ok", "メリディアン ボールトのデータセンターは、国内では東京と大阪の2拠点でございます。"),
             C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトのデータセンターは、国内では東京と大阪の2拠点でございます。"),
             C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "メリディアン ボールトの料金は1TBあたり月額2,800円（税抜）です。"),
         ])

# ------------------------------------------------------------------ 0003 customer reply (Gmail, quotes 0002)
B3 = """中村様

お世話になっております。東邦アーカイブの木村です。
早速のご回答ありがとうございます。

RPOと保持期間については社内の基準を満たしておりますので、稟議を進めたいと思います。
一点確認させてください。東京のデータセンターで障害が発生した場合、大阪側で復旧するという理解でよろしいでしょうか。

また、11月4日（水）の午後に、インフラ担当の森を交えて30分ほどお時間をいただけますと幸いです。

よろしくお願いいたします。

木村 健一
東邦アーカイブ株式会社 情報システム部
TEL 03-5555-2231（内線 418）

%s %s <%s>:
""" % (jdate(m2["when"]), NAKAMURA[0], NAKAMURA[1]) + quote(B2)
msg(3, dt.datetime(2026, 10, 22, 9, 37, 15, tzinfo=JST), KIMURA, [NAKAMURA],
    "Re: 【メリディアンデータ】お打ち合わせのお礼とご質問への回答", "CAKq3Yw8+Jt2vR0pHh6nX4cUe9sLm1oB7fQ@mail.gmail.com",
    B3, cte="base64", alt=True, archive=True, reply_to_id=m2["msgid"], inherit=[m2])

# ------------------------------------------------------------------ 0004 london renewal
B4 = """Dear Helen,

I hope you're well. A short note ahead of your renewal: your Meridian Sync subscription renews on 1 December 2026, and I've attached the renewal schedule (ref. CAL-REN-2026-114) for your finance team.

The price is unchanged at £329 per month plus VAT for Meridian Sync, invoiced annually in advance.

Two things have improved since you signed last year. First, Meridian Sync now supports up to 10,000 users per tenant (the limit was 5,000 users until 31 March 2026). Second, every plan now comes with unlimited version history, so restoring an older draft of a tenancy agreement takes a couple of clicks.

You currently have 640 seats, and I understand the merger with Brackenfield Homes may add another 300 or so next spring. No problem either way.

If it's useful, I'm in Leeds on 12 November and could drop in to walk your housing officers through the new sharing controls.

Kind regards,

Priya

""" + SIG_PRIYA
msg(4, dt.datetime(2026, 10, 23, 11, 15, 2, tzinfo=BST), PRIYA, [HELEN],
    "Your Meridian Sync renewal - 1 December 2026", "5f0c2d1e-8b7a-4c3e-9a61-2b4e7d90c3af@uk.meridian-data.com", B4,
    mailer="Mozilla Thunderbird", claims=[
        C(S, "monthly_price", gbp(329, "month", "excluded"), "ok", "The price is unchanged at £329 per month plus VAT for Meridian Sync"),
        C(S, "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per tenant"),
        C(S, "max_users", 5000, "ok", "the limit was 5,000 users until 31 March 2026"),
    ], findings=[F("phrase", "en.unlimited", None, "every plan now comes with unlimited version history")])

# ------------------------------------------------------------------ 0005 osaka sync quote
B5 = """株式会社ナカガワ精機
総務部 西田様

いつもお世話になっております。
メリディアンデータ大阪オフィスの山本です。

先週はショールームまでお越しいただき、ありがとうございました。
ご依頼のメリディアン・シンクのお見積りをお送りいたします。

■ご利用料金
メリディアン・シンクの月額基本料金は50,000円（税抜）、税込では55,000円でございます。
今回のお見積りは320アカウント分で作成しております。
初年度のみ、導入支援費として別途150,000円（税抜）を頂戴いたします。

■仕様について
メリディアン・シンクは1テナントあたり最大10,000ユーザーまでご利用いただけますので、今後の増員にも十分対応可能です。
同製品では、各ユーザーに1TBのストレージ容量が割り当てられます。

見積書PDFを添付しております。有効期限は2026年11月30日です。
ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_YAMAMOTO
msg(5, dt.datetime(2026, 10, 26, 17, 20, 31, tzinfo=JST), YAMAMOTO, [NISHIDA], "メリディアン・シンク お見積りの件",
    "OS3PR01MB6120F7E2A94B0C1D8E35A7C2D4F19@OS3PR01MB6120.jpnprd01.prod.outlook.com", B5,
    charset="iso-2022-jp", cte="7bit", crlf=True, archive=True, mailer="Microsoft Outlook 16.0", claims=[
        C(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "メリディアン・シンクの月額基本料金は50,000円（税抜）、税込では55,000円でございます。"),
        C(S, "monthly_price", jpy(55000, "month", "included"), "ok", "メリディアン・シンクの月額基本料金は50,000円（税抜）、税込では55,000円でございます。"),
        C(S, "max_users", 10000, "ok", "メリディアン・シンクは1テナントあたり最大10,000ユーザーまでご利用いただけますので、今後の増員にも十分対応可能です。"),
        C(S, "storage_per_user", TB, "ok", "同製品では、各ユーザーに1TBのストレージ容量が割り当てられます。"),
    ])

# ------------------------------------------------------------------ 0006 us-hq interleaved answers
r6 = dt.datetime(2026, 10, 26, 16, 12, tzinfo=PDT)
B6 = """Hi Rachel,

Answers inline below. Short version: I think we're a good fit for the imaging archive, and the analytics piece is worth a look once it's out of beta.

On %s Rachel Nguyen <rnguyen@brightwaterdental.com> wrote:
> Hi Marcus,
>
> Thanks for the walkthrough today. A few follow-ups from our IT committee:
>
> 1. What's the recovery point on Vault if a clinic server dies mid-day?

Meridian Vault's RPO is 15 minutes, so in the worst case you'd lose the last quarter of an hour of changes.

> 2. Where would our backups physically live? We'd like them to stay in the US.

Meridian Vault has data centers in Oregon, Frankfurt, Tokyo and Osaka. For Brightwater we'd pin everything to Oregon.

> 3. Is it encrypted, and are you HIPAA certified?

Yes, Vault encrypts all backups at rest with AES-256. We don't hold a HIPAA certification for Vault, but we do sign a BAA, and I can send our standard one over.

> 4. Dr. Patel asked about the analytics product from the demo. When can we get it and what does it cost?

Meridian Insight is in beta today and becomes generally available in January 2027. List price at GA is $30 per user per month, and there's a 30-day free trial of Meridian Insight if you'd like to kick the tires first.

> We have roughly 35 TB of X-rays and scans across the 14 clinics, growing maybe 8 TB a year.
>
> Thanks,
> Rachel

35 TB is well within range; I'll size the quote at 45 TB to leave room for the first year of growth.

Marcus

""" % en_on(r6) + SIG_MARCUS
msg(6, dt.datetime(2026, 10, 27, 14, 5, 52, tzinfo=PDT), MARCUS, [RACHEL], "Re: Follow-ups from today's walkthrough",
    "CAPz1rT6mWq0sYdE5vK2nLb8gJ3uHcX7aFo@mail.gmail.com", B6, charset="us-ascii", cte="7bit",
    reply_to_id="CAEbV2nM5tQ9xR1wKz7pL3dJ8hYc0sFgUa@mail.gmail.com", claims=[
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, so in the worst case you'd lose the last quarter of an hour of changes."),
        *[C(V, "data_centers", p, "ok", "Meridian Vault has data centers in Oregon, Frankfurt, Tokyo and Osaka.")
          for p in ("Oregon", "Frankfurt", "Tokyo", "Osaka")],
        C(V, "encryption", "AES-256", "ok", "Yes, Vault encrypts all backups at rest with AES-256."),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and becomes generally available in January 2027."),
        C(I, "per_user_price", usd(30, "user-month"), "ok", "List price at GA is $30 per user per month, and there's a 30-day free trial of Meridian Insight"),
        C(I, "free_trial", dur(30, "days"), "ok", "there's a 30-day free trial of Meridian Insight if you'd like to kick the tires first."),
    ])

# ------------------------------------------------------------------ 0007 london vault summary (overstated SLA)
B7 = """Hi James,

Thanks for your time on Monday, and for the tour of the new Leeds office.

As promised, here's a summary of Meridian Vault for the practice:

• Meridian Vault is £16 per TB per month, exclusive of VAT.
• Backups are kept for 90 days by default on Meridian Vault, and you can extend that per matter if your retention policy needs it.
• Meridian Vault comes with a 99.99% availability SLA, with service credits if we fall short.
• For UK customers, Meridian Vault stores backups in our Frankfurt data centre.

On sizing, your estimate of 12 TB across the document management system and email archive would come to £192 a month before any discount.

Paired with Vault's industry-leading restore speeds, I think it's a strong fit for a firm of 85 fee earners.

Happy to set up a call with your IT provider at Kestrel before the partners' meeting on 5 November.

Best wishes,
Tom

""" + SIG_TOM
m7 = msg(7, dt.datetime(2026, 10, 28, 16, 40, 12, tzinfo=GMT), TOM, [JAMES], "Meridian Vault for Fenwick & Rowe – summary",
         "DB9PR02MB7315C4A0E2F81B6D93A7E5F0C2B84@DB9PR02MB7315.eurprd02.prod.outlook.com", B7,
         alt=True, crlf=True, archive=True, mailer="Microsoft Outlook 16.0", claims=[
             C(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month, exclusive of VAT."),
             C(V, "retention", dur(90, "days"), "ok", "Backups are kept for 90 days by default on Meridian Vault"),
             C(V, "sla", 99.99, "conflict", "Meridian Vault comes with a 99.99% availability SLA, with service credits if we fall short."),
             C(V, "data_centers", "Frankfurt", "ok", "For UK customers, Meridian Vault stores backups in our Frankfurt data centre."),
         ], findings=[F("phrase", "en.superlative", None, "Paired with Vault's industry-leading restore speeds")])

# ------------------------------------------------------------------ 0008 customer reply, Outlook block
B8 = """Tom,

Thanks, this is helpful. The partners liked what they saw. Two points before 5 November:

1. Could you send the draft order form with 12 TB as the starting volume?
2. Our insurer will ask for your ISO certificate and the latest pen test summary. Can you send both?

I've copied Sam Okafor at Kestrel, who looks after our IT.

Regards,
James

James Rowe
Practice Director
Fenwick & Rowe LLP
14 Park Square East, Leeds LS1 2NE
Tel: 0113 496 0577
Fenwick & Rowe LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 612457).

-----Original Message-----
From: Tom Ashworth <tom.ashworth@uk.meridian-data.com>
Sent: 28 October 2026 16:40
To: James Rowe <j.rowe@fenwickrowe.co.uk>
Subject: Meridian Vault for Fenwick & Rowe – summary

""" + B7
msg(8, dt.datetime(2026, 10, 29, 9, 12, 40, tzinfo=GMT), JAMES, [TOM], "RE: Meridian Vault for Fenwick & Rowe – summary",
    "LO2P265MB4471B9E03C6A2D5F18B7C4E9A0D31@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM", B8, crlf=True, archive=True,
    cc=[SAM], reply_to_id=m7["msgid"], mailer="Microsoft Outlook 16.0", inherit=[m7])

# ------------------------------------------------------------------ 0009 osaka stale limit
B9 = """税理士法人北浜会計
井上 様

お世話になっております。
メリディアンデータ大阪オフィスの岡田でございます。

先日お電話でご相談いただいた、事務所内のファイル共有についてご案内いたします。

メリディアン・シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
本製品のSLA（月間稼働率）は99.9%で、ISO 27001の認証も取得しております。
同製品はWindows・Macのパソコンに加え、iPhoneやAndroidのスマートフォンからもご利用いただけます。

職員の皆様30名ほどでのご利用でしたら、月額基本料金の範囲内で十分まかなえる規模かと存じます。
来月の繁忙期前に導入されたいとのことでしたので、11月中旬までにご発注いただければ12月1日からご利用いただけます。

パンフレットを郵送いたしましたので、あわせてご覧ください。

""" + SIG_OKADA
m9 = msg(9, dt.datetime(2026, 10, 30, 11, 48, 5, tzinfo=JST), OKADA, [INOUE], "メリディアン・シンクのご案内",
         "8c41f2d0-3e9b-4a7f-b1d6-5e0a9c2f7b13@osaka.jp.meridian-data.com", B9, charset="iso-2022-jp", cte="7bit",
         archive=True, mailer="Mozilla Thunderbird", claims=[
             C(S, "max_users", 5000, "stale", "メリディアン・シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
             C(S, "sla", 99.9, "ok", "本製品のSLA（月間稼働率）は99.9%で、ISO 27001の認証も取得しております。"),
             C(S, "certifications", "ISO 27001", "ok", "本製品のSLA（月間稼働率）は99.9%で、ISO 27001の認証も取得しております。"),
             *[C(S, "supported_platforms", p, "ok", "同製品はWindows・Macのパソコンに加え、iPhoneやAndroidのスマートフォンからもご利用いただけます。")
               for p in ("Windows", "macOS", "iOS", "Android")],
         ])

# ------------------------------------------------------------------ 0010 tokyo forwards a us-hq product update
fw = dt.datetime(2026, 10, 29, 18, 0, tzinfo=PDT)
FW10 = """Team,

Here's the October update on Meridian Insight for your customer conversations.

- Meridian Insight general availability is planned for January 2027; the beta stays open to design partners until then.
- Meridian Insight queries return in under 2 seconds at p95 on a 100M-row workspace.
- Each Meridian Insight workspace can hold up to 200 dashboards.
- Pricing is unchanged: Meridian Insight is $30 per user per month in the US; the London and Japan price books carry the local amounts.

Questions to #insight-beta as usual.

- Product Marketing, Meridian Data Inc.
"""
B10 = """アサギ物流株式会社
経営企画部 藤井様

お世話になっております。メリディアンデータの佐藤です。
先日お話ししたメリディアン インサイトについて、米国本社の製品チームから届いた案内を転送いたします（英語のままで恐縮です）。

要点を日本語でまとめますと、以下のとおりです。
・メリディアン インサイトは現在ベータ版で、一般提供開始は2027年1月を予定しております。
・メリディアン インサイトの国内でのご利用料金は、1ユーザーあたり月額4,000円（税抜）となる予定です。
・正式版の前に、ベータ環境でのPoCも可能です。

ご興味がございましたら、デモ環境をご用意いたします。

佐藤 健太
メリディアンデータ株式会社 東京オフィス 営業第一部
TEL 03-6555-0150 / 携帯 080-5555-3341

---------- Forwarded message ---------
From: Meridian Product Marketing <product-news@meridian-data.com>
Date: %s
Subject: Meridian Insight beta update - October 2026
To: <apac-sales@jp.meridian-data.com>

""" % en_on(fw) + FW10
msg(10, dt.datetime(2026, 11, 2, 10, 15, 9, tzinfo=JST), SATO, [FUJII], "Fwd: Meridian Insight beta update - October 2026",
    "CAM4pZx7Wd2+q8TnR6yBv0kEj5LsHc9iUfA@mail.gmail.com", B10, cte="base64", alt=True, archive=True, claims=[
        C(I, "general_availability", "2027-01", "ok", "メリディアン インサイトは現在ベータ版で、一般提供開始は2027年1月を予定しております。"),
        C(I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "メリディアン インサイトの国内でのご利用料金は、1ユーザーあたり月額4,000円（税抜）となる予定です。"),
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight general availability is planned for January 2027", True, "us-hq"),
        C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight queries return in under 2 seconds at p95 on a 100M-row workspace.", True, "us-hq"),
        C(I, "max_dashboards", 200, "ok", "Each Meridian Insight workspace can hold up to 200 dashboards.", True, "us-hq"),
        C(I, "per_user_price", usd(30, "user-month"), "ok", "Meridian Insight is $30 per user per month in the US", True, "us-hq"),
    ])

# ------------------------------------------------------------------ 0011 us-hq order summary (wrong vault price)
B11 = """Hi Greg,

As promised, attached is the order form (Q-HAL-2026-0412) for the three-year agreement. Summary below so you don't have to open the PDF on your phone:

  Meridian Sync workspace ......... $399.00 per month, 36-month term
  Meridian Vault backup ........... $22 per TB per month, billed on actual usage
  Discount ........................ 12% off list for the full term
  Onboarding ...................... included

Ops asked whether we can back up the dispatch database too. We can: Meridian Vault has an RPO of 15 minutes, which matches what Luis described as acceptable.

Signature by Nov 13 gets you onto the December 1 onboarding cohort.

Thanks,
Dana

""" + SIG_DANA
m11 = msg(11, dt.datetime(2026, 11, 3, 8, 52, 26, tzinfo=PST), DANA, [GREG], "Halvorsen order form - 3-year agreement",
          "CAH7x9qLc4Tn8eW+P0rYb2mKs6vJdQ3gZiE@mail.gmail.com", B11, charset="us-ascii", cte="7bit", claims=[
              C(S, "monthly_price", usd(399, "month"), "ok", "Meridian Sync workspace ......... $399.00 per month, 36-month term"),
              C(V, "price_per_tb", usd(22, "TB-month"), "conflict", "Meridian Vault backup ........... $22 per TB per month, billed on actual usage"),
              C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault has an RPO of 15 minutes"),
          ])

# ------------------------------------------------------------------ 0012 london to reseller partner (Insight)
B12 = """Hi Sam,

Good to catch up yesterday. Here's what you asked for on Meridian Insight for the partner price list:

- Meridian Insight will be generally available in January 2027; until then it's in beta.
- Meridian Insight's UK list price is £25 per user per month, excluding VAT; partner margin is per your reseller agreement (schedule 2).
- Meridian Insight will launch with a 99.9% uptime SLA.
- There's a 30-day free trial of Meridian Insight once it's GA, and your team can have NFR seats now.

I'd steer clear of quoting anything on connector counts until product publishes the final list. It's still moving.

Cheers,
Priya

""" + SIG_PRIYA
msg(12, dt.datetime(2026, 11, 4, 13, 30, 18, tzinfo=GMT), PRIYA, [SAM], "Meridian Insight - details for your partner price list",
    "a9e3b7c1-2f64-4d08-8e5a-0c7d1b92f4e6@uk.meridian-data.com", B12, mailer="Mozilla Thunderbird", claims=[
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027; until then it's in beta."),
        C(I, "per_user_price", gbp(25, "user-month", "excluded"), "ok", "Meridian Insight's UK list price is £25 per user per month, excluding VAT"),
        C(I, "sla", 99.9, "unverified", "Meridian Insight will launch with a 99.9% uptime SLA."),
        C(I, "free_trial", dur(30, "days"), "ok", "There's a 30-day free trial of Meridian Insight once it's GA"),
    ])

# ------------------------------------------------------------------ 0013 customer: reported Linux client
B13 = """Dana,

Quick one before I sign. Our IT lead, Marco, says Meridian Sync has a Linux desktop client. Can you confirm? About 40 of our dispatchers are on Ubuntu laptops.

Also, legal is reviewing the order form now, should be back to you Monday.

Greg

Sent from my iPhone
"""
m13 = msg(13, dt.datetime(2026, 11, 6, 9, 14, 3, tzinfo=PST), GREG, [DANA], "Linux?",
          "8E2F61A4-7C0B-4D93-A5E8-1F3B9C6D2E70@halvorsenlogistics.com", B13, charset="us-ascii", cte="7bit",
          reply_to_id=m11["msgid"], mailer="iPhone Mail (22B91)", claims=[
              C(S, "supported_platforms", "Linux", "conflict", "Our IT lead, Marco, says Meridian Sync has a Linux desktop client."),
          ])

# ------------------------------------------------------------------ 0014 us-hq answer, quotes 0013
B14 = """Hi Greg,

Marco's right to ask, but no: Meridian Sync runs on Windows, macOS, iOS and Android, and there isn't a Linux client today. Your Ubuntu users can still get to their files through the web app in any modern browser.

If the web app works for the dispatch team, nothing in the order form needs to change.

Have a good weekend,
Dana

On %s Greg Paulsen <gpaulsen@halvorsenlogistics.com> wrote:
""" % en_on(m13["when"]) + quote(B13)
msg(14, dt.datetime(2026, 11, 6, 11, 3, 47, tzinfo=PST), DANA, [GREG], "Re: Linux?",
    "CAH7x9qLd8Rk2nY+V5sWc1oPz4tMfE7hBjQ@mail.gmail.com", B14, charset="us-ascii", cte="7bit",
    reply_to_id=m13["msgid"], inherit=[m13], claims=[
        *[C(S, "supported_platforms", p, "ok", "Meridian Sync runs on Windows, macOS, iOS and Android, and there isn't a Linux client today.")
          for p in ("Windows", "macOS", "iOS", "Android")],
    ])

# ------------------------------------------------------------------ 0015 tokyo answer, quoted customer uses the old name
q15 = dt.datetime(2026, 11, 6, 17, 45, tzinfo=JST)
B15 = """大和電材株式会社
総務課 小林様

お世話になっております。メリディアンデータの中村です。
お問い合わせいただいた2点について、回答いたします。

(1) メリディアン シンクは、現時点ではオフラインモードには対応しておりません。
電波の届きにくい工場内では、事務所のWi-Fiエリアで同期していただく運用をおすすめしております。

(2) 将来ご利用人数が250名を超えた場合も問題ございません。
メリディアン シンクは1テナントあたり最大1万ユーザーまで対応しております。

メリディアン シンクは国内No.1のファイル共有サービスとして、多くの製造業のお客様にご利用いただいております。
ご検討のほど、よろしくお願いいたします。

中村 美咲
メリディアンデータ株式会社 東京オフィス 営業第二部
TEL：03-6555-0187

%d年%d月%d日 %d:%02d、小林 誠 さんは書きました:
""" % (q15.year, q15.month, q15.day, q15.hour, q15.minute) + quote("""メリディアンデータ 中村様

いつもお世話になっております。大和電材の小林です。
現在検討中のメリディアン ファイルシンクについて、2点質問がございます。
(1) 工場の一部は電波が届きにくいのですが、オフラインでも使えますか。
(2) 将来的に利用者が250名を超えても問題ないでしょうか。

大和電材株式会社 総務課 小林 誠
TEL 048-555-6120
""")
msg(15, dt.datetime(2026, 11, 9, 14, 30, 55, tzinfo=JST), NAKAMURA, [KOBAYASHI], "Re: メリディアン ファイルシンクについての質問",
    "d27a90c4-61e3-4b5f-9c08-7e4f2a1b6d35@jp.meridian-data.com", B15, charset="iso-2022-jp", cte="7bit",
    archive=True, mailer="Mozilla Thunderbird", reply_to_id="000a01dd4f3e$7c2b1a90$74814fb0$@yamato-denzai.co.jp", claims=[
        C(S, "offline_mode", False, "ok", "メリディアン シンクは、現時点ではオフラインモードには対応しておりません。"),
        C(S, "max_users", 10000, "ok", "メリディアン シンクは1テナントあたり最大1万ユーザーまで対応しております。"),
    ], findings=[
        F("phrase", "ja.superlative-no1", None, "メリディアン シンクは国内No.1のファイル共有サービスとして"),
        F("terminology", None, S, "現在検討中のメリディアン ファイルシンクについて、2点質問がございます。", True),
    ])

# ------------------------------------------------------------------ 0016 osaka vault (Shift_JIS)
B16 = """株式会社ナカガワ精機
総務部 西田様

お世話になっております。大阪オフィスの山本です。
先日ご相談いただいた、図面データのバックアップについてご案内いたします。

メリディアン ボールトの料金は、1TBあたり月額3,080円（税込）でございます。
同製品は1テナントあたり最大500TBまで保存できます。
現在の図面サーバーは約18TBとのことですので、移行後も十分な余裕がございます。
他社サービスと比較しても業界最安水準の料金となっておりますので、ぜひご検討ください。

メリディアン ボールトのバックアップ保存先には、大阪のデータセンターをご指定いただけます。

12月3日（木）14時に御社へお伺いし、詳細をご説明できればと存じます。

""" + SIG_YAMAMOTO
msg(16, dt.datetime(2026, 11, 10, 16, 5, 38, tzinfo=JST), YAMAMOTO, [NISHIDA], "図面データのバックアップについて",
    "20261110160538.7A3F.D4E1C9B2@osaka.jp.meridian-data.com", B16, charset="shift_jis", cte="base64",
    archive=True, mailer="Becky! ver. 2.81.05", claims=[
        C(V, "price_per_tb", jpy(3080, "TB-month", "included"), "ok", "メリディアン ボールトの料金は、1TBあたり月額3,080円（税込）でございます。"),
        C(V, "max_storage", 500 * TB, "ok", "同製品は1テナントあたり最大500TBまで保存できます。"),
        C(V, "data_centers", "Osaka", "ok", "メリディアン ボールトのバックアップ保存先には、大阪のデータセンターをご指定いただけます。"),
    ], findings=[F("phrase", "ja.cheapest", None, "他社サービスと比較しても業界最安水準の料金となっておりますので")])

# ------------------------------------------------------------------ 0017 us-hq vault quote
B17 = """Hi Rachel,

Attached is the quote for Meridian Vault (Q-BWD-2026-0077), sized at 45 TB as we discussed.

A few points the IT committee asked me to put in writing:

* Meridian Vault is $20 per TB per month, and you only pay for what you actually store.
* Meridian Vault's availability SLA is 99.95%, measured monthly, with service credits.
* A single tenant on Meridian Vault can grow to 500 TB, so the 14 clinics have plenty of headroom.
* Restores from Oregon can be tested any time; we'll run the first restore drill with you during onboarding.

At 45 TB the estimate comes to $900 a month.

For the cutover from your current NAS backups, we'll run both systems side by side for two weeks, so the switch happens with zero downtime for the clinics.

The quote is valid through December 11, 2026.

Best,
Marcus

""" + SIG_MARCUS
msg(17, dt.datetime(2026, 11, 11, 10, 20, 14, tzinfo=PST), MARCUS, [RACHEL], "Brightwater - Meridian Vault quote",
    "CAPz1rT6nXs4tZeF9wL3oMc2hK7vIdY1bGp@mail.gmail.com", B17, charset="us-ascii", cte="7bit", archive=True, claims=[
        C(V, "price_per_tb", usd(20, "TB-month"), "ok", "Meridian Vault is $20 per TB per month, and you only pay for what you actually store."),
        C(V, "sla", 99.95, "ok", "Meridian Vault's availability SLA is 99.95%, measured monthly, with service credits."),
        C(V, "max_storage", 500 * TB, "ok", "A single tenant on Meridian Vault can grow to 500 TB"),
    ], findings=[F("phrase", "en.guarantee", None, "so the switch happens with zero downtime for the clinics.")])

# ------------------------------------------------------------------ 0018 customer reply, Japanese Outlook block (quotes 0009)
B18 = """岡田様

お世話になっております。北浜会計の井上です。
ご案内ありがとうございました。パンフレットも拝受いたしました。

当事務所は職員28名ですので、規模としては問題なさそうです。
所長とも相談し、11月20日までに発注書をお送りする予定です。
請求書の送付先は、経理担当の松田（matsuda@kitahama-kaikei.jp）宛てにお願いいたします。

税理士法人北浜会計
井上 直美
〒541-0041 大阪市中央区北浜3-5-22 北浜プラザ6F
TEL 06-6555-8870

-----元のメッセージ-----
差出人: 岡田 由紀 <y.okada@osaka.jp.meridian-data.com>
送信日時: 2026年10月30日 11:48
宛先: 井上 直美 <inoue@kitahama-kaikei.jp>
件名: メリディアン・シンクのご案内

""" + B9
m18 = msg(18, dt.datetime(2026, 11, 12, 10, 2, 19, tzinfo=JST), INOUE, [OKADA], "RE: メリディアン・シンクのご案内",
          "000001dd52a8$3f6e9b20$be2bd160$@kitahama-kaikei.jp", B18, charset="iso-2022-jp", cte="7bit", crlf=True,
          archive=True, reply_to_id=m9["msgid"], mailer="Microsoft Outlook 16.0", inherit=[m9])

# ------------------------------------------------------------------ 0019 osaka correction
B19 = """井上様

お世話になっております。メリディアンデータ大阪オフィスの岡田です。
ご連絡ありがとうございます。11月20日までのご発注、承知いたしました。

一点、訂正させてください。
10月30日のメールで、メリディアン・シンクの利用可能ユーザー数を「最大5,000ユーザー」と記載いたしましたが、誤りでございました。
正しくは、メリディアン・シンクは1テナントあたり最大10,000ユーザーまでご利用いただけます。
ご案内に誤りがあり、大変失礼いたしました。

請求書の送付先につきましても、松田様宛てに設定いたします。

""" + SIG_OKADA
msg(19, dt.datetime(2026, 11, 13, 9, 30, 2, tzinfo=JST), OKADA, [INOUE], "Re: RE: メリディアン・シンクのご案内",
    "3b9e5f17-0a42-4c6d-8f21-d6c0e7a94b58@osaka.jp.meridian-data.com", B19, charset="iso-2022-jp", cte="7bit",
    archive=True, reply_to_id=m18["msgid"], mailer="Mozilla Thunderbird", claims=[
        C(S, "max_users", 10000, "ok", "正しくは、メリディアン・シンクは1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
    ])

# ------------------------------------------------------------------ 0020 london Insight beta invite
B20 = """Dear Helen,

Following our chat in Leeds, I'd like to invite Caldmoor to the Meridian Insight beta programme.

A few details your board may want:

- Meridian Insight becomes generally available in January 2027. Beta participants keep their workspace when it goes live.
- Meridian Insight dashboards load in under 2 seconds, even on your full repairs history.
- Each Meridian Insight workspace can hold up to 200 dashboards.
- The Meridian Insight interface is available in 12 languages, including Welsh and Polish, which your tenant liaison team asked about.

There's no charge during the beta. From general availability, Meridian Insight will be £25 per user per month.
For the 35 managers you mentioned, that would come to around £875 a month.

I'll send the beta agreement (two pages) for signature this week.

Kind regards,
Priya

""" + SIG_PRIYA
msg(20, dt.datetime(2026, 11, 16, 15, 45, 33, tzinfo=GMT), PRIYA, [HELEN], "Meridian Insight beta - invitation for Caldmoor",
    "e4c18a2b-95d7-4f30-b6e2-7a0d3c5f81b9@uk.meridian-data.com", B20, mailer="Mozilla Thunderbird", claims=[
        C(I, "general_availability", "2027-01", "ok", "Meridian Insight becomes generally available in January 2027."),
        C(I, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight dashboards load in under 2 seconds, even on your full repairs history."),
        C(I, "max_dashboards", 200, "ok", "Each Meridian Insight workspace can hold up to 200 dashboards."),
        C(I, "ui_languages", 12, "unverified", "The Meridian Insight interface is available in 12 languages"),
        C(I, "per_user_price", gbp(25, "user-month"), "ok", "From general availability, Meridian Insight will be £25 per user per month."),
    ])

# ------------------------------------------------------------------ 0021 london forwards a us-hq note as an attachment
INNER21_BODY = """Tom,

Here's what I'd tell them:

Meridian Vault has an RPO of 15 minutes: scheduled snapshots plus continuous journaling of changes.
For a full restore, Meridian Vault's RTO is 4 hours in our own testing.
All backup data is encrypted at rest with AES-256 on Meridian Vault.

Happy to join the call if useful.

Marcus
"""
B21 = """Hi James,

Ahead of Thursday's call with Sam, I've attached a note from Marcus Lee on our US solutions team, who ran the restore testing for a similar firm in Boston. It answers the recovery questions your insurer raised.

The ISO 27001 certificate and the pen test summary follow separately under NDA.

Best wishes,
Tom

""" + SIG_TOM
INNER21 = dict(frm=MARCUS, to=[TOM], when=dt.datetime(2026, 11, 16, 17, 2, 11, tzinfo=PST),
               subject="RE: Vault recovery numbers for a UK law firm",
               msgid="CAPz1rT6pYt5uAfG0xM4pNd3iL8wJeZ2cHr@mail.gmail.com", body=INNER21_BODY)
msg(21, dt.datetime(2026, 11, 17, 12, 10, 8, tzinfo=GMT), TOM, [JAMES], "Recovery figures from our US team",
    "DB9PR02MB7315E81F4C2A0B7D56E9C3A1F4D72@DB9PR02MB7315.eurprd02.prod.outlook.com", B21, crlf=True,
    mailer="Microsoft Outlook 16.0", cc=[SAM], attach=INNER21, claims=[
        C(V, "rpo", dur(15, "minutes"), "ok", "Meridian Vault has an RPO of 15 minutes", True, "us-hq"),
        C(V, "rto", dur(4, "hours"), "unverified", "For a full restore, Meridian Vault's RTO is 4 hours in our own testing.", True, "us-hq"),
        C(V, "encryption", "AES-256", "ok", "All backup data is encrypted at rest with AES-256 on Meridian Vault.", True, "us-hq"),
    ])

# ------------------------------------------------------------------ 0022 osaka meeting confirmation (no claims)
B22 = """西田様

お世話になっております。大阪オフィスの山本です。
12月3日（木）14時のお打ち合わせ、承知いたしました。当日は技術担当の村井と2名でお伺いいたします。

会議室のプロジェクターをお借りできますと助かります（HDMI接続）。
お見積り（見積番号 OS-2026-1187）の内容に変更がございましたら、前日までにお知らせください。

山本
"""
msg(22, dt.datetime(2026, 11, 18, 8, 55, 41, tzinfo=JST), YAMAMOTO, [NISHIDA], "Re: 12月3日のお打ち合わせについて",
    "OS3PR01MB61207C1E9B3A5D4F20E8A6B7C9D12@OS3PR01MB6120.jpnprd01.prod.outlook.com", B22,
    charset="iso-2022-jp", cte="7bit", crlf=True, archive=True, mailer="Microsoft Outlook 16.0",
    reply_to_id="TYWPR01MB10432A5F6E8C2B4D91A0F3E7C5B28@TYWPR01MB10432.jpnprd01.prod.outlook.com")

# ------------------------------------------------------------------ 0023 us-hq quotes a JPY price (office-variant)
B23 = """Hi Greg,

Congrats on getting the order signed! We're kicking off onboarding on December 1 as planned.

On your question about Halvorsen's Yokohama subsidiary: our Tokyo office would contract with them locally. For planning purposes, Meridian Insight is ¥4,000 per user per month there, excluding Japanese consumption tax. My colleague Kenta Sato (k.sato@jp.meridian-data.com, +81 3-6555-0150) will reach out to set up a demo in Japanese.

Thanks again for choosing Meridian.

Dana

""" + SIG_DANA
msg(23, dt.datetime(2026, 11, 19, 13, 40, 6, tzinfo=PST), DANA, [GREG], "Re: Yokohama office",
    "CAH7x9qLf2Vm6pZ+T8uXd3qRa5wNgG1iCkS@mail.gmail.com", B23, alt=True,
    reply_to_id="8F1C3D92-4B6E-47A0-9D25-C3E0B7F16A48@halvorsenlogistics.com", claims=[
        C(I, "per_user_price", jpy(4000, "user-month", "excluded"), "office-variant",
          "Meridian Insight is ¥4,000 per user per month there, excluding Japanese consumption tax."),
    ])


# ------------------------------------------------------------------ MIME building
def addr(name_addr, charset):
    name, a = name_addr
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, a) if any(c in name for c in ",.&") else "%s <%s>" % (name, a)
    hc = "iso-2022-jp" if charset in ("iso-2022-jp", "shift_jis") else "utf-8"
    return "%s <%s>" % (Header(name, hc).encode(), a)


def subj(s, charset):
    if all(ord(c) < 128 for c in s):
        return s
    hc = "iso-2022-jp" if charset in ("iso-2022-jp", "shift_jis") else "utf-8"
    return Header(s, hc, maxlinelen=76, header_name="Subject").encode()


def encode_body(text, charset, cte):
    raw = text.encode({"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}.get(charset, charset))
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii") + ("" if raw.endswith(b"\n") else "\n")
    return raw.decode("latin-1")            # 7bit: already ASCII-safe (ISO-2022-JP escapes or us-ascii)


def cs_label(charset):
    return {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "us-ascii": "us-ascii"}.get(charset, "UTF-8")


def part(ctype, text, charset, cte, flowed=False):
    h = 'Content-Type: %s; charset="%s"\nContent-Transfer-Encoding: %s\n\n' % (ctype, cs_label(charset), cte)
    return h + encode_body(text, charset, cte)


def to_html(text):
    out, inq = [], False
    for line in text.rstrip("\n").split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
        if inq and not q:
            out.append("</blockquote>")
        inq = q
        content = line[1:].lstrip(" ") if q else line
        out.append("<div>%s</div>" % (html.escape(content) if content else "<br>"))
    if inq:
        out.append("</blockquote>")
    return '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n' + \
        "\n".join(out) + "\n</body>\n</html>\n"


def boundary(n, k):
    return "----=_Part_%d_%d.%d" % (n * 7919 % 100000, k, 1793000000 + n * 311)


def headers(m, charset):
    h = ["From: " + addr(m["frm"], charset),
         "To: " + ", ".join(addr(x, charset) for x in m["to"])]
    if m.get("cc"):
        h.append("Cc: " + ", ".join(addr(x, charset) for x in m["cc"]))
    h += ["Subject: " + subj(m["subject"], charset),
          "Date: " + format_datetime(m["when"]),
          "Message-ID: <%s>" % m["msgid"]]
    if m.get("reply_to_id"):
        h += ["In-Reply-To: <%s>" % m["reply_to_id"], "References: <%s>" % m["reply_to_id"]]
    if m.get("mailer"):
        h.append(("User-Agent: " if "Thunderbird" in m["mailer"] else "X-Mailer: ") + m["mailer"])
    h.append("MIME-Version: 1.0")
    return h


def build(m):
    charset, cte = m["charset"], m["cte"]
    h = headers(m, charset)
    if m.get("attach"):
        a = m["attach"]
        inner = "\n".join(headers(dict(a, cc=None, reply_to_id=None, mailer=None), "us-ascii")) + "\n" + \
            part("text/plain", a["body"], "us-ascii", "7bit")
        b = boundary(m["n"], 1)
        body = ('Content-Type: multipart/mixed; boundary="%s"\n\nThis is a multi-part message in MIME format.\n\n--%s\n' % (b, b) +
                part("text/plain", m["body"], charset, cte) +
                "\n--%s\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"%s.eml\"\n\n" % (b, a["subject"].replace(":", "")) +
                inner + "\n--%s--\n" % b)
    elif m["alt"]:
        b = boundary(m["n"], 0)
        body = ('Content-Type: multipart/alternative; boundary="%s"\n\n--%s\n' % (b, b) +
                part("text/plain", m["body"], charset, cte) + "\n--%s\n" % b +
                part("text/html", to_html(m["body"]), charset, cte) + "\n--%s--\n" % b)
    else:
        body = part("text/plain", m["body"], charset, cte)
    text = "\n".join(h) + "\n" + body
    if m["crlf"]:
        text = text.replace("\n", "\r\n")
    return text.encode("ascii")


def decoded_texts(raw):
    """Every text/plain body in the message, decoded, attached messages included."""
    out = []
    for p in email.message_from_bytes(raw, policy=email.policy.default).walk():
        if p.get_content_type() == "text/plain":
            out.append(p.get_content().replace("\r\n", "\n"))
    return out


# ------------------------------------------------------------------ documents
DOC_US = """# Proposal: File sharing and backup for Halvorsen Logistics

Prepared for: Greg Paulsen, VP Operations, Halvorsen Logistics Inc.
Prepared by: Dana Whitaker and Marcus Lee, Meridian Data Inc.
Date: November 20, 2026 · Proposal no. MD-US-2026-311

## 1. Summary

Halvorsen runs 11 cross-dock facilities across Nevada, Utah and Idaho, with staff at every site who need the same rate sheets, PODs and SOPs. This proposal covers Meridian Sync for day-to-day file sharing and Meridian Vault for backup of the dispatch database and file servers.

Meridian Vault is the #1 rated backup service among mid-market logistics firms.¹

## 2. Meridian Sync

- Up to 10,000 users in a single tenant
- 1 TB of storage per user
- 99.9% uptime SLA with service credits
- Certified to ISO 27001 and SOC 2 Type II
- Desktop apps for Windows and macOS; mobile apps for iOS and Android

## 3. Meridian Vault

- Recovery point objective (RPO) of 15 minutes
- Backups retained for 60 days by default, extendable per policy
- 99.95% availability SLA
- All backups encrypted at rest with AES-256
- Hosted in our Oregon data center, with Frankfurt available for EU copies

## 4. Pricing

| Item | Unit price | Billing |
|---|---|---|
| Meridian Sync workspace | $399 per month | Annually in advance |
| Meridian Vault storage | $20 per TB per month | Monthly in arrears, actual usage |

Quantities: one workspace, and an estimated 60 TB of protected data in year one. A 12% multi-year discount applies to both lines for a 36-month term.

## 5. Next steps

1. Order form signature (target: November 13, 2026) - done
2. Onboarding kickoff: December 1, 2026
3. First restore drill: week of January 11, 2027

---

¹ Source: Northgate Research, Mid-Market Backup Buyer Survey, Q3 2026 (n=412).
"""
DOC_US_CLAIMS = [
    C(S, "max_users", 10000, "ok", "Up to 10,000 users in a single tenant"),
    C(S, "storage_per_user", TB, "ok", "1 TB of storage per user"),
    C(S, "sla", 99.9, "ok", "99.9% uptime SLA with service credits"),
    C(S, "certifications", "ISO 27001", "ok", "Certified to ISO 27001 and SOC 2 Type II"),
    C(S, "certifications", "SOC 2 Type II", "ok", "Certified to ISO 27001 and SOC 2 Type II"),
    *[C(S, "supported_platforms", p, "ok", "Desktop apps for Windows and macOS; mobile apps for iOS and Android")
      for p in ("Windows", "macOS", "iOS", "Android")],
    C(V, "rpo", dur(15, "minutes"), "ok", "Recovery point objective (RPO) of 15 minutes"),
    C(V, "retention", dur(60, "days"), "conflict", "Backups retained for 60 days by default, extendable per policy"),
    C(V, "sla", 99.95, "ok", "99.95% availability SLA"),
    C(V, "encryption", "AES-256", "ok", "All backups encrypted at rest with AES-256"),
    C(V, "data_centers", "Oregon", "ok", "Hosted in our Oregon data center, with Frankfurt available for EU copies"),
    C(V, "data_centers", "Frankfurt", "ok", "Hosted in our Oregon data center, with Frankfurt available for EU copies"),
    C(S, "monthly_price", usd(399, "month"), "ok", "| Meridian Sync workspace | $399 per month | Annually in advance |"),
    C(V, "price_per_tb", usd(20, "TB-month"), "ok", "| Meridian Vault storage | $20 per TB per month | Monthly in arrears, actual usage |"),
]

DOC_UK = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meridian Vault – Proposal for Fenwick &amp; Rowe LLP</title>
<style>
body { font-family: "Segoe UI", Arial, sans-serif; max-width: 760px; margin: 2em auto; color: #222; }
table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: 4px 10px; }
caption { font-weight: 600; text-align: left; padding-bottom: 4px; }
.meta { color: #666; }
</style>
</head>
<body>
<h1>Meridian Vault – Proposal for Fenwick &amp; Rowe LLP</h1>
<p class="meta">Prepared by Tom Ashworth, Meridian Data UK Ltd · 18 November 2026 · Ref. MDUK-P-2026-0219</p>

<h2>Why Meridian Vault</h2>
<p>Fenwick &amp; Rowe holds client files, precedents and email going back to 1998 across its Leeds and York offices. Losing any of it, even briefly, is a regulatory matter as well as a practical one.</p>
<ul>
  <li>Recovery point objective of 15 minutes, so at most a quarter of an hour of work is ever exposed.</li>
  <li>Backups are retained for 90 days as standard; matters under litigation hold can be kept longer.</li>
  <li>Availability SLA of 99.95%, with service credits as set out in Schedule B.</li>
  <li>Encrypted at rest with AES-256.</li>
  <li>Hosted in our London and Frankfurt data centres, so your data stays in Europe.</li>
  <li>Cyber Essentials Plus certified.</li>
</ul>

<h2>Pricing</h2>
<table>
  <caption>Meridian Vault pricing (all prices exclude VAT)</caption>
  <tr><th>Item</th><th>Price</th><th>Notes</th></tr>
  <tr><td>Backup storage</td><td>£16 per TB per month</td><td>Billed monthly on actual usage</td></tr>
</table>
<p>Onboarding, including a first restore test with your IT provider, is included at no charge.</p>

<h2>Next steps</h2>
<p>Sign the order form by 30 November 2026 to start onboarding on 7 December. Sam Okafor at Kestrel IT Partners will be copied on the technical plan.</p>

<p class="meta">Meridian Data UK Ltd, registered in England and Wales no. 10482913 · 22 Bishopsgate, London EC2N 4BQ · +44 20 7946 0388</p>
</body>
</html>
"""
DOC_UK_CLAIMS = [
    C(V, "rpo", dur(15, "minutes"), "ok", "Recovery point objective of 15 minutes, so at most a quarter of an hour of work is ever exposed."),
    C(V, "retention", dur(90, "days"), "ok", "Backups are retained for 90 days as standard"),
    C(V, "sla", 99.95, "ok", "Availability SLA of 99.95%, with service credits as set out in Schedule B."),
    C(V, "encryption", "AES-256", "ok", "Encrypted at rest with AES-256."),
    C(V, "data_centers", "London", "conflict", "Hosted in our London and Frankfurt data centres, so your data stays in Europe."),
    C(V, "data_centers", "Frankfurt", "ok", "Hosted in our London and Frankfurt data centres, so your data stays in Europe."),
    C(V, "certifications", "Cyber Essentials Plus", "unverified", "Cyber Essentials Plus certified."),
    C(V, "price_per_tb", gbp(16, "TB-month", "excluded"), "ok", "£16 per TB per month"),
]

DOC_TOKYO = """# メリディアン ボールト ご提案書

東邦アーカイブ株式会社 御中

2026年11月16日
メリディアンデータ株式会社 東京オフィス 営業第二部 中村 美咲

## 1. ご提案の背景

貴社では、紙文書を電子化したスキャン画像と目録データベースを、社内のファイルサーバーで管理されています。
サーバー更改を機に、災害時にも業務を継続できるバックアップ環境の整備をご提案いたします。

メリディアン ボールトは、国内の文書管理業界での導入実績No.1※のバックアップサービスです。

※2026年8月 東京リサーチ調べ（国内文書管理事業者向けクラウドバックアップサービス）

## 2. メリディアン ボールトの主な仕様

| 項目 | 内容 |
|---|---|
| RPO（目標復旧時点） | 15分 |
| RTO（目標復旧時間） | 4時間 |
| 標準保持期間 | 90日間 |
| SLA（月間稼働率） | 99.95% |
| データセンター | 東京・大阪 |
| 暗号化方式 | AES-256 |
| 1テナントあたりの上限容量 | 500TB |

## 3. お見積り

金額はすべて税抜です。

| 品目 | 単価 | 課金方法 |
|---|---|---|
| メリディアン ボールト 容量課金 | 1TBあたり月額2,800円 | 月末締め・実使用量 |

初期設定およびデータ移行の支援費用は、今回のご提案に含めております。

## 4. 今後のスケジュール（案）

- 2026年12月上旬　ご発注
- 2027年1月　移行作業・リストア試験
- 2027年2月　本番運用

以上
"""
DOC_TOKYO_CLAIMS = [
    C(V, "rpo", dur(15, "minutes"), "ok", "| RPO（目標復旧時点） | 15分 |"),
    C(V, "rto", dur(4, "hours"), "unverified", "| RTO（目標復旧時間） | 4時間 |"),
    C(V, "retention", dur(90, "days"), "ok", "| 標準保持期間 | 90日間 |"),
    C(V, "sla", 99.95, "ok", "| SLA（月間稼働率） | 99.95% |"),
    C(V, "data_centers", "Tokyo", "ok", "| データセンター | 東京・大阪 |"),
    C(V, "data_centers", "Osaka", "ok", "| データセンター | 東京・大阪 |"),
    C(V, "encryption", "AES-256", "ok", "| 暗号化方式 | AES-256 |"),
    C(V, "max_storage", 500 * TB, "ok", "| 1テナントあたりの上限容量 | 500TB |"),
    C(V, "price_per_tb", jpy(2800, "TB-month", "excluded"), "ok", "| メリディアン ボールト 容量課金 | 1TBあたり月額2,800円 | 月末締め・実使用量 |"),
]

DOC_OSAKA = """株式会社ナカガワ精機 御中

　　メリディアン・シンク／メリディアン・インサイト　ご提案書

　　　　　　　　　　　　　　　　　　　　2026年11月20日
　　　　　　　　　　　メリディアンデータ株式会社 大阪オフィス
　　　　　　　　　　　　　　　　　　　　営業部 山本 大輔

1. ファイル共有：メリディアン・シンク（旧称 メリディアン・ファイルシンク）

　・1テナントあたり最大10,000ユーザーまでご利用いただけます。
　・1ユーザーあたり1TBのストレージ容量をご用意しています。
　・SLA（月間稼働率）は99.9％です。
　・対応OSはWindows、macOS、iOS、Androidです。
　・月額基本料金は50,000円（税抜）です。

2. データ分析：メリディアン・インサイト

　・メリディアン・インサイトは2027年1月に一般提供を開始する予定です（現在はベータ版）。
　・ご利用料金は1ユーザーあたり月額4,000円（税抜）です。
　・30日間の無料トライアルをご用意しております。
　・1ワークスペースあたり最大200個のダッシュボードを作成できます。
　・クエリ応答時間は1秒以内です。

3. 導入スケジュール（案）

　2026年12月　メリディアン・シンク 導入・初期設定
　2027年1月　 メリディアン・インサイト PoC実施
　2027年2月　 本番利用開始

以上
"""
DOC_OSAKA_CLAIMS = [
    C(S, "max_users", 10000, "ok", "1テナントあたり最大10,000ユーザーまでご利用いただけます。"),
    C(S, "storage_per_user", TB, "ok", "1ユーザーあたり1TBのストレージ容量をご用意しています。"),
    C(S, "sla", 99.9, "ok", "SLA（月間稼働率）は99.9％です。"),
    *[C(S, "supported_platforms", p, "ok", "対応OSはWindows、macOS、iOS、Androidです。") for p in ("Windows", "macOS", "iOS", "Android")],
    C(S, "monthly_price", jpy(50000, "month", "excluded"), "ok", "月額基本料金は50,000円（税抜）です。"),
    C(I, "general_availability", "2027-01", "ok", "メリディアン・インサイトは2027年1月に一般提供を開始する予定です（現在はベータ版）。"),
    C(I, "per_user_price", jpy(4000, "user-month", "excluded"), "ok", "ご利用料金は1ユーザーあたり月額4,000円（税抜）です。"),
    C(I, "free_trial", dur(30, "days"), "ok", "30日間の無料トライアルをご用意しております。"),
    C(I, "max_dashboards", 200, "ok", "1ワークスペースあたり最大200個のダッシュボードを作成できます。"),
    C(I, "query_latency", dur(1, "seconds"), "conflict", "クエリ応答時間は1秒以内です。"),
]
DOC_OSAKA_FINDINGS = [F("terminology", None, S, "1. ファイル共有：メリディアン・シンク（旧称 メリディアン・ファイルシンク）")]

DOCS = [
    ("docs/us-hq/halvorsen-logistics-proposal.md", "us-hq", DOC_US, "utf-8", False, DOC_US_CLAIMS, []),
    ("docs/london/fenwick-rowe-vault-proposal.html", "london", DOC_UK, "utf-8", False, DOC_UK_CLAIMS, []),
    ("docs/tokyo/toho-archive-vault-teian.md", "tokyo", DOC_TOKYO, "utf-8", False, DOC_TOKYO_CLAIMS, []),
    ("docs/osaka/nakagawa-seiki-teian.txt", "osaka", DOC_OSAKA, "utf-8", True, DOC_OSAKA_CLAIMS, DOC_OSAKA_FINDINGS),
]
DOC_AS_OF = "2026-11-22"


# ------------------------------------------------------------------ expected
def claim_rec(file, mid, c, office, as_of):
    return {"type": "claim", "file": file, "message_id": mid, "product": c["product"], "attribute": c["attribute"],
            "value": c["value"], "verdict": c["verdict"], "quoted": c["quoted"], "office": office,
            "as_of": as_of, "text": c["text"]}


def finding_rec(file, mid, f):
    return {"type": "finding", "file": file, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
            "product": f["product"], "quoted": f["quoted"], "text": f["text"]}


def message_items(m):
    """(claims, findings) of a message, with quoted ones inherited from the messages it quotes."""
    own = OFFICE(m["frm"][1])
    cl, fi = [], []
    for src in m["inherit"]:
        so = OFFICE(src["frm"][1])
        for c in src["claims"]:
            if not c["quoted"]:
                cl.append(dict(c, quoted=True, office=so))
        for f in src["findings"]:
            if not f["quoted"]:
                fi.append(dict(f, quoted=True))
    for c in m["claims"]:
        cl.append(dict(c, office=c["office"] or own))
    fi += m["findings"]
    return cl, fi


def cross_office(archived):
    """Pairs of offices whose values for one product/attribute cannot both be right, within 45 days."""
    seen = []
    for m in archived:
        cl, _ = message_items(m)
        for c in cl:
            if c["office"] == "unknown":                  # customers take no part
                continue
            if c["attribute"] in ("certifications", "supported_platforms", "data_centers", "encryption"):
                continue
            seen.append((m, c))
    out = {}
    for i, (ma, a) in enumerate(seen):
        for mb, b in seen[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((ma["when"] - mb["when"]).days) > 45:
                continue
            va, vb = a["value"], b["value"]
            if isinstance(va, dict) and "currency" in va:
                if (va["currency"], va["per"]) != (vb["currency"], vb["per"]):
                    continue
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue                      # both right at their own date
            if va == vb:
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            o = out.setdefault(key, {"files": set(), "values": {}})
            o["files"] |= {"mail/%04d.eml" % ma["n"], "mail/%04d.eml" % mb["n"]}
            for off, v, verdict in ((a["office"], va, a["verdict"]), (b["office"], vb, b["verdict"])):
                if verdict != "ok" or off not in o["values"]:
                    o["values"][off] = v
    return out


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    lines, problems = [], []
    raws = {}
    for m in M:
        raw = build(m)
        raws[m["n"]] = raw
        f = "mail/%04d.eml" % m["n"]
        with open(os.path.join(ROOT, f), "wb") as fh:
            fh.write(raw)
        texts = decoded_texts(raw)
        cl, fi = message_items(m)
        for x in cl + fi:
            if not any(x["text"] in t for t in texts):
                problems.append("%s: text not found: %s" % (f, x["text"]))
    archived = sorted((m for m in M if m["archive"]), key=lambda m: m["when"])
    # mboxrd
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        for m in archived:
            raw = raws[m["n"]].replace(b"\r\n", b"\n")
            when = m["when"].astimezone(dt.timezone.utc)
            fh.write(("From %s %s\n" % (m["frm"][1], when.strftime("%a %b %d %H:%M:%S %Y"))).encode())
            for line in raw.split(b"\n"):
                if line.lstrip(b">").startswith(b"From "):
                    line = b">" + line
                fh.write(line + b"\n")
            fh.write(b"\n")
    for where in ("eml", "mbox"):
        for m in (M if where == "eml" else archived):
            f = "mail/%04d.eml" % m["n"] if where == "eml" else "mail/archive.mbox"
            as_of = m["when"].date().isoformat()
            cl, fi = message_items(m)
            lines += [claim_rec(f, m["msgid"], c, c["office"], as_of) for c in cl]
            lines += [finding_rec(f, m["msgid"], x) for x in fi]
    for path, office, text, enc, crlf, dcl, dfi in DOCS:
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        data = text.replace("\n", "\r\n") if crlf else text
        with open(full, "wb") as fh:
            fh.write(data.encode(enc))
        plain = html.unescape(text)
        for x in dcl + dfi:
            if x["text"] not in plain:
                problems.append("%s: text not found: %s" % (path, x["text"]))
        lines += [claim_rec(path, None, dict(c, office=office), office, DOC_AS_OF) for c in dcl]
        lines += [finding_rec(path, None, x) for x in dfi]
    for (p, a, offs), o in sorted(cross_office(archived).items()):
        lines.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs),
                      "file": "mail/archive.mbox", "message_files": sorted(o["files"]), "values": o["values"]})
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for evaluation set 36 (SPEC section 6).
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
    for p in problems:
        print("PROBLEM", p)
    print("%d messages (%d in archive), %d docs, %d expected lines" % (len(M), len(archived), len(DOCS), len(lines)))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
