#!/usr/bin/env python3
"""Evaluation set 41 (RFP responses and security questionnaires) for onevoice.

Deterministic, stdlib only. Run from anywhere: rewrites mail/, docs/,
.onevoice.yaml and expected.jsonl in the folder above gen/.
"""
import base64, html, json, os, re, shutil, quopri
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_DATE = "2026-11-22"
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
OFFICE_BY_DOMAIN = [("osaka.jp.meridian-data.com", "osaka"), ("jp.meridian-data.com", "tokyo"),
                    ("uk.meridian-data.com", "london"), ("meridian-data.com", "us-hq")]


def office_of(addr):
    dom = addr.rsplit("@", 1)[1].strip(">").lower()
    for d, o in OFFICE_BY_DOMAIN:
        if dom == d:
            return o
    return "unknown"


def money(a, cur, per, tax=None):
    return {"amount": a, "currency": cur, "per": per, "tax": tax}


def dur(a, unit):
    return {"amount": a, "unit": unit}


TB = 10 ** 12


def C(product, attribute, value, verdict, text, quoted=False, office=None):
    return dict(product=product, attribute=attribute, value=value, verdict=verdict, text=text,
                quoted=quoted, office=office)


def P(rule, text):
    return dict(kind="phrase", rule=rule, product=None, text=text)


def T(product, text):
    return dict(kind="terminology", rule=None, product=product, text=text)


# ------------------------------------------------------------------ MIME building
def hdr(value, charset):
    if charset is None or all(ord(c) < 128 for c in value):
        return value
    return Header(value, charset).encode()


def addr(name, email, charset="utf-8"):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if any(c in name for c in ",.") else "%s <%s>" % (name, email)
    return "%s <%s>" % (Header(name, charset).encode(), email)


def wrap76(b):
    s = base64.b64encode(b).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(ctype, text, charset, cte, extra=""):
    """One text part: headers + encoded body (str with \n)."""
    raw = text.encode(charset)
    if cte == "base64":
        body = wrap76(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw.replace(b"\n", b"\r\n")).decode("ascii").replace("\r\n", "\n")
    else:
        body = raw.decode("utf-8" if cte == "8bit" else "ascii")   # 8bit utf-8, or 7bit ascii / iso-2022-jp
    return ("Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n%s"
            % (ctype, charset, extra, cte, body.rstrip("\n") + "\n"))


def attachment(ctype, name, data):
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s\n" % (ctype, name, name, wrap76(data)))


def multipart(sub, parts, boundary):
    out = "Content-Type: multipart/%s;\n\tboundary=\"%s\"\n\n" % (sub, boundary)
    if sub == "mixed":
        out += "This is a multi-part message in MIME format.\n"
    for p in parts:
        out += "\n--%s\n%s" % (boundary, p)
    return out + "\n--%s--\n" % boundary


def fake_pdf(title):
    return ("%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            "%% %s\ntrailer <</Root 1 0 R>>\n%%%%EOF\n" % title).encode("latin-1")


def to_html(text):
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body><div dir=\"ltr\">\n" + "\n".join(out) + "\n</div></body></html>\n")


MAILS = []


def mail(n, date, frm, to, subject, body, mid, claims=(), findings=(), archive=False, charset="utf-8",
         cte="quoted-printable", alt=False, attach=None, extra_headers="", rfc822=None, xmailer=None,
         cc=None, in_reply_to=None):
    MAILS.append(dict(n=n, date=date, frm=frm, to=to, subject=subject, body=body, mid=mid, claims=list(claims),
                      findings=list(findings), archive=archive, charset=charset, cte=cte, alt=alt,
                      attach=attach, extra=extra_headers, rfc822=rfc822, xmailer=xmailer, cc=cc,
                      irt=in_reply_to))


def render(m):
    hcs = "iso-2022-jp" if m["charset"] == "iso-2022-jp" else "utf-8"
    fn, fe = m["frm"]
    h = []
    if m["xmailer"] and m["xmailer"].startswith("Received"):
        h.append(m["xmailer"])
    h.append("Date: " + m["date"])
    h.append("From: " + addr(fn, fe, hcs))
    h.append("To: " + ", ".join(addr(n, e, hcs) for n, e in m["to"]))
    if m["cc"]:
        h.append("Cc: " + ", ".join(addr(n, e, hcs) for n, e in m["cc"]))
    h.append("Subject: " + hdr(m["subject"], hcs))
    h.append("Message-ID: <%s>" % m["mid"])
    if m["irt"]:
        h.append("In-Reply-To: <%s>\nReferences: <%s>" % (m["irt"], m["irt"]))
    if m["xmailer"] and not m["xmailer"].startswith("Received"):
        h.append(m["xmailer"])
    if m["extra"]:
        h.append(m["extra"].rstrip("\n"))
    h.append("MIME-Version: 1.0")
    body = m["body"]
    b = "----=_Part_%d_%s" % (m["n"] * 7919, re.sub(r"\W", "", m["mid"])[:16])
    text = leaf("text/plain", body, m["charset"], m["cte"])
    if m["alt"]:
        part = multipart("alternative", [text, leaf("text/html", to_html(body), "utf-8", "quoted-printable")], b + "_alt")
    else:
        part = text
    if m["attach"] or m["rfc822"]:
        parts = [part]
        if m["rfc822"]:
            parts.append("Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"forwarded.eml\"\n\n"
                         + m["rfc822"])
        if m["attach"]:
            ct, name, data = m["attach"]
            parts.append(attachment(ct, name, data))
        part = multipart("mixed", parts, b + "_mix")
    msg = "\n".join(h) + "\n" + part
    return msg.replace("\n", "\r\n").encode("utf-8")


# ------------------------------------------------------------------ the mails
MAIL_DEFS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mails.py")
DOC_DEFS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs.py")
DOCS = []


def doc(path, text, claims=(), findings=()):
    DOCS.append(dict(path=path, text=text, claims=list(claims), findings=list(findings)))


def plain_of_html(s):
    s = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return " ".join(html.unescape(s).split())


def norm_ws(s):
    return " ".join(s.split())


def main():
    ns = dict(globals())
    exec(open(MAIL_DEFS, encoding="utf-8").read(), ns)
    exec(open(DOC_DEFS, encoding="utf-8").read(), ns)
    for d in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    lines, archive_items = [], []
    for m in sorted(MAILS, key=lambda m: m["n"]):
        fname = "mail/%04d.eml" % m["n"]
        raw = render(m)
        with open(os.path.join(ROOT, fname), "wb") as fh:
            fh.write(raw)
        dt = parsedate_to_datetime(m["date"])
        as_of = dt.date().isoformat()
        office = office_of(m["frm"][1])
        searchable = norm_ws(m["body"] + "\n" + (ns.get("RFC822_TEXT", {}).get(m["n"], "")))
        recs = []
        for c in m["claims"]:
            assert norm_ws(c["text"]) in searchable, (fname, c["text"])
            recs.append({"type": "claim", "file": fname, "message_id": m["mid"], "product": c["product"],
                         "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                         "quoted": c["quoted"], "office": c["office"] or office, "as_of": as_of,
                         "text": c["text"]})
        for f in m["findings"]:
            assert norm_ws(f["text"]) in searchable, (fname, f["text"])
            recs.append({"type": "finding", "file": fname, "message_id": m["mid"], "kind": f["kind"],
                         "rule": f["rule"], "product": f["product"], "quoted": f.get("quoted", False),
                         "text": f["text"]})
        lines += recs
        if m["archive"]:
            archive_items.append((dt, m, raw, recs))
    # mboxrd archive, date order
    archive_items.sort(key=lambda x: x[0])
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        for dt, m, raw, recs in archive_items:
            fh.write(b"From " + m["frm"][1].encode() + b" " + dt.strftime("%a %b %d %H:%M:%S %Y").encode() + b"\n")
            for ln in raw.replace(b"\r\n", b"\n").split(b"\n")[:-1] if raw.endswith(b"\r\n") else raw.replace(b"\r\n", b"\n").split(b"\n"):
                if re.match(rb"^>*From ", ln):
                    ln = b">" + ln
                fh.write(ln + b"\n")
            fh.write(b"\n")
            lines += [dict(r, file="mail/archive.mbox") for r in recs]
    # documents
    for d in DOCS:
        p = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\r\n" if d["path"].endswith(".html") else "\n") as fh:
            fh.write(d["text"])
        if "/drafts/" in d["path"]:
            continue
        office = d["path"].split("/")[1]
        searchable = norm_ws(plain_of_html(d["text"]) if d["path"].endswith(".html") else d["text"])
        for c in d["claims"]:
            assert norm_ws(c["text"]) in searchable, (d["path"], c["text"])
            lines.append({"type": "claim", "file": d["path"], "message_id": None, "product": c["product"],
                          "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                          "quoted": False, "office": office, "as_of": DOC_DATE, "text": c["text"]})
        for f in d["findings"]:
            assert norm_ws(f["text"]) in searchable, (d["path"], f["text"])
            lines.append({"type": "finding", "file": d["path"], "message_id": None, "kind": f["kind"],
                          "rule": f["rule"], "product": f["product"], "quoted": False, "text": f["text"]})
    # cross-office, computed from the archive's claims by LABELS.md's rules, checked against intent
    lines += cross_office(archive_items, ns["CROSS_EXPECTED"])
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in lines:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE)
    print("mails=%d archive=%d docs=%d expected=%d" % (len(MAILS), len(archive_items),
                                                       len([d for d in DOCS if "/drafts/" not in d["path"]]), len(lines)))


SET_KINDS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def vkey(v):
    if isinstance(v, dict) and "currency" in v:
        a = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return ("money", round(a, 2), v["currency"], v["per"])
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]])
    return ("v", v)


def cross_office(items, intended):
    claims = []
    for dt, m, raw, recs in items:
        for r in recs:
            if r["type"] == "claim" and r["office"] != "unknown" and r["attribute"] not in SET_KINDS:
                claims.append((dt, r))
    found = {}
    for i, (d1, a) in enumerate(claims):
        for d2, b in claims[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            ka, kb = vkey(a["value"]), vkey(b["value"])
            if ka[0] == "money" and ka[2:] != kb[2:]:
                continue
            if ka == kb or abs((d1 - d2).days) > 45:
                continue
            offs = tuple(sorted((a["office"], b["office"])))
            key = (a["product"], a["attribute"], offs)
            e = found.setdefault(key, {"type": "cross-office", "product": a["product"], "attribute": a["attribute"],
                                       "offices": list(offs), "file": "mail/archive.mbox",
                                       "message_files": [], "values": {}})
            for r, mm in ((a, d1), (b, d2)):
                e["values"][r["office"]] = r["value"]
    # attach message files
    for key, e in found.items():
        files = set()
        for dt, m, raw, recs in items:
            for r in recs:
                if r["type"] == "claim" and (r["product"], r["attribute"]) == key[:2] and r["office"] in key[2]:
                    files.add("mail/%04d.eml" % m["n"])
        e["message_files"] = sorted(files)
    got = sorted(found)
    assert got == sorted(intended), ("cross-office differs from intent", got)
    return [found[k] for k in got]


ONEVOICE = """# onevoice configuration for evaluation set 41 (SPEC section 6).
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
    main()
