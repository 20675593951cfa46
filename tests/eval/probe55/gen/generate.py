#!/usr/bin/env python3
"""Generate evaluation set 55 (Meridian Data): reply threads, quotes, forwards.

python3 gen/generate.py   (from anywhere) rewrites mail/, docs/, expected.jsonl,
.onevoice.yaml beside this folder. Stdlib only, deterministic.
"""
import base64, datetime as dt, fnmatch, hashlib, html, json, os, quopri, re, shutil, unicodedata
from email.header import Header
from email.utils import formataddr, format_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYNC, VAULT, INS = "meridian-sync", "meridian-vault", "meridian-insight"
OFFICES = [("us-hq", "*@meridian-data.com"), ("london", "*@uk.meridian-data.com"),
           ("tokyo", "*@jp.meridian-data.com"), ("osaka", "*@osaka.jp.meridian-data.com")]


def office_of(addr):
    hits = [(len(g), o) for o, g in OFFICES if fnmatch.fnmatch(addr.lower(), g)]
    return max(hits)[1] if hits else "unknown"


def TZ(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


JST, BST, GMT, PDT, EDT = TZ(9), TZ(1), TZ(0), TZ(-7), TZ(-4)


# ------------------------------------------------------------------ values
def jpy(a, per="month", tax="excluded"):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def usd(a, per="month", tax=None):
    return {"amount": a, "currency": "USD", "per": per, "tax": tax}


def gbp(a, per="month", tax=None):
    return {"amount": a, "currency": "GBP", "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12


# ------------------------------------------------------------------ content model
class Blk:
    """A piece of own text with its labels: claims (p, a, v, verdict, excerpt), findings."""

    def __init__(self, text, *anns):
        self.text = text.strip("\n")
        self.claims = [a for a in anns if a[0] == "C"]
        self.finds = [a for a in anns if a[0] in ("P", "T")]
        for a in anns:
            assert a[-1] in self.text, ("excerpt not in text", a[-1])


def C(p, a, v, verdict, excerpt):
    return ("C", p, a, v, verdict, excerpt)


def P(rule, excerpt):
    return ("P", rule, excerpt)


def T(product, excerpt):
    return ("T", product, excerpt)


class Person:
    def __init__(self, name, addr, client, tz):
        self.name, self.addr, self.client, self.tz = name, addr, client, tz
        self.office = office_of(addr)


class Msg:
    def __init__(self, key, who, date, to, subject, own, sig="", cc=(), quote=None, inter=None,
                 attach=None, parent=None, archive=False, eml=True, bottom=False, lost_gt=False,
                 rewrap=None, wrap_attr=False, html_part=None):
        self.key, self.who, self.date, self.to, self.cc = key, who, date, list(to), list(cc)
        self.subject, self.own, self.sig = subject, own, sig
        self.quote, self.inter, self.attach, self.parent = quote, inter, attach, parent
        self.archive, self.eml, self.bottom, self.lost_gt = archive, eml, bottom, lost_gt
        self.rewrap, self.wrap_attr = rewrap, wrap_attr
        self.html_part = who.client in ("gmail", "outlook-en", "outlook-ja", "apple") if html_part is None else html_part
        h = hashlib.sha1(key.encode()).hexdigest().upper()
        c, dom = who.client, who.addr.split("@")[1]
        if c == "gmail":
            self.mid = "CA%s+%s@mail.gmail.com" % (h[:10], base64.b32encode(bytes.fromhex(h[10:30])).decode()[:14].lower())
        elif c.startswith("outlook"):
            srv = {"uk.meridian-data.com": ("LO4P265MB", "GBRP265.PROD.OUTLOOK.COM"),
                   "jp.meridian-data.com": ("TYCPR01MB", "jpnprd01.prod.outlook.com")}.get(
                dom, ("OS3PR01MB", "jpnprd01.prod.outlook.com") if dom.endswith(".jp") else ("DB9PR02MB", "eurprd02.prod.outlook.com"))
            box = srv[0] + str(int(h[:6], 16) % 9000 + 1000)
            self.mid = "%s%s@%s.%s" % (box, h[6:20], box, srv[1])
        else:
            u = hashlib.md5(key.encode()).hexdigest()
            self.mid = "%s-%s-%s-%s-%s@%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
            if c == "apple":
                self.mid = self.mid.upper().replace("@" + dom.upper(), "@" + dom)
        self.office = who.office


# ------------------------------------------------------------------ rendering text
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_JA = "月火水木金土日"
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def loc(d, tz):
    return d.astimezone(tz)


def h12(d):
    return "%d:%02d %s" % ((d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")


def addrs(people):
    return "; ".join("%s <%s>" % (p.name, p.addr) for p in people)


def attribution(style, q, me):
    """The line or block that introduces quoted message q in a message written by me."""
    d = loc(q.date, me.who.tz)
    w = q.who
    if style == "gmail":
        s = "On %s, %s %d, %d at %s %s <%s> wrote:" % (WD_EN[d.weekday()][:3], MON_EN[d.month - 1][:3], d.day, d.year, h12(d), w.name, w.addr)
        if me.wrap_attr:
            s = s.replace(" <", " <\n", 1)
        return s
    if style == "gmail-ja":
        return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (d.year, d.month, d.day, WD_JA[d.weekday()], d.hour, d.minute, w.name, w.addr)
    if style == "apple":
        return "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (d.day, MON_EN[d.month - 1][:3], d.year, d.hour, d.minute, w.name, w.addr)
    if style == "apple-ja":
        return "%d/%02d/%02d %d:%02d、%s <%s>のメール:" % (d.year, d.month, d.day, d.hour, d.minute, w.name, w.addr)
    if style == "tb":
        return "On %02d/%02d/%d %02d:%02d, %s wrote:" % (d.day, d.month, d.year, d.hour, d.minute, w.name)
    if style == "tb-ja":
        return "%s さんは書きました:" % w.name
    cc = ("\nCc: " + addrs(q.cc)) if q.cc else ""
    ccj = ("\nCC: " + addrs(q.cc)) if q.cc else ""
    if style == "outlook-en":
        return "________________________________\nFrom: %s <%s>\nSent: %d %s %d %02d:%02d\nTo: %s%s\nSubject: %s\n" % (
            w.name, w.addr, d.day, MON_EN[d.month - 1], d.year, d.hour, d.minute, addrs(q.to), cc, q.subject)
    if style == "outlook-en-us":
        return "-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s%s\nSubject: %s\n" % (
            w.name, w.addr, WD_EN[d.weekday()], MON_EN[d.month - 1], d.day, d.year, h12(d), addrs(q.to), cc, q.subject)
    if style == "outlook-ja":
        return "________________________________\n差出人: %s <%s>\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s%s\n件名: %s\n" % (
            w.name, w.addr, d.year, d.month, d.day, d.hour, d.minute, addrs(q.to), ccj, q.subject)
    if style == "outlook-ja-orig":
        return "-----元のメッセージ-----\n差出人: %s <%s>\n送信日時: %d年%d月%d日 %d:%02d\n宛先: %s%s\n件名: %s\n" % (
            w.name, w.addr, d.year, d.month, d.day, d.hour, d.minute, addrs(q.to), ccj, q.subject)
    if style == "gmail-fwd":
        return "---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\nSubject: %s\nTo: %s%s\n" % (
            w.name, w.addr, WD_EN[d.weekday()][:3], MON_EN[d.month - 1][:3], d.day, d.year, h12(d), q.subject, addrs(q.to), cc)
    if style == "tb-ja-fwd":
        return "-------- 転送メッセージ --------\n件名: \t%s\n日付: \t%s\n差出人: \t%s <%s>\n宛先: \t%s\n" % (
            q.subject, format_datetime(q.date), w.name, w.addr, addrs(q.to))
    raise ValueError(style)


PREFIXED = {"gmail", "gmail-ja", "apple", "apple-ja", "tb", "tb-ja"}


def own_text(m):
    return "\n\n".join(b.text for b in m.own)


def prefix(text):
    return "\n".join((">" if not l else "> " + l) if not l.startswith(">") else ">" + l for l in text.split("\n"))


def plain(m, strip_gt=False):
    out = []
    if m.inter:
        style, q, items = m.inter
        lead = [b for b in items if isinstance(b, Blk) and getattr(b, "lead", False)]
        out.append("\n\n".join(b.text for b in m.own))
        out.append("\n" + attribution(style, q, m))
        for it in items:
            out.append(prefix(it) if isinstance(it, str) else "\n" + it.text + "\n")
        if m.sig:
            out.append("\n" + m.sig)
        return "\n".join(out).replace("\n\n\n", "\n\n")
    body = own_text(m) + ("\n\n" + m.sig if m.sig else "")
    if not m.quote:
        return body
    style, q = m.quote
    qt = plain(q, strip_gt=m.lost_gt)
    if strip_gt and style in PREFIXED:          # this quote, seen through an HTML->plain conversion
        sec = attribution(style, q, m) + "\n\n" + qt
    elif style in PREFIXED:
        sec = attribution(style, q, m) + "\n" + prefix(qt)
    else:
        sec = attribution(style, q, m) + "\n" + qt
    if m.rewrap:
        sec = rewrap(sec, *m.rewrap)
    if m.bottom:
        return sec + "\n\n" + body
    return body + "\n\n" + sec


def rewrap(text, needle, width):
    lines = []
    for l in text.split("\n"):
        if needle in l and len(l) > width:
            cut = l.rfind(" ", 0, width)
            lines += [l[:cut], l[cut + 1:]]         # the mailer lost the '>' on the continuation
        else:
            lines.append(l)
    return "\n".join(lines)


# ------------------------------------------------------------------ rendering HTML
def h_lines(text, client):
    if client.startswith("outlook"):
        return "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l) or "&nbsp;") for l in text.split("\n"))
    if client == "apple":
        return "\n".join("<div>%s</div>" % (html.escape(l) or "<br>") for l in text.split("\n"))
    return "<br>\n".join(html.escape(l) for l in text.split("\n"))


def html_body(m, client=None):
    client = client or m.who.client
    if m.inter:
        style, q, items = m.inter
        parts = [h_lines("\n\n".join(b.text for b in m.own), client), "<br>",
                 '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>' % html.escape(attribution(style, q, m))]
        for it in items:
            if isinstance(it, str):
                parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % h_lines(it, client))
            else:
                parts.append("<div>%s</div><br>" % h_lines(it.text, client))
        parts.append("</div>" + h_lines("\n" + m.sig, client))
        return "\n".join(parts)
    own = h_lines(own_text(m) + ("\n\n" + m.sig if m.sig else ""), client)
    if not m.quote:
        return own
    style, q = m.quote
    inner = html_body(q) if q.html_part else "<pre>%s</pre>" % html.escape(plain(q))
    att = html.escape(attribution(style, q, m))
    if style in ("gmail", "gmail-ja", "gmail-fwd"):
        sec = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
               '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
               % (att.replace("\n", "<br>"), inner)) if style != "gmail-fwd" else \
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div><br><br>\n%s\n</div>' % (att.replace("\n", "<br>"), inner)
    elif style in ("apple", "apple-ja"):
        sec = '<div><br><blockquote type="cite"><div>%s</div><br>\n%s\n</blockquote></div>' % (att, inner)
    else:
        lines = att.strip("\n").split("\n")
        hdr = "<br>\n".join(lines[1:]) if lines[0].startswith(("_", "-")) else "<br>\n".join(lines)
        sec = ('<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%%" tabindex="-1">'
               '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n<div>&nbsp;</div></div>\n%s' % (hdr, inner))
    return own + ("\n" + sec if not m.bottom else "") if not m.bottom else sec + "\n" + own


def html_doc(m):
    b = html_body(m)
    if m.who.client.startswith("outlook"):
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n</head>\n'
                '<body lang="%s" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % ("iso-2022-jp" if m.who.client == "outlook-ja" else "utf-8", "JA" if m.who.client == "outlook-ja" else "EN-GB", b))
    if m.who.client == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n%s\n</body></html>\n' % b)
    return '<div dir="ltr">%s</div>\n' % b


# ------------------------------------------------------------------ MIME
def hdr(value, cs):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs, maxlinelen=76, header_name="Subject").encode()


def addr_hdr(people, cs):
    out = []
    for p in people:
        try:
            p.name.encode("ascii")
            out.append(formataddr((p.name, p.addr)))
        except UnicodeEncodeError:
            out.append(formataddr((p.name, p.addr), charset=cs))
    return ",\n ".join(out)


def part(text, ctype, cs, cte):
    if cs == "iso-2022-jp":
        data, cte = text.encode("iso-2022-jp"), "7bit"
    elif cte == "quoted-printable":
        data = quopri.encodestring(text.encode(cs))
    elif cte == "base64":
        data = base64.encodebytes(text.encode(cs))
    else:
        data = text.encode(cs)
    h = "Content-Type: %s; charset=%s\nContent-Transfer-Encoding: %s\n\n" % (ctype, '"%s"' % cs if ctype == "text/html" or cs == "iso-2022-jp" else cs, cte)
    return h.encode() + data + (b"" if data.endswith(b"\n") else b"\n")


def build(m):
    c = m.who.client
    ja = any(ord(ch) > 0x3000 for ch in plain(m))
    cs = {"outlook-ja": "iso-2022-jp", "tb-jis": "iso-2022-jp"}.get(c, "utf-8")
    if c == "outlook-ja" and not ja:
        cs = "us-ascii"
    H = []
    if c in ("outlook-en", "outlook-ja"):
        H += ["From: " + addr_hdr([m.who], cs), "To: " + addr_hdr([p for p in m.to], cs)]
        if m.cc:
            H.append("CC: " + addr_hdr(m.cc, cs))
        H += ["Subject: " + hdr(m.subject, cs if cs != "us-ascii" else "utf-8"),
              "Thread-Topic: " + hdr(re.sub(r"^((RE|FW|Re|Fwd?): ?)+", "", m.subject), cs if cs != "us-ascii" else "utf-8"),
              "Thread-Index: " + base64.b64encode(hashlib.sha1(("ti" + m.key).encode()).digest()[:22]).decode(),
              "Date: " + format_datetime(m.date), "Message-ID: <%s>" % m.mid]
        if m.parent:
            H += ["References: " + " ".join("<%s>" % x for x in refs(m)), "In-Reply-To: <%s>" % m.parent.mid]
        H += ["Accept-Language: %s" % ("ja-JP, en-US" if c == "outlook-ja" else "en-GB, en-US"),
              "Content-Language: %s" % ("ja-JP" if c == "outlook-ja" else "en-GB"),
              "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
    else:
        H += ["Date: " + format_datetime(m.date), "From: " + addr_hdr([m.who], cs), "To: " + addr_hdr(m.to, cs)]
        if m.cc:
            H.append("Cc: " + addr_hdr(m.cc, cs))
        H += ["Subject: " + hdr(m.subject, cs), "Message-ID: <%s>" % m.mid]
        if m.parent:
            H += ["In-Reply-To: <%s>" % m.parent.mid, "References: " + " ".join("<%s>" % x for x in refs(m))]
        if c == "apple":
            H += ["X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
        if c.startswith("tb"):
            H += ["User-Agent: Mozilla Thunderbird", "Content-Language: %s" % ("ja" if ja else "en-GB")]
    H.insert(0, "MIME-Version: 1.0" if c != "apple" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))")
    text = plain(m)
    bnd = {"gmail": "000000000000" + hashlib.md5(m.key.encode()).hexdigest()[:16],
           "apple": "Apple-Mail=_" + hashlib.md5(m.key.encode()).hexdigest().upper()[:8] + "-6D2C-4F1A-9B1E-" + hashlib.md5(m.key.encode()).hexdigest().upper()[8:20],
           }.get(c, "_000_" + hashlib.md5(m.key.encode()).hexdigest()[:24] + "_")
    if c == "gmail":
        tcte = "base64" if ja else "quoted-printable"
    elif c == "apple":
        tcte = "quoted-printable"
    elif c.startswith("outlook"):
        tcte = "7bit" if cs in ("iso-2022-jp", "us-ascii") else "quoted-printable"
    else:
        tcte = "8bit" if ja else "7bit"
    if m.attach:
        inner = build(m.attach)
        mb = "------------" + hashlib.md5(m.key.encode()).hexdigest()[:24]
        body = ("This is a multi-part message in MIME format.\n--%s\n" % mb).encode() + part(text, "text/plain", cs, tcte)
        fn = re.sub(r"[^\w .-]", "", m.attach.subject)[:60] + ".eml"
        body += ("\n--%s\nContent-Type: message/rfc822; charset=UTF-8; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
                 "Content-Transfer-Encoding: 8bit\n\n" % (mb, fn, fn)).encode() + inner + ("\n--%s--\n" % mb).encode()
        H.append('Content-Type: multipart/mixed; boundary="%s"' % mb)
    elif m.html_part:
        hcs = cs if cs == "iso-2022-jp" else "utf-8"
        hcte = "7bit" if hcs == "iso-2022-jp" else ("base64" if c == "gmail" and ja else "quoted-printable")
        body = ("--%s\n" % bnd).encode() + part(text, "text/plain", cs, tcte) + ("\n--%s\n" % bnd).encode() \
            + part(html_doc(m), "text/html", hcs, hcte) + ("\n--%s--\n" % bnd).encode()
        H.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
    else:
        if c.startswith("tb"):
            H.append("Content-Type: text/plain; charset=%s%s" % ("ISO-2022-JP" if cs == "iso-2022-jp" else "UTF-8", "; format=flowed" if not ja else ""))
            H.append("Content-Transfer-Encoding: " + ("7bit" if cs == "iso-2022-jp" else tcte))
            body = (text.encode(cs) + b"\n")
        else:
            body = part(text, "text/plain", cs, tcte)
            hh, body = body.split(b"\n\n", 1)
            H += hh.decode().split("\n")
    return ("\n".join(H) + "\n\n").encode() + body


def refs(m):
    r, p = [], m.parent
    while p:
        r.insert(0, p.mid)
        p = p.parent
    return r


# ------------------------------------------------------------------ labels
def claims_of(m):
    """-> [(claim, quoted, office)] for everything readable in m (own, quoted, attached)."""
    out = [(c, False, m.office) for b in m.own for c in b.claims]
    if m.inter:
        out += [(c, False, m.office) for it in m.inter[2] if isinstance(it, Blk) for c in it.claims]
    for q in ([m.quote[1]] if m.quote else []) + ([m.attach] if m.attach else []):
        out += [(c, True, off) for c, _, off in claims_of(q)]
    return out


def finds_of(m):
    out = [(f, False) for b in m.own for f in b.finds]
    if m.inter:
        out += [(f, False) for it in m.inter[2] if isinstance(it, Blk) for f in it.finds]
    for q in ([m.quote[1]] if m.quote else []) + ([m.attach] if m.attach else []):
        out += [(f, True) for f, _ in finds_of(q)]
    return out


def records(file, mid, as_of, claims, finds):
    recs, seen = [], set()
    for c, quoted, off in claims:
        _, p, a, v, verdict, text = c
        k = (p, a, json.dumps(v, sort_keys=True), quoted, off)
        if k in seen:
            continue
        seen.add(k)
        recs.append({"type": "claim", "file": file, "message_id": mid, "product": p, "attribute": a, "value": v,
                     "verdict": verdict, "quoted": quoted, "office": off, "as_of": as_of, "text": text})
    fseen = {}
    for f, quoted in finds:
        kind = "phrase" if f[0] == "P" else "terminology"
        k = (kind, f[1])
        if k in fseen:
            fseen[k]["quoted"] = fseen[k]["quoted"] and quoted
            continue
        r = {"type": "finding", "file": file, "message_id": mid, "kind": kind,
             "rule": f[1] if kind == "phrase" else None, "product": f[1] if kind == "terminology" else None,
             "quoted": quoted, "text": f[2]}
        fseen[k] = r
        recs.append(r)
    return recs




def phrase_check(texts, labelled):
    """Run the claims base's phrase patterns over every text; print where they disagree with the labels."""
    import yaml_lite
    pats = yaml_lite.phrase_rules(os.path.join(os.path.dirname(ROOT), "..", "shared", "eval", "rules", "phrases"))
    for (f, mid), text in texts.items():
        t = unicodedata.normalize("NFKC", text)
        fired = set()
        for rid, ps, unless in pats:
            if any(re.search(p, t) for p in ps) and not any(re.search(u, t) for u in unless):
                fired.add(rid)
        want = {r["rule"] for r in labelled if r.get("kind") == "phrase" and r["file"] == f and r["message_id"] == mid}
        if fired != want:
            print("phrase check %s %s: patterns fire %s, labelled %s" % (f, mid, sorted(fired), sorted(want)))


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, sub))
    from content import build_messages, build_docs   # the set's words live in content.py
    msgs = build_messages()
    expected, texts, mbox_items = [], {}, []
    n = 0
    for m in msgs:
        if not m.eml:
            continue
        n += 1
        m.file = "mail/%04d.eml" % n
        raw = build(m)
        with open(os.path.join(ROOT, m.file), "wb") as fh:
            fh.write(raw)
        as_of = m.date.astimezone(m.who.tz).date().isoformat()
        recs = records(m.file, m.mid, as_of, claims_of(m), finds_of(m))
        expected += recs
        texts[(m.file, m.mid)] = plain(m) + ("\n" + plain(m.attach) if m.attach else "")
        if m.archive:
            mbox_items.append((m, raw, recs))
    # archive: mboxrd, date order
    mbox_items.sort(key=lambda x: x[0].date)
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        for m, raw, recs in mbox_items:
            d = m.date.astimezone(dt.timezone.utc)
            fh.write(("From %s %s\n" % (m.who.addr, d.strftime("%a %b %e %H:%M:%S %Y"))).encode())
            for line in raw.split(b"\n"):
                if re.match(rb"^>*From ", line):
                    line = b">" + line
                fh.write(line + b"\n")
            fh.write(b"\n")
    for m, raw, recs in mbox_items:
        expected += [dict(r, file="mail/archive.mbox") for r in recs]
    expected += cross_office(mbox_items)
    # documents
    for path, office, text, recs in build_docs():
        full = os.path.join(ROOT, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)
        if recs is None:        # ignored draft
            continue
        for r in recs:
            r["file"] = path
        expected += recs
        texts[(path, None)] = re.sub(r"<[^>]+>", "", html.unescape(text)) if path.endswith(".html") else text
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in expected:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w") as fh:
        fh.write(ONEVOICE)
    try:
        phrase_check(texts, expected)
    except ImportError:
        pass
    print("%d messages, %d in archive, %d expected lines" % (n, len(mbox_items), len(expected)))


def vkey(v):
    if isinstance(v, dict) and "unit" in v:
        return v["amount"] * {"minutes": 60, "seconds": 1, "hours": 3600, "days": 86400}[v["unit"]]
    return json.dumps(v, sort_keys=True)


SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(items):
    """Two offices, same product/attribute, values that cannot both be right, within 45 days."""
    facts = []
    for m, raw, recs in items:
        for r in recs:
            if r["type"] == "claim" and r["office"] != "unknown" and r["attribute"] not in SETS:
                facts.append((m, r))
    pairs = {}
    for i, (m1, r1) in enumerate(facts):
        for m2, r2 in facts[i + 1:]:
            if (r1["product"], r1["attribute"]) != (r2["product"], r2["attribute"]) or r1["office"] == r2["office"]:
                continue
            if abs((m1.date - m2.date).days) > 45:
                continue
            v1, v2 = r1["value"], r2["value"]
            if isinstance(v1, dict) and "currency" in v1 and (v1["currency"], v1["per"]) != (v2["currency"], v2["per"]):
                continue
            if vkey(v1) == vkey(v2) or (r1["verdict"] == "ok" and r2["verdict"] == "ok"):
                continue
            offs = tuple(sorted((r1["office"], r2["office"])))
            k = (r1["product"], r1["attribute"], offs)
            e = pairs.setdefault(k, {"files": set(), "values": {}})
            e["files"] |= {m1.file, m2.file}
            for r in (r1, r2):
                e["values"].setdefault(r["office"], r["value"])
    out = []
    for (p, a, offs), e in sorted(pairs.items()):
        out.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(e["files"]), "values": e["values"]})
    return out


ONEVOICE = """# onevoice configuration for evaluation set 55 (SPEC section 6).
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

if __name__ == "__main__":
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import generate          # one copy of the classes, shared with content.py
    generate.main()
