"""Small, explicit MIME writer used by generate.py (stdlib only, deterministic).

Everything is built by hand so that charsets and transfer encodings are the ones
real Japanese mailers produce: ISO-2022-JP 7bit (Becky!, Outlook "JIS"),
Shift_JIS quoted-printable / base64 (Outlook set to Shift-JIS, which really writes
CP932, NEC/IBM extensions included), UTF-8 base64 / quoted-printable / 8bit.
"""
import base64
import datetime
import email.utils

CRLF = "\r\n"

# What a mailer does to characters its charset cannot carry (or maps differently).
_TO_JIS = {"\uff5e": "\u301c", "\uff0d": "\u2212", "\u2014": "\u2015"}
_TO_CP932 = {"\u301c": "\uff5e", "\u2212": "\uff0d", "\u2014": "\u2015"}


def for_codec(text, codec):
    table = _TO_JIS if codec == "iso2022_jp" else _TO_CP932 if codec == "cp932" else {}
    return "".join(table.get(ch, ch) for ch in text)


def encode_text(text, codec, eol=CRLF):
    text = for_codec(text, codec).replace("\r\n", "\n")
    return text.replace("\n", eol).encode(codec)


def b64_body(raw):
    s = base64.b64encode(raw).decode("ascii")
    return (CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)) + CRLF).encode("ascii")


def qp_body(raw):
    """RFC 2045 quoted-printable of CRLF-separated bytes, soft breaks at 76."""
    out = []
    lines = raw.split(b"\r\n")
    for n, line in enumerate(lines):
        toks = []
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and not last):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        if n == len(lines) - 1 and cur == "":
            break
        out.append(cur)
    return (CRLF.join(out) + CRLF).encode("ascii")


def encoded_words(text, charset, codec, first_room=60):
    """Header text -> one or more RFC 2047 B encoded-words, folded with CRLF SP."""
    if all(ord(c) < 128 for c in text):
        return text
    text = for_codec(text, codec)
    words, chunk = [], ""

    def ew(s):
        return "=?%s?B?%s?=" % (charset, base64.b64encode(s.encode(codec)).decode("ascii"))
    for ch in text:
        room = first_room if not words else 74
        if chunk and len(ew(chunk + ch)) > room:
            words.append(ew(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(ew(chunk))
    return (CRLF + " ").join(words)


def address(name, addr, charset, codec, quote_ascii=False):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return ('"%s" <%s>' % (name, addr)) if quote_ascii else "%s <%s>" % (name, addr)
    return "%s <%s>" % (encoded_words(name, charset, codec, 60), addr)


def addresses(lst, charset, codec, quote_ascii=False):
    return ("," + CRLF + "\t").join(address(n, a, charset, codec, quote_ascii) for n, a in lst)


class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def bytes(self):
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.body


def text_part(text, charset, codec, cte, subtype="plain", params=""):
    raw = encode_text(text, codec)
    body = {"7bit": raw, "8bit": raw, "base64": b64_body(raw) if cte == "base64" else None,
            "quoted-printable": qp_body(raw) if cte == "quoted-printable" else None}[cte]
    if cte in ("7bit", "8bit") and not raw.endswith(b"\r\n"):
        body = raw + b"\r\n"
    ct = 'Content-Type: text/%s; charset="%s"%s' % (subtype, charset, params)
    return Part([ct, "Content-Transfer-Encoding: " + cte], body)


def multipart(subtype, boundary, parts, preamble=None):
    body = b""
    if preamble:
        body += (preamble + CRLF + CRLF).encode("ascii")
    for p in parts:
        body += ("--" + boundary + CRLF).encode("ascii") + p.bytes() + CRLF.encode("ascii")
    body += ("--" + boundary + "--" + CRLF).encode("ascii")
    return Part(['Content-Type: multipart/%s;%s\tboundary="%s"' % (subtype, CRLF, boundary)], body)


def rfc822_part(msg_bytes, filename_utf8):
    from urllib.parse import quote
    fn = quote(filename_utf8, safe="")
    return Part(['Content-Type: message/rfc822;%s\tname="%s"' % (CRLF, encoded_words(filename_utf8, "UTF-8", "utf-8")),
                 "Content-Transfer-Encoding: 7bit",
                 "Content-Disposition: attachment;%s\tfilename*=UTF-8''%s" % (CRLF, fn)], msg_bytes)


def date_header(dt):
    return email.utils.format_datetime(dt)


def message(headers, part, eol=CRLF):
    """headers: list of "Name: value" strings (already encoded). Adds MIME-Version."""
    head = CRLF.join(headers + ["MIME-Version: 1.0"] + part.headers) + CRLF + CRLF
    raw = head.encode("ascii") + part.body
    if eol != CRLF:
        raw = raw.replace(b"\r\n", eol.encode("ascii"))
    return raw


def mbox_from_line(addr, dt):
    u = dt.astimezone(datetime.timezone.utc)
    return "From %s %s %s %2d %s %d" % (addr, u.strftime("%a"), u.strftime("%b"), u.day, u.strftime("%H:%M:%S"), u.year)


def mboxrd(entries):
    """entries: list of (from_line, raw bytes). mboxrd: quote >*From lines, LF endings."""
    import re
    out = b""
    for from_line, raw in entries:
        raw = raw.replace(b"\r\n", b"\n")
        lines = raw.split(b"\n")
        if lines and lines[-1] == b"":
            lines.pop()
        esc = [b">" + l if re.match(rb"^>*From ", l) else l for l in lines]
        out += from_line.encode("ascii") + b"\n" + b"\n".join(esc) + b"\n\n"
    return out


def outlook_html(text, charset):
    """Roughly what Outlook writes for a plain Japanese message: one <p> per line."""
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = []
    for line in text.split("\n"):
        if line.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"游ゴシック";}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0mm;\n\tfont-size:10.5pt;\n\t'
            'font-family:"游ゴシック",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="JA" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % (charset, "\n".join(paras))


def gmail_html(top, quote_header, quoted):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = lambda t: "<br>".join(esc(l) for l in t.split("\n"))
    return ('<div dir="ltr"><div>%s</div></div><br><div class="gmail_quote gmail_quote_container">'
            '<div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n'
            % (lines(top), esc(quote_header), lines(quoted)))
