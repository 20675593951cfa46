#!/usr/bin/env python3
"""Evaluation set 26 for onevoice: quotes, order forms and price negotiations.

Deterministic, stdlib only. Running it (re)writes, beside this gen/ folder:
    mail/NNNN.eml, mail/archive.mbox, docs/<office>/..., .onevoice.yaml, expected.jsonl
and then checks itself: every labelled excerpt must occur in the decoded text,
the mbox must round-trip, and the cross-office records must be exactly what
the archive's claims imply (LABELS.md rules, 45-day window).
"""
import base64, binascii, datetime, email, email.header, email.message, email.policy, email.utils, hashlib, html, json, os, re, shutil, sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"


def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


TB = 10 ** 12


def C(product, attribute, value, verdict, text):
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict, "text": text}


def F(kind, rule, product, text):
    return {"kind": kind, "rule": rule, "product": product, "text": text}


def office_of(addr):
    addr = addr.lower()
    for suffix, off in (("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
                        ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")):
        if addr.endswith(suffix):
            return off
    return "unknown"


# ====================================================================== MIME
def qp(data):
    """Quoted-printable as mailers write it: soft breaks at 76, '=' escaped, LF lines."""
    return binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)


def b64(data):
    return base64.encodebytes(data)        # 76-character lines


def encode_body(text, charset, cte):
    """-> (bytes of the encoded body, charset label)."""
    if charset == "iso-2022-jp":
        raw = b"".join(line.encode("iso2022_jp") + b"\n" for line in text.split("\n"))
    elif charset == "shift_jis":
        raw = text.encode("shift_jis")
    elif charset == "windows-1252":
        raw = text.encode("cp1252")
    elif charset == "us-ascii":
        raw = text.encode("ascii")
    else:
        raw = text.encode("utf-8")
    if charset == "iso-2022-jp" and raw.endswith(b"\n\n"):
        raw = raw[:-1]
    if cte == "quoted-printable":
        return qp(raw)
    if cte == "base64":
        return b64(raw)
    return raw


CHARSET_LABEL = {"utf-8": "UTF-8", "iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS",
                 "windows-1252": "Windows-1252", "us-ascii": "us-ascii"}


def leaf(ctype, text, charset, cte, extra=""):
    head = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (
        ctype, CHARSET_LABEL[charset], extra, cte)
    body = encode_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return head.encode("ascii") + body


def hdr_text(value, charset):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        if charset in ("iso-2022-jp", "shift_jis"):      # Japanese mailers: the whole subject in ISO-2022-JP B
            return email.header.Header(value, "iso-2022-jp", maxlinelen=76, header_name="Subject").encode()
        msg = email.message.EmailMessage(policy=email.policy.SMTP)
        msg["Subject"] = value
        return bytes(msg).decode("ascii").split(":", 1)[1].strip().replace("\r\n", "\n")


def hdr_addr(name, addr, charset):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, addr))
    except UnicodeEncodeError:
        cs = {"iso-2022-jp": "iso-2022-jp", "shift_jis": "iso-2022-jp"}.get(charset, "utf-8")
        return email.utils.formataddr((name, addr), charset=cs)


def build(m):
    """Raw RFC 5322 bytes for message dict m."""
    cs = m["charset"]
    lines = []
    for k, v in m.get("pre_headers", []):
        lines.append("%s: %s" % (k, v))
    lines.append("From: " + hdr_addr(m["from"][0], m["from"][1], cs))
    lines.append("To: " + ", ".join(hdr_addr(n, a, cs) for n, a in m["to"]))
    if m.get("cc"):
        lines.append("Cc: " + ", ".join(hdr_addr(n, a, cs) for n, a in m["cc"]))
    lines.append("Subject: " + hdr_text(m["subject"], cs))
    lines.append("Date: " + email.utils.format_datetime(m["date"]))
    lines.append("Message-ID: <%s>" % m["msgid"])
    if m.get("in_reply_to"):
        lines.append("In-Reply-To: <%s>" % m["in_reply_to"])
        lines.append("References: " + " ".join("<%s>" % r for r in m.get("references", [m["in_reply_to"]])))
    for k, v in m.get("headers", []):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    kind = m["kind"]
    if kind == "plain":
        body = leaf("text/plain", m["text"], cs, m["cte"], m.get("ctype_extra", ""))
    elif kind == "html":
        body = leaf("text/html", m["html"], cs, m["cte"])
    else:                                   # multipart/alternative
        bnd = m["boundary"]
        body = ('Content-Type: multipart/alternative; boundary="%s"\n\n' % bnd).encode("ascii")
        body += ("--%s\n" % bnd).encode("ascii") + leaf("text/plain", m["text"], cs, m["cte"])
        body += ("\n--%s\n" % bnd).encode("ascii") + leaf("text/html", m["html"], cs, m["cte"])
        body += ("\n--%s--\n" % bnd).encode("ascii")
    raw = head + body
    if m.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def simple_html(paragraph_text, quoted_html=""):
    """Gmail-like HTML for a plain text body: one <div> per line."""
    out = ['<div dir="ltr">']
    for line in paragraph_text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % (html.escape(line, quote=False) if line else "<br>"))
    out.append("</div>")
    return "\n".join(out) + quoted_html + "\n"


def gmail_quote_html(attribution, quoted_text):
    body = "<br>\n".join(html.escape(l, quote=False) for l in quoted_text.rstrip("\n").split("\n"))
    return ('\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">\n%s\n</blockquote></div>' % (html.escape(attribution, quote=False), body))


def dt(s, tz_hours, tz_minutes=0):
    tz = datetime.timezone(datetime.timedelta(hours=tz_hours, minutes=tz_minutes))
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def gmail_attr(d, name, addr):
    # On Tue, Sep 8, 2026 at 10:14 AM Dana Whitfield <dana.whitfield@meridian-data.com> wrote:
    h = d.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, h, d.minute, "AM" if d.hour < 12 else "PM", name, addr)


def jp_attr(d, name, addr):
    wd = "月火水木金土日"[d.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, wd, d.hour, d.minute, name, addr)


# ====================================================================== people
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
GREG = ("Greg Lindqvist", "greg.lindqvist@meridian-data.com")
MARCUS = ("Marcus Bell", "marcus.bell@meridian-data.com")
KELSEY = ("Kelsey Moore", "kelsey.moore@meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@uk.meridian-data.com")
OLIVER = ("Oliver Pennington", "oliver.pennington@uk.meridian-data.com")
SATO = ("佐藤 健一", "k.sato@jp.meridian-data.com")
TAKAHASHI = ("高橋 美咲", "m.takahashi@jp.meridian-data.com")
SUZUKI = ("Haruto Suzuki", "h.suzuki@jp.meridian-data.com")
NAKAMURA = ("中村 大輔", "d.nakamura@osaka.jp.meridian-data.com")
MEGAN = ("Megan Ortiz", "megan.ortiz@halvorsenlogistics.com")
RAJ = ("Raj Mehta", "raj.mehta@halvorsenlogistics.com")
JAMES = ("James Cole", "j.cole@brackleyfinch.co.uk")
SAM = ("Sam Okafor", "sam.okafor@kestrel-it.co.uk")
YAMADA = ("山田 浩二", "yamada@minato-seiko.co.jp")
OKADA = ("岡田 朋美", "t.okada@naniwa-foods.co.jp")
LINH = ("Linh Tran", "linh.tran@corvidhealth.org")
BRANDT = ("Daniel Brandt", "d.brandt@keller-maschinenbau.co.jp")
TOM = ("Tom Reyes", "treyes@pinecrestcu.org")

SIG_DANA = """--
Dana Whitfield | Senior Account Executive, West
Meridian Data, Inc. | 500 Howard Street, Suite 1200, San Francisco, CA 94105
m +1 (415) 555-0143 | d +1 (415) 555-0198
meridian-data.com"""

SIG_PRIYA = """Priya Raman
Account Director, UK & Ireland
Meridian Data Ltd
71 Cannon Street, London EC4N 5AE
T +44 20 7946 0321 | M +44 7700 900 418
Meridian Data Ltd is registered in England and Wales, company no. 11428806. VAT reg. GB 318 4471 92."""

SIG_SATO = """--
メリディアンデータ株式会社
東京支社 営業部　佐藤 健一
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル18F
TEL: 03-5555-0142 / FAX: 03-5555-0143
Mail: k.sato@jp.meridian-data.com"""

SIG_NAKAMURA = """-- 
メリディアンデータ株式会社 大阪支店
営業課　中村 大輔
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー21F
TEL 06-5555-0171 / 携帯 090-5555-0418"""

# ====================================================================== messages
M = {}      # key -> message dict

# ---------------------------------------------------------------- US thread: Halvorsen Logistics
A1_TEXT = """Hi Megan,

Thanks again for Thursday, and please pass my thanks to Raj as well. As promised, here is the quote for the rollout we scoped: Meridian Sync for the operations team and Meridian Insight for the 140 analysts in finance and planning.

Quote Q-US-26-0412 (valid through October 9, 2026)

Item                                    Qty  Unit price             Term     Line total
Meridian Sync – Business workspace        1  $399.00 per month      12 mo     $4,788.00
Meridian Insight – Standard             140  $30.00 per user/month  12 mo    $50,400.00
Onboarding package (3 remote sessions)    1  $2,500.00 one-time     –         $2,500.00
                                                               Subtotal      $57,688.00

A few notes on how this is put together:

- Meridian Sync is a flat fee for the whole workspace, not per seat, so adding the warehouse leads next spring won't change that line.
- Each Sync user gets 1 TB of storage, which covers the scanned BOL archive with room to spare.
- Billing is annual in advance. The unit prices above are monthly list; the invoice shows the 12-month amount.
- If Raj wants to kick the tires on Insight before signing, we can switch on a 30-day free trial for up to 10 of his analysts this week.

Happy to walk through any of it on a call. I'm in the office Tuesday and Thursday.

Best,
Dana

""" + SIG_DANA + "\n"

M["A1"] = dict(
    date=dt("2026-09-08 10:14:37", -7), frm=DANA, to=[MEGAN], cc=[RAJ],
    subject="Meridian quote Q-US-26-0412 – Halvorsen Logistics",
    msgid="CAH7x2kT9f0qLw3d8pXvR2mQe5UbN+4yZ0sJ1cWq@mail.gmail.com",
    kind="plain", charset="utf-8", cte="quoted-printable", crlf=True, text=A1_TEXT,
    claims=[
        C(SYNC, "monthly_price", money(399, "USD", "month"), "ok", "Meridian Sync – Business workspace        1  $399.00 per month"),
        C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight – Standard             140  $30.00 per user/month"),
        C(SYNC, "storage_per_user", TB, "ok", "Each Sync user gets 1 TB of storage"),
        C(INSIGHT, "free_trial", dur(30, "days"), "ok", "we can switch on a 30-day free trial for up to 10 of his analysts this week"),
    ])

A2_OWN = """Hi Dana,

Thanks for turning this around so quickly. Finance reviewed it yesterday and the Sync line is fine. Insight is where we're stuck: the analytics budget for FY27 is $45,000 for the year, and we're at $50,400 before onboarding.

Could you get us to $26 a user? If so, Raj is ready to sign before the end of the month. We'd also like the onboarding fee waived, since we ran the Sync pilot on our own dime last year.

Thanks,
Megan

Megan Ortiz
Director of Procurement | Halvorsen Logistics
4120 Airways Blvd, Memphis, TN 38116
o 901-555-0177
"""


def reply_text(own, attribution, quoted):
    return own + "\n" + attribution + "\n" + quote_lines(quoted) + "\n"


M["A2"] = dict(
    date=dt("2026-09-15 08:52:10", -5), frm=MEGAN, to=[DANA], cc=[RAJ],
    subject="Re: Meridian quote Q-US-26-0412 – Halvorsen Logistics",
    msgid="CAPm4Lq8vR1sN0tY7wZ+e3kJ2hF6dB9cX5aQ0m=Jt@mail.gmail.com", in_reply_to=M["A1"]["msgid"],
    kind="alt", charset="utf-8", cte="quoted-printable", crlf=True, boundary="0000000000004c9b1e0623a1f5d2",
    quotes=[("A1", "all")])
M["A2"]["text"] = reply_text(A2_OWN, gmail_attr(M["A1"]["date"], *DANA), A1_TEXT)
M["A2"]["html"] = simple_html(A2_OWN, gmail_quote_html(gmail_attr(M["A1"]["date"], *DANA), A1_TEXT))

A3_TEXT = """Greg,

Halvorsen wants $26/user on Insight and the onboarding fee waived. They're at 140 analysts for 12 months, and Raj (their CFO) will sign before quarter end if we get close.

I'd rather not move the unit price. Proposal: Meridian Insight stays at list, $30 per user per month. On top of that we give a one-off 13% discount on year one and waive onboarding. That lands year one at $43,848 against their $45k budget.

Sync is unchanged at list. The deal desk form is filled in; I just need your OK.

Dana
"""
M["A3"] = dict(
    date=dt("2026-09-16 09:05:44", -7), frm=DANA, to=[GREG],
    subject="Approval needed: Halvorsen Logistics - Insight discount (Q-US-26-0412)",
    msgid="CAH7x2kQm3Zt8pW1n5Rv0yLc2XbE9sDf4Ug6aKo@mail.gmail.com",
    kind="plain", charset="utf-8", cte="7bit", crlf=True, text=A3_TEXT,
    claims=[C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "ok",
              "Meridian Insight stays at list, $30 per user per month.")])

A4_OWN = """Approved as a one-off: 13% off year one on Insight, onboarding waived. Not to be repeated at renewal - year two goes back to list with the standard uplift (max 5%). Log it as DD-2026-0917 so finance can find it.

Greg

Greg Lindqvist
Regional Vice President, Sales - West
Meridian Data, Inc.
+1 (415) 555-0110

-----Original Message-----
From: Dana Whitfield <dana.whitfield@meridian-data.com>
Sent: Wednesday, September 16, 2026 9:05 AM
To: Greg Lindqvist <greg.lindqvist@meridian-data.com>
Subject: Approval needed: Halvorsen Logistics - Insight discount (Q-US-26-0412)

"""
M["A4"] = dict(
    date=dt("2026-09-16 11:47:02", -7), frm=GREG, to=[DANA],
    subject="RE: Approval needed: Halvorsen Logistics - Insight discount (Q-US-26-0412)",
    msgid="SJ0PR11MB5678E2A94C1D0B7F3A6E9D2C51B8@SJ0PR11MB5678.namprd11.prod.outlook.com",
    in_reply_to=M["A3"]["msgid"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdsoF3kq7c2Vb8xRQ0uJm2yTfEw1aQ=="),
             ("Content-Language", "en-us")],
    kind="plain", charset="utf-8", cte="quoted-printable", crlf=True, text=A4_OWN + A3_TEXT,
    quotes=[("A3", "all")])

A5_TEXT = """Hi Megan,

Good news: I have approval for a one-off discount on year one of Insight, and we'll waive onboarding. The revised quote is below.

Quote Q-US-26-0412-R1 (valid through September 30, 2026)
All prices in USD, excluding sales tax.

Item                                     Qty  Unit price               Term   Amount
Meridian Sync – Business workspace         1  $399.00 per month        12 mo   $4,788.00
Meridian Insight – Standard              140  $30.00 per user / month  12 mo  $50,400.00
One-off discount, Insight year one (13%)                                      -$6,552.00
Onboarding package (3 remote sessions)     1  $2,500.00 one-time              waived
                                                               Total, year one $48,636.00

Effectively, that puts Meridian Insight at $26.10 per user per month before tax for year one, which I think gets Raj where he needs to be.

Year two renews at the then-current list price, with the standard renewal uplift capped at 5%. Your pricing is guaranteed for the 12-month term, and the discount reference for your records is DD-2026-0917.

If this works, I'll send the order form over for signature today.

Best,
Dana

""" + SIG_DANA + "\n"

A5_HTML = """<div dir="ltr">
<div>Hi Megan,</div><div><br></div>
<div>Good news: I have approval for a one-off discount on year one of Insight, and we'll waive onboarding. The revised quote is below.</div><div><br></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">
<caption style="text-align:left"><b>Quote Q-US-26-0412-R1</b> (valid through September 30, 2026)<br>All prices in USD, excluding sales tax.</caption>
<tr><th>Item</th><th>Qty</th><th>Unit price</th><th>Term</th><th>Amount</th></tr>
<tr><td>Meridian Sync – Business workspace</td><td align="right">1</td><td>$399.00 per month</td><td>12 mo</td><td align="right">$4,788.00</td></tr>
<tr><td>Meridian Insight – Standard</td><td align="right">140</td><td>$30.00 per user / month</td><td>12 mo</td><td align="right">$50,400.00</td></tr>
<tr><td>One-off discount, Insight year one (13%)</td><td></td><td></td><td></td><td align="right">-$6,552.00</td></tr>
<tr><td>Onboarding package (3 remote sessions)</td><td align="right">1</td><td>$2,500.00 one-time</td><td></td><td align="right">waived</td></tr>
<tr><td colspan="4" align="right"><b>Total, year one</b></td><td align="right"><b>$48,636.00</b></td></tr>
</table>
<div><br></div>
<div>Effectively, that puts Meridian Insight at $26.10 per user per month before tax for year one, which I think gets Raj where he needs to be.</div><div><br></div>
<div>Year two renews at the then-current list price, with the standard renewal uplift capped at 5%. Your pricing is guaranteed for the 12-month term, and the discount reference for your records is DD-2026-0917.</div><div><br></div>
<div>If this works, I'll send the order form over for signature today.</div><div><br></div>
<div>Best,</div><div>Dana</div><div><br></div>
<div>-- <br>Dana Whitfield | Senior Account Executive, West<br>Meridian Data, Inc. | 500 Howard Street, Suite 1200, San Francisco, CA 94105<br>m +1 (415) 555-0143 | d +1 (415) 555-0198<br>meridian-data.com</div>
</div>
"""
M["A5"] = dict(
    date=dt("2026-09-17 14:30:19", -7), frm=DANA, to=[MEGAN], cc=[RAJ],
    subject="Revised quote Q-US-26-0412-R1 – Halvorsen Logistics",
    msgid="CAH7x2kR5nVw0Yq3Lb8Tz1Mc6XdF2hJs9Pe4gNu@mail.gmail.com", in_reply_to=M["A2"]["msgid"],
    references=[M["A1"]["msgid"], M["A2"]["msgid"]],
    kind="alt", charset="utf-8", cte="quoted-printable", crlf=True, boundary="000000000000b81f2a0623b5c7e9",
    text=A5_TEXT, html=A5_HTML,
    claims=[
        C(SYNC, "monthly_price", money(399, "USD", "month", "excluded"), "ok", "Meridian Sync – Business workspace         1  $399.00 per month"),
        C(INSIGHT, "per_user_price", money(30, "USD", "user-month", "excluded"), "ok", "Meridian Insight – Standard              140  $30.00 per user / month"),
        C(INSIGHT, "per_user_price", money(26.1, "USD", "user-month", "excluded"), "conflict",
          "Effectively, that puts Meridian Insight at $26.10 per user per month before tax for year one"),
    ],
    findings=[F("phrase", "en.guarantee", None, "Your pricing is guaranteed for the 12-month term")])

A6_OWN = """Dana,

Raj signed this morning; the countersigned order form is back in the DocuSign envelope. PO 4500-88213 will follow from AP by Wednesday. Invoices go to ap@halvorsenlogistics.com, net 45 please.

Thanks for pushing this through.

Megan
"""
M["A6"] = dict(
    date=dt("2026-09-21 09:12:55", -5), frm=MEGAN, to=[DANA],
    subject="Re: Revised quote Q-US-26-0412-R1 – Halvorsen Logistics",
    msgid="CAPm4Lq9aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT1u@mail.gmail.com", in_reply_to=M["A5"]["msgid"],
    kind="plain", charset="utf-8", cte="quoted-printable", crlf=True,
    text=reply_text(A6_OWN, gmail_attr(M["A5"]["date"], *DANA), A5_TEXT),
    quotes=[("A5", "all")])

# ---------------------------------------------------------------- London thread: Brackley & Finch
B1_TEXT = """Dear James,

Further to our call on Monday, please find our quotation for Brackley & Finch below.

Quotation UK-Q-2026-0388 (valid for 30 days from the date of this email)

Line  Description                          Qty   Unit price (ex VAT)    Monthly (ex VAT)
1     Meridian Vault – managed backup      120   £16.00 per TB/month         £1,920.00
2     Meridian Sync – Business workspace     1   £329.00 per month             £329.00
                                           Monthly total (ex VAT)            £2,249.00
                                           VAT at 20%                          £449.80
                                           Monthly total (inc VAT)           £2,698.80

Both lines are billed monthly in arrears. Vault is metered on the average volume protected during the month, so the 120 above is an estimate based on your current NAS footprint.

Meridian Vault would hold your backups in our Frankfurt data centre, and it keeps every restore point for 90 days by default, which covers the quarterly file review your risk team asked about.

On service levels: Meridian Vault is covered by a 99.95% availability SLA, and Meridian Sync by a 99.9% SLA.

I've held the pricing for 36 months if you sign before the end of October.

Kind regards,

Priya

""" + SIG_PRIYA + "\n"
M["B1"] = dict(
    date=dt("2026-09-22 14:02:31", 1), frm=PRIYA, to=[JAMES],
    subject="Quotation UK-Q-2026-0388 – Meridian Vault and Meridian Sync",
    msgid="LO2P265MB4821C9D3E1F0B7A64E2D@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
    kind="plain", charset="windows-1252", cte="quoted-printable", crlf=True, text=B1_TEXT,
    claims=[
        C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault – managed backup      120   £16.00 per TB/month"),
        C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync – Business workspace     1   £329.00 per month"),
        C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault would hold your backups in our Frankfurt data centre"),
        C(VAULT, "retention", dur(90, "days"), "ok", "it keeps every restore point for 90 days by default"),
        C(VAULT, "sla", 99.95, "ok", "Meridian Vault is covered by a 99.95% availability SLA"),
        C(SYNC, "sla", 99.9, "ok", "and Meridian Sync by a 99.9% SLA"),
    ])

B2_OWN = """Priya,

Thanks for this. I'll be straight with you: we have a competing proposal for immutable backup at £13 per TB, and our IT committee meets on 7 October. If you can get the Vault line down to £14 a TB, we will commit to 36 months on both lines.

The Sync line is fine as it stands.

Regards,
James

James Cole
Head of IT Operations
Brackley & Finch LLP
12 Park Square East, Leeds LS1 2LF
DDI 0113 496 0822
Brackley & Finch LLP is a limited liability partnership registered in England and Wales (OC305117) and is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612044).

-----Original Message-----
From: Priya Raman <priya.raman@uk.meridian-data.com> 
Sent: 22 September 2026 14:02
To: James Cole <j.cole@brackleyfinch.co.uk>
Subject: Quotation UK-Q-2026-0388 – Meridian Vault and Meridian Sync

"""
M["B2"] = dict(
    date=dt("2026-09-29 10:31:08", 1), frm=JAMES, to=[PRIYA],
    subject="RE: Quotation UK-Q-2026-0388 – Meridian Vault and Meridian Sync",
    msgid="CWLP123MB6645A0F1E2D3C4B5@CWLP123MB6645.GBRP123.PROD.OUTLOOK.COM", in_reply_to=M["B1"]["msgid"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
    kind="plain", charset="windows-1252", cte="quoted-printable", crlf=True, text=B2_OWN + B1_TEXT,
    quotes=[("B1", "all")])

B3_TEXT = """Dear James,

Thank you for your patience. I've spoken to Oliver Pennington, our sales director, and he has approved a one-off 10% term discount on the Vault line for the initial 36-month term. I'm not able to change the unit price itself, so the discount is shown as its own line below. We've also moved the Sync line to annual billing, as you asked.

Revised quotation UK-Q-2026-0388-R1 – all prices in GBP, excluding VAT

Line  Description                                 Qty  Unit price            Billing               Amount
1     Meridian Vault – managed backup             120  £16.00 per TB/month   monthly in arrears   £1,920.00
2     Less 10% term discount (initial term only)                             monthly in arrears   -£192.00
3     Meridian Sync – Business workspace            1  £3,948.00 per month   annually in advance  £3,948.00

Monthly charges after discount: £1,728.00 + VAT £345.60 = £2,073.60
Annual charge, line 3: £3,948.00 + VAT £789.60 = £4,737.60

This is honestly the best price on the market for immutable backup at this volume, and it is fixed for the full 36 months.

From 1 January 2027 the Vault line will be invoiced by our Dublin billing entity; nothing changes for you apart from the remittance details.

Oliver asked me to mention that the discount applies to the initial term only; at renewal the Vault line returns to list.

Kind regards,
Priya

""" + SIG_PRIYA + "\n"

B3_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear James,</p>
<p>Thank you for your patience. I've spoken to Oliver Pennington, our sales director, and he has approved a one-off 10% term discount on the Vault line for the initial 36-month term. I'm not able to change the unit price itself, so the discount is shown as its own line below. We've also moved the Sync line to annual billing, as you asked.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<caption><b>Revised quotation UK-Q-2026-0388-R1 – all prices in GBP, excluding VAT</b></caption>
<tr><th>Line</th><th>Description</th><th>Qty</th><th>Unit price</th><th>Billing</th><th>Amount</th></tr>
<tr><td>1</td><td>Meridian Vault – managed backup</td><td>120</td><td>£16.00 per TB/month</td><td>monthly in arrears</td><td align="right">£1,920.00</td></tr>
<tr><td>2</td><td>Less 10% term discount (initial term only)</td><td></td><td></td><td>monthly in arrears</td><td align="right">-£192.00</td></tr>
<tr><td>3</td><td>Meridian Sync – Business workspace</td><td>1</td><td>£3,948.00 per month</td><td>annually in advance</td><td align="right">£3,948.00</td></tr>
</table>
<p>Monthly charges after discount: £1,728.00 + VAT £345.60 = £2,073.60<br>
Annual charge, line 3: £3,948.00 + VAT £789.60 = £4,737.60</p>
<p>This is honestly the best price on the market for immutable backup at this volume, and it is fixed for the full 36 months.</p>
<p>From 1 January 2027 the Vault line will be invoiced by our Dublin billing entity; nothing changes for you apart from the remittance details.</p>
<p>Oliver asked me to mention that the discount applies to the initial term only; at renewal the Vault line returns to list.</p>
<p>Kind regards,<br>Priya</p>
<p style="font-size:9pt;color:#555">Priya Raman<br>Account Director, UK &amp; Ireland<br>Meridian Data Ltd<br>71 Cannon Street, London EC4N 5AE<br>T +44 20 7946 0321 | M +44 7700 900 418<br>Meridian Data Ltd is registered in England and Wales, company no. 11428806. VAT reg. GB 318 4471 92.</p>
</body></html>
"""
M["B3"] = dict(
    date=dt("2026-10-01 16:40:12", 1), frm=PRIYA, to=[JAMES], cc=[OLIVER],
    subject="Revised quotation UK-Q-2026-0388-R1 – Brackley & Finch",
    msgid="LO2P265MB48217F0E1D2C3B4A5968@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM", in_reply_to=M["B2"]["msgid"],
    references=[M["B1"]["msgid"], M["B2"]["msgid"]],
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
    kind="alt", charset="utf-8", cte="quoted-printable", crlf=True, boundary="_000_LO2P265MB48217F0E1D2C3B4A5968LO2P265MB4821GBRP_",
    text=B3_TEXT, html=B3_HTML,
    claims=[
        C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault – managed backup             120  £16.00 per TB/month"),
        C(SYNC, "monthly_price", money(3948, "GBP", "month", "excluded"), "conflict", "Meridian Sync – Business workspace            1  £3,948.00 per month"),
    ],
    findings=[F("phrase", "en.superlative", None, "the best price on the market for immutable backup")])

B4_OWN = """Priya – looks good and I'll take it to the committee. One query before I do: line 3 shows £3,948.00 per month for Sync. Is that meant to be per year?

James

Sent from my iPhone
"""
M["B4"] = dict(
    date=dt("2026-10-02 08:55:40", 1), frm=JAMES, to=[PRIYA],
    subject="Re: Revised quotation UK-Q-2026-0388-R1 – Brackley & Finch",
    msgid="7E1C2A4B-93F0-4D6B-8C2E-5A9F1B3D7E60@brackleyfinch.co.uk", in_reply_to=M["B3"]["msgid"],
    headers=[("X-Mailer", "iPhone Mail (22A3354)")],
    kind="plain", charset="utf-8", cte="quoted-printable", crlf=False,
    text=B4_OWN + "\nOn 1 Oct 2026, at 16:40, Priya Raman <priya.raman@uk.meridian-data.com> wrote:\n\n" + quote_lines(B3_TEXT) + "\n",
    quotes=[("B3", "all")])

B5_TEXT = """On Fri, 2 Oct 2026 at 08:55, James Cole <j.cole@brackleyfinch.co.uk> wrote:
> One query before I do: line 3 shows £3,948.00 per month for Sync. Is that meant to be per year?

Good morning James,

Well spotted, and apologies: that's a typo on my part. Meridian Sync is £329.00 per month, not £3,948.00 per month as the table says, billed annually in advance. The annual line on the order form will therefore read £3,948.00, which is twelve months at list.

I'll send the corrected order form this afternoon for signature by DocuSign.

Kind regards,
Priya

""" + SIG_PRIYA + "\n"
M["B5"] = dict(
    date=dt("2026-10-02 09:40:03", 1), frm=PRIYA, to=[JAMES],
    subject="RE: Revised quotation UK-Q-2026-0388-R1 – Brackley & Finch",
    msgid="LO2P265MB4821A1B2C3D4E5F60718@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM", in_reply_to=M["B4"]["msgid"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
    kind="plain", charset="utf-8", cte="quoted-printable", crlf=True, text=B5_TEXT,
    claims=[C(SYNC, "monthly_price", money(329, "GBP", "month"), "ok",
              "Meridian Sync is £329.00 per month, not £3,948.00 per month as the table says, billed annually in advance.")])

# ---------------------------------------------------------------- London partner: Kestrel IT
P1_TEXT = """Hi Priya,

Hope you're well. Two of our customers (Pennine Dental Group and Ashworth Joinery) are still running Meridian FileSync on the old reseller agreement, renewed each March. Their account managers want to know what the move to current pricing looks like before their budgets lock in November.

Also, a couple of our US-parented accounts are asking about Meridian Insight, and we've only got the GBP list. Can you send the current list for both and confirm the reseller margin is still 20%?

Cheers,
Sam

Sam Okafor
Partner Manager | Kestrel IT Solutions Ltd
Unit 4, Calder Park, Wakefield WF2 7AW
0113 496 0415 | Company No. 08812245
"""
M["P1"] = dict(
    date=dt("2026-10-14 11:20:26", 1), frm=SAM, to=[PRIYA],
    subject="Legacy FileSync customers - conversion pricing?",
    msgid="20261014102026.3F7A9C21B4E5@kestrel-it.co.uk",
    headers=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")],
    kind="plain", charset="us-ascii", cte="7bit", crlf=False, text=P1_TEXT, ctype_extra="; format=fixed",
    findings=[F("terminology", None, SYNC, "are still running Meridian FileSync on the old reseller agreement")])

P2_OWN = """Hi Sam,

Happy to help.

Conversions: the legacy licences convert directly onto Meridian Sync at the current UK list, £329 per month per workspace, with no migration fee. There's a short note on the conversion at https://partners.meridian-data.com/docs/MeridianFileSync-EOL.pdf if your account managers want something to forward.

Meridian Insight: for UK-invoiced customers it's £25 per user per month. For your US-parented accounts, Meridian Insight can be quoted at $30 per user per month if they'd rather be billed in dollars.

Margin: still 20% on first-year subscription value, 15% on renewals.

Speak soon,
Priya

""" + SIG_PRIYA + "\n"
M["P2"] = dict(
    date=dt("2026-10-15 15:05:47", 1), frm=PRIYA, to=[SAM],
    subject="RE: Legacy FileSync customers - conversion pricing?",
    msgid="LO2P265MB48219B8A7C6D5E4F3021@LO2P265MB4821.GBRP265.PROD.OUTLOOK.COM", in_reply_to=M["P1"]["msgid"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")],
    kind="plain", charset="utf-8", cte="quoted-printable", crlf=True,
    text=P2_OWN + "\nOn Wed, 14 Oct 2026 at 11:20, Sam Okafor <sam.okafor@kestrel-it.co.uk> wrote:\n" + quote_lines(P1_TEXT) + "\n",
    claims=[
        C(SYNC, "monthly_price", money(329, "GBP", "month"), "ok", "the legacy licences convert directly onto Meridian Sync at the current UK list, £329 per month per workspace"),
        C(INSIGHT, "per_user_price", money(25, "GBP", "user-month"), "ok", "Meridian Insight: for UK-invoiced customers it's £25 per user per month."),
        C(INSIGHT, "per_user_price", money(30, "USD", "user-month"), "office-variant",
          "Meridian Insight can be quoted at $30 per user per month if they'd rather be billed in dollars"),
    ],
    quotes=[("P1", "all")])

# ---------------------------------------------------------------- US: Corvid Health (HTML only, sales tool)
U1_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Linh,</p>
<p>Great to meet you and Dr. Adeyemi at the HIMSS regional event last week. Here&#8217;s the pricing summary you asked for.</p>
<p>Meridian Insight is $35 per user per month on annual billing. For a team of your size (about 60 analysts across the three hospitals), the annual total would be roughly $25,200.</p>
<p>A few things your security team will want to know:</p>
<ul>
<li>Meridian Insight is HIPAA compliant, and we sign a BAA as standard.</li>
<li>Queries on Meridian Insight return in under 2 seconds, even on your 100M-row claims tables.</li>
<li>Meridian Insight allows up to 200 dashboards per workspace, well beyond what your current Tableau estate uses.</li>
</ul>
<p>Our industry-leading query engine is why most of our healthcare customers moved off their legacy BI stack.</p>
<p>Meridian Insight reaches general availability in January 2027; until then you&#8217;d be on our beta program at the same price.</p>
<p>Best regards,<br>Marcus</p>
<p style="color:#777;font-size:12px">Marcus Bell | Account Executive, Healthcare &amp; Life Sciences<br>
Meridian Data, Inc. | One Lincoln Street, 24th Floor, Boston, MA 02111<br>
+1 (617) 555-0164</p>
<img src="https://t.outreach-mail.meridian-data.com/o/4f2a9c71/p.gif" width="1" height="1" alt="">
</body></html>
"""
M["U1"] = dict(
    date=dt("2026-10-20 13:15:09", -4), frm=MARCUS, to=[LINH],
    subject="Meridian Insight pricing for Corvid Health",
    msgid="0100019a4c7e5f2b-3c1d9e8a-7b6f-4a2e-9d1c-5e8f7a6b4c3d-000000@email.amazonses.com",
    headers=[("X-Mailer", "Outreach"), ("List-Unsubscribe", "<https://app1b.outreach.io/unsubscribe/4f2a9c71>")],
    kind="html", charset="utf-8", cte="quoted-printable", crlf=True, html=U1_HTML,
    claims=[
        C(INSIGHT, "per_user_price", money(35, "USD", "user-month"), "conflict", "Meridian Insight is $35 per user per month on annual billing."),
        C(INSIGHT, "certifications", "HIPAA", "unverified", "Meridian Insight is HIPAA compliant, and we sign a BAA as standard."),
        C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Queries on Meridian Insight return in under 2 seconds"),
        C(INSIGHT, "max_dashboards", 200, "ok", "Meridian Insight allows up to 200 dashboards per workspace"),
        C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight reaches general availability in January 2027"),
    ],
    findings=[F("phrase", "en.superlative", None, "Our industry-leading query engine")])

# ---------------------------------------------------------------- Tokyo thread: ミナト精工
J1_TEXT = """株式会社ミナト精工
情報システム部　山田様

いつも大変お世話になっております。
メリディアンデータ株式会社の佐藤でございます。

先日はお忙しいところ、お打ち合わせのお時間をいただき誠にありがとうございました。
ご依頼いただきましたお見積りについて、下記のとおりご案内申し上げます。

【お見積り概要】見積番号：MDJ-2026-1006-01
・メリディアン シンク　月額基本料金：50,000円（税抜）
・メリディアン ボールト　容量課金：1TBあたり月額2,500円（税抜）
・ご契約期間：12か月（年額一括前払い）

なお、お見積りはご利用予定の40TBにて算出しております。
お見積り合計（12か月分）：税抜 1,800,000円（税込 1,980,000円）

また、メリディアン シンクは1ユーザーあたりのストレージ容量が1TBございますので、
図面データの保管にも十分かと存じます。

正式な御見積書（PDF）は、押印のうえ別途郵送いたします。
ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。

""" + SIG_SATO + "\n"
M["J1"] = dict(
    date=dt("2026-10-06 14:03:12", 9), frm=SATO, to=[YAMADA],
    subject="【お見積りのご送付】メリディアン シンク／メリディアン ボールト（MDJ-2026-1006-01）",
    msgid="TYCPR01MB8765D2E4F6A8C0B21A3E@TYCPR01MB8765.jpnprd01.prod.outlook.com",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")],
    kind="plain", charset="iso-2022-jp", cte="7bit", crlf=True, text=J1_TEXT,
    claims=[
        C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "・メリディアン シンク　月額基本料金：50,000円（税抜）"),
        C(VAULT, "price_per_tb", money(2500, "JPY", "TB-month", "excluded"), "conflict", "・メリディアン ボールト　容量課金：1TBあたり月額2,500円（税抜）"),
        C(SYNC, "storage_per_user", TB, "ok", "メリディアン シンクは1ユーザーあたりのストレージ容量が1TBございますので、"),
    ])

J2_OWN = """佐藤さん

お疲れさまです。高橋です。
ミナト精工様宛のメールですが、ボールトの単価が昨年度の価格表のままになっています。
今年度のメリディアン ボールトの単価は1TBあたり月額2,800円（税抜）ですので、山田様へ訂正のご連絡をお願いします。
合計金額も変わりますので、再計算したうえで送付前に一度見せてください。

高橋

-----元のメッセージ-----
差出人: 佐藤 健一 <k.sato@jp.meridian-data.com> 
送信日時: 2026年10月6日 14:03
宛先: 山田 <yamada@minato-seiko.co.jp>
件名: 【お見積りのご送付】メリディアン シンク／メリディアン ボールト（MDJ-2026-1006-01）

"""
M["J2"] = dict(
    date=dt("2026-10-07 09:48:51", 9), frm=TAKAHASHI, to=[SATO],
    subject="RE: 【お見積りのご送付】メリディアン シンク／メリディアン ボールト（MDJ-2026-1006-01）",
    msgid="TYCPR01MB9123A7B6C5D4E3F21098@TYCPR01MB9123.jpnprd01.prod.outlook.com", in_reply_to=M["J1"]["msgid"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")],
    kind="plain", charset="utf-8", cte="base64", crlf=True, text=J2_OWN + J1_TEXT,
    claims=[C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
              "今年度のメリディアン ボールトの単価は1TBあたり月額2,800円（税抜）ですので")],
    quotes=[("J1", "all")])

J3_OWN = """メリディアンデータ株式会社
佐藤様

お世話になっております。ミナト精工の山田です。
早速お見積りをお送りいただき、ありがとうございました。

社内で検討いたしましたが、今期の予算は年間150万円（税込）で確保しており、
ご提示の金額ですと予算を超えてしまいます。
ボールトの容量を見直すことも含めて検討しておりますが、
御社のほうでもう一段お値引きのご検討をいただけないでしょうか。

11月の取締役会で決裁を取る予定ですので、10月中にご回答いただけますと幸いです。

よろしくお願いいたします。

株式会社ミナト精工
情報システム部　山田 浩二
〒252-0231 神奈川県相模原市中央区相生3-12-8
TEL 042-555-0189（内線 214）

"""
M["J3"] = dict(
    date=dt("2026-10-08 10:22:35", 9), frm=YAMADA, to=[SATO],
    subject="Re: 【お見積りのご送付】メリディアン シンク／メリディアン ボールト（MDJ-2026-1006-01）",
    msgid="a3f9c2e1-7b4d-4c8a-9e6f-2d1b5c8a7f30@minato-seiko.co.jp", in_reply_to=M["J1"]["msgid"],
    headers=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")],
    kind="plain", charset="shift_jis", cte="base64", crlf=False,
    text=J3_OWN + jp_attr(M["J1"]["date"], *SATO) + "\n" + quote_lines(J1_TEXT) + "\n",
    quotes=[("J1", "all")])

J4_TEXT = """山田様

お世話になっております。メリディアンデータの佐藤でございます。
ご検討いただき、誠にありがとうございます。

まず、先日お送りしたお見積りに誤りがございましたので、お詫びのうえ訂正させていただきます。
メリディアン ボールトの単価：（誤）1TBあたり月額2,500円　→　（正）1TBあたり月額2,800円（税抜）

そのうえで上長と相談いたしまして、今回に限り、初年度のご利用料金から10%のお値引きをさせていただくことになりました。
訂正後のお見積り合計（12か月分・お値引き後）は以下のとおりです。

　税抜：1,749,600円
　税込：1,924,560円

ご予算の150万円にはまだ届かず恐縮ですが、ご利用予定を30TBに見直された場合の試算もお作りできますので、お申し付けください。

何卒よろしくお願い申し上げます。

""" + SIG_SATO + """

""" + jp_attr(M["J3"]["date"], *YAMADA) + """
> 社内で検討いたしましたが、今期の予算は年間150万円（税込）で確保しており、
> ご提示の金額ですと予算を超えてしまいます。
"""
M["J4"] = dict(
    date=dt("2026-10-13 16:10:27", 9), frm=SATO, to=[YAMADA],
    subject="【訂正】お見積り金額のご訂正とお値引きについて（MDJ-2026-1006-02）",
    msgid="TYCPR01MB8765F1E2D3C4B5A69788@TYCPR01MB8765.jpnprd01.prod.outlook.com", in_reply_to=M["J3"]["msgid"],
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")],
    kind="plain", charset="iso-2022-jp", cte="7bit", crlf=True, text=J4_TEXT,
    claims=[C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok",
              "（正）1TBあたり月額2,800円（税抜）")])

# ---------------------------------------------------------------- Osaka thread: 浪速フーズ
O1_TEXT = """浪速フーズ株式会社
経営企画部　岡田様

いつもお世話になっております。
メリディアンデータ大阪支店の中村でございます。
先日はご来社いただき、誠にありがとうございました。

お打ち合わせでご質問いただいた料金について、ご案内いたします。

メリディアン ボールトは1TBあたり月額2,800円（税抜）でご提供しております。
バックアップデータはメリディアン ボールトの大阪・東京の国内データセンターに保管いたしますので、BCP対策としても安心してお使いいただけます。
関西エリアでは業界最安値クラスの価格かと存じます。

メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。
本格導入の前に、メリディアン インサイトを30日間無料でお試しいただくことも可能です。
なお、同製品は2027年1月に一般提供開始を予定しており、それまではベータ版でのご提供となります。

ご利用人数は最終的に約300名様とのことですが、まずは120名様からのスタートでも問題ございません。
お見積書は来週前半にお送りいたします。

引き続きよろしくお願いいたします。

""" + SIG_NAKAMURA + "\n"
M["O1"] = dict(
    date=dt("2026-10-20 16:45:18", 9), frm=NAKAMURA, to=[OKADA],
    subject="メリディアン ボールト・メリディアン インサイトの料金について",
    msgid="4b8e2f1a-6c3d-4e9b-a7f2-1d5c8e3b9a60@osaka.jp.meridian-data.com",
    headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")],
    kind="plain", charset="utf-8", cte="8bit", crlf=False, text=O1_TEXT,
    claims=[
        C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトは1TBあたり月額2,800円（税抜）でご提供しております。"),
        C(VAULT, "data_centers", "Osaka", "ok", "バックアップデータはメリディアン ボールトの大阪・東京の国内データセンターに保管いたします"),
        C(VAULT, "data_centers", "Tokyo", "ok", "バックアップデータはメリディアン ボールトの大阪・東京の国内データセンターに保管いたします"),
        C(INSIGHT, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイトは1ユーザーあたり月額4,400円（税込）です。"),
        C(INSIGHT, "free_trial", dur(30, "days"), "ok", "メリディアン インサイトを30日間無料でお試しいただくことも可能です。"),
        C(INSIGHT, "general_availability", "2027-01", "ok", "同製品は2027年1月に一般提供開始を予定しており"),
    ],
    findings=[F("phrase", "ja.cheapest", None, "関西エリアでは業界最安値クラスの価格かと存じます。")])

O2_OWN = """中村様

お世話になっております。浪速フーズの岡田です。
ご丁寧にご案内いただき、ありがとうございます。

ボールトの単価について、年間契約を前提に1TBあたり2,500円程度までご検討いただくことは可能でしょうか。
インサイトは、まずトライアルで現場の反応を見てから判断したいと考えております。

よろしくお願いいたします。

岡田 朋美
浪速フーズ株式会社 経営企画部
TEL 06-5555-0230
"""
M["O2"] = dict(
    date=dt("2026-10-23 11:05:42", 9), frm=OKADA, to=[NAKAMURA],
    subject="Re: メリディアン ボールト・メリディアン インサイトの料金について",
    msgid="CAKx9Yt3pQ7wE2rT5yU8iO1pA4sD6fG0hJ3kL@mail.gmail.com", in_reply_to=M["O1"]["msgid"],
    kind="alt", charset="utf-8", cte="base64", crlf=True, boundary="000000000000e4a7c90625f1d3b8",
    quotes=[("O1", "all")])
M["O2"]["text"] = O2_OWN + "\n" + jp_attr(M["O1"]["date"], *NAKAMURA) + "\n\n" + quote_lines(O1_TEXT) + "\n"
M["O2"]["html"] = simple_html(O2_OWN, gmail_quote_html(jp_attr(M["O1"]["date"], *NAKAMURA), O1_TEXT))

O3_TEXT = """岡田様

お世話になっております。メリディアンデータの中村でございます。

ご要望いただいた単価につきましては、価格表の改定にあたるため、単価そのものの変更は難しい状況です。
代わりに、支店長の承認を得まして、年間一括払いでご契約いただく場合に限り、初年度のボールト利用料から8%をお値引きいたします。
ご利用予定の40TBで試算しますと、年間のお支払額は税抜で約124万円となります。

長期でご利用いただければ、必ずご満足いただける内容かと存じます。
引き続きご検討のほど、よろしくお願いいたします。

""" + SIG_NAKAMURA + """

""" + jp_attr(M["O2"]["date"], *OKADA) + """
> ボールトの単価について、年間契約を前提に1TBあたり2,500円程度までご検討いただくことは可能でしょうか。
"""
M["O3"] = dict(
    date=dt("2026-10-27 15:30:04", 9), frm=NAKAMURA, to=[OKADA],
    subject="Re: メリディアン ボールト・メリディアン インサイトの料金について",
    msgid="9d2c7e4b-1a3f-4b8e-8c6d-5f0a2e9b7c13@osaka.jp.meridian-data.com", in_reply_to=M["O2"]["msgid"],
    headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")],
    kind="plain", charset="utf-8", cte="8bit", crlf=False, text=O3_TEXT,
    findings=[F("phrase", "ja.absolute", None, "必ずご満足いただける内容かと存じます。")])

# ---------------------------------------------------------------- Tokyo, in English, for a foreign-owned customer
T1_TEXT = """Dear Mr. Brandt,

Thank you for your time on Monday. As requested, here is a summary in English for your headquarters in Stuttgart.

Meridian Sync is ¥50,000 per month for the workspace, excluding consumption tax. In USD terms, Meridian Sync is $399 per month, which is the figure your colleagues in Chicago are paying. However, as your contract would be with Meridian Data K.K., invoices will be issued in yen.

A single Meridian Sync workspace covers up to 10,000 users, so the Osaka plant can be added later without a second contract.

Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report, which we can share under NDA.

Best regards,

Haruto Suzuki
Account Manager, Enterprise Sales
Meridian Data K.K. (Tokyo)
Marunouchi Kitaguchi Bldg. 18F, 1-6-5 Marunouchi, Chiyoda-ku, Tokyo 100-0005
Tel: +81-3-5555-0147 | Mobile: +81-90-5555-0392
"""
M["T1"] = dict(
    date=dt("2026-11-04 10:30:00", 9), frm=SUZUKI, to=[BRANDT],
    subject="Meridian Sync – pricing for Keller Maschinenbau Japan",
    msgid="TYWPR01MB10432B7C8D9E0F1A2B3C@TYWPR01MB10432.jpnprd01.prod.outlook.com",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")],
    kind="plain", charset="utf-8", cte="quoted-printable", crlf=True, text=T1_TEXT,
    claims=[
        C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "Meridian Sync is ¥50,000 per month for the workspace, excluding consumption tax."),
        C(SYNC, "monthly_price", money(399, "USD", "month"), "office-variant", "In USD terms, Meridian Sync is $399 per month"),
        C(SYNC, "max_users", 10000, "ok", "A single Meridian Sync workspace covers up to 10,000 users"),
        C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report"),
        C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is certified to ISO 27001 and has a SOC 2 Type II report"),
    ])

# ---------------------------------------------------------------- US SDR: Pinecrest Credit Union
U2_TEXT = """Hi Tom,

Thanks for the quick call this morning! Here's the pricing overview I promised.

- Meridian Sync: $399 per user per month, billed annually.
- Meridian Vault: $20 per TB per month for the first 100 TB.
- Above 100 TB, Meridian Vault drops to $18 per TB per month.

Meridian Vault keeps your backups for 30 days by default, and you can extend that in the admin console. For a credit union your size, Vault SKU MV-STD-100 is what most teams start with.

Our Account Executive, Dana Whitfield, will follow up with a formal quote. Would next Tuesday at 2pm PT work for a 30-minute walkthrough?

Thanks,
Kelsey

Kelsey Moore | Sales Development Representative
Meridian Data, Inc. | 500 Howard Street, Suite 1200, San Francisco, CA 94105
+1 (415) 555-0187
"""
U2_HTML = """<div dir="ltr">
<div>Hi Tom,</div><div><br></div>
<div>Thanks for the quick call this morning! Here's the pricing overview I promised.</div><div><br></div>
<ul>
<li>Meridian Sync: $399 per user per month, billed annually.</li>
<li>Meridian Vault: $20 per TB per month for the first 100 TB.</li>
<li>Above 100 TB, Meridian Vault drops to $18 per TB per month.</li>
</ul>
<div>Meridian Vault keeps your backups for 30 days by default, and you can extend that in the admin console. For a credit union your size, Vault SKU MV-STD-100 is what most teams start with.</div><div><br></div>
<div>Our Account Executive, Dana Whitfield, will follow up with a formal quote. Would next Tuesday at 2pm PT work for a 30-minute walkthrough?</div><div><br></div>
<div>Thanks,</div><div>Kelsey</div><div><br></div>
<div>Kelsey Moore | Sales Development Representative<br>Meridian Data, Inc. | 500 Howard Street, Suite 1200, San Francisco, CA 94105<br>+1 (415) 555-0187</div>
</div>
"""
M["U2"] = dict(
    date=dt("2026-11-09 10:02:51", -8), frm=KELSEY, to=[TOM],
    subject="Quick pricing overview – Meridian Sync & Vault",
    msgid="CAJq3Rz7Xw0Vn2Bt5Mk8Lp1Hd4Gf6Sa9Qe3Yc7Ui@mail.gmail.com",
    kind="alt", charset="utf-8", cte="quoted-printable", crlf=True, boundary="0000000000007d31b50627a9e4f0",
    text=U2_TEXT, html=U2_HTML,
    claims=[
        C(SYNC, "per_user_price", money(399, "USD", "user-month"), "unverified", "Meridian Sync: $399 per user per month, billed annually."),
        C(VAULT, "price_per_tb", money(20, "USD", "TB-month"), "ok", "Meridian Vault: $20 per TB per month for the first 100 TB."),
        C(VAULT, "price_per_tb", money(18, "USD", "TB-month"), "conflict", "Above 100 TB, Meridian Vault drops to $18 per TB per month."),
        C(VAULT, "retention", dur(30, "days"), "conflict", "Meridian Vault keeps your backups for 30 days by default"),
    ])

ARCHIVE_KEYS = ["A1", "A2", "A5", "B1", "B2", "B3", "B4", "P2", "J1", "J3", "O1", "O2", "U1", "T1", "U2"]

# ====================================================================== documents
DOCS = []   # dicts: path, office, bytes, claims, findings, kind ('html'|'md'|'txt'), encoding

D1_HTML = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>御見積書 MDJ-2026-1110-01 株式会社ミナト精工 御中</title>
<style>
body { font-family: "Yu Gothic", "Hiragino Sans", sans-serif; font-size: 10.5pt; margin: 24px; }
h1 { text-align: center; letter-spacing: 1em; }
table { border-collapse: collapse; }
td, th { border: 1px solid #444; padding: 4px 8px; }
td.num { text-align: right; }
.issuer { float: right; line-height: 1.6; }
</style>
</head>
<body>
<h1>御見積書</h1>
<p style="font-size:13pt;border-bottom:1px solid #000;display:inline-block">株式会社ミナト精工　御中</p>
<div class="issuer">
メリディアンデータ株式会社<br>
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル18F<br>
TEL 03-5555-0142　FAX 03-5555-0143<br>
適格請求書発行事業者登録番号 T4010001234567<br>
担当：東京支社 営業部　佐藤 健一
</div>
<table class="meta">
<tr><th>見積番号</th><td>MDJ-2026-1110-01</td></tr>
<tr><th>発行日</th><td>2026年11月10日</td></tr>
<tr><th>有効期限</th><td>2026年12月10日</td></tr>
<tr><th>件名</th><td>メリディアン シンク・ボールト・インサイト ご利用料金（初年度）</td></tr>
</table>
<p>下記のとおり御見積申し上げます。</p>
<p style="font-size:14pt"><b>御見積金額合計　¥4,888,400（税込）</b></p>

<table class="detail">
<caption>御見積明細（単価・金額は税別表示）</caption>
<thead>
<tr><th>項番</th><th>品名</th><th>数量</th><th>単位</th><th>単価（円）</th><th>金額（円）</th></tr>
</thead>
<tbody>
<tr><td>1</td><td>メリディアン シンク 月額基本料金</td><td class="num">12</td><td>ヶ月</td><td class="num">50,000</td><td class="num">600,000</td></tr>
<tr><td>2</td><td>メリディアン ボールト 容量課金（1TBあたり月額）</td><td class="num">480</td><td>TB・月</td><td class="num">2,800</td><td class="num">1,344,000</td></tr>
<tr><td>3</td><td>メリディアン インサイト ユーザー課金（1ユーザーあたり月額）</td><td class="num">600</td><td>ユーザー・月</td><td class="num">4,000</td><td class="num">2,400,000</td></tr>
<tr><td>4</td><td>導入支援サービス（初期設定・操作説明会2回）</td><td class="num">1</td><td>式</td><td class="num">300,000</td><td class="num">300,000</td></tr>
<tr><td>5</td><td>初年度特別値引き</td><td class="num">1</td><td>式</td><td class="num">-200,000</td><td class="num">-200,000</td></tr>
</tbody>
<tfoot>
<tr><td colspan="5">小計</td><td class="num">4,444,000</td></tr>
<tr><td colspan="5">消費税（10%）</td><td class="num">444,400</td></tr>
<tr><td colspan="5">合計（税込）</td><td class="num">4,888,400</td></tr>
</tfoot>
</table>

<h2>備考</h2>
<ul>
<li>メリディアン シンクの月額基本料金は、消費税込みで55,000円となります。</li>
<li>メリディアン シンクは、1つのご契約で最大1万ユーザーまで追加費用なくご利用いただけます。</li>
<li>メリディアン ボールトでは、バックアップを標準で90日間保持いたします。</li>
<li>メリディアン インサイトは、2027年1月の一般提供開始まではベータ版としてのご提供となります。</li>
<li>お支払条件：年額一括前払い（請求書発行月の翌月末日払い）</li>
<li>本見積の有効期限経過後は、価格改定により金額が変更となる場合がございます。</li>
</ul>
</body>
</html>
"""
DOCS.append(dict(
    path="docs/tokyo/御見積書_ミナト精工様_MDJ-2026-1110.html", office="tokyo", kind="html", encoding="utf-8",
    text=D1_HTML,
    claims=[
        C(SYNC, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク 月額基本料金 12 ヶ月 50,000"),
        C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールト 容量課金（1TBあたり月額） 480 TB・月 2,800"),
        C(INSIGHT, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "メリディアン インサイト ユーザー課金（1ユーザーあたり月額） 600 ユーザー・月 4,000"),
        C(SYNC, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "メリディアン シンクの月額基本料金は、消費税込みで55,000円となります。"),
        C(SYNC, "max_users", 10000, "ok", "メリディアン シンクは、1つのご契約で最大1万ユーザーまで追加費用なくご利用いただけます。"),
        C(VAULT, "retention", dur(90, "days"), "ok", "メリディアン ボールトでは、バックアップを標準で90日間保持いたします。"),
        C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは、2027年1月の一般提供開始まではベータ版としてのご提供となります。"),
    ]))

D2_MD = """# Order Form OF-UK-2026-0112

**Supplier:** Meridian Data Ltd (company no. 11428806, VAT reg. GB 318 4471 92), 71 Cannon Street, London EC4N 5AE
**Customer:** Brackley & Finch LLP (OC305117), 12 Park Square East, Leeds LS1 2LF
**Quotation reference:** UK-Q-2026-0388-R2
**Order date:** 5 October 2026 · **Service start:** 1 November 2026 · **Initial term:** 36 months

This Order Form is governed by the Meridian Data Master Subscription Agreement (UK edition, v4.1).

## 1. Subscriptions

All prices are in pounds sterling and exclusive of VAT.

| Line | Service | Billing | Qty | Unit price | Amount |
|---|---|---|---:|---|---:|
| 1 | Meridian Vault – managed backup | Monthly in arrears | 120 | £16.00 per TB per month | £1,920.00 |
| 2 | Term discount on line 1 (10%, initial term only) | Monthly in arrears | | | −£192.00 |
| 3 | Meridian Sync – Business workspace | Annually in advance | 1 | £329.00 per month | £3,948.00 |
| 4 | Meridian Insight – Standard | Monthly in arrears | 25 | £25.00 per user per month | £625.00 |

**Charges summary**

- Monthly charges (lines 1, 2 and 4): £2,353.00 + VAT £470.60 = £2,823.60 including VAT
- Annual charge (line 3): £3,948.00 + VAT £789.60 = £4,737.60 including VAT
- Payment terms: 30 days from invoice, by BACS to the account shown on the invoice.

## 2. Service levels

| Service | Availability | Recovery point | Default retention |
|---|---|---|---|
| Meridian Vault | 99.95% | 15 minutes | 90 days |
| Meridian Sync | 99.9% | n/a | n/a |

## 3. Product notes

- Meridian Sync workspaces include 1 TB of storage per user and support up to 5,000 named users.
- Meridian Vault hosts UK customers' backups in our Frankfurt data centre; the service is not hosted in London.
- Meridian Insight is in beta until general availability in January 2027; line 4 starts billing on the service start date regardless.

## 4. Renewal

On expiry of the Initial Term the subscriptions renew for successive 12-month periods at the list prices then in force, subject to a maximum uplift of 5% on the fees payable in the final year of the previous term. Either party may give 90 days' written notice of non-renewal.

## 5. Signatures

| For Meridian Data Ltd | For Brackley & Finch LLP |
|---|---|
| Name: Oliver Pennington | Name: James Cole |
| Title: Sales Director, UK & Ireland | Title: Head of IT Operations |
| Signature: | Signature: |
| Date: | Date: |
"""
DOCS.append(dict(
    path="docs/london/order-form-OF-UK-2026-0112-brackley-finch.md", office="london", kind="md", encoding="utf-8",
    text=D2_MD,
    claims=[
        C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "| 1 | Meridian Vault – managed backup | Monthly in arrears | 120 | £16.00 per TB per month | £1,920.00 |"),
        C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "| 3 | Meridian Sync – Business workspace | Annually in advance | 1 | £329.00 per month | £3,948.00 |"),
        C(INSIGHT, "per_user_price", money(25, "GBP", "user-month", "excluded"), "ok", "| 4 | Meridian Insight – Standard | Monthly in arrears | 25 | £25.00 per user per month | £625.00 |"),
        C(VAULT, "sla", 99.95, "ok", "| Meridian Vault | 99.95% | 15 minutes | 90 days |"),
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "| Meridian Vault | 99.95% | 15 minutes | 90 days |"),
        C(VAULT, "retention", dur(90, "days"), "ok", "| Meridian Vault | 99.95% | 15 minutes | 90 days |"),
        C(SYNC, "sla", 99.9, "ok", "| Meridian Sync | 99.9% | n/a | n/a |"),
        C(SYNC, "storage_per_user", TB, "ok", "Meridian Sync workspaces include 1 TB of storage per user and support up to 5,000 named users."),
        C(SYNC, "max_users", 5000, "stale", "Meridian Sync workspaces include 1 TB of storage per user and support up to 5,000 named users."),
        C(VAULT, "data_centers", "Frankfurt", "ok", "Meridian Vault hosts UK customers' backups in our Frankfurt data centre"),
        C(INSIGHT, "general_availability", "2027-01", "ok", "Meridian Insight is in beta until general availability in January 2027"),
    ]))

D3_MD = """# Meridian Data proposal for Corvid Health

*Prepared by Marcus Bell, Account Executive, Healthcare & Life Sciences · November 12, 2026 · v2*

All prices in this proposal are in US dollars and exclude sales tax.

## 1. What we're proposing

Corvid Health runs three hospitals and 14 outpatient clinics with roughly 2,300 staff. This proposal covers file sharing for clinical operations (Meridian Sync), backup of the PACS archive and the EHR reporting replica (Meridian Vault), and analytics for the finance and quality teams (Meridian Insight).

## 2. List prices

Table 1 – List prices

| Product | List price | Billing unit | Billing |
|---|---:|---|---|
| Meridian Sync | $399 | per month (flat, whole workspace) | annual in advance |
| Meridian Vault | $20 | per TB per month | monthly in arrears |
| Meridian Insight | $30 | per user per month | annual in advance |

Meridian Sync is priced per workspace rather than per user: a flat $399 per month regardless of headcount. Month-to-month billing is available for Meridian Sync at $449 per month with no annual commitment.

## 3. Meridian Insight volume bands

Band 1 covers annual Insight commitments up to $100,000, Band 2 covers $100,000 to $250,000, and Band 3 anything above that.

- Band 1: Meridian Insight at $30 per user per month (list)
- Band 2: Meridian Insight at $27 per user per month
- Band 3: Meridian Insight at $24 per user per month

Corvid's expected commitment (about 60 analysts) sits in Band 1.

## 4. Bundle: Protect & Share

Take Meridian Sync and Meridian Vault together and we take 8% off the combined monthly fees for the first 12 months. Annual prepayment on the bundle earns one further month free.

## 5. Renewal

Renewals are at the list prices then in force, with any uplift capped at 5% per year.

## 6. Service and security

- Meridian Vault keeps backups for 90 days by default, with a 15-minute RPO.
- Meridian Vault is hosted in our Oregon data center for US customers, with a second copy in Virginia on request.
- Meridian Vault is HIPAA compliant, and we will sign a Business Associate Agreement.
- Meridian Sync is ISO 27001 certified and has a current SOC 2 Type II report, available under NDA.
- Meridian Sync has desktop clients for Windows and macOS and mobile apps for iOS and Android.
- Meridian Insight answers dashboard queries within 2 seconds at p95.
- Migration from your current backup tool is done with zero downtime for clinical staff.

## 7. Quote summary (year one)

| Line | Item | Qty | Unit price | Year-one amount |
|---|---|---:|---|---:|
| 1 | Meridian Sync (annual) | 1 | $399.00 per month | $4,788.00 |
| 2 | Meridian Vault (est. 180 TB) | 180 | $20.00 per TB per month | $43,200.00 |
| 3 | Meridian Insight, Band 1 | 60 | $30.00 per user per month | $21,600.00 |
| 4 | Protect & Share bundle discount (8% of lines 1–2) | | | −$3,839.04 |
| | **Total, year one (excl. sales tax)** | | | **$65,748.96** |

Questions: marcus.bell@meridian-data.com · +1 (617) 555-0164
"""
DOCS.append(dict(
    path="docs/us-hq/corvid-health-proposal-v2.md", office="us-hq", kind="md", encoding="utf-8",
    text=D3_MD,
    claims=[
        C(SYNC, "monthly_price", money(399, "USD", "month", "excluded"), "ok", "| Meridian Sync | $399 | per month (flat, whole workspace) | annual in advance |"),
        C(VAULT, "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok", "| Meridian Vault | $20 | per TB per month | monthly in arrears |"),
        C(INSIGHT, "per_user_price", money(30, "USD", "user-month", "excluded"), "ok", "| Meridian Insight | $30 | per user per month | annual in advance |"),
        C(SYNC, "monthly_price", money(449, "USD", "month", "excluded"), "conflict", "Month-to-month billing is available for Meridian Sync at $449 per month with no annual commitment."),
        C(INSIGHT, "per_user_price", money(27, "USD", "user-month", "excluded"), "conflict", "- Band 2: Meridian Insight at $27 per user per month"),
        C(INSIGHT, "per_user_price", money(24, "USD", "user-month", "excluded"), "conflict", "- Band 3: Meridian Insight at $24 per user per month"),
        C(VAULT, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default, with a 15-minute RPO."),
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "Meridian Vault keeps backups for 90 days by default, with a 15-minute RPO."),
        C(VAULT, "data_centers", "Oregon", "ok", "Meridian Vault is hosted in our Oregon data center for US customers, with a second copy in Virginia on request."),
        C(VAULT, "data_centers", "Virginia", "conflict", "Meridian Vault is hosted in our Oregon data center for US customers, with a second copy in Virginia on request."),
        C(VAULT, "certifications", "HIPAA", "unverified", "Meridian Vault is HIPAA compliant, and we will sign a Business Associate Agreement."),
        C(SYNC, "certifications", "ISO 27001", "ok", "Meridian Sync is ISO 27001 certified and has a current SOC 2 Type II report"),
        C(SYNC, "certifications", "SOC 2 Type II", "ok", "Meridian Sync is ISO 27001 certified and has a current SOC 2 Type II report"),
        C(SYNC, "supported_platforms", "Windows", "ok", "Meridian Sync has desktop clients for Windows and macOS and mobile apps for iOS and Android."),
        C(SYNC, "supported_platforms", "macOS", "ok", "Meridian Sync has desktop clients for Windows and macOS and mobile apps for iOS and Android."),
        C(SYNC, "supported_platforms", "iOS", "ok", "Meridian Sync has desktop clients for Windows and macOS and mobile apps for iOS and Android."),
        C(SYNC, "supported_platforms", "Android", "ok", "Meridian Sync has desktop clients for Windows and macOS and mobile apps for iOS and Android."),
        C(INSIGHT, "query_latency", dur(2, "seconds"), "ok", "Meridian Insight answers dashboard queries within 2 seconds at p95."),
    ],
    findings=[F("phrase", "en.guarantee", None, "Migration from your current backup tool is done with zero downtime for clinical staff.")]))

D4_TXT = """　　　　　　　　　　　　　　御　見　積　書

浪速フーズ株式会社　御中
　　　　　　　　　　　　　　　　　　　　　　　　　見積番号：MDO-2026-1102
　　　　　　　　　　　　　　　　　　　　　　　　　発行日　：2026年11月2日
　　　　　　　　　　　　　　　　　　　　　　　　　有効期限：2026年12月2日

件名：メリディアン ボールト／メリディアン インサイト ご利用料金（初年度）

下記のとおり御見積申し上げます。

　　御見積金額　7,572,480円（税込）

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
品名　　　　　　　　　　　　　　　　　　　　数量　　単位　　　　単価（税込）　　金額（税込）
───────────────────────────────────────────
メリディアン ボールト（1TBあたり月額）　　　　480　　TB・月　　　　 2,800円　　1,344,000円
メリディアン インサイト（1ユーザーあたり月額）1,440　ユーザー・月　 4,400円　　6,336,000円
年間一括払い特別値引き（ボールト初年度 8%）　　 1　　式　　　　 -107,520円　　-107,520円
───────────────────────────────────────────
　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　合計（税込）　7,572,480円
　　　　　　　　　　　　　　　　　　　　　　　　　　　　（うち消費税等　　　688,407円）
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
※単価・金額はすべて税込表示です。

【備考】
・メリディアン インサイトは、2027年1月の一般提供開始まではベータ版としてのご提供となります。
・メリディアン インサイトのクエリ応答時間は平均1秒未満です。
・メリディアン ボールトのバックアップは大阪データセンターに保管し、東京データセンターへ遠隔複製いたします。
・メリディアン ボールトのRPOは最大15分となっております。
・メリディアン ボールトは関西の食品業界で導入社数No.1※です。
　※2026年9月 関西食品IT研究会調べ（関西の食品製造業120社のバックアップ製品導入状況）
・初期費用は無料です。最低利用期間は12か月です。
・お支払条件：年間一括払い（ご契約月の翌月末日までに銀行振込）

メリディアンデータ株式会社　大阪支店
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー21F
TEL 06-5555-0171
登録番号 T4010001234567
担当：営業課　中村 大輔
"""
DOCS.append(dict(
    path="docs/osaka/お見積書_浪速フーズ様_MDO-2026-1102.txt", office="osaka", kind="txt", encoding="shift_jis",
    crlf=True, text=D4_TXT,
    claims=[
        C(VAULT, "price_per_tb", money(2800, "JPY", "TB-month", "included"), "conflict", "メリディアン ボールト（1TBあたり月額）　　　　480　　TB・月　　　　 2,800円"),
        C(INSIGHT, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok", "メリディアン インサイト（1ユーザーあたり月額）1,440　ユーザー・月　 4,400円"),
        C(INSIGHT, "general_availability", "2027-01", "ok", "メリディアン インサイトは、2027年1月の一般提供開始まではベータ版としてのご提供となります。"),
        C(INSIGHT, "query_latency", dur(1, "seconds"), "conflict", "メリディアン インサイトのクエリ応答時間は平均1秒未満です。"),
        C(VAULT, "data_centers", "Osaka", "ok", "メリディアン ボールトのバックアップは大阪データセンターに保管し、東京データセンターへ遠隔複製いたします。"),
        C(VAULT, "data_centers", "Tokyo", "ok", "メリディアン ボールトのバックアップは大阪データセンターに保管し、東京データセンターへ遠隔複製いたします。"),
        C(VAULT, "rpo", dur(15, "minutes"), "ok", "メリディアン ボールトのRPOは最大15分となっております。"),
    ]))

D5_TXT = """MERIDIAN DATA LTD - RENEWAL QUOTATION

Customer:        Harrowgate Building Society, Prospect House, 3 Station Parade, Harrogate HG1 1UF
                 (FCA Firm Reference No. 206080)
Quotation:       UK-RQ-2026-0207        Date: 16 November 2026        Valid until: 16 December 2026
Renewal period:  1 January 2027 to 31 December 2027
Account manager: Priya Raman, +44 20 7946 0321

Your current subscriptions renew on 1 January 2027. Prices below are list prices, excluding VAT.

Line  Item                                       Qty  Unit price                 Annual amount
1     Meridian Sync - Business workspace           1  £329.00 per month              £3,948.00
2     Meridian Vault - managed backup             64  £16.00 per TB per month       £12,288.00
3     Renewal uplift on lines 1-2 (4%)                                                £649.44
4     Meridian Vault - expansion (Leeds DR site)  20  $20.00 per TB per month        $4,800.00

Sterling lines (1-3): £16,885.44 + VAT £3,377.09 = £20,262.53
Line 4 is shown in US dollars and will be invoiced in sterling at the rate on the invoice date.

Notes
- Harrowgate currently protects 64 TB across both sites.
- Meridian Vault scales to 500 TB per tenant, so the planned Leeds DR expansion fits comfortably.
- Meridian Sync's limit of 10,000 users per workspace leaves plenty of headroom.
- New this year: Meridian Sync now works offline, so branch staff can keep editing during network outages.
- Unlimited restore requests are included at no extra charge.
- The uplift is applied under clause 7.2 of your Master Subscription Agreement (maximum 5%).

Meridian Data Ltd, 71 Cannon Street, London EC4N 5AE. Registered in England and Wales, company no. 11428806.
"""
DOCS.append(dict(
    path="docs/london/renewal-quote-UK-RQ-2026-0207-harrowgate.txt", office="london", kind="txt", encoding="utf-8-sig",
    crlf=True, text=D5_TXT,
    claims=[
        C(SYNC, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "1     Meridian Sync - Business workspace           1  £329.00 per month"),
        C(VAULT, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "2     Meridian Vault - managed backup             64  £16.00 per TB per month"),
        C(VAULT, "price_per_tb", money(20, "USD", "TB-month", "excluded"), "office-variant", "4     Meridian Vault - expansion (Leeds DR site)  20  $20.00 per TB per month"),
        C(VAULT, "max_storage", 500 * TB, "ok", "Meridian Vault scales to 500 TB per tenant"),
        C(SYNC, "max_users", 10000, "ok", "Meridian Sync's limit of 10,000 users per workspace leaves plenty of headroom."),
        C(SYNC, "offline_mode", True, "conflict", "Meridian Sync now works offline, so branch staff can keep editing during network outages."),
    ],
    findings=[F("phrase", "en.unlimited", None, "Unlimited restore requests are included at no extra charge.")]))

# a draft the config ignores (docs/**/drafts/**): deliberately wrong, and not labelled
DRAFT_TXT = """DRAFT v0 - do not send

Harrowgate renewal, first pass (copied from last year's sheet):
1  Meridian Sync - Business workspace   £299.00 per month
2  Meridian Vault - managed backup      £14.00 per TB per month
Meridian Sync supports up to 5,000 users.
"""

# ---------------------------------------------------------------- an unreadable file
def outlook_msg_bytes():
    """An Outlook .msg (OLE2 compound file) that someone saved with an .eml name."""
    out = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00")
    out += b"\x00" * (512 - len(out))
    names = ["Root Entry", "__nameid_version1.0", "__substg1.0_0037001F", "__substg1.0_1000001F",
             "__substg1.0_0C1A001F", "__properties_version1.0", "__attach_version1.0_#00000000"]
    seed = b"set26-msg"
    for i in range(24):
        seed = hashlib.sha256(seed).digest()
        block = bytearray((seed * 16)[:512])
        if i < len(names):
            n = names[i].encode("utf-16-le")
            block[0:len(n)] = n
        out += block
    subj = "RE: Meridian Vault Angebot / quote follow-up".encode("utf-16-le")
    out[2048:2048 + len(subj)] = subj
    return bytes(out)


# ====================================================================== text extraction for self-checks
class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in ("br", "p", "div", "tr", "li", "caption", "h1", "h2", "table"):
            self.parts.append("\n")
        if tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(s):
    p = _Text()
    p.feed(s)
    return "".join(p.parts)


def decoded_texts(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            texts.append(t)
            if part.get_content_subtype() == "html":
                texts.append(html_text(t))
    return msg, texts


def norm(s):
    return " ".join(s.split())


# ====================================================================== writing
def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as fh:
        fh.write(data)


def prepare_messages():
    order = sorted(M, key=lambda k: M[k]["date"].astimezone(datetime.timezone.utc))
    for n, k in enumerate(order, 1):
        m = M[k]
        m["key"] = k
        m["file"] = "mail/%04d.eml" % n
        m["from"] = m["frm"]
        m["office"] = office_of(m["frm"][1])
        m["as_of"] = m["date"].date().isoformat()
        m.setdefault("claims", [])
        m.setdefault("findings", [])
        m.setdefault("quotes", [])
        m["raw"] = build(m)
    return order, "mail/%04d.eml" % (len(order) + 1)


def mboxrd(keys):
    out = bytearray()
    for k in sorted(keys, key=lambda k: M[k]["date"].astimezone(datetime.timezone.utc)):
        m = M[k]
        utc = m["date"].astimezone(datetime.timezone.utc)
        out += ("From %s %s\n" % (m["frm"][1], utc.strftime("%a %b %e %H:%M:%S %Y"))).encode("ascii")
        raw = m["raw"].replace(b"\r\n", b"\n")
        for line in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
            if re.match(rb"^>*From ", line):
                line = b">" + line
            out += line + b"\n"
        out += b"\n"
    return bytes(out)


def claim_line(file, msgid, c, quoted, office, as_of):
    return {"type": "claim", "file": file, "message_id": msgid, "product": c["product"], "attribute": c["attribute"],
            "value": c["value"], "verdict": c["verdict"], "quoted": quoted, "office": office, "as_of": as_of,
            "text": c["text"]}


def finding_line(file, msgid, f, quoted):
    return {"type": "finding", "file": file, "message_id": msgid, "kind": f["kind"], "rule": f["rule"],
            "product": f["product"], "quoted": quoted, "text": f["text"]}


def message_lines(m, file=None):
    """Expected lines of one message: its own claims, then quoted ones (quoted author's office)."""
    file = file or m["file"]
    claims, findings = [], []
    for c in m["claims"]:
        claims.append(claim_line(file, m["msgid"], c, False, m["office"], m["as_of"]))
    for f in m["findings"]:
        findings.append(finding_line(file, m["msgid"], f, False))
    for src_key, which in m["quotes"]:
        src = M[src_key]
        assert which == "all"
        for c in src["claims"]:
            claims.append(claim_line(file, m["msgid"], c, True, src["office"], m["as_of"]))
        for f in src["findings"]:
            findings.append(finding_line(file, m["msgid"], f, True))
    return dedup_claims(claims), dedup_findings(findings)


def vkey(v):
    return json.dumps(v, sort_keys=True)


def dedup_claims(lines):
    seen, out = set(), []
    for l in lines:
        k = (l["file"], l["message_id"], l["product"], l["attribute"], vkey(l["value"]), l["quoted"], l["office"])
        if k not in seen:
            seen.add(k)
            out.append(l)
    return out


def dedup_findings(lines):
    """One line per (file, message, kind, rule or product); unquoted wins over quoted."""
    seen, out = {}, []
    for l in lines:
        k = (l["file"], l["message_id"], l["kind"], l["rule"] if l["kind"] == "phrase" else l["product"])
        if k in seen:
            if not l["quoted"]:
                seen[k]["quoted"] = False
            continue
        seen[k] = l
        out.append(l)
    return out


# ---------------------------------------------------------------- cross-office, from the archive's claims
def comparable_value(c):
    v = c["value"]
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"]
        if v["currency"] == "JPY" and v.get("tax") == "included":
            amt = round(amt / 1.1, 6)
        return ("money", v["currency"], v["per"], round(amt, 6))
    return ("v", vkey(v))


def cross_office(archive_claims):
    """Pairs of offices (no customers) that stated values for one product/attribute within 45 days
    which cannot both be right; money only within one currency and billing unit; sets never."""
    set_attrs = {"certifications", "supported_platforms", "data_centers", "encryption"}
    cs = [c for c in archive_claims if c["office"] != "unknown" and c["attribute"] not in set_attrs]
    found = {}
    for i, a in enumerate(cs):
        for b in cs[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            va, vb = comparable_value(a), comparable_value(b)
            if va[0] == "money" and va[1:3] != vb[1:3]:
                continue
            days = abs((datetime.date.fromisoformat(a["as_of"]) - datetime.date.fromisoformat(b["as_of"])).days)
            if days > 45 or va == vb:
                continue
            right = ("ok", "office-variant")
            if a["verdict"] in right and b["verdict"] in right:
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            found.setdefault(key, []).append((a, b, days))
    return found


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    order, bad_file = prepare_messages()
    expected = []
    for k in order:
        m = M[k]
        write(m["file"], m["raw"])
        cl, fi = message_lines(m)
        expected += cl + fi
    write(bad_file, outlook_msg_bytes())
    expected.append({"type": "finding", "file": bad_file, "message_id": None, "kind": "unreadable", "rule": None,
                     "product": None, "quoted": False,
                     "text": "not an RFC 5322 message: an Outlook .msg (OLE2 compound file, starts D0 CF 11 E0) saved with an .eml name"})

    write("mail/archive.mbox", mboxrd(ARCHIVE_KEYS))
    archive_claims = []
    for k in sorted(ARCHIVE_KEYS, key=lambda k: M[k]["date"].astimezone(datetime.timezone.utc)):
        cl, fi = message_lines(M[k], "mail/archive.mbox")
        for l in cl:
            l["_src"] = M[k]["file"]
        archive_claims += cl
        expected += cl + fi
    xo = cross_office(archive_claims)
    for (product, attribute, offices), pairs in sorted(xo.items()):
        files = sorted({p[0]["_src"] for p in pairs} | {p[1]["_src"] for p in pairs})
        a, b, _ = min(pairs, key=lambda p: p[2])
        expected.append({"type": "cross-office", "product": product, "attribute": attribute, "offices": list(offices),
                         "file": "mail/archive.mbox", "message_files": files,
                         "values": {a["office"]: a["value"], b["office"]: b["value"]}})
    for l in archive_claims:
        del l["_src"]

    for d in DOCS:
        text = d["text"].replace("\n", "\r\n") if d.get("crlf") else d["text"]
        write(d["path"], text.encode(d["encoding"]))
        for c in d["claims"]:
            expected.append(claim_line(d["path"], None, c, False, d["office"], DOCS_AS_OF))
        for f in d.get("findings", []):
            expected.append(finding_line(d["path"], None, f, False))
    write("docs/london/drafts/harrowgate-renewal-v0.txt", DRAFT_TXT.encode("utf-8"))

    write(".onevoice.yaml", b"""# onevoice configuration for evaluation set 26 (SPEC section 6).
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
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in expected:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    selfcheck(order, expected, xo)


# ====================================================================== self-checks
def selfcheck(order, expected, xo):
    problems = []
    texts = {}
    for k in order:
        m = M[k]
        msg, parts = decoded_texts(open(os.path.join(ROOT, m["file"]), "rb").read())
        assert msg["Message-ID"].strip("<>") == m["msgid"], m["file"]
        texts[m["file"]] = [norm(t) for t in parts]
    for d in DOCS:
        raw = open(os.path.join(ROOT, d["path"]), "rb").read().decode(d["encoding"])
        texts[d["path"]] = [norm(raw)] + ([norm(html_text(raw))] if d["kind"] == "html" else [])
    for l in expected:
        if l["type"] in ("claim", "finding") and l["file"] in texts and l.get("kind") != "unreadable":
            if not any(norm(l["text"]) in t for t in texts[l["file"]]):
                problems.append("excerpt not found in %s: %s" % (l["file"], l["text"]))
    # mbox round trip (mboxrd unescape) gives the .eml bytes back
    data = open(os.path.join(ROOT, "mail/archive.mbox"), "rb").read()
    msgs = re.split(rb"(?m)^From \S+ [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}\n", data)[1:]
    keys = sorted(ARCHIVE_KEYS, key=lambda k: M[k]["date"].astimezone(datetime.timezone.utc))
    if len(msgs) != len(keys):
        problems.append("mbox holds %d messages, expected %d" % (len(msgs), len(keys)))
    for k, body in zip(keys, msgs):
        body = body[:-1] if body.endswith(b"\n\n") else body
        body = re.sub(rb"(?m)^>(>*From )", rb"\1", body)
        if body != M[k]["raw"].replace(b"\r\n", b"\n"):
            problems.append("mbox message for %s does not round-trip" % M[k]["file"])
    if b"\n>From 1 January 2027" not in data:
        problems.append("mboxrd escape of a body 'From ' line is missing")
    got = sorted(xo)
    want = sorted([(INSIGHT, "per_user_price", ("london", "us-hq")), (VAULT, "price_per_tb", ("osaka", "tokyo")),
                   (VAULT, "retention", ("london", "us-hq"))])
    if got != want:
        problems.append("cross-office records %s, intended %s" % (got, want))
    n = {t: sum(1 for l in expected if l["type"] == t) for t in ("claim", "finding", "cross-office")}
    print("wrote %d messages (%d in archive.mbox), %d documents; expected.jsonl: %d claims, %d findings, %d cross-office"
          % (len(order) + 1, len(ARCHIVE_KEYS), len(DOCS), n["claim"], n["finding"], n["cross-office"]))
    for p in problems:
        print("PROBLEM: " + p)
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
