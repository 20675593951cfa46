"""Small, stdlib-only helpers that build raw MIME bytes the way real mailers do."""
import base64, quopri, unicodedata, html


def ew(text, charset):
    """RFC 2047 encoded words (B), chunked on character boundaries; ASCII stays as is."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if len(trial.encode(charset)) > 42:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\r\n ".join("=?%s?B?%s?=" % (charset.upper() if charset != "utf-8" else "UTF-8",
                                        base64.b64encode(w.encode(charset)).decode()) for w in words)


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@;:"'):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (ew(name, charset), email)


def encode_body(text, charset, cte):
    """-> (bytes, cte). text uses \n line ends."""
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw), "base64"
    if cte == "quoted-printable":
        return quopri.encodestring(raw, quotetabs=False), "quoted-printable"
    if all(b < 128 for b in raw):
        return raw, "7bit"
    return raw, "8bit"


def part(text, subtype, charset, cte, flowed=False):
    body, cte = encode_body(text, charset, cte)
    ct = 'text/%s; charset="%s"' % (subtype, charset if charset != "utf-8" else "UTF-8")
    if charset in ("iso-2022-jp", "shift_jis"):
        ct = 'text/%s; charset=%s' % (subtype, charset.upper() if charset == "iso-2022-jp" else "Shift_JIS")
    if flowed:
        ct += "; format=flowed"
    return [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body


def message(headers, parts, boundary=None, crlf=False):
    """headers: list of (name, value); parts: one (hdrs, body) or several -> multipart/alternative."""
    out = []
    for k, v in headers:
        out.append("%s: %s" % (k, v))
    out.append("MIME-Version: 1.0")
    if len(parts) == 1:
        h, body = parts[0]
        out += ["%s: %s" % kv for kv in h]
        data = ("\n".join(out) + "\n\n").encode("ascii") + body
    else:
        out.append('Content-Type: multipart/alternative; boundary="%s"' % boundary)
        data = ("\n".join(out) + "\n\n").encode("ascii")
        for h, body in parts:
            data += ("--%s\n" % boundary).encode() + ("\n".join("%s: %s" % kv for kv in h) + "\n\n").encode()
            data += body if body.endswith(b"\n") else body + b"\n"
        data += ("--%s--\n" % boundary).encode()
    data = data.replace(b"\r\n ", b"\n ")
    if crlf:
        data = data.replace(b"\n", b"\r\n")
    return data


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def pad(s, w):
    return s + " " * (w - width(s))


def box_table(header, rows, rules_after=()):
    """Japanese box-drawing table (┌─┬─┐); ─ and │ are full-width in Japanese fonts."""
    n = len(header)
    ws = [max(width(r[i]) for r in [header] + [r for r in rows if r]) + 2 for i in range(n)]
    ws = [w + (w % 2) for w in ws]
    line = lambda l, m, r: l + m.join("─" * (w // 2) for w in ws) + r
    cells = lambda r: "│" + "│".join(pad(" " + c, w) for c, w in zip(r, ws)) + "│"
    out = [line("┌", "┬", "┐"), cells(header), line("├", "┼", "┤")]
    for i, r in enumerate(rows):
        if r is None:
            out.append(line("├", "┼", "┤"))
        else:
            out.append(cells(r))
    out.append(line("└", "┴", "┘"))
    return "\n".join(out)


def ascii_table(header, rows):
    n = len(header)
    ws = [max(width(r[i]) for r in [header] + rows) + 2 for i in range(n)]
    sep = "+" + "+".join("-" * w for w in ws) + "+"
    cells = lambda r: "|" + "|".join(pad(" " + c, w) for c, w in zip(r, ws)) + "|"
    return "\n".join([sep, cells(header), sep] + [cells(r) for r in rows] + [sep])


def pipe_table(header, rows):
    n = len(header)
    ws = [max(width(r[i]) for r in [header] + rows) for i in range(n)]
    cells = lambda r: "| " + " | ".join(pad(c, w) for c, w in zip(r, ws)) + " |"
    return "\n".join([cells(header), "|" + "|".join("-" * (w + 2) for w in ws) + "|"] + [cells(r) for r in rows])


def text_to_html(text):
    """A plain rendering like a webmail's HTML part: <div> per line, > lines in a blockquote."""
    out, inq = ['<div dir="ltr">'], False
    for ln in text.split("\n"):
        q = ln.startswith(">")
        if q and not inq:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            inq = True
        if not q and inq:
            out.append("</blockquote>")
            inq = False
        s = ln[1:].lstrip(" ") if q else ln
        out.append('<div style="font-family:monospace">%s</div>' % (html.escape(s).replace(" ", "&nbsp;") or "<br>"))
    if inq:
        out.append("</blockquote>")
    out.append("</div>")
    return "\n".join(out) + "\n"
