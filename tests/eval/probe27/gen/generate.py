#!/usr/bin/env python3
"""Evaluation set 27 for onevoice (Meridian Data): Japanese numerals and dates.

Run:  python3 gen/generate.py      (from anywhere; stdlib only, deterministic)
(Re)writes mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml and
expected.jsonl beside this folder.
"""
import base64, datetime, json, os, quopri, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from content import MESSAGES, DOCS, DRAFTS, MBOX_MEMBERS, CROSS_OFFICE  # noqa: E402

DOC_AS_OF = "2026-11-22"


# ---------------------------------------------------------------- encoders
def jis_bytes(text):
    """ISO-2022-JP as Outlook/Thunderbird/Becky! write it (CP50220: NEC row 13
    characters such as ① ㈱ go out as JIS X 0208 row 13; ～ as 0x2141).
    Every line ends in ASCII mode (RFC 1468)."""
    out, mode = bytearray(), "ascii"
    for ch in text:
        if ch == "\n" or ord(ch) < 0x80:
            if mode != "ascii":
                out += b"\x1b(B"
                mode = "ascii"
            out += ch.encode("ascii")
            continue
        sj = ch.encode("cp932")
        if len(sj) != 2:
            raise ValueError("half-width kana not allowed in ISO-2022-JP: %r" % ch)
        s1, s2 = sj
        j1 = ((s1 - 0x71) if s1 <= 0x9F else (s1 - 0xB1)) * 2 + 1
        if s2 > 0x7F:
            s2 -= 1
        if s2 >= 0x9E:
            j1 += 1
            j2 = s2 - 0x7D
        else:
            j2 = s2 - 0x1F
        if not (0x21 <= j1 <= 0x7E and 0x21 <= j2 <= 0x7E):
            raise ValueError("character outside JIS X 0208 (+NEC row 13): %r" % ch)
        if mode != "jis":
            out += b"\x1b$B"
            mode = "jis"
        out += bytes((j1, j2))
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


def charset_bytes(text, charset):
    if charset == "ISO-2022-JP":
        return jis_bytes(text)
    if charset == "Shift_JIS":
        return text.encode("cp932")          # what Japanese mailers really emit under this label
    return text.encode("utf-8")


def encoded_words(text, charset):
    """RFC 2047 B-encoded words, each self-contained, folded with CRLF SP -> LF SP."""
    if all(ord(c) < 0x80 for c in text):
        return text
    limit = 39 if charset == "ISO-2022-JP" else 42
    words, cur = [], ""
    for ch in text:
        if cur and len(charset_bytes(cur + ch, charset)) > limit:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    enc = ["=?%s?B?%s?=" % (charset, base64.b64encode(charset_bytes(w, charset)).decode()) for w in words]
    return "\n ".join(enc)


def address(name, addr, charset):
    if not name:
        return addr
    if all(ord(c) < 0x80 for c in name):
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ",.") else "%s <%s>" % (name, addr)
    return "%s <%s>" % (encoded_words(name, charset), addr)


def body_bytes(text, charset, cte):
    raw = charset_bytes(text, charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        q = quopri.encodestring(raw)
        return q if q.endswith(b"\n") else q + b"\n"
    return raw if raw.endswith(b"\n") else raw + b"\n"


def leaf(ctype, text, charset, cte, extra=""):
    head = "Content-Type: %s; charset=%s%s\nContent-Transfer-Encoding: %s\n" % (
        ctype, charset if charset != "UTF-8" else '"UTF-8"', extra, cte)
    return head.encode("ascii") + b"\n" + body_bytes(text, charset, cte)


def build(m):
    cs = m["charset"]
    h = []
    for r in m.get("received", []):
        h.append("Received: " + r)
    h.append("From: " + address(m["from"][0], m["from"][1], cs))
    h.append("To: " + ", ".join(address(n, a, cs) for n, a in m["to"]))
    if m.get("cc"):
        h.append("Cc: " + ", ".join(address(n, a, cs) for n, a in m["cc"]))
    h.append("Subject: " + encoded_words(m["subject"], cs))
    h.append("Date: " + m["date"])
    h.append("Message-ID: <%s>" % m["id"])
    if m.get("reply_to_id"):
        h.append("In-Reply-To: <%s>" % m["reply_to_id"])
        h.append("References: " + " ".join("<%s>" % x for x in m.get("refs", [m["reply_to_id"]])))
    for k, v in m.get("extra_headers", []):
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    head = "\n".join(h).encode("ascii") + b"\n"
    cte = m["cte"]
    if m.get("html"):
        b = m["boundary"]
        parts = [leaf("text/plain", m["body"], cs, cte, m.get("ct_extra", "")),
                 leaf("text/html", m["html"], cs, m.get("html_cte", cte))]
        body = b"This is a multi-part message in MIME format.\n\n" if m.get("preamble") else b""
        for p in parts:
            body += b"--" + b.encode() + b"\n" + p
            if not p.endswith(b"\n"):
                body += b"\n"
        body += b"--" + b.encode() + b"--\n"
        head += ('Content-Type: multipart/alternative; boundary="%s"\n' % b).encode()
        data = head + b"\n" + body
    else:
        data = head + leaf("text/plain", m["body"], cs, cte, m.get("ct_extra", ""))
    if m.get("crlf"):
        data = data.replace(b"\n", b"\r\n")
    return data


# ---------------------------------------------------------------- writers
def mboxrd(messages):
    out = bytearray()
    for m in sorted(messages, key=lambda m: m["_dt"]):
        raw = m["_bytes"].replace(b"\r\n", b"\n")
        dt = m["_dt"].astimezone(datetime.timezone.utc)
        out += ("From %s %s\n" % (m["from"][1], dt.strftime("%a %b %d %H:%M:%S %Y"))).encode()
        for line in raw.split(b"\n")[:-1] if raw.endswith(b"\n") else raw.split(b"\n"):
            if line.lstrip(b">").startswith(b"From "):
                line = b">" + line
            out += line + b"\n"
        out += b"\n"
    return bytes(out)


def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as fh:
        fh.write(data)


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    records = []

    def rec_claims(file, mid, as_of, claims, default_office):
        for c in claims:
            product, attr, value, verdict = c[:4]
            opts = c[4] if len(c) > 4 else {}
            records.append({"type": "claim", "file": file, "message_id": mid, "product": product,
                            "attribute": attr, "value": value, "verdict": verdict,
                            "quoted": opts.get("quoted", False), "office": opts.get("office", default_office),
                            "as_of": as_of, "text": opts["text"]})

    def rec_findings(file, mid, findings):
        for f in findings:
            records.append({"type": "finding", "file": file, "message_id": mid, "kind": f["kind"],
                            "rule": f.get("rule"), "product": f.get("product"),
                            "quoted": f.get("quoted", False), "text": f["text"]})

    members = []
    for m in MESSAGES:
        path = "mail/%s.eml" % m["n"]
        if m.get("raw") is not None:
            write(path, m["raw"])
            rec_findings(path, None, m.get("findings", []))
            continue
        data = build(m)
        m["_bytes"] = data
        m["_dt"] = datetime.datetime.strptime(m["date"], "%a, %d %b %Y %H:%M:%S %z")
        write(path, data)
        as_of = m["_dt"].date().isoformat()
        sources = [path] + (["mail/archive.mbox"] if m["n"] in MBOX_MEMBERS else [])
        for src in sources:
            rec_claims(src, m["id"], as_of, m.get("claims", []), m["office"])
            rec_findings(src, m["id"], m.get("findings", []))
        if m["n"] in MBOX_MEMBERS:
            members.append(m)
    write("mail/archive.mbox", mboxrd(members))

    for d in DOCS + DRAFTS:
        data = d["text"].encode(d.get("encoding", "utf-8"))
        if d.get("crlf"):
            data = data.replace(b"\n", b"\r\n")
        write(d["path"], data)
    for d in DOCS:
        rec_claims(d["path"], None, DOC_AS_OF, d.get("claims", []), d["office"])
        rec_findings(d["path"], None, d.get("findings", []))

    for x in CROSS_OFFICE:
        records.append(dict({"type": "cross-office", "file": "mail/archive.mbox"}, **x))

    write(".onevoice.yaml", (
        "# onevoice configuration for evaluation set 27 (SPEC section 6).\n"
        "rules: ../../shared/eval/rules\n"
        "paths:\n"
        "  - glob: \"docs/us-hq/**\"\n    office: us-hq\n"
        "  - glob: \"docs/london/**\"\n    office: london\n"
        "  - glob: \"docs/tokyo/**\"\n    office: tokyo\n"
        "  - glob: \"docs/osaka/**\"\n    office: osaka\n"
        "ignore: [\"**/drafts/**\", \"README.md\", \"expected.jsonl\", \"gen/**\"]\n").encode())
    write("expected.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8"))
    print("wrote %d messages (%d in archive.mbox), %d documents, %d expected lines"
          % (len(MESSAGES), len(members), len(DOCS), len(records)))


if __name__ == "__main__":
    main()
