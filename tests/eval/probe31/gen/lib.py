"""Helpers for generate.py: wrapping, quoting, format=flowed, QP, headers,
label records and excerpt lookup. Python 3 stdlib only, deterministic."""
import html
import re
import textwrap
import unicodedata
from email.header import Header

# ------------------------------------------------------------------ products
P = {"sync": "meridian-sync", "vault": "meridian-vault", "insight": "meridian-insight"}
TB = 10 ** 12


def money(amount, currency, per, tax=None):
    return {"amount": amount, "currency": currency, "per": per, "tax": tax}


def dur(amount, unit):
    return {"amount": amount, "unit": unit}


class C:
    """A claim label: product key, attribute, value, verdict, excerpt needle."""

    def __init__(self, product, attribute, value, verdict, needle, quoted=False, office=None):
        self.product, self.attribute, self.value, self.verdict = P[product], attribute, value, verdict
        self.needle, self.quoted, self.office = needle, quoted, office


class F:
    """A finding label: kind phrase (rule) / terminology (product) / unreadable."""

    def __init__(self, kind, key, needle, quoted=False):
        self.kind, self.needle, self.quoted = kind, needle, quoted
        self.rule = key if kind == "phrase" else None
        self.product = P[key] if kind == "terminology" else None


# ------------------------------------------------------------------ wrapping
def fill(text, width=72, prefix=""):
    """Hard-wrap one paragraph the way a plain-text client does (no hyphen breaks)."""
    w = textwrap.TextWrapper(width=width - len(prefix), break_on_hyphens=False,
                             break_long_words=False)
    lines = w.wrap(" ".join(text.split()))
    return [prefix + l for l in lines] or [prefix.rstrip()]


def render(b, width=72):
    """One block: str (a paragraph to fill), ("raw", text), ("q", prefix, text) quoted and
    re-wrapped to the width with that prefix, ("qraw", prefix, text) quoted verbatim."""
    if isinstance(b, str):
        return "\n".join(fill(b, width))
    if b[0] == "raw":
        return b[1]
    if b[0] == "q":
        return "\n".join(fill(b[2], width, b[1]))
    if b[0] == "qraw":
        return "\n".join((b[1] + l).rstrip() if l else b[1].rstrip() for l in b[2].split("\n"))
    if b[0] == "tight":
        return render(b[1], width)
    raise ValueError(b)


def _prefix(b):
    if isinstance(b, tuple) and b[0] == "tight":
        b = b[1]
    return b[1] if isinstance(b, tuple) and b[0] in ("q", "qraw") else ""


def para(*blocks, width=72):
    """Blocks separated by one blank line (a quoted blank line between quoted blocks);
    ("tight", block) joins a block to the one before it with no blank line."""
    lines = []
    for i, b in enumerate(blocks):
        if i and not (isinstance(b, tuple) and b[0] == "tight"):
            p1, p2 = _prefix(blocks[i - 1]), _prefix(b)
            common = ""
            for a, c in zip(p1, p2):
                if a != c:
                    break
                common += a
            lines.append(common.rstrip())
        lines.append(render(b, width))
    return "\n".join(lines) + "\n"


def jwidth(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WFA" else 1


NO_START = "。、，．）」』！？ー・％"


def jwrap(text, cols=72):
    """Hard-wrap Japanese by display columns, breaking inside words as old clients do."""
    out, cur, w = [], "", 0
    for ch in text:
        cw = jwidth(ch)
        if w + cw > cols and ch not in NO_START:
            out.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    out.append(cur)
    return out


# ------------------------------------------------------------------ format=flowed
def flowed(paragraphs, width=72, delsp=False):
    """paragraphs: list of (depth, text) logical lines; text "" is an empty line.
    Returns the RFC 3676 body: soft breaks end with a space, quote marks '>'*depth."""
    out = []
    for depth, text in paragraphs:
        q = ">" * depth
        if text == "-- ":
            out.append("-- ")
            continue
        if text == "":
            out.append(q)
            continue
        avail = width - len(q) - 1
        if delsp:
            pieces = jwrap(text, avail)
            for i, p in enumerate(pieces):
                stuffed = (" " if q or p.startswith((" ", "From ", ">")) else "") + p
                out.append(q + stuffed + (" " if i < len(pieces) - 1 else ""))
            continue
        words, lines, cur = text.split(" "), [], ""
        if len(text) <= avail:
            words = []
            cur = text
        for wd in words:
            if cur and len(cur) + 1 + len(wd) > avail:
                lines.append(cur + " ")
                cur = wd
            else:
                cur = cur + " " + wd if cur else wd
        lines.append(cur)
        for l in lines:
            stuffed = l
            if q:
                stuffed = " " + l
            elif l.startswith((" ", "From ", ">")):
                stuffed = " " + l
            out.append(q + stuffed)
    return "\n".join(out) + "\n"


def unflow(text, delsp=False):
    """Decode format=flowed (for excerpt lookup)."""
    out, buf, bufq = [], None, None
    for line in text.split("\n"):
        m = re.match(r"^(>*)", line)
        q = len(m.group(1))
        body = line[q:]
        if body.startswith(" "):
            body = body[1:]
        soft = body.endswith(" ") and body != "-- "
        if soft and delsp:
            body = body[:-1]
        if buf is not None and bufq == q:
            buf += body
        else:
            if buf is not None:
                out.append(">" * bufq + (" " if bufq else "") + buf)
            buf, bufq = body, q
        if not soft:
            out.append(">" * bufq + (" " if bufq else "") + buf)
            buf = None
    if buf is not None:
        out.append(">" * bufq + (" " if bufq else "") + buf)
    return "\n".join(out)


# ------------------------------------------------------------------ transfer encodings
def qp(data, maxlen=76):
    """Quoted-printable as mailers write it: soft breaks ('=') wherever a line passes
    76 columns, even inside a number; never inside an =XX escape."""
    out = []
    for line in data.split(b"\n"):
        toks = []
        for i, b in enumerate(line):
            if b in (32, 9):
                toks.append(chr(b) if i < len(line) - 1 else "=%02X" % b)
            elif 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > maxlen - 1:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\n".join(out).encode("ascii")


def enc_header(text, charset):
    """An encoded-word header value (only when needed)."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        if charset.lower() == "iso-2022-jp":
            b = text.encode("iso2022_jp")
            import base64
            return "=?ISO-2022-JP?B?%s?=" % base64.b64encode(b).decode()
        return Header(text, charset).encode()


def addr(name, email, charset="utf-8"):
    try:
        name.encode("ascii")
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset), email)


def headers(pairs):
    return "".join("%s: %s\n" % (k, v) for k, v in pairs if v is not None)


# ------------------------------------------------------------------ excerpts
def _norm_map(text):
    """NFKC text with whitespace and '>' removed, and the index map back."""
    chars, idx = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            if c.isspace() or c == ">":
                continue
            chars.append(c)
            idx.append(i)
    return "".join(chars), idx


def excerpt(decoded, needle):
    """The exact span of decoded text that holds needle (compared without spaces/'>')."""
    hay, idx = _norm_map(decoded)
    nd, _ = _norm_map(needle)
    pos = hay.find(nd)
    if pos < 0:
        return None
    s, e = idx[pos], idx[pos + len(nd) - 1]
    return decoded[s:e + 1].replace("\r\n", "\n").replace("\r", "\n")


def html_text(s):
    s = re.sub(r"(?s)<(script|style).*?</\1>", "", s)
    s = re.sub(r"<br\s*/?>|</p>|</tr>|</li>|</h\d>|</caption>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)
