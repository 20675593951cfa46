#!/usr/bin/env python3
"""Probe set 45 for onevoice: interleaved replies in long threads.

Run `python3 gen/generate.py` (stdlib only, deterministic). It (re)writes
mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml and expected.jsonl.

Every message body is built from segments (text, author office, quoted?,
claims, findings). Quoting a message copies its segments with a prefix, so a
claim keeps the author and office it was written by at every quote depth;
expected.jsonl is collected from the segments, deduplicated per (file,
message, product, attribute, value, quoted, office), and each verdict is
checked against a small judge of FACTS.md before anything is written.
"""
import base64, datetime as dt, hashlib, html, json, os, quopri, re, shutil, textwrap
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
DOC_DATE = "2026-11-22"
TB = 10 ** 12


def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


def T_(s):
    return textwrap.dedent(s).strip("\n")


# ------------------------------------------------------------------ segments
class Seg:
    def __init__(self, text, office, quoted=False, claims=(), finds=()):
        self.text, self.office, self.quoted = text, office, quoted
        self.claims, self.finds = list(claims), list(finds)


def C(ex, p, a, v, verdict, jd=None):
    return {"ex": ex, "product": p, "attribute": a, "value": v, "verdict": verdict, "jd": jd}


def CS(ex, p, a, members, verdict="ok"):
    """one claim per set member; verdict may be a dict member -> verdict"""
    return [C(ex, p, a, m, verdict.get(m, "ok") if isinstance(verdict, dict) else verdict) for m in members]


def PH(ex, rule):
    return {"kind": "phrase", "rule": rule, "product": None, "ex": ex}


def TM(ex, product=S):
    return {"kind": "terminology", "rule": None, "product": product, "ex": ex}


def seg(office, text, *items):
    flat = []
    for x in items:
        flat += x if isinstance(x, list) else [x]
    return Seg(T_(text) if "\n" in text else text, office, False,
               [x for x in flat if "attribute" in x], [x for x in flat if "kind" in x])


def BL():
    return Seg("", None)


def pre(text):
    out = []
    for ln in text.split("\n"):
        out.append(">" if ln == "" else (">" + ln if ln.startswith(">") else "> " + ln))
    return "\n".join(out)


def q(segs):
    """'>'-quote (Gmail / Thunderbird style)."""
    return [Seg(pre(s.text), s.office, True, s.claims, s.finds) for s in segs]


def qo(segs):
    """Quote below an Outlook header block: no prefix, everything quoted."""
    return [Seg(s.text, s.office, True, s.claims, s.finds) for s in segs]


def body_of(segs):
    return "\n".join(s.text for s in segs) + "\n"


# ------------------------------------------------------------------ people
PEOPLE = {
    "dana": ("Dana Whitfield", "dana.whitfield@meridian-data.com", "us-hq"),
    "marcus": ("Marcus Oyelaran", "marcus.oyelaran@meridian-data.com", "us-hq"),
    "jordan": ("Jordan Ellis", "jordan.ellis@meridian-data.com", "us-hq"),
    "emma": ("Emma Clarke", "emma.clarke@uk.meridian-data.com", "london"),
    "rupert": ("Rupert Haines", "rupert.haines@uk.meridian-data.com", "london"),
    "tanaka": ("田中 健司", "kenji.tanaka@jp.meridian-data.com", "tokyo"),
    "sato": ("佐藤 美咲", "misaki.sato@jp.meridian-data.com", "tokyo"),
    "yamamoto": ("山本 大輔", "daisuke.yamamoto@osaka.jp.meridian-data.com", "osaka"),
    "priya": ("Priya Raman", "priya.raman@kestrel-logistics.com", "unknown"),
    "luis": ("Luis Ortega", "luis.ortega@kestrel-logistics.com", "unknown"),
    "james": ("James Okafor", "j.okafor@harrowfinch.co.uk", "unknown"),
    "aisha": ("Aisha Bello", "a.bello@harrowfinch.co.uk", "unknown"),
    "ben": ("Ben Achterberg", "ben.achterberg@northgate-it.com", "unknown"),
    "gloria": ("Gloria Pike", "gpike@bellweathercu.org", "unknown"),
    "olivia": ("Olivia Marsh", "olivia.marsh@fenwickhale.co.uk", "unknown"),
    "kobayashi": ("小林 聡", "s.kobayashi@hokuto-seiki.co.jp", "unknown"),
    "takahashi": ("高橋 恵", "megumi.takahashi@minato-sekkei.co.jp", "unknown"),
    "okada": ("岡田 修", "o.okada@aoba-kaikei.jp", "unknown"),
    "nishida": ("西田 真由美", "m.nishida@naniwa-hd.co.jp", "unknown"),
}


def O(who):
    return PEOPLE[who][2]


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def D(y, mo, d, hh, mi, ss, off):
    return dt.datetime(y, mo, d, hh, mi, ss, tzinfo=tz(off))


WD_JA = "月火水木金土日"


def gmail_attr(m, off, wrap=False):
    """Gmail's English attribution, in the replier's time zone (off hours)."""
    t = m.date.astimezone(tz(off))
    name, addr = PEOPLE[m.frm][:2]
    hour = t.strftime("%I").lstrip("0") + t.strftime(":%M %p")
    head = "On %s, %s %d, %d at %s %s <" % (t.strftime("%a"), t.strftime("%b"), t.day, t.year, hour, name)
    return head + ("\n" if wrap else "") + addr + "> wrote:"


def gmail_attr_ja(m):
    t = m.date
    name, addr = PEOPLE[m.frm][:2]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, WD_JA[t.weekday()], t.hour, t.minute, name, addr)


def tb_attr_ja(m):
    t = m.date
    return "%d/%02d/%02d %d:%02d に %s さんは書きました:" % (t.year, t.month, t.day, t.hour, t.minute, PEOPLE[m.frm][0])


def outlook_block(m, to, cc=(), subject=None, ja=False, original_marker=False):
    t = m.date
    name, addr = PEOPLE[m.frm][:2]
    fmt = lambda w: "%s <%s>" % PEOPLE[w][:2]
    if ja:
        lines = (["-----元のメッセージ-----"] if original_marker else []) + [
            "差出人: " + fmt(m.frm), "送信日時: %d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute),
            "宛先: " + "; ".join(fmt(w) for w in to)] + (["CC: " + "; ".join(fmt(w) for w in cc)] if cc else []) + [
            "件名: " + (subject or m.subject)]
    else:
        lines = (["-----Original Message-----"] if original_marker else []) + [
            "From: " + fmt(m.frm), "Sent: %02d %s %d %d:%02d" % (t.day, t.strftime("%B"), t.year, t.hour, t.minute),
            "To: " + "; ".join(fmt(w) for w in to)] + (["Cc: " + "; ".join(fmt(w) for w in cc)] if cc else []) + [
            "Subject: " + (subject or m.subject)]
    return "\n".join(lines)


# ------------------------------------------------------------------ messages
class Msg:
    def __init__(self, num, client, date, frm, to, subject, segs, cc=(), parent=None, mbox=False,
                 html_body=None, attach=None, ja=False, mid_style=None):
        self.num, self.client, self.date, self.frm, self.to, self.cc = num, client, date, frm, to, cc
        self.subject, self.segs, self.parent, self.mbox = subject, segs, parent, mbox
        self.html_body, self.attach, self.ja = html_body, attach, ja
        h = hashlib.sha1(("set45-%s-%s" % (num, frm)).encode()).hexdigest().upper()
        dom = PEOPLE[frm][1].split("@")[1]
        style = mid_style or client
        if style in ("gmail", "gmailfwd"):
            raw = base64.b64encode(hashlib.sha256(h.encode()).digest()).decode().replace("/", "_").replace("+", "-")
            self.msgid = "CA%s%s@mail.gmail.com" % (raw[:30], raw[30:40].lower())
        elif style == "outlook":
            host = "TYCPR01MB%d" % (8000 + int(h[:3], 16) % 1999) if ja else "LO4P265MB%d" % (5000 + int(h[:3], 16) % 1999)
            region = "jpnprd01" if ja else "GBRP265"
            self.msgid = "%s%s@%s.%s.prod.outlook.com" % (host, h[:26], host, region)
        elif style == "apple":
            self.msgid = "%s-%s-%s-%s-%s@%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)
        elif style == "thunderbird":
            lh = h.lower()
            self.msgid = "%s-%s-%s-%s-%s@%s" % (lh[:8], lh[8:12], lh[12:16], lh[16:20], lh[20:32], dom)
        else:
            self.msgid = "%s.%s@%s" % (h[:16].lower(), h[16:24].lower(), "mail." + dom)

    @property
    def file(self):
        return "mail/%04d.eml" % self.num

    @property
    def as_of(self):
        return self.date.strftime("%Y-%m-%d")

    def all_segs(self):
        """segments whose claims belong to this message (an attachment's count as quoted)."""
        out = list(self.segs)
        if self.attach:
            out += [Seg(s.text, s.office, True, s.claims, s.finds) for s in self.attach.segs]
        return out


# ------------------------------------------------------------------ MIME rendering
def ew(s):
    """encoded words as mailers write them: =?ISO-2022-JP?B?...?= / =?UTF-8?B?...?="""
    return re.sub(r"=\?([\w-]+)\?b\?", lambda m: "=?%s?B?" % m.group(1).upper(), s)


def enc_addr(who, cs):
    name, addr = PEOPLE[who][:2]
    if name.isascii():
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(Header(name, cs).encode()), addr)


def enc_subject(s, cs):
    if s.isascii():
        return s
    return ew(Header(s, cs, header_name="Subject").encode(linesep="\n"))


def enc_body(text, cs, cte):
    b = text.encode(cs)
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        out = quopri.encodestring(b)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "7bit":
        assert all(c < 128 for c in b), "7bit body with 8bit bytes"
    return b


def part(ctype, cs, cte, text, ctparams=""):
    h = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n' % (ctype, cs, ctparams, cte)
    return h.encode() + enc_body(text, cs, cte)


def multipart(sub, boundary, parts):
    out = b""
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p + (b"" if p.endswith(b"\n") else b"\n")
    return out + b"--" + boundary.encode() + b"--\n"


def gmail_html(plain):
    out, depth = ['<div dir="ltr">'], 0
    for ln in plain.rstrip("\n").split("\n"):
        d, s = 0, ln
        while s.startswith(">"):
            d, s = d + 1, s[1:]
        if d and s.startswith(" "):
            s = s[1:]
        while depth < d:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        out.append((html.escape(s, quote=False) if s else "") + "<br>")
    out += ["</blockquote>"] * depth + ["</div>"]
    return "\n".join(out) + "\n"


HDR_RE = re.compile(r"^(From|差出人): ")


def outlook_html(plain, marker, ja):
    lang = "JA" if ja else "EN-GB"
    font = "游ゴシック" if ja else "Calibri"
    cs = "iso-2022-jp" if ja else "utf-8"
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           '<head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs,
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           '<style><!-- p.MsoNormal {margin:0mm; font-size:11.0pt; font-family:"%s",sans-serif;} --></style>' % font,
           '</head>', '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">' % lang,
           '<div class="WordSection1">']
    p = lambda s: '<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(s, quote=False) if s else "&nbsp;")
    lines, i = plain.rstrip("\n").split("\n"), 0
    while i < len(lines):
        ln = lines[i]
        if HDR_RE.match(ln):
            block = []
            while i < len(lines) and lines[i] != "":
                block.append(lines[i])
                i += 1
            cells = []
            for b in block:
                k, _, v = b.partition(": ")
                cells.append("<b>%s:</b> %s" % (html.escape(k), html.escape(v, quote=False)))
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">'
                       '<p class="MsoNormal">%s<o:p></o:p></p></div>' % "<br>\n".join(cells))
            continue
        if marker and ln.startswith(marker):
            rest = ln[len(marker):]
            out.append('<p class="MsoNormal"><span style="color:blue"><b><i>%s</i></b>%s</span><o:p></o:p></p>'
                       % (html.escape(marker), html.escape(rest, quote=False)))
        else:
            out.append(p(ln))
        i += 1
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def received(m, hop):
    t = m.date + dt.timedelta(seconds=2)
    return "Received: from %s\n        by %s with ESMTPS id %s;\n        %s" % (
        hop[0], hop[1], hashlib.md5(m.msgid.encode()).hexdigest()[:12], format_datetime(t))


def render(m, refs_of):
    name, addr, office = PEOPLE[m.frm]
    ja = m.ja
    hcs = {"gmail": "utf-8", "gmailfwd": "utf-8", "outlook": "iso-2022-jp" if ja else "utf-8",
           "thunderbird": "iso-2022-jp" if ja else "utf-8", "apple": "utf-8", "htmlonly": "utf-8"}[m.client]
    H = []
    hops = {"gmail": ("mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])", "mx.google.com"),
            "gmailfwd": ("mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41])", "mx.google.com"),
            "outlook": ("%s (2603:1096:400:3a::14)" % m.msgid.split("@")[1].split(".")[0], "%s.outlook.office365.com" % (
                "OS3P286CA0042.JPNP286" if ja else "LO2P123CA0017.GBRP123")),
            "thunderbird": ("[10.20.4.17] (unknown [203.0.113.45])", "smtp.jp.meridian-data.com (Postfix)"),
            "apple": ("smtpclient.apple (c-73-189-44-12.hsd1.ca.comcast.net [73.189.44.12])", "smtp.meridian-data.com (Postfix)"),
            "htmlonly": ("mta-se-07.salesforce.com (mta-se-07.salesforce.com [13.110.74.206])", "smtp.meridian-data.com (Postfix)")}
    H.append(received(m, hops[m.client]))
    H.append("Date: " + format_datetime(m.date))
    H.append("From: " + enc_addr(m.frm, hcs))
    H.append("To: " + ", ".join(enc_addr(w, hcs) for w in m.to))
    if m.cc:
        H.append("Cc: " + ", ".join(enc_addr(w, hcs) for w in m.cc))
    H.append("Subject: " + enc_subject(m.subject, hcs))
    H.append("Message-ID: <%s>" % m.msgid)
    if m.parent:
        H.append("In-Reply-To: <%s>" % m.parent.msgid)
        refs = refs_of(m.parent) + [m.parent.msgid]
        H.append("References: " + "\n ".join("<%s>" % r for r in refs))
    plain = body_of(m.segs)
    bnd = "b-" + hashlib.md5(m.msgid.encode()).hexdigest()[:24]
    if m.client == "apple":
        H += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))", "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
        if plain.isascii():
            H += ["Content-Type: text/plain;\n\tcharset=us-ascii", "Content-Transfer-Encoding: 7bit"]
            body = enc_body(plain, "us-ascii", "7bit")
        else:
            H += ["Content-Type: text/plain;\n\tcharset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
            body = enc_body(plain, "utf-8", "quoted-printable")
    elif m.client in ("gmail", "gmailfwd"):
        bnd = "000000000000" + hashlib.md5(m.msgid.encode()).hexdigest()[:16]
        cte = "base64" if ja else "quoted-printable"
        alt = multipart("alternative", bnd, [part("text/plain", "UTF-8", cte, plain),
                                             part("text/html", "UTF-8", cte, gmail_html(plain))])
        H.append("MIME-Version: 1.0")
        if m.client == "gmail":
            H.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
            body = alt
        else:
            outer = "000000000000" + hashlib.md5((m.msgid + "x").encode()).hexdigest()[:16]
            H.append('Content-Type: multipart/mixed; boundary="%s"' % outer)
            inner = render(m.attach, refs_of)
            att = ('Content-Type: message/rfc822; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
                   'Content-Transfer-Encoding: 7bit\n\n' % (m.attach_name, m.attach_name)).encode() + inner
            body = multipart("mixed", outer, [b'Content-Type: multipart/alternative; boundary="' + bnd.encode() + b'"\n\n' + alt, att])
    elif m.client == "outlook":
        cs = "iso-2022-jp" if ja else ("us-ascii" if plain.isascii() else "utf-8")
        hcte = "quoted-printable"
        pcte = "7bit" if cs in ("iso-2022-jp", "us-ascii") else "quoted-printable"
        hb = outlook_html(plain, m.marker, ja)
        bnd = "_000_" + m.msgid.split("@")[0] + "_"
        H += ["Thread-Topic: " + enc_subject(re.sub(r"^(RE|Re|FW): ", "", m.subject), hcs),
              "Thread-Index: " + base64.b64encode(hashlib.sha1(m.subject.encode()).digest()[:22]).decode(),
              "Accept-Language: %s, en-US" % ("ja-JP" if ja else "en-GB"),
              "Content-Language: %s" % ("ja-JP" if ja else "en-GB"),
              "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "MIME-Version: 1.0",
              'Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd]
        body = multipart("alternative", bnd, [part("text/plain", cs, pcte, plain),
                                              part("text/html", "iso-2022-jp" if ja else "utf-8", hcte, hb)])
    elif m.client == "thunderbird":
        H += ["User-Agent: Mozilla Thunderbird", "MIME-Version: 1.0",
              "Content-Language: %s" % ("ja" if ja else "en-US")]
        if ja:
            H += ["Content-Type: text/plain; charset=ISO-2022-JP", "Content-Transfer-Encoding: 7bit"]
            body = enc_body(plain, "iso-2022-jp", "7bit")
        else:
            H += ["Content-Type: text/plain; charset=UTF-8; format=fixed", "Content-Transfer-Encoding: 7bit"]
            body = enc_body(plain, "utf-8", "7bit")
    elif m.client == "htmlonly":
        H += ["MIME-Version: 1.0", "X-Mailer: Salesforce Sales Engagement", 'Content-Type: text/html; charset="UTF-8"',
              "Content-Transfer-Encoding: quoted-printable"]
        body = enc_body(m.html_body, "utf-8", "quoted-printable")
    head = "\n".join(H).encode("ascii") + b"\n\n"
    return head + body


# ------------------------------------------------------------------ the judge (FACTS.md), for self-checking labels
SETS = {(S, "certifications"): {"ISO 27001", "SOC 2 Type II"}, (S, "supported_platforms"): {"Windows", "macOS", "iOS", "Android"},
        (V, "data_centers"): {"Tokyo", "Osaka", "Oregon", "Frankfurt"}, (V, "encryption"): {"AES-256"}}
PRICES = {(S, "monthly_price"): {"us-hq": money(399, "USD", "month"), "london": money(329, "GBP", "month"),
                                 "tokyo": money(50000, "JPY", "month", "excluded"), "osaka": money(50000, "JPY", "month", "excluded")},
          (V, "price_per_tb"): {"us-hq": money(20, "USD", "TB-month"), "london": money(16, "GBP", "TB-month"),
                                "tokyo": money(2800, "JPY", "TB-month", "excluded"), "osaka": money(2800, "JPY", "TB-month", "excluded")},
          (I, "per_user_price"): {"us-hq": money(30, "USD", "user-month"), "london": money(25, "GBP", "user-month"),
                                  "tokyo": money(4000, "JPY", "user-month", "excluded"), "osaka": money(4000, "JPY", "user-month", "excluded")}}
SCALARS = {(S, "storage_per_user"): TB, (S, "sla"): 99.9, (S, "offline_mode"): False, (V, "rpo"): 900, (V, "retention"): 90 * 86400,
           (V, "sla"): 99.95, (V, "max_storage"): 500 * TB, (I, "general_availability"): "2027-01", (I, "query_latency"): 2,
           (I, "free_trial"): 30 * 86400, (I, "max_dashboards"): 200}
UNIT = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}


def scal(v):
    return v["amount"] * UNIT[v["unit"]] if isinstance(v, dict) and "unit" in v else v


def judge(p, a, v, office, date):
    if (p, a) in SETS:
        return "ok" if v in SETS[(p, a)] else "conflict"
    if (p, a) in PRICES:
        table = PRICES[(p, a)]
        if office not in table:
            return "unverified"
        mine = table[office]
        if (v["currency"], v["per"]) == (mine["currency"], mine["per"]):
            if v.get("tax") == "included" and mine.get("tax") == "excluded":
                return "ok" if abs(v["amount"] - mine["amount"] * 1.1) < 1e-6 else "conflict"
            return "ok" if v["amount"] == mine["amount"] else "conflict"
        if any((x["amount"], x["currency"], x["per"]) == (v["amount"], v["currency"], v["per"]) for x in table.values()):
            return "office-variant"
        return "conflict"
    if (p, a) == (S, "max_users"):
        cur = 10000 if date >= "2026-04-01" else 5000
        return "ok" if v == cur else "stale" if v in (5000, 10000) else "conflict"
    if (p, a) in SCALARS:
        return "ok" if scal(v) == SCALARS[(p, a)] else "conflict"
    return "unverified"


# ================================================================== the mail
M = {}


def sig(who):
    return {
        "dana": "--\nDana Whitfield | Senior Account Executive, West\nMeridian Data Inc. | 548 Market St #31870, San Francisco, CA 94104\n+1 (415) 555-0142 | dana.whitfield@meridian-data.com",
        "marcus": "--\nMarcus Oyelaran\nRegional Sales Manager, Financial Services & Healthcare\nMeridian Data Inc.\n548 Market St #31870, San Francisco, CA 94104\no: +1 (415) 555-0163 | m: +1 (628) 555-0191",
        "priya": "--\nPriya Raman\nDirector of IT, Kestrel Logistics, Inc.\n3905 Airways Blvd, Memphis, TN 38116\n(901) 555-0174",
        "emma": "Emma Clarke\nAccount Director, Legal & Professional Services\nMeridian Data UK Ltd | 1 Finsbury Avenue, London EC2M 2PF\nT: +44 (0)20 3884 2210 | M: +44 (0)7700 900 128\nMeridian Data UK Ltd is registered in England and Wales, company no. 11873204. VAT reg. GB 318 4471 92.",
        "james": "James Okafor\nIT Operations Manager\nHarrow & Finch LLP\n12 Bream's Buildings, London EC4A 1DT\nDD: +44 (0)20 7946 0381 | M: +44 (0)7700 900 417\nHarrow & Finch LLP is a limited liability partnership registered in England and Wales (OC412873). Authorised and regulated by the Solicitors Regulation Authority (SRA 645210).",
        "tanaka": "--\n━━━━━━━━━━━━━━━━━━━━━━\nメリディアンデータ株式会社 東京オフィス\n第二営業部　田中 健司\n〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F\nTEL: 03-6268-4410　FAX: 03-6268-4411　携帯: 080-4417-2290\nkenji.tanaka@jp.meridian-data.com\n━━━━━━━━━━━━━━━━━━━━━━",
        "sato": "--\nメリディアンデータ株式会社 東京オフィス\n営業部　佐藤 美咲\n〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 21F\nTEL: 03-6268-4432　携帯: 070-3318-5024\nmisaki.sato@jp.meridian-data.com",
        "kobayashi": "--\n北斗精機株式会社 管理本部 情報システム課\n小林 聡（こばやし さとし）\n〒448-0027 愛知県刈谷市相生町2-18\nTEL: 0566-21-3380（内線214）",
        "takahashi": "高橋 恵\n株式会社ミナト設計 総務部\n〒231-0062 横浜市中区桜木町1-101-1 クロスゲート7F\nTEL 045-228-7710",
        "yamamoto": "――――――――――――――――――\nメリディアンデータ株式会社 大阪オフィス\n営業部　山本 大輔\n〒530-0011 大阪府大阪市北区大深町3-1 グランフロント大阪 タワーB 18F\nTEL: 06-6359-2280　携帯: 090-6612-4457\ndaisuke.yamamoto@osaka.jp.meridian-data.com\n――――――――――――――――――",
        "nishida": "――――――――――――――――――\n浪速ホールディングス株式会社\n経営企画部 DX推進課　西田 真由美\n〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー12F\nTEL: 06-6341-7720（直通）　FAX: 06-6341-7729\nm.nishida@naniwa-hd.co.jp\n――――――――――――――――――",
    }[who]


# ---------------------------------------------------------------- 0001 us-hq, March (5,000 era)
us, uk, tk, osk, cu = "us-hq", "london", "tokyo", "osaka", "unknown"
M[1] = Msg(1, "apple", D(2026, 3, 20, 10, 31, 5, -7), "marcus", ["gloria"], "Bellweather follow-up: scale, security, analytics", [
    seg(us, "Hi Gloria,"), BL(),
    seg(us, "Good to talk yesterday. Here are quick answers to the three things your board asked about, so you can forward this as-is."), BL(),
    seg(us, "Scale: today a Meridian Sync organization can have up to 5,000 users. That comfortably covers your 1,140 staff plus the two branches you're acquiring in the fall.",
        C("today a Meridian Sync organization can have up to 5,000 users", S, "max_users", 5000, "ok")), BL(),
    seg(us, "Security: Meridian Sync holds ISO 27001 certification, and your examiners can review our SOC 2 Type II report under an NDA.",
        CS("Meridian Sync holds ISO 27001 certification, and your examiners can review our SOC 2 Type II report", S, "certifications", ["ISO 27001", "SOC 2 Type II"])), BL(),
    seg(us, "Analytics: Meridian Insight is in private beta, with general availability planned for January 2027. Meridian Insight list pricing will be $30 per user per month once it launches.",
        C("Meridian Insight is in private beta, with general availability planned for January 2027", I, "general_availability", "2027-01", "ok"),
        C("Meridian Insight list pricing will be $30 per user per month", I, "per_user_price", money(30, "USD", "user-month"), "ok")), BL(),
    seg(us, "Honestly, for a credit union your size, Meridian Sync is the industry-leading option, and member data stays our number one priority during the migration. Branch staff still on the old desktop client can follow https://support.meridian-data.com/kb/MeridianFileSync-upgrade before cutover.",
        PH("Meridian Sync is the industry-leading option", "en.superlative")), BL(),
    seg(us, "I'll send the order form for the 1,140 seats and the 12% first-year discount by Tuesday."), BL(),
    seg(us, "Thanks,\nMarcus"), BL(), seg(us, sig("marcus"))])

# ---------------------------------------------------------------- 0002 london, April (period-placed 5,000 / 10,000)
M[2] = Msg(2, "outlook", D(2026, 4, 14, 11, 5, 42, 1), "rupert", ["olivia"], "Meridian Sync for Fenwick Hale - follow-up", [
    seg(uk, "Dear Olivia,"), BL(),
    seg(uk, "Thank you for your time on Thursday, and apologies for the slow reply – the Easter break got in the way."), BL(),
    seg(uk, "You asked whether the practice could outgrow Meridian Sync. Until 31 March, Meridian Sync was limited to 5,000 users per tenant; from 1 April it supports up to 10,000 users per tenant. With 86 staff today, you have ample headroom.",
        C("Until 31 March, Meridian Sync was limited to 5,000 users per tenant", S, "max_users", 5000, "ok", jd="2026-03-31"),
        C("from 1 April it supports up to 10,000 users per tenant", S, "max_users", 10000, "ok")), BL(),
    seg(uk, "On cost, Meridian Sync (previously sold as Meridian File Sync) is £329 per month for the whole practice, plus VAT. Your New York studio would see Meridian Sync at $399 a month on the US price list. Every user gets 1 TB of storage, which should comfortably hold your Revit models.",
        C("Meridian Sync (previously sold as Meridian File Sync) is £329 per month for the whole practice, plus VAT", S, "monthly_price", money(329, "GBP", "month", "excluded"), "ok"),
        C("Your New York studio would see Meridian Sync at $399 a month on the US price list", S, "monthly_price", money(399, "USD", "month"), "office-variant"),
        TM("Meridian File Sync")), BL(),
    seg(uk, "I'll send over the draft order form for 86 seats on a 24-month term, with the 10% charity-partner discount we discussed. The offer is open until 30 April."), BL(),
    seg(uk, "Kind regards,"), BL(), seg(uk, "Rupert"), BL(),
    seg(uk, "Rupert Haines\nSenior Account Manager, Architecture & Engineering\nMeridian Data UK Ltd | 1 Finsbury Avenue, London EC2M 2PF\nT: +44 (0)20 3884 2217 | M: +44 (0)7700 900 356\nMeridian Data UK Ltd is registered in England and Wales, company no. 11873204.")])
M[2].marker = None

# ---------------------------------------------------------------- 0003-0005 tokyo <-> Minato Sekkei (three depths of 99.9%)
g1_items = [
    seg(tk, "・メリディアン シンクの稼働率は99.9％です（月間、計画メンテナンスを除く）。",
        C("メリディアン シンクの稼働率は99.9％です", S, "sla", 99.9, "ok")),
    seg(tk, "・メリディアン・シンクのストレージ容量は1ユーザーあたり1TBで、CADデータの多い設計事務所様でも十分な容量です。",
        C("メリディアン・シンクのストレージ容量は1ユーザーあたり1TBで", S, "storage_per_user", TB, "ok")),
    seg(tk, "・同製品はISO 27001およびSOC 2 Type IIの認証を取得しております。",
        CS("同製品はISO 27001およびSOC 2 Type IIの認証を取得しております", S, "certifications", ["ISO 27001", "SOC 2 Type II"])),
    seg(tk, "・同製品の価格は月額5万円（税抜）です。",
        C("同製品の価格は月額5万円（税抜）です", S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok")),
    seg(tk, "・メリディアン シンクは回線が切れた状態でもオフラインで図面の編集を続けられますので、現場事務所でも安心です。",
        C("メリディアン シンクは回線が切れた状態でもオフラインで図面の編集を続けられます", S, "offline_mode", True, "conflict")),
]
g1_body = [seg(tk, "株式会社ミナト設計\n総務部 高橋様"), BL(),
           seg(tk, "お世話になっております。メリディアンデータ東京オフィスの佐藤でございます。\n昨日はお電話にてありがとうございました。ご質問いただいた点を下記にまとめました。"), BL()] + g1_items + [BL(),
           seg(tk, "所員45名様でのお見積りは、来週前半にお送りいたします。\nご不明な点がございましたら、お気軽にお問い合わせください。"), BL(), seg(tk, sig("sato"))]
M[3] = Msg(3, "gmail", D(2026, 5, 12, 15, 20, 11, 9), "sato", ["takahashi"], "メリディアン シンクについてのご回答", g1_body, ja=True)

g2_sla = seg(cu, "メリディアン シンクは稼働率99.9％と伺っておりますので、月に換算すると最大で約43分停止する可能性がある、という理解でおります。",
             C("メリディアン シンクは稼働率99.9％と伺っております", S, "sla", 99.9, "ok"))
g2_q1 = seg(cu, "(1) 現場事務所ではオフラインのまま図面を編集できるとのことですが、復帰後に同期の競合はどのように解決されますか。")
g2_q2 = seg(cu, "(2) 1ユーザーあたり1TBとのことですが、所員45名分で合計45TBという計算でよろしいでしょうか。")
M[4] = Msg(4, "gmail", D(2026, 5, 14, 11, 2, 37, 9), "takahashi", ["sato"], "Re: メリディアン シンクについてのご回答", [
    seg(cu, "佐藤様"), BL(),
    seg(cu, "いつもお世話になっております。ミナト設計の高橋です。\n早速のご連絡ありがとうございます。"), BL(),
    seg(cu, "所内で共有したところ、所長から確認するよう言われた点がありますのでお送りします。"), BL(),
    g2_sla, BL(),
    seg(cu, "その前提で、以下2点をご教示ください。"), g2_q1, g2_q2, BL(),
    seg(cu, "お手数ですが、よろしくお願いいたします。"), BL(), seg(cu, sig("takahashi")), BL(),
    seg(cu, gmail_attr_ja(M[3])), BL()] + q(g1_body), parent=M[3], ja=True)

M[5] = Msg(5, "gmail", D(2026, 5, 14, 17, 40, 9, 9), "sato", ["takahashi"], "Re: メリディアン シンクについてのご回答", [
    seg(tk, "高橋様"), BL(),
    seg(tk, "お世話になっております。メリディアンデータの佐藤です。\nご質問ありがとうございます。あわせて、前回のメールに誤りがございましたので訂正させてください。\n引用の下に回答を記載いたします。"), BL(),
    seg(tk, gmail_attr_ja(M[4])), BL()] + q([g2_sla]) + [BL(),
    seg(tk, "ご認識のとおりです。メリディアン シンクの稼働率SLAは99.9％で、下回った月はサービスクレジットで返金いたします。",
        C("メリディアン シンクの稼働率SLAは99.9％で", S, "sla", 99.9, "ok")), BL()] + q([g2_q1]) + [BL(),
    seg(tk, "大変申し訳ございません。前回「オフラインで図面の編集を続けられる」とご案内いたしましたが、誤りでした。\nメリディアン シンクはオフラインモードに対応しておりません。ファイルの編集・同期にはネットワーク接続が必要です。\n現場事務所には、モバイルルーターの併用をおすすめしております。",
        C("メリディアン シンクはオフラインモードに対応しておりません", S, "offline_mode", False, "ok")), BL()] + q([g2_q2]) + [BL(),
    seg(tk, "はい、その通りです。"), BL(), seg(tk, sig("sato")), BL()] + q([seg(cu, gmail_attr_ja(M[3])), BL()] + q(g1_body)),
    parent=M[4], ja=True, mbox=True)
M[3].mbox = True

# ---------------------------------------------------------------- 0006 tokyo forwards an us-hq note as an attachment
jordan = Msg(0, "gmail", D(2026, 5, 19, 16, 48, 2, -7), "jordan", ["sato"], "Re: Insight GA timing for Aoba Kaikei (JP)", [
    seg(us, "Hi Misaki,"), BL(),
    seg(us, "Happy to help with the Aoba question. Short version:"), BL(),
    seg(us, "- Meridian Insight stays in beta until general availability in January 2027.",
        C("Meridian Insight stays in beta until general availability in January 2027", I, "general_availability", "2027-01", "ok")),
    seg(us, "- You can build up to 200 dashboards per workspace in Meridian Insight, both in beta and after GA.",
        C("You can build up to 200 dashboards per workspace in Meridian Insight", I, "max_dashboards", 200, "ok")),
    seg(us, "- Meridian Insight's query latency target is 2 seconds at p95 on a 100M-row workspace.",
        C("Meridian Insight's query latency target is 2 seconds", I, "query_latency", dur(2, "seconds"), "ok")),
    seg(us, "- Pricing for Japan follows the JP price list; I'd leave that to you and Kenji."), BL(),
    seg(us, "Feel free to forward this to the customer."), BL(),
    seg(us, "Cheers,\nJordan"), BL(), seg(us, "--\nJordan Ellis | Group Product Manager, Meridian Insight\nMeridian Data Inc. | San Francisco")])
M[6] = Msg(6, "gmailfwd", D(2026, 5, 20, 9, 15, 30, 9), "sato", ["okada"], "Fwd: メリディアン インサイトの提供時期について", [
    seg(tk, "岡田様"), BL(),
    seg(tk, "お世話になっております。メリディアンデータの佐藤です。"), BL(),
    seg(tk, "先日お問い合わせいただいたメリディアン インサイトの提供時期について、米国本社の製品担当から回答がありましたので、元のメールを添付にて転送いたします（英文のみで恐縮です）。"), BL(),
    seg(tk, "要点としては、メリディアン インサイトの一般提供開始は2027年1月の予定で、それまではベータ版としてご利用いただけます。\nベータ期間中のお試しについては、別途ご案内いたします。",
        C("メリディアン インサイトの一般提供開始は2027年1月の予定で", I, "general_availability", "2027-01", "ok")), BL(),
    seg(tk, sig("sato"))], attach=jordan, ja=True, mbox=True)
M[6].attach_name = "Re_ Insight GA timing for Aoba Kaikei (JP).eml"

# ---------------------------------------------------------------- 0007-0011 us-hq <-> Kestrel (interleaved, edited quote, depth 0/1/4)
a1_scale = seg(us, "- Scale: one Meridian Sync tenant takes up to 10,000 users, so the Memphis and Reno depots can sit in one organization.",
               C("one Meridian Sync tenant takes up to 10,000 users", S, "max_users", 10000, "ok"))
a1_storage = seg(us, "- Storage: every named user on Meridian Sync has a 1 TB quota.",
                 C("every named user on Meridian Sync has a 1 TB quota", S, "storage_per_user", TB, "ok"))
a1_price = seg(us, "- Price: list is $399 a month for Meridian Sync, whole tenant, invoiced annually.",
               C("list is $399 a month for Meridian Sync", S, "monthly_price", money(399, "USD", "month"), "ok"))
a1_sla = seg(us, "- Availability: the Meridian Sync SLA is 99.9% monthly uptime, with service credits below that.",
             C("the Meridian Sync SLA is 99.9% monthly uptime", S, "sla", 99.9, "ok"))
a1_clients = seg(us, "- Clients: Meridian Sync has apps for Windows, macOS, iOS and Android.",
                 CS("Meridian Sync has apps for Windows, macOS, iOS and Android", S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"]))
M[7] = Msg(7, "gmail", D(2026, 6, 9, 16, 12, 44, -7), "dana", ["priya"], "Meridian Sync recap for Kestrel", [
    seg(us, "Hi Priya,"), BL(),
    seg(us, "Thanks again for the time on Monday with you and Luis. As promised, here's a short recap of what we covered on Meridian Sync, so your security and finance teams have it in writing."), BL(),
    a1_scale, a1_storage, a1_price, a1_sla, a1_clients, BL(),
    seg(us, "On the commercial side, the quote I sent on June 4 covers 2,350 seats and the 14% multi-year discount Luis asked about. The quote is valid until June 30."), BL(),
    seg(us, "I've pencilled in Tuesday, June 16 at 10:00 PT for the security review with Tomasz. Let me know if that slot works."), BL(),
    seg(us, "Best,\nDana"), BL(), seg(us, sig("dana"))], cc=["luis"], mbox=True)

a2_intro = seg(cu, "Thanks for the recap. A few questions inline, mostly from Tomasz on our security team.")
a2_scale = seg(cu, "Good. We're at roughly 2,350 people today and Reno is hiring, so headroom matters.")
a2_storage = seg(cu, "Is that pooled across the tenant or a hard cap per person? Our dispatch team stores a lot of scanned PODs.")
a2_linux = seg(cu, "Tomasz read on a vendor forum that Meridian Sync also runs on Linux. Our routing servers are Ubuntu, so that would be useful.",
               C("Tomasz read on a vendor forum that Meridian Sync also runs on Linux", S, "supported_platforms", "Linux", "conflict"))
a2_offline = seg(cu, "Also, do the handheld scanners need a connection? Drivers lose signal in the yard all the time. Can Meridian Sync work offline?")
a2_attr = seg(cu, gmail_attr(M[7], -5))
M[8] = Msg(8, "gmail", D(2026, 6, 10, 9, 3, 18, -5), "priya", ["dana"], "Re: Meridian Sync recap for Kestrel", [
    seg(cu, "Hi Dana,"), BL(), a2_intro, BL(), a2_attr, BL()] + q([a1_scale]) + [BL(), a2_scale, BL()] + q([a1_storage]) + [BL(),
    a2_storage, BL()] + q([a1_clients]) + [BL(), a2_linux, BL(), a2_offline, BL()] + q([a1_price]) + [BL(),
    seg(cu, "Understood. Finance will come back on the quote separately."), BL(),
    seg(cu, "Thanks,\nPriya"), BL(), seg(cu, sig("priya"))], cc=["luis"], parent=M[7])

a3_limit = seg(us, "Understood. Even if Reno doubles, you stay well inside the limit.")
a3_pool = seg(us, "Per person. The 1 TB is attached to each named user and is not pooled.")
a3_linux = seg(us, "No. Meridian Sync has desktop clients for Windows and macOS only; there is no Linux client today.",
               CS("Meridian Sync has desktop clients for Windows and macOS only", S, "supported_platforms", ["Windows", "macOS"]))
a3_api = seg(us, "For the Ubuntu servers, the REST API is the usual route.")
a3_offline = seg(us, "They do. Meridian Sync does not have an offline mode; the scanners need a signal to upload.",
                 C("Meridian Sync does not have an offline mode", S, "offline_mode", False, "ok"))
a3_vault_pre = "One more thing from Monday: Luis asked about backups for the dispatch database, and Meridian Vault would cover that. "
a3_vault = seg(us, a3_vault_pre + "Meridian Vault retention is 90 days by default, and it runs with a 15-minute RPO. I'll send the Vault one-pager separately.",
               C("Meridian Vault retention is 90 days by default", V, "retention", dur(90, "days"), "ok"),
               C("Meridian Vault retention is 90 days by default, and it runs with a 15-minute RPO", V, "rpo", dur(15, "minutes"), "ok"))
a3_attr = seg(us, gmail_attr(M[8], -7, wrap=True))
M[9] = Msg(9, "gmail", D(2026, 6, 11, 11, 40, 27, -7), "dana", ["priya"], "Re: Meridian Sync recap for Kestrel", [
    seg(us, "Hi Priya,"), BL(), seg(us, "Answers below, between your lines."), BL(), a3_attr, BL()]
    + q([a2_intro, BL(), a2_attr, BL()] + q([a1_scale]) + [BL(), a2_scale]) + [BL(), a3_limit, BL()]
    + q(q([a1_storage]) + [BL(), a2_storage]) + [BL(), a3_pool, BL()]
    + q(q([a1_clients]) + [BL(), a2_linux]) + [BL(), a3_linux, a3_api, BL()]
    + q([a2_offline]) + [BL(), a3_offline, BL(), a3_vault, BL(), seg(us, "Best,\nDana"), BL(), seg(us, sig("dana"))],
    cc=["luis"], parent=M[8], mbox=True)

# Priya's trimmed, edited quote of 0009: the Vault line now says 30 days (she retyped it) and carries her note.
a3_vault_edited = seg(us, "Meridian Vault retention is 30 days by default, and it runs with a 15-minute RPO. [PR: too short for our DOT audit trail?]",
                      C("Meridian Vault retention is 30 days by default", V, "retention", dur(30, "days"), "conflict"),
                      C("Meridian Vault retention is 30 days by default, and it runs with a 15-minute RPO", V, "rpo", dur(15, "minutes"), "ok"))
a4_top = [
    seg(cu, "Dana,"), BL(),
    seg(cu, "Thanks, that's clear, and Tomasz is fine with the API route for the Ubuntu boxes. Since a Meridian Sync tenant can hold up to 10,000 users, we'll keep Memphis and Reno on one tenant.",
        C("Since a Meridian Sync tenant can hold up to 10,000 users", S, "max_users", 10000, "ok")), BL(),
    seg(cu, "Two things before Tuesday:"), BL(),
    seg(cu, "1. Our UK entity (Kestrel Freight Ltd) met your London office last week and was told that Meridian Vault has a 99.99% availability SLA. Your one-pager says otherwise. Which is it?",
        C("was told that Meridian Vault has a 99.99% availability SLA", V, "sla", 99.99, "conflict")), BL(),
    seg(cu, "2. I've pasted your answers into the steering-group pack. Trimmed version below, so you can sanity-check what I've sent upstairs."), BL(),
    seg(cu, "Priya"), BL()]
a4_quoted = q([a3_attr, BL()] + q([a2_attr, BL()] + q([a1_scale]) + [BL(), a2_scale]) + [BL(), a3_limit, BL(), a3_pool, BL(),
              seg(us, "No. Meridian Sync has desktop clients for Windows and macOS only; there is no Linux client today.", *a3_linux.claims), BL(),
              a3_offline, BL(), a3_vault_edited])
a4_attr = seg(cu, gmail_attr(M[9], -5, wrap=True))
M[10] = Msg(10, "gmail", D(2026, 6, 15, 8, 20, 5, -5), "priya", ["dana"], "Re: Meridian Sync recap for Kestrel",
            a4_top + [a4_attr, BL()] + a4_quoted, cc=["luis"], parent=M[9])

M[11] = Msg(11, "gmail", D(2026, 6, 15, 14, 5, 51, -7), "dana", ["priya"], "Re: Meridian Sync recap for Kestrel", [
    seg(us, "Hi Priya,"), BL(), seg(us, "Short answers, then see you Tuesday."), BL(),
    seg(us, "1) No: Meridian Vault's SLA is 99.95%, not 99.99%. I'll check with our London team where the other figure came from.",
        C("Meridian Vault's SLA is 99.95%, not 99.99%", V, "sla", 99.95, "ok")), BL(),
    seg(us, "2) Your trimmed version has the Vault retention wrong, which is my fault for writing a long paragraph. Default retention on Meridian Vault is 90 days; longer retention is a paid add-on.",
        C("Default retention on Meridian Vault is 90 days", V, "retention", dur(90, "days"), "ok")), BL(),
    seg(us, "3) Yes, one tenant. Meridian Sync's limit of 10,000 users leaves plenty of room for Reno.",
        C("Meridian Sync's limit of 10,000 users leaves plenty of room for Reno", S, "max_users", 10000, "ok")), BL(),
    seg(us, "Dana"), BL(), seg(us, sig("dana")), BL(),
    seg(us, gmail_attr(M[10], -7)), BL()] + q(M[10].segs), cc=["luis"], parent=M[10], mbox=True)

# ---------------------------------------------------------------- 0012-0014 london <-> Harrow & Finch (Outlook, inline in blue)
c1_q = [
    seg(cu, "1. Your brochure says a Meridian Vault tenant can hold up to 1 PB. We have about 640 TB of matter files, so is that still the case?",
        C("Your brochure says a Meridian Vault tenant can hold up to 1 PB", V, "max_storage", 10 ** 15, "conflict")),
    seg(cu, "2. Where would our backups physically live? We need them in the UK or the EU."),
    seg(cu, "3. What is the availability commitment for Meridian Vault?"),
    seg(cu, "4. How long are backups kept by default, and can we extend that to seven years for client files?"),
    seg(cu, "5. Is the price per TB still as in your proposal of 12 June?"),
    seg(cu, "6. Is Meridian Vault certified to ISO 27001? Our panel clients ask for it.")]
c1_head = [seg(cu, "Hi Emma,"), BL(),
           seg(cu, "Thanks for the session on Thursday. Ahead of the partners' meeting on 21 July I've collected the questions from our DPO and the finance team:"), BL()]
c1_tail = [BL(), seg(cu, "Kind regards,\nJames"), BL(), seg(cu, sig("james"))]
M[12] = Msg(12, "outlook", D(2026, 7, 6, 10, 14, 33, 1), "james", ["emma"], "Meridian Vault - questions ahead of the partners' meeting",
            c1_head + c1_q + c1_tail, cc=["aisha"])
M[12].marker = "[Emma Clarke]"
EC = "[Emma Clarke] "
c2_answers = [
    seg(uk, EC + "No, that brochure was an early draft. Meridian Vault holds up to 500 TB per tenant, so we would split the archive across two tenants or tier the older matters.",
        C("Meridian Vault holds up to 500 TB per tenant", V, "max_storage", 500 * TB, "ok")),
    seg(uk, EC + "Meridian Vault is hosted in Frankfurt, Oregon, Tokyo and Osaka, so Frankfurt would be your EU location. We don't have a UK data centre.",
        CS("Meridian Vault is hosted in Frankfurt, Oregon, Tokyo and Osaka", V, "data_centers", ["Frankfurt", "Oregon", "Tokyo", "Osaka"])),
    seg(uk, EC + "We commit to 99.99% availability for Meridian Vault, with service credits if we miss it.",
        C("We commit to 99.99% availability for Meridian Vault", V, "sla", 99.99, "conflict")),
    seg(uk, EC + "Retention beyond the default, including seven years for client files, is available as an add-on; I'll send the rate card separately."),
    seg(uk, EC + "Yes. Storage on Meridian Vault is still £16 per TB per month plus VAT, and the 8% volume discount in the 12 June proposal still stands.",
        C("Storage on Meridian Vault is still £16 per TB per month plus VAT", V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok")),
    seg(uk, EC + "Meridian Vault is covered by our SOC 2 Type II report. Our ISO 27001 certificate currently covers Meridian Sync only.",
        C("Meridian Vault is covered by our SOC 2 Type II report", V, "certifications", "SOC 2 Type II", "unverified"),
        C("Our ISO 27001 certificate currently covers Meridian Sync only", S, "certifications", "ISO 27001", "ok"))]
c2_inline = []
for qq, aa in zip(qo(c1_q), c2_answers):
    c2_inline += [qq, aa]
c2_body = [seg(uk, "Hi James,"), BL(), seg(uk, "Please see my answers inline below, in blue and marked with my name."), BL(),
           seg(uk, "Best wishes,\nEmma"), BL(), seg(uk, sig("emma")), BL(),
           seg(uk, outlook_block(M[12], ["emma"], ["aisha"])), BL()] + qo(c1_head) + c2_inline + qo(c1_tail)
M[13] = Msg(13, "outlook", D(2026, 7, 8, 16, 47, 20, 1), "emma", ["james"], "RE: Meridian Vault - questions ahead of the partners' meeting",
            c2_body, cc=["aisha"], parent=M[12], mbox=True)
M[13].marker = "[Emma Clarke]"
M[14] = Msg(14, "outlook", D(2026, 7, 14, 9, 2, 48, 1), "james", ["emma"], "RE: Meridian Vault - questions ahead of the partners' meeting", [
    seg(cu, "Hi Emma,"), BL(),
    seg(cu, "Thanks, that's very helpful. The partners approved the pilot on Tuesday: 180 TB in Frankfurt to start, and Aisha will raise the PO this week."), BL(),
    seg(cu, "One follow-up from our DPO: does the 99.99% figure apply to restores as well as to backups, or only to the backup service itself?"), BL(),
    seg(cu, "Regards,\nJames"), BL(), seg(cu, sig("james")), BL(),
    seg(cu, outlook_block(M[13], ["james"], ["aisha"])), BL()] + qo(c2_body), cc=["aisha"], parent=M[13], mbox=True)
M[14].marker = "[Emma Clarke]"

# ---------------------------------------------------------------- 0015-0016 partner -> us-hq, answered in blue inside the blockquote (HTML only)
h1_lines = [
    seg(cu, "Hi Marcus,"), BL(),
    seg(cu, "Following up on our call about Dunmore Health. They're comparing Meridian Insight against a Power BI rollout, and their CFO has a few questions before the 9/3 steering meeting:"), BL(),
    seg(cu, "1. Their analytics lead heard that Meridian Insight queries come back in under a second. Is that realistic on a 60M-row dataset?",
        C("Their analytics lead heard that Meridian Insight queries come back in under a second", I, "query_latency", dur(1, "seconds"), "conflict")),
    seg(cu, "2. How many data sources can it connect to out of the box? They run Epic, Workday and Snowflake."),
    seg(cu, "3. Is there a trial, and how long is it?"),
    seg(cu, "4. What SLA does Meridian Insight carry?"),
    seg(cu, "5. Dunmore already runs Meridian Sync, and their IT team believes a Meridian Sync tenant tops out at 5,000 users. Is that still the case?",
        C("their IT team believes a Meridian Sync tenant tops out at 5,000 users", S, "max_users", 5000, "stale")), BL(),
    seg(cu, "They're looking at roughly 450 users in year one."), BL(),
    seg(cu, "Thanks,\nBen"), BL(),
    seg(cu, "--\nBen Achterberg | Solutions Architect\nNorthgate IT Solutions LLC | Meridian Data Authorized Partner\n1200 Post Oak Blvd, Suite 410, Houston, TX 77056\no: (713) 555-0188 | m: (832) 555-0107")]
M[15] = Msg(15, "thunderbird", D(2026, 8, 24, 15, 47, 12, -5), "ben", ["marcus"], "Dunmore Health - Meridian Insight questions", h1_lines)
h2_ans = {
    1: seg(us, "Not quite. On a 60M-row dataset, Meridian Insight query latency stays within 2 seconds at p95.",
           C("Meridian Insight query latency stays within 2 seconds", I, "query_latency", dur(2, "seconds"), "ok")),
    2: seg(us, "Meridian Insight ships with 40+ pre-built connectors, and Epic, Workday and Snowflake are all on the list.",
           C("Meridian Insight ships with 40+ pre-built connectors", I, "integrations", 40, "unverified")),
    3: seg(us, "Yes: the Meridian Insight free trial runs for 30 days, no card required.",
           C("the Meridian Insight free trial runs for 30 days", I, "free_trial", dur(30, "days"), "ok")),
    4: seg(us, "None yet. Meridian Insight is still in beta, so there is no contractual SLA until GA."),
    5: seg(us, "No. Since April 1, a Meridian Sync tenant takes up to 10,000 users.",
           C("Since April 1, a Meridian Sync tenant takes up to 10,000 users", S, "max_users", 10000, "ok")),
}
h2_top = [seg(us, "Hi Ben,"), seg(us, "Good questions. My answers are inline below in blue."),
          seg(us, "If it helps, we can set Dunmore up with a risk-free pilot in September.", PH("a risk-free pilot", "en.guarantee")),
          seg(us, "Marcus"), seg(us, sig("marcus"))]
h2_segs = h2_top + qo(h1_lines) + list(h2_ans.values())


def h2_html():
    e = lambda s: html.escape(s, quote=False)
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">']
    for s in h2_top:
        out.append("<p>%s</p>" % e(s.text).replace("\n", "<br>\n"))
    out.append("</div>")
    out.append("<div>%s</div>" % e(gmail_attr(M[15], -7).replace("Ben Achterberg <", "Ben Achterberg <")))
    out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
    for s in h1_lines:
        out.append("<div>%s</div>" % (e(s.text).replace("\n", "<br>\n") if s.text else "<br>"))
        m = re.match(r"(\d)\. ", s.text)
        if m:
            out.append('<div><span style="color:blue">%s</span></div>' % e(h2_ans[int(m.group(1))].text))
    out += ["</blockquote>", "</body></html>"]
    return "\n".join(out) + "\n"


M[16] = Msg(16, "htmlonly", D(2026, 8, 25, 9, 12, 40, -7), "marcus", ["ben"], "Re: Dunmore Health - Meridian Insight questions",
            h2_segs, parent=M[15], mbox=True, html_body=None)
M[16].html_body = h2_html()

# ---------------------------------------------------------------- 0017-0020 tokyo <-> Hokuto Seiki (inline answers after 「→」)
b1_s_head = seg(tk, "■メリディアン シンク")
b1_users = seg(tk, "・メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。",
               C("メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます", S, "max_users", 10000, "ok"))
b1_price = seg(tk, "・同製品の月額料金は50,000円（税抜）、税込では55,000円です。",
               C("同製品の月額料金は50,000円（税抜）", S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok"),
               C("税込では55,000円です", S, "monthly_price", money(55000, "JPY", "month", "included"), "ok"))
b1_sla = seg(tk, "・同製品の稼働率SLAは99.9％でございます。", C("同製品の稼働率SLAは99.9％でございます", S, "sla", 99.9, "ok"))
b1_os = seg(tk, "・同製品の対応OSはWindows、Mac、iPhone/iPad、Androidです。",
            CS("同製品の対応OSはWindows、Mac、iPhone/iPad、Androidです", S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"]))
b1_v_head = seg(tk, "■メリディアン ボールト")
b1_rpo = seg(tk, "・メリディアン ボールトのRPO（目標復旧時点）は15分です。",
             C("メリディアン ボールトのRPO（目標復旧時点）は15分です", V, "rpo", dur(15, "minutes"), "ok"))
b1_ret = seg(tk, "・同製品のバックアップ保持期間は、標準で90日間となります。",
             C("同製品のバックアップ保持期間は、標準で90日間となります", V, "retention", dur(90, "days"), "ok"))
b1_dc = seg(tk, "・同製品のデータセンターは東京と大阪にございます。",
            CS("同製品のデータセンターは東京と大阪にございます", V, "data_centers", ["Tokyo", "Osaka"]))
M[17] = Msg(17, "thunderbird", D(2026, 9, 1, 18, 30, 2, 9), "tanaka", ["kobayashi"], "メリディアン シンク／ボールト　お打ち合わせ内容のご確認", [
    seg(tk, "北斗精機株式会社\n情報システム課 小林様"), BL(),
    seg(tk, "いつもお世話になっております。\nメリディアンデータ東京オフィスの田中です。"), BL(),
    seg(tk, "本日はお打ち合わせのお時間をいただき、誠にありがとうございました。\nご説明した内容を、念のため下記にまとめてお送りいたします。"), BL(),
    b1_s_head, b1_users, b1_price, b1_sla, b1_os, BL(), b1_v_head, b1_rpo, b1_ret, b1_dc, BL(),
    seg(tk, "御社のご利用予定は約1,200名（本社・刈谷工場・豊橋工場）と伺っておりますので、\nお見積書は1,200ライセンス、2026年10月1日開始の12か月契約で作成いたします。\n9月10日までにお送りいたします。"), BL(),
    seg(tk, "引き続きよろしくお願いいたします。"), BL(), seg(tk, sig("tanaka"))], ja=True, mbox=True)

b2_q = {
    1: seg(cu, "（質問1）グループ会社2社も同じテナントに入る可能性があります。合計で1万名を超える場合はどうなりますか。"),
    2: seg(cu, "（質問2）メリディアン シンクの月額料金は、ユーザー数にかかわらず50,000円（税抜）という理解でよろしいでしょうか。"),
    3: seg(cu, "（質問3）弊社の基準では、基幹系は稼働率99.95％以上となっております。上位プランはありますか。"),
    4: seg(cu, "（質問4）先週、代理店のサクラクラウドパートナーズ様からは、メリディアン ボールトのRPOは5分と伺っております。どちらが正しいのでしょうか。",
           C("メリディアン ボールトのRPOは5分と伺っております", V, "rpo", dur(5, "minutes"), "conflict")),
    5: seg(cu, "（質問5）シンガポールにも拠点があるとお聞きしましたが、タイ工場のデータも保管できますか。"),
}
b2_attr = seg(cu, gmail_attr_ja(M[17]))
b2_pairs = [([b1_s_head, b1_users], b2_q[1]), ([b1_price], b2_q[2]), ([b1_sla], b2_q[3]), ([b1_v_head, b1_rpo], b2_q[4]), ([b1_dc], b2_q[5])]
b2_body = [seg(cu, "田中様"), BL(),
           seg(cu, "お世話になっております。北斗精機の小林です。\n早速おまとめいただき、ありがとうございました。\n社内で回覧したところいくつか質問が出ましたので、引用の間に記載いたします。"), BL(), b2_attr]
for i, (quoted, question) in enumerate(b2_pairs):
    b2_body += ([] if i == 0 else [BL()]) + q(quoted) + [BL(), question]
b2_body += [BL(), seg(cu, "以上、よろしくお願いいたします。"), BL(), seg(cu, sig("kobayashi"))]
M[18] = Msg(18, "gmail", D(2026, 9, 3, 10, 12, 55, 9), "kobayashi", ["tanaka"], "Re: メリディアン シンク／ボールト　お打ち合わせ内容のご確認",
            b2_body, parent=M[17], ja=True)

b3_ans = {
    1: seg(tk, "→ 1万ユーザーを超える場合は、テナントを分けてご契約いただく形となります。テナント間のファイル共有も設定可能です。"),
    2: seg(tk, "→ はい、その通りです。"),
    3: seg(tk, "→ 申し訳ございませんが、上位プランはございません。メリディアン シンクのSLAは全プラン共通で99.9％です。",
           C("メリディアン シンクのSLAは全プラン共通で99.9％です", S, "sla", 99.9, "ok")),
    4: seg(tk, "→ 15分が正しい値です。代理店様には私から訂正をお伝えいたします。"),
    5: seg(tk, "→ メリディアン ボールトには、シンガポールのデータセンターはございません。同製品では、海外拠点のデータをオレゴンまたはフランクフルトのデータセンターに保管いただけます。",
           CS("同製品では、海外拠点のデータをオレゴンまたはフランクフルトのデータセンターに保管いただけます", V, "data_centers", ["Oregon", "Frankfurt"])),
}
b3_body = [seg(tk, "小林様"), BL(),
           seg(tk, "いつもお世話になっております。メリディアンデータの田中です。\nご質問ありがとうございます。各ご質問の下に「→」で回答を記載いたしました。"), BL(),
           seg(tk, tb_attr_ja(M[18]))]
for i, (quoted, question) in enumerate(b2_pairs):
    b3_body += q(([b2_attr] if i == 0 else []) + q(quoted) + [BL(), question]) + [BL(), b3_ans[i + 1], BL()]
b3_body += [seg(tk, "あわせて、先日ご関心をお持ちいただいたメリディアン インサイトについて補足いたします。\nメリディアン インサイトは現在ベータ版で、2027年1月に一般提供を開始する予定です。\n同製品の料金は、1ユーザーあたり月額4,000円（税抜）を予定しております。",
                C("メリディアン インサイトは現在ベータ版で、2027年1月に一般提供を開始する予定です", I, "general_availability", "2027-01", "ok"),
                C("同製品の料金は、1ユーザーあたり月額4,000円（税抜）を予定しております", I, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok")), BL(),
            seg(tk, "引き続きよろしくお願いいたします。"), BL(), seg(tk, sig("tanaka"))]
M[19] = Msg(19, "thunderbird", D(2026, 9, 4, 11, 20, 14, 9), "tanaka", ["kobayashi"], "Re: メリディアン シンク／ボールト　お打ち合わせ内容のご確認",
            b3_body, parent=M[18], ja=True, mbox=True)

M[20] = Msg(20, "gmail", D(2026, 9, 7, 9, 45, 31, 9), "kobayashi", ["tanaka"], "Re: メリディアン シンク／ボールト　お打ち合わせ内容のご確認", [
    seg(cu, "田中様"), BL(),
    seg(cu, "お世話になっております。北斗精機の小林です。\nご回答ありがとうございました。"), BL(),
    seg(cu, "メリディアン シンクのSLAが全プラン共通で99.9％である点、承知いたしました。基幹系の基準については、社内で例外申請を行います。\nRPOについても15分で社内に展開いたします。",
        C("メリディアン シンクのSLAが全プラン共通で99.9％である点、承知いたしました", S, "sla", 99.9, "ok")), BL(),
    seg(cu, "1点だけ追加で確認させてください。\n先月の展示会で、御社大阪オフィスの山本様から、メリディアン インサイトは2026年12月に正式リリースと伺っております。\n田中様からの「2027年1月」というご案内と異なりますので、どちらが正しいかご確認いただけますでしょうか。",
        C("メリディアン インサイトは2026年12月に正式リリースと伺っております", I, "general_availability", "2026-12", "conflict")), BL(),
    seg(cu, "稟議は9月15日に提出予定です。"), BL(), seg(cu, sig("kobayashi")), BL(),
    seg(cu, gmail_attr_ja(M[19])), BL()] + q(b3_body), parent=M[19], ja=True)

# ---------------------------------------------------------------- 0021-0024 osaka <-> Naniwa HD (Outlook JP, answers in blue with 【山本】)
d1_items = [seg(cu, "1. 正式リリースの時期"),
            seg(cu, "2. 料金（1ユーザーあたりの月額）。弊社では約320名での利用を想定しております。"),
            seg(cu, "3. 無料トライアルの期間"),
            seg(cu, "4. ダッシュボードの作成上限（各社ごとに約40、合計で250程度を想定）"),
            seg(cu, "5. クエリの応答時間。現行のBIツールでは、1回の集計に30秒以上かかっております。"),
            seg(cu, "6. 対応言語（海外子会社3社で英語・中国語が必要です）")]
d1_head = [seg(cu, "メリディアンデータ株式会社\n大阪オフィス 山本様"), BL(),
           seg(cu, "いつもお世話になっております。浪速ホールディングスの西田でございます。\n先日はメリディアン インサイトのデモをしていただき、ありがとうございました。"), BL(),
           seg(cu, "グループ各社の経営会議資料をメリディアン インサイトに集約する件につき、下記の点についてご教示いただけますでしょうか。"), BL()]
d1_tail = [BL(), seg(cu, "お忙しいところ恐れ入りますが、11月の役員会までに方針を決めたく存じます。\n何卒よろしくお願いいたします。"), BL(), seg(cu, sig("nishida"))]
M[21] = Msg(21, "outlook", D(2026, 10, 5, 13, 40, 8, 9), "nishida", ["yamamoto"], "メリディアン インサイトについてのご質問",
            d1_head + d1_items + d1_tail, ja=True)
M[21].marker = "【山本】"
YM = "【山本】"
d2_ans = [
    seg(osk, YM + "メリディアン インサイトは2026年12月の正式リリースを予定しております。それまではベータ版としてご利用いただけます。",
        C("メリディアン インサイトは2026年12月の正式リリースを予定しております", I, "general_availability", "2026-12", "conflict")),
    seg(osk, YM + "メリディアン インサイトの料金は、1ユーザーあたり月額4,400円（税込）でございます。320名様分のお見積書は別途お送りいたします。",
        C("メリディアン インサイトの料金は、1ユーザーあたり月額4,400円（税込）でございます", I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok")),
    seg(osk, YM + "無料トライアルは、メリディアン インサイトの場合30日間となります。",
        C("無料トライアルは、メリディアン インサイトの場合30日間となります", I, "free_trial", dur(30, "days"), "ok")),
    seg(osk, YM + "ダッシュボードは、メリディアン インサイト1環境につき300個まで作成いただけます。合計250個のご想定でも問題ございません。",
        C("ダッシュボードは、メリディアン インサイト1環境につき300個まで作成いただけます", I, "max_dashboards", 300, "conflict")),
    seg(osk, YM + "1億行規模のデータでも、メリディアン インサイトの応答時間は2秒以内です（当社測定、p95）。",
        C("メリディアン インサイトの応答時間は2秒以内です", I, "query_latency", dur(2, "seconds"), "ok")),
    seg(osk, YM + "メリディアン インサイトの画面表示は12言語に対応しております。英語・中国語（簡体字）も含まれます。",
        C("メリディアン インサイトの画面表示は12言語に対応しております", I, "ui_languages", 12, "unverified"))]
d2_inline = []
for qq, aa in zip(qo(d1_items), d2_ans):
    d2_inline += [qq, aa]
d2_body = [seg(osk, "西田様"), BL(),
           seg(osk, "いつもお世話になっております。メリディアンデータ大阪オフィスの山本でございます。\nご質問の各項目について、下記に青字で回答を記入いたしました。\nご確認のほど、よろしくお願いいたします。"), BL(),
           seg(osk, "なお、メリディアン インサイトは、日本語の自然文でデータを検索できる業界初のBIサービスです。デモ環境もご用意しておりますので、お気軽にお申し付けください。",
               PH("日本語の自然文でデータを検索できる業界初のBIサービスです", "ja.first-in-industry")), BL(),
           seg(osk, sig("yamamoto")), BL(),
           seg(osk, outlook_block(M[21], ["yamamoto"], ja=True)), BL()] + qo(d1_head) + d2_inline + qo(d1_tail)
M[22] = Msg(22, "outlook", D(2026, 10, 7, 17, 55, 46, 9), "yamamoto", ["nishida"], "RE: メリディアン インサイトについてのご質問",
            d2_body, parent=M[21], ja=True, mbox=True)
M[22].marker = YM
d3_body = [seg(cu, "山本様"), BL(),
           seg(cu, "お世話になっております。浪速ホールディングスの西田です。\nご丁寧にご回答いただき、ありがとうございました。"), BL(),
           seg(cu, "メリディアン インサイトではダッシュボードを300個まで作成できるとのことで、グループ全体での利用にも支障はないと判断しております。",
               C("メリディアン インサイトではダッシュボードを300個まで作成できるとのことで", I, "max_dashboards", 300, "conflict")), BL(),
           seg(cu, "1点追加でお伺いいたします。\n正式リリースが2026年12月とのことですが、トライアル期間中に作成したダッシュボードは正式版へ引き継げますでしょうか。"), BL(),
           seg(cu, "11月の役員会資料に反映いたしますので、恐れ入りますが今週中にご回答いただけますと幸いです。"), BL(),
           seg(cu, sig("nishida")), BL(),
           seg(cu, outlook_block(M[22], ["nishida"], ja=True, original_marker=True)), BL()] + qo(d2_body)
M[23] = Msg(23, "outlook", D(2026, 10, 9, 10, 5, 19, 9), "nishida", ["yamamoto"], "RE: メリディアン インサイトについてのご質問",
            d3_body, parent=M[22], ja=True)
M[23].marker = YM
M[24] = Msg(24, "outlook", D(2026, 10, 9, 15, 30, 37, 9), "yamamoto", ["nishida"], "RE: メリディアン インサイトについてのご質問", [
    seg(osk, "西田様"), BL(),
    seg(osk, "いつもお世話になっております。メリディアンデータの山本です。\n先日の回答に誤りがございましたので、訂正させていただきます。"), BL(),
    seg(osk, "ダッシュボードの作成上限につきまして、前回のメールで300個とご案内いたしましたが、正しくは200個でございました。\nメリディアン インサイトで作成できるダッシュボードは、1ワークスペースあたり最大200個です。\n合計250個をご想定の場合は、ワークスペースを2つに分けてご利用いただく形となります（追加費用はかかりません）。",
        C("メリディアン インサイトで作成できるダッシュボードは、1ワークスペースあたり最大200個です", I, "max_dashboards", 200, "ok")), BL(),
    seg(osk, "また、正式リリースの時期につきましても社内で再確認いたしました。\nメリディアン インサイトの一般提供開始は2027年1月の予定でございます。前回お伝えした時期は誤りでした。\nトライアル期間中に作成したダッシュボードは、そのまま正式版へ引き継いでご利用いただけます。",
        C("メリディアン インサイトの一般提供開始は2027年1月の予定でございます", I, "general_availability", "2027-01", "ok")), BL(),
    seg(osk, "重ねてお詫び申し上げます。引き続きよろしくお願いいたします。"), BL(), seg(osk, sig("yamamoto")), BL(),
    seg(osk, outlook_block(M[23], ["yamamoto"], ja=True)), BL()] + qo(d3_body), parent=M[23], ja=True, mbox=True)
M[24].marker = YM
M[1].mbox = M[2].mbox = True
for m in M.values():
    if not hasattr(m, "marker"):
        m.marker = None
jordan.marker = None

# ================================================================== documents
DOCS = []


def doc(path, office, text, items):
    DOCS.append((path, office, text, [x for it in items for x in (it if isinstance(it, list) else [it])]))


doc("docs/tokyo/hokuto-seiki_teian_v3.md", tk, T_("""
    # 北斗精機株式会社様　クラウド基盤ご提案書（第3版）

    2026年11月18日
    メリディアンデータ株式会社 東京オフィス 第二営業部

    ## 1. ご提案の背景

    北斗精機株式会社様（以下、貴社）では、本社・刈谷工場・豊橋工場の約1,200名が、図面・品質記録・生産管理データを部門ごとのファイルサーバーで管理されています。
    本書では、ファイル共有基盤としてメリディアン シンクを、生産管理サーバーのバックアップ基盤としてメリディアン ボールトをご提案いたします。

    メリディアン シンクは、国内製造業における導入社数No.1※のファイル共有サービスです。

    ※2026年9月 東京リサーチ調べ（国内製造業向けファイル共有サービス8製品の導入社数）

    ## 2. メリディアン シンク

    | 項目 | 貴社ご要件 | メリディアン シンク |
    |---|---|---|
    | 利用者数 | 1,500名以上 | 最大10,000ユーザー（1テナントあたり） |
    | ストレージ容量 | 1名あたり500GB以上 | 1ユーザーあたり1TB |
    | 稼働率（SLA） | 99.9%以上 | 99.9%（月間） |
    | 対応OS | Windows、iPad | Windows、macOS、iOS、Android |
    | 第三者認証 | ISMS相当 | ISO/IEC 27001、SOC 2 Type II |

    ## 3. メリディアン ボールト

    - RPO（目標復旧時点）：15分
    - 標準の保持期間：~~30日間~~ 90日間
    - データセンター：東京・大阪
    - 保存時の暗号化：AES-256
    - RTO（目標復旧時間）：4時間以内

    ## 4. 月額お見積り（単価・金額はすべて税抜）

    | 品目 | 数量 | 単価 | 金額 |
    |---|---|---|---|
    | メリディアン シンク 月額基本料金 | 1式 | 50,000円 | 50,000円 |
    | メリディアン ボールト 容量課金（1TBあたり） | 40 | 2,800円 | 112,000円 |
    | 月額合計 | | | 162,000円 |

    ご契約期間は2027年1月1日からの12か月間を想定しております。本お見積りの有効期限は2026年12月25日です。

    ## 5. 導入スケジュール

    | 時期 | 内容 |
    |---|---|
    | 2026年12月 | 詳細設計、アカウント移行計画 |
    | 2027年1月 | 本社 約400名で先行利用開始 |
    | 2027年2月〜3月 | 刈谷工場・豊橋工場へ展開 |
    """) + "\n", [
    C("最大10,000ユーザー（1テナントあたり）", S, "max_users", 10000, "ok"),
    C("| ストレージ容量 | 1名あたり500GB以上 | 1ユーザーあたり1TB |", S, "storage_per_user", TB, "ok"),
    C("| 稼働率（SLA） | 99.9%以上 | 99.9%（月間） |", S, "sla", 99.9, "ok"),
    CS("Windows、macOS、iOS、Android", S, "supported_platforms", ["Windows", "macOS", "iOS", "Android"]),
    CS("ISO/IEC 27001、SOC 2 Type II", S, "certifications", ["ISO 27001", "SOC 2 Type II"]),
    C("RPO（目標復旧時点）：15分", V, "rpo", dur(15, "minutes"), "ok"),
    C("標準の保持期間：~~30日間~~ 90日間", V, "retention", dur(90, "days"), "ok"),
    CS("データセンター：東京・大阪", V, "data_centers", ["Tokyo", "Osaka"]),
    C("保存時の暗号化：AES-256", V, "encryption", "AES-256", "ok"),
    C("RTO（目標復旧時間）：4時間以内", V, "rto", dur(4, "hours"), "unverified"),
    C("| メリディアン シンク 月額基本料金 | 1式 | 50,000円 | 50,000円 |", S, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok"),
    C("| メリディアン ボールト 容量課金（1TBあたり） | 40 | 2,800円 | 112,000円 |", V, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok"),
])

DRAFT = T_("""
    # 北斗精機株式会社様　クラウド基盤ご提案書（第2版・社内レビュー用）

    ※第3版で差し替え済み。社外送付不可。

    ## 2. メリディアン シンク

    - 利用者数：最大5,000ユーザー
    - 稼働率：99.99%
    - メリディアン シンクは業界No.1のファイル共有サービスです。
    """) + "\n"

doc("docs/london/harrow-finch_vault-proposal.html", uk, T_("""
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <title>Backup and recovery proposal - Harrow &amp; Finch LLP</title>
    <style>body{font-family:Georgia,serif;max-width:46em} table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px 8px}</style>
    </head>
    <body>
    <h1>Backup and recovery proposal for Harrow &amp; Finch LLP</h1>
    <p>Prepared by Emma Clarke, Meridian Data UK Ltd &middot; 19 November 2026 &middot; Ref. HF-2026-117</p>

    <h2>1. Summary</h2>
    <p>Harrow &amp; Finch holds roughly 640 TB of matter files across two document management systems. We propose a phased migration, starting with 180 TB of closed matters in Q1 2027.</p>
    <p>Meridian Vault offers industry-leading restore times for legal workloads<sup>1</sup>.</p>

    <h2>2. Meridian Vault service summary</h2>
    <table>
    <caption>Meridian Vault &mdash; service levels</caption>
    <tr><th>Item</th><th>Commitment</th></tr>
    <tr><td>Recovery point objective (RPO)</td><td>15 minutes</td></tr>
    <tr><td>Default retention</td><td>90 days</td></tr>
    <tr><td>Availability SLA</td><td>99.95%</td></tr>
    <tr><td>Data centres</td><td>Frankfurt (primary), Oregon (secondary)</td></tr>
    <tr><td>Encryption at rest</td><td>AES-256</td></tr>
    <tr><td>Capacity per tenant</td><td>up to 500 TB</td></tr>
    </table>

    <h2>3. Pricing</h2>
    <table>
    <caption>Meridian Vault pricing (GBP, excluding VAT)</caption>
    <tr><th>Item</th><th>Unit price</th></tr>
    <tr><td>Storage, per TB per month</td><td><del>&pound;18.00</del> &pound;16.00</td></tr>
    </table>
    <p>Unlimited restore requests are included at no extra charge.</p>

    <h2>4. Notes</h2>
    <p>For the initial 180 TB, year-one charges come to &pound;34,560 excluding VAT. A one-off onboarding and migration fee of &pound;4,500 applies.</p>
    <p>Harrow &amp; Finch already uses Meridian Sync for its 410 fee earners; no change is proposed there.</p>
    <p class="footnote"><sup>1</sup> Source: Halden Research, UK Legal Sector Backup Benchmark, March 2026.</p>
    </body>
    </html>
    """) + "\n", [
    C("Recovery point objective (RPO) 15 minutes", V, "rpo", dur(15, "minutes"), "ok"),
    C("Default retention 90 days", V, "retention", dur(90, "days"), "ok"),
    C("Availability SLA 99.95%", V, "sla", 99.95, "ok"),
    CS("Data centres Frankfurt (primary), Oregon (secondary)", V, "data_centers", ["Frankfurt", "Oregon"]),
    C("Encryption at rest AES-256", V, "encryption", "AES-256", "ok"),
    C("Capacity per tenant up to 500 TB", V, "max_storage", 500 * TB, "ok"),
    C("Storage, per TB per month £18.00 £16.00", V, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok"),
    PH("Unlimited restore requests are included at no extra charge.", "en.unlimited"),
])

doc("docs/us-hq/kestrel-logistics_sow.txt", us, T_("""
    STATEMENT OF WORK
    Kestrel Logistics, Inc. / Meridian Data Inc.
    SOW-2026-0419 | Version 2 | Prepared 2026-11-16 by Dana Whitfield

    1. SCOPE
    Meridian Data will deploy Meridian Sync for the Memphis and Reno depots and Meridian Vault for the dispatch database. The rollout covers approximately 2,350 named seats across both depots. A single Meridian Sync tenant holds up to 5,000 named users, so both depots fit in one tenant. Initial backup volume is sized at 12 TB.

    2. SERVICE LEVELS
    2.1 Meridian Sync is covered by a 99.9% monthly uptime SLA.
    2.2 Meridian Vault: 99.95% availability, a 15-minute RPO, and 90-day default retention.
    2.3 Meridian Insight is in beta and carries no SLA until general availability, which is planned for January 2027.

    3. FEES (USD, billed annually in advance, excluding applicable sales tax)
    Meridian Sync .............................. USD 399.00 per month
    Meridian Vault ............................. USD 20.00 per TB per month
    Meridian Insight (from GA) ................. USD 30.00 per user per month

    4. PILOT
    Kestrel may evaluate Meridian Insight on a 30-day free trial before GA, using the dispatch dashboards built during discovery. On the dispatch data set, Meridian Insight queries finish in under a second.

    5. MIGRATION
    The 37 Reno workstations still running the legacy Meridian FileSync client will be upgraded in week 2. Kestrel receives unlimited administrator accounts on the Meridian Sync tenant at no additional cost.

    6. MILESTONES
    Week 1 (from 2027-01-11): tenant set-up, SSO, pilot group of 120 users.
    Week 2: Reno depot, legacy client upgrade.
    Week 4: Memphis depot; Vault protection of the dispatch DB.

    Acceptance: signed by both parties. Kestrel PO 4500-118273.
    """) + "\n", [
    C("A single Meridian Sync tenant holds up to 5,000 named users", S, "max_users", 5000, "stale"),
    C("2.1 Meridian Sync is covered by a 99.9% monthly uptime SLA.", S, "sla", 99.9, "ok"),
    C("2.2 Meridian Vault: 99.95% availability", V, "sla", 99.95, "ok"),
    C("a 15-minute RPO", V, "rpo", dur(15, "minutes"), "ok"),
    C("90-day default retention", V, "retention", dur(90, "days"), "ok"),
    C("general availability, which is planned for January 2027", I, "general_availability", "2027-01", "ok"),
    C("USD 399.00 per month", S, "monthly_price", money(399, "USD", "month", "excluded"), "ok"),
    C("USD 20.00 per TB per month", V, "price_per_tb", money(20, "USD", "TB-month", "excluded"), "ok"),
    C("USD 30.00 per user per month", I, "per_user_price", money(30, "USD", "user-month", "excluded"), "ok"),
    C("Meridian Insight on a 30-day free trial", I, "free_trial", dur(30, "days"), "ok"),
    C("Meridian Insight queries finish in under a second", I, "query_latency", dur(1, "seconds"), "conflict"),
    TM("legacy Meridian FileSync client"),
    PH("unlimited administrator accounts", "en.unlimited"),
])

doc("docs/osaka/naniwa-hd_bi-teian.md", osk, T_("""
    # 浪速ホールディングス株式会社様　BI基盤ご提案書

    2026年11月10日
    メリディアンデータ株式会社 大阪オフィス 営業部　山本 大輔

    ## 1. ご提案の概要

    貴社グループ各社の月次経営会議資料を、メリディアン インサイトのダッシュボードに集約いたします。
    メリディアン インサイトは現在ベータ版でのご提供となっており、一般提供の開始は2027年1月を予定しております。

    ## 2. メリディアン インサイトの主な仕様

    - ダッシュボード作成数：1ワークスペースあたり最大200個
    - クエリ応答時間：2秒以内（1億行規模のワークスペース、p95）
    - 無料トライアル：30日間
    - 表示言語：日本語・英語・中国語（簡体字）ほか
    - データ連携：Salesforce、kintone、freee など主要サービスに対応

    ## 3. 料金（金額はすべて税込）

    | 品目 | 単価（月額） |
    |---|---|
    | メリディアン インサイト　1ユーザーあたり | 4,400円 |
    | 初期設定・移行支援（一括） | 220,000円 |

    ご利用人数320名の場合、月額合計は1,408,000円となります。他社BIツールと比較しても、業界最安水準の価格でご提供いたします。

    ## 4. 既存環境との連携

    貴社で現在ご利用中のメリディアン・ファイルシンク（旧称）上の帳票ファイルも、取り込み対象とすることができます。
    """) + "\n", [
    C("一般提供の開始は2027年1月を予定しております", I, "general_availability", "2027-01", "ok"),
    C("ダッシュボード作成数：1ワークスペースあたり最大200個", I, "max_dashboards", 200, "ok"),
    C("クエリ応答時間：2秒以内", I, "query_latency", dur(2, "seconds"), "ok"),
    C("無料トライアル：30日間", I, "free_trial", dur(30, "days"), "ok"),
    C("| メリディアン インサイト　1ユーザーあたり | 4,400円 |", I, "per_user_price", money(4400, "JPY", "user-month", "included"), "ok"),
    PH("業界最安水準の価格でご提供いたします", "ja.cheapest"),
    TM("メリディアン・ファイルシンク"),
])


# ================================================================== output
def strip_html(h):
    h = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|h\d|li|blockquote)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    return html.unescape(h)


def norm(s):
    return " ".join(s.split())


def refs_of(m):
    return (refs_of(m.parent) if m.parent else []) + ([m.parent.msgid] if m.parent else [])


def canon(v):
    return json.dumps(scal(v) if isinstance(v, dict) and "unit" in v else v, sort_keys=True)


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    msgs = [M[k] for k in sorted(M)]
    raw = {}
    for m in msgs:
        b = render(m, refs_of)
        raw[m.num] = b
        with open(os.path.join(SET, m.file), "wb") as fh:
            fh.write(b.replace(b"\n", b"\r\n"))
    with open(os.path.join(SET, "mail/archive.mbox"), "wb") as fh:
        for m in sorted((m for m in msgs if m.mbox), key=lambda m: m.date):
            t = m.date.astimezone(dt.timezone.utc)
            fh.write(("From %s %s\n" % (PEOPLE[m.frm][1], t.strftime("%a %b %e %H:%M:%S %Y"))).encode())
            for ln in raw[m.num].split(b"\n"):
                fh.write((b">" + ln if re.match(rb"^>*From ", ln) else ln) + b"\n")
            fh.write(b"\n")

    lines, problems = [], []

    def check_text(where, ex, texts):
        if not any(norm(ex) in norm(t) for t in texts):
            problems.append("%s: excerpt not found: %s" % (where, ex))

    for m in msgs:
        plain = body_of(m.segs) if m.client != "htmlonly" else strip_html(m.html_body)
        texts = [plain] + ([body_of(m.attach.segs)] if m.attach else [])
        htmltxt = None
        if m.client in ("gmail", "gmailfwd"):
            htmltxt = strip_html(gmail_html(body_of(m.segs)))
        elif m.client == "outlook":
            htmltxt = strip_html(outlook_html(body_of(m.segs), m.marker, m.ja))
        seen = {}
        for s in m.all_segs():
            for c in s.claims:
                check_text(m.file, c["ex"], texts)
                if htmltxt is not None:
                    check_text(m.file + " (html)", c["ex"], [htmltxt] + texts[1:])
                if c["ex"] not in s.text.replace("\n", " ") and norm(c["ex"]) not in norm(s.text.replace("\n>", " ").replace("\n", " ")):
                    problems.append("%s: excerpt not in its own segment: %s" % (m.file, c["ex"]))
                jd = c["jd"] or m.as_of
                j = judge(c["product"], c["attribute"], c["value"], s.office, jd)
                if j != c["verdict"]:
                    problems.append("%s: verdict %s but judge says %s: %s" % (m.file, c["verdict"], j, c["ex"]))
                key = (c["product"], c["attribute"], canon(c["value"]), s.quoted, s.office)
                if key in seen:
                    if seen[key]["verdict"] != c["verdict"]:
                        problems.append("%s: same claim, two verdicts: %s" % (m.file, c["ex"]))
                    continue
                seen[key] = dict(type="claim", file=m.file, message_id=m.msgid, product=c["product"], attribute=c["attribute"],
                                 value=c["value"], verdict=c["verdict"], quoted=s.quoted, office=s.office, as_of=m.as_of, text=c["ex"])
        fseen = {}
        for s in m.all_segs():
            for f in s.finds:
                check_text(m.file, f["ex"], texts)
                key = (f["kind"], f["rule"], f["product"])
                if key not in fseen:
                    fseen[key] = dict(type="finding", file=m.file, message_id=m.msgid, kind=f["kind"], rule=f["rule"],
                                      product=f["product"], quoted=s.quoted, text=f["ex"])
                elif not s.quoted:
                    fseen[key]["quoted"] = False
        m.expected = list(seen.values()) + list(fseen.values())
        lines += m.expected
    for m in sorted((m for m in msgs if m.mbox), key=lambda m: m.date):
        lines += [dict(x, file="mail/archive.mbox") for x in m.expected]

    # documents
    for path, office, text, items in DOCS:
        full = os.path.join(SET, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
        plain = strip_html(text) if path.endswith(".html") else text
        seen, fseen = {}, {}
        for c in items:
            if "attribute" in c:
                check_text(path, c["ex"], [plain])
                j = judge(c["product"], c["attribute"], c["value"], office, DOC_DATE)
                if j != c["verdict"]:
                    problems.append("%s: verdict %s but judge says %s: %s" % (path, c["verdict"], j, c["ex"]))
                key = (c["product"], c["attribute"], canon(c["value"]))
                if key not in seen:
                    seen[key] = dict(type="claim", file=path, message_id=None, product=c["product"], attribute=c["attribute"],
                                     value=c["value"], verdict=c["verdict"], quoted=False, office=office, as_of=DOC_DATE, text=c["ex"])
            else:
                check_text(path, c["ex"], [plain])
                fseen.setdefault((c["kind"], c["rule"], c["product"]), dict(
                    type="finding", file=path, message_id=None, kind=c["kind"], rule=c["rule"], product=c["product"], quoted=False, text=c["ex"]))
        lines += list(seen.values()) + list(fseen.values())
    drafts = os.path.join(SET, "docs/tokyo/drafts")
    os.makedirs(drafts, exist_ok=True)
    with open(os.path.join(drafts, "hokuto-seiki_teian_v2.md"), "w", encoding="utf-8") as fh:
        fh.write(DRAFT)

    # cross-office, computed from the archive's claims (LABELS.md) and compared with the intended cases
    recs = []
    for m in (m for m in msgs if m.mbox):
        for x in m.expected:
            if x["type"] == "claim" and x["office"] != "unknown" and (x["product"], x["attribute"]) not in SETS:
                recs.append((m, x))
    found = {}
    for i, (m1, a) in enumerate(recs):
        for m2, b in recs[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((m1.date.date() - m2.date.date()).days) > 45 or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            va, vb = a["value"], b["value"]
            if isinstance(va, dict) and "currency" in va and (va["currency"], va["per"]) != (vb["currency"], vb["per"]):
                continue
            if canon(va) == canon(vb):
                continue
            k = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            e = found.setdefault(k, {"files": set(), "values": {}})
            e["files"] |= {m1.file, m2.file}
            for mm, xx in ((m1, a), (m2, b)):
                e["values"].setdefault(xx["office"], xx["value"]) if xx["verdict"] != "ok" else None
                e["values"].setdefault(xx["office"], xx["value"])
    intended = {(V, "sla", ("london", "us-hq")), (S, "offline_mode", ("tokyo", "us-hq")), (I, "general_availability", ("osaka", "tokyo"))}
    if set(found) != intended:
        problems.append("cross-office cases differ from the intended ones: %s" % sorted(found))
    for (p, a, offs), e in sorted(found.items()):
        lines.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs), "file": "mail/archive.mbox",
                      "message_files": sorted(e["files"]), "values": {o: e["values"][o] for o in offs}})

    if problems:
        raise SystemExit("generate.py: label problems:\n  " + "\n  ".join(problems))
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for x in lines:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(T_("""
            # onevoice configuration for probe set 45 (SPEC section 6).
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
            """) + "\n")
    n = lambda t: sum(1 for x in lines if x["type"] == t)
    print("messages=%d (mbox %d) docs=%d expected: claims=%d findings=%d cross-office=%d"
          % (len(msgs), sum(m.mbox for m in msgs), len(DOCS), n("claim"), n("finding"), n("cross-office")))


if __name__ == "__main__":
    main()
