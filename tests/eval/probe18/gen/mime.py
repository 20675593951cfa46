"""Small helpers that build raw MIME bytes the way common mailers do (stdlib only)."""
import base64, hashlib, html, quopri, re
from email.header import Header
from email.utils import formataddr

CRLF = "\r\n"


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def enc_header(value, charset):
    """Encode a header value like a mailer: ASCII stays raw, the rest as RFC 2047 B words."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76, header_name="Subject").encode(linesep=CRLF)


def addr(pair, charset):
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset=charset)


def body_bytes(text, charset, cte):
    """-> (encoded body as str with CRLF, charset label)."""
    text = text.replace("\r\n", "\n")
    raw = text.encode({"iso-2022-jp": "iso2022_jp"}.get(charset, charset))
    if cte == "base64":
        out = base64.encodebytes(raw.replace(b"\n", b"\r\n")).decode("ascii")
    elif cte == "quoted-printable":
        out = quopri.encodestring(raw).decode("ascii")
    else:                                   # 7bit / 8bit: raw lines
        out = raw.decode("latin-1")         # keep bytes 1:1, re-encoded below
    return out.replace("\r\n", "\n").replace("\n", CRLF)


def leaf(ctype, text, charset, cte, extra=""):
    params = '%s; charset="%s"%s' % (ctype, charset, extra)
    return ("Content-Type: " + params + CRLF + "Content-Transfer-Encoding: " + cte + CRLF + CRLF
            + body_bytes(text, charset, cte))


def text_to_html(text, gmail=False):
    paras, out = re.split(r"\n\s*\n", text.strip("\n")), []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        lines = [re.sub(r"(https?://[^\s&<]+)", r'<a href="\1">\1</a>', l) for l in lines]
        if all(l.startswith("&gt;") for l in lines):
            inner = "<br>".join(l[4:].lstrip() for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append(("<div>%s</div>" if gmail else "<p>%s</p>") % "<br>".join(lines))
    body = "\n".join(out)
    return ('<div dir="ltr">%s</div>' % body) if gmail else (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body style="font-family:Meiryo,sans-serif;font-size:10.5pt">\n%s\n</body></html>' % body)


def build(headers, body_part):
    """headers: list of (name, value) already encoded; body_part: str beginning with Content-Type."""
    lines = ["%s: %s" % (k, v) for k, v in headers] + ["MIME-Version: 1.0"]
    return (CRLF.join(lines) + CRLF + body_part).encode("latin-1")


def multipart(subtype, parts, boundary):
    s = "Content-Type: multipart/%s; boundary=\"%s\"" % (subtype, boundary) + CRLF + CRLF
    for p in parts:
        s += "--" + boundary + CRLF + p
        if not p.endswith(CRLF):
            s += CRLF
    return s + "--" + boundary + "--" + CRLF


def u8(s):
    """Text that holds UTF-8 bytes, mapped 1:1 to latin-1 code points (for 8bit bodies)."""
    return s.encode("utf-8").decode("latin-1")
