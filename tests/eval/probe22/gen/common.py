"""Helpers for set22's generator: MIME building, box tables, a tiny judge."""
import base64, quopri, unicodedata, html, re
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

CRLF = "\r\n"


def dw(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WFA" else 1 for c in s)


def pad(s, w, right=False):
    d = w - dw(s)
    fill = "\u3000" * (d // 2) + " " * (d % 2)
    return fill + s if right else s + fill


def box(header, rows, aligns=None, rules_after=(), heavy=False):
    """A table drawn with box-drawing characters and padded with 全角 spaces.
    rows: list of lists; a row None draws a separator line."""
    allrows = [header] + [r for r in rows if r is not None]
    n = len(header)
    aligns = aligns or ["l"] * n
    widths = []
    for i in range(n):
        w = max(dw(r[i]) for r in allrows) + 2
        widths.append(w + (w % 2))
    def line(l, m, r):
        return l + m.join("─" * (w // 2) for w in widths) + r
    def row(cells, head=False):
        return "│" + "│".join(pad(c, w, aligns[i] == "r" and not head) for i, (c, w) in enumerate(zip(cells, widths))) + "│"
    out = [line("┌", "┬", "┐"), row(header, True), line("├", "┼", "┤")]
    for r in rows:
        out.append(line("├", "┼", "┤") if r is None else row(r))
    out.append(line("└", "┴", "┘"))
    return "\n".join(out)


def ew(s, charset, chunk=12):
    """RFC 2047 encoded words, each self-contained (ISO-2022-JP words end in ASCII)."""
    if all(ord(c) < 128 for c in s):
        return s
    cs = {"iso-2022-jp": ("ISO-2022-JP", "iso2022_jp"), "shift_jis": ("Shift_JIS", "cp932"),
          "utf-8": ("UTF-8", "utf-8")}[charset]
    words = []
    for i in range(0, len(s), chunk):
        part = s[i:i + chunk]
        words.append("=?%s?B?%s?=" % (cs[0], base64.b64encode(part.encode(cs[1])).decode()))
    return (CRLF + " ").join(words)


def addr(name, email, charset):
    if name is None:
        return email
    return "%s <%s>" % (ew(name, charset) if any(ord(c) > 127 for c in name) else '"%s"' % name if "," in name else name, email)


def addrs(lst, charset):
    return ("," + CRLF + " ").join(addr(n, e, charset) for n, e in lst)


def encode_body(text, charset, cte, eol=CRLF):
    """-> (bytes of the encoded body, charset label)."""
    codec, label = {"iso-2022-jp": ("iso2022_jp", "ISO-2022-JP"), "shift_jis": ("cp932", "Shift_JIS"),
                    "utf-8": ("utf-8", "UTF-8"), "us-ascii": ("ascii", "us-ascii")}[charset]
    t = text.replace("\r\n", "\n")
    if not t.endswith("\n"):
        t += "\n"
    raw = t.encode(codec)
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\n", eol.encode()), label
    if cte == "base64":
        raw = raw.replace(b"\n", b"\r\n")
        b = base64.encodebytes(raw)              # 76-char lines
        return b.replace(b"\n", eol.encode()), label
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        return q.replace(b"\n", eol.encode()), label
    raise ValueError(cte)


def decode_for_check(text, charset):
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932", "utf-8": "utf-8", "us-ascii": "ascii"}[charset]
    return text.encode(codec).decode(codec)


def to_html(text, mono=False, title=None, charset="utf-8"):
    """Simple HTML alternative: paragraphs and <br>; box tables stay in a monospace block."""
    esc = html.escape(text).replace("\n", "<br>\n")
    font = "MS Gothic, ＭＳ ゴシック, monospace" if mono else "Meiryo UI, メイリオ, sans-serif"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body><div style="font-family:%s;font-size:10pt">\n%s\n</div></body></html>\n' % (charset, font, esc))


def strip_tags(h):
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def rfcdate(s):
    """'2026-01-20 17:42:10 +0900' -> RFC 5322 date, and the local date."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return format_datetime(dt), dt.strftime("%Y-%m-%d"), dt


# ------------------------------------------------------------------ a tiny judge (FACTS.md)
JPY_PRICE = {("meridian-sync", "monthly_price"): 50000, ("meridian-vault", "price_per_tb"): 2800,
             ("meridian-insight", "per_user_price"): 4000}
PRICES = {
    ("meridian-sync", "monthly_price"): {"USD": 399, "GBP": 329, "JPY": 50000},
    ("meridian-vault", "price_per_tb"): {"USD": 20, "GBP": 16, "JPY": 2800},
    ("meridian-insight", "per_user_price"): {"USD": 30, "GBP": 25, "JPY": 4000},
}
PER = {"monthly_price": "month", "price_per_tb": "TB-month", "per_user_price": "user-month"}
OFFICE_CUR = {"us-hq": "USD", "london": "GBP", "tokyo": "JPY", "osaka": "JPY"}
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}
EXACT = {
    ("meridian-sync", "storage_per_user"): 10 ** 12,
    ("meridian-sync", "sla"): 99.9,
    ("meridian-sync", "offline_mode"): False,
    ("meridian-vault", "rpo"): 15 * 60,
    ("meridian-vault", "retention"): 90 * 86400,
    ("meridian-vault", "sla"): 99.95,
    ("meridian-vault", "max_storage"): 500 * 10 ** 12,
    ("meridian-insight", "general_availability"): "2027-01",
    ("meridian-insight", "query_latency"): 2,
    ("meridian-insight", "free_trial"): 30 * 86400,
    ("meridian-insight", "max_dashboards"): 200,
}
SETS = {
    ("meridian-sync", "certifications"): {"ISO 27001", "SOC 2 Type II"},
    ("meridian-sync", "supported_platforms"): {"Windows", "macOS", "iOS", "Android"},
    ("meridian-vault", "data_centers"): {"Tokyo", "Osaka", "Oregon", "Frankfurt"},
    ("meridian-vault", "encryption"): {"AES-256"},
}
NO_VALUE = {"rto", "integrations", "ui_languages", "api_rate_limit", "max_file_size",
            "support_response_time", "max_devices"}


def norm(v):
    if isinstance(v, dict) and "unit" in v:
        return v["amount"] * SECS[v["unit"]]
    return v


def judge(product, attr, value, office, date):
    key = (product, attr)
    if attr in NO_VALUE:
        return "unverified"
    if key == ("meridian-sync", "max_users"):
        cur, old = (5000, 10000) if date <= "2026-03-31" else (10000, 5000)
        return "ok" if value == cur else "stale" if value == old else "conflict"
    if key in PRICES:
        assert value["per"] == PER[attr], (key, value)
        table, cur = PRICES[key], value["currency"]
        amount = value["amount"]
        if cur == "JPY" and value.get("tax") == "included":
            amount = amount / 1.1
        if office == "unknown":
            return "unverified"
        if cur == OFFICE_CUR[office]:
            return "ok" if abs(amount - table[cur]) < 1e-6 else "conflict"
        return "office-variant" if abs(amount - table.get(cur, -1)) < 1e-6 else "conflict"
    if key in SETS:
        return "ok" if value in SETS[key] else "conflict"
    if key in EXACT:
        return "ok" if norm(value) == EXACT[key] else "conflict"
    return "unverified"            # an attribute the base has for another product only
