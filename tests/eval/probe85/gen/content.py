"""The messages and documents of set 85, each with its hand-written labels.

Emphasis: human text inside machine-made wrappers (bounces, ticket mail,
auto-replies, list wrappers and a digest, gateway banners, calendar notices).

Label helpers: C(...) a claim, PH(...) a phrase finding, TERM(...) a
terminology finding. A claim's office/as_of default to the message's (or the
document's); `quoted=True` claims name the quoted author's office and the
reply's date; `judge` is the date a period-placed value is judged at.
"""
import hashlib
from datetime import datetime, timezone
from email.utils import format_datetime
from html import escape

import mime

TB = 10 ** 12
DOC_AS_OF = "2026-11-22"


# ====================================================================== label helpers
def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


def C(product, attribute, value, verdict, text, **kw):
    return dict(product="meridian-" + product, attribute=attribute, value=value, verdict=verdict, text=text, **kw)


def SET(product, attribute, members, verdict, text, **kw):
    return [C(product, attribute, m, verdict, text, **kw) for m in members]


def PH(rule, text, quoted=False):
    return {"kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def TERM(product, text, quoted=False):
    return {"kind": "terminology", "rule": None, "product": "meridian-" + product, "quoted": quoted, "text": text}


def flat(*items):
    out = []
    for i in items:
        out += i if isinstance(i, list) else [i]
    return out


def as_quoted(claims, office, as_of):
    return [dict(c, quoted=True, office=office, as_of=as_of) for c in claims]


# ====================================================================== mail helpers
OFFICE_OF = {"meridian-data.com": "us-hq", "uk.meridian-data.com": "london",
             "jp.meridian-data.com": "tokyo", "osaka.jp.meridian-data.com": "osaka"}


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(style, seed, domain=None):
    x = h(seed, 40)
    if style == "gmail":
        return "CAJ%s+%s@mail.gmail.com" % (x[:10].upper(), x[10:18])
    if style == "apple":
        return "%s-%s-%s-%s-%s@%s" % (x[:8].upper(), x[8:12].upper(), x[12:16].upper(), x[16:20].upper(),
                                      x[20:32].upper(), domain)
    if style == "outlook-uk":
        return "LO4P265MB%s%s@LO4P265MB%s.GBRP265.PROD.OUTLOOK.COM" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "outlook-jp":
        return "TYCPR01MB%s%s@TYCPR01MB%s.jpnprd01.prod.outlook.com" % (x[:5].upper(), x[5:20].upper(), x[:5].upper())
    if style == "outlook-us":
        return "BY5PR11MB%s%s@BY5PR11MB%s.namprd11.prod.outlook.com" % (x[:4].upper(), x[4:20].upper(), x[:4].upper())
    if style == "webmail":
        return "%s.%s@%s" % (seed.split("|")[0], x[:12], domain)
    if style == "thunderbird":
        return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], domain)
    raise ValueError(style)


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def quote(text, attribution=None, prefix="> "):
    lines = []
    if attribution:
        lines += [attribution, ""]
    for line in text.rstrip("\n").split("\n"):
        lines.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(lines) + "\n"


def html_of(text, lang="en"):
    """A plain HTML alternative of a text body, as webmail and Outlook send."""
    body = []
    in_quote = False
    for line in text.rstrip("\n").split("\n"):
        q = line.startswith(">")
        if q and not in_quote:
            body.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
        if in_quote and not q:
            body.append("</blockquote>")
        in_quote = q
        content = line.lstrip("> ").rstrip() if q else line
        body.append("<div>%s</div>" % (escape(content) if content else "<br>"))
    if in_quote:
        body.append("</blockquote>")
    font = "Meiryo UI" if lang == "ja" else "Calibri"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, "\n".join(body)))


MESSAGES = []


def mail(n, when, frm, to, subject, part, claims=(), findings=(), archive=False, style="gmail", cc=None,
         reply_to=None, mailer=None, charset="UTF-8", crlf=False, received=None, extra=(), mid=None,
         return_path=None, from_header=None):
    name, addr = frm
    domain = addr.split("@")[1]
    dt = parse_dt(when)
    mid = mid or msgid(style, "%s|%s" % (dt.strftime("%Y%m%d%H%M%S"), n), domain)
    hdrs = [("Return-Path", "<%s>" % (addr if return_path is None else return_path))]
    rcpt = to[0][1]
    relay = received or ("mail-%s.%s" % (h(n, 6), domain))
    hdrs.append(("Received", "from %s (%s [203.0.113.%d])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s"
                 % (relay, relay, int(h(n, 2), 16) % 250 + 2, rcpt.split("@")[1], h(n + "r", 12).upper(), rcpt,
                    format_datetime(dt))))
    hdrs.append(("From", from_header or mime.address(name, addr, charset)))
    hdrs.append(("To", ", ".join(mime.address(a, b, charset) for a, b in to)))
    if cc:
        hdrs.append(("Cc", ", ".join(mime.address(a, b, charset) for a, b in cc)))
    hdrs.append(("Subject", mime.encoded_words(subject, charset)))
    hdrs.append(("Date", format_datetime(dt)))
    hdrs.append(("Message-ID", "<%s>" % mid))
    if reply_to:
        parent = next(m for m in MESSAGES if m["n"] == reply_to)
        hdrs.append(("In-Reply-To", "<%s>" % parent["message_id"]))
        hdrs.append(("References", "<%s>" % parent["message_id"]))
    hdrs.append(("MIME-Version", "1.0"))
    if mailer:
        hdrs.append(mailer)
    hdrs += list(extra)
    raw = mime.message(hdrs, part, crlf=crlf)
    m = {"n": n, "dt": dt, "dt_utc": dt.astimezone(timezone.utc), "day": dt.strftime("%Y-%m-%d"),
         "from_addr": addr, "office": OFFICE_OF.get(domain, "unknown"), "message_id": mid, "raw": raw,
         "claims": flat(*claims), "findings": list(findings), "archive": archive}
    MESSAGES.append(m)
    return m


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
APPLE = ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")
IPHONE = ("X-Mailer", "iPhone Mail (22G86)")
THUNDERBIRD = ("User-Agent", "Mozilla Thunderbird")
ACTIVEMAIL = ("X-Mailer", "Active! mail")


def alt(text, charset, cte, seed, style="outlook", lang="en", html_cte=None):
    return mime.multipart("alternative", [mime.text_part(text, charset, cte),
                                          mime.text_part(html_of(text, lang), charset, html_cte or cte, "html")],
                          mime.boundary(seed, style))




def inner(frm, to, subject, when, part, style="outlook-jp", charset="UTF-8", extra=()):
    """An original message as a wrapper carries it (message/rfc822 or a forward)."""
    dt = parse_dt(when)
    mid = msgid(style, "inner|%s|%s" % (frm[1], when), frm[1].split("@")[1])
    hdrs = [("From", mime.address(frm[0], frm[1], charset)), ("To", ", ".join(mime.address(a, b, charset) for a, b in to)),
            ("Subject", mime.encoded_words(subject, charset)), ("Date", format_datetime(dt)),
            ("Message-ID", "<%s>" % mid)] + list(extra) + [("MIME-Version", "1.0")]
    return mime.message(hdrs, part)


def headers_only(raw):
    return raw.split(b"\n\n", 1)[0] + b"\n"


AUTO = ("Auto-Submitted", "auto-replied")

# ---------------------------------------------------------------------- people
MORI = ("森 健二", "kenji.mori@jp.meridian-data.com")
JP_DESK = ("メリディアン サポートセンター", "support@jp.meridian-data.com")
MATSUMOTO = ("松本 恵", "megumi.matsumoto@osaka.jp.meridian-data.com")
HARRIET = ("Harriet Lowe", "harriet.lowe@uk.meridian-data.com")
UK_DESK = ("Meridian Data UK Support", "support@uk.meridian-data.com")
MARCUS = ("Marcus Hale", "marcus.hale@meridian-data.com")
US_DESK = ("Meridian Data Support", "support@meridian-data.com")
LIST = ("sales-apac", "sales-apac@meridian-data.com")
LIST_REQ = ("sales-apac-request", "sales-apac-request@meridian-data.com")

YAMAGUCHI = ("山口 智子", "t-yamaguchi@kaede-kogyo.co.jp")
INOUE = ("井上 隆", "inoue@kitahama-kasei.co.jp")
INOUE2 = ("井上 隆", "t.inoue@kitahama-kasei.jp")
GAVIN = ("Gavin Stroud", "g.stroud@dunmore-logistics.co.uk")
ALICIA = ("Alicia Romero", "aromero@tidewater-analytics.com")
DANA = ("Dana Whitfield", "dwhitfield@harborpointmed.org")
ELEANOR = ("Eleanor Pike", "e.pike@fenwick-hall.ac.uk")
HAYASHI = ("林 由紀子", "y.hayashi@oowada-sys.co.jp")

SIG_MORI = """──────────────────────────────
森 健二　Kenji Mori
メリディアン・データ株式会社　東京オフィス　営業第二部
〒100-0005 東京都千代田区丸の内2-7-3 東京ビル 18F
TEL: 03-6268-4410 / 携帯: 090-3318-2271
──────────────────────────────
"""
SIG_MATSUMOTO = """━━━━━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 大阪オフィス
営業部　松本 恵（まつもと めぐみ）
〒530-0017 大阪市北区角田町8-1 梅田阪急ビル 31F
TEL 06-6485-7720　FAX 06-6485-7721
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""
SIG_HARRIET = """Harriet Lowe
Senior Account Manager | Meridian Data UK Ltd
2 Kingdom Street, London W2 6BD
T +44 (0)20 7946 0715 | M +44 (0)7700 900 418
"""
SIG_MARCUS = """Marcus Hale
Account Executive, West | Meridian Data Inc.
535 Mission St, Suite 1400, San Francisco, CA 94105
o: (415) 555-0142 | m: (415) 555-0187
"""

BANNER_US = ("CAUTION: This email originated from outside of Meridian Data. Do not click links or open "
             "attachments unless you recognize the sender and know the content is safe.")
BANNER_JP = "【注意】外部からのメールです。リンクのクリックや添付ファイルの開封は、送信元を確認してから行ってください。"
DLP_UK = """This e-mail and any attachments are confidential and intended solely for the addressee. If you
have received it in error please notify the sender and delete it. Meridian Data UK Ltd is
registered in England and Wales, company no. 09817342, registered office 2 Kingdom Street,
London W2 6BD. VAT reg. no. GB 318 4410 27.
[DLP: scanned 12/05/2026 10:14 BST | policy UK-EXT-04 | 0 matches | classification: C2-Internal]
"""

# ====================================================================== 0001 an Exchange NDR with the original attached
T0001_ORIG = """楓工業株式会社
情報システム部　山口様

いつもお世話になっております。メリディアン・データの森です。
先日のお打ち合わせでご質問いただいた点について、ご回答いたします。

・メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。
・同製品の月額料金は50,000円（税抜）でございます。
・稼働率SLAは99.9%で、メリディアン シンクの対応OSはWindows、Mac、iPhone、Androidです。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

""" + SIG_MORI
ORIG_0001 = inner(MORI, [("山口 智子", "t-yamaguchi@kaede-kogyo.cojp")], "メリディアン シンクのご質問への回答",
                  "2025-11-19 11:14:02 +0900", mime.text_part(T0001_ORIG, "iso-2022-jp", "7bit"),
                  extra=[("X-Mailer", "Microsoft Outlook 16.0")])
T0001_NOTE = """配信先に問題があるため、メッセージを配信できませんでした。

t-yamaguchi@kaede-kogyo.cojp

ドメイン kaede-kogyo.cojp が見つかりませんでした。受信者のメール アドレスのスペルが正しいか確認して、もう一度送信してください。

Your message to t-yamaguchi@kaede-kogyo.cojp couldn't be delivered.
kaede-kogyo.cojp wasn't found. Please check the recipient's address and try again.

診断情報 (管理者用):

生成元サーバー: TYCPR01MB8765.jpnprd01.prod.outlook.com
受信者アドレス: t-yamaguchi@kaede-kogyo.cojp
t-yamaguchi@kaede-kogyo.cojp
Remote server returned '550 5.4.310 DNS domain kaede-kogyo.cojp does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=kaede-kogyo.cojp]'

元のメッセージ ヘッダー:
メッセージ サイズ: 24 KB (24,576 バイト), 再試行回数: 0
"""
DS_0001 = """Reporting-MTA: dns;TYCPR01MB8765.jpnprd01.prod.outlook.com
Received-From-MTA: dns;TYCPR01MB8765.jpnprd01.prod.outlook.com
Arrival-Date: Wed, 19 Nov 2025 02:14:02 +0000

Final-Recipient: rfc822;t-yamaguchi@kaede-kogyo.cojp
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;550 5.4.310 DNS domain kaede-kogyo.cojp does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=kaede-kogyo.cojp] [TYCPR01MB8765.jpnprd01.prod.outlook.com 2025-11-19T02:14:03.512Z 08DE1A2B3C4D5E6F]
"""
C0001_ORIG = flat(
    C("sync", "max_users", 5000, "ok", "メリディアン シンクは、1テナントあたり最大5,000ユーザーまでご利用いただけます。"),
    C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）でございます。"),
    C("sync", "sla", 99.9, "ok", "稼働率SLAは99.9%で、メリディアン シンクの対応OSはWindows、Mac、iPhone、Androidです。"),
    SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
        "稼働率SLAは99.9%で、メリディアン シンクの対応OSはWindows、Mac、iPhone、Androidです。"),
)
mail("0001", "2025-11-19 11:14:05 +0900", ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@jp.meridian-data.com"),
     [MORI], "配信不能: メリディアン シンクのご質問への回答",
     mime.report([mime.text_part(T0001_NOTE, "utf-8", "base64"), mime.delivery_status(DS_0001),
                  mime.attached_message(ORIG_0001)], mime.boundary("0001")),
     claims=[as_quoted(C0001_ORIG, "tokyo", "2025-11-19")], archive=True, style="outlook-jp", return_path="",
     extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])

# ====================================================================== 0002 the rep forwards the bounced original
T0002 = """山口様

いつもお世話になっております。メリディアン・データの森です。
昨日お送りしたメールが、宛先ドメインの誤り（.cojp）によりエラーで戻ってきておりました。
大変失礼いたしました。下記に転送いたしますので、ご確認いただけますと幸いです。

なお、補足となりますが、メリディアン シンクのストレージ容量は1ユーザーあたり1TBでございます。
※お見積り（数量120ユーザー、初年度10%お値引き）は別途PDFにてお送りいたします。

""" + SIG_MORI + """
-------- 転送メッセージ --------
件名: 	メリディアン シンクのご質問への回答
日付: 	Wed, 19 Nov 2025 11:14:02 +0900
差出人: 	森 健二 <kenji.mori@jp.meridian-data.com>
宛先: 	山口 智子 <t-yamaguchi@kaede-kogyo.cojp>

""" + T0001_ORIG
mail("0002", "2025-11-20 09:02:41 +0900", MORI, [YAMAGUCHI], "転送: メリディアン シンクのご質問への回答（再送）",
     mime.text_part(T0002, "iso-2022-jp", "7bit"),
     claims=[C("sync", "storage_per_user", 1 * TB, "ok", "メリディアン シンクのストレージ容量は1ユーザーあたり1TBでございます。"),
             as_quoted(C0001_ORIG, "tokyo", "2025-11-20")],
     archive=True, style="thunderbird", mailer=THUNDERBIRD, charset="ISO-2022-JP")

# ====================================================================== 0003 a customer reply, two gateway banners, Safe Links
SAFE = ("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.meridian-data.com%2Fuk%2FMeridianFileSync"
        "%2Fvault-pricing%3Futm_source%3Demail%26utm_campaign%3Dq4-2025&data=05%7C02%7Cg.stroud%40dunmore-logistics.co.uk"
        "%7C8f3b2c1d4e5f46a7b8c9%7C72f988bf86f141af91ab2d7cd011db47%7C0%7C0%7C638683254107719035%7CUnknown&sdata="
        "q9Xc1%2BzT0aW3bV7nLkR5sY2uE8dH4mJ6pQ0oI1fG3tA%3D&reserved=0")
T0003 = BANNER_US + """

Hi Harriet,

Thanks for this - very helpful. I've shared it with our CFO ahead of the board meeting on 11 December.

One thing that confused us: the reseller we spoke to in the summer told us Meridian Vault keeps backups for 30 days by default. Your note says otherwise, so I assume they were out of date?

Could you also confirm whether a 14-day retention tier is available at a lower price? Our requirement is an RPO under 1 hour for the warehouse systems, and roughly 180 TB to start.

Kind regards,
Gavin

Gavin Stroud | Head of IT Infrastructure
Dunmore Logistics Ltd | Unit 4, Kingsway Business Park, Rochdale OL16 4NW
DD: 01706 555 019

From: Harriet Lowe <harriet.lowe@uk.meridian-data.com>
Sent: 02 December 2025 16:10
To: Gavin Stroud <g.stroud@dunmore-logistics.co.uk>
Subject: Meridian Vault - the figures you asked for

CAUTION: This email originated from outside the organisation. Do not click links or open attachments unless you recognise the sender and know the content is safe. [Dunmore IT Security, ext. 2240]

Hi Gavin,

As promised, the headline figures for Meridian Vault:

- Meridian Vault is £16 per TB per month, billed monthly in arrears.
- Meridian Vault has a recovery point objective (RPO) of 15 minutes.
- Default retention for Meridian Vault is 90 days; longer retention is available as an add-on.
- UK customers' Meridian Vault backups are held in our Frankfurt data centre.

The full price sheet is here: """ + SAFE + """

Best,
Harriet

""" + SIG_HARRIET
mail("0003", "2025-12-03 08:47:19 +0000", GAVIN, [HARRIET], "[EXTERNAL] RE: Meridian Vault - the figures you asked for",
     alt(T0003, "utf-8", "quoted-printable", "0003"),
     claims=[C("vault", "retention", dur(30, "days"), "conflict",
               "the reseller we spoke to in the summer told us Meridian Vault keeps backups for 30 days by default",
               office="unknown"),
             as_quoted([
                 C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault is £16 per TB per month"),
                 C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault has a recovery point objective (RPO) of 15 minutes."),
                 C("vault", "retention", dur(90, "days"), "ok", "Default retention for Meridian Vault is 90 days"),
                 C("vault", "data_centers", "Frankfurt", "ok",
                   "UK customers' Meridian Vault backups are held in our Frankfurt data centre."),
             ], "london", "2025-12-03")],
     archive=True, style="outlook-uk", mailer=OUTLOOK)

# ====================================================================== 0004 a help-desk notification (Zendesk-style), history below
T0004 = """##- Please type your reply above this line -##

Your request (48213) has been updated. To add additional comments, reply to this email.
----------------------------------------------

Ben Alvarez (Meridian Data Support)

Dec 15, 2025, 10:41 PST

Hi Alicia,

Thanks for your patience while I checked with the product team. Answers to your two questions:

1. Meridian Insight is in beta today and becomes generally available in January 2027.
2. The Meridian Insight free trial runs for 30 days from the day the workspace is created, and each workspace can hold up to 200 dashboards.

I have set this ticket to Pending; it will close automatically after 96 hours if we don't hear back.

Ben Alvarez
Meridian Data Support | Tier 2

----------------------------------------------

Alicia Romero

Dec 12, 2025, 16:02 PST

Hi again - two follow-ups from our analytics lead:
(a) When does Meridian Insight leave beta?
(b) Is the trial 14 days like Lookwise's, and how many dashboards can we build? We'd have about 35 analysts and maybe 250 dashboards.

Thanks,
Alicia

----------------------------------------------

Nadia Okoye (Meridian Data Support)

Dec 11, 2025, 09:18 PST

Hi Alicia,

Welcome to Meridian Data Support. On your performance question: Meridian Insight queries return in under 2 seconds on a 100M-row workspace, measured at p95.

Best,
Nadia

----------------------------------------------

Alicia Romero

Dec 10, 2025, 13:55 PST

Hello, we're evaluating Meridian Insight for our claims analytics team (ticket opened from the web form). How fast are queries on large tables?

--------------------------------
This email is a service from Meridian Data Support. Delivered by Zendesk

[7QXR9K-4L2P]
Ticket-Id: 48213 | Priority: Normal | Group: Tier 2 – Analytics | SLA policy: Standard (first reply 8h)
"""
mail("0004", "2025-12-15 10:41:37 -0800", US_DESK, [ALICIA], "[Meridian Data Support] Re: Meridian Insight evaluation questions",
     alt(T0004, "utf-8", "quoted-printable", "0004", style="gmail"),
     claims=[
         C("insight", "general_availability", "2027-01", "ok",
           "Meridian Insight is in beta today and becomes generally available in January 2027."),
         C("insight", "free_trial", dur(30, "days"), "ok",
           "The Meridian Insight free trial runs for 30 days from the day the workspace is created"),
         C("insight", "max_dashboards", 200, "ok", "each workspace can hold up to 200 dashboards"),
         C("insight", "query_latency", dur(2, "seconds"), "ok",
           "Meridian Insight queries return in under 2 seconds on a 100M-row workspace"),
     ],
     archive=True, style="webmail", extra=[("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-generated"),
                                          ("X-Zendesk-From-Account-Id", "9c41e07"), ("Reply-To", "Meridian Data Support <support+id48213@meridian-data.zendesk.com>")])

# ====================================================================== 0005 a Tokyo year-end auto-reply: numbers, no claims
T0005 = """※本メールは自動返信です。

お問い合わせいただき、ありがとうございます。
誠に勝手ながら、弊社では下記の期間を年末年始休業とさせていただきます。

　休業期間：2025年12月27日（土）～2026年1月4日（日）
　営業開始：2026年1月5日（月）9:00～

休業期間中にいただいたお問い合わせにつきましては、1月5日以降、受付順に2営業日以内を目安にご回答いたします。
お急ぎの場合は、サポートポータル（受付番号は「JP-」で始まる8桁）からご連絡ください。

-- 
森 健二　メリディアン・データ株式会社 東京オフィス
TEL: 03-6268-4410
▼メリディアン インサイト 30日間の無料トライアル受付中 https://www.meridian-data.com/jp/insight/trial
"""
mail("0005", "2025-12-27 10:03:11 +0900", MORI, [YAMAGUCHI], "自動応答: 年末年始休業のお知らせ",
     mime.text_part(T0005, "utf-8", "base64"), archive=True, style="outlook-jp",
     extra=[AUTO, ("X-Auto-Response-Suppress", "All")])

# ====================================================================== 0006 a [sales-apac] list post (From kept), list footer
LIST_FOOTER = """_______________________________________________
sales-apac mailing list -- sales-apac@meridian-data.com
To unsubscribe send an email to sales-apac-leave@meridian-data.com
List archive: https://lists.meridian-data.com/hyperkitty/list/sales-apac@meridian-data.com/
Posting policy: attachments up to 10 MB, no customer personal data (DLP policy APAC-07).
"""
LIST_HDRS = [("List-Id", "APAC sales team <sales-apac.meridian-data.com>"),
             ("List-Unsubscribe", "<mailto:sales-apac-leave@meridian-data.com>"),
             ("List-Post", "<mailto:sales-apac@meridian-data.com>"), ("Precedence", "list"),
             ("Sender", "sales-apac-bounces@meridian-data.com")]
T0006_BODY = """各位

東京の森です。お客様からの問い合わせが続いているため、メリディアン ボールトの国内データセンターについて共有します。

・メリディアン ボールトの国内データセンターは東京と大阪の2拠点です。シンガポールには拠点がございませんので、ご注意ください。
・同製品のストレージ料金は、1TBあたり月額2,800円（税抜）でご案内ください。

価格表（PL-JP-2026-04、全12ページ）は共有ドライブの「営業資料/2026」にあります。

森
"""
T0006 = T0006_BODY + LIST_FOOTER
C0006 = flat(
    SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "メリディアン ボールトの国内データセンターは東京と大阪の2拠点です。"),
    C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
      "同製品のストレージ料金は、1TBあたり月額2,800円（税抜）でご案内ください。"),
)
M0006 = mail("0006", "2026-01-20 11:02:45 +0900", MORI, [LIST], "[sales-apac] メリディアン ボールトの国内DCについて",
             mime.text_part(T0006, "utf-8", "8bit"), claims=C0006, archive=True, style="outlook-jp", extra=LIST_HDRS)

# ====================================================================== 0007 a reply through the list, From rewritten (DMARC)
T0007 = """Thanks Kenji - useful.

Same question keeps coming up in EMEA: Meridian Vault is hosted in Frankfurt for our UK and EU customers, and the RPO for Meridian Vault is 15 minutes wherever it runs.

H.

On 20 Jan 2026, at 02:02, 森 健二 <kenji.mori@jp.meridian-data.com> wrote:

""" + quote(T0006) + LIST_FOOTER
mail("0007", "2026-01-20 09:31:07 +0000", ("Harriet Lowe via sales-apac", "sales-apac@meridian-data.com"), [LIST],
     "Re: [sales-apac] メリディアン ボールトの国内DCについて", mime.text_part(T0007, "utf-8", "quoted-printable"),
     claims=[C("vault", "data_centers", "Frankfurt", "ok",
               "Meridian Vault is hosted in Frankfurt for our UK and EU customers"),
             C("vault", "rpo", dur(15, "minutes"), "ok", "the RPO for Meridian Vault is 15 minutes wherever it runs"),
             as_quoted(C0006, "tokyo", "2026-01-20")],
     archive=True, style="apple", mailer=APPLE, reply_to="0006",
     extra=LIST_HDRS + [("Reply-To", "Harriet Lowe <harriet.lowe@uk.meridian-data.com>"),
                        ("X-Original-From", "Harriet Lowe <harriet.lowe@uk.meridian-data.com>")])

# ====================================================================== 0008 a Japanese help-desk ticket notification
T0008 = """##- この行より上にご返信をご記入ください -##

お問い合わせ（受付番号 #20931）が更新されました。このメールに返信すると、チケットにコメントが追加されます。
----------------------------------------------

小川 彩（メリディアン サポートセンター）

2026年2月10日 14:22 JST

楓工業株式会社　山口様

お問い合わせいただき、ありがとうございます。サポートセンターの小川でございます。
ご質問の件、以下のとおりご回答いたします。

・メリディアン・ボールトの標準の保持期間は90日間でございます。
・同製品のRPO（目標復旧時点）は最大15分となります。
・メリディアン・ボールトのサポート窓口では、ご契約者様からのお問い合わせに対し、4時間以内に初回回答いたします。

本チケットは、ご返信がない場合、7日後に自動でクローズされます。

----------------------------------------------

山口 智子

2026年2月9日 17:40 JST

メリディアン・ボールトについて2点確認させてください。
(1) バックアップの保持期間は何日でしょうか。
(2) RPOはどの程度でしょうか。弊社の要件はRPO 30分以内です。

----------------------------------------------

メリディアン サポートセンター（自動応答）

2026年2月9日 17:41 JST

お問い合わせを受け付けました（受付番号 #20931）。通常、2営業日以内に担当者よりご回答いたします。

--------------------------------
メリディアン・データ株式会社 サポートセンター
受付時間 平日9:00～18:00（祝日・年末年始を除く）
[K2M8QX-77RD]
"""
C0008 = [
    C("vault", "retention", dur(90, "days"), "ok", "メリディアン・ボールトの標準の保持期間は90日間でございます。"),
    C("vault", "rpo", dur(15, "minutes"), "ok", "同製品のRPO（目標復旧時点）は最大15分となります。"),
    C("vault", "support_response_time", dur(4, "hours"), "unverified",
      "メリディアン・ボールトのサポート窓口では、ご契約者様からのお問い合わせに対し、4時間以内に初回回答いたします。"),
]
M0008 = mail("0008", "2026-02-10 14:22:51 +0900", JP_DESK, [YAMAGUCHI],
             "[チケット#20931] メリディアン・ボールトの保持期間について", alt(T0008, "utf-8", "base64", "0008", lang="ja"),
             claims=C0008, archive=True, style="webmail",
             extra=[("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-generated")])

# ====================================================================== 0009 the customer answers above the line; the notification is quoted
T0009 = """小川様

ご回答ありがとうございました。社内で確認いたします。
あわせて、30日間のトライアルは可能でしょうか。

山口

2026年2月10日(火) 14:22 メリディアン サポートセンター <support@jp.meridian-data.com>:

""" + quote(T0008)
mail("0009", "2026-02-10 16:05:33 +0900", YAMAGUCHI, [JP_DESK], "Re: [チケット#20931] メリディアン・ボールトの保持期間について",
     alt(T0009, "utf-8", "base64", "0009", style="gmail", lang="ja"),
     claims=[as_quoted(C0008, "tokyo", "2026-02-10")], archive=False, style="gmail", reply_to="0008")

# ====================================================================== 0010 a customer's out-of-office reply that returns the original
T0010 = BANNER_US + """

Thank you for your email. I am out of the office from March 5 through March 16, 2026, with no access to email.

For anything urgent about the Harbor Point migration (project HPM-2026-031), please contact Luis Ortega at (617) 555-0163, ext. 4410, or the IT service desk at (617) 555-0100 (option 2).

Your message has not been forwarded. A copy is included below for your reference.

Dana Whitfield
Director, Clinical Systems | Harbor Point Medical Group
CONFIDENTIALITY NOTICE: This message may contain protected health information (PHI) under HIPAA, 45 C.F.R. Parts 160 and 164. If you are not the intended recipient, delete it and call (617) 555-0100.

-----Original Message-----
From: Marcus Hale <marcus.hale@meridian-data.com>
Sent: Wednesday, March 4, 2026 5:52 PM
To: Dana Whitfield <dwhitfield@harborpointmed.org>
Subject: Meridian Sync for the clinics - numbers

Hi Dana,

Quick recap of what we covered on the call for your 14 clinics:

Meridian Sync is $399 per month for the whole organization, and a single Meridian Sync tenant supports up to 5,000 users.
Meridian Sync carries a 99.9% uptime SLA, backed by service credits.

Talk soon,
Marcus

""" + SIG_MARCUS
mail("0010", "2026-03-05 06:00:12 -0500", DANA, [MARCUS], "Automatic reply: Meridian Sync for the clinics - numbers",
     mime.text_part(T0010, "us-ascii", "7bit"),
     claims=[as_quoted([
         C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync is $399 per month for the whole organization"),
         C("sync", "max_users", 5000, "ok", "a single Meridian Sync tenant supports up to 5,000 users"),
         C("sync", "sla", 99.9, "ok", "Meridian Sync carries a 99.9% uptime SLA"),
     ], "us-hq", "2026-03-05")],
     archive=True, style="outlook-us", mailer=OUTLOOK, extra=[AUTO, ("X-MS-Exchange-Inbox-Rules-Loop", "dwhitfield@harborpointmed.org")])

# ====================================================================== 0011 a Postfix bounce (mailbox full) of an Osaka proposal
T0011_ORIG = """北浜化成株式会社
総務部　井上様

いつも大変お世話になっております。メリディアン・データ大阪オフィスの松本でございます。
先日はお時間をいただき、誠にありがとうございました。ご検討中のメリディアン・シンクについて、要点をお送りいたします。

■メリディアン・シンク ご提案の要点
・メリディアン・シンクは最大5,000名までご利用いただけます。
・同製品の月額料金は55,000円（税込）でございます。
・メリディアン・シンクはISO 27001とISMAPの認証を取得しております。
・業界No.1の使いやすさで、多くのお客様にご好評いただいております。

ご不明点等ございましたら、お気軽にお申し付けくださいませ。

""" + SIG_MATSUMOTO
ORIG_0011 = inner(MATSUMOTO, [INOUE], "メリディアン・シンク ご提案の要点", "2026-04-21 15:30:08 +0900",
                  mime.text_part(T0011_ORIG, "shift_jis", "base64"), style="thunderbird",
                  extra=[("User-Agent", "Mozilla Thunderbird")])
T0011_NOTE = """This is the mail system at host mail.kitahama-kasei.co.jp.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<inoue@kitahama-kasei.co.jp>: cannot update mailbox /var/mail/inoue for user
    inoue. error writing message: Disk quota exceeded (quota 2048 MB, used
    2048 MB)
"""
DS_0011 = """Reporting-MTA: dns; mail.kitahama-kasei.co.jp
X-Postfix-Queue-ID: 4bQx7T0wJ9z1xqR
X-Postfix-Sender: rfc822; megumi.matsumoto@osaka.jp.meridian-data.com
Arrival-Date: Tue, 21 Apr 2026 15:30:11 +0900 (JST)

Final-Recipient: rfc822; inoue@kitahama-kasei.co.jp
Original-Recipient: rfc822;inoue@kitahama-kasei.co.jp
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; cannot update mailbox /var/mail/inoue for user
    inoue. error writing message: Disk quota exceeded
"""
C0011_ORIG = flat(
    C("sync", "max_users", 5000, "stale", "メリディアン・シンクは最大5,000名までご利用いただけます。"),
    C("sync", "monthly_price", money(55000, "JPY", "month", "included"), "ok", "同製品の月額料金は55,000円（税込）でございます。"),
    SET("sync", "certifications", ["ISO 27001"], "ok", "メリディアン・シンクはISO 27001とISMAPの認証を取得しております。"),
    SET("sync", "certifications", ["ISMAP"], "conflict", "メリディアン・シンクはISO 27001とISMAPの認証を取得しております。"),
)
F0011 = PH("ja.superlative-no1", "業界No.1の使いやすさ", quoted=True)
mail("0011", "2026-04-21 15:30:14 +0900", ("Mail Delivery System", "MAILER-DAEMON@mail.kitahama-kasei.co.jp"),
     [MATSUMOTO], "Undelivered Mail Returned to Sender",
     mime.report([mime.text_part(T0011_NOTE, "us-ascii", "7bit"), mime.delivery_status(DS_0011),
                  mime.attached_message(ORIG_0011)], "4bQx7T0wJ9z1xqR.1776753014/mail.kitahama-kasei.co.jp",
                 preamble="This is a MIME-encapsulated message."),
     claims=[as_quoted(C0011_ORIG, "osaka", "2026-04-21")], findings=[F0011], archive=True,
     mid="20260421063014.4bQx7T0wJ9z1xqR@mail.kitahama-kasei.co.jp", return_path="",
     received="mail.kitahama-kasei.co.jp", extra=[("Auto-Submitted", "auto-replied")])

# ====================================================================== 0012 Osaka forwards the returned message to a second address
T0012 = """井上様

いつもお世話になっております。メリディアン・データの松本でございます。
昨日お送りしたメールが、受信容量超過のエラー（5.2.2 Disk quota exceeded）で戻ってまいりましたので、
別のアドレス宛てに転送させていただきます。重複してお届けしておりましたら申し訳ございません。

なお、転送メール内で「最大5,000名」と記載しておりましたが、メリディアン・シンクの上限は2026年4月より引き上げられており、現在は最大1万名までご利用いただけます。

""" + SIG_MATSUMOTO + """
-------- 転送メッセージ --------
件名: 	メリディアン・シンク ご提案の要点
日付: 	Tue, 21 Apr 2026 15:30:08 +0900
差出人: 	松本 恵 <megumi.matsumoto@osaka.jp.meridian-data.com>
宛先: 	井上 隆 <inoue@kitahama-kasei.co.jp>

""" + T0011_ORIG
mail("0012", "2026-04-22 10:12:40 +0900", MATSUMOTO, [INOUE2], "Fwd: メリディアン・シンク ご提案の要点（再送）",
     mime.text_part(T0012, "shift_jis", "base64"),
     claims=[C("sync", "max_users", 10000, "ok",
               "現在は最大1万名までご利用いただけます。"),
             as_quoted(C0011_ORIG, "osaka", "2026-04-22")],
     findings=[F0011], archive=True, style="thunderbird", mailer=THUNDERBIRD)

# ====================================================================== 0013 a plain-text list digest: three offices in one message
T0013 = """Send sales-apac mailing list submissions to
	sales-apac@meridian-data.com

To subscribe or unsubscribe via email, send a message with subject or
body 'help' to
	sales-apac-request@meridian-data.com

You can reach the person managing the list at
	sales-apac-owner@meridian-data.com

When replying, please edit your Subject line so it is more specific
than "Re: Contents of sales-apac digest..."

Today's Topics:

   1. UK deck updated for the new Sync limit (Harriet Lowe)
   2. インサイトのトライアル期間について (森 健二)
   3. Re: Vault tenant sizing (Marcus Hale)


----------------------------------------------------------------------

Message: 1
Date: Tue, 5 May 2026 09:14:22 +0100
From: Harriet Lowe <harriet.lowe@uk.meridian-data.com>
Subject: [sales-apac] UK deck updated for the new Sync limit
To: sales-apac@meridian-data.com
Message-ID: <7E1C2A90-44B1-4F0A-9C1D-3B8E2F6A1D07@uk.meridian-data.com>
Content-Type: text/plain; charset=utf-8

All,

Slide 7 of the UK deck is fixed: Meridian Sync now supports up to 10,000 users per organisation.
Old PDFs (v2.3 and earlier) still say 5k, please bin them.

Harriet


------------------------------

Message: 2
Date: Wed, 6 May 2026 10:40:03 +0900
From: 森 健二 <kenji.mori@jp.meridian-data.com>
Subject: [sales-apac] インサイトのトライアル期間について
To: sales-apac@meridian-data.com
Message-ID: <TYCPR01MB8765A1B2C3D4E5F6@TYCPR01MB8765.jpnprd01.prod.outlook.com>
Content-Type: text/plain; charset="iso-2022-jp"

各位

念のための確認です。メリディアン インサイトの無料トライアルは30日間です。
14日間と記載された古いチラシ（2025年版）が回収漏れで残っているようですので、見つけたら破棄をお願いします。

森


------------------------------

Message: 3
Date: Tue, 5 May 2026 19:02:55 -0700
From: Marcus Hale <marcus.hale@meridian-data.com>
Subject: Re: [sales-apac] Vault tenant sizing
To: sales-apac@meridian-data.com
Message-ID: <CAJ8QW3mVnR2+pZ41k0a@mail.gmail.com>
Content-Type: text/plain; charset="UTF-8"

Each Meridian Vault tenant stores up to 500 TB; above that we split into two tenants.

On Mon, May 4, 2026 at 11:20 PM 松本 恵 <megumi.matsumoto@osaka.jp.meridian-data.com> wrote:
> メリディアン ボールトの1テナントあたりの容量上限はいくつでしょうか？
> 北浜化成様が約320TBのデータをお持ちです。


------------------------------

_______________________________________________
sales-apac mailing list -- sales-apac@meridian-data.com
To unsubscribe send an email to sales-apac-leave@meridian-data.com


End of sales-apac Digest, Vol 4, Issue 18
*****************************************
"""
mail("0013", "2026-05-06 12:00:04 +0900", LIST_REQ, [("APAC sales", "sales-apac@meridian-data.com")],
     "sales-apac Digest, Vol 4, Issue 18", mime.text_part(T0013, "utf-8", "8bit"),
     claims=[
         C("sync", "max_users", 10000, "ok", "Meridian Sync now supports up to 10,000 users per organisation.",
           quoted=True, office="london"),
         C("insight", "free_trial", dur(30, "days"), "ok", "メリディアン インサイトの無料トライアルは30日間です。",
           quoted=True, office="tokyo"),
         C("vault", "max_storage", 500 * TB, "ok", "Each Meridian Vault tenant stores up to 500 TB",
           quoted=True, office="us-hq"),
     ],
     archive=True, style="webmail", extra=LIST_HDRS[:4] + [("X-Mailman-Version", "3.3.9")])

# ====================================================================== 0014 London, with the gateway's DLP disclaimer appended
T0014 = """Dear Eleanor,

Thank you for your time on Friday. As discussed, here is a summary for the Fenwick Hall business case:

- Meridian Sync supports up to 10,000 users per organisation, so all 2,300 staff and the 640 visiting fellows fit in one tenant.
- Every Meridian Sync user gets 1 TB of storage.
- Meridian Sync is £329 per month ex VAT.
- Meridian Sync supports offline mode, so staff on field trips can keep working without a connection.

Our migration team will move your shared drives over the summer break with zero downtime.

I have pencilled in 19 May at 14:00 for the follow-up; let me know if that does not suit.

Kind regards,
Harriet

""" + SIG_HARRIET + """
""" + DLP_UK
mail("0014", "2026-05-12 10:14:27 +0100", HARRIET, [ELEANOR], "Meridian Sync - summary for the business case",
     alt(T0014, "utf-8", "quoted-printable", "0014"),
     claims=[
         C("sync", "max_users", 10000, "ok", "Meridian Sync supports up to 10,000 users per organisation"),
         C("sync", "storage_per_user", 1 * TB, "ok", "Every Meridian Sync user gets 1 TB of storage."),
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month ex VAT."),
         C("sync", "offline_mode", True, "conflict",
           "Meridian Sync supports offline mode, so staff on field trips can keep working without a connection."),
     ],
     findings=[PH("en.guarantee", "with zero downtime")],
     archive=True, style="outlook-uk", mailer=OUTLOOK)

# ====================================================================== 0015 a Tokyo meeting request (Teams), with text/calendar
T0015 = """楓工業株式会社　山口様、関係者各位

メリディアン シンク導入説明会のご案内をお送りいたします。

日時：2026年6月3日（水）14:00～15:00（JST）
場所：Microsoft Teams（オンライン）／定員 20名

【当日のご説明内容】
1. 導入スケジュール（約8週間、120ユーザー分の移行）
2. メリディアン シンクはオフラインモードには対応しておりません。常時インターネット接続が前提となります。
3. メリディアン シンクの稼働率SLAは99.9％です（月間、メンテナンス時間を除く）。

________________________________________________________________________________
Microsoft Teams ヘルプが必要ですか?
今すぐ会議に参加する
会議 ID: 428 771 902 118
パスコード: kR7x9Q
________________________________
電話会議に参加する
+81 3-4580-1234,,618204177# Japan, Tokyo
電話会議 ID: 618 204 177#
________________________________________________________________________________
"""
ICS_0015 = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Tokyo Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0900
TZOFFSETTO:+0900
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=森 健二:mailto:kenji.mori@jp.meridian-data.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=山口 智子:mailto:t-yamaguchi@kaede-kogyo.co.jp
SUMMARY;LANGUAGE=ja-JP:メリディアン シンク導入説明会
DTSTART;TZID=Tokyo Standard Time:20260603T140000
DTEND;TZID=Tokyo Standard Time:20260603T150000
UID:040000008200E00074C5B7101A82E00800000000D0A5F1C3E2EADC01000000000000000010000000
SEQUENCE:0
LOCATION;LANGUAGE=ja-JP:Microsoft Teams 会議
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
END:VALARM
END:VEVENT
END:VCALENDAR
"""
mail("0015", "2026-05-28 17:45:02 +0900", MORI, [YAMAGUCHI], "メリディアン シンク導入説明会 (6/3 14:00-15:00)",
     mime.multipart("alternative", [mime.text_part(T0015, "utf-8", "base64"),
                                    mime.text_part(html_of(T0015, "ja"), "utf-8", "base64", "html"),
                                    mime.calendar_part(ICS_0015)], mime.boundary("0015")),
     claims=[
         C("sync", "offline_mode", False, "ok", "メリディアン シンクはオフラインモードには対応しておりません。"),
         C("sync", "sla", 99.9, "ok", "メリディアン シンクの稼働率SLAは99.9％です"),
     ],
     archive=True, style="outlook-jp", mailer=OUTLOOK,
     extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Calendar-Series-Instance-Id",
                                                                      "BAAAAIIA4AB0xbcQGoLgCAAAAADQpfHD4urcAQAAAAAAAAAAEAAAAK7rg8XyLnRAkf0h0W4tbKE=")])

# ====================================================================== 0016 a customer reply: interleaved, Proofpoint-rewritten links, two banners
URLDEF = ("https://urldefense.com/v3/__https://www.meridian-data.com/vault/pricing?plan=99-95&ref=MeridianFileSync__;"
          "!!Nm3TQm8x!aB1cD2eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4cD5eF6gH7iJ8kL9$")
T0016 = BANNER_US + """

Hi Marcus,

Answers inline - our security office had a couple of points.

Dana

On Mon, Jun 15, 2026 at 4:41 PM Marcus Hale <marcus.hale@meridian-data.com> wrote:

> [External Email - Use Caution] This message came from outside Harbor Point Medical Group. Report suspicious mail to phishing@harborpointmed.org or ext. 7733.
>
> Hi Dana,
>
> Following up on Meridian Vault for the imaging archive:
>
> - Meridian Vault is $20 per TB per month, with no egress fees for restores.
> - Meridian Vault carries a 99.95% uptime SLA.

Good. Our policy needs 99.95% or better for clinical systems, so that works.

> - Your Meridian Vault backups would live in our Oregon and Virginia regions.

Please confirm the region list in writing - our BAA template needs it.

> - Meridian Vault is HIPAA compliant, and we sign a BAA.
>
> Pricing detail: """ + URLDEF + """
>
> Marcus

Also: we'd budget for about 140 TB in year one, growing maybe 25% a year.

Dana Whitfield
Director, Clinical Systems | Harbor Point Medical Group
"""
mail("0016", "2026-06-16 09:27:40 -0400", DANA, [MARCUS], "[EXTERNAL] Re: Meridian Vault for the imaging archive",
     alt(T0016, "utf-8", "quoted-printable", "0016", style="gmail"),
     claims=[as_quoted(flat(
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month"),
         C("vault", "sla", 99.95, "ok", "Meridian Vault carries a 99.95% uptime SLA."),
         SET("vault", "data_centers", ["Oregon"], "ok", "Your Meridian Vault backups would live in our Oregon and Virginia regions."),
         SET("vault", "data_centers", ["Virginia"], "conflict",
             "Your Meridian Vault backups would live in our Oregon and Virginia regions."),
         C("vault", "certifications", "HIPAA", "unverified", "Meridian Vault is HIPAA compliant, and we sign a BAA."),
     ), "us-hq", "2026-06-16")],
     archive=True, style="gmail")

# ====================================================================== 0017 a Japanese customer reply: 【注意】 banner, DLP notice, Outlook quote
T0017 = BANNER_JP + """

森様

お世話になっております。楓工業の山口です。
メリディアン インサイトのご提案資料、ありがとうございました。

一点確認させてください。御社の販売代理店の方からは、メリディアン インサイトのクエリ応答時間は1秒以内と伺っております。
下記の「最大2秒」とは条件が異なるのでしょうか。

また、社内の稟議（申請番号 R-2026-0712、予算枠 480万円）に間に合わせたく、7月末までにお見積りをいただけますと幸いです。

山口
─────────────────────────
楓工業株式会社　情報システム部
〒210-0007 川崎市川崎区駅前本町11-2
TEL 044-201-5530（内線 318）
─────────────────────────
【DLP】このメールには添付ファイル 1件（PDF、245KB）が含まれ、暗号化されています。パスワードは別メールでお送りします。
本メールは機密情報を含む場合があります。誤って受信された場合は、破棄のうえ送信者までご連絡ください。（情報管理規程 第12条）

-----Original Message-----
From: 森 健二 <kenji.mori@jp.meridian-data.com>
Sent: Tuesday, July 7, 2026 6:05 PM
To: 山口 智子 <t-yamaguchi@kaede-kogyo.co.jp>
Subject: メリディアン インサイトのご提案

山口様

いつもお世話になっております。メリディアン・データの森です。
メリディアン インサイトについて、概要をお送りいたします。

・メリディアン インサイトは、1ユーザーあたり月額4,000円（税抜）でご利用いただけます。
・同製品のクエリ応答時間は最大2秒です。
・メリディアン インサイトでは、最大200個のダッシュボードを作成できます。
・正式リリース（一般提供開始）は2027年1月を予定しており、メリディアン インサイトは現在ベータ版です。

""" + SIG_MORI
C0017 = [
    C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
      "メリディアン インサイトは、1ユーザーあたり月額4,000円（税抜）でご利用いただけます。"),
    C("insight", "query_latency", dur(2, "seconds"), "ok", "同製品のクエリ応答時間は最大2秒です。"),
    C("insight", "max_dashboards", 200, "ok", "メリディアン インサイトでは、最大200個のダッシュボードを作成できます。"),
    C("insight", "general_availability", "2027-01", "ok",
      "正式リリース（一般提供開始）は2027年1月を予定しており、メリディアン インサイトは現在ベータ版です。"),
]
mail("0017", "2026-07-08 09:16:22 +0900", YAMAGUCHI, [MORI], "[外部] RE: メリディアン インサイトのご提案",
     alt(T0017, "utf-8", "base64", "0017", lang="ja"),
     claims=[C("insight", "query_latency", dur(1, "seconds"), "conflict",
               "御社の販売代理店の方からは、メリディアン インサイトのクエリ応答時間は1秒以内と伺っております。", office="unknown"),
             as_quoted(C0017, "tokyo", "2026-07-08")],
     archive=True, style="outlook-jp", mailer=OUTLOOK)

# ====================================================================== 0018 Osaka, with the PPAP gateway's notice appended
T0018 = """北浜化成株式会社
総務部　井上様

いつもお世話になっております。メリディアン・データの松本でございます。
メリディアン・インサイトのお見積りを、パスワード付きZIPにてお送りいたします。

・メリディアン・インサイトは1ユーザーあたり月額4,400円（税込）でございます。
・同製品のクエリ応答時間は1秒以内です。
・メリディアン・インサイトは業界初のAI自動要約機能を搭載しております。

お見積りの数量は45ユーザー、期間は12ヶ月で算出しております。

""" + SIG_MATSUMOTO + """
━━━━━━━━━━━━━━━━━━━━━━━━━━
[Secure Mail Gateway] 添付ファイルは暗号化ZIPに変換されました。
ファイル名: 御見積書_MD-OS-2026-0721.zip（312KB）
パスワードは約5分後に別メールにて通知されます。保存期間: 14日間
━━━━━━━━━━━━━━━━━━━━━━━━━━
"""
M0018 = mail("0018", "2026-07-21 13:05:44 +0900", MATSUMOTO, [INOUE], "メリディアン・インサイト お見積りの件",
             mime.text_part(T0018, "iso-2022-jp", "7bit"),
             claims=[
                 C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
                   "メリディアン・インサイトは1ユーザーあたり月額4,400円（税込）でございます。"),
                 C("insight", "query_latency", dur(1, "seconds"), "conflict", "同製品のクエリ応答時間は1秒以内です。"),
             ],
             findings=[PH("ja.first-in-industry", "業界初のAI自動要約機能")],
             archive=True, style="thunderbird", mailer=THUNDERBIRD, charset="ISO-2022-JP")

# ====================================================================== 0019 a delay notice: text/rfc822-headers only, no body, no claims
DS_0019 = """Reporting-MTA: dns; mx2.osaka.jp.meridian-data.com
X-Postfix-Queue-ID: 4cR2mP1kYbz9vTe
X-Postfix-Sender: rfc822; megumi.matsumoto@osaka.jp.meridian-data.com
Arrival-Date: Tue, 21 Jul 2026 13:05:45 +0900 (JST)

Final-Recipient: rfc822; inoue@kitahama-kasei.co.jp
Original-Recipient: rfc822;inoue@kitahama-kasei.co.jp
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.kitahama-kasei.co.jp[198.51.100.25]:25:
    Connection timed out
Will-Retry-Until: Sat, 25 Jul 2026 13:05:45 +0900 (JST)
"""
T0019 = """This is the mail system at host mx2.osaka.jp.meridian-data.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 4 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<inoue@kitahama-kasei.co.jp>: connect to mail.kitahama-kasei.co.jp[198.51.100.25]:25:
    Connection timed out
"""
mail("0019", "2026-07-21 17:06:01 +0900", ("Mail Delivery System", "MAILER-DAEMON@osaka.jp.meridian-data.com"),
     [MATSUMOTO], "Delayed Mail (still being retried)",
     mime.report([mime.text_part(T0019, "us-ascii", "7bit"), mime.delivery_status(DS_0019),
                  mime.rfc822_headers(headers_only(M0018["raw"]))], "4cR2mP1kYbz9vTe.1784621161/mx2.osaka.jp.meridian-data.com",
                 preamble="This is a MIME-encapsulated message."),
     archive=True, mid="20260721080601.4cR2mP1kYbz9vTe@mx2.osaka.jp.meridian-data.com", return_path="",
     extra=[("Auto-Submitted", "auto-replied")])

# ====================================================================== 0020 a UK help-desk notification (Freshdesk-style)
T0020 = """Please type your reply above this line.
--------------------------------------------------

Ticket #58812 - Restore test for the library archive
Status: Awaiting your reply | Priority: Medium | Agent: Callum Reid

Callum Reid replied (25 Aug 2026, 11:02 BST):

Hello Eleanor,

Thanks for raising this. To answer your questions:

* Meridian Vault keeps daily restore points for 90 days by default.
* For a typical departmental share, the recovery time with Meridian Vault is about 4 hours.
* Your Meridian File Sync desktop clients do not need reinstalling after the restore test.

If it helps, I can book the restore test for Thursday 3 September, 07:30-09:00, before the library opens.

Regards,
Callum Reid
Meridian Data UK Support

--------------------------------------------------
Earlier in this conversation:

Eleanor Pike (24 Aug 2026, 16:47 BST):
How long are restore points kept, and how quickly can a 1.5 TB share come back? We have about 11 departmental shares in total.

Meridian Data UK Support (24 Aug 2026, 16:47 BST):
Thank you for contacting Meridian Data UK Support. Your ticket number is 58812. Our support desk aims to respond within 8 business hours (Mon-Fri 08:00-18:00 UK time).
--------------------------------------------------
Meridian Data UK Ltd, 2 Kingdom Street, London W2 6BD. Company no. 09817342.
You are receiving this because you raised ticket #58812. Manage notifications: https://support.uk.meridian-data.com/notifications?u=e.pike&t=58812
"""
mail("0020", "2026-08-25 11:02:39 +0100", UK_DESK, [ELEANOR], "[Ticket #58812] Restore test for the library archive",
     alt(T0020, "utf-8", "quoted-printable", "0020"),
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps daily restore points for 90 days by default."),
         C("vault", "rto", dur(4, "hours"), "unverified",
           "For a typical departmental share, the recovery time with Meridian Vault is about 4 hours."),
     ],
     findings=[TERM("sync", "Your Meridian File Sync desktop clients")],
     archive=True, style="webmail", extra=[("X-Mailer", "Freshdesk"), ("Auto-Submitted", "auto-generated")])

# ====================================================================== 0021 a US out-of-office reply: a product line in the signature
T0021 = """Thanks for your note. I'm out of the office until Monday, September 21 with limited access to email.

For pricing or contract questions please contact Jenna Ruiz at (415) 555-0199. For technical issues, open a ticket at support@meridian-data.com (ticket numbers start with MD-) and the on-call engineer will pick it up.

-- 
Marcus Hale | Account Executive, West | Meridian Data Inc.
o: (415) 555-0142 | 535 Mission St, Suite 1400, San Francisco, CA 94105
Meridian Insight is in open beta - start a 30-day free trial at meridian-data.com/insight
"""
mail("0021", "2026-09-15 08:12:09 -0700", MARCUS, [ALICIA], "Automatic reply: Meridian Insight renewal question",
     mime.text_part(T0021, "us-ascii", "7bit"), archive=False, style="outlook-us", mailer=OUTLOOK,
     extra=[AUTO, ("X-Auto-Response-Suppress", "All")])

# ====================================================================== 0022 an Exchange NDR (English) with the US original attached
T0022_ORIG = """Hi Alicia,

Good news on the renewal side. Here's where Meridian Insight stands:

* Meridian Insight goes GA in October 2026, so your beta workspace converts automatically.
* Meridian Insight is $30 per user per month at list.
* Each Meridian Insight workspace supports up to 500 dashboards.

It's the industry-leading analytics add-on for claims teams, and I think your 35 analysts will love it.

Marcus

""" + SIG_MARCUS
ORIG_0022 = inner(MARCUS, [("Alicia Romero", "aromero@tidewater-analytic.com")], "Meridian Insight renewal question",
                  "2026-10-06 14:20:31 -0700", mime.text_part(T0022_ORIG, "utf-8", "quoted-printable"),
                  style="outlook-us", extra=[OUTLOOK])
T0022_NOTE = """Delivery has failed to these recipients or groups:

aromero@tidewater-analytic.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: BY5PR11MB4410.namprd11.prod.outlook.com

aromero@tidewater-analytic.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
Message size: 18 KB, retry count 0
"""
DS_0022 = """Reporting-MTA: dns;BY5PR11MB4410.namprd11.prod.outlook.com
Received-From-MTA: dns;BY5PR11MB4410.namprd11.prod.outlook.com
Arrival-Date: Tue, 6 Oct 2026 21:20:31 +0000

Final-Recipient: rfc822;aromero@tidewater-analytic.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
mail("0022", "2026-10-06 14:20:34 -0700", ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@meridian-data.com"),
     [MARCUS], "Undeliverable: Meridian Insight renewal question",
     mime.report([mime.text_part(T0022_NOTE, "us-ascii", "7bit"), mime.delivery_status(DS_0022),
                  mime.attached_message(ORIG_0022)], mime.boundary("0022")),
     claims=[as_quoted([
         C("insight", "general_availability", "2026-10", "conflict",
           "Meridian Insight goes GA in October 2026, so your beta workspace converts automatically."),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month at list."),
         C("insight", "max_dashboards", 500, "conflict", "Each Meridian Insight workspace supports up to 500 dashboards."),
     ], "us-hq", "2026-10-06")],
     findings=[PH("en.superlative", "It's the industry-leading analytics add-on", quoted=True)],
     archive=True, style="outlook-us", return_path="", extra=[("Auto-Submitted", "auto-replied")])

# ====================================================================== 0023 Tokyo answers a customer; the quote carries the gateway's marks
SAFE_JP = ("https://apc01.safelinks.protection.outlook.com/?url=https%3A%2F%2Frfp.oowada-sys.co.jp%2Fportal%2F2026%2F"
           "RFP-1130%3Flang%3Dja&data=05%7C02%7Ckenji.mori%40jp.meridian-data.com%7C3c9e0b7a%7C0%7C0%7C6389"
           "48216052117734%7CUnknown&sdata=ZxK2pQ7v%2Bm9N1tR4uW8yB3cE6fH0jL5oS2aD7gI9kM%3D&reserved=0")
T0023 = """林様

お世話になっております。メリディアン・データの森です。
ご質問いただいた点について、以下のとおりご回答いたします。

メリディアン インサイトの一般提供開始は2027年1月を予定しております。それまではベータ版としてご利用いただけます。
同製品の無料トライアル期間は30日間です。
米国のお客様向けの価格表では、同製品は1ユーザーあたり月額30ドルとなっております（ご参考）。

RFPポータルへの回答書（全18ページ）は、11月30日の締切までにアップロードいたします。

""" + SIG_MORI + """
2026年10月19日(月) 9:12 林 由紀子 <y.hayashi@oowada-sys.co.jp>:
> """ + BANNER_JP + """
>
> メリディアン・データ 森様
>
> 大和田システムの林です。RFP（""" + SAFE_JP + """）の件で2点質問です。
> ・メリディアン インサイトは2026年内に正式リリースされますか？
> ・無料トライアルの期間を教えてください。
>
> 林
"""
mail("0023", "2026-10-20 10:48:15 +0900", MORI, [HAYASHI], "RE: [外部] メリディアン インサイトについて",
     alt(T0023, "utf-8", "base64", "0023", lang="ja"),
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供開始は2027年1月を予定しております。"),
         C("insight", "free_trial", dur(30, "days"), "ok", "同製品の無料トライアル期間は30日間です。"),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "office-variant",
           "米国のお客様向けの価格表では、同製品は1ユーザーあたり月額30ドルとなっております（ご参考）。"),
     ],
     archive=True, style="outlook-jp", mailer=OUTLOOK)

# ====================================================================== 0024 a read receipt (disposition-notification): no claims
T0024 = """次の宛先に送信されたメッセージの開封確認です:

宛先: 林 由紀子 <y.hayashi@oowada-sys.co.jp>
件名: RE: [外部] メリディアン インサイトについて
送信日時: 2026/10/20 10:48

開封日時: 2026/10/21 9:03

注意: この開封確認は、メッセージが受信者のコンピューターに表示されたことのみを示します。
メッセージが読まれたこと、または内容が理解されたことを保証するものではありません。
"""
MDN_0024 = """Reporting-UA: OOWADA-PC-0418; Microsoft Outlook 16.0
Final-Recipient: rfc822;y.hayashi@oowada-sys.co.jp
Original-Message-ID: <%s>
Disposition: manual-action/MDN-sent-manually; displayed
""" % next(m for m in MESSAGES if m["n"] == "0023")["message_id"]
mail("0024", "2026-10-21 09:03:27 +0900", HAYASHI, [MORI], "開封済み: RE: [外部] メリディアン インサイトについて",
     mime.report([mime.text_part(T0024, "iso-2022-jp", "7bit"),
                  mime.Part([("Content-Type", "message/disposition-notification")], MDN_0024.encode("ascii"))],
                 mime.boundary("0024"), report_type="disposition-notification"),
     archive=True, style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP", reply_to="0023")

# ====================================================================== 0025 London forwards a bounce as an attachment (original nested inside)
T0025_ORIG = """Hi Priya,

Gavin asked me to send you the renewal figures for Meridian Vault ahead of your budget round:

- Meridian Vault stays at £16 per TB per month at renewal.
- Each Meridian Vault tenant holds up to 500 TB, so your 210 TB leaves plenty of headroom.
- Meridian Vault's RPO is 5 minutes on the Enterprise tier.

Best,
Harriet

""" + SIG_HARRIET
ORIG_0025 = inner(HARRIET, [("Priya Nair", "p.nair@dunmore-logistic.co.uk")], "Meridian Vault renewal figures",
                  "2026-11-05 09:41:12 +0000", mime.text_part(T0025_ORIG, "utf-8", "quoted-printable"),
                  style="outlook-uk", extra=[OUTLOOK])
T0025_NOTE = """Delivery has failed to these recipients or groups:

p.nair@dunmore-logistic.co.uk
The domain dunmore-logistic.co.uk couldn't be found. Check the spelling of the recipient's email address and try again.

Diagnostic information for administrators:

Generating server: LO4P265MB3318.GBRP265.PROD.OUTLOOK.COM
Remote Server returned '550 5.4.310 DNS domain dunmore-logistic.co.uk does not exist [Message=InfoDomainNonexistent]'

Original message headers:
Message size: 21 KB, retry count 0
"""
DS_0025 = """Reporting-MTA: dns;LO4P265MB3318.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Thu, 5 Nov 2026 09:41:12 +0000

Final-Recipient: rfc822;p.nair@dunmore-logistic.co.uk
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;550 5.4.310 DNS domain dunmore-logistic.co.uk does not exist [Message=InfoDomainNonexistent]
"""
NDR_0025 = mime.message([
    ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@uk.meridian-data.com>"),
    ("To", mime.address(*HARRIET)), ("Subject", "Undeliverable: Meridian Vault renewal figures"),
    ("Date", format_datetime(parse_dt("2026-11-05 09:41:14 +0000"))),
    ("Message-ID", "<%s>" % msgid("outlook-uk", "ndr-0025")), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
    mime.report([mime.text_part(T0025_NOTE, "us-ascii", "7bit"), mime.delivery_status(DS_0025),
                 mime.attached_message(ORIG_0025)], mime.boundary("ndr-0025")))
T0025 = """Hi Gavin,

My email to Priya bounced (the address has "logistic" without the s) - the bounce is attached, with my original inside it.
Could you pass it on to her, or send me her correct address?

One correction while I'm at it: the RPO line in there is wrong. Meridian Vault's RPO is 15 minutes, not 5.

Thanks,
Harriet

""" + SIG_HARRIET
mail("0025", "2026-11-05 10:02:51 +0000", HARRIET, [GAVIN], "FW: Undeliverable: Meridian Vault renewal figures",
     mime.multipart("mixed", [mime.text_part(T0025, "utf-8", "quoted-printable"),
                              mime.attached_message(NDR_0025, "Undeliverable Meridian Vault renewal figures.eml")],
                    mime.boundary("0025")),
     claims=[C("vault", "rpo", dur(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes, not 5."),
             as_quoted([
                 C("vault", "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault stays at £16 per TB per month at renewal."),
                 C("vault", "max_storage", 500 * TB, "ok", "Each Meridian Vault tenant holds up to 500 TB"),
                 C("vault", "rpo", dur(5, "minutes"), "conflict", "Meridian Vault's RPO is 5 minutes on the Enterprise tier."),
             ], "london", "2026-11-05")],
     archive=True, style="outlook-uk", mailer=OUTLOOK)

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "general_availability", ("tokyo", "us-hq")),
    ("meridian-insight", "query_latency", ("osaka", "tokyo")),
    ("meridian-sync", "max_users", ("london", "osaka")),
    ("meridian-sync", "offline_mode", ("london", "tokyo")),
]

from docs_content import DOCS  # noqa: E402,F401
