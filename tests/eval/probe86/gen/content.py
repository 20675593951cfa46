"""The messages of set 86 (text exported from PDF and Word), each with its hand-written labels.

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
         reply_to=None, mailer=None, charset="UTF-8", crlf=False, received=None, extra=()):
    name, addr = frm
    domain = addr.split("@")[1]
    dt = parse_dt(when)
    mid = msgid(style, "%s|%s" % (dt.strftime("%Y%m%d%H%M%S"), n), domain)
    hdrs = [("Return-Path", "<%s>" % addr)]
    rcpt = to[0][1]
    relay = received or ("mail-%s.%s" % (h(n, 6), domain))
    hdrs.append(("Received", "from %s (%s [203.0.113.%d])\n\tby mx.%s with ESMTPS id %s\n\tfor <%s>; %s"
                 % (relay, relay, int(h(n, 2), 16) % 250 + 2, rcpt.split("@")[1], h(n + "r", 12).upper(), rcpt,
                    format_datetime(dt))))
    hdrs.append(("From", mime.address(name, addr, charset)))
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


def attachment_txt(text, charset, cte, filename):
    """A text/plain attachment (a PDF or Word file run through a converter)."""
    p = mime.text_part(text, charset, cte, params='; name="%s"' % filename)
    p.headers.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    return p


def mixed(parts, seed, style="outlook"):
    return mime.multipart("mixed", parts, mime.boundary(seed + "|mixed", style))


# ---------------------------------------------------------------------- people
MEGAN = ("Megan Torres", "megan.torres@meridian-data.com")
KEVIN = ("Kevin Park", "kevin.park@meridian-data.com")
HARRIET = ("Harriet Ives", "harriet.ives@uk.meridian-data.com")
CALLUM = ("Callum Reid", "callum.reid@uk.meridian-data.com")
MORITA = ("森田 遥", "haruka.morita@jp.meridian-data.com")
ISHII = ("石井 健太", "kenta.ishii@jp.meridian-data.com")
YOSHIKAWA = ("吉川 大樹", "daiki.yoshikawa@osaka.jp.meridian-data.com")

LAURA = ("Laura Jennings", "ljennings@coastline-credit.org")
MARTIN = ("Martin Hale", "m.hale@pennine-water.co.uk")
AISHA = ("Aisha Khan", "a.khan@bramblefield.ac.uk")
RAVI = ("Ravi Menon", "ravi.menon@orchardlane-health.com")
MATSUMOTO = ("松本 恵", "megumi.matsumoto@kiso-kogyo.co.jp")
NISHIDA = ("西田 誠", "nishida@hanshin-unyu.co.jp")
ONISHI = ("大西 沙織", "onishi@seto-pharma.co.jp")
KAWAI = ("河合 隆", "kawai@naniwa-denki.co.jp")
MURAKAMI = ("村上 彩", "murakami@kita-shoji.co.jp")

SIG_MEGAN = """--
Megan Torres | Account Executive, Financial Services
Meridian Data Inc. | 600 Harrison St, Suite 400, San Francisco, CA 94107
Direct +1 (415) 555-0147 | Mobile +1 (415) 555-0188
"""

SIG_KEVIN = """--
Kevin Park
Solutions Engineer, Healthcare | Meridian Data Inc.
+1 (646) 555-0132 | 250 Park Ave S, 7th Floor, New York, NY 10003
"""

SIG_HARRIET = """Harriet Ives
Senior Account Manager, Public Sector
Meridian Data UK Ltd · 1 Finsbury Avenue, London EC2M 2PF
T +44 20 7946 0321 · M +44 7700 900 412
Registered in England and Wales No. 09876543 · VAT GB 123 4567 89
"""

SIG_CALLUM = """Callum Reid | Account Manager, Education
Meridian Data UK Ltd | 0161 496 0755 | 07700 900 963
"""

SIG_MORITA = """――――――――――――――――――――
メリディアン・データ株式会社　東京オフィス
ソリューション営業部　森田 遥（Haruka Morita）
〒100-0004 東京都千代田区大手町1-9-2 大手町フィナンシャルシティ 18F
TEL：03-6555-0142　FAX：03-6555-0143
――――――――――――――――――――
"""

SIG_ISHII = """━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 東京オフィス
営業第二部　石井 健太
TEL 03-6555-0157 ／ 携帯 090-5555-0264
━━━━━━━━━━━━━━━━━━━━
"""

SIG_YOSHIKAWA = """==============================
メリディアン・データ株式会社 大阪オフィス
吉川 大樹（よしかわ だいき）
〒541-0041 大阪市中央区北浜2-6-18 淀屋橋スクエア9F
TEL 06-6555-0120　携帯 080-5555-0487
==============================
"""

# ====================================================================== 0001 US, Sync overview pasted from a PDF
T0001 = """Hi Laura,

Thanks for the call on Tuesday. As promised, here is the relevant part of
our product overview. I copied it straight out of the PDF, so please excuse
the odd line breaks.

----- pasted from "Meridian Sync Product Overview (Oct 2025).pdf" -----
2  Meridian Sync at a glance
Meridian Sync gives every employee one place for files, on
every device. Each named user receives 1 TB of stor-
age, and an organization can add up to 5,000 users to one
Meridian Sync tenant. Meridian Sync is backed by a 99.9% avail-
ability commitment in our standard SLA. Supported platforms
for Meridian Sync are Windows, macOS, iOS and

Meridian Data — Confidential — Page 2 of 6
\x0c
Meridian Sync Product Overview                              October 2025
Android. List price for Meridian Sync is $399 per month for the
organization, billed annually.
----- end of paste -----

For Coastline we discussed roughly 1,150 users in the first wave, with
the remaining 600 branch staff in Q2. I'll send a formal quote once
procurement confirms the 3-year term.

Best,
Megan
""" + SIG_MEGAN
mail("0001", "2025-11-20 10:41:07 -0800", MEGAN, [LAURA], "Meridian Sync overview (pasted from the PDF)",
     alt(T0001, "utf-8", "quoted-printable", "0001"), style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "storage_per_user", 1 * TB, "ok", "Each named user receives 1 TB of stor-\nage"),
         C("sync", "max_users", 5000, "ok", "an organization can add up to 5,000 users to one\nMeridian Sync tenant."),
         C("sync", "sla", 99.9, "ok", "Meridian Sync is backed by a 99.9% avail-\nability commitment in our standard SLA."),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS"], "ok",
             "for Meridian Sync are Windows, macOS, iOS and"),
         C("sync", "supported_platforms", "Android", "ok", "Android. List price for Meridian Sync"),
         C("sync", "monthly_price", money(399, "USD", "month"), "ok",
           "List price for Meridian Sync is $399 per month for the\norganization"),
     ])

# ====================================================================== 0002 Tokyo, Word proposal pasted (ISO-2022-JP)
T0002 = """木曽工業株式会社
情報システム部　松本様

いつもお世話になっております。メリディアン・データの森田です。
先日ご依頼いただいた提案書（Word版）の該当箇所を、以下に貼り付けます。
レイアウトが崩れている箇所がございますがご容赦ください。

＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝
社外秘　　　　　　　　　　　　　　　　　　　　　　　　3/8
3. メリディアン シンクのご利用条件

■ご利用人数
メリディアン シンクは1テナントあたり最大5,000ユー
ザーまでご利用いただけます。

■ストレージ
同製品では1ユーザーあたり1TBの保存容量をご用意しております。

■料金
同製品の月額料金は50,000円（税抜）です。

社外秘　　　　　　　　　　　　　　　　　　　　　　　　4/8
■稼働率
同製品のSLAにおける月間稼働
率は99.9％です。
＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝

なお、御社の現行ご利用人数（約3,200名）であれば、上限内でご利用いただけます。
お見積書は12月10日までにお送りいたします。

""" + SIG_MORITA
mail("0002", "2025-12-03 14:22:51 +0900", MORITA, [MATSUMOTO], "提案書（Word版）抜粋の送付",
     mime.text_part(T0002, "iso-2022-jp", "7bit"), style="outlook-jp", mailer=OUTLOOK, charset="ISO-2022-JP",
     archive=True,
     claims=[
         C("sync", "max_users", 5000, "ok", "メリディアン シンクは1テナントあたり最大5,000ユー\nザーまでご利用いただけます。"),
         C("sync", "storage_per_user", 1 * TB, "ok", "同製品では1ユーザーあたり1TBの保存容量をご用意しております。"),
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "同製品の月額料金は50,000円（税抜）です。"),
         C("sync", "sla", 99.9, "ok", "同製品のSLAにおける月間稼働\n率は99.9％です。"),
     ])

# ====================================================================== 0003 London, Vault summary as a .txt attachment
T0003 = """Dear Martin,

Further to our meeting in Leeds, please find attached a plain-text copy of
the Meridian Vault service summary (your mail gateway strips PDFs, so I ran
it through a converter; apologies for the formatting).

The pricing you asked about is in section 4. The quote for the 120 TB
estate will follow separately once we have agreed the 36-month term.

Kind regards,

""" + SIG_HARRIET
A0003 = """Meridian Vault
Service Summary — United Kingdom
Version 2.0 · December 2025

Contents
1 Overview ...................................................... 1
2 Recovery objectives ........................................... 2
3 Retention and capacity ........................................ 2
4 Pricing ....................................................... 3

1 Overview
Meridian Vault is a managed backup service for ﬁle servers, databases
and SaaS workloads. Backups are encrypted at rest with AES-256 and
stored in our data centres in Frankfurt and London.¹

¹ Customer data for UK tenants stays within the UK and the EEA.
Meridian Data UK Ltd — Commercial in Conﬁdence                 Page 1 of 3
\x0c
Meridian Vault — Service Summary                                  v2.0

2 Recovery objectives
2.1 Recovery point objective (RPO): 15 minutes for all protected
    workloads.
2.2 Recovery time objective (RTO): 4 hours for a full tenant restore.

3 Retention and capacity
3.1 Default retention: 90 days; longer retention is available as an
    add-on.
3.2 Each tenant can store up to 500 TB.

Meridian Data UK Ltd — Commercial in Conﬁdence                 Page 2 of 3
\x0c
Meridian Vault — Service Summary                                  v2.0

4 Pricing
Meridian Vault is priced at £16 per TB per month, ex-
cluding VAT. Availability is covered by a 99.95% service-level
agreement.

Meridian Data UK Ltd — Commercial in Conﬁdence                 Page 3 of 3
"""
mail("0003", "2025-12-15 16:05:33 +0000", HARRIET, [MARTIN], "Meridian Vault service summary (text version)",
     mixed([mime.text_part(T0003, "utf-8", "quoted-printable"),
            attachment_txt(A0003, "utf-8", "base64", "Meridian_Vault_Service_Summary_v2.txt")], "0003"),
     style="outlook-uk", mailer=OUTLOOK, archive=True,
     claims=[
         C("vault", "encryption", "AES-256", "ok", "Backups are encrypted at rest with AES-256"),
         C("vault", "data_centers", "Frankfurt", "ok", "stored in our data centres in Frankfurt and London.¹"),
         C("vault", "data_centers", "London", "conflict", "stored in our data centres in Frankfurt and London.¹"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "2.1 Recovery point objective (RPO): 15 minutes for all protected"),
         C("vault", "rto", dur(4, "hours"), "unverified", "2.2 Recovery time objective (RTO): 4 hours for a full tenant restore."),
         C("vault", "retention", dur(90, "days"), "ok", "3.1 Default retention: 90 days"),
         C("vault", "max_storage", 500 * TB, "ok", "3.2 Each tenant can store up to 500 TB."),
         C("vault", "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok",
           "Meridian Vault is priced at £16 per TB per month, ex-\ncluding VAT."),
         C("vault", "sla", 99.95, "ok", "Availability is covered by a 99.95% service-level\nagreement."),
     ])

# ====================================================================== 0004 customer reply (not archived)
T0004 = """Hi Harriet,

Thanks, the text version came through fine. For our board paper I have
summarised it as: Meridian Vault keeps backups for 90 days by default and
has an RPO of 15 minutes.

Could the retention be extended to seven years for the regulatory archive?
And is the 120 TB estimate still fine for the first year?

Regards,
Martin Hale
Head of IT Infrastructure, Pennine Water Ltd
01274 555 0190

On Mon, 15 Dec 2025 at 16:05, Harriet Ives <harriet.ives@uk.meridian-data.com> wrote:
""" + quote(T0003)
mail("0004", "2026-01-08 09:17:40 +0000", MARTIN, [HARRIET], "Re: Meridian Vault service summary (text version)",
     mime.text_part(T0004, "utf-8", "quoted-printable"), style="gmail", reply_to="0003",
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "has an RPO of 15 minutes."),
     ])

# ====================================================================== 0005 Osaka, quote PDF pasted as text (Shift_JIS)
T0005 = """阪神運輸株式会社
総務部　西田様

いつも大変お世話になっております。
メリディアン・データ大阪オフィスの吉川でございます。

お見積書（PDF）の内容を本文にも貼り付けておきます。PDFが開けない場合は
こちらをご参照ください。

--------------------------------------------------------------------------
御 見 積 書                                          No. OSK-2601-0042
                                                     2026年1月20日
品名                              数量     単価              金額
メリディアン シンク 月額基本料金   12ヶ月   50,000円/月       600,000円
メリディアン ボールト 容量課金     30TB     2,800円/TB・月    84,000円/月
                                           小計              684,000円
※金額はすべて税抜です。
--------------------------------------------------------------------------

業界最安水準の価格でご提供しております。
ご不明な点がございましたら、お気軽にお問い合わせください。

""" + SIG_YOSHIKAWA
mail("0005", "2026-01-20 11:03:12 +0900", YOSHIKAWA, [NISHIDA], "お見積書送付の件（本文にも貼付）",
     mime.text_part(T0005, "shift_jis", "base64"), style="webmail", mailer=ACTIVEMAIL, charset="SHIFT_JIS",
     archive=True,
     claims=[
         C("sync", "monthly_price", money(50000, "JPY", "month", "excluded"), "ok",
           "メリディアン シンク 月額基本料金   12ヶ月   50,000円/月"),
         C("vault", "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
           "メリディアン ボールト 容量課金     30TB     2,800円/TB・月"),
     ],
     findings=[PH("ja.cheapest", "業界最安水準の価格でご提供しております。")])

# ====================================================================== 0006 US, Insight beta brief page with footnotes
T0006 = """Hi Ravi,

Pasting the key page of the Meridian Insight beta brief below, since the
PDF is 14 MB and your mailbox bounced it.

MERIDIAN INSIGHT — BETA BRIEF                              February 2026

Meridian Insight is in public beta today and will be generally
available in January 2027.¹ During the beta, Meridian Insight can be
tried with a 30-day free trial on your own data. Meridian Insight
queries on a 100-million-row workspace return in under 2 seconds
(p95),² and each Meridian Insight workspace holds up to 200
dashboards.

Pricing at GA: Meridian Insight is $30 per user per month, billed
annually.

Meridian Insight delivers industry-leading query performance on
large workspaces.²

____________________
¹ Dates are targets and may change; see the roadmap r7.
² Source: Meridian Insight Performance Brief v1.3, p95 latency.
Meridian Data, Inc. — Public                                   3 / 5

Happy to set up the trial tenant whenever your team is ready; we'd
suggest 25 seats to start.

Kevin
""" + SIG_KEVIN
mail("0006", "2026-02-10 13:28:44 -0500", KEVIN, [RAVI], "Meridian Insight beta brief (text)",
     mime.text_part(T0006, "utf-8", "quoted-printable"), style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "will be generally\navailable in January 2027.¹"),
         C("insight", "free_trial", dur(30, "days"), "ok", "tried with a 30-day free trial on your own data."),
         C("insight", "query_latency", dur(2, "seconds"), "ok", "return in under 2 seconds\n(p95),²"),
         C("insight", "max_dashboards", 200, "ok", "each Meridian Insight workspace holds up to 200\ndashboards."),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
           "Meridian Insight is $30 per user per month"),
     ])

# ====================================================================== 0007 London, Word paragraph pasted
T0007 = """Hi Aisha,

Below is the paragraph from our Word proposal that your procurement team
asked for, pasted as plain text:

  Meridian Insight, our analytics service, becomes generally available
  in November 2026, following a public beta that is free of charge for
  all partici-
  pants. After launch, its subscription is £25 per user per month plus
  VAT.

  [Page break]

  Meridian Insight connects to more than 40 data sources out of the
  box, including Salesforce, NetSuite and Snowflake.

Happy to walk your team through it on the 3rd.

Best wishes,
""" + SIG_CALLUM
mail("0007", "2026-02-24 15:47:02 +0000", CALLUM, [AISHA], "Insight paragraph for procurement",
     alt(T0007, "utf-8", "quoted-printable", "0007", style="apple"), style="apple", mailer=APPLE, archive=True,
     claims=[
         C("insight", "general_availability", "2026-11", "conflict",
           "Meridian Insight, our analytics service, becomes generally available\n  in November 2026"),
         C("insight", "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok",
           "its subscription is £25 per user per month plus\n  VAT."),
         C("insight", "integrations", 40, "unverified", "Meridian Insight connects to more than 40 data sources"),
     ])

# ====================================================================== 0008 Tokyo, Word chapter with numbered headings
T0008 = """松本様

お世話になっております。東京オフィスの石井です。
ご依頼の提案書（Word）第2章を以下に貼り付けます。

━━━━━━━━━━━━━━━━━━━━━━━━━━
2. メリディアン シンク ご提案内容
2.1 ご利用人数
同製品は1テナントあたり最大1万ユーザーまでご利用いただけます。
2.2 対応OS
Windows、macOS、iOS、Androidに対応しています。
2.3 セキュリティ
ISO 27001およびSOC 2 Type IIの認証を取得しています。
━━━━━━━━━━━━━━━━━━━━━━━━━━
　　　　　　　　　　　　　　- 5 -

第3章（お見積り）は3月17日の打ち合わせでご説明いたします。

""" + SIG_ISHII
mail("0008", "2026-03-10 17:12:09 +0900", ISHII, [MATSUMOTO], "提案書 第2章の抜粋",
     alt(T0008, "utf-8", "base64", "0008", lang="ja"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "max_users", 10000, "stale", "同製品は1テナントあたり最大1万ユーザーまでご利用いただけます。"),
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "Windows、macOS、iOS、Androidに対応しています。"),
         SET("sync", "certifications", ["ISO 27001", "SOC 2 Type II"], "ok",
             "ISO 27001およびSOC 2 Type IIの認証を取得しています。"),
     ])

# ====================================================================== 0009 US, table of contents pasted from the PDF
T0009 = """Hi Laura,

Our RFP response is attached to the portal submission. For the committee
pack, here is the table of contents as it came out of the PDF:

  Table of Contents
  1. Executive Summary ........................................ 2
  2. Meridian Sync: Users and Licensing ....................... 4
  3. Service Levels and Support .............................. 7
  4. Security and Certifications ............................. 9
  5. Pricing ................................................. 12

To answer the committee's question directly: today Meridian Sync supports
up to 5,000 users per tenant, and its uptime SLA is 99.9%. For Meridian
Sync, our support desk responds to Severity 1 tickets within 1 hour.

Thanks,
Megan
""" + SIG_MEGAN
mail("0009", "2026-03-25 08:55:30 -0700", MEGAN, [LAURA], "RE: RFP CCU-2026-03 - table of contents",
     alt(T0009, "utf-8", "quoted-printable", "0009"), style="outlook-us", mailer=OUTLOOK, archive=True,
     reply_to="0001",
     claims=[
         C("sync", "max_users", 5000, "ok", "today Meridian Sync supports\nup to 5,000 users per tenant"),
         C("sync", "sla", 99.9, "ok", "its uptime SLA is 99.9%."),
         C("sync", "support_response_time", dur(1, "hours"), "unverified",
           "our support desk responds to Severity 1 tickets within 1 hour."),
     ])

# ====================================================================== 0010 Osaka, Word excerpt with a page-break line
T0010 = """西田様

お世話になっております。大阪の吉川です。
ご質問の箇所を、概要資料（Word）から抜粋いたします。

■ メリディアン ボールト 製品概要
・RPO（目標復旧時点）：15分
・標準の保持期間：90日間
・データセンター：東京、大阪、シンガポール
・SLA：99.95％

――――――――――――― 改ページ ―――――――――――――

同製品であれば、お客様のデータが失われることは絶対にありません。

4月24日（金）14時からのお打ち合わせ、よろしくお願いいたします。

""" + SIG_YOSHIKAWA
mail("0010", "2026-04-15 10:30:00 +0900", YOSHIKAWA, [NISHIDA], "メリディアン ボールト 概要資料の抜粋",
     mime.text_part(T0010, "utf-8", "quoted-printable"), style="webmail", mailer=ACTIVEMAIL, archive=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "・RPO（目標復旧時点）：15分"),
         C("vault", "retention", dur(90, "days"), "ok", "・標準の保持期間：90日間"),
         SET("vault", "data_centers", ["Tokyo", "Osaka"], "ok", "・データセンター：東京、大阪、シンガポール"),
         C("vault", "data_centers", "Singapore", "conflict", "・データセンター：東京、大阪、シンガポール"),
         C("vault", "sla", 99.95, "ok", "・SLA：99.95％"),
     ],
     findings=[PH("ja.absolute", "お客様のデータが失われることは絶対にありません。")])

# ====================================================================== 0011 Tokyo, PDF converted to a .txt attachment
T0011 = """瀬戸製薬株式会社
情報システム課　大西様

お世話になっております。メリディアン・データ東京オフィスの森田でございます。
メリディアン ボールトの製品概要（PDF）をテキスト形式に変換したものを添付いたします。
貴社のメール環境ではPDF添付を受信できないと伺いましたので、テキスト版でお送りします。

ご検討のほど、よろしくお願いいたします。

""" + SIG_MORITA
A0011 = """メリディアン ボールト　製品概要
2026年5月版　　　　　　　　　　　　　　　　　　　　　　　社外秘 1/3

目次
1. 概要 ……………………………………………………………… 1
2. 復旧目標と保持期間 ……………………………………… 2
3. 料金 ……………………………………………………………… 3

1. 概要
メリディアン ボールトは、ファイルサーバー、データベース、SaaSのデータを
自動でバックアップするマネージドサービスです。保存データはAES-256で暗号
化されます。
\x0c
メリディアン ボールト　製品概要　　　　　　　　　　　　社外秘 2/3

2. 復旧目標と保持期間
2.1 RPO（目標復旧時点）は15分です。
2.2 バックアップの標準保持期間は30日間です※1。

※1 保持期間は管理画面から延長できます（別途費用）。
\x0c
メリディアン ボールト　製品概要　　　　　　　　　　　　社外秘 3/3

3. 料金
同製品の料金は1TBあたり月額3,080円（税込）です。
"""
mail("0011", "2026-05-06 09:14:26 +0900", MORITA, [ONISHI], "メリディアン ボールト製品概要（テキスト版）",
     mixed([mime.text_part(T0011, "utf-8", "base64"),
            attachment_txt(A0011, "utf-8", "base64", "vault_gaiyou_2026-05.txt")], "0011"),
     style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("vault", "encryption", "AES-256", "ok", "保存データはAES-256で暗号\n化されます。"),
         C("vault", "rpo", dur(15, "minutes"), "ok", "2.1 RPO（目標復旧時点）は15分です。"),
         C("vault", "retention", dur(30, "days"), "conflict", "2.2 バックアップの標準保持期間は30日間です※1。"),
         C("vault", "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok",
           "同製品の料金は1TBあたり月額3,080円（税込）です。"),
     ])

# ====================================================================== 0012 London, Word bullets with ligatures
T0012 = """Dear Martin,

Following your board's questions, here is the updated wording from our
proposal (section 3, "Data protection"), copied from the Word ﬁle:

▪ Meridian Vault retains backups for 90 days by default, with ﬂexible
  add-on options for longer periods.
▪ Meridian Vault backups are encrypted at rest using AES-256.
▪ It is covered by a 99.95% availability SLA.
▪ Its recovery point objective (RPO) is 15 minutes, conﬁgurable per
  workload.

The remaining sections are unchanged from version 2.0. I will bring
printed copies to the meeting on 2 June.

Kind regards,

""" + SIG_HARRIET
mail("0012", "2026-05-20 12:40:18 +0100", HARRIET, [MARTIN], "Updated data protection wording",
     alt(T0012, "utf-8", "quoted-printable", "0012"), style="outlook-uk", mailer=OUTLOOK, archive=True,
     claims=[
         C("vault", "retention", dur(90, "days"), "ok", "Meridian Vault retains backups for 90 days by default"),
         C("vault", "encryption", "AES-256", "ok", "Meridian Vault backups are encrypted at rest using AES-256."),
         C("vault", "sla", 99.95, "ok", "It is covered by a 99.95% availability SLA."),
         C("vault", "rpo", dur(15, "minutes"), "ok", "Its recovery point objective (RPO) is 15 minutes"),
     ])

# ====================================================================== 0013 customer, requirements pasted from their PDF
T0013 = """メリディアン・データ株式会社
森田様

お世話になっております。瀬戸製薬の大西です。
社内の要件定義書（PDF）から該当部分をコピーしました。

　要件No.　要件　　　　　　　　　　　　　　　　　必須/任意
　R-01　　 利用者数 2,000名以上　　　　　　　　　必須
　R-02　　 稼働率 99.9%以上　　　　　　　　　　　必須
　R-03　　 対応OS：Windows、macOS、Linux　　　　 必須

なお、先日のセミナーで、メリディアン シンクはLinuxにも対応していると伺っております。
また、オフラインでも編集できるのでしょうか。

よろしくお願いいたします。
大西 沙織
瀬戸製薬株式会社 情報システム課
TEL 0561-55-0123（内線 2417）
"""
mail("0013", "2026-06-09 10:12:45 +0900", ONISHI, [MORITA], "要件定義書の抜粋と質問",
     mime.text_part(T0013, "utf-8", "quoted-printable"), style="thunderbird", mailer=THUNDERBIRD,
     claims=[
         C("sync", "supported_platforms", "Linux", "conflict", "メリディアン シンクはLinuxにも対応していると伺っております。"),
     ])

# ====================================================================== 0014 Tokyo, reply with the customer's mail quoted
T0014 = """大西様

お世話になっております。森田です。
ご質問の件、回答いたします。

メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4種類で、Linux
には対応しておりません。セミナーでの説明に誤解を招く点があり、失礼いたしました。
また、同製品はオフラ
イン環境での編集には対応しておりません（同期には常時接続が必要です）。

R-01のご利用人数については、同製品は最大1万ユーザーまで対応可能です。

""" + SIG_MORITA + """
2026年6月9日(火) 10:12 大西 沙織 <onishi@seto-pharma.co.jp>:
""" + quote(T0013)
mail("0014", "2026-06-23 16:48:03 +0900", MORITA, [ONISHI], "Re: 要件定義書の抜粋と質問",
     mime.text_part(T0014, "utf-8", "base64"), style="outlook-jp", mailer=OUTLOOK, archive=True, reply_to="0013",
     claims=[
         SET("sync", "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok",
             "メリディアン シンクの対応OSはWindows、macOS、iOS、Androidの4種類で"),
         C("sync", "offline_mode", False, "ok", "同製品はオフラ\nイン環境での編集には対応しておりません"),
         C("sync", "max_users", 10000, "ok", "同製品は最大1万ユーザーまで対応可能です。"),
         C("sync", "supported_platforms", "Linux", "conflict", "メリディアン シンクはLinuxにも対応していると伺っております。",
           quoted=True, office="unknown"),
     ])

# ====================================================================== 0015 US, security paragraph with ligatures
T0015 = """Hi Ravi,

Your security team asked for the compliance paragraph from our Meridian
Sync security overview. Copied from the PDF (the ﬁ/ﬂ ligatures came
through as-is, sorry):

  Meridian Sync is certiﬁed to ISO 27001 and holds a SOC 2 Type II
  attestation. Files are 100% secure in transit and at rest. The
  Meridian Sync desktop client does not oﬀer an oﬄine mode; ﬁles sync
  whenever the device is online.

Let me know if they need the full SOC 2 report under NDA.

Kevin
""" + SIG_KEVIN
mail("0015", "2026-07-14 11:20:55 -0400", KEVIN, [RAVI], "Meridian Sync compliance paragraph",
     mime.text_part(T0015, "utf-8", "8bit"), style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("sync", "certifications", "ISO 27001", "ok", "Meridian Sync is certiﬁed to ISO 27001"),
         C("sync", "certifications", "SOC 2 Type II", "ok", "holds a SOC 2 Type II\n  attestation."),
         C("sync", "offline_mode", False, "ok", "Meridian Sync desktop client does not oﬀer an oﬄine mode"),
     ],
     findings=[PH("en.guarantee", "Files are 100% secure in transit and at rest.")])

# ====================================================================== 0016 London, forwarding a US price sheet
T0016_FWD = """Callum -- here's the price sheet text from the PDF:

MERIDIAN SYNC — PRICE SHEET (US)                         Effective FY2026
Plan                     Price                  Users (max)
Meridian Sync            $399 / month           10,000
Storage                  1 TB per user          —

Megan
"""
T0016 = """Hi Aisha,

Forwarding the note from our US colleagues below for reference; please
note their figures are in dollars. For Bramblefield the UK price applies:
Meridian Sync is £329 per month, excluding VAT.

Best wishes,
Callum

---------- Forwarded message ---------
From: Megan Torres <megan.torres@meridian-data.com>
Date: Tue, 28 Jul 2026 at 17:02
Subject: Meridian Sync price sheet (text)
To: Callum Reid <callum.reid@uk.meridian-data.com>

""" + T0016_FWD
mail("0016", "2026-08-04 09:02:11 +0100", CALLUM, [AISHA], "Fwd: Meridian Sync price sheet (text)",
     alt(T0016, "utf-8", "quoted-printable", "0016", style="gmail"), style="gmail", archive=True,
     claims=[
         C("sync", "monthly_price", money(329, "GBP", "month", "excluded"), "ok",
           "Meridian Sync is £329 per month, excluding VAT."),
         as_quoted([
             C("sync", "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync            $399 / month"),
             C("sync", "max_users", 10000, "ok", "$399 / month           10,000"),
             C("sync", "storage_per_user", 1 * TB, "ok", "Storage                  1 TB per user"),
         ], "us-hq", "2026-08-04"),
     ])

# ====================================================================== 0017 Osaka, Insight brochure with ※ footnotes
T0017 = """河合様

いつもお世話になっております。大阪オフィスの吉川です。
メリディアン インサイトのパンフレット（PDF）の本文を貼り付けます。

■メリディアン インサイトとは
メリディアン インサイトは、社内のデータをまとめて可視化するクラウドBIサービス
です。業界初※2の自然言語クエリ機能を搭載し、1ワークスペースあたり最大200個
のダッシュボードを作成できます。
■提供開始時期と料金
同製品は2027年1月に一般提供を開始する予定です※1。同製品の料金は1ユーザーあたり月額
4,400円（税込）です。

※1 提供開始時期は変更となる場合がございます。
※2 2026年7月 当社調べ（国内クラウドBIサービス12製品を対象）

デモ環境のご用意も可能です。

""" + SIG_YOSHIKAWA
mail("0017", "2026-08-26 13:55:40 +0900", YOSHIKAWA, [KAWAI], "メリディアン インサイト パンフレット本文",
     mime.text_part(T0017, "utf-8", "8bit", params="; format=flowed"), style="thunderbird", mailer=THUNDERBIRD,
     archive=True,
     claims=[
         C("insight", "max_dashboards", 200, "ok", "1ワークスペースあたり最大200個\nのダッシュボードを作成できます。"),
         C("insight", "general_availability", "2027-01", "ok", "同製品は2027年1月に一般提供を開始する予定です※1。"),
         C("insight", "per_user_price", money(4400, "JPY", "user-month", "included"), "ok",
           "同製品の料金は1ユーザーあたり月額\n4,400円（税込）です。"),
     ])

# ====================================================================== 0018 Tokyo, Word price table flattened
T0018 = """北商事株式会社
村上様

お世話になっております。東京オフィスの石井です。
お見積り前の概算として、提案書（Word）の価格表を貼り付けます。

表3　メリディアン インサイト 価格（税込）
項目                        金額
ユーザー単価（月額）        4,000円
無料トライアル              30日間

年間契約の場合は別途お値引きをご相談ください（想定ご利用者数 80名）。

""" + SIG_ISHII
mail("0018", "2026-09-15 18:21:37 +0900", ISHII, [MURAKAMI], "メリディアン インサイト 概算価格",
     alt(T0018, "utf-8", "base64", "0018", lang="ja"), style="outlook-jp", mailer=OUTLOOK, archive=True,
     claims=[
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "included"), "conflict",
           "ユーザー単価（月額）        4,000円"),
         C("insight", "free_trial", dur(30, "days"), "ok", "無料トライアル              30日間"),
     ])

# ====================================================================== 0019 US, Vault table flattened
T0019 = """Hi Laura,

For the backup workstream, here is the Meridian Vault summary table from
our service description (PDF), pasted as text:

Table 2. Meridian Vault service parameters
Parameter               Value                  Notes
RPO                     15 minutes             all workloads
Default retention       90 days                extendable
Capacity per tenant     1 PB                   hard limit
Availability SLA        99.95%                 monthly
Price                   $20 per TB per month   billed annually
Data centers            Oregon, Frankfurt      US customers: Oregon

Coastline's current backup footprint is about 85 TB, so there is plenty
of headroom.

Best,
Megan
""" + SIG_MEGAN
mail("0019", "2026-10-06 14:09:52 -0700", MEGAN, [LAURA], "Meridian Vault parameters (from the service description)",
     alt(T0019, "utf-8", "quoted-printable", "0019"), style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("vault", "rpo", dur(15, "minutes"), "ok", "RPO                     15 minutes"),
         C("vault", "retention", dur(90, "days"), "ok", "Default retention       90 days"),
         C("vault", "max_storage", 1000 * TB, "conflict", "Capacity per tenant     1 PB"),
         C("vault", "sla", 99.95, "ok", "Availability SLA        99.95%"),
         C("vault", "price_per_tb", money(20, "USD", "TB-month"), "ok", "Price                   $20 per TB per month"),
         SET("vault", "data_centers", ["Oregon", "Frankfurt"], "ok", "Data centers            Oregon, Frankfurt"),
     ])

# ====================================================================== 0020 London, a sentence broken by a page footer
T0020 = """Dear Martin,

Your colleague asked whether the capacity figure in our tender response
had changed. It has not; the relevant passage (pages 3-4) reads:

  "Each Meridian Vault tenant can hold up to 500 TB of protected data,
  and the service retains backups for 90 days by

  Meridian Data UK Ltd — Commercial in Confidence — Page 3 of 9

  Pennine Water — Tender Response PW-2026-114
  default. Meridian Vault data centres are located in Frankfurt and
  Oregon."

Kind regards,

""" + SIG_HARRIET
mail("0020", "2026-10-20 10:15:27 +0100", HARRIET, [MARTIN], "RE: Tender PW-2026-114 capacity question",
     mime.text_part(T0020, "utf-8", "quoted-printable"), style="outlook-uk", mailer=OUTLOOK, archive=True,
     claims=[
         C("vault", "max_storage", 500 * TB, "ok", "Each Meridian Vault tenant can hold up to 500 TB of protected data"),
         C("vault", "retention", dur(90, "days"), "ok", "and the service retains backups for 90 days by"),
         SET("vault", "data_centers", ["Frankfurt", "Oregon"], "ok",
             "Meridian Vault data centres are located in Frankfurt and\n  Oregon."),
     ])

# ====================================================================== 0021 Tokyo, old guide converted to .txt (Shift_JIS)
T0021 = """河合様

お世話になっております。東京オフィスの森田です。
大阪の吉川から引き継ぎ、メリディアン シンクの導入ガイドをテキスト版で添付いたします。
旧版のPDFから変換したため、ページ上部に旧製品名が残っております点、ご容赦ください。

""" + SIG_MORITA
A0021 = """Meridian FileSync 導入ガイド　　　　　　　　　　　　　　　　　　　p.1
────────────────────────────────────
1. はじめに
メリディアン シンクは、国内No.1の法人向けファイル共有サービスです。
同製品では1ユーザーあたり1TBのストレージをご利用いただけます。
\x0c
Meridian FileSync 導入ガイド　　　　　　　　　　　　　　　　　　　p.2
────────────────────────────────────
2. サービスレベル
同製品のSLA（月間稼働率）は99.9％です。
2.1 オフライン利用
同製品はオフラインモードに対応しておりません。
"""
mail("0021", "2026-11-04 15:33:08 +0900", MORITA, [KAWAI], "メリディアン シンク導入ガイド（テキスト版）",
     mixed([mime.text_part(T0021, "shift_jis", "base64"),
            attachment_txt(A0021, "shift_jis", "base64", "dounyu_guide.txt")], "0021"),
     style="outlook-jp", mailer=OUTLOOK, charset="SHIFT_JIS", archive=True,
     claims=[
         C("sync", "storage_per_user", 1 * TB, "ok", "同製品では1ユーザーあたり1TBのストレージをご利用いただけます。"),
         C("sync", "sla", 99.9, "ok", "同製品のSLA（月間稼働率）は99.9％です。"),
         C("sync", "offline_mode", False, "ok", "同製品はオフラインモードに対応しておりません。"),
     ],
     findings=[PH("ja.superlative-no1", "国内No.1の法人向けファイル共有サービスです。"),
               TERM("sync", "Meridian FileSync 導入ガイド")])

# ====================================================================== 0022 customer, a brochure sentence extracted from a PDF
T0022 = """Hi Kevin,

Quick one before our renewal call. Our procurement tool extracted this
from your 2025 brochure PDF:

  "Meridian Sync supports oﬄine mode on every desktop client and
  runs on Windows, macOS and Linux."

Is that still accurate? We'd like to roll it out to the Linux engineering
workstations next quarter (around 140 machines).

Thanks,
Ravi

Ravi Menon | Director of Clinical Systems | Orchard Lane Health
+1 (617) 555-0176
"""
mail("0022", "2026-11-12 08:47:19 -0500", RAVI, [KEVIN], "Brochure statement - still accurate?",
     mime.text_part(T0022, "utf-8", "quoted-printable"), style="gmail",
     claims=[
         C("sync", "offline_mode", True, "conflict", "Meridian Sync supports oﬄine mode on every desktop client"),
         SET("sync", "supported_platforms", ["Windows", "macOS"], "ok", "runs on Windows, macOS and Linux."),
         C("sync", "supported_platforms", "Linux", "conflict", "runs on Windows, macOS and Linux."),
     ])

# ====================================================================== 0023 US, datasheet bullets with superscript markers
DANA = ("Dana Whitfield", "dana.whitfield@granitepeak-mfg.com")
T0023 = """Hi Dana,

Here are the bullets from page 2 of the Meridian Insight datasheet (PDF),
as requested for your evaluation matrix:

• Meridian Insight: generally available January 2027
• Meridian Insight: up to 200 dashboards per workspace³
• Meridian Insight free trial: 30 days⁴
• Meridian Insight pricing: $30 per user per month⁴

³ Per workspace; contact us for larger deployments.
⁴ Pricing and trial terms as of November 2026.

Datasheet MD-INS-DS-02 · Rev. 3 · Page 2 of 4

Your matrix lists 9 vendors and a decision on December 4, so I've kept
this short. Call me any time.

Kevin
""" + SIG_KEVIN
mail("0023", "2026-11-17 16:02:31 -0500", KEVIN, [DANA], "Meridian Insight datasheet bullets",
     alt(T0023, "utf-8", "quoted-printable", "0023"), style="outlook-us", mailer=OUTLOOK, archive=True,
     claims=[
         C("insight", "general_availability", "2027-01", "ok", "• Meridian Insight: generally available January 2027"),
         C("insight", "max_dashboards", 200, "ok", "• Meridian Insight: up to 200 dashboards per workspace³"),
         C("insight", "free_trial", dur(30, "days"), "ok", "• Meridian Insight free trial: 30 days⁴"),
         C("insight", "per_user_price", money(30, "USD", "user-month"), "ok",
           "• Meridian Insight pricing: $30 per user per month⁴"),
     ])

# ====================================================================== 0024 Osaka, PDF text with the product name split across lines
T0024 = """河合様

お世話になっております。大阪オフィスの吉川です。
先日お問い合わせいただいた性能と価格について、技術資料（PDF）から該当箇所を
コピーしてお送りします。

● 性能
メリディアン イン
サイトのクエリ応答時間は、1億行のデータでも2秒以内（p95）です。
● 価格
本製品の1ユーザーあたり月額料金は4,000円（税抜）です。
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　- 7 -

12月3日（木）のデモでは、貴社のサンプルデータ（約2,000万行）を使用する予定です。

""" + SIG_YOSHIKAWA
mail("0024", "2026-11-19 11:26:14 +0900", YOSHIKAWA, [KAWAI], "性能・価格について（技術資料より）",
     mime.text_part(T0024, "utf-8", "base64"), style="webmail", mailer=ACTIVEMAIL, archive=True,
     claims=[
         C("insight", "query_latency", dur(2, "seconds"), "ok",
           "メリディアン イン\nサイトのクエリ応答時間は、1億行のデータでも2秒以内（p95）です。"),
         C("insight", "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok",
           "本製品の1ユーザーあたり月額料金は4,000円（税抜）です。"),
     ])

CROSS_OFFICE_EXPECTED = [
    ("meridian-insight", "general_availability", ("london", "us-hq")),
    ("meridian-insight", "per_user_price", ("osaka", "tokyo")),
    ("meridian-sync", "max_users", ("tokyo", "us-hq")),
    ("meridian-vault", "max_storage", ("london", "us-hq")),
    ("meridian-vault", "retention", ("london", "tokyo")),
    ("meridian-vault", "retention", ("osaka", "tokyo")),
]

from docs_content import DOCS  # noqa: E402,F401
