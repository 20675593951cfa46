"""Small helpers that build raw MIME bytes the way common mailers do (stdlib only)."""
import base64
import datetime
import html
import quopri
import re
from email.header import Header
from email.utils import format_datetime

JST = datetime.timezone(datetime.timedelta(hours=9), "JST")
UTC = datetime.timezone.utc
BST = datetime.timezone(datetime.timedelta(hours=1))
PST = datetime.timezone(datetime.timedelta(hours=-8))
PDT = datetime.timezone(datetime.timedelta(hours=-7))


def dt(y, mo, d, h, mi, s, tz):
    return datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def hdr(text, charset="utf-8"):
    """An unstructured header value: ASCII as is, otherwise RFC 2047 B-encoded."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, charset).encode()


def addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            name = '"%s"' % name
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def clean(text):
    """Normalise a body: no trailing blanks, LF line ends, one final newline."""
    return "\n".join(line.rstrip() for line in text.strip("\n").split("\n")) + "\n"


def encode_body(text, charset, cte):
    data = clean(text).encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(b < 128 for b in data), "7bit body with 8-bit bytes"
        return data
    raise ValueError(cte)


def leaf(ctype, charset, cte, text, extra=()):
    """A text part: (header lines, encoded payload)."""
    params = '%s; charset="%s"' % (ctype, charset) if charset else ctype
    heads = ["Content-Type: " + params] + list(extra) + ["Content-Transfer-Encoding: " + cte]
    return heads, encode_body(text, charset, cte)


def thunderbird_leaf(charset, cte, text, lang="ja-JP"):
    heads = ["Content-Type: text/plain; charset=%s; format=flowed" % charset.upper(),
             "Content-Language: " + lang,
             "Content-Transfer-Encoding: " + cte]
    return heads, encode_body(text, charset, cte)


def rfc822(raw, filename):
    heads = ['Content-Type: message/rfc822; name="%s"' % filename,
             'Content-Disposition: attachment; filename="%s"' % filename]
    return heads, raw


def multipart(subtype, boundary, parts, preamble=None):
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n"
    for heads, payload in parts:
        body += b"\n--" + boundary.encode() + b"\n" + "\n".join(heads).encode("ascii") + b"\n\n"
        body += payload.rstrip(b"\n") + b"\n"
    body += b"\n--" + boundary.encode() + b"--\n"
    return ['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary)], body


def message(headers, part):
    """headers: list of (name, value); part: (header lines, payload). LF line ends."""
    lines = ["%s: %s" % (k, v) for k, v in headers] + ["MIME-Version: 1.0"] + part[0]
    return "\n".join(lines).encode("ascii") + b"\n\n" + part[1]


def crlf(raw):
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def date_header(d):
    """RFC 5322 date as mailers write it: day of month without a leading zero."""
    return re.sub(r", 0(\d) ", r", \1 ", format_datetime(d))


# ---------------------------------------------------------------- HTML alternatives
def html_from_text(text, style="gmail"):
    """A plausible HTML alternative for a plain-text body: paragraphs, <br>, quotes as blockquote."""
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = "<br>\n".join(html.escape(q) for q in quote)
            cls = ' class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"' \
                if style == "gmail" else ' style="margin-left:1em"'
            out.append("<blockquote%s>%s</blockquote>" % (cls, inner))
            quote.clear()

    block = []

    def flush_block():
        if block:
            out.append("<div>%s</div>" % "<br>\n".join(html.escape(b) for b in block))
            block.clear()

    for line in clean(text).split("\n"):
        if line.startswith(">"):
            flush_block()
            quote.append(line[1:].lstrip(" ") if line.startswith("> ") else line[1:])
        elif not line.strip():
            flush_quote()
            flush_block()
            out.append("<div><br></div>")
        else:
            flush_quote()
            block.append(line)
    flush_quote()
    flush_block()
    if style == "gmail":
        return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n'
            '<body lang="EN-GB"><div class="WordSection1">\n' % "{charset}") + "\n".join(out) + "\n</div></body></html>\n"


def strip_html(s):
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|h\d|li|caption|blockquote|table)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)
