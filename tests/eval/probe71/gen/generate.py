#!/usr/bin/env python3
"""Writes evaluation set 71 (Meridian Data): mail/*.eml, mail/archive.mbox, docs/, .onevoice.yaml,
expected.jsonl and README.md. Deterministic, stdlib only:  python3 gen/generate.py
Emphasis: mail that cites and paraphrases datasheets, release notes, FAQ and KB articles;
release notes / changelogs with version, build and date numbers next to real claims."""
import email
import json
import os
import shutil
import sys
from email import policy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mimekit import (JST, UTC, BST, PST, PDT, dt, hdr, addr, clean, leaf, thunderbird_leaf, rfc822,  # noqa: E402
                     multipart, message, crlf, date_header, html_from_text, strip_html)
import content  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCS_AS_OF = "2026-11-22"


def office_of(address):
    a = address.lower()
    for glob, office in (("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
                         ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")):
        if a.endswith(glob):
            return office
    return "unknown"


def decoded_text(raw):
    msg = email.message_from_bytes(raw, policy=policy.default)
    parts = []
    for p in msg.walk():
        if p.get_content_type() == "text/plain":
            parts.append(p.get_content())
        elif p.get_content_type() == "text/html":
            parts.append(strip_html(p.get_content()))
    return "\n".join(parts).replace("\r\n", "\n"), msg


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    expected, archive = [], []

    # ------------------------------------------------------------ mail
    for m in content.MESSAGES:
        path = "mail/%s.eml" % m["n"]
        raw = m["raw"]
        with open(os.path.join(ROOT, path), "wb") as fh:
            fh.write(crlf(raw))
        lines = []
        if m.get("unreadable"):
            lines.append({"type": "finding", "file": path, "message_id": None, "kind": "unreadable",
                          "rule": None, "product": None, "quoted": False, "text": m["unreadable"]})
        else:
            text, msg = decoded_text(raw)
            mid = msg["Message-ID"].strip().strip("<>")
            assert mid == m["id"], (mid, m["id"])
            as_of = m["date"].date().isoformat()
            office = office_of(m["from"])
            for c in m["claims"]:
                prod, attr_, value, verdict, excerpt = c[:5]
                opt = c[5] if len(c) > 5 else {}
                assert excerpt in text, "%s: excerpt not in decoded text: %r" % (path, excerpt)
                lines.append({"type": "claim", "file": path, "message_id": mid, "product": prod,
                              "attribute": attr_, "value": value, "verdict": verdict,
                              "quoted": opt.get("quoted", False), "office": opt.get("office", office),
                              "as_of": as_of, "text": excerpt})
            for f in m.get("findings", []):
                kind, key, excerpt = f[:3]
                quoted = f[3] if len(f) > 3 else False
                assert excerpt in text, "%s: finding excerpt not in decoded text: %r" % (path, excerpt)
                lines.append({"type": "finding", "file": path, "message_id": mid, "kind": kind,
                              "rule": key if kind == "phrase" else None,
                              "product": key if kind == "terminology" else None,
                              "quoted": quoted, "text": excerpt})
        expected += lines
        if m.get("archive"):
            archive.append((m["date"], m, lines))

    # ------------------------------------------------------------ archive.mbox (mboxrd, date order)
    archive.sort(key=lambda x: x[0])
    mbox = b""
    for d, m, lines in archive:
        sender = m["from"]
        u = d.astimezone(UTC)
        stamp = "%s %2d %s" % (u.strftime("%a %b"), u.day, u.strftime("%H:%M:%S %Y"))   # asctime
        body = m["raw"].replace(b"\r\n", b"\n")
        out = []
        for line in body.split(b"\n"):
            if line.lstrip(b">").startswith(b"From "):
                line = b">" + line
            out.append(line)
        mbox += b"From " + sender.encode() + b" " + stamp.encode() + b"\n" + b"\n".join(out).rstrip(b"\n") + b"\n\n"
        for ln in lines:
            expected.append(dict(ln, file="mail/archive.mbox"))
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        fh.write(mbox)

    # ------------------------------------------------------------ docs
    for d in content.DOCS:
        full = os.path.join(ROOT, d["path"])
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"])
        if d.get("ignored"):
            continue
        text = strip_html(d["text"]) if d["path"].endswith(".html") else d["text"]
        for c in d["claims"]:
            prod, attr_, value, verdict, excerpt = c[:5]
            assert excerpt in text, "%s: excerpt not in text: %r" % (d["path"], excerpt)
            expected.append({"type": "claim", "file": d["path"], "message_id": None, "product": prod,
                             "attribute": attr_, "value": value, "verdict": verdict, "quoted": False,
                             "office": d["office"], "as_of": DOCS_AS_OF, "text": excerpt})
        for kind, key, excerpt in d.get("findings", []):
            assert excerpt in text, "%s: finding excerpt not in text: %r" % (d["path"], excerpt)
            expected.append({"type": "finding", "file": d["path"], "message_id": None, "kind": kind,
                             "rule": key if kind == "phrase" else None,
                             "product": key if kind == "terminology" else None,
                             "quoted": False, "text": excerpt})

    # ------------------------------------------------------------ cross-office
    found = content.cross_office_pairs([ln for ln in expected if ln["file"] == "mail/archive.mbox"
                                        and ln["type"] == "claim"])
    declared = {(x["product"], x["attribute"], tuple(x["offices"])) for x in content.CROSS_OFFICE}
    assert found == declared, "cross-office mismatch:\n computed %s\n declared %s" % (sorted(found), sorted(declared))
    for x in content.CROSS_OFFICE:
        expected.append(dict({"type": "cross-office"}, **x, file="mail/archive.mbox"))

    # ------------------------------------------------------------ config, key, readme
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(content.ONEVOICE_YAML)
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for ln in expected:
            fh.write(json.dumps(ln, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(content.README)
    n_claims = sum(1 for x in expected if x["type"] == "claim")
    print("messages %d (archive %d), docs %d, expected lines %d (claims %d), cross-office %d"
          % (len(content.MESSAGES), len(archive), sum(1 for d in content.DOCS if not d.get("ignored")),
             len(expected), n_claims, len(content.CROSS_OFFICE)))


if __name__ == "__main__":
    main()
