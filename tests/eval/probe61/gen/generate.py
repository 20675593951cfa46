#!/usr/bin/env python3
"""Generate evaluation set 61 (Meridian Data): mail/*.eml, mail/archive.mbox,
docs/<office>/..., .onevoice.yaml and expected.jsonl.

Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py
Every message, document and answer-key line is written from the data below;
the script checks that every labelled `text` excerpt occurs in the decoded
text of its file, and recomputes the cross-office cases from the mbox claims.
"""
import base64, datetime, email, email.header, email.policy, email.quoprimime, email.utils
import html, json, os, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

OFFICE_OF = [("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
             ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")]


def office_of(addr):
    addr = addr.lower()
    for suffix, off in OFFICE_OF:
        if addr.endswith(suffix):
            return off
    return "unknown"


# ----------------------------------------------------------------- values
def usd(a, per="month"):
    return {"amount": a, "currency": "USD", "per": per, "tax": None}


def gbp(a, per="month", tax=None):
    return {"amount": a, "currency": "GBP", "per": per, "tax": tax}


def jpy(a, per="month", tax="excluded"):
    return {"amount": a, "currency": "JPY", "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12
SYNC, VAULT, INSIGHT = "meridian-sync", "meridian-vault", "meridian-insight"


# ----------------------------------------------------------------- MIME helpers
def hdr(s, charset):
    """An unstructured header value, encoded as the message's mailer would."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, charset, maxlinelen=76, header_name="Subject").encode()


def addr(name, address, charset):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, charset).encode(), address)


def encode_body(text, charset, cte):
    """-> (content-type params, cte, payload str with \n line ends)."""
    if cte == "7bit":
        data = text.encode(charset)            # strict: fails loudly if a char is not encodable
        if charset.lower() != "iso-2022-jp":
            data.decode("ascii")
        return data.decode("ascii")
    if cte == "8bit":
        return text.encode(charset).decode("latin-1")   # raw bytes, written back as latin-1
    if cte == "quoted-printable":
        return email.quoprimime.body_encode(text.encode(charset).decode("latin-1"), maxlinelen=76)
    if cte == "base64":
        return base64.encodebytes(text.encode(charset)).decode("ascii")
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=""):
    head = 'Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n' % (ctype, charset, extra, cte)
    body = encode_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return head + "\n" + body


def to_html(text, style):
    """A plausible HTML alternative of a plain-text body."""
    out, quote = [], False
    paras = text.split("\n")
    for line in paras:
        q = line.startswith(">")
        if q and not quote:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">' if style == "gmail" else "<blockquote>")
        if not q and quote:
            out.append("</blockquote>")
        quote = q
        content = line[1:].lstrip() if q else line
        out.append("<div>%s</div>" % (html.escape(content) if content.strip() else "<br>"))
    if quote:
        out.append("</blockquote>")
    font = ('<div dir="ltr">' if style == "gmail" else
            '<div class="WordSection1" style="font-family:Calibri,sans-serif;font-size:11pt">'
            if style.startswith("outlook") else "<div>")
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
    return "<html><head>%s</head><body>%s\n%s\n</div></body></html>\n" % (meta, font, "\n".join(out))


# ----------------------------------------------------------------- the set
MESSAGES, DOCS = [], []


def M(**kw):
    MESSAGES.append(kw)


def D(**kw):
    DOCS.append(kw)


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return dict(product=product, attribute=attribute, value=value, verdict=verdict, text=text,
                quoted=quoted, office=office)


def F(kind, rule, product, text, quoted=False):
    return dict(kind=kind, rule=rule, product=product, text=text, quoted=quoted)


sys.path.insert(0, HERE)
from content import build   # noqa: E402  (the messages and documents themselves)
build(M, D, C, F, usd, gbp, jpy, dur, TB, SYNC, VAULT, INSIGHT)


# ----------------------------------------------------------------- writing mail
def render(m):
    """-> raw message (str, \n line ends; 8bit parts carried as latin-1 chars)."""
    cs = m.get("charset", "utf-8")
    hcs = m.get("header_charset", cs if cs != "us-ascii" else "utf-8")
    dt = datetime.datetime.fromisoformat(m["date"])
    h = []
    if m.get("received"):
        h.append("Received: %s" % m["received"])
    h.append("From: " + addr(m["from"][0], m["from"][1], hcs))
    h.append("To: " + ", ".join(addr(n, a, hcs) for n, a in m["to"]))
    if m.get("cc"):
        h.append("Cc: " + ", ".join(addr(n, a, hcs) for n, a in m["cc"]))
    h.append("Subject: " + hdr(m["subject"], hcs))
    h.append("Date: " + email.utils.format_datetime(dt))
    h.append("Message-ID: <%s>" % m["message_id"])
    if m.get("in_reply_to"):
        h.append("In-Reply-To: <%s>" % m["in_reply_to"])
        h.append("References: <%s>" % m["in_reply_to"])
    for k, v in m.get("extra_headers", []):
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    body, cte, style = m["body"], m.get("cte", "7bit"), m.get("style", "plain")
    if m.get("alternative"):
        b = "%s_alt_%s" % (m.get("boundary_prefix", "----=_Part"), m["n"])
        html_cs, html_cte = m.get("html_charset", cs), m.get("html_cte", cte)
        parts = [leaf("text/plain", body, cs, cte), leaf("text/html", to_html(body, style), html_cs, html_cte)]
        inner = 'Content-Type: multipart/alternative; boundary="%s"\n\n' % b + \
            "".join("--%s\n%s" % (b, p) for p in parts) + "--%s--\n" % b
    else:
        inner = leaf("text/plain", body, cs, cte, m.get("ctype_extra", ""))
    if m.get("attachment"):
        name, ctype, data = m["attachment"]
        b = "%s_mixed_%s" % (m.get("boundary_prefix", "----=_Part"), m["n"])
        att = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
               "Content-Transfer-Encoding: base64\n\n%s" % (ctype, name, name, base64.encodebytes(data).decode("ascii")))
        top = 'Content-Type: multipart/mixed; boundary="%s"\n\n' % b + \
            "This is a multi-part message in MIME format.\n--%s\n%s--%s\n%s--%s--\n" % (b, inner, b, att, b)
        return "\n".join(h) + "\n" + top
    return "\n".join(h) + "\n" + inner


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data)


def decoded_text(raw):
    """All text/plain (and, failing that, text/html) of a message, decoded."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    plain = [p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain"]
    return "\n".join(plain)


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    expected, mbox_entries, problems = [], [], []
    for m in MESSAGES:
        f = "mail/%s.eml" % m["n"]
        path = os.path.join(SET, f)
        if m.get("raw_bytes") is not None:              # an unreadable file
            write_bytes(path, m["raw_bytes"])
            expected.append({"type": "finding", "file": f, "message_id": None, "kind": "unreadable",
                             "rule": None, "product": None, "quoted": False, "text": m["why"]})
            continue
        raw = render(m).encode("latin-1") if m.get("cte") == "8bit" else render(m).encode("ascii")
        raw_crlf = raw.replace(b"\n", b"\r\n") if m.get("crlf", True) else raw
        write_bytes(path, raw_crlf)
        text = decoded_text(raw)
        sender_office = office_of(m["from"][1])
        as_of = m["date"][:10]
        lines = []
        for c in m["claims"]:
            if c["text"] not in text:
                problems.append("%s: claim text not found: %s" % (f, c["text"]))
            lines.append({"type": "claim", "file": f, "message_id": m["message_id"], "product": c["product"],
                          "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                          "quoted": c["quoted"], "office": c["office"] or sender_office, "as_of": as_of,
                          "text": c["text"]})
        for x in m.get("findings", []):
            if x["text"] not in text:
                problems.append("%s: finding text not found: %s" % (f, x["text"]))
            lines.append({"type": "finding", "file": f, "message_id": m["message_id"], "kind": x["kind"],
                          "rule": x["rule"], "product": x["product"], "quoted": x["quoted"], "text": x["text"]})
        expected += lines
        if m.get("mbox"):
            mbox_entries.append((m, raw, lines))
    # ---- the archive: mboxrd, date order
    mbox_entries.sort(key=lambda e: datetime.datetime.fromisoformat(e[0]["date"]).astimezone(datetime.timezone.utc))
    out = []
    for m, raw, lines in mbox_entries:
        dt = datetime.datetime.fromisoformat(m["date"]).astimezone(datetime.timezone.utc)
        stamp = "%s %2d %s" % (dt.strftime("%a %b"), dt.day, dt.strftime("%H:%M:%S %Y"))
        out.append(("From %s %s\n" % (m["from"][1], stamp)).encode("ascii"))
        for line in raw.split(b"\n"):
            out.append((b">" + line if re.match(rb"^>*From ", line) else line) + b"\n")
        if not raw.endswith(b"\n"):
            out.append(b"\n")
        out.append(b"\n")
        for l in lines:
            expected.append(dict(l, file="mail/archive.mbox"))
    write_bytes(os.path.join(SET, "mail/archive.mbox"), b"".join(out))
    # ---- documents
    for d in DOCS:
        path = os.path.join(SET, d["path"])
        write_bytes(path, d["body"].encode("utf-8"))
        if d.get("ignored"):
            continue
        text = d["body"]
        if d["path"].endswith(".html"):
            text = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", " | ", text)
            text = html.unescape(re.sub(r"<[^>]+>", "", text))
        office = d["path"].split("/")[1]
        for c in d["claims"]:
            if c["text"] not in text:
                problems.append("%s: claim text not found: %s" % (d["path"], c["text"]))
            expected.append({"type": "claim", "file": d["path"], "message_id": None, "product": c["product"],
                             "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                             "quoted": False, "office": office, "as_of": DOCS_AS_OF, "text": c["text"]})
        for x in d.get("findings", []):
            if x["text"] not in text:
                problems.append("%s: finding text not found: %s" % (d["path"], x["text"]))
            expected.append({"type": "finding", "file": d["path"], "message_id": None, "kind": x["kind"],
                             "rule": x["rule"], "product": x["product"], "quoted": False, "text": x["text"]})
    # ---- cross-office cases (declared in content.py, verified against the mbox claims)
    from content import CROSS_OFFICE
    computed = cross_office(mbox_entries)
    declared = {(x["product"], x["attribute"], tuple(x["offices"])) for x in CROSS_OFFICE}
    if computed != declared:
        problems.append("cross-office: declared %s, computed %s" % (sorted(declared), sorted(computed)))
    for x in CROSS_OFFICE:
        expected.append(dict({"type": "cross-office"}, **x, file="mail/archive.mbox"))
    # ---- config
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for o in expected:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    n_mail = sum(1 for m in MESSAGES)
    print("wrote %d messages (%d in the archive), %d documents, %d expected lines"
          % (n_mail, len(mbox_entries), len([d for d in DOCS if not d.get("ignored")]), len(expected)))
    return 1 if problems else 0


def comparable(c):
    """A value for comparing two offices' claims: JPY tax-included amounts as the excluded base."""
    v = c["value"]
    if isinstance(v, dict) and v.get("currency") == "JPY" and v.get("tax") == "included":
        return ("money", round(v["amount"] / 1.1, 2), "JPY", v["per"])
    if isinstance(v, dict) and "currency" in v:
        return ("money", v["amount"], v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]])
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(mbox_entries):
    """Pairs of offices (not unknown) with values for one product+attribute that cannot both be
    right, within 45 days (each claim dated by its message, quoted ones by the reply)."""
    claims = []
    for m, raw, lines in mbox_entries:
        d = datetime.date.fromisoformat(m["date"][:10])
        for l in lines:
            if l["type"] == "claim" and l["office"] != "unknown" and l["attribute"] not in SET_ATTRS:
                claims.append((d, l))
    found = set()
    for i, (d1, a) in enumerate(claims):
        for d2, b in claims[i + 1:]:
            if a["office"] == b["office"] or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            if abs((d1 - d2).days) > 45:
                continue
            ca, cb = comparable(a), comparable(b)
            if ca[0] == "money" and ca[2:] != cb[2:]:
                continue
            if ca == cb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            found.add((a["product"], a["attribute"], tuple(sorted((a["office"], b["office"])))))
    return found


ONEVOICE_YAML = """\
# onevoice configuration for evaluation set 61 (SPEC section 6).
# Documents are judged as of 2026-11-22 (pass --as-of); mail as of its Date.
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
"""

if __name__ == "__main__":
    sys.exit(main())
