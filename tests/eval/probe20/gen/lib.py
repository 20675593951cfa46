"""Helpers for set20's generator: MIME building in the shapes real mailers produce,
a small HTML-to-text renderer (what HubSpot / Outlook / Gmail put in text/plain),
and the label records. Stdlib only, deterministic."""
import base64, email.utils, html, quopri, re, textwrap
from html.parser import HTMLParser

# ------------------------------------------------------------------ encodings
def qp(data: bytes) -> str:
    return quopri.encodestring(data).decode("ascii")


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def crlf(s: str) -> str:
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_text(s: str, codec: str) -> bytes:
    """Encode line by line (ISO-2022-JP must return to ASCII at every line end)."""
    return b"\n".join(line.encode(codec) for line in s.split("\n"))


def jis_html(s: str, codec: str) -> str:
    """Characters the charset lacks become numeric character references (as Outlook does)."""
    out = []
    for ch in s:
        try:
            ch.encode(codec)
            out.append(ch)
        except UnicodeEncodeError:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def ew(s: str, charset: str, codec: str, q=False) -> str:
    """RFC 2047 encoded words, folded; ASCII-only strings stay as they are."""
    if all(ord(c) < 128 for c in s):
        return s
    words, chunk = [], ""
    for ch in s:
        trial = chunk + ch
        if len(base64.b64encode(trial.encode(codec))) > 44 and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    if q:  # Q-encoding, as Exchange does for Latin text
        enc = []
        for w in words:
            b = w.encode(codec)
            enc.append("=?%s?Q?%s?=" % (charset, "".join(
                chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else "_" if c == 32 else "=%02X" % c
                for c in b)))
        return "\n ".join(enc)
    return "\n ".join("=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(codec)).decode()) for w in words)


def addr(name: str, address: str, charset="UTF-8", codec="utf-8", q=False) -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, address) if any(c in name for c in ",.()") else "%s <%s>" % (name, address)
    return "%s <%s>" % (ew(name, charset, codec, q), address)


# ------------------------------------------------------------------ MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body          # list of (name, value); body str (ASCII)

    def render(self):
        return "".join("%s: %s\n" % hv for hv in self.headers) + "\n" + self.body


def leaf(subtype, text, charset, cte, codec=None, ct_extra="", extra_headers=(), maintype="text"):
    codec = codec or charset
    data = encode_text(text, codec)
    if cte == "quoted-printable":
        body = qp(data)
    elif cte == "base64":
        body = b64(data.replace(b"\n", b"\r\n"))
    elif cte in ("7bit", "8bit"):
        body = data.decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
    else:
        raise ValueError(cte)
    if not body.endswith("\n"):
        body += "\n"
    hs = [("Content-Type", '%s/%s; charset="%s"%s' % (maintype, subtype, charset, ct_extra)),
          ("Content-Transfer-Encoding", cte)] + list(extra_headers)
    return Part(hs, body)


def binary(ctype, data, cte_headers=()):
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", "base64")] + list(cte_headers), b64(data))


def multi(subtype, boundary, parts, ct_extra="", preamble=""):
    body = preamble
    for p in parts:
        body += "--%s\n%s\n" % (boundary, p.render())
    body += "--%s--\n" % boundary
    return Part([("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, ct_extra, boundary))], body)


def message(headers, part: Part) -> bytes:
    hs = list(headers)
    if not any(h[0] == "MIME-Version" for h in hs):
        hs.append(("MIME-Version", "1.0"))
    text = "".join("%s: %s\n" % hv for hv in hs) + part.render()
    text.encode("ascii")  # every raw message is 7-bit clean
    return crlf(text).encode("ascii")


# ------------------------------------------------------------------ HTML -> text
BLOCK = {"p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote",
         "caption", "hr", "center", "section", "article", "header", "footer", "dl", "dt", "dd"}
SKIP = {"style", "script", "head", "title", "xml"}


class H2T(HTMLParser):
    """style: 'gmail' (links as <url>, blockquote as '> '), 'hubspot' (links as 'text ( url )'),
    'outlook' (tables tab-separated, links dropped), 'plain' (for checking labels)."""

    def __init__(self, style="gmail", hidden=False, alts=False):
        super().__init__(convert_charrefs=True)
        self.style, self.hidden, self.alts = style, hidden, alts
        self.lines, self.cur, self.skip, self.hide, self.quote = [], "", 0, [], 0
        self.href, self.stack = [], []

    def nl(self, force=False):
        prefix = "> " * self.quote
        line = re.sub(r"[ \t\u00a0]+", lambda m: "\t" if "\t" in m.group() and self.style == "outlook" else " ",
                      self.cur).strip(" ")
        if not line and "\u00a0" in self.cur:
            force = True
        if line or force:
            self.lines.append((prefix + line).rstrip() if line else prefix.rstrip())
        self.cur = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        style = (a.get("style") or "").replace(" ", "").lower()
        hidden = "display:none" in style
        if tag not in ("br", "img", "meta", "link", "hr", "input", "col", "area", "o:p"):
            self.hide.append(hidden)
        if tag in SKIP:
            self.skip += 1
        if self.skip or (any(self.hide) and not self.hidden):
            return
        if tag == "br":
            self.nl(force=True)
        elif tag in BLOCK:
            if tag == "blockquote" and self.style in ("gmail", "plain"):
                self.nl()
                self.quote += 1
            elif tag == "p":
                self.nl()
            else:
                self.nl()
            if tag == "li":
                self.cur = "  * " if self.style != "outlook" else "-\t"
            if tag == "hr":
                self.lines.append("-" * 40)
        elif tag in ("td", "th"):
            if self.cur.strip():
                self.cur += "\t" if self.style == "outlook" else " "
        elif tag == "a":
            self.href.append(a.get("href") or "")
        elif tag == "img" and self.alts and a.get("alt"):
            self.cur += "[%s]" % a["alt"] if self.style != "plain" else " %s " % a["alt"]

    def handle_endtag(self, tag):
        if tag not in ("br", "img", "meta", "link", "hr", "input", "col", "area", "o:p") and self.hide:
            was_hidden = self.hide.pop()
        else:
            was_hidden = False
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip or ((any(self.hide) or was_hidden) and not self.hidden):
            return
        if tag == "a" and self.href:
            h = self.href.pop()
            if h and not h.startswith("mailto:") and self.style == "gmail":
                self.cur += " <%s>" % h
            elif h and not h.startswith("mailto:") and self.style == "hubspot":
                self.cur += " ( %s )" % h
        elif tag in BLOCK:
            self.nl()
            if tag == "p" and self.style == "outlook":
                pass
            if tag == "blockquote" and self.quote:
                self.quote -= 1

    def handle_data(self, data):
        if self.skip or (any(self.hide) and not self.hidden):
            return
        self.cur += data.replace("\r", "").replace("\n", " ")

    def text(self):
        self.nl()
        out, blank = [], 0
        for ln in self.lines:
            blank = blank + 1 if not ln.strip("> ") else 0
            if blank <= 1:
                out.append(ln)
        return "\n".join(out).strip("\n") + "\n"


def html2text(h, style="gmail", hidden=False, alts=False, wrap=0):
    p = H2T(style, hidden, alts)
    p.feed(h)
    p.close()
    t = p.text()
    if wrap:
        res = []
        for ln in t.split("\n"):
            pre = re.match(r"^((?:> )*)", ln).group(1)
            body = ln[len(pre):]
            if len(ln) > wrap and " " in body:
                res += [pre + x for x in textwrap.wrap(body, wrap - len(pre), break_long_words=False,
                                                       break_on_hyphens=False)]
            else:
                res.append(ln)
        t = "\n".join(res) + "\n"
    return t


def date_hdr(y, mo, d, h, mi, s, tz):
    import datetime
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = datetime.datetime(y, mo, d, h, mi, s, tzinfo=datetime.timezone(off))
    return email.utils.format_datetime(dt), dt
