#!/usr/bin/env python3
"""Regenerate probe set 1: mail/*.eml, mail/archive.mbox, docs/**, expected.jsonl.

    python3 gen/make_set.py          (from anywhere; writes next to gen/)

Deterministic. Checks while it writes: every body encodes strictly in the charset its
header names, every label's `text` is a substring of the decoded text of its file,
and the cross-office cases listed below are exactly what the archive's labels imply.
"""
import base64, datetime as dt, email, email.policy, email.utils, fnmatch, gzip, io, json, os, quopri, random, re, sys, zipfile
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from content_mail import MAILS  # noqa: E402
from content_docs import DOCS  # noqa: E402

DOCS_AS_OF = "2026-11-22"
OFFICE_GLOBS = [("osaka", "*@osaka.jp.meridian-data.com"), ("tokyo", "*@jp.meridian-data.com"),
                ("london", "*@uk.meridian-data.com"), ("us-hq", "*@meridian-data.com")]
CODECS = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "utf-8": "utf-8", "us-ascii": "ascii"}
CHARSET_LABEL = {"iso-2022-jp": "ISO-2022-JP", "shift_jis": "Shift_JIS", "utf-8": "UTF-8", "us-ascii": "us-ascii"}
SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}

# Cross-office cases (LABELS.md): written by hand, checked against the labels below.
CROSS = [
    {"product": "meridian-sync", "attribute": "sla", "offices": ["london", "us-hq"],
     "message_files": ["mail/0016.eml", "mail/0017.eml"], "values": {"us-hq": 99.99, "london": 99.9}},
    {"product": "meridian-vault", "attribute": "retention", "offices": ["london", "osaka"],
     "message_files": ["mail/0017.eml", "mail/0018.eml"],
     "values": {"london": {"amount": 90, "unit": "days"}, "osaka": {"amount": 30, "unit": "days"}}},
    {"product": "meridian-sync", "attribute": "max_users", "offices": ["london", "osaka"],
     "message_files": ["mail/0017.eml", "mail/0018.eml"], "values": {"london": 10000, "osaka": 5000}},
]


def office_of(addr):
    for office, glob in OFFICE_GLOBS:
        if fnmatch.fnmatch(addr.lower(), glob):
            return office
    return "unknown"


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def hdr(value, charset):
    if all(ord(c) < 128 for c in value):
        return value
    hcs = "iso-2022-jp" if charset in ("iso-2022-jp", "shift_jis") else "utf-8"
    return Header(value, hcs).encode()


def addr(pair, charset):
    name, a = pair
    if not all(ord(c) < 128 for c in name):
        shown = hdr(name, charset)
    elif any(c in name for c in ".,"):
        shown = '"%s"' % name
    else:
        shown = name
    return "%s <%s>" % (shown, a)


def encode_body(text, charset, cte):
    raw = text.encode(CODECS[charset])                      # strict: fails on unencodable characters
    if cte == "7bit":
        assert all(b < 128 for b in raw), "7bit body with 8-bit bytes"
        return raw
    if cte == "8bit":
        return raw
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    raise ValueError(cte)


def part(text, subtype, charset, cte):
    head = ("Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n"
            % (subtype, CHARSET_LABEL[charset], cte)).encode()
    body = encode_body(text, charset, cte)
    return head + b"\n" + body + (b"" if body.endswith(b"\n") else b"\n")


def headers(m, charset):
    d = parse_date(m["date"])
    h = ["From: " + addr(m["frm"], charset),
         "To: " + addr(m["to"], charset),
         "Subject: " + hdr(m["subject"], charset),
         "Date: " + email.utils.format_datetime(d),
         "Message-ID: <%s>" % m["msgid"]]
    if m.get("irt"):
        h += ["In-Reply-To: <%s>" % m["irt"], "References: <%s>" % m["irt"]]
    h.append("MIME-Version: 1.0")
    return "\n".join(h).encode()


def build(m):
    if m["kind"] == "garbage":
        rnd = random.Random(25)
        payload = gzip.compress(rnd.randbytes(3000), mtime=0)
        return payload[: len(payload) * 2 // 3]          # truncated gzip stream: binary, no headers
    cs, cte = m["charset"], m["cte"]
    h = headers(m, cs)
    if m["kind"] in ("plain", "html"):
        body = part(m["body"], m["kind"], cs, cte)
        out = h + b"\n" + body
    elif m["kind"] == "alt":
        b = "=_alt_%04d_%s" % (m["num"], "7c1e9a")
        out = (h + ("\nContent-Type: multipart/alternative; boundary=\"%s\"\n\n" % b).encode()
               + b"This is a multi-part message in MIME format.\n\n"
               + ("--%s\n" % b).encode() + part(m["body"], "plain", cs, cte)
               + ("\n--%s\n" % b).encode() + part(m["html"], "html", m["html_charset"], m["html_cte"])
               + ("\n--%s--\n" % b).encode())
    elif m["kind"] == "rfc822":
        a = m["attached"]
        inner = (headers(a, a["charset"]) + b"\n" + part(a["body"], "plain", a["charset"], a["cte"]))
        b = "=_mix_%04d_%s" % (m["num"], "3f0b52")
        out = (h + ("\nContent-Type: multipart/mixed; boundary=\"%s\"\n\n" % b).encode()
               + ("--%s\n" % b).encode() + part(m["body"], "plain", cs, cte)
               + ("\n--%s\n" % b).encode()
               + b"Content-Type: message/rfc822\nContent-Disposition: attachment; filename=\"Meridian_Vault_for_Rokko_USA.eml\"\n\n"
               + inner + ("\n--%s--\n" % b).encode())
    else:
        raise ValueError(m["kind"])
    if m.get("crlf"):
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def decoded_texts(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            texts.append(p.get_content().replace("\r\n", "\n"))
    return msg, texts


def check_excerpts(where, texts, labels):
    bad = [l["text"] for l in labels if l["kind" if "kind" in l else "type"] != "unreadable"
           and not any(l["text"] in t for t in texts)]
    if bad:
        raise SystemExit("%s: excerpts not found in decoded text:\n  %s" % (where, "\n  ".join(bad)))


def line(label, file, message_id, office, as_of):
    if label["type"] == "claim":
        return {"type": "claim", "file": file, "message_id": message_id, "product": label["product"],
                "attribute": label["attribute"], "value": label["value"], "verdict": label["verdict"],
                "quoted": label["quoted"], "office": label["office"] or office, "as_of": as_of, "text": label["text"]}
    return {"type": "finding", "file": file, "message_id": message_id, "kind": label["kind"], "rule": label["rule"],
            "product": label["product"], "quoted": label["quoted"], "text": label["text"]}


def norm_value(attr, v):
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
        return ("money", v["currency"], v["per"], round(amt, 6))
    if isinstance(v, dict) and "unit" in v and "amount" in v:
        f = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", v["amount"] * f)
    return ("v", json.dumps(v, sort_keys=True))


def derive_cross(archive_claims):
    """archive_claims: (date, file, line). -> set of (product, attribute, offices)."""
    found = {}
    cl = [x for x in archive_claims if x[2]["office"] != "unknown" and x[2]["attribute"] not in SET_ATTRS]
    for i, (d1, f1, a) in enumerate(cl):
        for d2, f2, b in cl[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((d1 - d2).days) > 45:
                continue
            va, vb = norm_value(a["attribute"], a["value"]), norm_value(b["attribute"], b["value"])
            if va[0] == "money" and va[1:3] != vb[1:3]:
                continue
            if va == vb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted({a["office"], b["office"]})))
            found.setdefault(key, set()).update({f1, f2})
    return found


def main():
    os.makedirs(os.path.join(ROOT, "mail"), exist_ok=True)
    expected, archive_msgs, archive_claims = [], [], []
    for m in MAILS:
        fname = "mail/%04d.eml" % m["num"]
        raw = build(m)
        with open(os.path.join(ROOT, fname), "wb") as fh:
            fh.write(raw)
        if m["kind"] == "garbage":
            for l in m["labels"]:
                expected.append(line(l, fname, None, "unknown", None))
            continue
        msg, texts = decoded_texts(raw)
        assert msg["Message-ID"].strip("<>") == m["msgid"], fname
        check_excerpts(fname, texts, m["labels"])
        office = office_of(m["frm"][1])
        d = parse_date(m["date"])
        as_of = d.date().isoformat()
        lines = [line(l, fname, m["msgid"], office, as_of) for l in m["labels"]]
        expected += lines
        if m.get("archive"):
            archive_msgs.append((d, m, raw))
            for x in lines:
                y = dict(x, file="mail/archive.mbox")
                expected.append(y)
                if y["type"] == "claim":
                    archive_claims.append((d, fname, y))
    # ---- archive (mboxrd, date order)
    archive_msgs.sort(key=lambda t: t[0])
    with open(os.path.join(ROOT, "mail/archive.mbox"), "wb") as fh:
        for d, m, raw in archive_msgs:
            raw = raw.replace(b"\r\n", b"\n")
            raw = re.sub(rb"(?m)^(>*From )", rb">\1", raw)
            env = "From %s %s\n" % (m["frm"][1], d.astimezone(dt.timezone.utc).strftime("%a %b %e %H:%M:%S %Y"))
            fh.write(env.encode() + raw + (b"" if raw.endswith(b"\n") else b"\n") + b"\n")
    # ---- documents
    for doc in DOCS:
        path = os.path.join(ROOT, doc["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if doc["raw"] == "zip":
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                rnd = random.Random(117)
                z.writestr(zipfile.ZipInfo("xl/worksheets/sheet1.xml", (2026, 11, 2, 9, 0, 0)), rnd.randbytes(4000))
                z.writestr(zipfile.ZipInfo("xl/sharedStrings.xml", (2026, 11, 2, 9, 0, 0)), rnd.randbytes(1500))
            data = buf.getvalue()
            data = data[: len(data) - 40]                       # truncated, as an interrupted export
        else:
            data = doc["text"].encode(doc["encoding"])
            check_excerpts(doc["path"], [doc["text"]], doc["labels"])
        with open(path, "wb") as fh:
            fh.write(data)
        for l in doc["labels"]:
            expected.append(line(l, doc["path"], None, doc["office"], DOCS_AS_OF))
    # ---- cross-office
    derived = derive_cross(archive_claims)
    written = {(c["product"], c["attribute"], tuple(c["offices"])): set(c["message_files"]) for c in CROSS}
    if derived != written:
        raise SystemExit("cross-office mismatch:\n derived %s\n written %s" % (derived, written))
    for c in CROSS:
        expected.append({"type": "cross-office", "product": c["product"], "attribute": c["attribute"],
                         "offices": sorted(c["offices"]), "file": "mail/archive.mbox",
                         "message_files": c["message_files"], "values": c["values"]})
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for x in expected:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    # ---- summary
    from collections import Counter
    cnt = Counter()
    for x in expected:
        where = "archive" if x["file"] == "mail/archive.mbox" else "docs" if x["file"].startswith("docs/") else "mail"
        cnt[(x["type"] if x["type"] != "finding" else x["kind"],
             x.get("verdict", ""), where)] += 1
    for k in sorted(cnt):
        print("%-14s %-15s %-8s %d" % (k + (cnt[k],)))
    print("lines:", len(expected), " mails:", len(MAILS), " archive:", len(archive_msgs), " docs:", len(DOCS))


if __name__ == "__main__":
    main()
