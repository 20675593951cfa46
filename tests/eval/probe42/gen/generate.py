#!/usr/bin/env python3
"""Evaluation set 42 for onevoice: hurried phone mail, English and Japanese.

Deterministic, stdlib only.  `python3 gen/generate.py` (re)writes, in the set
folder above this one: mail/NNNN.eml, mail/archive.mbox, docs/<office>/...,
.onevoice.yaml, expected.jsonl and README.md.

Every label is written by hand next to the text it labels (the Msg(...) and
DOCS blocks below).  Claims in quoted text are carried into each reply
automatically, with the quoted author's office and `quoted: true`; the
cross-office cases are derived from the archived messages by the rules of
LABELS.md.  judge() re-derives every verdict independently from FACTS.md and
the script stops if a hand label disagrees with it, or if a label's `text`
is not an exact excerpt of the decoded text it belongs to.
"""
import base64, datetime as dt, email.header, hashlib, html, json, os, quopri, re, shutil, sys, textwrap, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOC_AS_OF = "2026-11-22"

# =========================================================================== people
PEOPLE = {
    # Meridian staff
    "jake":      ("Jake Moreno", "jake.moreno@meridian-data.com"),
    "priya":     ("Priya Raman", "priya.raman@meridian-data.com"),
    "dana":      ("Dana Whitfield", "dana.whitfield@meridian-data.com"),
    "oliver":    ("Oliver Pryce", "oliver.pryce@uk.meridian-data.com"),
    "harriet":   ("Harriet Cole", "harriet.cole@uk.meridian-data.com"),
    "sato":      ("佐藤 健一", "k.sato@jp.meridian-data.com"),
    "nakamura":  ("中村 美咲", "m.nakamura@jp.meridian-data.com"),
    "okada":     ("岡田 大輔", "d.okada@osaka.jp.meridian-data.com"),
    "nishikawa": ("西川 彩", "a.nishikawa@osaka.jp.meridian-data.com"),
    # customers and a reseller partner (office `unknown`)
    "tom":       ("Tom Keller", "tkeller@brightwaterlogistics.com"),
    "rachel":    ("Rachel Adeyemi", "rachel.adeyemi@copperlinefoods.com"),
    "marcus":    ("Marcus Webb", "marcus.webb@pellrowe.co.uk"),
    "fiona":     ("Fiona Grant", "f.grant@haldenmarsh.co.uk"),
    "nadia":     ("Nadia Shah", "nadia.shah@kestrelhealth.co.uk"),
    "greg":      ("Greg Olsen", "golsen@oakfieldcu.org"),
    "mori":      ("森 徹", "mori-t@hokusei-kensetsu.co.jp"),
    "tamura":    ("田村 誠", "tamura@minato-seiki.co.jp"),
    "tamura_k":  ("田村 誠", "m-tamura.minato@ezweb.ne.jp"),
    "kobayashi": ("小林 直樹", "kobayashi@eight-butsuryu.co.jp"),
    "ishii":     ("石井 亮", "r.ishii@nextlink-sol.co.jp"),
}


def office_of(addr):
    """rules/offices.yaml: the most specific glob wins; any other sender is `unknown`."""
    a = addr.lower()
    for suffix, office in (("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
                           ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")):
        if a.endswith(suffix):
            return office
    return "unknown"


# =========================================================================== values
def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


TB = 10 ** 12
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}


def norm(v):
    """Comparable form of a value (durations in seconds)."""
    if isinstance(v, dict) and "unit" in v:
        return v["amount"] * SECS[v["unit"]]
    if isinstance(v, dict):
        return json.dumps(v, sort_keys=True)
    return v


# =========================================================================== independent judge (FACTS.md)
SETS = {("meridian-sync", "certifications"): {"ISO 27001", "SOC 2 Type II"},
        ("meridian-sync", "supported_platforms"): {"Windows", "macOS", "iOS", "Android"},
        ("meridian-vault", "data_centers"): {"Tokyo", "Osaka", "Oregon", "Frankfurt"},
        ("meridian-vault", "encryption"): {"AES-256"}}
PRICES = {("meridian-sync", "monthly_price"): ("month", {"tokyo": (50000, "JPY"), "osaka": (50000, "JPY"),
                                                         "us-hq": (399, "USD"), "london": (329, "GBP")}),
          ("meridian-vault", "price_per_tb"): ("TB-month", {"tokyo": (2800, "JPY"), "osaka": (2800, "JPY"),
                                                            "us-hq": (20, "USD"), "london": (16, "GBP")}),
          ("meridian-insight", "per_user_price"): ("user-month", {"tokyo": (4000, "JPY"), "osaka": (4000, "JPY"),
                                                                  "us-hq": (30, "USD"), "london": (25, "GBP")})}
SCALARS = {("meridian-sync", "storage_per_user"): (1 * TB, None), ("meridian-sync", "sla"): (99.9, None),
           ("meridian-sync", "offline_mode"): (False, None),
           ("meridian-vault", "rpo"): (15 * 60, "max-promise"), ("meridian-vault", "retention"): (90 * 86400, None),
           ("meridian-vault", "sla"): (99.95, None), ("meridian-vault", "max_storage"): (500 * TB, "max"),
           ("meridian-insight", "general_availability"): ("2027-01", None),
           ("meridian-insight", "query_latency"): (2, "max-promise"),
           ("meridian-insight", "free_trial"): (30 * 86400, None),
           ("meridian-insight", "max_dashboards"): (200, "max")}
NO_VALUE = {"rto", "integrations", "ui_languages", "api_rate_limit", "max_file_size", "support_response_time",
            "max_devices"}


def judge(product, attr, value, office, date):
    """The verdict LABELS.md gives, for the kinds of claim this set contains."""
    key = (product, attr)
    if attr in NO_VALUE:
        return "unverified"
    if key == ("meridian-sync", "max_users"):            # 5000 until 2026-03-31, 10000 from 2026-04-01
        current, other = (10000, 5000) if date >= "2026-04-01" else (5000, 10000)
        return "ok" if value == current else "stale" if value == other else "conflict"
    if key in SETS:
        return "ok" if value in SETS[key] else "conflict"
    if key in PRICES:
        per, table = PRICES[key]
        assert value["per"] == per, (key, value)
        if office == "unknown":
            raise ValueError("this set has no customer prices")
        amount, cur, tax = value["amount"], value["currency"], value["tax"]
        base, base_cur = table[office]
        if cur != base_cur:
            return "office-variant" if (amount, cur) in table.values() else "conflict"
        if cur == "JPY" and tax == "included":
            return "ok" if abs(amount - base * 1.1) < 0.5 else "conflict"
        return "ok" if amount == base else "conflict"
    if key in SCALARS:
        base, bound = SCALARS[key]
        v = norm(value)
        if v == base:
            return "ok"
        if bound == "max" and v < base:
            raise ValueError("a maximum below the base's is left out of this set")
        return "conflict"           # above a maximum, below a promised maximum, or simply different
    return "unverified"             # an attribute the base has for another product only


# =========================================================================== messages
MSGS = []


class Msg:
    def __init__(self, key, file, sender, to, date, subject, client, top, quote=None, cc=(), claims=(),
                 findings=(), archive=False, wrap=False, crlf=False):
        self.key, self.file, self.sender, self.to, self.cc = key, file, sender, list(to), list(cc)
        self.date, self.subject, self.client = date, subject, client
        self.top = top.strip("\n") + "\n"
        self.quote = quote                      # (style, Msg) or None
        self.own_claims, self.own_findings = list(claims), list(findings)
        self.archive, self.wrap, self.crlf = archive, wrap, crlf
        self.reply_to = quote[1] if quote else None
        self.msgid = self._msgid(hashlib.sha1(("set42/" + key).encode()).hexdigest().upper())
        MSGS.append(self)

    name = property(lambda self: PEOPLE[self.sender][0])
    addr = property(lambda self: PEOPLE[self.sender][1])
    office = property(lambda self: office_of(self.addr))
    day = property(lambda self: self.date.strftime("%Y-%m-%d"))

    def _msgid(self, h):
        c, dom = self.client, self.addr.split("@")[1]
        if c == "iphone":
            return "%s-%s-%s-%s-%s@%s" % (h[0:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)
        if c == "gmail":
            return "CA%s@mail.gmail.com" % base64.b64encode(bytes.fromhex(h[:39] + "0")).decode().rstrip("=") \
                .replace("/", "_")
        if c.startswith("outlook"):
            srv, reg = {"london": ("LO2P265MB5187", "GBRP265"), "us-hq": ("BY5PR17MB3921", "namprd17"),
                        "tokyo": ("TYCPR01MB8543", "jpnprd01"), "osaka": ("OS3PR01MB6120", "jpnprd01")}.get(
                self.office, ("LO0P123MB6649", "GBRP123") if dom.endswith(".uk") else
                ("TY3PR01MB10215", "jpnprd01") if dom.endswith(".jp") else ("CH3PR12MB7548", "namprd12"))
            return "%s%s@%s.%s.prod.outlook.com" % (srv, h[:24], srv, reg)
        if c == "samsung":
            return "%s.%s@email.android.com" % (h[:12].lower(), h[12:20].lower())
        if c == "keitai":
            return "%s.%s@ezweb.ne.jp" % (self.date.strftime("%Y%m%d%H%M%S"), h[:10])
        return "%s-%s-%s@%s" % (h[:8].lower(), h[8:12].lower(), h[12:24].lower(), dom)

    def own_text(self):
        if not self.wrap:                       # phones and Outlook send paragraphs as long lines
            return self.top
        return "\n".join(textwrap.fill(l, 76, break_long_words=False, break_on_hyphens=False) if len(l) > 76
                         else l for l in self.top.split("\n"))

    def plain(self):
        return self.own_text() + (render_quote(*self.quote) if self.quote else "")

    def html_body(self):
        return text_to_html(self.own_text()) + (quote_html(*self.quote) if self.quote else "")

    def all_claims(self):
        """Own claims, then the quoted ones: their author's office, quoted, judged as of this reply."""
        out = [dict(c, quoted=False, office=self.office) for c in self.own_claims]
        if self.quote:
            out += [dict(c, quoted=True) for c in self.quote[1].all_claims()]
        return out

    def all_findings(self):
        out = [dict(f, quoted=False) for f in self.own_findings]
        if self.quote:
            out += [dict(f, quoted=True) for f in self.quote[1].all_findings()]
        return out


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
LONG_MONTHS = "January February March April May June July August September October November December".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
JA_DAYS = "月火水木金土日"


def h12(d, secs=False):
    return "%d:%02d%s %s" % (d.hour % 12 or 12, d.minute, (":%02d" % d.second) if secs else "",
                             "AM" if d.hour < 12 else "PM")


def prefixed(text, bom=False):
    out = []
    for i, l in enumerate(text.rstrip("\n").split("\n")):
        l = ("\ufeff" + l) if bom and i == 0 else l         # iOS Mail leaves a BOM at the top of a quote
        out.append(">" if l == "" else "> " + l)
    return "\n".join(out) + "\n"


def quote_head(style, m):
    """The attribution line(s) a mailer writes above a quoted message."""
    d, who = m.date, "%s <%s>" % (m.name, m.addr)
    to = ", ".join("%s <%s>" % PEOPLE[k] for k in m.to)
    if style == "ios_us":
        return ["On %s %d, %d, at %s, %s wrote:" % (MONTHS[d.month - 1], d.day, d.year, h12(d), who)]
    if style == "ios_gb":
        return ["On %d %s %d, at %02d:%02d, %s wrote:" % (d.day, MONTHS[d.month - 1], d.year, d.hour, d.minute, who)]
    if style == "ios_ja":
        return ["%d/%02d/%02d %d:%02d、%sのメール:" % (d.year, d.month, d.day, d.hour, d.minute, who)]
    if style == "gmail_en":
        return ["On %s, %s %d, %d at %s %s wrote:" % (DAYS[d.weekday()][:3], MONTHS[d.month - 1], d.day, d.year,
                                                     h12(d), who)]
    if style == "gmail_ja":
        return ["%d年%d月%d日(%s) %d:%02d %s:" % (d.year, d.month, d.day, JA_DAYS[d.weekday()], d.hour, d.minute, who)]
    if style == "outlook_mobile":
        return ["From: " + who, "Sent: %s, %s %d, %d %s" % (DAYS[d.weekday()], LONG_MONTHS[d.month - 1], d.day,
                                                            d.year, h12(d, True)),
                "To: " + to, "Subject: " + m.subject]
    if style == "samsung":
        off = int(d.utcoffset().total_seconds() // 3600)
        return ["From: %s " % who, "Date: %02d/%02d/%d  %02d:%02d  (GMT%+03d:00) " % (d.day, d.month, d.year, d.hour,
                                                                                    d.minute, off),
                "To: %s " % to, "Subject: %s " % m.subject]
    if style == "outlook_jp":
        return ["差出人: %s " % who, "送信日時: %d年%d月%d日 %d:%02d" % (d.year, d.month, d.day, d.hour, d.minute),
                "宛先: " + to, "件名: " + m.subject]
    raise ValueError(style)


def render_quote(style, m):
    head, body = quote_head(style, m), m.plain()
    if style.startswith("ios"):
        return "\n> " + head[0] + "\n> \n" + prefixed(body, bom=True)
    if style.startswith("gmail"):
        return "\n" + head[0] + "\n\n" + prefixed(body)
    if style == "outlook_mobile":
        return "________________________________\n" + "\n".join(head) + "\n\n" + body
    if style == "samsung":
        return "\n\n-------- Original message --------\n" + "\n".join(head) + "\n\n" + body
    if style == "outlook_jp":
        return "\n-----Original Message-----\n" + "\n".join(head) + "\n\n" + body
    raise ValueError(style)


def text_to_html(t):
    return "".join("<div>%s</div>" % (html.escape(l) if l else "<br>") for l in t.rstrip("\n").split("\n"))


def quote_html(style, m):
    head = quote_head(style, m)
    if style in ("outlook_mobile", "samsung", "outlook_jp"):
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
                + "<br>".join(html.escape(l.strip()) for l in head) + '</font><div>&nbsp;</div></div><div>'
                + m.html_body() + "</div>")
    return ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
            '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % (html.escape(head[0]), m.html_body()))


# =========================================================================== MIME
CODECS = {"UTF-8": "utf-8", "ISO-2022-JP": "iso2022_jp", "Shift_JIS": "cp932"}


def b_words(s, charset, maxbytes):
    """RFC 2047 B encoded-words, each one complete in its charset (ISO-2022-JP words end in ASCII)."""
    codec, words, cur = CODECS[charset], [], ""
    for ch in s:
        if cur and len((cur + ch).encode(codec)) > maxbytes:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return ["=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(codec)).decode()) for w in words if w]


def enc_text(s, charset):
    if all(ord(c) < 128 for c in s):
        return s
    m = re.match(r"^((?:Re|RE|Fwd|FW): )(.*)$", s)       # an encoded-word must follow whitespace
    pre, rest = (m.group(1), m.group(2)) if m else ("", s)
    return pre + "\n ".join(b_words(rest, charset, 42 if charset == "UTF-8" else 30))


def enc_addr(key, charset):
    name, addr = PEOPLE[key]
    if all(ord(c) < 128 for c in name):
        return ('"%s"' % name if re.search(r"[&,.]", name) else name) + " <%s>" % addr
    return " ".join(b_words(name, charset, 42)) + " <%s>" % addr


def payload(text, codec, cte):
    raw = text.encode(codec)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def part(ctype, charset, text, codec, cte):
    head = "Content-Type: %s; charset=%s\n" % (ctype, charset)
    if cte:
        head += "Content-Transfer-Encoding: %s\n" % cte
    return head.encode() + b"\n" + payload(text, codec, cte)


def html_doc(inner, charset):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body dir="auto">%s</body></html>\n' % (charset, inner))


def build_mime(m):
    c, plain, htmlb = m.client, m.plain(), m.html_body()
    ascii_only = all(ord(ch) < 128 for ch in plain)
    cjk = bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f]", plain))
    hcs = {"outlook_jp": "ISO-2022-JP", "thunderbird": "ISO-2022-JP", "keitai": "Shift_JIS"}.get(c, "UTF-8")
    refs, r = [], m.reply_to
    while r is not None:
        refs.insert(0, r.msgid)
        r = r.reply_to
    frm, to = enc_addr(m.sender, hcs), ", ".join(enc_addr(k, hcs) for k in m.to)
    cc, subj = ", ".join(enc_addr(k, hcs) for k in m.cc), enc_text(m.subject, hcs)
    date = "%s, %d %s %d %s" % (DAYS[m.date.weekday()][:3], m.date.day, MONTHS[m.date.month - 1], m.date.year,
                                m.date.strftime("%H:%M:%S %z"))
    seed = hashlib.md5(m.key.encode()).hexdigest()
    reply = ["References: " + " ".join("<%s>" % x for x in refs), "In-Reply-To: <%s>" % refs[-1]] if refs else []
    h, parts, single = [], None, None
    if c == "iphone":
        bnd = "Apple-Mail-%s-%s-%s-%s-%s" % (seed[:8], seed[8:12], seed[12:16], seed[16:20], seed[20:32])
        bnd = bnd.upper().replace("APPLE-MAIL", "Apple-Mail")
        h = ["From: " + frm, "Content-Type: multipart/alternative; boundary=" + bnd, "Content-Transfer-Encoding: 7bit",
             "Mime-Version: 1.0 (1.0)", "Subject: " + subj, "Date: " + date, "Message-Id: <%s>" % m.msgid] + reply
        h += (["Cc: " + cc] if cc else []) + ["To: " + to, "X-Mailer: iPhone Mail (23B85)"]
        if ascii_only:
            p = part("text/plain", "us-ascii", plain, "ascii", "7bit")
        else:
            p = part("text/plain", "utf-8", plain, "utf-8", "base64" if cjk else "quoted-printable")
        q = part("text/html", "utf-8", html_doc(htmlb, "utf-8"), "utf-8", "base64" if cjk else "quoted-printable")
        parts = (bnd, [p, q])
    elif c == "gmail":
        bnd = "000000000000" + seed[:16]
        h = ["MIME-Version: 1.0"] + reply + ["From: " + frm, "Date: " + date, "Message-ID: <%s>" % m.msgid,
                                             "Subject: " + subj, "To: " + to] + (["Cc: " + cc] if cc else [])
        h.append('Content-Type: multipart/alternative; boundary="%s"' % bnd)
        cte = None if ascii_only else "base64" if cjk else "quoted-printable"
        p = part("text/plain", '"UTF-8"', plain, "utf-8", cte)
        q = part("text/html", '"UTF-8"', '<div dir="ltr">%s</div>\n' % htmlb, "utf-8", cte or "quoted-printable")
        parts = (bnd, [p, q])
    elif c.startswith("outlook"):
        bnd = "_000_%s_" % m.msgid.split("@")[0]
        lang = {"london": "en-GB", "us-hq": "en-US"}.get(m.office, "ja-JP")
        h = ["From: " + frm, "To: " + to] + (["CC: " + cc] if cc else []) + [
            "Subject: " + subj, "Thread-Topic: " + enc_text(re.sub(r"^(Re|RE): ?", "", m.subject), hcs),
            "Thread-Index: AQH" + base64.b64encode(bytes.fromhex(seed[:30])).decode()[:24],
            "Date: " + date, "Message-ID: <%s>" % m.msgid] + reply + [
            "Accept-Language: %s, en-US" % lang, "Content-Language: " + lang, "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:", 'Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd, "MIME-Version: 1.0"]
        if c == "outlook_jp":
            p = part("text/plain", '"iso-2022-jp"', plain, "iso2022_jp", "7bit")
            q = part("text/html", '"iso-2022-jp"', html_doc(htmlb, "iso-2022-jp"), "iso2022_jp", "quoted-printable")
        elif ascii_only:
            p = part("text/plain", '"us-ascii"', plain, "ascii", "quoted-printable")
            q = part("text/html", '"us-ascii"', html_doc(htmlb, "us-ascii"), "ascii", "quoted-printable")
        else:
            cte = "base64" if cjk else "quoted-printable"
            p = part("text/plain", '"utf-8"', plain, "utf-8", cte)
            q = part("text/html", '"utf-8"', html_doc(htmlb, "utf-8"), "utf-8", cte)
        parts = (bnd, [p, q])
    elif c == "samsung":
        bnd = "--_com.samsung.android.email_%d" % (int(seed[:12], 16) % 10 ** 15)
        h = ["Message-ID: <%s>" % m.msgid, "Date: " + date, "Subject: " + subj] + reply + [
            "Importance: normal", "From: " + frm, "To: " + to, "MIME-Version: 1.0",
            'Content-Type: multipart/alternative; boundary="%s"' % bnd]
        parts = (bnd, [part("text/plain", "utf-8", plain, "utf-8", "base64"),
                       part("text/html", "utf-8", html_doc(htmlb, "UTF-8"), "utf-8", "base64")])
    elif c == "thunderbird":
        h = ["Message-ID: <%s>" % m.msgid, "Date: " + date, "MIME-Version: 1.0",
             "User-Agent: Mozilla Thunderbird", "Content-Language: ja", "To: " + to, "From: " + frm,
             "Subject: " + subj, "Content-Type: text/plain; charset=ISO-2022-JP", "Content-Transfer-Encoding: 7bit"]
        single = plain.encode("iso2022_jp")
    elif c == "keitai":
        h = ["Date: " + date, "From: " + frm, "To: " + to] + (["Cc: " + cc] if cc else []) + [
            "Subject: " + subj, "Message-ID: <%s>" % m.msgid] + reply[1:] + [
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=Shift_JIS", "Content-Transfer-Encoding: 8bit"]
        single = plain.encode("cp932")       # labelled Shift_JIS as handsets do; ㈱ is a CP932 character
    else:
        raise ValueError(c)
    out = ("\n".join(h) + "\n\n").encode()
    if parts:
        bnd, ps = parts
        for p in ps:
            out += b"--" + bnd.encode() + b"\n" + p + (b"\n" if p.endswith(b"\n") else b"\n\n")
        out += b"--" + bnd.encode() + b"--\n"
    else:
        out += single if single.endswith(b"\n") else single + b"\n"
    return out.replace(b"\n", b"\r\n") if m.crlf else out


# =========================================================================== time
def T(s, off):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


JST, BST, GMT, PDT, PST, EDT, EST, CDT = 9, 1, 0, -7, -8, -4, -5, -5
SY, VA, IN = "meridian-sync", "meridian-vault", "meridian-insight"


def C(product, attribute, value, verdict, text):
    return {"product": product, "attribute": attribute, "value": value, "verdict": verdict, "text": text}


def PH(rule, text):
    return {"kind": "phrase", "rule": rule, "product": None, "text": text}


def TERM(product, text):
    return {"kind": "terminology", "rule": None, "product": product, "text": text}


# =========================================================================== the mail
# Virtual messages (file=None) are never written as files: they exist only as
# the quoted history inside the replies that follow them.

# ---- Tokyo, March: a limit that changes on 2026-04-01 (value placed in a period)
H0 = Msg("H0", None, "kobayashi", ["nakamura"], T("2026-03-17 18:40", JST),
         "メリディアン・シンクのユーザー数について", "gmail", """
中村様

いつもお世話になっております。エイト物流の小林です。
メリディアン・シンクを全社展開する場合、従業員約6,200名を1テナントで運用できますでしょうか。
4月からの契約を想定しております。
ご確認のほどよろしくお願いいたします。

株式会社エイト物流 情報システム課
小林 直樹
TEL 045-663-2190 / FAX 045-663-2191
""")

Msg("H1", "0001", "nakamura", ["kobayashi"], T("2026-03-18 11:24", JST),
    "Re: メリディアン・シンクのユーザー数について", "gmail", """
小林様

お世話になっております。メリディアン・データの中村です。
外出先からのため簡単なご返信で失礼いたします。

メリディアン・シンクは現在1テナントあたり最大5,000ユーザーですが、2026年4月以降は最大1万ユーザーまで拡張されます。
御社の6,200名でしたら、4月の契約開始で1テナントに収まります。

詳細は来週のお打ち合わせ（3/25 14:00〜）でご説明いたします。

中村

--
メリディアン・データ株式会社 東京オフィス
中村 美咲 / Misaki Nakamura
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F
TEL 03-5219-4410 / 携帯 090-3318-2207
""", quote=("gmail_ja", H0), archive=True, claims=[
    C(SY, "max_users", 5000, "ok", "メリディアン・シンクは現在1テナントあたり最大5,000ユーザーですが、2026年4月以降は最大1万ユーザーまで拡張されます。"),
    # "2026年4月以降は最大1万ユーザー": placed in a period, judged as of that period
    C(SY, "max_users", 10000, "ok", "メリディアン・シンクは現在1テナントあたり最大5,000ユーザーですが、2026年4月以降は最大1万ユーザーまで拡張されます。"),
])

# ---- Osaka, April: desktop mail (ISO-2022-JP), deprecated name, an estimate number near-miss
Msg("H2", "0002", "okada", ["tamura"], T("2026-04-09 17:48", JST),
    "メリディアン シンク 上限拡張のご案内", "thunderbird", """
株式会社みなと精機
田村様

いつもお世話になっております。
メリディアン・データ大阪オフィスの岡田でございます。

4月1日より、メリディアン シンクは1テナントあたり最大10,000ユーザーまでご利用いただけるようになりました。
これまで2テナントに分けてご検討いただいていた構成も、1テナントにまとめることが可能です。

また、以前ご案内していたメリディアン ファイルシンクからの移行についても、追加費用なしで承ります。

お見積書No.OS-2026-0412を添付いたしますので、ご確認のほどよろしくお願いいたします。

--------------------------------------------
メリディアン・データ株式会社 大阪オフィス
営業部 岡田 大輔
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F
TEL 06-6345-7781  FAX 06-6345-7782
--------------------------------------------
""", archive=True, claims=[
    C(SY, "max_users", 10000, "ok", "4月1日より、メリディアン シンクは1テナントあたり最大10,000ユーザーまでご利用いただけるようになりました。"),
], findings=[TERM(SY, "以前ご案内していたメリディアン ファイルシンクからの移行についても、追加費用なしで承ります。")])

# ---- London, May: the old limit after it changed (stale)
N0 = Msg("N0", None, "nadia", ["oliver"], T("2026-05-12 11:02", BST), "Meridian Sync for Kestrel", "iphone", """
Hi Oliver,

Quick question before our board pack goes out: how many users can Meridian Sync handle on a single tenant? We're just over 7,000 staff across three sites.

Thanks,
Nadia

Nadia Shah
Head of Digital, Kestrel Health Ltd
T: 0118 496 0732 | M: 07700 900418
Registered in England & Wales No. 08812345

Sent from my iPhone
""")

Msg("L1", "0003", "oliver", ["nadia"], T("2026-05-12 16:05", BST), "Re: Meridian Sync for Kestrel", "iphone", """
Hi Nadia,

Short answer from the platform at Reading - Meridian Sync tops out at 5,000 users per tenant.

For 7k staff you'd need two tenants, which is fine, we already do it that way for a couple of NHS trusts. Happy to walk your IT lead through it on Friday.

Oliver

Sent from my iPhone
""", quote=("ios_gb", N0), archive=True, claims=[
    C(SY, "max_users", 5000, "stale", "Short answer from the platform at Reading - Meridian Sync tops out at 5,000 users per tenant."),
])

# ---- Tokyo, June: phone reply, full-width digits, 税別, short name after the full one
C1 = Msg("C1", None, "mori", ["sato"], T("2026-06-15 09:58", JST), "メリディアン シンクのお見積りについて", "iphone", """
佐藤様

お世話になっております。北星建設の森です。
メリディアン シンクの件です。
現場職員を含めると約8,000名になりそうなのですが、1テナントで運用できますでしょうか？
あわせて月額料金も教えていただけますと助かります。

北星建設株式会社 情報システム部
森 徹
TEL 03-3562-1184
""")

Msg("C2", "0004", "sato", ["mori"], T("2026-06-15 10:31", JST), "Re: メリディアン シンクのお見積りについて", "iphone", """
森様

お世話になっております、佐藤です。
移動中のためiPhoneから失礼します🙇

メリディアン シンクは最大１万ユーザーまで１テナントでご利用いただけます。
８，０００名規模でしたら問題ございません！

シンクの月額は５万円（税別）です。
正式なお見積りは明日お送りします。

佐藤

iPhoneから送信
""", quote=("ios_ja", C1), archive=True, claims=[
    C(SY, "max_users", 10000, "ok", "メリディアン シンクは最大１万ユーザーまで１テナントでご利用いただけます。"),
    C(SY, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "シンクの月額は５万円（税別）です。"),
])

# ---- Osaka, July: Outlook for Android, a wrong figure, then a (誤)(正) correction
Msg("D1", "0005", "okada", ["tamura_k"], T("2026-07-02 16:12", JST), "メリディアン・ボールトの件", "outlook_android_jp", """
田村様

岡田です。先ほどのお電話の件、取り急ぎご連絡です。

メリディアン・ボールトの件、ＲＰＯは15分、標準の保持期間は３０日です。
ボールトは1TBあたり月額2,800円（税抜）です。

来週水曜１４時にお伺いします。よろしくお願いします。

岡田

Android 用 Outlook<https://aka.ms/AAb9ysg> を入手
""", cc=["tamura"], archive=True, crlf=True, claims=[
    C(VA, "rpo", dur(15, "minutes"), "ok", "メリディアン・ボールトの件、ＲＰＯは15分、標準の保持期間は３０日です。"),
    C(VA, "retention", dur(30, "days"), "conflict", "メリディアン・ボールトの件、ＲＰＯは15分、標準の保持期間は３０日です。"),
    C(VA, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "ボールトは1TBあたり月額2,800円（税抜）です。"),
])

Msg("D2", "0006", "okada", ["tamura_k"], T("2026-07-02 16:29", JST), "訂正：メリディアン・ボールトの件", "outlook_android_jp", """
田村様

たびたび失礼します、岡田です。
先ほどのメールに誤りがありました。

メリディアン・ボールトの標準の保持期間は（誤）３０日（正）９０日です。
失礼いたしました。

岡田

Android 用 Outlook<https://aka.ms/AAb9ysg> を入手
""", cc=["tamura"], archive=True, crlf=True, claims=[
    C(VA, "retention", dur(90, "days"), "ok", "メリディアン・ボールトの標準の保持期間は（誤）３０日（正）９０日です。"),
])

# ---- Osaka customer on a feature phone: Shift_JIS, half-width katakana, a reported statement
Msg("D3", "0007", "tamura_k", ["okada"], T("2026-07-03 08:47", JST), "Re:訂正：メリディアン・ボールトの件", "keitai", """
岡田様
お世話になります､みなと精機の田村です｡
訂正の件了解しました｡
ﾒﾘﾃﾞｨｱﾝ･ﾎﾞｰﾙﾄは大阪のﾃﾞｰﾀｾﾝﾀｰも使えると伺っております｡
弊社は大阪でお願いしたいです｡
水曜14時､お待ちしております｡
--
㈱みなと精機 資材部
田村 誠
TEL 06-6571-3308
""", claims=[
    C(VA, "data_centers", "Osaka", "ok", "ﾒﾘﾃﾞｨｱﾝ･ﾎﾞｰﾙﾄは大阪のﾃﾞｰﾀｾﾝﾀｰも使えると伺っております｡"),
])

# ---- US, August: iPhone, emoji, /user/mo, a deal total, "unlimited", "#1 priority" near-miss
I0 = Msg("I0", None, "rachel", ["jake"], T("2026-08-20 15:30", CDT), "Insight pricing?", "gmail", """
Hi Jake,

Great meeting you at the expo. What does Meridian Insight cost per user, and is there a trial? We'd have about 85 analysts on it.

Thanks!
Rachel
""", wrap=True)

I1 = Msg("I1", "0008", "jake", ["rachel"], T("2026-08-20 16:12", PDT), "Re: Insight pricing?", "iphone", """
Hi Rachel!

Meridian Insight is $30/user/mo and comes with a 30-day free trial 🙌 no card needed

Insight GA is Jan 2027, until then you'd be on the beta (same features, we just call it beta)

For your 85 analysts that's ~$2.5K/mo at list. Unlimited dashboards too so build away

Getting you live before your Q1 close is our #1 priority!

Jake

Sent from my iPhone
""", quote=("gmail_en", I0), claims=[
    C(IN, "per_user_price", money(30, "USD", "user-month"), "ok", "Meridian Insight is $30/user/mo and comes with a 30-day free trial"),
    C(IN, "free_trial", dur(30, "days"), "ok", "Meridian Insight is $30/user/mo and comes with a 30-day free trial"),
    C(IN, "general_availability", "2027-01", "ok", "Insight GA is Jan 2027, until then you'd be on the beta"),
], findings=[PH("en.unlimited", "Unlimited dashboards too so build away")])

I2 = Msg("I2", None, "rachel", ["jake"], T("2026-08-21 08:03", CDT), "Re: Insight pricing?", "gmail", """
Thanks Jake, this is helpful.

One thing - at the trade show another Meridian rep quoted us $25/user, can you match that? Also our CFO wants the trial to start after Labor Day, not before.

Rachel

--
Rachel Adeyemi | Director, FP&A
Copperline Foods, Inc.
1450 W Fulton St, Chicago, IL 60607
o: (312) 555-0148  m: (312) 555-0193
""", quote=("gmail_en", I1), wrap=True)

Msg("I3", "0009", "jake", ["rachel"], T("2026-08-21 07:40", PDT), "Re: Insight pricing?", "iphone", """
list is $30, the £25 you heard is our UK price list. I can do 10% off on a 2 yr term so $27 for your team

trial start after Labor Day works, I'll set it for 9/8

btw MeridianInsight dashboards max out at 200 per workspace

(and Meridian Insigt GA is still Jan 2027, beta until then)

Sent from my iPhone
""", quote=("ios_us", I2), claims=[
    C(IN, "max_dashboards", 200, "ok", "btw MeridianInsight dashboards max out at 200 per workspace"),
    # "Meridian Insigt" is a misspelling the base does not list: no product, no claim (README, judgement calls)
])

# ---- US, September: one-line answers above the quoted question
A1 = Msg("A1", None, "tom", ["jake"], T("2026-09-08 07:41", EDT), "Meridian Sync - couple of q's before Thurs",
         "outlook_mobile", """
Hi Jake,

A few quick ones before Thursday's call:

1) Is Meridian Sync's uptime SLA still 99.9%? Legal wants it in the MSA.
2) Our drivers lose signal constantly. Does Meridian Sync work offline?
3) What's the max number of users on one tenant? After the merger we're at roughly 6,500 people.

Thanks,
Tom

Tom Keller
IT Director | Brightwater Logistics
2200 Westbelt Dr, Columbus, OH 43228
Office 614-555-0172 | Cell 614-555-0139
""")

A2 = Msg("A2", "0010", "jake", ["tom"], T("2026-09-08 06:02", PDT),
         "Re: Meridian Sync - couple of q's before Thurs", "iphone", """
Hi Tom -

yes, 99.9% same as before

no offline mode in meridian sync tho, drivers need signal for it to sync

max is 10k users per tenant so 6,500 is fine 👍

talk thurs
Jake

Sent from my iPhone
""", quote=("ios_us", A1), archive=True, claims=[
    # line 1 and line 3 name no product (the subject does not count): no claims
    C(SY, "offline_mode", False, "ok", "no offline mode in meridian sync tho, drivers need signal for it to sync"),
])

Msg("A3", "0011", "tom", ["jake"], T("2026-09-09 10:15", EDT), "Re: Meridian Sync - couple of q's before Thurs",
    "outlook_mobile", """
Thanks Jake, that all works.

One more - our dispatch lead was told at the roadshow that Meridian Sync runs on Linux as well. We have about 40 Ubuntu laptops in dispatch so that would matter.

Tom

Get Outlook for iOS<https://aka.ms/o0ukef>
""", quote=("outlook_mobile", A2), crlf=True, claims=[
    C(SY, "supported_platforms", "Linux", "conflict", "our dispatch lead was told at the roadshow that Meridian Sync runs on Linux as well."),
])

# ---- Tokyo, September: bullets, 同製品, 税込, a superlative, then a bare answer
J1 = Msg("J1", "0012", "sato", ["mori"], T("2026-09-25 13:10", JST), "メリディアン シンク 補足", "iphone", """
森様

佐藤です、先ほどはありがとうございました！
ご質問いただいた点、取り急ぎまとめます。

・メリディアンシンクは１ユーザーあたり１ＴＢ、ISO27001とSOC2も取得済みです
・同製品はiPhone・Android・Windows・Macに対応しています
・業界No.1の使いやすさなので現場の方もすぐ慣れると思います😊
・シンクの月額は55,000円(税込)です

お見積書No.HK-0925を添付します。

佐藤

iPhoneから送信
""", claims=[
    C(SY, "storage_per_user", 1 * TB, "ok", "メリディアンシンクは１ユーザーあたり１ＴＢ、ISO27001とSOC2も取得済みです"),
    C(SY, "certifications", "ISO 27001", "ok", "メリディアンシンクは１ユーザーあたり１ＴＢ、ISO27001とSOC2も取得済みです"),
    C(SY, "certifications", "SOC 2 Type II", "ok", "メリディアンシンクは１ユーザーあたり１ＴＢ、ISO27001とSOC2も取得済みです"),
    C(SY, "supported_platforms", "iOS", "ok", "同製品はiPhone・Android・Windows・Macに対応しています"),
    C(SY, "supported_platforms", "Android", "ok", "同製品はiPhone・Android・Windows・Macに対応しています"),
    C(SY, "supported_platforms", "Windows", "ok", "同製品はiPhone・Android・Windows・Macに対応しています"),
    C(SY, "supported_platforms", "macOS", "ok", "同製品はiPhone・Android・Windows・Macに対応しています"),
    C(SY, "monthly_price", money(55000, "JPY", "month", "included"), "ok", "シンクの月額は55,000円(税込)です"),
], findings=[PH("ja.superlative-no1", "業界No.1の使いやすさなので現場の方もすぐ慣れると思います")])

J2 = Msg("J2", None, "mori", ["sato"], T("2026-09-25 13:42", JST), "Re: メリディアン シンク 補足", "iphone", """
佐藤様

ありがとうございます！助かります。
現場は山の中で圏外になることも多いのですが、オフラインでも使えますか？

森

iPhoneから送信
""", quote=("ios_ja", J1))

Msg("J3", "0013", "sato", ["mori"], T("2026-09-25 14:05", JST), "Re: メリディアン シンク 補足", "iphone", """
森様

すみません、オフラインは非対応です🙏
圏外だと同期されないので、電波のあるところで開いてください。

佐藤

iPhoneから送信
""", quote=("ios_ja", J2))     # the answer names no product: no claim of its own

# ---- London, October: Samsung Email, a terse RPO line with no product, deal figures
B1 = Msg("B1", "0014", "oliver", ["fiona"], T("2026-10-05 18:22", BST), "Meridian Vault numbers", "samsung", """
Hi Fiona,

Quick one from the train as promised.

Meridian Vault keeps backups for 90 days by default and you can set longer policies per matter. RPO is 15 mins.

Meridian Vault pricing for you would be £16 per TB per month. For your ~120 TB that's roughly £1.9K a month before the 12% multi-year discount we discussed.

Your Meridian Vault data would sit in our Frankfurt data centre.

Chat Thurs 2pm?

Oliver

Sent from my Galaxy
""", archive=True, crlf=True, claims=[
    C(VA, "retention", dur(90, "days"), "ok", "Meridian Vault keeps backups for 90 days by default and you can set longer policies per matter."),
    C(VA, "price_per_tb", money(16, "GBP", "TB-month"), "ok", "Meridian Vault pricing for you would be £16 per TB per month."),
    C(VA, "data_centers", "Frankfurt", "ok", "Your Meridian Vault data would sit in our Frankfurt data centre."),
])

B2 = Msg("B2", None, "fiona", ["oliver"], T("2026-10-06 08:14", BST), "Re: Meridian Vault numbers", "iphone", """
Thanks Oliver.

Our DR policy needs an RPO under 30 mins so that's fine. The partners asked me to check one thing though - is Meridian Vault in a London data centre? Some clients insist on UK hosting.

Thurs 2pm works.

Fiona

Sent from my iPhone
""", quote=("ios_gb", B1))

Msg("B3", "0015", "oliver", ["fiona"], T("2026-10-06 09:03", BST), "Re: Meridian Vault numbers", "samsung", """
Morning Fiona,

Not London, I'm afraid. Meridian Vault data centres are Tokyo, Osaka, Oregon and Frankfurt, and for you everything stays in Frankfurt.

Oliver

Sent from my Galaxy
""", quote=("samsung", B2), archive=True, crlf=True, claims=[
    C(VA, "data_centers", m, "ok", "Meridian Vault data centres are Tokyo, Osaka, Oregon and Frankfurt, and for you everything stays in Frankfurt.")
    for m in ("Tokyo", "Osaka", "Oregon", "Frankfurt")
])

# ---- Tokyo and Osaka tell one partner different things about Meridian Insight
Msg("E1", "0016", "nakamura", ["ishii"], T("2026-10-14 15:20", JST), "メリディアン・インサイトのご案内", "outlook_jp", """
ネクストリンク株式会社
石井様

いつも大変お世話になっております。
メリディアン・データ東京オフィスの中村でございます。

先日お問い合わせいただきましたメリディアン・インサイトについて、概要をご案内いたします。

メリディアン・インサイトは2027年1月に一般提供を開始する予定で、現在はベータ版としてご提供しております。
同製品の価格は、1ユーザーあたり月額4,000円（税抜）を予定しております。
また、本製品のクエリ応答時間は最大2秒です。
本製品は30日間の無料トライアルをご用意しておりますので、貴社の検証環境でもお試しいただけます。
なお、ご参考までに、米国での同製品の価格は1ユーザーあたり月額30ドルです。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━
メリディアン・データ株式会社 東京オフィス
パートナー営業部 中村 美咲
〒100-0005 東京都千代田区丸の内1-6-5 丸の内北口ビル 12F
TEL：03-5219-4410　FAX：03-5219-4411
━━━━━━━━━━━━━━━━━━━━━━
""", archive=True, crlf=True, claims=[
    C(IN, "general_availability", "2027-01", "ok", "メリディアン・インサイトは2027年1月に一般提供を開始する予定で、現在はベータ版としてご提供しております。"),
    C(IN, "per_user_price", money(4000, "JPY", "user-month", "excluded"), "ok", "同製品の価格は、1ユーザーあたり月額4,000円（税抜）を予定しております。"),
    C(IN, "query_latency", dur(2, "seconds"), "ok", "また、本製品のクエリ応答時間は最大2秒です。"),
    C(IN, "free_trial", dur(30, "days"), "ok", "本製品は30日間の無料トライアルをご用意しておりますので、貴社の検証環境でもお試しいただけます。"),
    C(IN, "per_user_price", money(30, "USD", "user-month"), "office-variant", "なお、ご参考までに、米国での同製品の価格は1ユーザーあたり月額30ドルです。"),
])

E0 = Msg("E0", None, "ishii", ["nishikawa"], T("2026-10-20 11:32", JST), "メリディアン インサイトについて", "outlook_jp", """
西川様

いつもお世話になっております。ネクストリンクの石井です。
メリディアン インサイトについて、弊社のお客様からお問い合わせをいただいております。
製造業で、従業員は約300名です。
リリース時期と価格感を教えていただけますでしょうか。

ネクストリンク株式会社 ソリューション営業部
石井 亮
TEL 052-218-6630
""")

E2 = Msg("E2", "0017", "nishikawa", ["ishii"], T("2026-10-20 18:05", JST), "Re: メリディアン インサイトについて",
         "iphone", """
石井様

お世話になっております！大阪の西川です。
出先なのでスマホから失礼します🙏

メリディアン インサイト、正式リリースは２０２６年１２月の予定です！
インサイトは１ユーザーあたり月額３，５００円（税別）でご提供できます。
ダッシュボードも最大５００個まで作れるので、御社のお客様にも喜んでいただけると思います✨

西川

iPhoneから送信
""", quote=("ios_ja", E0), archive=True, claims=[
    C(IN, "general_availability", "2026-12", "conflict", "メリディアン インサイト、正式リリースは２０２６年１２月の予定です！"),
    C(IN, "per_user_price", money(3500, "JPY", "user-month", "excluded"), "conflict", "インサイトは１ユーザーあたり月額３，５００円（税別）でご提供できます。"),
])

E3 = Msg("E3", None, "ishii", ["nishikawa"], T("2026-10-21 09:30", JST), "RE: メリディアン インサイトについて",
         "outlook_jp", """
西川様
（CC：東京オフィス 中村様）

ご回答ありがとうございます。
東京の中村様からは一般提供は2027年1月、価格は4,000円と伺っておりまして、12月リリース・3,500円とのご案内とずれがあるようです。
どちらでお客様にご案内すればよろしいでしょうか。

石井
""", quote=("outlook_jp", E2), cc=["nakamura"])

Msg("E4", "0018", "nishikawa", ["ishii"], T("2026-10-21 10:12", JST), "Re: メリディアン インサイトについて", "iphone", """
石井様

失礼しました、中村の案内が正しいです🙇‍♀️
メリディアン インサイトの一般提供は２０２７年１月です。
価格も４，０００円（税抜）／ユーザー／月が正です。

西川

iPhoneから送信
""", quote=("ios_ja", E3), cc=["nakamura"], archive=True, claims=[
    C(IN, "general_availability", "2027-01", "ok", "メリディアン インサイトの一般提供は２０２７年１月です。"),
    # the price line names no product: no claim
])

# ---- London and US tell customers different SLAs for Meridian Sync; London corrects itself
Msg("F1", "0019", "harriet", ["marcus"], T("2026-11-02 17:40", GMT), "Meridian Sync for Pell & Rowe", "outlook_mobile", """
Hi Marcus,

Lovely to meet you and the team today. As discussed, Meridian Sync comes with a 99.95% uptime SLA, and it's ISO 27001 and Cyber Essentials Plus certified.

Meridian Sync is £329 a month for the whole practice, and we'll move your project archive across with zero downtime over a weekend.

I'll send the order form over tomorrow.

Best,
Harriet

Harriet Cole
Account Executive, Meridian Data UK Ltd
Meridian Sync · Meridian Vault · Meridian Insight
20 Farringdon Road, London EC1M 3HE
+44 20 7946 0321 | Company No. 10456782

Get Outlook for iOS<https://aka.ms/o0ukef>
""", archive=True, crlf=True, claims=[
    C(SY, "sla", 99.95, "conflict", "As discussed, Meridian Sync comes with a 99.95% uptime SLA, and it's ISO 27001 and Cyber Essentials Plus certified."),
    C(SY, "certifications", "ISO 27001", "ok", "As discussed, Meridian Sync comes with a 99.95% uptime SLA, and it's ISO 27001 and Cyber Essentials Plus certified."),
    C(SY, "certifications", "Cyber Essentials Plus", "conflict", "As discussed, Meridian Sync comes with a 99.95% uptime SLA, and it's ISO 27001 and Cyber Essentials Plus certified."),
    C(SY, "monthly_price", money(329, "GBP", "month"), "ok", "Meridian Sync is £329 a month for the whole practice"),
], findings=[PH("en.guarantee", "we'll move your project archive across with zero downtime over a weekend.")])

G0 = Msg("G0", None, "greg", ["dana"], T("2026-11-02 15:48", PST), "SLA figure for the Meridian Sync order form", "gmail", """
Dana - our counsel wants the SLA figure for Meridian Sync spelled out in the order form. What number should we put?

Greg Olsen
VP, Information Technology
Oakfield Credit Union | NMLS #412873
""", wrap=True)

Msg("F2", "0020", "dana", ["greg"], T("2026-11-03 07:15", PST), "Re: SLA figure for the Meridian Sync order form", "gmail", """
Greg,

Confirming for your counsel: the Meridian Sync uptime SLA is 99.9% per calendar month, with service credits if we miss it. That's the number in Schedule A of the MSA.

From our side, your 1,150 seats and the 8% discount are locked through the Dec 15 signature date.

Dana

Dana Whitfield
Regional VP, Sales - West | Meridian Data, Inc.
535 Mission St, 14th Fl, San Francisco, CA 94105
(415) 555-0162
""", quote=("gmail_en", G0), archive=True, wrap=True, claims=[
    C(SY, "sla", 99.9, "ok", "the Meridian Sync uptime SLA is 99.9% per calendar month, with service credits if we miss it."),
])

Msg("F3", "0021", "harriet", ["marcus"], T("2026-11-03 16:30", GMT), "Correction: Meridian Sync SLA", "outlook_mobile", """
Hi Marcus,

Quick correction to my note yesterday, sorry: the Meridian Sync uptime SLA is 99.9%, not 99.95% as I wrote. Everything else stands.

Harriet

Get Outlook for iOS<https://aka.ms/o0ukef>
""", archive=True, crlf=True, claims=[
    C(SY, "sla", 99.9, "ok", "the Meridian Sync uptime SLA is 99.9%, not 99.95% as I wrote."),
])

# ---- US, November: an answer split across two short messages (neither holds a claim)
K0 = Msg("K0", None, "tom", ["priya"], T("2026-11-09 16:20", EST), "Meridian Vault questions from our auditors",
         "outlook_mobile", """
Priya - two Meridian Vault questions from our auditors: what's the default retention, and can we get 1 year for the finance share?

Tom

Get Outlook for iOS<https://aka.ms/o0ukef>
""")

K1 = Msg("K1", "0022", "priya", ["tom"], T("2026-11-10 09:05", PST), "Re: Meridian Vault questions from our auditors",
         "iphone", """
Hi Tom, checking both of your Meridian Vault questions with product, will confirm today

also re the Meridain Vault case #4471 from last week, the fix went out in 2.4.1 last night

Priya

Sent from my iPhone
""", quote=("ios_us", K0))

Msg("K2", "0023", "priya", ["tom"], T("2026-11-10 11:48", PST), "Re: Meridian Vault questions from our auditors",
    "iphone", """
ok confirmed: default is 90 days, and 1 yr is doable as a custom policy (priced separately, I'll send a quote) 👍

Sent from my iPhone
""", quote=("ios_us", K1))

# =========================================================================== the documents (judged as of 2026-11-22)
DOCS = []


def DOC(path, text, claims=(), findings=(), bom=False):
    DOCS.append({"path": path, "text": text.lstrip("\n"), "claims": list(claims), "findings": list(findings),
                 "bom": bom})


# ---- Tokyo: Markdown proposal; products carried by section headings and a table caption
_T = "docs/tokyo/北星建設様_ご提案書_2026-11.md"
DOC(_T, """
# 北星建設株式会社様　全社ファイル共有・バックアップ基盤のご提案

2026年11月20日　メリディアン・データ株式会社 東京オフィス　営業部 佐藤 健一

## 1. 現状の課題

- 本社・現場事務所をあわせた利用者は約8,000名で、2027年度には9,500名程度まで増える見込みです。
- 現場事務所（約40か所）のファイルサーバーは、2027年3月で保守期限を迎えます。
- 要件：全利用者を1テナントで運用できること、バックアップのRPOは1時間以内であること。

## 2. メリディアン シンク（ファイル共有）

メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。
※2026年3月31日までのご契約では、上限は5,000ユーザーでした。

同製品は1ユーザーあたり1TBのストレージを備え、Windows、macOS、iOS、Androidに対応しています。
オフライン環境での編集には対応しておりません。同期には通信環境が必要です。

月間稼働率SLAは99.9％です。
ISO/IEC 27001およびSOC 2 Type IIの認証を取得しており、ISMAPにも登録済みです。

表1　メリディアン シンク 料金（金額はすべて税抜）

| 項目 | 単価 | 備考 |
|---|---|---|
| 月額基本料金 | 50,000円／月 | 年間契約 |

## 3. メリディアン ボールト（バックアップ）

| 項目 | 内容 |
|---|---|
| RPO（目標復旧時点） | 15分 |
| 標準の保持期間 | 90日間 |
| データセンター | 東京・大阪 |
| 1テナントあたりの最大容量 | 1PB |
| 料金 | 1TBあたり月額2,800円（税抜） |

メリディアン ボールトは国内No.1※の復旧実績を持つバックアップサービスです。
※2026年9月 東京ITリサーチ調べ（国内法人向けクラウドバックアップ市場）

## 4. 導入スケジュール（案）

- 2026年12月：キックオフ、アカウント設計
- 2027年1月〜2月：現場事務所への順次展開
- 2027年3月：旧ファイルサーバー停止

以上
""", claims=[
    C(SY, "max_users", 10000, "ok", "メリディアン シンクは、1テナントあたり最大1万ユーザーまでご利用いただけます。"),
    # a value placed in a period ("2026年3月31日までの…") is judged as of that period
    C(SY, "max_users", 5000, "ok", "※2026年3月31日までのご契約では、上限は5,000ユーザーでした。"),
    C(SY, "storage_per_user", 1 * TB, "ok", "同製品は1ユーザーあたり1TBのストレージを備え、Windows、macOS、iOS、Androidに対応しています。"),
] + [C(SY, "supported_platforms", p, "ok", "同製品は1ユーザーあたり1TBのストレージを備え、Windows、macOS、iOS、Androidに対応しています。")
     for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(SY, "offline_mode", False, "ok", "オフライン環境での編集には対応しておりません。"),
    C(SY, "sla", 99.9, "ok", "月間稼働率SLAは99.9％です。"),
    C(SY, "certifications", "ISO 27001", "ok", "ISO/IEC 27001およびSOC 2 Type IIの認証を取得しており、ISMAPにも登録済みです。"),
    C(SY, "certifications", "SOC 2 Type II", "ok", "ISO/IEC 27001およびSOC 2 Type IIの認証を取得しており、ISMAPにも登録済みです。"),
    C(SY, "certifications", "ISMAP", "conflict", "ISO/IEC 27001およびSOC 2 Type IIの認証を取得しており、ISMAPにも登録済みです。"),
    C(SY, "monthly_price", money(50000, "JPY", "month", "excluded"), "ok", "| 月額基本料金 | 50,000円／月 | 年間契約 |"),
    C(VA, "rpo", dur(15, "minutes"), "ok", "| RPO（目標復旧時点） | 15分 |"),
    C(VA, "retention", dur(90, "days"), "ok", "| 標準の保持期間 | 90日間 |"),
    C(VA, "data_centers", "Tokyo", "ok", "| データセンター | 東京・大阪 |"),
    C(VA, "data_centers", "Osaka", "ok", "| データセンター | 東京・大阪 |"),
    C(VA, "max_storage", 1000 * TB, "conflict", "| 1テナントあたりの最大容量 | 1PB |"),
    C(VA, "price_per_tb", money(2800, "JPY", "TB-month", "excluded"), "ok", "| 料金 | 1TBあたり月額2,800円（税抜） |"),
])

# ---- London: HTML proposal; a struck-out data centre, a footnoted superlative, a VAT note
_L = "docs/london/halden-marsh-proposal.html"
DOC(_L, """
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Proposal: backup and file sharing for Halden &amp; Marsh LLP</title>
<style>body{font-family:Arial,sans-serif;max-width:760px} td,th{border:1px solid #ccc;padding:4px 8px}</style>
</head>
<body>
<h1>Backup and file sharing for Halden &amp; Marsh LLP</h1>
<p>Prepared by Oliver Pryce, Meridian Data UK Ltd, 12 November 2026. Reference HM-2026-07.</p>

<h2>1. Your requirements</h2>
<ul>
<li>Around 240 fee-earners and support staff across the London and Leeds offices.</li>
<li>Roughly 120 TB of matter files, growing by about 15 TB a year.</li>
<li>A recovery point no worse than 30 minutes, and UK or EU hosting only.</li>
</ul>

<h2>2. Meridian Vault</h2>
<p>Meridian Vault backs up your document management system and file shares continuously, with a recovery point objective of 15 minutes.</p>
<table>
<caption>Meridian Vault: service summary (prices exclude VAT)</caption>
<tr><th>Item</th><th>Detail</th></tr>
<tr><td>Storage price</td><td>£16 per TB per month</td></tr>
<tr><td>Default retention</td><td>90 days, extendable per matter</td></tr>
<tr><td>Maximum capacity</td><td>500 TB per tenant</td></tr>
<tr><td>Availability SLA</td><td>99.99%</td></tr>
<tr><td>Recovery time objective</td><td>4 hours</td></tr>
<tr><td>Encryption at rest</td><td>AES-256</td></tr>
<tr><td>Data centres</td><td>Frankfurt (primary), <s>London</s> Oregon (secondary)</td></tr>
</table>
<p>Meridian Vault is the industry-leading backup service for UK law firms.<sup>1</sup></p>

<h2>3. Meridian Sync for fee-earners</h2>
<p>Meridian Sync is £329 per month for the whole firm and supports up to 5,000 users per tenant.</p>
<p>The Meridian Sync client runs on Windows, macOS, iOS and Android.</p>
<p>Meridian Sync keeps previous versions of every file for 30 days.</p>

<h2>4. Commercial summary</h2>
<p>For the 120 TB in scope, backup comes to about £1,920 per month; with the 12% three-year discount agreed on 4 November, £1,690 per month.</p>
<p>All prices in this proposal exclude VAT.</p>

<p class="footnote">
1. Source: Legal IT Insider, UK Law Firm Technology Survey 2026.
</p>
<p>Meridian Data UK Ltd &middot; 20 Farringdon Road, London EC1M 3HE &middot; +44 20 7946 0321 &middot; Registered in England and Wales, Company No. 10456782</p>
</body>
</html>
""", claims=[
    C(VA, "rpo", dur(15, "minutes"), "ok", "with a recovery point objective of 15 minutes."),
    C(VA, "price_per_tb", money(16, "GBP", "TB-month", "excluded"), "ok", "£16 per TB per month"),
    C(VA, "retention", dur(90, "days"), "ok", "90 days, extendable per matter"),
    C(VA, "max_storage", 500 * TB, "ok", "500 TB per tenant"),
    C(VA, "sla", 99.99, "conflict", "<tr><td>Availability SLA</td><td>99.99%</td></tr>"),
    C(VA, "rto", dur(4, "hours"), "unverified", "<tr><td>Recovery time objective</td><td>4 hours</td></tr>"),
    C(VA, "encryption", "AES-256", "ok", "<tr><td>Encryption at rest</td><td>AES-256</td></tr>"),
    C(VA, "data_centers", "Frankfurt", "ok", "Frankfurt (primary), <s>London</s> Oregon (secondary)"),
    C(VA, "data_centers", "Oregon", "ok", "Frankfurt (primary), <s>London</s> Oregon (secondary)"),
    C(SY, "monthly_price", money(329, "GBP", "month", "excluded"), "ok", "Meridian Sync is £329 per month for the whole firm and supports up to 5,000 users per tenant."),
    C(SY, "max_users", 5000, "stale", "Meridian Sync is £329 per month for the whole firm and supports up to 5,000 users per tenant."),
] + [C(SY, "supported_platforms", p, "ok", "The Meridian Sync client runs on Windows, macOS, iOS and Android.")
     for p in ("Windows", "macOS", "iOS", "Android")] + [
    C(SY, "retention", dur(30, "days"), "unverified", "Meridian Sync keeps previous versions of every file for 30 days."),
])

# ---- US: Markdown proposal; an inline suppression, an unsourced superlative, a quote table
_U = "docs/us-hq/brightwater-proposal.md"
DOC(_U, """
# Brightwater Logistics — Analytics and Backup Proposal

Prepared by Meridian Data, Inc. for Tom Keller, IT Director  
November 18, 2026 · Quote ref. Q-2026-1182

## 1. Where you are today

Brightwater runs 14 regional depots with about 6,500 employees after the Harlan Freight merger. Planning still lives in 300+ spreadsheets that are emailed around every Monday.

## 2. Meridian Insight

Meridian Insight is in beta today and becomes generally available in January 2027; your planners can start on the beta and move to GA without a migration.

- Price: $30 per user per month
- Free trial: 30 days, no credit card
- Up to 200 dashboards per workspace
- Queries return in under 1 second, even on your full shipment history
- Meridian Insight connects to 40+ data sources, including your Oracle TMS
- SOC 2 Type II certified

Meridian Insight is the industry-leading analytics platform for mid-market logistics.

<!-- onevoice-disable-next-line en.guarantee -->
Guaranteed go-live before your peak season.

## 3. Meridian Vault (optional)

- Meridian Vault keeps backups for 90 days by default, with an RPO of 15 minutes.
- Storage is billed at $20 per TB per month.
- Restored within 4 hours after a site-level incident.

## 4. Commercials

| Item | Qty | Unit price | Monthly total |
|---|---|---|---|
| Meridian Insight | 85 | $30/user/month | $2,550 |
| Meridian Vault | 40 TB | $20/TB/month | $800 |

A 10% discount applies on a 24-month term, starting with your January invoice.

Meridian Data, Inc. · 535 Mission St, 14th Floor, San Francisco, CA 94105 · (415) 555-0100
""", claims=[
    C(IN, "general_availability", "2027-01", "ok", "Meridian Insight is in beta today and becomes generally available in January 2027;"),
    C(IN, "per_user_price", money(30, "USD", "user-month"), "ok", "- Price: $30 per user per month"),
    C(IN, "free_trial", dur(30, "days"), "ok", "- Free trial: 30 days, no credit card"),
    C(IN, "max_dashboards", 200, "ok", "- Up to 200 dashboards per workspace"),
    C(IN, "query_latency", dur(1, "seconds"), "conflict", "- Queries return in under 1 second, even on your full shipment history"),
    C(IN, "integrations", 40, "unverified", "- Meridian Insight connects to 40+ data sources, including your Oracle TMS"),
    C(IN, "certifications", "SOC 2 Type II", "unverified", "- SOC 2 Type II certified"),
    C(VA, "retention", dur(90, "days"), "ok", "- Meridian Vault keeps backups for 90 days by default, with an RPO of 15 minutes."),
    C(VA, "rpo", dur(15, "minutes"), "ok", "- Meridian Vault keeps backups for 90 days by default, with an RPO of 15 minutes."),
    C(VA, "price_per_tb", money(20, "USD", "TB-month"), "ok", "- Storage is billed at $20 per TB per month."),
    C(VA, "rto", dur(4, "hours"), "unverified", "- Restored within 4 hours after a site-level incident."),
], findings=[PH("en.superlative", "Meridian Insight is the industry-leading analytics platform for mid-market logistics.")])

# ---- Osaka: a plain-text quotation (UTF-8 with BOM, as Notepad saves it); a 税込 caption
_O = "docs/osaka/みなと精機様_御見積書_2026-11.txt"
DOC(_O, """
御見積書

株式会社みなと精機 御中
見積番号：OS-2026-1107
発行日：2026年11月16日
有効期限：2026年12月25日

メリディアン・データ株式会社 大阪オフィス
営業部 岡田 大輔
〒530-0001 大阪市北区梅田2-4-9 ブリーゼタワー18F　TEL 06-6345-7781

下記のとおり御見積申し上げます。

■ 御見積明細（金額はすべて税込）

品目                              単価                  数量    期間      金額
メリディアン ボールト バックアップ   1TBあたり月額3,080円   60TB    12か月    2,217,600円
メリディアン シンク 基本料金         月額50,000円          1       12か月      600,000円

合計 2,817,600円（税込）

■ 備考
・メリディアン・ボールトのバックアップデータは大阪データセンターに保管いたします。
・メリディアン・ボールトの標準の保持期間は３か月です。
・メリディアン シンクはオフラインでもご利用いただけます。
・お支払条件：月末締め翌月末払い

以上
""", bom=True, claims=[
    C(VA, "price_per_tb", money(3080, "JPY", "TB-month", "included"), "ok", "メリディアン ボールト バックアップ   1TBあたり月額3,080円"),
    C(SY, "monthly_price", money(50000, "JPY", "month", "included"), "conflict", "メリディアン シンク 基本料金         月額50,000円"),
    C(VA, "data_centers", "Osaka", "ok", "メリディアン・ボールトのバックアップデータは大阪データセンターに保管いたします。"),
    C(VA, "retention", dur(90, "days"), "ok", "メリディアン・ボールトの標準の保持期間は３か月です。"),
    C(SY, "offline_mode", True, "conflict", "メリディアン シンクはオフラインでもご利用いただけます。"),
])

# ---- ignored by .onevoice.yaml (**/drafts/**): wrong on purpose, labelled nothing
DRAFT = ("docs/osaka/drafts/みなと精機様_御見積書_v0.txt", """
御見積書（ドラフト）

メリディアン ボールトは業界最安の1TBあたり月額2,500円（税込）でご提供します。
メリディアン シンクはLinuxにも対応しており、データは絶対に失われません。
""")

# Claims whose value is explicitly placed in a period are judged as of that period.
JUDGE_ON = {("0001", "10000"): "2026-04-01", (_T, "5000"): "2026-03-31"}
SET_KINDS = {"certifications", "supported_platforms", "data_centers", "encryption"}


# =========================================================================== checks
def exact_excerpt(text, hay, where):
    if text in hay:
        return text
    pat = r"\s+".join(re.escape(w) for w in text.split())          # a hard-wrapped sentence
    m = re.search(pat, hay)
    if not m:
        sys.exit("excerpt not found in %s: %r" % (where, text))
    return m.group(0)


def check_mime(raw, plain, where):
    """The text/plain part, decoded as a mail reader would, must be the text the labels were written on."""
    import email
    msg = email.message_from_bytes(raw)
    part = next(p for p in msg.walk() if p.get_content_type() == "text/plain")
    cs = (part.get_content_charset() or "us-ascii").lower()
    text = part.get_payload(decode=True).decode({"shift_jis": "cp932"}.get(cs, cs)).replace("\r\n", "\n")
    if text != plain:
        sys.exit("decoded text/plain of %s differs from its source" % where)
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            p.get_payload(decode=True).decode({"shift_jis": "cp932"}.get(p.get_content_charset(), p.get_content_charset()))
    str(email.header.make_header(email.header.decode_header(msg["Subject"])))


def check_verdict(c, office, date, where):
    v = judge(c["product"], c["attribute"], c["value"], office, date)
    if v != c["verdict"]:
        sys.exit("verdict mismatch in %s: %s/%s %r labelled %s, judge says %s" % (
            where, c["product"], c["attribute"], c["value"], c["verdict"], v))


def phrase_rules():
    """The phrase patterns of rules/phrases/*.yaml, read crudely (no yaml module): for the self-check only."""
    rules_dir = os.path.join(ROOT, "..", "..", "shared", "eval", "rules", "phrases")
    out = []
    if not os.path.isdir(rules_dir):
        return out
    for fn in sorted(os.listdir(rules_dir)):
        cur, mode = None, None
        for line in open(os.path.join(rules_dir, fn), encoding="utf-8"):
            s = line.strip()
            if s.startswith("- id:"):
                cur = {"id": s.split(":", 1)[1].strip(), "lang": fn[:2], "patterns": [], "unless": []}
                out.append(cur)
                mode = None
            elif s in ("patterns:", "unless:") or s.startswith("unless:"):
                mode = s.rstrip(":").split(":")[0]
            elif s.startswith("examples:") or s.startswith("message:"):
                mode = None
            elif mode and s.startswith("- '") and cur is not None:
                out_pat = s[3:-1].replace("''", "'")
                cur[mode].append(re.compile(out_pat))
    return out


JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def phrase_hits(text, rules):
    lines = unicodedata.normalize("NFKC", text).split("\n")
    whole = "\n".join(lines)
    hits = set()
    skip_next = False
    for line in lines:
        if "onevoice-disable-next-line" in line:
            skip_next = True
            continue
        if skip_next:
            skip_next = False
            continue
        lang = "ja" if JA.search(line) else "en"
        for r in rules:
            if r["lang"] == lang and any(p.search(line) for p in r["patterns"]) and \
                    not any(u.search(whole) for u in r["unless"]):
                hits.add(r["id"])
    return hits


# =========================================================================== writing
def w(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def mboxrd(msgs):
    out = b""
    for m in sorted(msgs, key=lambda m: m.date.astimezone(dt.timezone.utc)):
        u = m.date.astimezone(dt.timezone.utc)
        out += ("From %s %s %2d %s\n" % (m.addr, u.strftime("%a %b"), u.day, u.strftime("%H:%M:%S %Y"))).encode()
        raw = build_mime(m).replace(b"\r\n", b"\n")
        for line in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
            out += (b">" + line if re.match(rb"^>*From ", line) else line) + b"\n"
        out += b"\n"
    return out


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    rules = phrase_rules()
    lines, problems = [], []
    files = [m for m in MSGS if m.file]
    assert [m.file for m in files] == sorted(m.file for m in files)
    assert [m.date for m in files] == sorted(m.date for m in files), "files must be numbered in date order"
    xo_records = []                                  # (product, attribute, office, day, value, verdict, file)

    for m in files:
        path = "mail/%s.eml" % m.file
        raw = build_mime(m)
        w(path, raw)
        plain = m.plain()
        check_mime(raw, plain, path)
        seen, mail_lines = set(), []
        for c in m.all_claims():
            date = JUDGE_ON.get((m.file if not c["quoted"] else None, json.dumps(c["value"])), m.day)
            check_verdict(c, c["office"], date, path)
            key = (c["product"], c["attribute"], json.dumps(norm(c["value"])), c["quoted"], c["office"])
            if key in seen:
                continue
            seen.add(key)
            mail_lines.append({"type": "claim", "file": path, "message_id": m.msgid, "product": c["product"],
                               "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                               "quoted": c["quoted"], "office": c["office"], "as_of": m.day,
                               "text": exact_excerpt(c["text"], plain, path)})
            if m.archive and c["office"] != "unknown" and c["attribute"] not in SET_KINDS:
                xo_records.append((c["product"], c["attribute"], c["office"], m.date, c["value"], c["verdict"], path))
        fseen = set()
        for f in m.all_findings():
            key = (f["kind"], f["rule"], f["product"])
            if key in fseen:
                continue
            fseen.add(key)
            mail_lines.append({"type": "finding", "file": path, "message_id": m.msgid, "kind": f["kind"],
                               "rule": f["rule"], "product": f["product"], "quoted": f["quoted"],
                               "text": exact_excerpt(f["text"], plain, path)})
        got = phrase_hits(plain, rules)
        want = {f["rule"] for f in m.all_findings() if f["kind"] == "phrase"}
        if rules and got != want:
            problems.append("%s: phrase rules fire %s, labelled %s" % (path, sorted(got), sorted(want)))
        lines += mail_lines
        if m.archive:
            lines += [dict(l, file="mail/archive.mbox") for l in mail_lines]

    w("mail/archive.mbox", mboxrd([m for m in files if m.archive]))

    # ---- cross-office (LABELS.md): archived messages, offices only, no set kinds, within 45 days,
    # same currency and billing unit for prices, values that cannot both be right
    def same_meaning(a, b):
        if isinstance(a, dict) and "currency" in a:
            f = lambda v: v["amount"] / (1.1 if v["tax"] == "included" and v["currency"] == "JPY" else 1)
            return abs(f(a) - f(b)) < 0.5
        return norm(a) == norm(b)

    groups = {}
    for i, a in enumerate(xo_records):
        for b in xo_records[i + 1:]:
            if a[:2] != b[:2] or a[2] == b[2] or abs((a[3] - b[3]).total_seconds()) > 45 * 86400:
                continue
            if isinstance(a[4], dict) and "currency" in a[4] and (a[4]["currency"], a[4]["per"]) != (
                    b[4]["currency"], b[4]["per"]):
                continue
            if same_meaning(a[4], b[4]) or (a[5] == "ok" and b[5] == "ok"):
                continue
            x, y = sorted([a, b], key=lambda r: r[2])
            g = groups.setdefault((a[0], a[1], x[2], y[2]), {"values": {}, "files": set()})
            g["values"].setdefault(x[2], x[4])
            g["values"].setdefault(y[2], y[4])
            g["files"].update([x[6], y[6]])
    for (prod, attr, o1, o2), g in sorted(groups.items()):
        lines.append({"type": "cross-office", "product": prod, "attribute": attr, "offices": [o1, o2],
                      "file": "mail/archive.mbox", "message_files": sorted(g["files"]), "values": g["values"]})

    # ---- documents
    for d in DOCS:
        office = d["path"].split("/")[1]
        text = d["text"]
        w(d["path"], ("\ufeff" if d["bom"] else "") + text)
        seen = set()
        for c in d["claims"]:
            check_verdict(c, office, JUDGE_ON.get((d["path"], json.dumps(c["value"])), DOC_AS_OF), d["path"])
            key = (c["product"], c["attribute"], json.dumps(norm(c["value"])))
            assert key not in seen, key
            seen.add(key)
            lines.append({"type": "claim", "file": d["path"], "message_id": None, "product": c["product"],
                          "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                          "quoted": False, "office": office, "as_of": DOC_AS_OF,
                          "text": exact_excerpt(c["text"], text, d["path"])})
        for f in d["findings"]:
            lines.append({"type": "finding", "file": d["path"], "message_id": None, "kind": f["kind"],
                          "rule": f["rule"], "product": f["product"], "quoted": False,
                          "text": exact_excerpt(f["text"], text, d["path"])})
        got = phrase_hits(re.sub(r"<[^>]+>", "", text) if d["path"].endswith(".html") else text, rules)
        want = {f["rule"] for f in d["findings"] if f["kind"] == "phrase"}
        if rules and got != want:
            problems.append("%s: phrase rules fire %s, labelled %s" % (d["path"], sorted(got), sorted(want)))
    w(DRAFT[0], DRAFT[1].lstrip("\n"))

    w("expected.jsonl", "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines))
    w(".onevoice.yaml", ONEVOICE_YAML)
    w("README.md", README)
    n = lambda t: sum(1 for l in lines if l["type"] == t)
    print("messages: %d .eml (%d in archive.mbox), documents: %d (+1 ignored draft)" % (
        len(files), sum(1 for m in files if m.archive), len(DOCS)))
    print("expected: %d lines: %d claims, %d findings, %d cross-office" % (
        len(lines), n("claim"), n("finding"), n("cross-office")))
    for p in problems:
        print("CHECK: " + p)
    return 1 if problems else 0


ONEVOICE_YAML = """# onevoice configuration for evaluation set 42 (SPEC section 6).
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

README = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read() \
    if os.path.exists(os.path.join(HERE, "README.template.md")) else "# set42\n"

if __name__ == "__main__":
    sys.exit(main())
