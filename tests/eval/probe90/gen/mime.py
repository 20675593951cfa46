"""Tiny MIME writer for the set90 generator (stdlib only, deterministic).

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
