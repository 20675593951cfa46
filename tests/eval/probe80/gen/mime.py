"""Tiny MIME writer for the set80 generator (stdlib only, deterministic).

Builds raw message bytes the way common mailers do: RFC 2047 encoded words in
headers (ISO-2022-JP / UTF-8, B encoding), bodies as 7bit, 8bit,
quoted-printable or base64, multipart/alternative, multipart/mixed with an
attached message/rfc822.
"""
import base64
import hashlib
import re


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


CODECS = {"us-ascii": "ascii", "utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis",
          "windows-1252": "cp1252", "iso-8859-1": "latin-1"}

SOFT = "\x01"       # in a text: put a QP soft line break here
MIDCHAR = "\x02"    # in a text: put a QP soft line break after the first byte of the next character
SENT = b"\x00"      # internal sentinel for a forced soft break


def strip_markers(text):
    return text.replace(SOFT, "").replace(MIDCHAR, "")


def encode_with_sentinels(text, codec):
    """Encode text to bytes, turning the marker characters into SENT bytes."""
    out, i = [], 0
    for seg_i, seg in enumerate(re.split("(\x01|\x02.)", text, flags=re.S)):
        if not seg:
            continue
        if seg == SOFT:
            out.append(SENT)
        elif seg.startswith(MIDCHAR):
            b = seg[1].encode(codec)
            out.append(b[:1] + SENT + b[1:])
        else:
            out.append(seg.encode(codec))
    return b"".join(out)


def qp_encode(raw, width=76):
    """Quoted-printable (RFC 2045) with forced soft breaks at SENT; LF line ends."""
    lines_out = []
    for line in raw.split(b"\n"):
        toks = []
        for i, byte in enumerate(line):
            if line[i:i + 1] == SENT:
                toks.append(None)
                continue
            if 33 <= byte <= 126 and byte != 61:
                toks.append(chr(byte))
            elif byte in (32, 9):
                rest = line[i + 1:].replace(SENT, b"")
                toks.append("=%02X" % byte if not rest else chr(byte))
            else:
                toks.append("=%02X" % byte)
        cur = ""
        for t in toks:
            if t is None:
                lines_out.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > width - 1:
                lines_out.append(cur + "=")
                cur = ""
            cur += t
        lines_out.append(cur)
    return ("\n".join(lines_out)).encode("ascii")


def text_part(text, charset, cte, subtype="plain", params="", label=None):
    """A text part. `label` is the charset written in the header when it differs
    from the one the bytes are really in (a mislabelled part)."""
    codec = CODECS[charset.lower()]
    if cte == "quoted-printable":
        body = qp_encode(encode_with_sentinels(text, codec))
        if not body.endswith(b"\n"):
            body += b"\n"
    else:
        raw = strip_markers(text).encode(codec)
        if cte == "base64":
            body = base64.encodebytes(raw)
        else:
            if cte == "7bit" and label is None:
                assert all(b < 128 for b in raw), "7bit body with 8-bit bytes"
            body = raw if raw.endswith(b"\n") else raw + b"\n"
    shown = label or (charset if charset.lower() != "shift_jis" else "Shift_JIS")
    ctype = "text/%s; charset=%s%s" % (subtype, shown, params)
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body)


def split_words(text, charset, enc="B", nbytes=9):
    """RFC 2047 encoded words cut every `nbytes` bytes, even inside a character
    (as some mailers do; decoders join adjacent words of one charset first)."""
    codec = CODECS.get(charset.lower(), charset)
    raw = text.encode(codec)
    words = []
    for i in range(0, len(raw), nbytes):
        chunk = raw[i:i + nbytes]
        if enc == "B":
            words.append("=?%s?B?%s?=" % (charset, b64w(chunk)))
        else:
            q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                        ("_" if c == 32 else "=%02X" % c) for c in chunk)
            words.append("=?%s?Q?%s?=" % (charset, q))
    return "\n ".join(words)


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
    """crlf: False (LF), True (CRLF), or "mixed": CRLF headers, a body whose
    lines alternate CRLF and LF (a relay that fixed only some of them)."""
    head = render_headers(headers + part.headers)
    raw = head + b"\n" + part.body
    if crlf is True:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    elif crlf == "mixed":
        body_lines = part.body.split(b"\n")
        body = b"".join(l + (b"\r\n" if i % 2 == 0 else b"\n") for i, l in enumerate(body_lines[:-1]))
        body += body_lines[-1]
        raw = head.replace(b"\n", b"\r\n") + b"\r\n" + body
    return raw
