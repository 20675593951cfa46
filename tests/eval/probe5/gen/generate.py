#!/usr/bin/env python3
"""Generate evaluation set5 (Japanese business mail, Tokyo/Osaka + HQ/London) from gen/*.py.

    python3 gen/generate.py            # writes mail/, docs/, expected.jsonl, README.md, .onevoice.yaml
    python3 gen/generate.py --review   # also lists lines that name a product but hold no labelled claim

Deterministic: no clock, no randomness. Every label is written by hand in gen/mail_a.py, gen/mail_b.py
and gen/docs.py; this script builds the MIME bytes, writes the archive (mboxrd, date order), and checks:
  * every `text` excerpt occurs in the decoded text of its file (all text parts, attached messages too);
  * every 「YYYY年M月D日(曜)」 / "Thu, Sep 24, 2026"-style date in the text has the right weekday;
  * when PyYAML and ../../shared/eval/rules are present: each hand verdict equals the verdict the claims
    base gives (validity windows, offices, tax x1.1, office-variant currencies, unverified attributes),
    each phrase finding equals what the phrase rules fire (with `unless` over the whole document), and
    each terminology finding equals the deprecated names found outside URLs.
Cross-office lines are computed here from the archive's claims (LABELS.md): same product + attribute,
two known offices, within 45 days, values that differ in meaning and are not both right at their own
date, never for set attributes, prices only within one currency and billing unit, customers excluded,
quoted claims attributed to the quoted office and dated by the reply.
"""
import base64, datetime as dt, email, email.policy, email.utils, fnmatch, html, json, os, quopri, re, sys
import unicodedata
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
RULES = os.path.normpath(os.path.join(SET, "..", "..", "shared", "eval", "rules"))

import mail_a, mail_b, docs as docs_mod  # noqa: E402
from people import PEOPLE  # noqa: E402

DOCS_AS_OF = "2026-11-22"
WRITTEN = "2026-12-03"
WINDOW_DAYS = 45
OFFICE_GLOBS = [("us-hq", "*@meridian-data.com"), ("london", "*@uk.meridian-data.com"),
                ("tokyo", "*@jp.meridian-data.com"), ("osaka", "*@osaka.jp.meridian-data.com")]
OFFICES = {o for o, _ in OFFICE_GLOBS}
SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}
CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "euc-jp": "euc_jp", "utf-8": "utf-8",
         "us-ascii": "ascii"}
JA_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]")
errors = []


def fail(msg):
    errors.append(msg)


# ================================================================== headers
def office_of(addr):
    hits = [(len(g), o) for o, g in OFFICE_GLOBS if fnmatch.fnmatch(addr.lower(), g)]
    return max(hits)[1] if hits else "unknown"


def chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def enc_words(text, style):
    """RFC 2047 encoded words (a list), each short enough for one folded line."""
    if style == "jisB":
        return ["=?ISO-2022-JP?B?%s?=" % base64.b64encode(p.encode("iso2022_jp")).decode() for p in chunks(text, 11)]
    if style == "sjisB":
        return ["=?Shift_JIS?B?%s?=" % base64.b64encode(p.encode("cp932")).decode() for p in chunks(text, 14)]
    if style == "u8B":
        return ["=?UTF-8?B?%s?=" % base64.b64encode(p.encode("utf-8")).decode() for p in chunks(text, 12)]
    if style == "u8Q":
        out = []
        for p in chunks(text, 6):
            q = "".join(chr(b) if (chr(b).isalnum() and b < 128) else "_" if b == 32 else "=%02X" % b
                        for b in p.encode("utf-8"))
            out.append("=?UTF-8?Q?%s?=" % q)
        return out
    raise ValueError(style)


def subject_header(subject, style):
    if style == "plain" or all(ord(c) < 128 for c in subject):
        return "Subject: " + subject
    m = re.match(r"^((?:Re|RE|Fw|FW|Fwd): )(.*)$", subject)
    prefix, rest = (m.group(1), m.group(2)) if m else ("", subject)
    return "Subject: " + prefix + "\n ".join(enc_words(rest, style))


def addr(key, style):
    name, a = PEOPLE[key]
    if all(ord(c) < 128 for c in name):
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (enc_words(name, style)[0] if len(name) <= 11 else " ".join(enc_words(name, style)), a)


# ================================================================== bodies
def qp(data):
    return quopri.encodestring(data, quotetabs=False)


def b64(data):
    return base64.encodebytes(data)


def leaf(text, charset, cte, subtype="plain"):
    raw = text.encode(CODEC[charset.lower()])
    body = {"7bit": raw, "8bit": raw, "base64": b64(raw), "quoted-printable": qp(raw)}[cte]
    if cte == "7bit" and any(b > 127 for b in raw):
        raise ValueError("7bit part holds 8-bit bytes")
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, charset, cte)
    return hdr, body


OUTLOOK_HEAD = """\
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{{font-family:"Yu Gothic";
\tpanose-1:2 11 4 0 0 0 0 0 0 0;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0mm;
\tfont-size:10.5pt;
\tfont-family:"Yu Gothic",sans-serif;}}
span.EmailStyle19
\t{{mso-style-type:personal-reply;
\tcolor:windowtext;}}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:99.25pt 30.0mm 30.0mm 30.0mm;}}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">
<div class="WordSection1">
"""


def p_line(line):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    t = html.escape(line, quote=False)
    if line.startswith("■"):
        t = "<b>%s</b>" % t
    return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % t


def outlook_html(reply, quote, charset, lang):
    out = [OUTLOOK_HEAD.format(charset=charset, lang=lang)]
    out += [p_line(l) for l in reply.rstrip("\n").split("\n")]
    if quote:
        head, _, rest = quote.partition("\n\n")
        cells = []
        for l in head.split("\n"):
            k, _, v = l.partition(": ")
            cells.append("<b>%s:</b> %s" % (html.escape(k), html.escape(v, quote=False)))
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
                   '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0mm 0mm 0mm">\n'
                   '<p class="MsoNormal">%s<o:p></o:p></p>\n</div>\n' % "<br>\n".join(cells))
        out += [p_line(l) for l in rest.rstrip("\n").split("\n")]
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def table_html(plain, table, charset):
    caption, header, rows = table
    before, _, after = plain.partition(caption + "\n")
    after = after.split("\n", 1 + len(rows))[-1]          # drop the tab-separated rows of the text part
    cell = lambda t, b=False: ('<td style="border:solid windowtext 1.0pt;padding:0mm 5.4pt"><p class="MsoNormal">'
                               + ("<b>%s</b>" if b else "%s") % html.escape(t, quote=False) + "<o:p></o:p></p></td>")
    tab = ['<p class="MsoNormal"><b>%s</b><o:p></o:p></p>\n' % html.escape(caption, quote=False),
           '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n',
           "<tr>%s</tr>\n" % "".join(cell(h, True) for h in header)]
    tab += ["<tr>%s</tr>\n" % "".join(cell(c) for c in r) for r in rows]
    tab.append("</table>\n")
    out = [OUTLOOK_HEAD.format(charset=charset, lang="JA")]
    out += [p_line(l) for l in before.rstrip("\n").split("\n")]
    out += tab
    out += [p_line(l) for l in after.rstrip("\n").split("\n")]
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


SIMPLE = {"jis": ("ISO-2022-JP", "7bit"), "sjis8": ("Shift_JIS", "8bit"), "sjis64": ("Shift_JIS", "base64"),
          "euc": ("EUC-JP", "8bit"), "u8b64": ("UTF-8", "base64"), "u8qp": ("UTF-8", "quoted-printable"),
          "u8bit": ("UTF-8", "8bit"), "ascii": ("us-ascii", "7bit")}


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def build(m, n_for_boundary):
    """-> raw bytes of one message (LF line ends unless crlf)."""
    d = parse_date(m["date"])
    style = m["subj"] if m["subj"] != "plain" else "jisB"
    name_style = "u8B" if m["enc"].startswith("u8") else "jisB"
    h = ["From: " + addr(m["frm"], name_style),
         "To: " + ",\n\t".join(addr(k, name_style) for k in m["to"])]
    if m.get("cc"):
        h.append("Cc: " + ",\n\t".join(addr(k, name_style) for k in m["cc"]))
    h.append(subject_header(m["subject"], m["subj"]))
    h.append("Date: " + email.utils.format_datetime(d))
    h.append("Message-ID: <%s>" % m["msgid"])
    if m.get("irt"):
        h.append("In-Reply-To: <%s>" % m["irt"])
        h.append("References: <%s>" % m["irt"])
    if m.get("mailer"):
        h.append("%s: %s" % m["mailer"])
    h.append("MIME-Version: 1.0")
    enc = m["enc"]
    bnd = "----=_NextPart_000_%04d_01DD5A3E.7F2C9E40" % n_for_boundary
    if enc in SIMPLE:
        ph, body = leaf(m["body"], *SIMPLE[enc])
        head = "\n".join(h) + "\n" + ph
        raw = head.encode("ascii") + b"\n" + body
    elif enc.startswith("alt-"):
        lang = "JA" if enc != "alt-u8" else "EN-US"
        plain_cs, plain_cte = ("UTF-8", "quoted-printable") if enc == "alt-u8" else ("ISO-2022-JP", "7bit")
        if enc == "alt-jis-table":
            html_text = table_html(m["body"], m["table"], m["html_charset"])
        else:
            html_text = outlook_html(m["html_parts"][0], m["html_parts"][1], m["html_charset"], lang)
        p1h, p1 = leaf(m["body"], plain_cs, plain_cte)
        p2h, p2 = leaf(html_text, m["html_charset"].upper() if m["html_charset"] != "utf-8" else "UTF-8",
                       "quoted-printable", "html")
        h.append("Content-Language: %s" % ("ja-JP" if lang == "JA" else "en-US"))
        h.append('Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd)
        raw = ("\n".join(h) + "\n\nThis is a multi-part message in MIME format.\n\n--%s\n" % bnd).encode("ascii")
        raw += p1h.encode("ascii") + b"\n" + p1 + ("\n--%s\n" % bnd).encode("ascii")
        raw += p2h.encode("ascii") + b"\n" + p2 + ("\n--%s--\n" % bnd).encode("ascii")
    elif enc == "rfc822-jis":
        inner = dict(m["attach"], enc="ascii", subj="plain", mailer=("X-Mailer", "Microsoft Outlook 16.0"))
        inner_raw = build(inner, n_for_boundary + 5000)
        p1h, p1 = leaf(m["body"], "ISO-2022-JP", "7bit")
        h.append('Content-Type: multipart/mixed;\n\tboundary="%s"' % bnd)
        raw = ("\n".join(h) + "\n\nThis is a multi-part message in MIME format.\n\n--%s\n" % bnd).encode("ascii")
        raw += p1h.encode("ascii") + b"\n" + p1 + ("\n--%s\n" % bnd).encode("ascii")
        raw += ('Content-Type: message/rfc822;\n\tname="%s"\nContent-Transfer-Encoding: 7bit\n'
                'Content-Disposition: attachment;\n\tfilename="%s"\n\n' % (m["attach_name"], m["attach_name"])
                ).encode("ascii")
        raw += inner_raw + ("\n--%s--\n" % bnd).encode("ascii")
    else:
        raise ValueError(enc)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    if m.get("crlf"):
        raw = raw.replace(b"\n", b"\r\n")
    return raw


# ================================================================== decoding (for the checks)
def strip_html(t):
    t = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</caption>|</div>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t)


def decoded_texts(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        cs = (part.get_content_charset() or "us-ascii").lower()
        t = part.get_payload(decode=True).decode(CODEC[cs])
        t = t.replace("\r\n", "\n")
        out.append(t)
        if part.get_content_subtype() == "html":
            out.append(strip_html(t))
    return out


# ================================================================== claims base (cross-check)
def load_base():
    try:
        import yaml
    except ImportError:
        return None
    if not os.path.isdir(RULES):
        return None
    rd = lambda p: yaml.safe_load(open(os.path.join(RULES, p), encoding="utf-8"))
    base = {"attributes": rd("attributes.yaml")["attributes"], "products": {}, "phrases": [], "deprecated": {}}
    for f in sorted(os.listdir(os.path.join(RULES, "products"))):
        p = rd("products/" + f)
        base["products"][p["product"]] = p["claims"]
        base["deprecated"][p["product"]] = p["names"].get("deprecated") or []
    for f in sorted(os.listdir(os.path.join(RULES, "phrases"))):
        base["phrases"] += rd("phrases/" + f)["phrases"]
    offices = rd("offices.yaml")["offices"]
    globs = [(o["id"], g) for o in offices for g in o["senders"]]
    if sorted(globs) != sorted(OFFICE_GLOBS):
        fail("offices.yaml globs differ from the generator's: %s" % globs)
    base["tax"] = {o["id"]: (o.get("tax") or {}).get("rate") for o in offices}
    return base


SEC = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400}
SIZE = {"GB": 10 ** 9, "TB": 10 ** 12, "PB": 10 ** 15}


def base_value(kind, v):
    if kind == "duration":
        return v["amount"] * SEC[v["unit"]]
    if kind == "data-size":
        if isinstance(v, str):
            a, u = v.split()
            return float(a) * SIZE[u]
        return v
    return v


def label_value(kind, v):
    if kind == "duration" and isinstance(v, dict) and "amount" in v:
        return v["amount"] * SEC[v["unit"]]
    return v


def money_eq(lv, bv, rate):
    if lv["currency"] != bv["currency"] or lv["per"] != bv["per"]:
        return False
    if lv.get("tax") == "included":
        return rate is not None and abs(lv["amount"] - bv["amount"] * (1 + rate)) < 1e-6
    return abs(lv["amount"] - bv["amount"]) < 1e-9


def valid_on(c, day):
    v = c.get("valid") or {}
    f, u = v.get("from"), v.get("until")
    return (f is None or str(f) <= day) and (u is None or day <= str(u))


def judge(base, product, attr, value, office, day):
    claims = [c for c in base["products"][product] if c["attribute"] == attr]
    if not claims:
        return "unverified"
    kind = base["attributes"][attr]["kind"]
    mine = [c for c in claims if not c.get("offices") or office in c["offices"]]
    if kind == "money":
        if not mine:
            return "unverified"
        def meq(c):
            offs = c.get("offices") or []
            rate = base["tax"].get(offs[0]) if offs else None
            return money_eq(value, c["value"], rate)
        hit = [c for c in mine if meq(c)]
        if any(valid_on(c, day) for c in hit):
            return "ok"
        if hit:
            return "stale"
        if any(meq(c) for c in claims if c not in mine):
            return "office-variant"
        return "conflict"

    def match(c):
        bv = c["value"]
        if kind == "set":
            return value in bv
        if isinstance(value, dict) and "min" in value:        # a range: its upper end must stay in the bound
            hi = value["max"] * SEC.get(value["unit"], 1)
            b = base_value(kind, bv)
            return c.get("bound") == "max" and hi <= b and hi == b
        return label_value(kind, value) == base_value(kind, bv)
    hit = [c for c in mine if match(c)]
    if any(valid_on(c, day) for c in hit):
        return "ok"
    if hit:
        return "stale"
    return "conflict"


# ================================================================== phrases / terminology (cross-check)
def phrase_hits(base, text, lines_disabled=()):
    norm_doc = unicodedata.normalize("NFKC", text)
    fired = set()
    for i, line in enumerate(text.split("\n")):
        if i in lines_disabled:
            continue
        nl = unicodedata.normalize("NFKC", line)
        lang = "ja" if JA_CHARS.search(line) else "en"
        for r in base["phrases"]:
            if r["lang"] != lang or r["id"] in fired:
                continue
            if any(re.search(p, nl) for p in r["patterns"]) and \
                    not any(re.search(u, norm_doc) for u in r.get("unless") or []):
                fired.add(r["id"])
    return fired


def term_hits(base, text):
    t = re.sub(r"https?://\S+", " ", unicodedata.normalize("NFKC", text)).casefold()
    return {p for p, names in base["deprecated"].items()
            if any(unicodedata.normalize("NFKC", n).casefold() in t for n in names)}


# ================================================================== weekday check
WD_JA = "月火水木金土日"
WD_EN = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def check_weekdays(where, text, when):
    for m in re.finditer(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s?[（(]([月火水木金土日])[)）]", text):
        y = int(m.group(1) or when.year)
        mo, d = int(m.group(2)), int(m.group(3))
        if not m.group(1) and mo < 3 and when.month > 9:
            y += 1
        if dt.date(y, mo, d).weekday() != WD_JA.index(m.group(4)):
            fail("%s: wrong weekday in %r" % (where, m.group(0)))
    for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (?:(\d{1,2}) ([A-Z][a-z]{2})[a-z]* (\d{4})|"
                         r"([A-Z][a-z]{2})[a-z]* (\d{1,2}), (\d{4}))", text):
        if m.group(2):
            d, mo, y = int(m.group(2)), MONTHS[m.group(3).lower()], int(m.group(4))
        else:
            mo, d, y = MONTHS[m.group(5).lower()], int(m.group(6)), int(m.group(7))
        if dt.date(y, mo, d).weekday() != WD_EN[m.group(1).lower()]:
            fail("%s: wrong weekday in %r" % (where, m.group(0)))


# ================================================================== values for cross-office
def xo_key(attr_kind, v):
    """A comparable form; None when it cannot be compared (never for sets)."""
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if (v["currency"] == "JPY" and v.get("tax") == "included") else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 6))
    if isinstance(v, dict) and "min" in v:
        f = SEC.get(v["unit"], 1)
        return ("range", v["min"] * f, v["max"] * f)
    if isinstance(v, dict) and "amount" in v:
        return ("num", v["amount"] * SEC[v["unit"]])
    return ("val", v)


def main():
    review = "--review" in sys.argv
    base = load_base()
    if base is None:
        print("note: PyYAML or the claims base not found; verdict/phrase cross-checks skipped")
    messages = sorted(mail_a.MESSAGES + mail_b.MESSAGES, key=lambda m: m["n"])
    nums = [m["n"] for m in messages]
    if nums != list(range(1, len(messages) + 1)):
        fail("message numbers are not 1..N: %s" % nums)
    ids = [m["msgid"] for m in messages]
    if len(set(ids)) != len(ids):
        fail("duplicate Message-IDs")

    os.makedirs(os.path.join(SET, "mail"), exist_ok=True)
    for old in os.listdir(os.path.join(SET, "mail")):
        os.remove(os.path.join(SET, "mail", old))
    expected, built = [], {}
    for m in messages:
        f = "mail/%04d.eml" % m["n"]
        raw = build(m, m["n"])
        with open(os.path.join(SET, f), "wb") as fh:
            fh.write(raw)
        built[m["n"]] = raw
        d = parse_date(m["date"])
        day = d.date().isoformat()
        office = office_of(PEOPLE[m["frm"]][1])
        texts = decoded_texts(raw)
        hay = "\n".join(texts)
        check_weekdays(f, hay, d.date())
        lines = []
        for c in m.get("claims", []):
            if c.quoted and c.office is None:
                fail("%s: quoted claim without an office: %s" % (f, c.text))
            o = c.office or office
            as_of = c.as_of or day
            if c.text not in hay:
                fail("%s: excerpt not in decoded text: %r" % (f, c.text))
            if base:
                v = judge(base, c.product, c.attribute, c.value, o, as_of)
                if v != c.verdict:
                    fail("%s: %s %s %r @%s labelled %s, base says %s" % (f, c.product, c.attribute, c.value, o,
                                                                         c.verdict, v))
            lines.append({"type": "claim", "file": f, "message_id": m["msgid"], "product": c.product,
                          "attribute": c.attribute, "value": c.value, "verdict": c.verdict, "quoted": c.quoted,
                          "office": o, "as_of": as_of, "text": c.text,
                          "_date": day, "_n": m["n"]})
        for x in m.get("findings", []):
            if x.text not in hay:
                fail("%s: finding excerpt not in decoded text: %r" % (f, x.text))
            lines.append({"type": "finding", "file": f, "message_id": m["msgid"], "kind": x.kind, "rule": x.rule,
                          "product": x.product, "quoted": x.quoted, "text": x.text})
        if base:
            want_p = {x.rule for x in m.get("findings", []) if x.kind == "phrase"}
            got_p = set()
            for t in texts:
                got_p |= phrase_hits(base, t)
            if want_p != got_p:
                fail("%s: phrase findings labelled %s, rules fire %s" % (f, sorted(want_p), sorted(got_p)))
            want_t = {x.product for x in m.get("findings", []) if x.kind == "terminology"}
            got_t = term_hits(base, hay)
            if want_t != got_t:
                fail("%s: terminology labelled %s, names found %s" % (f, sorted(want_t), sorted(got_t)))
        dup = {}
        for l in lines:
            k = json.dumps({k: l.get(k) for k in ("type", "product", "attribute", "value", "quoted", "office", "kind",
                                                  "rule")}, sort_keys=True, ensure_ascii=False)
            if k in dup:
                fail("%s: the same line twice: %s" % (f, k))
            dup[k] = 1
        m["_lines"], m["_office"], m["_day"], m["_texts"] = lines, office, day, texts
        expected += lines
        if review:
            review_lines(f, hay, lines)

    # ------------------------------------------------------------ archive (mboxrd, date order)
    arch = sorted((m for m in messages if m.get("archive")), key=lambda m: parse_date(m["date"]))
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        for m in arch:
            d = parse_date(m["date"]).astimezone(dt.timezone.utc)
            fh.write(("From %s %s\n" % (PEOPLE[m["frm"]][1], d.strftime("%a %b %d %H:%M:%S %Y"))).encode("ascii"))
            for line in built[m["n"]].split(b"\n")[:-1]:
                fh.write((b">" + line if re.match(rb"^>*From ", line) else line) + b"\n")
            fh.write(b"\n")
    for m in arch:
        expected += [dict(l, file="mail/archive.mbox") for l in m["_lines"]]

    # ------------------------------------------------------------ cross-office from the archive's claims
    cands = [l for m in arch for l in m["_lines"] if l["type"] == "claim" and l["office"] in OFFICES
             and l["attribute"] not in SET_ATTRS]
    groups = {}
    for i, a in enumerate(cands):
        for b in cands[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            da, db = (dt.date.fromisoformat(x["_date"]) for x in (a, b))
            if abs((da - db).days) > WINDOW_DAYS:
                continue
            ka, kb = xo_key(None, a["value"]), xo_key(None, b["value"])
            if ka[0] == "money" and kb[0] == "money" and ka[1:3] != kb[1:3]:
                continue
            if ka == kb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            g = groups.setdefault(key, {"files": set(), "values": {}})
            for x in (a, b):
                g["files"].add("mail/%04d.eml" % x["_n"])
                g["values"].setdefault(x["office"], x["value"])
    xo = []
    for (p, attr, offs), g in sorted(groups.items()):
        xo.append({"type": "cross-office", "product": p, "attribute": attr, "offices": list(offs),
                   "file": "mail/archive.mbox", "message_files": sorted(g["files"]),
                   "values": {o: g["values"][o] for o in offs}})

    # ------------------------------------------------------------ documents
    doc_lines = []
    for d_ in docs_mod.DOCS:
        path = os.path.join(SET, d_["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d_["text"])
        if not d_["labelled"]:
            continue
        office = d_["path"].split("/")[1]
        text = d_["text"]
        hay = text + "\n" + (strip_html(text) if path.endswith(".html") else "")
        check_weekdays(d_["path"], hay, dt.date(2026, 11, 22))
        for c in d_.get("claims", []):
            if c.text not in hay:
                fail("%s: excerpt not in text: %r" % (d_["path"], c.text))
            o = c.office or office
            if base:
                v = judge(base, c.product, c.attribute, c.value, o, c.as_of or DOCS_AS_OF)
                if v != c.verdict:
                    fail("%s: %s %s %r labelled %s, base says %s" % (d_["path"], c.product, c.attribute, c.value,
                                                                     c.verdict, v))
            doc_lines.append({"type": "claim", "file": d_["path"], "message_id": None, "product": c.product,
                              "attribute": c.attribute, "value": c.value, "verdict": c.verdict,
                              "quoted": c.quoted, "office": o, "as_of": c.as_of or DOCS_AS_OF, "text": c.text})
        for x in d_.get("findings", []):
            if x.text not in hay:
                fail("%s: finding excerpt not in text: %r" % (d_["path"], x.text))
            doc_lines.append({"type": "finding", "file": d_["path"], "message_id": None, "kind": x.kind,
                              "rule": x.rule, "product": x.product, "quoted": x.quoted, "text": x.text})
        if base:
            src = strip_html(text) if path.endswith(".html") else text
            tl = src.split("\n")
            disabled = {i + 1 for i, l in enumerate(tl) if "onevoice-disable-next-line" in l}
            got = phrase_hits(base, src, disabled)
            want = {x.rule for x in d_.get("findings", []) if x.kind == "phrase"}
            if got != want:
                fail("%s: phrase findings labelled %s, rules fire %s" % (d_["path"], sorted(want), sorted(got)))
            if term_hits(base, src) != {x.product for x in d_.get("findings", []) if x.kind == "terminology"}:
                fail("%s: terminology mismatch" % d_["path"])
        if review:
            review_lines(d_["path"], text, doc_lines)

    # ------------------------------------------------------------ write expected.jsonl, config, README
    out = [{k: v for k, v in l.items() if not k.startswith("_")} for l in expected] + doc_lines + xo
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for l in out:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    write_config()
    stats = write_readme(messages, arch, out, xo)

    if errors:
        print("\n".join("ERROR: " + e for e in errors))
        return 1
    print(stats)
    return 0


def review_lines(f, text, lines):
    """List lines that name a product (or 同製品/本製品/short name) next to a digit but hold no labelled excerpt."""
    names = re.compile(r"Meridian|メリディアン|同製品|本製品|シンク|ボールト|インサイト|\bSync\b|\bVault\b|\bInsight\b|\bIt\b")
    ex = [l["text"] for l in lines if l.get("file") == f and l["type"] == "claim"]
    for line in text.split("\n"):
        if names.search(line) and re.search(r"[0-9０-９一二三四五六七八九十万]", line) and \
                not any(e.strip("> ") in line or line.strip() in e for e in ex):
            print("  review %s: %s" % (f, line.strip()[:140]))


def write_config():
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("""\
# onevoice configuration for evaluation set5 (SPEC section 6), same shape as dev/.onevoice.yaml.
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


def write_readme(messages, arch, out, xo):
    claims = [l for l in out if l["type"] == "claim"]
    findings = [l for l in out if l["type"] == "finding"]
    by_v = {}
    for l in claims:
        by_v[l["verdict"]] = by_v.get(l["verdict"], 0) + 1
    ndocs = sum(1 for d in docs_mod.DOCS if d["labelled"])
    implied = sum(1 for l in claims if l["verdict"] != "ok")
    stats = ("%d messages (%d in archive.mbox), %d labelled documents (+1 ignored draft); %d claim lines %s; "
             "%d phrase/terminology finding lines (+%d claim findings implied by non-ok verdicts); "
             "%d cross-office lines; %d lines in all"
             % (len(messages), len(arch), ndocs, len(claims), json.dumps(by_v, sort_keys=True), len(findings),
                implied, len(xo), len(out)))
    enc = {}
    for m in messages:
        enc[m["enc"]] = enc.get(m["enc"], 0) + 1
    xo_txt = "\n".join("    %-17s %-21s %-18s %s" % (x["product"], x["attribute"], ",".join(x["offices"]),
                                                       json.dumps(x["values"], ensure_ascii=False)) for x in xo)
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"""\
# Evaluation set 5 — Japanese business mail (Tokyo / Osaka) with HQ and London

Written {WRITTEN} by an independent, blind set writer (a helper session that read only
`LABELS.md`, `FACTS.md`, the eval `README.md`, `rules/`, `SPEC.md` §2/§4/§5 and `score.py`;
not the engine, its tests or the other sets). Labelled by hand following `LABELS.md`.

Documents are judged as of **{DOCS_AS_OF}** (`--as-of {DOCS_AS_OF}`); every email as of its own
`Date:` header. The claims base is `../../shared/eval/rules` (see `.onevoice.yaml`).

    mail/NNNN.eml        {len(messages)} messages
    mail/archive.mbox    {len(arch)} of them again (mboxrd, date order; one body line starts with "From ")
    docs/<office>/...    {ndocs} proposal documents (.md .txt .html) + docs/tokyo/drafts/ (ignored)
    .onevoice.yaml       maps docs/<office>/** to that office, ignores drafts
    expected.jsonl       the answer key
    gen/generate.py      regenerates everything: `python3 gen/generate.py` (deterministic)

Score it like the dev set: `../../shared/eval/run BINARY /work/probe/set5`.

## What it emphasises

- Real Japanese mail from the Tokyo and Osaka offices and their customers: ISO-2022-JP (7bit),
  Shift_JIS/CP932 (8bit and base64; ①②③, ㈱, full-width ～ and －), EUC-JP, UTF-8 base64 and
  quoted-printable, RFC 2047 subjects and names (ISO-2022-JP B, Shift_JIS B, UTF-8 B and Q), Outlook
  multipart/alternative with HTML (one with an HTML table), one attached message/rfc822 forward,
  one CRLF message. Encodings used: {json.dumps(enc, sort_keys=True)}.
  The Shift_JIS-labelled messages (0006, 0013, 0030, 0035, 0050 …) carry CP932 extensions (①, ㈱,
  ～, －) exactly as Outlook sends them: decode `Shift_JIS` as CP932 (Windows-31J).
- Japanese writing: keigo, full-width digits, kanji numerals (一万, 三十日間, 二千名, 令和九年一月,
  三か月間), 万/億, 約/程度/およそ/前後, 以内/以下/未満/最大/上限, 税込/税抜/￥, 令和 dates,
  月額/ユーザーあたり/1TBあたり, ranges with 〜 and ～, hedges (基本的には, 原則として),
  corrections (（誤）…（正）…), 同製品/本製品, short names (シンク, ボールト, インサイト, Vault) only
  after the full name, customers' reported statements (…と伺っております), requirements (要件：),
  questions (…でしょうか / …は可能ですか), denied values (…ではございません).
- Threads: 「日付 名前 <addr>:」 headers with interleaved replies, 「… さんは書きました:」,
  -----元のメッセージ----- with 差出人/送信日時/宛先/件名, -------- 転送メッセージ --------, Outlook
  From:/Sent: blocks, "On … wrote:", top-posting over a long quoted tail, signatures full of numbers.
- Traps that are no claims: 注文番号, 見積番号, 会議日時, 出席人数, 割引率, 合計金額, 郵便番号,
  a customer's headcount, totals "for the 45 analysts"; superlatives with and without ※…調べ
  (業界最速 is no rule and stays silent); the deprecated name in katakana and Latin, and inside a URL.
- English mail from US HQ and London: office-variant currencies both ways (USD/JPY in Tokyo and
  HQ mail, USD in London mail), "a quarter of an hour", "0.5 PB", "under a second", Source: footnote.

## Cross-office lines (computed by gen/generate.py from the archive's claims)

{xo_txt}

Deliberate non-lines in the archive: Tokyo 「最大一万ユーザー」 vs HQ "10,000 users"; Tokyo
500TB vs London 0.5 PB; Tokyo 税込55,000円 vs Osaka 50,000円（税抜）; Tokyo 令和9年1月 vs HQ/London
January 2027; Osaka 5,000名 (March 2026) vs Tokyo 10,000 (April 2026), each right at its own date;
USD prices quoted by Tokyo/London equal to HQ's; customers' claims.

## Counts

{stats}

## Judgement calls (where LABELS.md left room)

- A bulleted list under a 【…】 line or a table caption naming the product takes the product from it;
  a plain intro sentence does not carry a product (every bullet after one names the product itself).
- A customer's statement of what a comparison site or a reseller said («…と記載されておりました»,
  "our former reseller told us…") is a reported statement: a claim with office `unknown`.
- 「2秒未満」 / "under 2 seconds" is the bound 2 (LABELS: "under … is the bound N"), so `ok`;
  "under a second" is the bound 1 against a 2-second maximum: `conflict`.
- "三か月間" is written as 90 days (months count as 30 days).
- In a quote table only the unit price is a claim; quantities («40ユーザー × 12か月», «ライセンス数：
  1,200ユーザー分»), row amounts and totals are not, nor is a one-off fee with no attribute cue.
- Headcounts, meeting sizes and totals are kept out of sentences that name a product, so no label
  hangs on whether such a figure is a claim.
- A claim sentence that also mentions the customer's own figure («ご要件の30分以内を満たしております»,
  "over your current 140 TB") is one claim: the customer's figure is a requirement, not a claim.
- A product named only in the subject line does not carry, and a short name before the full name
  names nothing (0028); the message's subject there does not contain the full name either.
- Cross-office uses the reply's date for quoted claims and the message's date for claims placed
  in a period; two values both `ok` at their own dates never make a line.
""")
    return stats


if __name__ == "__main__":
    sys.exit(main())
