#!/usr/bin/env python3
"""Regenerate evaluation set 21 (Meridian Data): docs/, mail/, expected.jsonl, .onevoice.yaml.

    python3 gen/generate.py          # from anywhere; writes next to gen/

Stdlib only, deterministic (no clock, no randomness). Labels live beside the
text they describe in docs_content.py and mail_content.py; this script builds
the raw MIME bytes, the mboxrd archive and the answer key, and checks that
every label's excerpt occurs in the decoded text it points to and that the
cross-office list equals what the labels imply.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import re
import shutil
import sys
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from docs_content import DOCS, IGNORED_DOCS  # noqa: E402
from mail_content import MESSAGES, P, OFFICE, CROSS_OFFICE  # noqa: E402

DOC_AS_OF = "2026-11-22"
WINDOW_DAYS = 45


# ====================================================================== helpers
def h(seed, n=16, alphabet="0123456789abcdef"):
    """Deterministic pseudo-random string from a seed."""
    out, i = "", 0
    while len(out) < n:
        d = hashlib.sha256(("%s/%d" % (seed, i)).encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in d)
        i += 1
    return out[:n]


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_header(text, charset):
    if is_ascii(text):
        return text
    e = Header(text, charset, maxlinelen=76, header_name="Subject").encode(linesep="\n")
    return e.replace("=?iso-2022-jp?b?", "=?ISO-2022-JP?B?").replace("=?utf-8?q?", "=?UTF-8?Q?")


def enc_addr(key, charset):
    name, addr = P[key]
    if is_ascii(name):
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ",.&") else "%s <%s>" % (name, addr)
    return "%s <%s>" % (Header(name, charset).encode().replace("=?iso-2022-jp?b?", "=?ISO-2022-JP?B?"), addr)


def fold_addrs(keys, charset):
    return ",\n\t".join(enc_addr(k, charset) for k in keys)


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def text_to_html(text, charset, outlook=False):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        lines = [html.escape(l, quote=False) for l in block.split("\n")]
        cls = ' class="MsoNormal"' if outlook else ""
        paras.append("<p%s>%s</p>" % (cls, "<br>\n".join(lines)))
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>\n'
            '</head>\n<body lang="EN-US">\n<div class="WordSection1">\n' if outlook else
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n<body>\n<div dir="ltr">\n')
    return head.replace("%s", charset) + "\n".join(paras) + "\n</div>\n</body>\n</html>\n"


def strip_html(s):
    s = re.sub(r"(?is)<(script|style|title)\b.*?</\1>", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    return " ".join(s.replace("**", "").split())


def make_pdf(title):
    """A small one-page PDF with no text (an attachment's bytes, nothing to read)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>",
            b"<< /Length 0 >>\nstream\n\nendstream",
            ("<< /Title (%s) /Producer (Microsoft Word for Microsoft 365) >>" % title).encode("latin-1")]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def rfc2231(name):
    from urllib.parse import quote
    return "UTF-8''" + quote(name.encode("utf-8"), safe="")


# ====================================================================== MIME building
def parse_date(s):
    return dt.datetime.fromisoformat(s)


def msg_id(m):
    style, num, frm = m["style"], m["num"], m["frm"]
    addr = P[frm][1]
    dom = addr.split("@")[1]
    if style.startswith("outlook"):
        if style == "outlook-uk":
            box = "LO2P265MB" + h(num + "box", 4, "0123456789")
            return "<%s%s@%s.GBRP265.PROD.OUTLOOK.COM>" % (box, h(num, 28, "0123456789ABCDEF"), box)
        if style == "outlook-jis":
            box = "TYCPR01MB" + h(num + "box", 4, "0123456789")
            return "<%s%s@%s.jpnprd01.prod.outlook.com>" % (box, h(num, 28, "0123456789ABCDEF"), box)
        box = "SJ0PR11MB" + h(num + "box", 4, "0123456789")
        return "<%s%s@%s.namprd11.prod.outlook.com>" % (box, h(num, 28, "0123456789ABCDEF"), box)
    if style.startswith("gmail"):
        return "<CA%s@mail.gmail.com>" % h(num, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_")
    if style.startswith("thunderbird") or style == "plain-ascii":
        x = h(num, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)
    if style == "apple-qp":
        x = h(num, 32, "0123456789ABCDEF")
        return "<%s-%s-%s-%s-%s@%s>" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:32], dom)
    if style == "becky-jis":
        d = parse_date(m["date"])
        return "<%s%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), h(num, 4, "0123456789"), h(num + "b", 8, "0123456789ABCDEF"), dom)
    if style == "crm-html":
        return "<%s@sfdc.net>" % h(num, 20, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if style == "activemail-sjis":
        return "<%s.%s@webmail.akebono-sys.co.jp>" % (h(num, 10, "0123456789"), h(num + "a", 6, "0123456789"))
    raise ValueError(style)


def attachment_part(name, title, style, charset):
    data = make_pdf(title)
    if is_ascii(name):
        nm = '"%s"' % name
        disp = 'attachment; filename="%s"' % name
    elif style.startswith("thunderbird") or style.startswith("gmail"):
        nm = '"%s"' % Header(name, "utf-8").encode()
        disp = "attachment;\n filename*=%s" % rfc2231(name)
    else:
        enc = Header(name, charset).encode()
        nm = '"%s"' % enc
        disp = 'attachment;\n\tfilename="%s"' % enc
    return ("Content-Type: application/pdf;\n\tname=%s\n" % nm +
            "Content-Disposition: %s\n" % disp +
            "Content-Transfer-Encoding: base64\n\n" + b64(data))


def multipart(ctype, boundary, parts, preamble=""):
    out = "Content-Type: %s;\n\tboundary=\"%s\"\n\n" % (ctype, boundary)
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p.rstrip("\n") + "\n")
    out += "--%s--\n" % boundary
    return out


def leaf(ctype, charset, cte, payload_bytes, extra=""):
    if cte == "quoted-printable":
        body = qp(payload_bytes)
    elif cte == "base64":
        body = b64(payload_bytes)
    else:
        body = payload_bytes.decode("ascii" if cte == "7bit" else "utf-8")
    ct = "Content-Type: %s; charset=\"%s\"%s\n" % (ctype, charset, extra)
    return ct + "Content-Transfer-Encoding: %s\n\n%s" % (cte, body)


def build_body(m):
    """-> (MIME top-level content headers + body as str, decoded text for label checks)."""
    style, body, num = m["style"], m.get("body"), m["num"]
    attach = m.get("attach", [])
    if style == "thunderbird-8bit" or style == "thunderbird-b64" or style == "thunderbird-qp":
        cte = {"thunderbird-8bit": "8bit", "thunderbird-b64": "base64", "thunderbird-qp": "quoted-printable"}[style]
        text = leaf("text/plain", "UTF-8", cte, body.encode("utf-8"))
        text = text.replace('charset="UTF-8"', "charset=UTF-8")
        if attach:
            parts = [text] + [attachment_part(n, t, style, "utf-8") for n, t in attach]
            return multipart("multipart/mixed", "------------" + h(num, 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
                             parts, "This is a multi-part message in MIME format."), body
        return text, body
    if style in ("outlook-us", "outlook-uk", "outlook-1252", "outlook-jis"):
        cs = {"outlook-us": "us-ascii", "outlook-uk": "utf-8", "outlook-1252": "Windows-1252", "outlook-jis": "iso-2022-jp"}[style]
        pycs = {"us-ascii": "ascii", "utf-8": "utf-8", "Windows-1252": "cp1252", "iso-2022-jp": "iso2022_jp"}[cs]
        raw = body.encode(pycs)
        plain = leaf("text/plain", cs, "7bit" if cs == "iso-2022-jp" else "quoted-printable", raw)
        hraw = text_to_html(body, cs, outlook=True)
        htmlp = leaf("text/html", cs, "quoted-printable", hraw.encode(pycs))
        alt_b = "_000_%s_" % msg_id(m)[1:-1].split("@")[0]
        alt = multipart("multipart/alternative", alt_b, [plain, htmlp])
        if attach:
            parts = [alt] + [attachment_part(n, t, style, cs if cs != "us-ascii" else "utf-8") for n, t in attach]
            return multipart("multipart/mixed", "_004_%s_" % msg_id(m)[1:-1].split("@")[0], parts), body
        return alt, body
    if style == "apple-qp":
        text = leaf("text/plain", "utf-8", "quoted-printable", body.encode("utf-8")).replace('charset="utf-8"', "charset=utf-8")
        if attach:
            b = "Apple-Mail=_%s" % h(num, 32, "0123456789ABCDEF")
            x = h(num, 32, "0123456789ABCDEF")
            parts = [text] + [attachment_part(n, t, style, "utf-8") for n, t in attach]
            return multipart("multipart/mixed", b, parts), body
        return text, body
    if style == "becky-jis":
        raw = body.encode("iso2022_jp")
        text = leaf("text/plain", "ISO-2022-JP", "7bit", raw)
        if attach:
            parts = [text] + [attachment_part(n, t, style, "iso-2022-jp") for n, t in attach]
            return multipart("multipart/mixed", "----_NextPart_%s" % h(num, 30, "0123456789ABCDEF"), parts), body
        return text, body
    if style == "crm-html":
        return leaf("text/html", "UTF-8", "base64", m["html"].encode("utf-8")), strip_html(m["html"])
    if style == "activemail-sjis":
        return leaf("text/plain", "Shift_JIS", "base64", body.encode("shift_jis")), body
    if style == "plain-ascii":
        return ("Content-Type: text/plain; charset=us-ascii; format=flowed\n"
                "Content-Transfer-Encoding: 7bit\n\n" + body), body
    if style in ("gmail-qp", "gmail-rfc822"):
        gb = lambda k: "000000000000%s" % h(num + k, 12)
        plain = leaf("text/plain", "UTF-8", "quoted-printable", body.encode("utf-8"))
        htmlp = leaf("text/html", "UTF-8", "quoted-printable", text_to_html(body, "UTF-8").encode("utf-8"))
        alt = multipart("multipart/alternative", gb("alt"), [plain, htmlp])
        parts = [alt]
        decoded = body
        if style == "gmail-rfc822":
            inner = m["inner"]
            im = dict(inner, num=num + "-inner", style="outlook-uk", cc=[])
            inner_bytes = build_message(im, attached=True)
            parts.append("Content-Type: message/rfc822; name=\"%s.eml\"\n"
                          "Content-Disposition: attachment; filename=\"%s.eml\"\n\n%s"
                          % (inner["subject"], inner["subject"], inner_bytes))
            decoded += "\n" + inner["body"]
        for n, t in attach:
            parts.append(attachment_part(n, t, style, "utf-8"))
        return multipart("multipart/mixed", gb("mix"), parts), decoded
    raise ValueError(style)


MAILER = {
    "thunderbird-8bit": ["User-Agent: Mozilla Thunderbird", "Content-Language: ja"],
    "thunderbird-b64": ["User-Agent: Mozilla Thunderbird", "Content-Language: ja"],
    "thunderbird-qp": ["User-Agent: Mozilla Thunderbird", "Content-Language: ja"],
    "outlook-us": ["Thread-Topic: {subject}", "Thread-Index: {tindex}", "Accept-Language: en-US",
                   "Content-Language: en-US", "X-MS-Has-Attach: {hasatt}", "X-MS-TNEF-Correlator:",
                   "msip_labels:", "x-ms-exchange-transport-fromentityheader: Hosted"],
    "outlook-uk": ["Thread-Topic: {subject}", "Thread-Index: {tindex}", "Accept-Language: en-GB, en-US",
                   "Content-Language: en-GB", "X-MS-Has-Attach: {hasatt}", "X-MS-TNEF-Correlator:"],
    "outlook-1252": ["Thread-Topic: {subject}", "Thread-Index: {tindex}", "Accept-Language: en-US",
                     "Content-Language: en-US", "X-MS-Has-Attach: {hasatt}", "X-MS-TNEF-Correlator:"],
    "outlook-jis": ["Thread-Topic: {subject}", "Thread-Index: {tindex}", "Accept-Language: ja-JP, en-US",
                    "Content-Language: ja-JP", "X-MS-Has-Attach: {hasatt}", "X-MS-TNEF-Correlator:"],
    "apple-qp": ["X-Mailer: Apple Mail (2.3776.700.51)"],
    "becky-jis": ["X-Mailer: Becky! ver. 2.81.07 [ja]"],
    "crm-html": ["X-Mailer: Salesforce Mailer", "X-SFDC-LK: 00D5g000007Hx2c", "X-SFDC-User: 0055g00000B7qPz"],
    "activemail-sjis": ["X-Mailer: Active! mail"],
    "plain-ascii": ["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"],
    "gmail-qp": [],
    "gmail-rfc822": [],
}


def header_charset(style):
    return {"outlook-jis": "iso-2022-jp", "becky-jis": "iso-2022-jp", "activemail-sjis": "iso-2022-jp"}.get(style, "utf-8")


MID = {}


def build_message(m, attached=False):
    style = m["style"]
    cs = header_charset(style)
    d = parse_date(m["date"])
    mid = msg_id(m)
    if not attached:
        MID[m["num"]] = mid
    hdrs = []
    if style.startswith("outlook") or style.startswith("gmail"):
        hdrs.append("MIME-Version: 1.0")
    hdrs += ["Date: " + format_datetime(d),
             "From: " + enc_addr(m["frm"], cs),
             "To: " + fold_addrs(m["to"], cs)]
    if m.get("cc"):
        hdrs.append("Cc: " + fold_addrs(m["cc"], cs))
    hdrs.append("Subject: " + enc_header(m["subject"], cs))
    hdrs.append("Message-ID: " + mid)
    if m.get("reply_to_num"):
        parent = MID[m["reply_to_num"]]
        hdrs.append("In-Reply-To: " + parent)
        hdrs.append("References: " + parent)
    tindex = base64.b64encode(hashlib.sha1(m["subject"].encode()).digest()[:22]).decode()
    for x in MAILER[style]:
        hdrs.append(x.format(subject=enc_header(m["subject"], cs), tindex=tindex,
                             hasatt="yes" if m.get("attach") else "no"))
    if style == "apple-qp":
        hdrs.append("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3776.700.51\\))")
    elif not (style.startswith("outlook") or style.startswith("gmail")):
        hdrs.append("MIME-Version: 1.0")
    body, decoded = build_body(m)
    if not attached:
        m["_decoded"] = decoded
    return "\n".join(hdrs) + "\n" + body


# ====================================================================== labels -> expected
def canon(v):
    if isinstance(v, dict) and "currency" in v:
        return ("money", v["amount"], v["currency"], v["per"], v.get("tax"))
    if isinstance(v, dict) and "unit" in v:
        secs = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", v["amount"] * secs)
    return ("v", json.dumps(v))


EXPECTED = []
SEEN = set()
PROBLEMS = []


def emit(rec, key):
    if key in SEEN:
        return
    SEEN.add(key)
    EXPECTED.append(rec)


def check_excerpt(where, text, hay):
    if norm(text) not in norm(hay):
        PROBLEMS.append("%s: excerpt not found: %r" % (where, text))


def doc_labels(path, office, text, claims, findings):
    hay = strip_html(text) if path.endswith(".html") else text
    for (prod, attr, value, verdict, excerpt) in claims:
        check_excerpt(path, excerpt, hay)
        rec = {"type": "claim", "file": path, "message_id": None, "product": prod, "attribute": attr,
               "value": value, "verdict": verdict, "quoted": False, "office": office, "as_of": DOC_AS_OF,
               "text": excerpt}
        emit(rec, ("c", path, None, prod, attr, canon(value), False, office))
    for f in findings:
        kind, rule, prod, excerpt = f[:4]
        quoted = f[4] if len(f) > 4 else False
        check_excerpt(path, excerpt, hay)
        rec = {"type": "finding", "file": path, "message_id": None, "kind": kind, "rule": rule,
               "product": prod, "quoted": quoted, "text": excerpt}
        emit(rec, ("f", path, None, kind, rule, prod))


MAIL_CLAIMS = []   # (num, date, office, product, attribute, value, verdict, quoted)


def mail_labels(m, file):
    mid = MID[m["num"]][1:-1]
    sender_office = OFFICE.get(m["frm"], "unknown")
    as_of = m["date"][:10]
    for lab in m.get("labels", []):
        if lab[0] == "Q":
            _, office, prod, attr, value, verdict, excerpt = lab
            quoted = True
        elif lab[0] == "U":
            _, prod, attr, value, verdict, excerpt = lab
            office, quoted = "unknown", False
        else:
            prod, attr, value, verdict, excerpt = lab
            office, quoted = sender_office, False
        check_excerpt(file + " " + m["num"], excerpt, m["_decoded"])
        rec = {"type": "claim", "file": file, "message_id": mid, "product": prod, "attribute": attr,
               "value": value, "verdict": verdict, "quoted": quoted, "office": office, "as_of": as_of,
               "text": excerpt}
        emit(rec, ("c", file, mid, prod, attr, canon(value), quoted, office))
        if file.endswith(".eml"):
            MAIL_CLAIMS.append((m, office, prod, attr, value, verdict, quoted))
    for f in m.get("findings", []):
        kind, rule, prod, excerpt = f[:4]
        quoted = f[4] if len(f) > 4 else False
        check_excerpt(file + " " + m["num"], excerpt, m["_decoded"])
        rec = {"type": "finding", "file": file, "message_id": mid, "kind": kind, "rule": rule,
               "product": prod, "quoted": quoted, "text": excerpt}
        emit(rec, ("f", file, mid, kind, rule, prod))


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def implied_cross_office():
    """Pairs of offices in the archive contradicting each other within the window."""
    arch = [c for c in MAIL_CLAIMS if c[0]["archive"] and c[1] != "unknown" and c[3] not in SET_ATTRS]
    found = {}
    for i, a in enumerate(arch):
        for b in arch[i + 1:]:
            if a[1] == b[1] or (a[2], a[3]) != (b[2], b[3]):
                continue
            da, db = parse_date(a[0]["date"]), parse_date(b[0]["date"])
            if abs((da - db).total_seconds()) > WINDOW_DAYS * 86400:
                continue
            ca, cb = canon(a[4]), canon(b[4])
            if ca[0] == "money" and (ca[2], ca[3]) != (cb[2], cb[3]):
                continue
            if ca == cb or (a[5] == "ok" and b[5] == "ok"):
                continue
            key = (a[2], a[3], tuple(sorted([a[1], b[1]])))
            e = found.setdefault(key, {"files": set(), "values": {}})
            for x in (a, b):
                e["files"].add("mail/%s.eml" % x[0]["num"])
                if x[5] != "ok" or x[1] not in e["values"]:
                    e["values"][x[1]] = x[4]
    return found


# ====================================================================== write everything
def write(path, data, mode="w"):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    if isinstance(data, bytes):
        with open(full, "wb") as fh:
            fh.write(data)
    else:
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)


def main():
    for d in ("docs", "mail"):
        shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
    EXPECTED.clear(), SEEN.clear(), PROBLEMS.clear(), MAIL_CLAIMS.clear(), MID.clear()

    # documents
    for path, office, text, claims, findings in DOCS:
        write(path, text)
        doc_labels(path, office, text, claims, findings)
    for path, text in IGNORED_DOCS:
        write(path, text)

    # messages (in number order: replies need their parent's Message-ID)
    raw = {}
    for m in sorted(MESSAGES, key=lambda x: x["num"]):
        s = build_message(m)
        raw[m["num"]] = s
        write("mail/%s.eml" % m["num"], s.replace("\n", "\r\n").encode("ascii" if m["style"] != "thunderbird-8bit" else "utf-8"))
    for m in sorted(MESSAGES, key=lambda x: x["num"]):
        mail_labels(m, "mail/%s.eml" % m["num"])

    # archive: mboxrd, date order
    arch = sorted((m for m in MESSAGES if m["archive"]), key=lambda x: parse_date(x["date"]))
    mbox = []
    for m in arch:
        d = parse_date(m["date"]).astimezone(dt.timezone.utc)
        body = re.sub(r"(?m)^(>*From )", r">\1", raw[m["num"]])
        mbox.append("From %s %s\n%s\n" % (P[m["frm"]][1], d.strftime("%a %b %d %H:%M:%S %Y"), body.rstrip("\n") + "\n"))
    write("mail/archive.mbox", "\n".join(mbox).encode("utf-8"))
    for m in arch:
        mail_labels(m, "mail/archive.mbox")

    # cross-office
    implied = implied_cross_office()
    declared = {(p, a, tuple(sorted(o))) for p, a, o in CROSS_OFFICE}
    if set(implied) != declared:
        PROBLEMS.append("cross-office: labels imply %s, declared %s" % (sorted(implied), sorted(declared)))
    for key in sorted(implied):
        p, a, offs = key
        EXPECTED.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs),
                         "file": "mail/archive.mbox", "message_files": sorted(implied[key]["files"]),
                         "values": {o: implied[key]["values"][o] for o in offs}})

    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in EXPECTED:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    write(".onevoice.yaml", """\
# onevoice configuration for evaluation set 21 (SPEC section 6).
rules: ../../shared/eval/rules
paths:
  - glob: "docs/us-hq/**"
    office: us-hq
  - glob: "docs/london/**"
    office: london
  - glob: "docs/tokyo/**"
    office: tokyo
  - glob: "docs/osaka/**"
    office: osaka
ignore: ["**/drafts/**", "README.md", "expected.jsonl", "gen/**"]
""")

    kinds = {}
    for r in EXPECTED:
        k = r["type"] if r["type"] != "finding" else "finding:" + r["kind"]
        if r["type"] == "claim":
            k = "claim:" + r["verdict"]
        kinds[k] = kinds.get(k, 0) + 1
    print("expected.jsonl: %d lines  %s" % (len(EXPECTED), json.dumps(kinds, sort_keys=True)))
    print("messages: %d (.eml), archive: %d" % (len(MESSAGES), len(arch)))
    if PROBLEMS:
        print("\n".join("PROBLEM: " + p for p in PROBLEMS))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
