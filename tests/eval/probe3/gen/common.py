"""Helpers for building the set3 messages and documents (deterministic)."""
import base64, quopri, hashlib, re, datetime
from email.header import Header
from email.utils import format_datetime
from html.parser import HTMLParser

S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12


def money(a, c, per, tax=None):
    return {"amount": a, "currency": c, "per": per, "tax": tax}


def dur(a, u):
    return {"amount": a, "unit": u}


def C(prod, attr, value, verdict, text, quoted=False, office=None):
    return {"type": "claim", "product": prod, "attribute": attr, "value": value, "verdict": verdict,
            "quoted": quoted, "office": office, "text": text}


def P(rule, text, quoted=False):
    return {"type": "finding", "kind": "phrase", "rule": rule, "product": None, "quoted": quoted, "text": text}


def T(prod, text, quoted=False):
    return {"type": "finding", "kind": "terminology", "rule": None, "product": prod, "quoted": quoted, "text": text}


OFFICE_TZ = {"us-hq": None}


def hdr(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def addr(name, email, cs):
    if not name:
        return email
    try:
        name.encode("ascii")
        return '%s <%s>' % (name, email) if " " not in name and "," not in name else '"%s" <%s>' % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), email)


def encode_body(text, charset, cte):
    data = text.encode({"shift_jis": "shift_jis"}.get(charset.lower(), charset))
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data if data.endswith(b"\n") else data + b"\n"


def part(ctype, text, charset, cte, extra=""):
    h = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, charset, extra, cte)
    return h.encode("ascii") + encode_body(text, charset, cte)


def boundary(seed):
    return "_000_" + hashlib.sha1(seed.encode()).hexdigest()[:28] + "_"


def build_message(m):
    """m: dict with date(datetime), from(name,addr), to(name,addr), subject, msgid, hcs,
    body: ("plain", text, cs, cte[, flowed]) | ("html", html, cs, cte) | ("alt", (text,cs,cte), (html,cs,cte))."""
    cs = m.get("hcs", "utf-8")
    lines = [
        "From: " + addr(m["from"][0], m["from"][1], cs),
        "To: " + addr(m["to"][0], m["to"][1], cs),
        "Subject: " + hdr(m["subject"], cs),
        "Date: " + format_datetime(m["date"]),
        "Message-ID: <%s>" % m["msgid"],
    ]
    if m.get("in_reply_to"):
        lines += ["In-Reply-To: <%s>" % m["in_reply_to"], "References: <%s>" % m["in_reply_to"]]
    lines += m.get("extra_headers", [])
    lines.append("MIME-Version: 1.0")
    head = ("\n".join(lines) + "\n").encode("ascii")
    b = m["body"]
    if b[0] in ("plain", "html"):
        extra = "; format=flowed" if len(b) > 4 and b[4] else ""
        raw = head + part("text/" + b[0], b[1], b[2], b[3], extra)
    else:
        bd = boundary(m["msgid"])
        (t, tcs, tcte), (h, hcs2, hcte) = b[1], b[2]
        raw = head + ("Content-Type: multipart/alternative;\n\tboundary=\"%s\"\n\n" % bd).encode()
        raw += ("--%s\n" % bd).encode() + part("text/plain", t, tcs, tcte) + b"\n"
        raw += ("--%s\n" % bd).encode() + part("text/html", h, hcs2, hcte) + b"\n"
        raw += ("--%s--\n" % bd).encode()
    if m.get("crlf"):
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------- HTML text, for checking excerpts
class _Text(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "section",
             "header", "footer", "title", "td", "th", "caption", "dt", "dd"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def html_text(h):
    p = _Text()
    p.feed(h)
    return "".join(p.out).replace("\xa0", " ")


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Outlook-style HTML
OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0mm;
	font-size:11.0pt;
	font-family:"{font}",sans-serif;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def mso_p(inner, lang="EN-US"):
    return ("<p class=\"MsoNormal\"><span lang=\"%s\" style='font-size:11.0pt'>%s<o:p></o:p></span></p>\n"
            % (lang, inner))


MSO_EMPTY = "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
