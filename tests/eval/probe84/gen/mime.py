"""Tiny MIME writer for the set84 generator (stdlib only, deterministic).

Builds raw message bytes the way Japanese phones and legacy mailers do:

- ISO-2022-JP written as CP50221 does (Outlook, Becky!, many legacy systems):
  JIS X 0208 via ESC $ B, the CP932 extensions (NEC row 13: ①, ㈱, ㍉, №, Ⅱ …)
  in row 0x2D of the same set, and half-width katakana as JIS X 0201 kana via
  ESC ( I; or as CP50220 does, which turns half-width katakana into full-width
  before encoding ("iso-2022-jp-cp50220").
- "Shift_JIS" bodies written with the CP932 (Windows-31J) table, half-width
  katakana as single bytes 0xA1-0xDF, as Windows and carrier phones do.
- RFC 2047 encoded words in B or Q encoding (ISO-2022-JP, Shift_JIS, UTF-8).
- Bodies as 7bit, 8bit, quoted-printable or base64; multipart/alternative;
  multipart/mixed with an attached message/rfc822.

decode_body() is the decoder the generator checks excerpts with: CP932 for
Shift_JIS, the CP50221 reading for ISO-2022-JP.
"""
import base64
import hashlib
import quopri
import unicodedata

HALF_KANA = (0xFF61, 0xFF9F)


def is_half_kana(ch):
    return HALF_KANA[0] <= ord(ch) <= HALF_KANA[1]


def widen_kana(text):
    """What CP50220 does to half-width katakana: full-width, with (han)dakuten composed."""
    out, run = [], ""
    for ch in text + "\0":
        if is_half_kana(ch):
            run += ch
            continue
        if run:
            out.append(unicodedata.normalize("NFKC", run))
            run = ""
        out.append(ch)
    return "".join(out)[:-1]


def _sjis_to_jis(s1, s2):
    if s1 >= 0xE0:
        s1 -= 0x40
    row = (s1 - 0x81) * 2 + 0x21
    if s2 >= 0x9F:
        row += 1
        col = s2 - 0x9F + 0x21
    else:
        col = s2 - 0x40 + 0x21 - (1 if s2 >= 0x80 else 0)
    assert 0x21 <= row <= 0x7E and 0x21 <= col <= 0x7E, (hex(s1), hex(s2))
    return row, col


def _jis_to_sjis(row, col):
    s1 = (row - 0x21) // 2 + 0x81
    if s1 > 0x9F:
        s1 += 0x40
    if row % 2:            # odd row
        s2 = col - 0x21 + 0x40
        if s2 >= 0x7F:
            s2 += 1
    else:
        s2 = col - 0x21 + 0x9F
    return s1, s2


def cp50221_encode(text, widen=False):
    if widen:
        text = widen_kana(text)
    out, mode = bytearray(), "ascii"
    for ch in text:
        if ord(ch) < 0x80:
            want, data = "ascii", ch.encode("ascii")
        elif is_half_kana(ch):
            want, data = "kana", bytes([ch.encode("cp932")[0] - 0x80])
        else:
            b = ch.encode("cp932")
            assert len(b) == 2, ch
            want, data = "kanji", bytes(_sjis_to_jis(b[0], b[1]))
        if want != mode:
            out += {"ascii": b"\x1b(B", "kana": b"\x1b(I", "kanji": b"\x1b$B"}[want]
            mode = want
        out += data
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def cp50221_encode_lines(text, widen=False):
    """Each line returns to ASCII before its line break, as RFC 1468 asks."""
    return b"\n".join(cp50221_encode(line, widen) for line in text.split("\n"))


def cp50221_decode(data):
    out, mode, i = [], "ascii", 0
    while i < len(data):
        b = data[i]
        if b == 0x1B:
            seq = data[i:i + 3]
            mode = {b"\x1b(B": "ascii", b"\x1b(J": "ascii", b"\x1b(I": "kana",
                    b"\x1b$B": "kanji", b"\x1b$@": "kanji"}[bytes(seq)]
            i += 3
            continue
        if b in (0x0A, 0x0D):
            out.append(chr(b))
            i += 1
            continue
        if mode == "ascii":
            out.append(chr(b))
            i += 1
        elif mode == "kana":
            out.append(bytes([b + 0x80]).decode("cp932"))
            i += 1
        else:
            s1, s2 = _jis_to_sjis(b, data[i + 1])
            out.append(bytes([s1, s2]).decode("cp932"))
            i += 2
    return "".join(out)


CODECS = {"us-ascii": "ascii", "utf-8": "utf-8", "shift_jis": "cp932", "windows-1252": "cp1252"}


def encode_text(text, charset):
    cs = charset.lower()
    if cs == "iso-2022-jp":
        return cp50221_encode_lines(text)
    if cs == "iso-2022-jp-cp50220":
        return cp50221_encode_lines(text, widen=True)
    return text.encode(CODECS[cs])


def decode_body(data, charset):
    cs = (charset or "us-ascii").lower()
    if cs == "iso-2022-jp":
        return cp50221_decode(data)
    return data.decode(CODECS.get(cs, cs))


def b64w(data):
    return base64.b64encode(data).decode("ascii")


def qw(data):
    out = []
    for b in data:
        c = chr(b)
        if b == 0x20:
            out.append("_")
        elif 0x21 <= b <= 0x7E and c not in "=?_":
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def encoded_words(text, charset, enc="B", limit=None):
    """RFC 2047 encoded words, each self-contained, folded with LF+space."""
    if all(ord(c) < 128 for c in text):
        return text
    cs = charset.upper()
    label = "ISO-2022-JP" if cs.startswith("ISO-2022-JP") else cs
    words, chunk = [], ""
    limit = limit or (10 if cs != "UTF-8" else 14)
    for ch in text:
        chunk += ch
        if len(chunk) >= limit:
            words.append(chunk)
            chunk = ""
    if chunk:
        words.append(chunk)
    w = qw if enc.upper() == "Q" else b64w
    return "\n ".join("=?%s?%s?%s?=" % (label if cs != "SHIFT_JIS" else "Shift_JIS", enc.upper(),
                                         w(encode_text(x, cs))) for x in words)


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
    raw = encode_text(text, charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw, quotetabs=False)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        if cte == "7bit":
            assert all(b < 128 for b in raw), "7bit body with 8-bit bytes"
        body = raw if raw.endswith(b"\n") else raw + b"\n"
    label = {"shift_jis": "Shift_JIS", "iso-2022-jp-cp50220": "ISO-2022-JP"}.get(charset.lower(), charset)
    ctype = "text/%s; charset=%s%s" % (subtype, label, params)
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body)


def boundary(seed, style="outlook"):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "gmail":
        return "000000000000" + h[:12]
    if style == "apple":
        return "Apple-Mail=_" + "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:32]]).upper()
    if style == "docomo":
        return "--NextPart_" + h[:16].upper()
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
