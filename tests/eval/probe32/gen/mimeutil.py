"""Raw MIME building, the way common mailers encode things (stdlib email only)."""
import html
import re
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.mime.message import MIMEMessage
from email.utils import formataddr


def cs(name, body):
    c = Charset(name)
    c.body_encoding = {"qp": QP, "b64": BASE64, "7bit": None}[body]
    if name == "iso-2022-jp":
        c.header_encoding = BASE64
    return c


def text(body, charset="utf-8", enc="qp", subtype="plain", **params):
    """A text/* part. iso-2022-jp is sent 7bit, as Japanese mailers do."""
    if charset == "iso-2022-jp":
        part = MIMEText(body, subtype, "iso-2022-jp")
    elif charset == "us-ascii":
        part = MIMEText(body, subtype, "us-ascii")
    else:
        part = MIMEText(body, subtype, cs(charset, enc))
    for k, v in params.items():
        part.set_param(k, v)
    del part["MIME-Version"]          # only the top level carries it
    return part


def to_html(body, style="font-family:Calibri,Arial,sans-serif;font-size:11pt", charset="utf-8"):
    """A modest HTML rendering of a plain-text body (bullets to <ul>, paragraphs to <p>)."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>' % charset,
           '<body><div style="%s">' % style]
    for block in re.split(r"\n\s*\n", body.strip("\n")):
        lines = block.split("\n")
        if all(re.match(r"^\s*[-*\u30fb] ?", l) for l in lines):
            out.append("<ul>")
            out += ["<li>%s</li>" % html.escape(re.sub(r"^\s*[-*\u30fb] ?", "", l)) for l in lines]
            out.append("</ul>")
        elif all(l.startswith(">") for l in lines):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            out.append("<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines))
            out.append("</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def alternative(plain, html_part):
    m = MIMEMultipart("alternative")
    del m["MIME-Version"]
    m.attach(plain)
    m.attach(html_part)
    return m


def mixed(*parts):
    m = MIMEMultipart("mixed")
    del m["MIME-Version"]
    for p in parts:
        m.attach(p)
    return m


def attached_message(inner, filename):
    part = MIMEMessage(inner)
    del part["MIME-Version"]
    part.add_header("Content-Disposition", "attachment", filename=filename)
    return part


def addr(name, address, charset="utf-8"):
    if all(ord(ch) < 128 for ch in name):
        return formataddr((name, address))
    return formataddr((name, address), charset=charset)


def hdr(value, charset="utf-8"):
    if all(ord(ch) < 128 for ch in value):
        return value
    return Header(value, charset)     # folded by the generator, one encoded word per line


def finish(body, headers, boundary_seed=None):
    """Envelope headers in the given order, then the body part's own MIME headers.
    A MIME-Version given in `headers` is kept where it stands; otherwise it goes before Content-Type."""
    mime = [(k, v) for k, v in body.items() if k.lower() != "mime-version"]
    for k in set(k for k, _ in body.items()):
        del body[k]
    given = set(k.lower() for k, _ in headers)
    for k, v in headers:
        body[k] = v
    for k, v in mime:
        if k.lower() in given:
            continue
        if k.lower() == "content-type" and "mime-version" not in given:
            body["MIME-Version"] = "1.0"
        body[k] = v
    if boundary_seed:
        n = [0]

        def fix(m):
            if m.get_content_maintype() == "multipart":
                n[0] += 1
                m.set_boundary(boundary_seed if n[0] == 1 else "%s_%d" % (boundary_seed, n[0]))
            if m.is_multipart():
                for p in m.get_payload():
                    fix(p)
        fix(body)
    return body
