"""Tiny MIME writer for the set81 generator (stdlib only, deterministic).

Builds raw message bytes the way common mailers do: RFC 2047 encoded words in
headers (ISO-2022-JP / UTF-8, B encoding), bodies as 7bit, 8bit,
quoted-printable or base64, multipart/alternative, multipart/mixed with an
attached message/rfc822.
"""
import base64
import hashlib
import quopri


def b64w(data):
    return base64.b64encode(data).decode("ascii")


def encoded_words(text, charset):
    """RFC 2047 B-encoded words, each self-contained, folded with CRLF-less LF+space."""
    if all(ord(c) < 128 for c in text):
        return text
    cs = charset.upper()
    codec = {"ISO-2022-JP": "iso2022_jp", "UTF-8": "utf-8", "SHIFT_JIS": "shift_jis"}[cs]
    words, chunk = [], ""
    limit = 10 if codec != "utf-8" else 14
    for ch in text:
        chunk += ch
        if len(chunk) >= limit:
            words.append(chunk)
            chunk = ""
    if chunk:
        words.append(chunk)
    return "\n ".join("=?%s?B?%s?=" % (cs, b64w(w.encode(codec))) for w in words)


def address(name, addr, charset="UTF-8"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ",.()<>@;:\""):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (encoded_words(name, charset), addr)


class Part:
    """headers: list of (name, value); body: bytes (already transfer-encoded)."""

    def __init__(self, headers, body):
        self.headers, self.body = headers, body


def text_part(text, charset, cte, subtype="plain", params=""):
    codec = {"us-ascii": "ascii", "utf-8": "utf-8", "iso-2022-jp": "iso2022_jp",
             "shift_jis": "shift_jis", "windows-1252": "cp1252"}[charset.lower()]
    raw = text.encode(codec)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw, quotetabs=False)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        if cte == "7bit":
            assert all(b < 128 for b in raw), "7bit body with 8-bit bytes"
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    ctype = "text/%s; charset=%s%s" % (subtype, charset if charset.lower() != "shift_jis" else "Shift_JIS", params)
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body)


def boundary(seed, style="outlook"):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "gmail":
        return "000000000000" + h[:12]
    if style == "apple":
        return "Apple-Mail=_" + "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:32]]).upper()
    return "_000_" + h[:24].upper() + "_"


def multipart(subtype, parts, bnd, preamble=None):
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n\n")
    for p in parts:
        out.append(b"--" + bnd.encode() + b"\n")
        out.append(render_headers(p.headers))
        out.append(b"\n")
        out.append(p.body if p.body.endswith(b"\n") else p.body + b"\n")
        out.append(b"\n")
    out.append(b"--" + bnd.encode() + b"--\n")
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, bnd))], b"".join(out))


def attached_message(raw, filename=None):
    hdr = [("Content-Type", "message/rfc822" + ('; name="%s"' % filename if filename else ""))]
    if filename:
        hdr.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    cte = "7bit" if all(b < 128 for b in raw) else "8bit"
    hdr.append(("Content-Transfer-Encoding", cte))
    return Part(hdr, raw)


def render_headers(headers):
    return b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in headers)


def message(headers, part, crlf=False):
    raw = render_headers(headers + part.headers) + b"\n" + part.body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


# ---------------------------------------------------------------------- set 81 additions
def rfc2231(name, value):
    """A parameter, RFC 2231-encoded when it is not ASCII (as Outlook and Thunderbird write it)."""
    if all(ord(c) < 128 for c in value):
        return '%s="%s"' % (name, value)
    from urllib.parse import quote as q
    return "%s*=UTF-8''%s" % (name, q(value.encode("utf-8"), safe=""))


def text_attachment(text, subtype, charset, cte, filename, extra_params="", inline=False, crlf_body=False):
    """A text/* attachment (csv, plain, markdown, tab-separated-values, calendar, vcard)."""
    if crlf_body:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    p = text_part(text, charset, cte, subtype, extra_params + "; " + rfc2231("name", filename))
    disp = "inline" if inline else "attachment"
    p.headers.append(("Content-Disposition", "%s; %s" % (disp, rfc2231("filename", filename))))
    return p


def ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ical_fold(line, limit=75):
    """RFC 5545 §3.1: fold at 75 octets, never inside a UTF-8 character."""
    out, cur, n = [], "", 0
    for ch in line:
        w = len(ch.encode("utf-8"))
        if n + w > limit:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += w
    out.append(cur)
    return "\r\n".join(out)


def ical(lines):
    """lines: (name, value, escape?) or raw strings; CRLF, folded."""
    out = []
    for item in lines:
        if isinstance(item, str):
            out.append(ical_fold(item))
        else:
            name, value = item
            out.append(ical_fold("%s:%s" % (name, ical_escape(value))))
    return "\r\n".join(out) + "\r\n"


def unfold_ical(text):
    """The unfolded, unescaped text of an iCalendar or vCard object (for excerpt checks)."""
    t = text.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")
    return t.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
