#!/usr/bin/env python3
"""Probe set 46 for onevoice: formal Japanese business writing (Tokyo / Osaka offices,
Japanese customers and partners). Deterministic, stdlib only.

    python3 gen/generate.py        # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl

The answer key is written next to the text it labels: every message below carries
its own list of expected claims and findings.
"""
import datetime
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mime  # noqa: E402
from texts import MESSAGES, DOCS, DOC_AS_OF  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def office_of(addr):
    a = addr.lower()
    for suffix, office in (("@osaka.jp.meridian-data.com", "osaka"), ("@jp.meridian-data.com", "tokyo"),
                           ("@uk.meridian-data.com", "london"), ("@meridian-data.com", "us-hq")):
        if a.endswith(suffix):
            return office
    return "unknown"


CLAIM_KEYS = ("type", "file", "message_id", "product", "attribute", "value", "verdict", "quoted", "office", "as_of", "text")
FIND_KEYS = ("type", "file", "message_id", "kind", "rule", "product", "quoted", "text")


def claim_line(item, file, message_id, office, as_of):
    d = {"type": "claim", "file": file, "message_id": message_id, "product": item["product"],
         "attribute": item["attribute"], "value": item["value"], "verdict": item["verdict"],
         "quoted": item.get("quoted", False), "office": item.get("office") or office, "as_of": as_of,
         "text": item["text"]}
    return {k: d[k] for k in CLAIM_KEYS}


def finding_line(item, file, message_id):
    d = {"type": "finding", "file": file, "message_id": message_id, "kind": item["kind"],
         "rule": item.get("rule"), "product": item.get("product"), "quoted": item.get("quoted", False),
         "text": item["text"]}
    return {k: d[k] for k in FIND_KEYS}


def lines_for(items, file, message_id, office, as_of):
    out = []
    for it in items:
        if it["type"] == "claim":
            out.append(claim_line(it, file, message_id, office, as_of))
        else:
            out.append(finding_line(it, file, message_id))
    return out


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    os.makedirs(os.path.join(ROOT, "mail"))
    expected, archive = [], []
    for m in MESSAGES:
        path = os.path.join(ROOT, "mail", m["file"])
        raw = m["build"]()
        with open(path, "wb") as fh:
            fh.write(raw)
        if m.get("unreadable"):
            expected += lines_for(m["items"], "mail/" + m["file"], None, "unknown", None)
            continue
        office = office_of(m["from"][1])
        as_of = m["date"].date().isoformat()
        expected += lines_for(m["items"], "mail/" + m["file"], m["msgid"], office, as_of)
        if m.get("mbox"):
            archive.append((m["date"], m, raw, office, as_of))
    archive.sort(key=lambda x: x[0])
    with open(os.path.join(ROOT, "mail", "archive.mbox"), "wb") as fh:
        fh.write(mime.mboxrd([(mime.mbox_from_line(m["from"][1], d), raw) for d, m, raw, _, _ in archive]))
    for d, m, raw, office, as_of in archive:
        expected += lines_for(m["items"], "mail/archive.mbox", m["msgid"], office, as_of)

    for doc in DOCS:
        path = os.path.join(ROOT, "docs", doc["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(doc["bytes"]())
        if doc.get("ignored"):
            continue
        office = doc["path"].split("/")[0]
        expected += lines_for(doc["items"], "docs/" + doc["path"], None, office, DOC_AS_OF)

    from texts import CROSS_OFFICE
    for x in CROSS_OFFICE:
        expected.append({"type": "cross-office", "product": x["product"], "attribute": x["attribute"],
                         "offices": sorted(x["values"]), "file": "mail/archive.mbox",
                         "message_files": x["message_files"], "values": x["values"]})

    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for o in expected:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(ROOT, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# onevoice configuration for probe set 46 (SPEC section 6).\n"
                 "rules: ../../shared/eval/rules\n"
                 "paths:\n"
                 '  - glob: "docs/us-hq/**"\n    office: us-hq\n'
                 '  - glob: "docs/london/**"\n    office: london\n'
                 '  - glob: "docs/tokyo/**"\n    office: tokyo\n'
                 '  - glob: "docs/osaka/**"\n    office: osaka\n'
                 'ignore: ["**/drafts/**", "README.md", "expected.jsonl", "gen/**"]\n')
    n_claims = sum(1 for o in expected if o["type"] == "claim")
    n_find = sum(1 for o in expected if o["type"] == "finding")
    n_x = sum(1 for o in expected if o["type"] == "cross-office")
    print("messages=%d archive=%d docs=%d expected: claims=%d findings=%d cross-office=%d"
          % (len(MESSAGES), len(archive), sum(1 for d in DOCS if not d.get("ignored")), n_claims, n_find, n_x))


if __name__ == "__main__":
    main()
