"""Helpers for generate.py (set 6): MIME building, dates, the claims-base judge, checks. Stdlib only."""
import base64, datetime as dt, hashlib, html, json, re, unicodedata
from email.header import Header

BRK = "\x00"          # forced quoted-printable soft line break inside a text

# ------------------------------------------------------------------ dates
def _nth_sunday(year, month, n):
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)

def _last_sunday(year, month):
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - 6) % 7)

def offset(region, day):
    """UTC offset in hours for a local date in region us / uk / jp."""
    if region == "jp":
        return 9
    if region == "us":
        return -7 if _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1) else -8
    if region == "uk":
        return 1 if _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10) else 0
    raise ValueError(region)

def when(s, region):
    """'2026-01-14 10:32' local time in region -> aware datetime."""
    naive = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    tz = dt.timezone(dt.timedelta(hours=offset(region, naive.date())))
    d = naive.replace(tzinfo=tz)
    assert d.astimezone(dt.timezone.utc).date() == d.date(), "local date differs from UTC date: %s" % s
    return d

def to_region(d, region):
    day = d.astimezone(dt.timezone.utc).date()
    for cand in (day, day - dt.timedelta(days=1), day + dt.timedelta(days=1)):
        tz = dt.timezone(dt.timedelta(hours=offset(region, cand)))
        if d.astimezone(tz).date() == cand:
            return d.astimezone(tz)
    return d.astimezone(dt.timezone(dt.timedelta(hours=offset(region, day))))

def rfc_date(d):
    off = d.utcoffset().total_seconds() // 60
    sign = "-" if off < 0 else "+"
    off = abs(int(off))
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + "%s%02d%02d" % (sign, off // 60, off % 60)

def h12(d):
    return "%d:%02d %s" % ((d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")

MONTHS_UK = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

def outlook_sent(d, region):
    d = to_region(d, region)
    if region == "us":
        return d.strftime("%A, %B ") + "%d, %d %s" % (d.day, d.year, h12(d))
    return d.strftime("%d %B %Y %H:%M")

def gmail_on(d, region, who):
    d = to_region(d, region)
    if region == "us":
        return "On %s, %s %d, %d at %s %s wrote:" % (d.strftime("%a"), d.strftime("%b"), d.day, d.year, h12(d), who)
    return "On %s, %d %s %d at %s, %s wrote:" % (d.strftime("%a"), d.day, MONTHS_UK[d.month - 1], d.year,
                                                 d.strftime("%H:%M"), who)

def apple_on(d, region, who):
    d = to_region(d, region)
    return "On %d %s %d, at %s, %s wrote:" % (d.day, d.strftime("%b"), d.year, d.strftime("%H:%M"), who)

def gmail_fwd_date(d, region):
    d = to_region(d, region)
    return "%s, %d %s %d at %s" % (d.strftime("%a"), d.day, MONTHS_UK[d.month - 1], d.year, d.strftime("%H:%M"))

# ------------------------------------------------------------------ text helpers
def quote(text, prefix=">"):
    return "\n".join(prefix if not l else prefix + " " + l if not l.startswith(">") else prefix + l
                     for l in text.rstrip("\n").split("\n")) + "\n"

def h(seed, n=16, alphabet="0123456789ABCDEF"):
    x = hashlib.sha256(seed.encode()).digest()
    out = ""
    i = 0
    while len(out) < n:
        out += alphabet[x[i % len(x)] % len(alphabet)]
        i += 1
        if i % len(x) == 0:
            x = hashlib.sha256(x).digest()
    return out

def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(p):
    return "%s <%s>" % (p[0], p[1])

# ------------------------------------------------------------------ transfer encodings
def qp(text, charset="utf-8", maxlen=76):
    out = []
    for line in text.split("\n"):
        segs = line.split(BRK)
        cur = ""
        for si, seg in enumerate(segs):
            b = seg.encode(charset)
            for i, ch in enumerate(b):
                last = si == len(segs) - 1 and i == len(b) - 1
                t = chr(ch) if (33 <= ch <= 126 and ch != 61) or (ch in (9, 32) and not last) else "=%02X" % ch
                if len(cur) + len(t) > maxlen - 1:
                    out.append(cur + "=")
                    cur = ""
                cur += t
            if si < len(segs) - 1:
                out.append(cur + "=")
                cur = ""
        out.append(cur)
    return "\n".join(out)

def b64(text, charset="utf-8"):
    return base64.encodebytes(text.encode(charset)).decode("ascii")

def body_part(ctype, text, charset="utf-8", cte=None, extra=""):
    """-> a MIME entity (headers + body) for a text part."""
    if cte is None:
        try:
            text.replace(BRK, "").encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.replace(BRK, ""), charset)
    else:
        body = text.replace(BRK, "")
        body.encode("ascii" if cte == "7bit" else charset)
    hdr = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n" % (ctype, charset, extra, cte)
    return hdr, body

def multipart(subtype, parts, boundary, extra=""):
    hdr = "Content-Type: multipart/%s;\n\tboundary=\"%s\"%s\n" % (subtype, boundary, extra)
    body = ""
    for ph, pb in parts:
        body += "--%s\n%s\n%s" % (boundary, ph, pb if pb.endswith("\n") else pb + "\n")
    body += "--%s--\n" % boundary
    return hdr, body

# ------------------------------------------------------------------ HTML rendering (for the excerpt check)
def html_to_text(s):
    s = re.sub(r"(?is)<head\b.*?</head>|<style\b.*?</style>|<!--.*?-->", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|caption|table|ul|ol|blockquote)\s*>", "\n", s)
    s = re.sub(r"(?i)</t[dh]\s*>", " \t ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)

def norm(s):
    s = unicodedata.normalize("NFKC", s).replace("\u00a0", " ")
    return " ".join(s.split())

# ------------------------------------------------------------------ the claims base, as FACTS.md and rules/ state it
TB = 10 ** 12
def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}
def dur(a, unit):
    return {"amount": a, "unit": unit}
SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400, "years": 365 * 86400}

BASE = {
    ("meridian-sync", "max_users"): [dict(v=10000, bound="max", frm="2026-04-01"),
                                     dict(v=5000, bound="max", until="2026-03-31")],
    ("meridian-sync", "monthly_price"): [dict(v=money(50000, "JPY", "month", "excluded"), offices=["tokyo", "osaka"]),
                                         dict(v=money(399, "USD", "month"), offices=["us-hq"]),
                                         dict(v=money(329, "GBP", "month"), offices=["london"])],
    ("meridian-sync", "storage_per_user"): [dict(v=1 * TB)],
    ("meridian-sync", "sla"): [dict(v=99.9)],
    ("meridian-sync", "certifications"): [dict(set=["ISO 27001", "SOC 2 Type II"])],
    ("meridian-sync", "offline_mode"): [dict(v=False)],
    ("meridian-sync", "supported_platforms"): [dict(set=["Windows", "macOS", "iOS", "Android"])],
    ("meridian-vault", "rpo"): [dict(v=dur(15, "minutes"), bound="max")],
    ("meridian-vault", "retention"): [dict(v=dur(90, "days"))],
    ("meridian-vault", "sla"): [dict(v=99.95)],
    ("meridian-vault", "price_per_tb"): [dict(v=money(20, "USD", "TB-month"), offices=["us-hq"]),
                                         dict(v=money(2800, "JPY", "TB-month", "excluded"), offices=["tokyo", "osaka"]),
                                         dict(v=money(16, "GBP", "TB-month"), offices=["london"])],
    ("meridian-vault", "max_storage"): [dict(v=500 * TB, bound="max")],
    ("meridian-vault", "data_centers"): [dict(set=["Tokyo", "Osaka", "Oregon", "Frankfurt"])],
    ("meridian-vault", "encryption"): [dict(set=["AES-256"])],
    ("meridian-insight", "general_availability"): [dict(v="2027-01")],
    ("meridian-insight", "per_user_price"): [dict(v=money(30, "USD", "user-month"), offices=["us-hq"]),
                                             dict(v=money(4000, "JPY", "user-month", "excluded"), offices=["tokyo", "osaka"]),
                                             dict(v=money(25, "GBP", "user-month"), offices=["london"])],
    ("meridian-insight", "query_latency"): [dict(v=dur(2, "seconds"), bound="max")],
    ("meridian-insight", "free_trial"): [dict(v=dur(30, "days"))],
    ("meridian-insight", "max_dashboards"): [dict(v=200, bound="max")],
}
KINDS = {"max_users": "count", "max_dashboards": "count", "integrations": "count", "ui_languages": "count",
         "api_rate_limit": "count", "max_devices": "count", "sla": "percent", "monthly_price": "money",
         "price_per_tb": "money", "per_user_price": "money", "rpo": "duration", "rto": "duration",
         "retention": "duration", "query_latency": "duration", "free_trial": "duration",
         "support_response_time": "duration", "storage_per_user": "data-size", "max_storage": "data-size",
         "max_file_size": "data-size", "general_availability": "date", "offline_mode": "boolean",
         "certifications": "set", "supported_platforms": "set", "data_centers": "set", "encryption": "set"}
OFFICE_CURRENCY = {"us-hq": "USD", "london": "GBP", "tokyo": "JPY", "osaka": "JPY"}

def scalar(v):
    """A comparable number for count/percent/duration/size values."""
    if isinstance(v, dict) and "unit" in v:
        return v["amount"] * SECONDS[v["unit"]]
    return v

def _money_ok(v, base):
    if v["currency"] != base["currency"] or v["per"] != base["per"]:
        return None
    if v["currency"] == "JPY" and v.get("tax") == "included":
        return abs(v["amount"] - base["amount"] * 1.1) < 1e-6
    return abs(v["amount"] - base["amount"]) < 1e-9

def judge(product, attribute, value, office, date):
    """The verdict LABELS.md gives this claim, spoken by office, judged on date (YYYY-MM-DD)."""
    assert attribute in KINDS, attribute
    cands = BASE.get((product, attribute))
    if not cands:
        return "unverified"
    kind = KINDS[attribute]
    if kind == "set":
        return "ok" if value in cands[0]["set"] else "conflict"
    if kind == "money":
        assert office in OFFICE_CURRENCY, "no office-less price claims in this set"
        mine = [c for c in cands if office in c["offices"]]
        assert len(mine) == 1
        r = _money_ok(value, mine[0]["v"])
        if r is not None:
            return "ok" if r else "conflict"
        for c in cands:
            if c is not mine[0] and _money_ok(value, c["v"]):
                return "office-variant"
        return "conflict"
    valid = [c for c in cands if c.get("frm", "0000") <= date <= c.get("until", "9999")]
    eq = lambda a, b: abs(scalar(a) - scalar(b)) < 1e-9 if kind not in ("date", "boolean") else a == b
    if any(eq(value, c["v"]) for c in valid):
        return "ok"
    if any(eq(value, c["v"]) for c in cands):
        return "stale"
    for c in valid:
        if c.get("bound") == "max":
            assert scalar(value) > scalar(c["v"]), "a stated maximum below the base's: avoided in this set"
    return "conflict"

# ------------------------------------------------------------------ cue lint (attributes.yaml, parsed loosely)
def load_cues(path):
    text = open(path, encoding="utf-8").read()
    cues, cur = {}, None
    for m in re.finditer(r"(?m)^  (\w+):[ \t]*(?:#[^\n]*)?$|en:\s*\[(.*?)\]", text, re.S):
        if m.group(1):
            cur = m.group(1)
        elif cur and cur not in cues:
            cues[cur] = [c.strip().strip('"') for c in m.group(2).replace("\n", " ").split(",") if c.strip()]
    return cues
