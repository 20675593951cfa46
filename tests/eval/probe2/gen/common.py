"""Helpers for the set2 generator: values, claim records, MIME building, checks."""
import base64, datetime as dt, quopri, zlib
from email.header import Header

DOC_AS_OF = "2026-11-22"

# ---------------------------------------------------------------- values
def money(amount, cur, per, tax=None):
    return {"amount": amount, "currency": cur, "per": per, "tax": tax}
def jpy(a, per, tax=None): return money(a, "JPY", per, tax)
def gbp(a, per, tax=None): return money(a, "GBP", per, tax)
def usd(a, per, tax=None): return money(a, "USD", per, tax)
def dur(a, unit): return {"amount": a, "unit": unit}
def rng(lo, hi, unit): return {"min": lo, "max": hi, "unit": unit}
def TB(n): return int(round(n * 10**12))
def GB(n): return int(round(n * 10**9))

SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"

OFFICE_DOMAINS = [("osaka.jp.meridian-data.com", "osaka"), ("jp.meridian-data.com", "tokyo"),
                  ("uk.meridian-data.com", "london"), ("meridian-data.com", "us-hq")]

def office_of(addr):
    dom = addr.split("@")[-1].lower()
    for d, o in OFFICE_DOMAINS:
        if dom == d:
            return o
    return "unknown"

class Claim:
    """One expected claim: excerpt, product, attribute, value (a list = one line per set member)."""
    def __init__(self, text, product, attribute, value, verdict, quoted=False, office=None, period=None):
        self.text, self.product, self.attribute = text, product, attribute
        self.value, self.verdict, self.quoted, self.office, self.period = value, verdict, quoted, office, period

def C(text, product, attribute, value, verdict, **kw):
    return Claim(text, product, attribute, value, verdict, **kw)

def S(text, product, attribute, members, verdict="ok", **kw):
    """Set members: members is a list of names or of (name, verdict)."""
    out = []
    for m in members:
        name, v = (m if isinstance(m, tuple) else (m, verdict))
        out.append(Claim(text, product, attribute, name, v, **kw))
    return out

class Finding:
    def __init__(self, kind, text, rule=None, product=None, quoted=False):
        self.kind, self.text, self.rule, self.product, self.quoted = kind, text, rule, product, quoted

def P(rule, text, quoted=False): return Finding("phrase", text, rule=rule, quoted=quoted)
def T(product, text, quoted=False): return Finding("terminology", text, product=product, quoted=quoted)

def flatten(items):
    out = []
    for x in items:
        out.extend(flatten(x) if isinstance(x, list) else [x])
    return out

# ---------------------------------------------------------------- dates
def rfc_date(y, mo, d, h, mi, tz):
    """tz like '+0900'. Weekday computed."""
    day = dt.date(y, mo, d)
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][mo - 1]
    return "%s, %d %s %d %02d:%02d:00 %s" % (wd, d, mon, y, h, mi, tz)

def ja_weekday(y, mo, d):
    return "月火水木金土日"[dt.date(y, mo, d).weekday()]

def en_weekday(y, mo, d, long=False):
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    n = names[dt.date(y, mo, d).weekday()]
    return n if long else n[:3]

# ---------------------------------------------------------------- MIME
def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    return "%s <%s>" % (enc_header(name, charset) if any(ord(c) > 127 for c in name) else '"%s"' % name
                        if any(c in name for c in ",.") else name, addr)

PY_CODEC = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "euc-jp": "euc_jp", "utf-8": "utf-8",
            "us-ascii": "ascii"}

def body_part(text, subtype="plain", charset="utf-8", cte="base64", extra_headers=()):
    """-> (headers list, body bytes) for one text part."""
    raw = text.encode(PY_CODEC[charset])
    # round-trip check: what a reader decodes must be what we meant
    assert raw.decode(PY_CODEC[charset]) == text, charset
    hs = [("Content-Type", 'text/%s; charset="%s"' % (subtype, charset if charset != "shift_jis" else "Shift_JIS")),
          ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    if cte == "base64":
        b = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        b = quopri.encodestring(raw)
    else:
        b = raw
    return hs, b

def render(headers, body, nl=b"\n"):
    out = b"".join(("%s: %s" % (k, v)).encode("ascii") + nl for k, v in headers)
    lines = body.split(b"\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    return out + nl + nl.join(l.rstrip(b"\r") for l in lines) + nl

def multipart(subtype, parts, boundary):
    """parts: list of (headers, body bytes) -> (headers, body bytes)."""
    chunks = [b"This is a multi-part message in MIME format.\n"]
    for hs, b in parts:
        chunks.append(("--%s\n" % boundary).encode())
        chunks.append(b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in hs) + b"\n" + b)
        if not b.endswith(b"\n"):
            chunks.append(b"\n")
    chunks.append(("--%s--\n" % boundary).encode())
    return [("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))], b"".join(chunks)

def tiny_pdf(text):
    """A small valid PDF whose only text sits in a Flate-compressed stream."""
    content = zlib.compress(("BT /F1 12 Tf 72 720 Td (%s) Tj ET" % text).encode("latin-1"))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offs = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out
