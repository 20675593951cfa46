"""MIME / HTML helpers for generate.py (stdlib only, deterministic)."""
import base64, hashlib, quopri, re
from email.header import Header
from email.utils import formataddr
from html.parser import HTMLParser


def h(*parts, n=16):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ------------------------------------------------------------------ html -> text, as mailers do it
class _H2T(HTMLParser):
    BLOCK = {"div", "p", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4", "caption", "center"}

    def __init__(self, style):
        super().__init__(convert_charrefs=True)
        self.style, self.lines, self.cur, self.depth = style, [], "", 0
        self.skip, self.links, self.cell = 0, [], 0

    def push(self, force=False):
        if self.cur.strip(" \t") or force:
            self.lines.append((self.depth, self.cur))
        self.cur = ""

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "head", "title", "script"):
            self.skip += 1
        elif tag == "br":
            self.push(force=True)
        elif tag == "blockquote":
            self.push(); self.depth += 1
        elif tag == "hr":
            self.push(); self.lines.append((self.depth, "_" * 32 if self.style == "outlook" else "-" * 30))
        elif tag == "li":
            self.push(); self.cur = "- " if self.style == "gmail" else "\u00b7\t"
        elif tag in ("td", "th"):
            if self.cell:
                self.cur += "\t" if self.style == "outlook" else "  "
            self.cell += 1
        elif tag == "a":
            self.links.append((a.get("href") or "", len(self.cur)))
        elif tag in self.BLOCK:
            if tag == "tr":
                self.cell = 0
            self.push()
            if tag == "div" and "gmail_signature" in (a.get("class") or "") and self.style == "gmail":
                pass

    def handle_endtag(self, tag):
        if tag in ("style", "head", "title", "script"):
            self.skip -= 1
        elif tag == "blockquote":
            self.push(); self.depth -= 1
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            text = self.cur[start:].strip()
            if href and not href.startswith("mailto:") and text != href:
                self.cur += (" <%s>" if self.style == "gmail" else "<%s>") % href
        elif tag == "p":
            if self.cur.strip(" \t\xa0") == "" and self.cur:
                self.cur = ""; self.push(force=True)
            else:
                self.push()
        elif tag in self.BLOCK:
            self.push()

    def handle_data(self, d):
        if self.skip:
            return
        d = re.sub(r"[ \t\r\n]+", " ", d)
        if not self.cur.strip(" "):
            d = d.lstrip(" ")
            self.cur = self.cur.rstrip(" ")
        self.cur += d


def html2text(html, style):
    p = _H2T(style)
    p.feed(html)
    p.close()
    p.push()
    out, blank = [], 0
    for depth, t in p.lines:
        t = t.rstrip(" \t")
        if style == "gmail":
            t = t.replace("\xa0", " ").rstrip(" ")
        if t == "--":
            t = "-- "
        line = ("> " * depth + t) if t else ("> " * depth).rstrip()
        if not t:
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(line)
    while out and not out[0].strip("> "):
        out.pop(0)
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ encoding
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "iso-8859-1": "latin-1", "us-ascii": "ascii",
         "windows-1252": "cp1252"}


def enc_body(text, charset, cte):
    raw = text.encode(CODEC[charset.lower()])
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode("ascii" if cte == "7bit" else "latin-1")


def hdr(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode(maxlinelen=76)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def leaf(ctype, charset, cte, text, extra=()):
    head = ['Content-Type: %s; charset="%s"' % (ctype, charset), "Content-Transfer-Encoding: %s" % cte]
    head += list(extra)
    return "\n".join(head) + "\n\n" + enc_body(text, charset, cte)


def multipart(sub, boundary, parts, preamble=None):
    out = ['Content-Type: multipart/%s; boundary="%s"' % (sub, boundary), ""]
    if preamble:
        out += [preamble, ""]
    for p in parts:
        out += ["--" + boundary, p.rstrip("\n"), ""]
    out += ["--" + boundary + "--", ""]
    return "\n".join(out)
