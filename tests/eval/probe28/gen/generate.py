#!/usr/bin/env python3
"""MIME helpers for set28's generator: raw bytes the way Outlook/Exchange,
iOS Mail and Apple Mail write them. Stdlib only, deterministic."""
import base64, hashlib, html, quopri, re, struct, zlib
from email.header import Header


def hx(seed, n, upper=True):
    s = hashlib.sha256(seed.encode()).hexdigest()
    while len(s) < n:
        s += hashlib.sha256(s.encode()).hexdigest()
    return s[:n].upper() if upper else s[:n]


def ehdr(text, charset="utf-8"):
    """An RFC 2047 header value when it is not ASCII (B encoding, as Outlook/iOS do)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode(maxlinelen=76).replace("?b?", "?B?")


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    try:
        name.encode("ascii")
        return ('"%s" <%s>' % (name, email)) if ("," in name or "." in name) else "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (ehdr(name, charset), email)


def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype, cte, data, extra=()):
    """One MIME leaf: headers + encoded body (LF line ends; the message is converted later)."""
    h = ["Content-Type: " + ctype, "Content-Transfer-Encoding: " + cte] + list(extra)
    return ("\n".join(h) + "\n\n").encode("ascii") + encode_body(data, cte)


def multipart(boundary, parts, preamble=b""):
    body = preamble
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p + (b"" if p.endswith(b"\n") else b"\n")
    body += b"--" + boundary.encode() + b"--\n"
    return body


def mp_part(subtype, boundary, parts, params=""):
    """A nested multipart as a part."""
    head = 'Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, boundary, params)
    return head.encode() + multipart(boundary, parts)


def message(headers, ctype, cte, body, crlf=True, mime=True):
    """headers: list of (name, value). ctype/cte: the top-level content headers."""
    lines = ["%s: %s" % (k, v) for k, v in headers]
    if ctype:
        lines.append("Content-Type: " + ctype)
    if cte:
        lines.append("Content-Transfer-Encoding: " + cte)
    if mime:
        lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n\n").encode("utf-8") + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def png(w, h, rgb, seed):
    """A small valid PNG (a logo stand-in): solid colour with a stripe."""
    r, g, b = rgb
    rows = b""
    for y in range(h):
        row = b"\x00"
        for x in range(w):
            row += bytes((255, 255, 255)) if (y // 4 + x // 9 + len(seed)) % 7 == 0 else bytes((r, g, b))
        rows += row

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# ------------------------------------------------------------------ Word HTML
WORD_STYLE = """<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}
o\\:* {behavior:url(#default#VML);}
w\\:* {behavior:url(#default#VML);}
.shape {behavior:url(#default#VML);}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
%(fonts)s/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:%(font)s;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:11.0pt;
	font-family:%(font)s;}
span.EmailStyle%(n)d
	{mso-style-type:personal-reply;
	font-family:%(font)s;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:99.25pt 30.0mm 30.0mm 30.0mm;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->"""

JA_FONTS = """@font-face
	{font-family:\u6e38\u30b4\u30b7\u30c3\u30af;
	panose-1:2 11 4 0 0 0 0 0 0 0;}
@font-face
	{font-family:"\\@\u6e38\u30b4\u30b7\u30c3\u30af";
	panose-1:2 11 4 0 0 0 0 0 0 0;}
"""


def word_html(body, charset, lang="EN-US", ja=False, n=19):
    font = '"\u6e38\u30b4\u30b7\u30c3\u30af",sans-serif' if ja else '"Calibri",sans-serif'
    style = WORD_STYLE % {"fonts": JA_FONTS if ja else "", "font": font, "n": n}
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '%s\n</head>\n<body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word;text-justify-trim:punctuation\'>\n'
            '<div class=WordSection1>\n%s\n</div>\n</body>\n</html>\n') % (charset, style, lang, body)


def esc(s):
    return html.escape(s, quote=False)


def p(s, raw=False, ja=False, style=""):
    """One Word paragraph. raw: s is already HTML."""
    t = s if raw else esc(s)
    if not t.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if ja:
        t = "<span style='font-family:\"\u6e38\u30b4\u30b7\u30c3\u30af\",sans-serif'>%s</span>" % t
    st = " style='%s'" % style if style else ""
    return "<p class=MsoNormal%s>%s<o:p></o:p></p>" % (st, t)


def paras(text, ja=False):
    return "\n".join(p(line, ja=ja) for line in text.split("\n"))


def outlook_hdr(fields, ja=False, old=False):
    """The separator + header block Outlook puts above a quoted message."""
    col = "#B5C4DF" if old else "#E1E1E1"
    inner = "<br>\n".join("<b>%s</b> %s" % (esc(k), esc(v)) for k, v in fields)
    if ja:
        inner = "<span style='font-family:\"\u6e38\u30b4\u30b7\u30c3\u30af\",sans-serif'>%s</span>" % inner
    return ("<div>\n<div style='border:none;border-top:solid %s 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            "<p class=MsoNormal>%s<o:p></o:p></p>\n</div>\n</div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>") % (col, inner)


def outlook_hdr_text(fields):
    return "\n".join("%s %s" % (k, v) for k, v in fields)


# ------------------------------------------------------------------ text views (for checking excerpts)
def html_text(h):
    h = re.sub(r"(?is)<head.*?</head>", " ", h)
    h = re.sub(r"(?is)<style.*?</style>", " ", h)
    h = re.sub(r"(?s)<!--.*?-->", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>|</blockquote>", "\n", h)
    h = re.sub(r"(?i)</td>", " \n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def flat(s):
    return " ".join(s.replace("\xa0", " ").replace("\ufeff", "").split())


# ------------------------------------------------------------------ iCalendar
def ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical_fold(line):
    """Fold at 75 octets without splitting a UTF-8 character."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur = b""
        cur += b
    out.append(cur)
    return b"\r\n ".join(out).decode("utf-8")


def mbox_from_line(sender, dt_utc):
    return "From %s %s" % (sender, dt_utc.strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ", 1)
                           if False else dt_utc.strftime("%a %b %d %H:%M:%S %Y"))


def mboxrd_escape(raw):
    out = []
    for line in raw.split(b"\n"):
        if re.match(rb"^>*From ", line):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)

# ====================================================================== the set
import json, os, shutil, sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
TB = 10 ** 12
DOCS_AS_OF = "2026-11-22"


def M(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def D(amount, unit):
    return {"amount": amount, "unit": unit}


def tz(h):
    return timezone(timedelta(hours=h))


def rfcdate(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + dt.strftime("%z")


def rfcdate_nopad(dt):          # iOS / Apple Mail write the day without a leading zero
    return dt.strftime("%a, ") + str(dt.day) + dt.strftime(" %b %Y %H:%M:%S %z")


OFFICE_OF = {"meridian-data.com": "us-hq", "uk.meridian-data.com": "london",
             "jp.meridian-data.com": "tokyo", "osaka.jp.meridian-data.com": "osaka"}


def office_of(email):
    return OFFICE_OF.get(email.split("@", 1)[1].lower(), "unknown")


class Msg:
    def __init__(self, num, sender, dt, msgid, archive):
        self.num, self.sender, self.dt, self.msgid, self.archive = num, sender, dt, msgid, archive
        self.file = "mail/%s.eml" % num
        self.office = office_of(sender) if sender else "unknown"
        self.claims, self.findings = [], []
        self.raw = b""
        self.views = []             # decoded texts, for checking excerpts

    @property
    def as_of(self):
        return self.dt.strftime("%Y-%m-%d")

    def c(self, product, attribute, value, verdict, text, quoted=False, office=None):
        vals = value if isinstance(value, list) else [value]
        for v in vals:
            self.claims.append({"type": "claim", "file": self.file, "message_id": self.msgid, "product": product,
                                "attribute": attribute, "value": v, "verdict": verdict, "quoted": quoted,
                                "office": office or self.office, "as_of": self.as_of, "text": text})

    def phrase(self, rule, text, quoted=False):
        self.findings.append({"type": "finding", "file": self.file, "message_id": self.msgid, "kind": "phrase",
                              "rule": rule, "product": None, "quoted": quoted, "text": text})

    def term(self, product, text, quoted=False):
        self.findings.append({"type": "finding", "file": self.file, "message_id": self.msgid, "kind": "terminology",
                              "rule": None, "product": product, "quoted": quoted, "text": text})


MSGS = []


def outlook_id(seed, region):
    srv = {"jp": ("TYCPR01MB", "jpnprd01"), "uk": ("LO4P265MB", "GBRP265"), "us": ("SJ0PR11MB", "namprd11"),
           "uk2": ("CWLP123MB", "GBRP123"), "us2": ("BY5PR17MB", "namprd17")}[region]
    host = "%s%s" % (srv[0], str(int(hx(seed + "h", 8), 16) % 9000 + 1000))
    return "%s%s@%s.%s.prod.outlook.com" % (host, hx(seed, 32), host, srv[1])


def exch_headers(m, frm, to, subject, cc=None, lang="en-US", charset="utf-8", extra=(), topic=None,
                 in_reply_to=None):
    utc = m.dt.astimezone(timezone.utc)
    host = m.msgid.split("@")[1]
    h = [("Received", "from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%%d]) with mapi id 15.20.8722.020; %s" % (
            host, hx(m.num + "r1", 4, False), hx(m.num + "r2", 4, False), hx(m.num + "r3", 4, False), hx(m.num + "r4", 4, False),
            host, hx(m.num + "r1", 4, False), hx(m.num + "r2", 4, False), hx(m.num + "r3", 4, False), hx(m.num + "r4", 4, False),
            int(hx(m.num, 2), 16) % 7 + 3, rfcdate(utc))),
         ("From", frm), ("To", to)]
    if cc:
        h.append(("CC", cc))
    h += [("Subject", ehdr(subject, charset)),
          ("Thread-Topic", ehdr(topic or subject.split(": ")[-1], charset)),
          ("Thread-Index", base64.b64encode(bytes.fromhex(hx(m.num + "ti", 44))).decode()),
          ("Date", rfcdate(utc)), ("Message-ID", "<%s>" % m.msgid)]
    if in_reply_to:
        h += [("In-Reply-To", "<%s>" % in_reply_to), ("References", "<%s>" % in_reply_to)]
    h += [("Accept-Language", "%s, en-US" % lang if lang != "en-US" else "en-US"), ("Content-Language", lang),
          ("X-MS-Has-Attach", "yes" if any(k == "attach" for k in extra) else ""),
          ("X-MS-TNEF-Correlator", ""),
          ("x-ms-publictraffictype", "Email"),
          ("x-ms-exchange-organization-scl", "-1")]
    return [x for x in h if x[0] != "X-MS-Has-Attach" or True]


def outlook_boundary(m, k="000"):
    return "_%s_%s" % (k, m.msgid.split("@")[0].replace(".", "") + "namprd_")


def add(m):
    MSGS.append(m)
    return m


# ---------------------------------------------------------------------- people
DANA = ("Dana Whitfield", "dana.whitfield@meridian-data.com")
MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com")
PRIYA = ("Priya Raman", "priya.raman@meridian-data.com")
OLIVER = ("Oliver Pemberton", "oliver.pemberton@uk.meridian-data.com")
SIOBHAN = ("Siobhan Keane", "siobhan.keane@uk.meridian-data.com")
SATO = ("佐藤 健一", "k.sato@jp.meridian-data.com")
YAMASHITA = ("山下 美穂", "m.yamashita@jp.meridian-data.com")
NAKAMURA = ("中村 亮", "r.nakamura@osaka.jp.meridian-data.com")
OKADA = ("岡田 由紀", "y.okada@osaka.jp.meridian-data.com")
ROSA = ("Rosa Delgado", "rdelgado@cascadiahealth.org")
GRACE = ("Grace Lin", "glin@bluewaterfreight.com")
HOLLIS = ("Jonathan Hollis", "j.hollis@harrowfinch.co.uk")
TOM = ("Tom Barraclough", "tom.barraclough@kestrel-logistics.co.uk")
MORI = ("森 達也", "t.mori@kitagawa-shoji.co.jp")
FUJII = ("藤井 誠", "s.fujii@naniwa-seiko.co.jp")
ISHIDA = ("石田 浩二", "k.ishida@aozora-sys.co.jp")
YOSHIKAWA = ("吉川 直樹", "n.yoshikawa@marufuku-foods.co.jp")


def A(person, cs="utf-8"):
    return addr(person[0], person[1], cs)


def lt(person):
    return "%s <%s>" % person


LOGO_US = png(96, 28, (0, 61, 121), "us")
LOGO_JP = png(96, 28, (0, 61, 121), "jp")


def img_part(m, name, data, cid):
    return leaf('image/png; name="%s"' % name, "base64", data,
                ['Content-Description: %s' % name, 'Content-Disposition: inline; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"'
                 % (name, len(data), rfcdate(m.dt.astimezone(timezone.utc)), rfcdate(m.dt.astimezone(timezone.utc))),
                 "Content-ID: <%s>" % cid])

# ====================================================================== messages
US_SIG_HTML = """<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>
<tr>
<td width=110 valign=top style='width:82.5pt;padding:0cm 7.5pt 0cm 0cm'>
<p class=MsoNormal><img width=96 height=28 style='width:1.0in;height:.2916in' id="Picture_x0020_1" src="cid:%(cid)s" alt="Meridian Data"><o:p></o:p></p>
</td>
<td valign=top style='border:none;border-left:solid #003D79 1.0pt;padding:0cm 0cm 0cm 7.5pt'>
<p class=MsoNormal><b><span style='font-size:10.0pt;color:#003D79'>%(name)s</span></b><span style='font-size:10.0pt'><o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>%(title)s<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>Meridian Data Inc. | 535 Mission Street, Suite 1800 | San Francisco, CA 94105<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>m&nbsp;+1 (415) 555-%(ext)s&nbsp;&nbsp;|&nbsp;&nbsp;o&nbsp;+1 (415) 555-0100<o:p></o:p></span></p>
</td>
</tr>
</table>"""

US_NOTICE = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
             "intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, "
             "use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the "
             "sender by reply e-mail or call +1 415 555 0100 and destroy all copies of the original message.")


def notice_html(t):
    return "<p class=MsoNormal><span style='font-size:7.5pt;color:#7F7F7F'>%s<o:p></o:p></span></p>" % esc(t)


# ---------------------------------------------------------------- 0001
def m0001():
    dt = datetime(2026, 5, 12, 10, 42, 17, tzinfo=tz(-7))
    m = add(Msg("0001", DANA[1], dt, outlook_id("0001", "us"), True))
    cid = "image001.png@01DCE21A.5B3C4D10"
    body = "\n".join([
        p("Hi Rosa,"), p(""),
        p("Thanks again to you and Ben for the time on Thursday &#8211; it was really helpful to see the clinic network diagram. As promised, here is a short recap.", raw=True),
        p(""),
        p("<b>Where your data lives.</b> Meridian Vault is hosted in Oregon for US customers, with Frankfurt, Tokyo and Osaka as the other regions.", raw=True),
        p(""),
        p("<b>Retention.</b> Meridian Vault keeps backups for 90&nbsp;days by default; your compliance team can lengthen that per policy.", raw=True),
        p(""),
        p("<b>Availability.</b> Meridian Vault is backed by a 99.95% availability SLA, with service credits if we ever miss it.", raw=True),
        p(""),
        p("<b>Capacity.</b> You sized roughly 180 TB for year one. That is comfortably inside the Meridian Vault limit of 500 TB per tenant.", raw=True),
        p(""),
        p("<b>Pricing.</b> Meridian Vault is $20 per TB per month at list. I&#8217;ve attached the order form for a 36-month term with the 8% multi-year discount we discussed, so you can see the net figure.", raw=True),
        p(""),
        p("Ben asked about the old desktop agent we retired last year &#8211; the notes are still at "
          "<a href=\"https://support.meridian-data.com/kb/MeridianFileSync-retirement\">https://support.meridian-data.com/kb/MeridianFileSync-retirement</a> if he wants them.", raw=True),
        p(""),
        p("Can we pencil in Tuesday 19 May at 2pm PT for the security review? I&#8217;ll send an invite.", raw=True),
        p(""), p("Best,"), p("Dana"), p(""),
        US_SIG_HTML % {"cid": cid, "name": "Dana Whitfield", "title": "Senior Account Executive, Healthcare", "ext": "0142"},
        p(""), notice_html(US_NOTICE)])
    h = word_html(body, "utf-8")
    m.views.append(html_text(h))
    b = outlook_boundary(m, "004")
    bod = multipart(b, [leaf('text/html; charset="utf-8"', "quoted-printable", h.encode("utf-8")),
                        img_part(m, "image001.png", LOGO_US, cid)])
    hdr = exch_headers(m, A(DANA), A(ROSA), "Meridian Vault \u2013 follow-up from Thursday",
                       cc='"Ben Okafor" <bokafor@cascadiahealth.org>')
    m.raw = message(hdr, 'multipart/related;\n\tboundary="%s";\n\ttype="text/html"' % b, None, bod)
    t = "Meridian Vault is hosted in Oregon for US customers, with Frankfurt, Tokyo and Osaka as the other regions."
    m.c(V, "data_centers", ["Oregon", "Frankfurt", "Tokyo", "Osaka"], "ok", t)
    m.c(V, "retention", D(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default")
    m.c(V, "sla", 99.95, "ok", "Meridian Vault is backed by a 99.95% availability SLA")
    m.c(V, "max_storage", 500 * TB, "ok", "That is comfortably inside the Meridian Vault limit of 500 TB per tenant.")
    m.c(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month at list.")


# ---------------------------------------------------------------- 0002
JP_SIG_SATO = """────────────────────
株式会社メリディアンデータ 東京オフィス
営業本部 エンタープライズ営業部
佐藤 健一（Kenichi Sato）
〒100-0005 東京都千代田区丸の内1-2-3 丸の内トラストビル12F
TEL: 03-5555-0123 / FAX: 03-5555-0124
携帯: 090-1234-5678
Mail: k.sato@jp.meridian-data.com
────────────────────"""


def m0002():
    dt = datetime(2026, 5, 20, 16, 5, 33, tzinfo=tz(9))
    m = add(Msg("0002", SATO[1], dt, outlook_id("0002", "jp"), True))
    text = """森様

いつも大変お世話になっております。
メリディアンデータの佐藤でございます。

先日はお忙しいところお時間をいただき、誠にありがとうございました。
ご質問いただいた点について、以下のとおりご回答申し上げます。

1．ご利用人数について
メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。

2．料金について
メリディアン シンクの月額料金は50,000円（税抜）でございます。

3．稼働率について
同製品の稼働率SLAは99.9％でございます。

4．第三者認証について
メリディアン シンクはISO 27001認証を取得しており、ISMAPにも登録済みでございます。

貴社ご要望の300名様分のお見積書は、別途お送りいたします。

ご不明な点がございましたら、お気軽にお申し付けください。
引き続きよろしくお願い申し上げます。

""" + JP_SIG_SATO
    html_body = paras(text, ja=True)
    h = word_html(html_body, "iso-2022-jp", lang="JA", ja=True, n=17)
    m.views += [text, html_text(h)]
    b = outlook_boundary(m)
    bod = multipart(b, [leaf('text/plain; charset="iso-2022-jp"', "7bit", text.replace("\n", "\r\n").encode("iso2022_jp")),
                        leaf('text/html; charset="iso-2022-jp"', "quoted-printable", h.encode("iso2022_jp"))])
    hdr = exch_headers(m, A(SATO, "iso-2022-jp"), A(MORI, "iso-2022-jp"),
                       "【メリディアンデータ】メリディアン シンクのご提案について", lang="ja-JP", charset="iso-2022-jp")
    m.raw = message(hdr, 'multipart/alternative;\n\tboundary="%s"' % b, None, bod)
    m.c(S, "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。")
    m.c(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンクの月額料金は50,000円（税抜）でございます。")
    m.c(S, "sla", 99.9, "ok", "同製品の稼働率SLAは99.9％でございます。")
    t = "メリディアン シンクはISO 27001認証を取得しており、ISMAPにも登録済みでございます。"
    m.c(S, "certifications", "ISO 27001", "ok", t)
    m.c(S, "certifications", "ISMAP", "conflict", t)


# ---------------------------------------------------------------- 0003 (iPhone, osaka)
def m0003():
    dt = datetime(2026, 6, 3, 8, 17, 32, tzinfo=tz(9))
    mid = "6C2F9A41-3B7E-4D18-A0C5-%s@osaka.jp.meridian-data.com" % hx("0003", 12)
    m = add(Msg("0003", NAKAMURA[1], dt, mid, False))
    quoted = """中村様

いつもお世話になっております。浪速精工の藤井です。

御社のメリディアン ボールトは東京と大阪のデータセンターで運用されていると伺っております。
バックアップの保持期間は標準で何日になりますでしょうか。

よろしくお願いいたします。

浪速精工株式会社 情報システム課
藤井 誠
〒578-0901 大阪府東大阪市加納4-5-6
TEL 06-6555-0198"""
    top = """藤井様

お世話になっております。メリディアンデータ大阪の中村です。
移動中のため、取り急ぎスマホから失礼いたします。

メリディアン ボールトの標準の保持期間は90日間です。
同製品のRPOは15分となります。

詳細は明日、改めてメールでご連絡いたします。

中村

iPhoneから送信"""
    attrib = "2026/06/02 18:12、藤井 誠 <s.fujii@naniwa-seiko.co.jp>のメール:"
    plain = top + "\n\n" + attrib + "\n\n" + "\n".join(("> " + l) if l else ">" for l in ("\ufeff" + quoted).split("\n")) + "\n"
    hq = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in quoted.split("\n"))
    ht = "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in top.split("\n")[:-1])
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body dir="auto">%s<div dir="ltr">iPhoneから送信</div><div dir="ltr"><br><blockquote type="cite">%s</blockquote></div>'
         '<blockquote type="cite"><div dir="ltr">\ufeff%s</div></blockquote></body></html>') % (ht, esc(attrib), hq)
    m.views += [plain]
    b = "Apple-Mail-%s" % hx("0003b", 36).replace("", "")[:8] + "-" + hx("0003c", 4) + "-" + hx("0003d", 4) + "-" + hx("0003e", 4) + "-" + hx("0003f", 12)
    bod = multipart(b, [leaf("text/plain;\n\tcharset=utf-8", "base64", plain.encode("utf-8")),
                        leaf("text/html;\n\tcharset=utf-8", "quoted-printable", h.encode("utf-8"))])
    hdr = [("From", A(NAKAMURA)), ("Content-Type", 'multipart/alternative; boundary=%s' % b),
           ("Mime-Version", "1.0 (1.0)"), ("Subject", ehdr("Re: バックアップ保持期間について")),
           ("Date", rfcdate_nopad(dt)), ("Message-Id", "<%s>" % mid),
           ("References", "<20260602181204.5E1A2B@naniwa-seiko.co.jp>"),
           ("In-Reply-To", "<20260602181204.5E1A2B@naniwa-seiko.co.jp>"),
           ("To", A(FUJII)), ("X-Mailer", "iPhone Mail (23F79)")]
    m.raw = message(hdr, None, None, bod, crlf=False, mime=False)
    m.c(V, "retention", D(90, "days"), "ok", "メリディアン ボールトの標準の保持期間は90日間です。")
    m.c(V, "rpo", D(15, "minutes"), "ok", "同製品のRPOは15分となります。")
    m.c(V, "data_centers", ["Tokyo", "Osaka"], "ok",
        "御社のメリディアン ボールトは東京と大阪のデータセンターで運用されていると伺っております。", quoted=True, office="unknown")


# ---------------------------------------------------------------- 0004 (calendar invitation, us-hq)
def ics(m, organizer, attendees, summary, desc, start, end, tzid, lang, location, uid_seed, std_offset):
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:%s" % tzid]
    if tzid == "Pacific Standard Time":
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT"]
    else:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:DAYLIGHT"]
    lines += ["END:VTIMEZONE", "BEGIN:VEVENT",
              "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for n, e in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, e))
    lines += ["DESCRIPTION;LANGUAGE=%s:%s" % (lang, ical_escape(desc)),
              "UID:040000008200E00074C5B7101A82E00800000000%s" % hx(uid_seed, 80),
              "SUMMARY;LANGUAGE=%s:%s" % (lang, ical_escape(summary)),
              "DTSTART;TZID=%s:%s" % (tzid, start), "DTEND;TZID=%s:%s" % (tzid, end),
              "CLASS:PUBLIC", "PRIORITY:5",
              "DTSTAMP:%s" % m.dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
              "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=%s:%s" % (lang, ical_escape(location)),
              "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:%d" % (int(hx(uid_seed, 7), 16) % 2000000000),
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0" % hx(uid_seed + "t", 40, False),
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(ical_fold(l) for l in lines) + "\r\n").encode("utf-8")


TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
Meeting ID: 247 118 903 552
Passcode: q7Ud2X
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Or call in (audio only)
+1 415-555-0177,,482913706#<tel:+14155550177,,482913706#>   United States, San Francisco
Phone Conference ID: 482 913 706#
Find a local number<https://dialin.teams.microsoft.com/8a2f>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def m0004():
    dt = datetime(2026, 7, 8, 11, 30, 4, tzinfo=tz(-7))
    m = add(Msg("0004", PRIYA[1], dt, outlook_id("0004", "us2"), True))
    desc = """Hi Grace, Tom,

Kickoff for the Meridian Insight pilot. Agenda:

1. Introductions (5 min)
2. Pilot scope: 25 analysts, three of your systems (Snowflake, NetSuite, Samsara)
3. Beta status - Meridian Insight will be generally available in January 2027; the pilot runs on the current beta build.
4. Trial terms - the Meridian Insight free trial is 30 days, and we can start the clock the day your workspace is provisioned.
5. Next steps

Priya

""" + TEAMS_EN % hx("0004t", 40, False)
    hbody = "\n".join([p(l) if not l.startswith("___") else "<div style='max-width:1000px'><p class=MsoNormal><span style='color:#5F5F5F'>%s</span><o:p></o:p></p></div>" % l
                       for l in desc.split("\n")])
    h = word_html(hbody, "utf-8", n=18)
    m.views += [desc, html_text(h)]
    cal = ics(m, PRIYA, [GRACE, ("Tom Reyes", "treyes@bluewaterfreight.com"), DANA], "Meridian Insight pilot \u2013 kickoff",
              desc, "20260715T100000", "20260715T110000", "Pacific Standard Time", "en-US", "Microsoft Teams Meeting",
              "0004", -8)
    b = outlook_boundary(m)
    bod = multipart(b, [leaf('text/plain; charset="utf-8"', "quoted-printable", desc.encode("utf-8")),
                        leaf('text/html; charset="utf-8"', "quoted-printable", h.encode("utf-8")),
                        leaf('text/calendar; charset="utf-8"; method=REQUEST', "base64", cal)])
    hdr = exch_headers(m, A(PRIYA), "%s, %s" % (A(GRACE), A(("Tom Reyes", "treyes@bluewaterfreight.com"))),
                       "Meridian Insight pilot \u2013 kickoff", cc=A(DANA))
    hdr += [("X-MS-Exchange-Calendar-Originator-Id", hx("0004o", 8, False) + "-" + hx("0004p", 4, False) + "-4c2e-9f1d-" + hx("0004q", 12, False))]
    m.raw = message(hdr, 'multipart/alternative;\n\tboundary="%s"' % b, None, bod)
    m.c(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027")
    m.c(I, "free_trial", D(30, "days"), "ok", "the Meridian Insight free trial is 30 days")


# ---------------------------------------------------------------- 0005 (out-of-office auto-reply, tokyo)
def m0005():
    dt = datetime(2026, 8, 11, 10, 15, 42, tzinfo=tz(9))
    m = add(Msg("0005", YAMASHITA[1], dt, outlook_id("0005", "jp"), True))
    orig_id = "TY3PR01MB%s@TY3PR01MB1187.jpnprd01.prod.outlook.com" % hx("0005o", 32)
    text = """【自動応答】

誠に恐れ入りますが、8月10日（月）から8月16日（日）まで夏季休暇のため不在にしております。
8月17日（月）以降、順次ご返信いたします。
お急ぎの場合は、東京オフィス営業部（03-5555-0123）までご連絡ください。

株式会社メリディアンデータ 山下 美穂

差出人: 石田 浩二 <k.ishida@aozora-sys.co.jp>
送信日時: 2026年8月11日 10:15
宛先: 山下 美穂 <m.yamashita@jp.meridian-data.com>
件名: メリディアン インサイトについてのご質問

山下様

いつもお世話になっております。青空システムズの石田です。
先日ご紹介いただいたメリディアン インサイトについて、エンドユーザー様から以下のご質問をいただきました。

(1) ダッシュボードは最大いくつまで作成できますか。
(2) クエリの応答時間はどの程度でしょうか。

なお、エンドユーザー様は他社のご担当者から、メリディアン インサイトのクエリ応答時間は1秒未満と伺っているそうです。

お手数ですが、ご回答いただけますと幸いです。

青空システムズ株式会社 ソリューション営業部
石田 浩二
TEL: 03-6555-0712"""
    m.views.append(text)
    hdr = [("Received", "from TYCPR01MB7741.jpnprd01.prod.outlook.com by TYCPR01MB77410.jpnprd01.prod.outlook.com with HTTPS; %s" % rfcdate(dt.astimezone(timezone.utc))),
           ("From", A(YAMASHITA, "iso-2022-jp")), ("To", A(ISHIDA, "iso-2022-jp")),
           ("Subject", ehdr("自動応答: メリディアン インサイトについてのご質問", "iso-2022-jp")),
           ("Thread-Topic", ehdr("メリディアン インサイトについてのご質問", "iso-2022-jp")),
           ("Date", rfcdate(dt.astimezone(timezone.utc))), ("Message-ID", "<%s>" % m.msgid),
           ("In-Reply-To", "<%s>" % orig_id), ("References", "<%s>" % orig_id),
           ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "m.yamashita@jp.meridian-data.com"),
           ("Content-Language", "ja-JP"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    m.raw = message(hdr, 'text/plain; charset="iso-2022-jp"', "7bit", text.replace("\n", "\r\n").encode("iso2022_jp"))
    m.c(I, "query_latency", D(1, "seconds"), "conflict",
        "メリディアン インサイトのクエリ応答時間は1秒未満と伺っているそうです。", quoted=True, office="unknown")

# ---------------------------------------------------------------- 0006 (long London thread, HTML only)
UK_SIG_OLIVER = [
    "<p class=MsoNormal><b><span style='font-size:10.0pt;color:#1F3864'>Oliver Pemberton</span></b><span style='font-size:10.0pt;color:#1F3864'> | Account Director, Professional Services<o:p></o:p></span></p>",
    "<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>Meridian Data Ltd | 1 Finsbury Avenue, London EC2M 2PF<o:p></o:p></span></p>",
    "<p class=MsoNormal><span style='font-size:9.0pt;color:#595959'>T +44 20 7946 0321&nbsp;| M +44 7700 900 412<o:p></o:p></span></p>",
    "<p class=MsoNormal><span style='font-size:7.5pt;color:#7F7F7F'>Meridian Data Ltd is registered in England and Wales under company number 09876543. Registered office: 1 Finsbury Avenue, London EC2M 2PF.<o:p></o:p></span></p>"]

HF_SIG = [
    "Jonathan Hollis | Head of IT | Harrow &amp; Finch LLP",
    "12 Park Row, Leeds LS1 5JL | DDI 0113 496 0871",
    "<span style='font-size:7.5pt;color:gray'>Harrow &amp; Finch LLP is a limited liability partnership registered in England and Wales (OC412337) and is authorised and regulated by the Solicitors Regulation Authority (SRA number 654321).</span>"]


def m0006():
    dt = datetime(2026, 6, 18, 9, 26, 51, tzinfo=tz(1))
    m = add(Msg("0006", OLIVER[1], dt, outlook_id("0006", "uk"), True))
    subj = "RE: Document management \u2013 Meridian Sync"
    li = lambda s: ("<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]>"
                    "<span style='font-family:Symbol'>&#183;<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>%s<o:p></o:p></p>" % s)
    parts = [
        p("Jonathan,"), p(""),
        p("Quick answers so you have them before your partners&#8217; meeting:", raw=True),
        li("<b>Phones:</b> Meridian Sync runs on Windows, macOS, iOS and Android, so the fee earners&#8217; iPhones are covered."),
        li("<b>Certifications:</b> to be precise, Meridian Sync holds ISO 27001 and SOC 2 Type II &#8211; not ISO 27017. I&#8217;ll ask Marcus where that came from."),
        p(""), p("Kind regards,"), p("Oliver"), p("")] + UK_SIG_OLIVER + [p("")]
    # level 1: the customer
    parts += [outlook_hdr([("From:", lt(HOLLIS)), ("Sent:", "17 June 2026 16:02"), ("To:", lt(OLIVER)),
                           ("Cc:", lt(MARCUS)), ("Subject:", subj)]),
              p("Oliver,"), p(""),
              p("Thanks. Two things from our IT lead: will the app work on the partners&#8217; iPhones? And Marcus mentioned on the call that Meridian Sync is ISO 27017 certified &#8211; could you send the certificate?", raw=True),
              p(""), p("Best,"), p("Jonathan"), p("")] + [p(x, raw=True) for x in HF_SIG] + [p("")]
    # level 2: London
    parts += [outlook_hdr([("From:", lt(OLIVER)), ("Sent:", "16 June 2026 11:48"), ("To:", lt(HOLLIS)),
                           ("Cc:", lt(MARCUS)), ("Subject:", subj)]),
              p("Hi Jonathan,"), p(""),
              p("Thanks for the call this morning. On the commercials: Meridian Sync is &#163;329 per month for the whole workspace, plus VAT.", raw=True),
              p("Every Meridian Sync user gets 1 TB of storage, which covers the largest matter archives you mentioned."),
              p("Marcus from our San Francisco team will join on anything security-related."),
              p(""), p("Kind regards,"), p("Oliver"), p("")]
    # level 3: US HQ
    parts += [outlook_hdr([("From:", lt(MARCUS)), ("Sent:", "Friday, June 12, 2026 5:05 PM"), ("To:", lt(HOLLIS)),
                           ("Cc:", lt(OLIVER)), ("Subject:", "RE: Document management - Meridian Sync")]),
              p("Jonathan &#8211; good to meet you today. Summary of what we covered:", raw=True), p(""),
              p("Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report is available under NDA."),
              p("It scales to 10,000 users per tenant, so there is plenty of headroom for the firm."),
              p("Oliver will follow up on pricing and the UK contract."), p(""),
              p("Marcus Oyelaran | Solutions Engineer | Meridian Data Inc. | +1 415 555 0188"), p("")]
    # level 4: the first enquiry
    parts += [outlook_hdr([("From:", lt(HOLLIS)), ("Sent:", "11 June 2026 14:20"), ("To:", "info@uk.meridian-data.com"),
                           ("Subject:", "Document management - Meridian Sync")]),
              p("Hello,"), p(""),
              p("We are a 140-person law firm with offices in Leeds and Manchester, looking to replace our on-premise file server by Q4. We need at least 150 seats and UK or EU data residency. Could someone call me this week?"),
              p(""), p("Regards,"), p("")] + [p(x, raw=True) for x in HF_SIG]
    h = word_html("\n".join(parts), "utf-8", lang="EN-GB", n=21)
    m.views.append(html_text(h))
    hdr = exch_headers(m, A(OLIVER), A(HOLLIS), subj, cc=A(MARCUS), lang="en-GB",
                       in_reply_to=outlook_id("0006-prev", "uk2"))
    m.raw = message(hdr, 'text/html; charset="utf-8"', "quoted-printable", encode_body(h.encode("utf-8"), "quoted-printable"))
    t = "Meridian Sync runs on Windows, macOS, iOS and Android, so the fee earners’ iPhones are covered."
    m.c(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", t)
    t = "Meridian Sync holds ISO 27001 and SOC 2 Type II – not ISO 27017."
    m.c(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", t)
    m.c(S, "certifications", "ISO 27017", "conflict", "Marcus mentioned on the call that Meridian Sync is ISO 27017 certified",
        quoted=True, office="unknown")
    m.c(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok",
        "Meridian Sync is £329 per month for the whole workspace, plus VAT.", quoted=True, office="london")
    m.c(S, "storage_per_user", 1 * TB, "ok", "Every Meridian Sync user gets 1 TB of storage", quoted=True, office="london")
    t = "Meridian Sync is ISO 27001 certified, and our SOC 2 Type II report is available under NDA."
    m.c(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", t, quoted=True, office="us-hq")
    m.c(S, "max_users", 10000, "ok", "It scales to 10,000 users per tenant", quoted=True, office="us-hq")


# ---------------------------------------------------------------- 0007 (meeting notes, tokyo, plain iso-2022-jp)
def m0007():
    dt = datetime(2026, 6, 10, 18, 40, 12, tzinfo=tz(9))
    m = add(Msg("0007", YAMASHITA[1], dt, outlook_id("0007", "jp"), True))
    text = """北川商事株式会社
情報システム部 森様、小林様

いつもお世話になっております。メリディアンデータの山下でございます。
本日はお打ち合わせのお時間をいただき、誠にありがとうございました。
議事録をお送りいたしますので、ご確認をお願いいたします。

■日時：2026年6月10日（水）14:00〜15:30
■場所：貴社本社 5F 第2会議室
■出席者：北川商事 森様、小林様／メリディアンデータ 佐藤、山下

■ご説明内容
【メリディアン シンク】
・最大ユーザー数：1万ユーザー（2026年4月より拡張）
・ストレージ容量：1ユーザーあたり1TB
・対応OS：Windows、Mac、iOS、Android（Linuxは対象外）
・オフライン環境でも編集作業が可能
・稼働率SLA：99.9％

【メリディアン ボールト】
・RPO：15分
・標準保持期間：90日
・国内データセンター：東京・大阪（海外はオレゴン、フランクフルト、シンガポール）
・暗号化方式：AES-256
・弊社より、業界初の即時リストア機能をデモにてご紹介

■宿題事項
・第三者認証の報告書のご提供（NDA締結後）…山下
・300ユーザー・3年契約でのお見積書送付…佐藤
・次回打ち合わせ：6月24日（水）10:00〜（オンライン）

以上、よろしくお願いいたします。

--
株式会社メリディアンデータ 東京オフィス
営業本部 山下 美穂
TEL: 03-5555-0123（代表） 内線 2417
m.yamashita@jp.meridian-data.com"""
    m.views.append(text)
    hdr = exch_headers(m, A(YAMASHITA, "iso-2022-jp"), A(MORI, "iso-2022-jp") + ", " + addr("小林 真理", "m.kobayashi@kitagawa-shoji.co.jp", "iso-2022-jp"),
                       "【議事録】6/10 メリディアン シンク・ボールト ご説明会", cc=A(SATO, "iso-2022-jp"), lang="ja-JP", charset="iso-2022-jp")
    m.raw = message(hdr, 'text/plain; charset="iso-2022-jp"', "7bit", text.replace("\n", "\r\n").encode("iso2022_jp"))
    m.c(S, "max_users", 10000, "ok", "・最大ユーザー数：1万ユーザー（2026年4月より拡張）")
    m.c(S, "storage_per_user", 1 * TB, "ok", "・ストレージ容量：1ユーザーあたり1TB")
    m.c(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "・対応OS：Windows、Mac、iOS、Android（Linuxは対象外）")
    m.c(S, "offline_mode", True, "conflict", "・オフライン環境でも編集作業が可能")
    m.c(S, "sla", 99.9, "ok", "・稼働率SLA：99.9％")
    m.c(V, "rpo", D(15, "minutes"), "ok", "・RPO：15分")
    m.c(V, "retention", D(90, "days"), "ok", "・標準保持期間：90日")
    t = "・国内データセンター：東京・大阪（海外はオレゴン、フランクフルト、シンガポール）"
    m.c(V, "data_centers", ["Tokyo", "Osaka", "Oregon", "Frankfurt"], "ok", t)
    m.c(V, "data_centers", "Singapore", "conflict", t)
    m.c(V, "encryption", "AES-256", "ok", "・暗号化方式：AES-256")
    m.phrase("ja.first-in-industry", "弊社より、業界初の即時リストア機能をデモにてご紹介")


# ---------------------------------------------------------------- 0008 (interleaved plain reply, us-hq)
def m0008():
    dt = datetime(2026, 7, 21, 11, 2, 40, tzinfo=tz(-7))
    mid = "%s-%s-4F0B-9D2E-%s@meridian-data.com" % (hx("0008a", 8), hx("0008b", 4), hx("0008c", 12))
    m = add(Msg("0008", MARCUS[1], dt, mid, True))
    text = """Hi Grace,

Answers inline below.

Marcus

On Jul 21, 2026, at 9:14 AM, Grace Lin <glin@bluewaterfreight.com> wrote:

> Hi Marcus,
>
> A few questions from our compliance team before Thursday:
>
> 1. What is the RPO on Meridian Vault?

Meridian Vault's RPO is 15 minutes for every protected workload.

> 2. Do you have a data center in Virginia? Our auditors prefer US-East.

No Virginia region, I'm afraid. Our closest Meridian Vault region to you is Oregon; the others are Frankfurt, Tokyo and Osaka.

> 3. How quickly can we get a full restore back?

For Meridian Vault, the RTO for a volume your size is about 4 hours.

> 4. We're at about 60 TB today, growing ~2 TB a month. What would that cost?

Meridian Vault is $20 per TB per month. At today's volume that is roughly $1,200 a month before your 15% first-year discount.

>
> Thanks,
> Grace
>
> Grace Lin | Director, IT Risk & Compliance
> Bluewater Freight Inc. | 2200 Alaskan Way, Seattle, WA 98121
> +1 206 555 0164

--
Marcus Oyelaran
Solutions Engineer | Meridian Data Inc.
+1 415 555 0188
"""
    m.views.append(text)
    hdr = [("From", A(MARCUS)), ("Content-Type", "text/plain;\n\tcharset=us-ascii"),
           ("Content-Transfer-Encoding", "7bit"), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
           ("Subject", "Re: Meridian Vault questions from our compliance team"), ("Date", rfcdate_nopad(dt)),
           ("References", "<BYAPR04MB%s@BYAPR04MB6120.namprd04.prod.outlook.com>" % hx("0008r", 32)),
           ("To", A(GRACE)), ("In-Reply-To", "<BYAPR04MB%s@BYAPR04MB6120.namprd04.prod.outlook.com>" % hx("0008r", 32)),
           ("Message-Id", "<%s>" % mid), ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]
    m.raw = message(hdr, None, None, text.encode("ascii"), crlf=False, mime=False)
    m.c(V, "rpo", D(15, "minutes"), "ok", "Meridian Vault's RPO is 15 minutes for every protected workload.")
    t = "Our closest Meridian Vault region to you is Oregon; the others are Frankfurt, Tokyo and Osaka."
    m.c(V, "data_centers", ["Oregon", "Frankfurt", "Tokyo", "Osaka"], "ok", t)
    m.c(V, "rto", D(4, "hours"), "unverified", "For Meridian Vault, the RTO for a volume your size is about 4 hours.")
    m.c(V, "price_per_tb", M(20, "USD", "TB-month"), "ok", "Meridian Vault is $20 per TB per month.")


# ---------------------------------------------------------------- 0009 (forward as attachment, london -> us-hq inside)
def m0009():
    dt = datetime(2026, 7, 6, 14, 12, 9, tzinfo=tz(1))
    m = add(Msg("0009", SIOBHAN[1], dt, outlook_id("0009", "uk"), True))
    inner_dt = datetime(2026, 7, 2, 16, 40, 55, tzinfo=tz(-7))
    inner_id = outlook_id("0009-inner", "us2")
    inner_text = """Siobhan,

For Kestrel: Meridian Insight supports up to 200 dashboards per workspace, in the beta and after GA.
Meridian Insight queries return within 2 seconds at p95 on a 100M-row workspace, which is the benchmark in our performance brief.
Meridian Insight also integrates with 40+ data sources out of the box, including Snowflake and BigQuery.
Our industry-leading query engine is the reason the latency holds up at that size.

Priya

Priya Raman
Product Manager, Meridian Insight
Meridian Data Inc. | San Francisco
"""
    inner = message([("From", A(PRIYA)), ("To", A(SIOBHAN)), ("Subject", "Meridian Insight beta - dashboard limits"),
                     ("Thread-Topic", "Meridian Insight beta - dashboard limits"),
                     ("Date", rfcdate(inner_dt.astimezone(timezone.utc))), ("Message-ID", "<%s>" % inner_id),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US")],
                    'text/plain; charset="us-ascii"', "7bit", inner_text.encode("ascii"))
    outer_text = """Hi Tom,

Attaching Priya's note from our product team \u2013 it answers your dashboard question better than I could.

On price, Meridian Insight is \u00a325 per user per month once it reaches general availability.

Best wishes,
Siobhan

Siobhan Keane
Customer Success Manager | Meridian Data Ltd
+44 20 7946 0358 | 1 Finsbury Avenue, London EC2M 2PF
"""
    h = word_html(paras(outer_text.rstrip("\n")), "utf-8", lang="EN-GB", n=20)
    m.views += [outer_text, html_text(h), inner_text]
    b1, b2 = outlook_boundary(m, "002"), outlook_boundary(m, "000")
    alt = mp_part("alternative", b2, [leaf('text/plain; charset="utf-8"', "quoted-printable", outer_text.encode("utf-8")),
                                      leaf('text/html; charset="utf-8"', "quoted-printable", h.encode("utf-8"))])
    att = ('Content-Type: message/rfc822\nContent-Disposition: attachment;\n\tcreation-date="%s";\n\tmodification-date="%s"\n\n'
           % (rfcdate(dt.astimezone(timezone.utc)), rfcdate(dt.astimezone(timezone.utc)))).encode() + inner.replace(b"\r\n", b"\n")
    bod = multipart(b1, [alt, att])
    hdr = exch_headers(m, A(SIOBHAN), A(TOM), "FW: Meridian Insight beta - dashboard limits", lang="en-GB", extra=("attach",))
    m.raw = message(hdr, 'multipart/mixed;\n\tboundary="%s"' % b1, None, bod)
    m.c(I, "per_user_price", M(25, "GBP", "user-month"), "ok", "Meridian Insight is £25 per user per month once it reaches general availability.")
    m.c(I, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace, in the beta and after GA.",
        quoted=True, office="us-hq")
    m.c(I, "query_latency", D(2, "seconds"), "ok", "Meridian Insight queries return within 2 seconds at p95 on a 100M-row workspace",
        quoted=True, office="us-hq")
    m.c(I, "integrations", 40, "unverified", "Meridian Insight also integrates with 40+ data sources out of the box",
        quoted=True, office="us-hq")
    m.phrase("en.superlative", "Our industry-leading query engine is the reason the latency holds up at that size.", quoted=True)


# ---------------------------------------------------------------- 0010 (long Japanese thread, osaka, HTML only, inline red answers)
NANIWA_SIG = """浪速精工株式会社 情報システム課
藤井 誠
〒578-0901 大阪府東大阪市加納4-5-6
TEL: 06-6555-0198
本メールには機密情報が含まれている場合があります。誤って受信された場合は、お手数ですが送信者までご連絡のうえ削除をお願いいたします。"""

OSAKA_SIG_NAKAMURA = """━━━━━━━━━━━━━━━━━━━━━━
株式会社メリディアンデータ 大阪オフィス
営業部 中村 亮（Ryo Nakamura）
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー8F
TEL: 06-6555-0150 / FAX: 06-6555-0151
━━━━━━━━━━━━━━━━━━━━━━"""


def m0010():
    dt = datetime(2026, 6, 16, 10, 5, 18, tzinfo=tz(9))
    m = add(Msg("0010", NAKAMURA[1], dt, outlook_id("0010", "jp"), True))
    subj = "RE: RE: RE: バックアップ基盤更改のご相談（メリディアン ボールト）"
    red = lambda s: "<p class=MsoNormal><span style='font-family:\"游ゴシック\",sans-serif;color:red'>%s</span><o:p></o:p></p>" % esc(s)
    top = """藤井様

いつも大変お世話になっております。
メリディアンデータ大阪オフィスの中村でございます。

ご質問いただいた2点につきまして、下記に赤字にて回答いたしましたので、ご確認くださいませ。
あわせて、メリディアン ボールトの容量課金は1TBあたり月額2,800円（税抜）でございます。
また、メリディアン ボールトの稼働率SLAは99.9％となっております。

来週火曜日（6/23）15時からのWeb会議にて、構成案をご説明させていただきます。
何卒よろしくお願いいたします。

""" + OSAKA_SIG_NAKAMURA
    parts = [paras(top, ja=True), p("")]
    parts += [outlook_hdr([("差出人:", lt(FUJII)), ("送信日時:", "2026年6月15日 17:40"), ("宛先:", lt(NAKAMURA)),
                           ("CC:", lt(SATO)), ("件名:", "RE: RE: バックアップ基盤更改のご相談（メリディアン ボールト）")], ja=True),
              paras("中村様\n\nご回答ありがとうございます。追加で2点教えてください。\n\n1. 1テナントあたりの保存容量の上限はどのくらいでしょうか。", ja=True),
              red("→ メリディアン ボールトは1テナントあたり最大500TBまでご利用いただけます。（中村）"),
              paras("2. 保存データの暗号化方式を教えてください。", ja=True),
              red("→ 同製品はAES-256で暗号化して保存いたします。（中村）"),
              paras("\n以上、よろしくお願いいたします。\n\n藤井\n\n" + NANIWA_SIG, ja=True), p("")]
    parts += [outlook_hdr([("差出人:", lt(NAKAMURA)), ("送信日時:", "2026年6月12日 11:20"), ("宛先:", lt(FUJII)),
                           ("件名:", "RE: バックアップ基盤更改のご相談（メリディアン ボールト）")], ja=True),
              paras("藤井様\n\nお世話になっております。中村でございます。\n\n"
                    "メリディアン ボールトのRPOは15分、標準の保持期間は90日間でございます。\n"
                    "現在テープで保管されている約80TBのデータも、移行ツールで段階的に取り込むことが可能です。\n\n"
                    + OSAKA_SIG_NAKAMURA, ja=True), p("")]
    parts += [outlook_hdr([("差出人:", lt(SATO)), ("送信日時:", "2026年6月10日 9:02"), ("宛先:", lt(FUJII)),
                           ("CC:", lt(NAKAMURA)), ("件名:", "RE: バックアップ基盤更改のご相談（メリディアン ボールト）")], ja=True),
              paras("藤井様\n\n東京オフィスの佐藤でございます。\n"
                    "関西エリアのご担当として、大阪オフィスの中村をご紹介いたします。\n"
                    "メリディアン ボールトは、国内では東京と大阪のデータセンターで運用しております。\n"
                    "今後は中村より直接ご連絡いたします。\n\n" + JP_SIG_SATO, ja=True), p("")]
    parts += [outlook_hdr([("差出人:", lt(FUJII)), ("送信日時:", "2026年6月9日 16:31"), ("宛先:", "info@jp.meridian-data.com"),
                           ("件名:", "バックアップ基盤更改のご相談（メリディアン ボールト）")], ja=True),
              paras("ご担当者様\n\n浪速精工の藤井と申します。\n"
                    "現在、約80TBの設計データをテープで保管しておりますが、クラウドバックアップへの移行を検討しております。\n"
                    "展示会で御社の方から、メリディアン ボールトは業界No.1のバックアップサービスだと伺いました。\n"
                    "一度ご説明をお願いできますでしょうか。\n\n" + NANIWA_SIG, ja=True)]
    h = word_html("\n".join(parts), "iso-2022-jp", lang="JA", ja=True, n=22)
    m.views.append(html_text(h))
    hdr = exch_headers(m, A(NAKAMURA, "iso-2022-jp"), A(FUJII, "iso-2022-jp"), subj, cc=A(SATO, "iso-2022-jp"),
                       lang="ja-JP", charset="iso-2022-jp", in_reply_to="20260615174012.A1B2C3@naniwa-seiko.co.jp")
    m.raw = message(hdr, 'text/html; charset="iso-2022-jp"', "quoted-printable",
                    encode_body(h.encode("iso2022_jp"), "quoted-printable"))
    m.c(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "メリディアン ボールトの容量課金は1TBあたり月額2,800円（税抜）でございます。")
    m.c(V, "sla", 99.9, "conflict", "メリディアン ボールトの稼働率SLAは99.9％となっております。")
    m.c(V, "max_storage", 500 * TB, "ok", "メリディアン ボールトは1テナントあたり最大500TBまでご利用いただけます。", quoted=True, office="unknown")
    m.c(V, "encryption", "AES-256", "ok", "同製品はAES-256で暗号化して保存いたします。", quoted=True, office="unknown")
    t = "メリディアン ボールトのRPOは15分、標準の保持期間は90日間でございます。"
    m.c(V, "rpo", D(15, "minutes"), "ok", t, quoted=True, office="osaka")
    m.c(V, "retention", D(90, "days"), "ok", t, quoted=True, office="osaka")
    m.c(V, "data_centers", ["Tokyo", "Osaka"], "ok", "メリディアン ボールトは、国内では東京と大阪のデータセンターで運用しております。",
        quoted=True, office="tokyo")
    m.phrase("ja.superlative-no1", "展示会で御社の方から、メリディアン ボールトは業界No.1のバックアップサービスだと伺いました。", quoted=True)

# ---------------------------------------------------------------- 0011 (London proposal summary, nested layout tables)
def m0011():
    dt = datetime(2026, 7, 2, 17, 20, 3, tzinfo=tz(1))
    m = add(Msg("0011", OLIVER[1], dt, outlook_id("0011", "uk"), True))
    cid = "image002.png@01DD0A6E.3F21B7C0"
    td = "<td width=%d valign=top style='width:%dpt;border:solid #BFBFBF 1.0pt;background:%s;padding:3.0pt 5.4pt 3.0pt 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td>"
    row = lambda a, b: "<tr>%s%s</tr>" % (td % (180, 135, "#F2F2F2", "<b>%s</b>" % a), td % (330, 248, "white", b))
    table = lambda rows: ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=510 style='width:382.5pt;border-collapse:collapse'>\n"
                          + "\n".join(rows) + "\n</table>")
    summary = table([row("List price", "&#163;329 per month (workspace, excl. VAT)"),
                     row("Uptime SLA", "99.9%"),
                     row("Storage", "1 TB per user"),
                     row("Platforms", "Windows, macOS, iOS, Android and ChromeOS"),
                     row("Certifications", "ISO 27001, SOC 2 Type II")])
    order = table([row("Named users", "420"), row("Term", "36 months"),
                   row("Discount", "12% off list in year one"), row("Go-live target", "1 October 2026")])
    inner = "\n".join([
        p("Hi Tom,"), p(""),
        p("Following Tuesday&#8217;s workshop, here is the one-page summary for your board pack. The full proposal PDF follows once legal has reviewed the data processing addendum.", raw=True),
        p(""),
        p("<b><span style='font-size:12.0pt;color:#1F3864'>Meridian Sync &#8211; commercial summary</span></b>", raw=True),
        summary, p(""),
        p("<b><span style='font-size:12.0pt;color:#1F3864'>Your order</span></b>", raw=True),
        order, p(""),
        p("Migration: we move your existing shares across with zero downtime for the depots, over two weekends in September."),
        p("Security is our number one priority, so the DPA and the SOC 2 Type II report will come to you directly from our trust team."),
        p(""), p("Kind regards,"), p("Oliver")])
    # Outlook/Word layout: the whole body sits in a one-cell table with a logo column
    layout = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=\"100%%\" style='width:100.0%%'>\n<tr>\n"
              "<td style='padding:0cm 0cm 0cm 0cm'>\n<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n"
              "<tr><td style='padding:0cm 0cm 7.5pt 0cm'><p class=MsoNormal><img width=96 height=28 src=\"cid:%s\" alt=\"Meridian Data\"><o:p></o:p></p></td></tr>\n"
              "<tr><td style='padding:0cm 0cm 0cm 0cm'>\n%s\n</td></tr>\n</table>\n</td>\n</tr>\n</table>") % (cid, inner)
    body = layout + "\n" + p("") + "\n" + "\n".join(UK_SIG_OLIVER) + "\n" + p("") + "\n" + notice_html(
        "This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it; do not copy, forward or disclose its contents.")
    h = word_html(body, "utf-8", lang="EN-GB", n=19)
    m.views.append(html_text(h))
    b = outlook_boundary(m, "004")
    bod = multipart(b, [leaf('text/html; charset="utf-8"', "quoted-printable", h.encode("utf-8")),
                        img_part(m, "image002.png", png(96, 28, (31, 56, 100), "uk"), cid)])
    hdr = exch_headers(m, A(OLIVER), A(TOM), "Meridian Sync proposal summary \u2013 Kestrel Logistics", lang="en-GB",
                       cc=A(SIOBHAN))
    m.raw = message(hdr, 'multipart/related;\n\tboundary="%s";\n\ttype="text/html"' % b, None, bod)
    m.c(S, "monthly_price", M(329, "GBP", "month", "excluded"), "ok", "£329 per month (workspace, excl. VAT)")
    m.c(S, "sla", 99.9, "ok", "Uptime SLA 99.9%")
    m.c(S, "storage_per_user", 1 * TB, "ok", "1 TB per user")
    t = "Windows, macOS, iOS, Android and ChromeOS"
    m.c(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", t)
    m.c(S, "supported_platforms", "ChromeOS", "conflict", t)
    m.c(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "Certifications ISO 27001, SOC 2 Type II")
    m.phrase("en.guarantee", "we move your existing shares across with zero downtime for the depots")


# ---------------------------------------------------------------- 0012 (iPhone, london)
def m0012():
    dt = datetime(2026, 7, 3, 8, 31, 27, tzinfo=tz(1))
    mid = "%s-%s-4A77-B0C2-%s@uk.meridian-data.com" % (hx("0012a", 8), hx("0012b", 4), hx("0012c", 12))
    m = add(Msg("0012", SIOBHAN[1], dt, mid, True))
    text = """Tom \u2013 yes, confirmed: Meridian Sync doesn't have an offline mode, so files need a connection to sync. The drivers' phones will queue uploads until they're back in signal, though.

Speak Thursday,
Siobhan

Sent from my iPhone

> On 3 Jul 2026, at 08:12, Tom Barraclough <tom.barraclough@kestrel-logistics.co.uk> wrote:
>=20
> \ufeffSiobhan, quick one before the board pack goes out on Monday \u2013 can Meridian Sync be used offline? Half our drivers lose signal on the A1.
>=20
> Tom
>=20
> Tom Barraclough
> Head of Operations Technology, Kestrel Logistics Ltd
> Unit 4, Aire Valley Business Park, Keighley BD21 3BX
> 01535 555 290
"""
    # iOS writes ">" + trailing space lines as ">=20" in QP; build the decoded text then encode
    decoded = text.replace(">=20", "> ")
    m.views.append(decoded)
    hdr = [("Content-Type", "text/plain;\n\tcharset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable"),
           ("From", A(SIOBHAN)), ("Mime-Version", "1.0 (1.0)"), ("Subject", "Re: Quick one before the board pack"),
           ("Date", rfcdate_nopad(dt)), ("Message-Id", "<%s>" % mid),
           ("References", "<%s>" % outlook_id("0012r", "uk2")), ("In-Reply-To", "<%s>" % outlook_id("0012r", "uk2")),
           ("To", A(TOM)), ("X-Mailer", "iPhone Mail (23F79)")]
    m.raw = message(hdr, None, None, encode_body(decoded.encode("utf-8"), "quoted-printable"), crlf=False, mime=False)
    m.c(S, "offline_mode", False, "ok", "Meridian Sync doesn't have an offline mode, so files need a connection to sync.")


# ---------------------------------------------------------------- 0013 (iPhone, tokyo, base64)
def m0013():
    dt = datetime(2026, 6, 25, 12, 48, 5, tzinfo=tz(9))
    mid = "%s-%s-47D1-8E3A-%s@jp.meridian-data.com" % (hx("0013a", 8), hx("0013b", 4), hx("0013c", 12))
    m = add(Msg("0013", SATO[1], dt, mid, True))
    text = """森様

お世話になっております。メリディアンデータの佐藤です。
外出先のため、スマートフォンから失礼いたします。

お問い合わせの件、メリディアン・シンクの月額料金は税込55,000円でございます。

また、5月20日のメールでISMAPに登録済みとお伝えしましたが、誤りでございました。大変申し訳ございません。
メリディアン・シンクが取得している第三者認証は、ISO 27001とSOC 2 Type IIの2つでございます。

取り急ぎご連絡まで。

佐藤

iPhoneから送信

> 2026/06/25 11:02、森 達也 <t.mori@kitagawa-shoji.co.jp>のメール:
> 
> \ufeff佐藤様
> 
> お世話になっております。北川商事の森です。
> 社内稟議のため、メリディアン シンクの月額料金を税込でお知らせいただけますでしょうか。
> 
> 森
"""
    m.views.append(text)
    hdr = [("Content-Type", "text/plain;\n\tcharset=utf-8"), ("Content-Transfer-Encoding", "base64"),
           ("From", A(SATO)), ("Mime-Version", "1.0 (1.0)"), ("Subject", ehdr("Re: 月額料金（税込）について")),
           ("Date", rfcdate_nopad(dt)), ("Message-Id", "<%s>" % mid),
           ("References", "<%s>" % outlook_id("0013r", "jp")), ("In-Reply-To", "<%s>" % outlook_id("0013r", "jp")),
           ("To", A(MORI)), ("X-Mailer", "iPhone Mail (23F79)")]
    m.raw = message(hdr, None, None, encode_body(text.encode("utf-8"), "base64"), crlf=False, mime=False)
    m.c(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "メリディアン・シンクの月額料金は税込55,000円でございます。")
    t = "メリディアン・シンクが取得している第三者認証は、ISO 27001とSOC 2 Type IIの2つでございます。"
    m.c(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", t)


# ---------------------------------------------------------------- 0014 (tokyo -> partner, HTML only, nested tables, cid)
def m0014():
    dt = datetime(2026, 8, 5, 15, 30, 44, tzinfo=tz(9))
    m = add(Msg("0014", YAMASHITA[1], dt, outlook_id("0014", "jp"), True))
    cid = "image001.png@01DD24B9.7A5E6F20"
    J = lambda s: "<span style='font-family:\"游ゴシック\",sans-serif'>%s</span>" % s
    td = "<td width=%d valign=top style='width:%dpt;border:solid windowtext 1.0pt;%spadding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>%s<o:p></o:p></p></td>"
    row = lambda a, b, head=False: "<tr>%s%s</tr>" % (td % (220, 165, "background:#DEEAF6;" if head else "", J(("<b>%s</b>" % a) if head else a)),
                                                      td % (200, 150, "background:#DEEAF6;" if head else "", J(("<b>%s</b>" % b) if head else b)))
    table = ("<p class=MsoCaption style='margin-bottom:3.0pt'>%s<o:p></o:p></p>\n"
             "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n%s\n</table>") % (
        J("<b>メリディアン・インサイト 標準価格・仕様（金額はすべて税抜）</b>"),
        "\n".join([row("項目", "内容", True), row("ユーザー単価（月額）", "4,000円"), row("無料トライアル", "30日間"),
                   row("ダッシュボード作成数（上限）", "300個"), row("クエリ応答時間", "最大2秒")]))
    text1 = """青空システムズ株式会社
ソリューション営業部 石田様

いつもお世話になっております。メリディアンデータの山下でございます。
先日お打ち合わせさせていただいたメリディアン インサイトについて、概要を下記にまとめました。

メリディアン・インサイトの正式リリースは2026年10月を予定しております。
それまではベータ版として、エンドユーザー様に無償でご評価いただけます。
"""
    text2 = """
メリディアン インサイトは業界最安の価格設定となっております。
貴社仕切り率は、標準価格の75％とさせていただきます。
ご契約の際は、必ず事前に利用規約をご確認ください。

ご不明点がございましたら、山下までお気軽にお申し付けください。
"""
    sig = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr>"
           "<td valign=top style='padding:0cm 7.5pt 0cm 0cm'><p class=MsoNormal><img width=96 height=28 src=\"cid:%s\" alt=\"メリディアンデータ\"><o:p></o:p></p></td>"
           "<td valign=top style='padding:0cm 0cm 0cm 0cm'>%s</td></tr></table>") % (
        cid, paras("株式会社メリディアンデータ 東京オフィス\nパートナー営業部 山下 美穂\n〒100-0005 東京都千代田区丸の内1-2-3 丸の内トラストビル12F\nTEL: 03-5555-0123（代表）", ja=True))
    # layout: Word puts everything in an outer one-column table when pasted from a template
    body = ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=640 style='width:480.0pt'><tr><td style='padding:0cm'>\n"
            + paras(text1.rstrip("\n"), ja=True) + "\n" + p("") + "\n" + table + "\n" + paras(text2.rstrip("\n"), ja=True)
            + "\n</td></tr></table>\n" + p("") + "\n" + sig)
    h = word_html(body, "utf-8", lang="JA", ja=True, n=18)
    m.views.append(html_text(h))
    b = outlook_boundary(m, "004")
    bod = multipart(b, [leaf('text/html; charset="utf-8"', "base64", h.encode("utf-8")), img_part(m, "image001.png", LOGO_JP, cid)])
    hdr = exch_headers(m, A(YAMASHITA, "iso-2022-jp"), A(ISHIDA, "iso-2022-jp"),
                       "【パートナー様向け】メリディアン インサイト ご紹介資料送付のご案内", lang="ja-JP", charset="iso-2022-jp")
    m.raw = message(hdr, 'multipart/related;\n\tboundary="%s";\n\ttype="text/html"' % b, None, bod)
    m.c(I, "general_availability", "2026-10", "conflict", "メリディアン・インサイトの正式リリースは2026年10月を予定しております。")
    m.c(I, "per_user_price", M(4000, "JPY", "user-month", "excluded"), "ok", "ユーザー単価（月額） 4,000円")
    m.c(I, "free_trial", D(30, "days"), "ok", "無料トライアル 30日間")
    m.c(I, "max_dashboards", 300, "conflict", "ダッシュボード作成数（上限） 300個")
    m.c(I, "query_latency", D(2, "seconds"), "ok", "クエリ応答時間 最大2秒")
    m.phrase("ja.cheapest", "メリディアン インサイトは業界最安の価格設定となっております。")


# ---------------------------------------------------------------- 0015 (osaka, -----元のメッセージ-----)
def m0015():
    dt = datetime(2026, 9, 10, 11, 14, 37, tzinfo=tz(9))
    m = add(Msg("0015", OKADA[1], dt, outlook_id("0015", "jp"), False))
    text = """吉川様

いつもお世話になっております。
メリディアンデータ大阪オフィスの岡田でございます。

お見積りの件、承知いたしました。以下のとおりご案内申し上げます。

・メリディアン シンク 月額料金：50,000円（税込）
・同製品のストレージ容量：1ユーザーあたり1TB
・ご契約ユーザー数：120名様（2026年10月1日ご利用開始）

メリディアン シンクを導入いただければ、ファイルサーバーの運用コストは必ず削減できます。

正式なお見積書はPDFにて明日お送りいたします。
引き続きよろしくお願いいたします。

株式会社メリディアンデータ 大阪オフィス
営業部 岡田 由紀
TEL: 06-6555-0152

-----元のメッセージ-----
差出人: 吉川 直樹 <n.yoshikawa@marufuku-foods.co.jp>
送信日時: 2026年9月9日 18:03
宛先: 岡田 由紀 <y.okada@osaka.jp.meridian-data.com>
件名: メリディアン シンク お見積りの件

岡田様

お世話になっております。丸福食品の吉川です。
120名で10月から利用開始したいと考えております。月額の費用感を教えていただけますでしょうか。
弊社では以前、メリディアン・ファイルシンクの評価版を使っておりました。
なお、同業他社から、メリディアン シンクはLinuxにも対応していると聞いております。

丸福食品株式会社 総務部
吉川 直樹
TEL: 072-555-0133"""
    html_body = paras(text, ja=True)
    h = word_html(html_body, "iso-2022-jp", lang="JA", ja=True, n=17)
    m.views += [text, html_text(h)]
    b = outlook_boundary(m)
    bod = multipart(b, [leaf('text/plain; charset="iso-2022-jp"', "7bit", text.replace("\n", "\r\n").encode("iso2022_jp")),
                        leaf('text/html; charset="iso-2022-jp"', "quoted-printable", h.encode("iso2022_jp"))])
    hdr = exch_headers(m, A(OKADA, "iso-2022-jp"), A(YOSHIKAWA, "iso-2022-jp"), "RE: メリディアン シンク お見積りの件",
                       lang="ja-JP", charset="iso-2022-jp")
    m.raw = message(hdr, 'multipart/alternative;\n\tboundary="%s"' % b, None, bod)
    m.c(S, "monthly_price", M(50000, "JPY", "month", "included"), "conflict", "・メリディアン シンク 月額料金：50,000円（税込）")
    m.c(S, "storage_per_user", 1 * TB, "ok", "・同製品のストレージ容量：1ユーザーあたり1TB")
    m.c(S, "supported_platforms", "Linux", "conflict", "なお、同業他社から、メリディアン シンクはLinuxにも対応していると聞いております。",
        quoted=True, office="unknown")
    m.phrase("ja.absolute", "メリディアン シンクを導入いただければ、ファイルサーバーの運用コストは必ず削減できます。")
    m.term(S, "弊社では以前、メリディアン・ファイルシンクの評価版を使っておりました。", quoted=True)


# ---------------------------------------------------------------- 0016 (london, stale, disclaimer)
def m0016():
    dt = datetime(2026, 9, 15, 10, 5, 56, tzinfo=tz(1))
    m = add(Msg("0016", SIOBHAN[1], dt, outlook_id("0016", "uk"), True))
    disclaimer = ("This email and any files transmitted with it are confidential and intended solely for the addressee. "
                  "E-mail transmission cannot be guaranteed to be secure or error-free, as information could be intercepted, "
                  "corrupted, lost, destroyed, arrive late or incomplete. Meridian Data Ltd accepts no liability for any errors "
                  "or omissions in the contents of this message.")
    top = """Dear Jonathan,

Thank you for confirming the Manchester go-live for 12 October. A few points for your IT steering group:

1. Meridian Sync supports up to 5,000 users per organisation, so the Manchester team fits comfortably within the firm's existing tenant.
2. Your existing retention policies carry over unchanged.
3. We will schedule the desktop client rollout for the weekend of 10\u201311 October.

Kind regards,

Siobhan Keane
Customer Success Manager
Meridian Data Ltd | 1 Finsbury Avenue, London EC2M 2PF | +44 20 7946 0358
Registered in England and Wales, company no. 09876543. VAT reg. GB 123 4567 89.

""" + disclaimer
    qfields = [("From:", lt(HOLLIS)), ("Sent:", "14 September 2026 17:51"), ("To:", lt(SIOBHAN)), ("Subject:", "Manchester office")]
    qbody = """Siobhan,

We've confirmed 12 October for Manchester. Anything we need to prepare on our side?

Jonathan

Jonathan Hollis | Head of IT | Harrow & Finch LLP
12 Park Row, Leeds LS1 5JL | DDI 0113 496 0871"""
    plain = top + "\n\n" + outlook_hdr_text(qfields) + "\n\n" + qbody + "\n"
    hparts = [paras(top.split("\n\n" + disclaimer)[0]).replace("1. Meridian", "1.&nbsp;Meridian"), p(""), notice_html(disclaimer), p(""),
              outlook_hdr(qfields), paras(qbody)]
    h = word_html("\n".join(hparts), "utf-8", lang="EN-GB", n=20)
    m.views += [plain, html_text(h)]
    b = outlook_boundary(m)
    bod = multipart(b, [leaf('text/plain; charset="utf-8"', "quoted-printable", plain.encode("utf-8")),
                        leaf('text/html; charset="utf-8"', "quoted-printable", h.encode("utf-8"))])
    hdr = exch_headers(m, A(SIOBHAN), A(HOLLIS), "Meridian Sync \u2013 rollout plan for the Manchester office", lang="en-GB")
    m.raw = message(hdr, 'multipart/alternative;\n\tboundary="%s"' % b, None, bod)
    m.c(S, "max_users", 5000, "stale", "Meridian Sync supports up to 5,000 users per organisation")
    m.phrase("en.guarantee", "E-mail transmission cannot be guaranteed to be secure or error-free")


# ---------------------------------------------------------------- 0017 (Japanese calendar invitation, tokyo)
TEAMS_JA = """________________________________________________________________________________
Microsoft Teams 会議
コンピューター、モバイル アプリ、またはルーム デバイスで参加する
会議に参加するにはここをクリックしてください<https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0>
会議 ID: 412 885 103 926
パスコード: Hb4nX9
Teams のダウンロード<https://www.microsoft.com/ja-jp/microsoft-teams/download-app> | Web に参加<https://www.microsoft.com/microsoft-teams/join-a-meeting>
詳細情報<https://aka.ms/JoinTeamsMeeting> | 会議のオプション<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def m0017():
    dt = datetime(2026, 9, 22, 13, 0, 21, tzinfo=tz(9))
    m = add(Msg("0017", SATO[1], dt, outlook_id("0017", "jp"), True))
    desc = """森様、小林様

下記日程にて、全社展開に向けた構成のご説明のお時間を頂戴できればと存じます。

【議題】
1. メリディアン シンクの最大1万ユーザー構成について
2. シンクの対応OS（Windows、Mac、iPhone、Android）と端末管理
3. 移行スケジュール（2026年11月〜2027年1月）

【日時】2026年9月29日（火）14:00〜15:00
【場所】Microsoft Teams

佐藤

""" + TEAMS_JA % hx("0017t", 40, False)
    hbody = "\n".join(p(l, ja=True) if not l.startswith("___") else "<div style='max-width:1000px'><p class=MsoNormal><span style='color:#5F5F5F'>%s</span><o:p></o:p></p></div>" % l
                      for l in desc.split("\n"))
    h = word_html(hbody, "utf-8", lang="JA", ja=True, n=18)
    m.views += [desc, html_text(h)]
    cal = ics(m, SATO, [MORI, ("小林 真理", "m.kobayashi@kitagawa-shoji.co.jp"), YAMASHITA],
              "メリディアン シンク 全社展開に向けた構成のご説明", desc, "20260929T140000", "20260929T150000",
              "Tokyo Standard Time", "ja-JP", "Microsoft Teams 会議", "0017", 9)
    b = outlook_boundary(m)
    bod = multipart(b, [leaf('text/plain; charset="utf-8"', "base64", desc.encode("utf-8")),
                        leaf('text/html; charset="utf-8"', "base64", h.encode("utf-8")),
                        leaf('text/calendar; charset="utf-8"; method=REQUEST', "base64", cal)])
    hdr = exch_headers(m, A(SATO, "iso-2022-jp"), A(MORI, "iso-2022-jp") + ", " + addr("小林 真理", "m.kobayashi@kitagawa-shoji.co.jp", "iso-2022-jp"),
                       "メリディアン シンク 全社展開に向けた構成のご説明", cc=A(YAMASHITA, "iso-2022-jp"), lang="ja-JP", charset="iso-2022-jp")
    m.raw = message(hdr, 'multipart/alternative;\n\tboundary="%s"' % b, None, bod)
    m.c(S, "max_users", 10000, "ok", "1. メリディアン シンクの最大1万ユーザー構成について")
    m.c(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "2. シンクの対応OS（Windows、Mac、iPhone、Android）と端末管理")


# ---------------------------------------------------------------- 0018 (plain Outlook, -----Original Message-----, us-hq)
def m0018():
    dt = datetime(2026, 5, 26, 9, 48, 2, tzinfo=tz(-7))
    m = add(Msg("0018", MARCUS[1], dt, outlook_id("0018", "us"), True))
    text = """Rosa,

Thanks for the list. Answers below; shout if anything is unclear.

1) Data residency: Meridian Vault has no data center in Virginia - our US region is Oregon.
2) HIPAA: Meridian Vault is HIPAA compliant, and we sign a BAA as part of the order.
3) Support: support tickets for Meridian Vault get a first response within 1 hour on Premium Support.
4) Sync for the clinics: until March 2026 Meridian Sync was capped at 5,000 users.
From April 2026 it supports up to 10,000 users per tenant, which leaves plenty of room for all eleven clinics.

Marcus

Marcus Oyelaran
Solutions Engineer | Meridian Data Inc.
+1 415 555 0188

-----Original Message-----
From: Rosa Delgado <rdelgado@cascadiahealth.org>
Sent: Monday, May 25, 2026 3:47 PM
To: Marcus Oyelaran <marcus.oyelaran@meridian-data.com>
Cc: Dana Whitfield <dana.whitfield@meridian-data.com>
Subject: Follow-up questions - Meridian Vault and Sync

Hi Marcus,

Our security committee met on Friday. Four questions:
1) Is there a Meridian Vault data center in Virginia?
2) Can Meridian Vault be used for PHI under HIPAA?
3) What are the support response times?
4) We have about 2,400 employees across 11 clinics. Would they all fit on one Meridian Sync tenant?

Thanks,
Rosa

Rosa Delgado, CISSP
Director of Information Security | Cascadia Health
1120 SW 5th Ave, Portland, OR 97204 | (503) 555-0139

CONFIDENTIALITY: This message may contain protected health information (PHI) subject to HIPAA. If you received it in error, notify the sender and delete it.
"""
    m.views.append(text)
    hdr = exch_headers(m, A(MARCUS), A(ROSA), "RE: Follow-up questions - Meridian Vault and Sync", cc=A(DANA))
    m.raw = message(hdr, 'text/plain; charset="us-ascii"', "7bit", text.encode("ascii"))
    m.c(V, "data_centers", "Oregon", "ok", "Meridian Vault has no data center in Virginia - our US region is Oregon.")
    m.c(V, "certifications", "HIPAA", "unverified", "Meridian Vault is HIPAA compliant")
    m.c(V, "support_response_time", D(1, "hours"), "unverified",
        "support tickets for Meridian Vault get a first response within 1 hour on Premium Support.")
    m.c(S, "max_users", 5000, "ok", "until March 2026 Meridian Sync was capped at 5,000 users.")
    m.c(S, "max_users", 10000, "ok", "From April 2026 it supports up to 10,000 users per tenant")

# ---------------------------------------------------------------- 0019 (an Outlook .msg saved under .eml: unreadable)
def m0019():
    m = add(Msg("0019", None, datetime(2026, 8, 20, 9, 0, 0, tzinfo=tz(9)), None, False))
    hdr = bytearray(512)
    hdr[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    hdr[24:26], hdr[26:28], hdr[28:30], hdr[30:32] = b"\x3e\x00", b"\x03\x00", b"\xfe\xff", b"\x09\x00"
    hdr[32:34] = b"\x06\x00"
    for i in range(76, 512, 4):
        hdr[i:i + 4] = b"\xff\xff\xff\xff"
    body = bytearray()
    seed = hashlib.sha256(b"0019").digest()
    while len(body) < 3072:
        seed = hashlib.sha256(seed).digest()
        body += seed
    names = ["Root Entry", "__substg1.0_0037001F", "__substg1.0_1000001F", "__properties_version1.0",
             "__nameid_version1.0", "__recip_version1.0_#00000000"]
    dirs = bytearray()
    for n in names:
        e = bytearray(128)
        u = n.encode("utf-16-le")
        e[0:len(u)] = u
        e[64:66] = struct.pack("<H", len(u) + 2)
        e[66] = 5 if n == "Root Entry" else 2
        dirs += e
    subj = "RE: 見積書送付のご案内".encode("utf-16-le")
    m.raw = bytes(hdr) + bytes(dirs) + bytes(body[:1024]) + subj + bytes(body[1024:])
    m.file = "mail/0019.eml"
    m.findings.append({"type": "finding", "file": m.file, "message_id": None, "kind": "unreadable", "rule": None,
                       "product": None, "quoted": False,
                       "text": "an Outlook .msg file (OLE2 compound document, D0 CF 11 E0) saved as .eml: no RFC 5322 header, binary content"})


# ---------------------------------------------------------------- 0020 (us-hq, <br> soup, nbsp in product name)
def m0020():
    dt = datetime(2026, 10, 20, 14, 5, 48, tzinfo=tz(-7))
    m = add(Msg("0020", DANA[1], dt, outlook_id("0020", "us"), True))
    cid = "image001.png@01DD60C4.9E2B1A30"
    body = ("<div><p class=MsoNormal>Hi Grace,<br><br>Great to hear the Vault rollout went smoothly last week!<br><br>"
            "For the dispatch team, Meridian&nbsp;Sync gives every user 1&nbsp;TB of storage, which is effectively unlimited for what dispatch stores.<br>"
            "If you sign before November 30, Meridian&nbsp;Sync is $349/month for the whole team instead of the usual list price.<br>"
            "You may still see it called Meridian FileSync in older Bluewater docs &#8211; same product, new name.<br><br>"
            "I&#8217;ve penciled in 45 minutes on Tuesday 27 October at 10am PT for a demo with your dispatch leads.<br><br>"
            "Best,<br>Dana<o:p></o:p></p></div>\n" + p("") + "\n"
            + US_SIG_HTML % {"cid": cid, "name": "Dana Whitfield", "title": "Senior Account Executive, Healthcare &amp; Logistics", "ext": "0142"}
            + "\n" + p("") + "\n" + notice_html(US_NOTICE)
            + "\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            "<p class=MsoNormal><b>From:</b> Grace Lin &lt;glin@bluewaterfreight.com&gt; <br><b>Sent:</b> Monday, October 19, 2026 4:12 PM<br>"
            "<b>To:</b> Dana Whitfield &lt;dana.whitfield@meridian-data.com&gt;<br><b>Subject:</b> dispatch team<o:p></o:p></p></div>\n"
            + p("") + "\n" + p("Dana &#8211; the dispatch leads want to try something for shared run sheets. Can you send me something short I can forward? Thanks, Grace", raw=True))
    h = word_html(body, "utf-8", n=19)
    m.views.append(html_text(h))
    b = outlook_boundary(m, "004")
    bod = multipart(b, [leaf('text/html; charset="utf-8"', "quoted-printable", h.encode("utf-8")),
                        img_part(m, "image001.png", LOGO_US, cid)])
    hdr = exch_headers(m, A(DANA), A(GRACE), "RE: dispatch team", topic="dispatch team")
    m.raw = message(hdr, 'multipart/related;\n\tboundary="%s";\n\ttype="text/html"' % b, None, bod)
    m.c(S, "storage_per_user", 1 * TB, "ok", "Meridian Sync gives every user 1 TB of storage")
    m.c(S, "monthly_price", M(349, "USD", "month"), "conflict",
        "If you sign before November 30, Meridian Sync is $349/month for the whole team instead of the usual list price.")
    m.phrase("en.unlimited", "which is effectively unlimited for what dispatch stores.")
    m.term(S, "You may still see it called Meridian FileSync in older Bluewater docs")


# ---------------------------------------------------------------- 0021 (osaka, <div> per line, utf-8 QP)
def m0021():
    dt = datetime(2026, 10, 5, 17, 45, 9, tzinfo=tz(9))
    m = add(Msg("0021", NAKAMURA[1], dt, outlook_id("0021", "jp"), True))
    lines = """藤井様

いつもお世話になっております。メリディアンデータの中村でございます。
先日ご相談いただいた製造データの可視化につきまして、メリディアン インサイトをご案内いたします。

メリディアン インサイトは、2027年1月の一般提供開始まではベータ版としてご利用いただけます。
同製品の料金は1ユーザーあたり月額4,400円（税込）でございます。
メリディアン インサイトのクエリ応答時間は最大2秒で、設備ごとの稼働データもストレスなくご確認いただけます。
同製品の無料トライアル期間は30日間です。
メリディアン インサイトは国内BI満足度No.1※のサービスです。
※2026年7月 関西ITリサーチ調べ（国内製造業向けBIツール利用者アンケート）

ご興味がございましたら、10月中旬にデモのお時間を頂戴できますと幸いです。
何卒よろしくお願いいたします。

""" + OSAKA_SIG_NAKAMURA
    body = "".join("<div>%s</div>\n" % ("<span style=\"font-family:Meiryo UI, sans-serif; font-size:11pt\">%s</span>" % esc(l) if l else "<br>")
                   for l in lines.split("\n"))
    h = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
         '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
         '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
         + body + '</div>\n</body>\n</html>\n')
    m.views.append(html_text(h))
    hdr = exch_headers(m, A(NAKAMURA), A(FUJII), "メリディアン インサイトのご案内（製造データ可視化）", lang="ja-JP")
    hdr.append(("msip_labels", ""))
    m.raw = message(hdr, 'text/html; charset="utf-8"', "quoted-printable", encode_body(h.encode("utf-8"), "quoted-printable"))
    m.c(I, "general_availability", "2027-01", "ok", "メリディアン インサイトは、2027年1月の一般提供開始まではベータ版としてご利用いただけます。")
    m.c(I, "per_user_price", M(4400, "JPY", "user-month", "included"), "ok", "同製品の料金は1ユーザーあたり月額4,400円（税込）でございます。")
    m.c(I, "query_latency", D(2, "seconds"), "ok", "メリディアン インサイトのクエリ応答時間は最大2秒で")
    m.c(I, "free_trial", D(30, "days"), "ok", "同製品の無料トライアル期間は30日間です。")


# ---------------------------------------------------------------- 0022 (customer to london)
def m0022():
    dt = datetime(2026, 7, 20, 9, 12, 30, tzinfo=tz(1))
    m = add(Msg("0022", TOM[1], dt, outlook_id("0022", "uk2"), True))
    text = """Hi Siobhan,

The board signed off on Friday \u2013 thank you for all the help getting the pack together.

One thing came up: our FD remembered from your deck that Meridian Sync carries a 99.95% uptime SLA. Can you confirm which figure goes into the contract?

We'd like the contract to start on 1 August for 420 users, with the first invoice to our Leeds address.

Thanks,
Tom

Tom Barraclough
Head of Operations Technology, Kestrel Logistics Ltd
Unit 4, Aire Valley Business Park, Keighley BD21 3BX
01535 555 290

Kestrel Logistics Ltd. Registered in England No. 04417762. Registered office as above.
"""
    h = word_html(paras(text.rstrip("\n")), "utf-8", lang="EN-GB", n=17)
    m.views += [text, html_text(h)]
    b = outlook_boundary(m)
    bod = multipart(b, [leaf('text/plain; charset="utf-8"', "quoted-printable", text.encode("utf-8")),
                        leaf('text/html; charset="utf-8"', "quoted-printable", h.encode("utf-8"))])
    hdr = exch_headers(m, A(TOM), A(SIOBHAN), "Board feedback \u2013 Meridian Sync", cc=A(OLIVER), lang="en-GB")
    m.raw = message(hdr, 'multipart/alternative;\n\tboundary="%s"' % b, None, bod)
    m.c(S, "sla", 99.95, "conflict", "our FD remembered from your deck that Meridian Sync carries a 99.95% uptime SLA.")

# ====================================================================== documents
DOCS = []


class Doc:
    def __init__(self, path, office, text, is_html=False):
        self.file, self.office, self.text = path, office, text
        self.view = html_text(text) if is_html else text
        self.claims, self.findings = [], []
        DOCS.append(self)

    def c(self, product, attribute, value, verdict, text):
        for v in (value if isinstance(value, list) else [value]):
            self.claims.append({"type": "claim", "file": self.file, "message_id": None, "product": product,
                                "attribute": attribute, "value": v, "verdict": verdict, "quoted": False,
                                "office": self.office, "as_of": DOCS_AS_OF, "text": text})

    def phrase(self, rule, text):
        self.findings.append({"type": "finding", "file": self.file, "message_id": None, "kind": "phrase", "rule": rule,
                              "product": None, "quoted": False, "text": text})

    def term(self, product, text):
        self.findings.append({"type": "finding", "file": self.file, "message_id": None, "kind": "terminology",
                              "rule": None, "product": product, "quoted": False, "text": text})


def doc_tokyo():
    J = lambda s: "<span lang=JA style='font-family:\"游ゴシック\",sans-serif'>%s</span>" % s
    P = lambda s: "<p class=MsoNormal>%s<o:p></o:p></p>" % J(s)
    H = lambda lvl, s: "<h%d>%s<o:p></o:p></h%d>" % (lvl, J(s), lvl)
    td = lambda s, w, head=False: ("<td width=%d valign=top style='width:%dpt;border:solid windowtext 1.0pt;%spadding:0mm 5.4pt 0mm 5.4pt'>"
                                  "<p class=MsoNormal>%s<o:p></o:p></p></td>") % (w, w * 3 // 4, "background:#D9E2F3;" if head else "", J(s))
    tr = lambda *cells: "<tr>" + "".join(cells) + "</tr>"
    spec = "\n".join([
        "<p class=MsoCaption>%s</p>" % J("表1　メリディアン シンク 主な仕様"),
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
        tr(td("<b>項目</b>", 200, True), td("<b>仕様</b>", 360, True)),
        tr(td("最大ユーザー数", 200), td("<s>5,000ユーザー</s>&nbsp;10,000ユーザー（2026年4月〜）", 360)),
        tr(td("ストレージ容量", 200), td("1ユーザーあたり1TB", 360)),
        tr(td("稼働率SLA", 200), td("99.9％（月間）", 360)),
        tr(td("対応OS", 200), td("Windows / macOS / iOS / Android", 360)),
        tr(td("第三者認証", 200), td("ISO/IEC 27001、SOC 2 Type II", 360)),
        tr(td("オフライン利用", 200), td("非対応（同期には常時接続が必要です）", 360)),
        "</table>"])
    quote = "\n".join([
        "<p class=MsoCaption>%s</p>" % J("表2　お見積り（金額はすべて税抜）"),
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
        tr(td("<b>品目</b>", 260, True), td("<b>単価（月額）</b>", 150, True), td("<b>数量</b>", 60, True)),
        tr(td("メリディアン シンク 月額基本料金", 260), td("50,000円", 150), td("1", 60)),
        "</table>"])
    body = "\n".join([
        "<p class=MsoTitle>%s</p>" % J("メリディアン シンク 導入ご提案書"),
        P("北川商事株式会社 御中"),
        P("提出日：2026年11月16日　／　有効期限：2026年12月31日"),
        P("株式会社メリディアンデータ 東京オフィス 営業本部"),
        H(1, "1．ご提案の背景"),
        P("貴社では現在、部門ごとに個別のファイルサーバーを運用されており、容量の逼迫とバックアップ運用の負荷が課題となっております。"),
        P("本書では、部門間のファイル共有を一元化するクラウドサービスとして、メリディアン シンクをご提案いたします。"),
        H(1, "2．製品概要"),
        spec,
        P("&nbsp;"),
        P("メリディアン シンクは、法人向けクラウドストレージ市場でシェアNo.1※を獲得しております。"),
        P("<span style='font-size:8.0pt'>※2026年9月 東京リサーチ調べ（法人向けクラウドストレージ市場、導入社数ベース）</span>"),
        H(1, "3．お見積り"),
        quote,
        P("消費税（10％）を含めた月額は55,000円となります。"),
        P("契約期間：36か月（2026年12月1日〜2029年11月30日）"),
        H(1, "4．移行について"),
        P("旧製品のメリディアン・ファイルシンクをご利用中の部門も、設定を引き継いだまま移行いただけます。"),
        P("移行作業は貴社の業務時間外に実施し、部門ごとに段階的に切り替えます。"),
        P("&nbsp;"),
        P("以上"),
        P("〒100-0005 東京都千代田区丸の内1-2-3 丸の内トラストビル12F　TEL 03-5555-0123")])
    h = word_html(body, "utf-8", lang="JA", ja=True).replace('<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
                                                             '<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 15">\n<meta name=Originator content="Microsoft Word 15">\n<title>メリディアン シンク 導入ご提案書</title>')
    d = Doc("docs/tokyo/kitagawa-sync-proposal.html", "tokyo", h, is_html=True)
    d.c(S, "max_users", 10000, "ok", "10,000ユーザー（2026年4月〜）")
    d.c(S, "storage_per_user", 1 * TB, "ok", "1ユーザーあたり1TB")
    d.c(S, "sla", 99.9, "ok", "99.9％（月間）")
    d.c(S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"], "ok", "Windows / macOS / iOS / Android")
    d.c(S, "certifications", ["ISO 27001", "SOC 2 Type II"], "ok", "ISO/IEC 27001、SOC 2 Type II")
    d.c(S, "offline_mode", False, "ok", "非対応（同期には常時接続が必要です）")
    d.c(S, "monthly_price", M(50000, "JPY", "month", "excluded"), "ok", "メリディアン シンク 月額基本料金 50,000円")
    d.c(S, "monthly_price", M(55000, "JPY", "month", "included"), "ok", "消費税（10％）を含めた月額は55,000円となります。")
    d.term(S, "旧製品のメリディアン・ファイルシンクをご利用中の部門も、設定を引き継いだまま移行いただけます。")


def doc_tokyo_draft():
    # ignored by .onevoice.yaml (**/drafts/**): no labels on purpose
    Doc("docs/tokyo/drafts/kitagawa-sync-proposal-v0.md", "tokyo", """# メリディアン シンク 導入ご提案書（ドラフト v0）

> 社内レビュー前。数値は旧資料からの転記のため未確認。

- 最大ユーザー数：5,000ユーザー
- 月額料金：45,000円（税抜）
- オフライン環境でもご利用いただけます
- 業界No.1のクラウドストレージ
""")


def doc_london():
    text = """# Harrow & Finch LLP — Backup and recovery proposal

Prepared by Meridian Data Ltd, London · 9 November 2026 · Ref. HF-2026-114

## 1. Summary

Harrow & Finch asked us to replace the firm's weekly tape rotation with a managed cloud backup covering the Leeds and Manchester offices. We propose Meridian Vault, sized for the document management system and the email archive.

## 2. Meridian Vault at a glance

| Item | Meridian Vault |
|---|---|
| Recovery point objective | 15 minutes |
| Recovery time objective | 4 hours for a full matter workspace |
| Default retention | 90 days, extendable per matter |
| Availability SLA | 99.95% |
| Encryption at rest | AES-256 |
| Data centres | Frankfurt, Oregon and London |

Meridian Vault scales to 500 TB per tenant, far beyond the firm's current footprint.

<!-- onevoice-disable-next-line en.superlative -->
Meridian Vault is the industry-leading choice for UK law firms of your size.

## 3. Pricing

Meridian Vault is £16 per TB per month, excluding VAT.
For the 40 TB in scope at signature, that comes to £640 per month.

## 4. Pilot

We propose a risk-free 30-day pilot on a copy of the Leeds file server before cut-over.

## 5. Commercial terms

- Term: 36 months from 1 January 2027
- Volume in scope at signature: 40 TB
- Payment: annually in advance, 30 days from invoice

Oliver Pemberton, Account Director · +44 20 7946 0321 · oliver.pemberton@uk.meridian-data.com
"""
    d = Doc("docs/london/harrow-finch-vault-proposal.md", "london", text)
    d.c(V, "rpo", D(15, "minutes"), "ok", "| Recovery point objective | 15 minutes |")
    d.c(V, "rto", D(4, "hours"), "unverified", "| Recovery time objective | 4 hours for a full matter workspace |")
    d.c(V, "retention", D(90, "days"), "ok", "| Default retention | 90 days, extendable per matter |")
    d.c(V, "sla", 99.95, "ok", "| Availability SLA | 99.95% |")
    d.c(V, "encryption", "AES-256", "ok", "| Encryption at rest | AES-256 |")
    d.c(V, "data_centers", ["Frankfurt", "Oregon"], "ok", "| Data centres | Frankfurt, Oregon and London |")
    d.c(V, "data_centers", "London", "conflict", "| Data centres | Frankfurt, Oregon and London |")
    d.c(V, "max_storage", 500 * TB, "ok", "Meridian Vault scales to 500 TB per tenant, far beyond the firm's current footprint.")
    d.c(V, "price_per_tb", M(16, "GBP", "TB-month", "excluded"), "ok", "Meridian Vault is £16 per TB per month, excluding VAT.")
    d.phrase("en.guarantee", "We propose a risk-free 30-day pilot on a copy of the Leeds file server before cut-over.")


def doc_us():
    text = """POPULATION HEALTH ANALYTICS - BRIEF FOR CASCADIA HEALTH
Prepared by Meridian Data Inc., San Francisco - November 12, 2026
Contact: Dana Whitfield, Senior Account Executive, +1 (415) 555-0142


1. WHAT WE PROPOSE

Cascadia wants one place where clinic managers can see wait times, no-show
rates and referral backlogs without waiting for the monthly extract. We
propose Meridian Insight, starting on the beta and moving to GA without a
migration.

Meridian Insight will be generally available in January 2027.

Meridian Insight is $30 per user per month at list.

Meridian Insight answers dashboard queries in under a second.

The Meridian Insight free trial is 14 days, starting the day the workspace
is provisioned.

Meridian Insight supports up to 200 dashboards per workspace.

Meridian Insight is available in 12 UI languages, including Spanish and
Vietnamese for the community clinics.

Meridian Insight carries the same 99.9% uptime SLA as our other cloud
services.

Meridian Insight uses the identities and sharing groups you already have in
Meridian FileSync, so clinicians keep their existing logins.


2. COMMERCIAL NOTES

Quantity: 85 analysts and clinic managers
Term: 24 months
Discount: 10% in year one, as agreed with procurement on October 30
"""
    d = Doc("docs/us-hq/cascadia-insight-brief.txt", "us-hq", text)
    d.c(I, "general_availability", "2027-01", "ok", "Meridian Insight will be generally available in January 2027.")
    d.c(I, "per_user_price", M(30, "USD", "user-month"), "ok", "Meridian Insight is $30 per user per month at list.")
    d.c(I, "query_latency", D(1, "seconds"), "conflict", "Meridian Insight answers dashboard queries in under a second.")
    d.c(I, "free_trial", D(14, "days"), "conflict", "The Meridian Insight free trial is 14 days")
    d.c(I, "max_dashboards", 200, "ok", "Meridian Insight supports up to 200 dashboards per workspace.")
    d.c(I, "ui_languages", 12, "unverified", "Meridian Insight is available in 12 UI languages")
    d.c(I, "sla", 99.9, "unverified", "Meridian Insight carries the same 99.9% uptime SLA as our other cloud services.")
    d.term(S, "Meridian FileSync, so clinicians keep their existing logins.")


def doc_osaka():
    text = """# 御見積書（バックアップ基盤更改）

浪速精工株式会社 御中

- 見積番号：OSK-2026-0457
- 発行日：2026年11月18日
- 有効期限：2026年12月18日
- 担当：株式会社メリディアンデータ 大阪オフィス 中村 亮（TEL 06-6555-0150）

## 1. ご提案構成

対象は貴社の設計データ約80TBです。
メリディアン ボールトの東京・大阪の両データセンターでバックアップいたします。

## 2. お見積り明細（金額はすべて税抜）

| 品目 | 単価（1TBあたり・月額） | 備考 |
|---|---|---|
| メリディアン ボールト | 2,800円 | 容量課金、月末時点の使用量で計算 |

数量は初年度見込み80TB、月額合計は224,000円（税抜）となります。

## 3. サービス仕様

- メリディアン ボールトのRPO（目標復旧時点）：15分
- 同製品の1テナントあたりの最大容量：1PB
- 同製品の稼働率：99.95％
- 同製品の暗号化方式：AES-256

## 4. 備考

- 本見積の有効期限は発行日より30日間です。
- メリディアン ボールトなら、ランサムウェアによるデータ消失は絶対に起こりません。
- 消費税は別途申し受けます。
"""
    d = Doc("docs/osaka/naniwa-vault-estimate.md", "osaka", text)
    d.c(V, "data_centers", ["Tokyo", "Osaka"], "ok", "メリディアン ボールトの東京・大阪の両データセンターでバックアップいたします。")
    d.c(V, "price_per_tb", M(2800, "JPY", "TB-month", "excluded"), "ok", "| メリディアン ボールト | 2,800円 |")
    d.c(V, "rpo", D(15, "minutes"), "ok", "- メリディアン ボールトのRPO（目標復旧時点）：15分")
    d.c(V, "max_storage", 10 ** 15, "conflict", "- 同製品の1テナントあたりの最大容量：1PB")
    d.c(V, "sla", 99.95, "ok", "- 同製品の稼働率：99.95％")
    d.c(V, "encryption", "AES-256", "ok", "- 同製品の暗号化方式：AES-256")
    d.phrase("ja.absolute", "メリディアン ボールトなら、ランサムウェアによるデータ消失は絶対に起こりません。")

# ====================================================================== README
README = r"""# Probe set 28: Outlook/Exchange and phone mail

This set was written blind. It covers Meridian Data (see `/work/shared/eval/FACTS.md`) and
uses the dev set's format and `LABELS.md`. Its focus is the look of mail that comes out of Outlook
and Exchange, and out of phones:

- HTML-only messages with no text/plain part, carrying Word markup: `MsoNormal`, `<o:p>`,
  `WordSection1`, conditional comments, nested layout tables, inline CSS, `&nbsp;`,
  `&#8217;`, and in places `<br>` soup or one `<div>` per line (new Outlook / OWA)
  (0001, 0006, 0010, 0011, 0014, 0020, 0021).
- Long threads 4–5 levels deep. Replies are top-posted under Outlook header blocks in English
  (`From:/Sent:/To:/Subject:`) and Japanese (`差出人:/送信日時:/宛先:/件名:`). 0006 mixes
  London, US-HQ and customer authors in one body. In 0010 the answers are written inline in
  red inside the quoted customer mail.
- Phones: "Sent from my iPhone" / 「iPhoneから送信」. iOS puts the attribution line inside the
  `>` block and adds a U+FEFF (0003, 0012, 0013). The bodies are base64 or QP UTF-8.
- An Exchange out-of-office auto-reply that quotes the original partner mail (0005).
- Two Teams calendar invitations (0004 en, 0017 ja): text/plain + text/html + text/calendar
  (`method=REQUEST`, base64). The claims sit in the description, so they appear three times
  and are labelled once.
- Forward-as-attachment: a `message/rfc822` part from US-HQ inside a London mail (0009).
- Inline `cid:` images in `multipart/related` (0001, 0011, 0014, 0020).
- Meeting notes with bulleted claims under product headings (0007).
- `-----Original Message-----` (0018, plain us-ascii 7bit). Its line `From April 2026 ...`
  becomes `>From April ...` in the mboxrd archive. `-----元のメッセージ-----` + 差出人 block (0015).
- Charsets as real mailers write them: iso-2022-jp 7bit text, iso-2022-jp HTML in QP, UTF-8
  base64/QP, us-ascii, and RFC 2047 B/Q header words.
- Signatures and disclaimers full of numbers: postcodes, phone and DDI numbers, company /
  OC / SRA / VAT registration numbers, "authorised and regulated", and a HIPAA/PHI notice.
- Deal figures that are not claims: seats bought, terms, discounts, go-live and meeting dates,
  TB in scope, monthly totals. They sit in sentences or under headings that name no product.
- 0019 is an Outlook `.msg` (OLE2 compound file) saved under `.eml`: one `unreadable`.

Documents (judged as of 2026-11-22): a Word-exported Japanese HTML proposal (tokyo; caption and
title carry the product, `<s>` retracts a value, a ※-substantiated No.1), a Markdown Vault
proposal (london; `onevoice-disable-next-line`), a plain-text Insight brief (us-hq) and a
Markdown 見積書 (osaka; tax stated in the table caption). `docs/tokyo/drafts/` is ignored by
`.onevoice.yaml` and carries no labels.

22 messages: 19 are in `mail/archive.mbox` (everything except 0003, 0015 and 0019).
`expected.jsonl` has 271 lines: 143 claim lines for the .eml files and documents, 100 more
claim lines repeated for the archive, 15 findings (+8 repeated), and 5 cross-office cases.

## Run

    python3 gen/generate.py                         # rewrites mail/, docs/, expected.jsonl, README.md, .onevoice.yaml
    python3 /work/shared/eval/score.py --selftest /work/probe/set28
    /work/shared/eval/run BUILD/onevoice /work/probe/set28

The generator is deterministic and uses only the stdlib. It checks that every `text` excerpt
appears in the decoded text of its message (parsed back with the `email` package) or its
document. It also recomputes the cross-office cases from the labelled claims in the archive,
and it stops if they differ from the five intended ones.

## Cross-office cases (all in mail/archive.mbox)

| product / attribute | offices | messages | values |
|---|---|---|---|
| insight / general_availability | tokyo, us-hq | 0004 (2026-07-08), 0014 (08-05) | 2027-01 vs 2026-10 |
| insight / max_dashboards | tokyo, us-hq | 0009 (07-06, quoted us-hq in an attached message), 0014 (08-05) | 200 vs 300 |
| sync / max_users | london, tokyo | 0016 (09-15, stale 5,000), 0017 (09-22) | 5000 vs 10000 |
| sync / offline_mode | london, tokyo | 0007 (06-10), 0012 (07-03) | true vs false |
| vault / sla | osaka, us-hq | 0001 (05-12), 0010 (06-16) | 99.95 vs 99.9 |

Pairs left out on purpose: osaka's 2027-01 (0021, 10-05) is 61 days after tokyo's
2026-10. Tokyo's 55,000 税込 and 50,000 税抜 are both right. US-HQ's period-qualified 5,000
(0018) and Tokyo's 10,000 are each right at their own date. Customers (0003, 0005, 0006 L1,
0010 red answers, 0015 quote, 0022) take no part.

## Judgement calls

1. **Inline red answers under an Outlook header block (0010).** LABELS says that after an
   Outlook header block everything is quoted. So the two red answers written by Osaka inside
   the quoted customer mail (500 TB; AES-256) are labelled `quoted: true` with the quoted
   author's office. That author is the customer, so the office is `unknown`. Both values are
   right either way.
2. **Disclaimer "cannot be guaranteed to be secure" (0016)** is labelled an `en.guarantee`
   phrase finding, because the rule says the word "guaranteed" fires wherever it stands. It
   is the only en.guarantee hit in that message.
3. **Outlook .msg saved as .eml (0019)** is one `unreadable` finding with
   `message_id: null`. The file has no RFC 5322 headers at all.
4. **Stale value in a cross-office pair (0016 vs 0017).** London's 5,000 users (stale in
   September 2026) and Tokyo's 10,000 a week later cannot both be right on the same date, so
   they are one cross-office case.
5. **A quoted claim in a cross-office pair (0009 vs 0014).** The claim is US-HQ's 200 dashboards
   in an attached message/rfc822. It is dated by the London mail that carries it
   (LABELS: "a quoted claim is dated by the reply that quotes it").
6. **Reported statements.** A customer's "Marcus mentioned on the call that Meridian Sync is
   ISO 27017 certified – could you send the certificate?" (0006) counts as the customer's claim
   (office `unknown`, conflict). The request that follows it does not undo it. A partner
   passing on what a third party said (0005 「…1秒未満と伺っているそうです」) is the partner's
   claim too. So is 「…Linuxにも対応していると聞いております」 (0015).
7. **Headings without a product.** In 0011, the "Your order" table (Named users 420,
   Go-live target 1 October 2026) follows a separate heading with no product, so it holds no
   claims even though the table above it is under "Meridian Sync – commercial summary". The
   same goes for ■宿題事項 in 0007 (300ユーザー).
8. **Sentences that restate a deal total** give no claim, because neither "that" nor a section
   heading names the product: "At today's volume that is roughly $1,200 a month" (0008),
   "For the 40 TB in scope at signature, that comes to £640 per month" (london doc,
   section "3. Pricing"), and 「数量は初年度見込み80TB、月額合計は224,000円」 (osaka doc).
9. **Quote headers that are not in LABELS' list.** These are the iOS attribution
   「2026/06/02 18:12、藤井 誠 <…>のメール:」 and the Apple Mail "On Jul 21, 2026, at 9:14 AM,
   … wrote:". In both, the quoted text is in `>` lines. The Japanese 差出人/送信日時/宛先/件名
   block counts as an Outlook header block.
10. **Document title carries the product** (tokyo doc): 「消費税（10％）を含めた月額は55,000円と
    なります。」 is a Meridian Sync monthly_price claim (税込, ok). The quantity cell "1" in
    the quote table is no claim.
11. **The price column header has both 1TBあたり and 月額** (osaka doc). The unit price is
    labelled `price_per_tb` per TB-month, because the longer cue wins. Tax comes from the
    caption 「金額はすべて税抜」.
12. **"under a second" / 「1秒未満」** is labelled as the bound 1 second. It is a conflict
    because it promises more than the 2-second maximum.
"""

# ====================================================================== output
ONEVOICE_YAML = """# onevoice configuration for probe set 28 (SPEC section 6).
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

SET_KINDS = {"certifications", "supported_platforms", "data_centers", "encryption"}
INTENDED_CROSS = {(I, "general_availability", ("tokyo", "us-hq")), (V, "sla", ("osaka", "us-hq")),
                  (S, "max_users", ("london", "tokyo")), (S, "offline_mode", ("london", "tokyo")),
                  (I, "max_dashboards", ("tokyo", "us-hq"))}


def norm_value(v):
    if isinstance(v, dict) and "currency" in v:
        a = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return ("money", round(a, 2), v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v:
        f = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", v["amount"] * f)
    return ("v", json.dumps(v, sort_keys=True))


def cross_office(archived):
    items = []
    for m in archived:
        for c in m.claims:
            if c["office"] in ("unknown", None) or c["attribute"] in SET_KINDS:
                continue
            items.append((m, c))
    found = {}
    for i, (m1, c1) in enumerate(items):
        for m2, c2 in items[i + 1:]:
            if (c1["product"], c1["attribute"]) != (c2["product"], c2["attribute"]) or c1["office"] == c2["office"]:
                continue
            if abs((m1.dt - m2.dt).total_seconds()) > 45 * 86400:
                continue
            n1, n2 = norm_value(c1["value"]), norm_value(c2["value"])
            if n1[0] == "money" and n1[2:] != n2[2:]:
                continue                                   # other currency or billing unit
            if c1["verdict"] == "ok" and c2["verdict"] == "ok":
                continue                                   # each right at its own date
            if n1 == n2:
                continue
            offs = tuple(sorted((c1["office"], c2["office"])))
            key = (c1["product"], c1["attribute"], offs)
            rec = found.setdefault(key, {"type": "cross-office", "product": c1["product"], "attribute": c1["attribute"],
                                         "offices": list(offs), "file": "mail/archive.mbox", "message_files": set(),
                                         "values": {}})
            rec["message_files"] |= {m1.file, m2.file}
            for m, c in ((m1, c1), (m2, c2)):
                if c["verdict"] != "ok" or c["office"] not in rec["values"]:
                    rec["values"][c["office"]] = c["value"]
    return found


def decoded_texts(raw):
    """What a reader of the message sees: every text part decoded (html as text, calendar DESCRIPTION)."""
    import email
    from email import policy
    out = []

    def walk(msg):
        for part in msg.walk():
            ct = part.get_content_type()
            if ct == "message/rfc822":
                continue
            if part.is_multipart():
                if ct == "message/rfc822":
                    pass
                continue
            if ct.startswith("text/"):
                try:
                    t = part.get_content()
                except Exception as e:  # noqa
                    raise SystemExit("cannot decode a part of a message: %s" % e)
                if ct == "text/html":
                    t = html_text(t)
                elif ct == "text/calendar":
                    t = t.replace("\r\n ", "").replace("\n ", "")
                    t = "\n".join(l for l in t.splitlines() if l.startswith("DESCRIPTION"))
                    t = t.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
                out.append(t)
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                for sub in part.iter_parts():
                    walk(sub)
    walk(email.message_from_bytes(raw, policy=policy.default))
    return out


def check_excerpts(label, items, texts):
    hay = [flat(t) for t in texts]
    bad = [x["text"] for x in items if x.get("text") and not any(flat(x["text"]) in h for h in hay)]
    if bad:
        raise SystemExit("%s: excerpt not found in the decoded text:\n  %s" % (label, "\n  ".join(bad)))


def main():
    for f in (m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011,
              m0012, m0013, m0014, m0015, m0016, m0017, m0018, m0019, m0020, m0021, m0022):
        f()
    for f in (doc_tokyo, doc_tokyo_draft, doc_london, doc_us, doc_osaka):
        f()
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    for m in MSGS:
        with open(os.path.join(ROOT, m.file), "wb") as fh:
            fh.write(m.raw)
        if m.msgid:
            check_excerpts(m.file, m.claims + m.findings, decoded_texts(m.raw))
            check_excerpts(m.file + " (views)", m.claims + m.findings, m.views)
    for d in DOCS:
        path = os.path.join(ROOT, d.file)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(d.text)
        check_excerpts(d.file, d.claims + d.findings, [d.view])
    # the archive: mboxrd, date order, LF line ends
    archived = sorted((m for m in MSGS if m.archive), key=lambda m: m.dt.astimezone(timezone.utc))
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        for m in archived:
            raw = m.raw.replace(b"\r\n", b"\n")
            u = m.dt.astimezone(timezone.utc)
            fh.write(("From %s %s %2d %s\n" % (m.sender, u.strftime("%a %b"), u.day, u.strftime("%H:%M:%S %Y"))).encode())
            fh.write(mboxrd_escape(raw).rstrip(b"\n") + b"\n\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w") as fh:
        fh.write(ONEVOICE_YAML)
    lines = []
    for m in MSGS:
        lines += m.claims + m.findings
    for d in DOCS:
        lines += d.claims + d.findings
    for m in archived:
        lines += [dict(x, file="mail/archive.mbox") for x in m.claims + m.findings]
    cross = cross_office(archived)
    got = set(cross)
    if got != INTENDED_CROSS:
        raise SystemExit("cross-office cases differ from the intended ones:\n  extra %s\n  missing %s"
                         % (sorted(got - INTENDED_CROSS), sorted(INTENDED_CROSS - got)))
    for key in sorted(cross):
        rec = cross[key]
        rec["message_files"] = sorted(rec["message_files"])
        lines.append(rec)
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for x in lines:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    n_claims = sum(1 for x in lines if x["type"] == "claim")
    print("wrote %d messages (%d in archive.mbox), %d documents (+1 ignored draft), %d expected lines "
          "(%d claim lines, %d cross-office)" % (len(MSGS), len(archived), len(DOCS) - 1, len(lines), n_claims, len(cross)))


if __name__ == "__main__":
    main()
