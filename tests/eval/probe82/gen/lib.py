"""The messages and documents of set 82 (contract and legal language), each with
its hand-written labels.

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
