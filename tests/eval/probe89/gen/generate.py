#!/usr/bin/env python3
"""Writes evaluation set 89 (Meridian Data): mail/*.eml, mail/archive.mbox,
docs/<office>/..., .onevoice.yaml and expected.jsonl. Deterministic, stdlib only.

    python3 gen/generate.py            # from anywhere; writes beside gen/

Emphasis: numbers stated as changes and relative to other numbers (see ../README.md). Every label is written
by hand next to the text it labels; truth.py only cross-checks the verdicts and
finds the cross-office pairs, and the script checks that every excerpt is in
the decoded text of its message or document.
"""
import email
import email.policy
import hashlib
import json
import os
import re
import shutil
import sys
from datetime import date, datetime

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mime  # noqa: E402
import truth  # noqa: E402
from content import MESSAGES, DOCS, DOC_AS_OF, CROSS_OFFICE_EXPECTED  # noqa: E402

SET = os.path.dirname(HERE)


def write(path, data):
    full = os.path.join(SET, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def decoded_texts(raw):
    """Every text part of a message (attached messages included), decoded."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
    return out


def mboxrd(messages):
    out = []
    for m in messages:
        raw = m["raw"].replace(b"\r\n", b"\n")
        sender = m["from_addr"]
        dt = m["dt_utc"]
        stamp = dt.strftime("%a %b ") + "%2d" % dt.day + dt.strftime(" %H:%M:%S %Y")
        out.append(("From %s %s\n" % (sender, stamp)).encode())
        body = raw[:-1] if raw.endswith(b"\n") else raw
        for line in body.split(b"\n"):
            if re.match(rb"^>*From ", line):
                line = b">" + line
            out.append(line + b"\n")
        out.append(b"\n")
    return b"".join(out)


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    lines, problems = [], []

    def claim_line(file, message_id, c, default_office, default_as_of):
        office = c.get("office", default_office)
        as_of = c.get("as_of", default_as_of)
        judge = c.get("judge", as_of)
        auto = truth.verdict(c["product"], c["attribute"], c["value"], office, judge)
        if auto != c["verdict"]:
            problems.append("%s: %s %s %r: verdict %s, truth.py says %s"
                            % (file, c["product"], c["attribute"], c["value"], c["verdict"], auto))
        return {"type": "claim", "file": file, "message_id": message_id, "product": c["product"],
                "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                "quoted": c.get("quoted", False), "office": office, "as_of": as_of, "text": c["text"]}

    def finding_line(file, message_id, f):
        return {"type": "finding", "file": file, "message_id": message_id, "kind": f["kind"],
                "rule": f.get("rule"), "product": f.get("product"), "quoted": f.get("quoted", False),
                "text": f["text"]}

    # ---------------------------------------------------------------- mail
    per_msg = {}
    for m in MESSAGES:
        raw = m["raw"]
        path = "mail/%s.eml" % m["n"]
        write(path, raw)
        texts = decoded_texts(raw)
        for item in m["claims"] + m["findings"]:
            if not any(item["text"] in t for t in texts):
                problems.append("%s: excerpt not in decoded text: %r" % (path, item["text"]))
        mid = m["message_id"]
        recs = [claim_line(path, mid, c, m["office"], m["day"]) for c in m["claims"]]
        recs += [finding_line(path, mid, f) for f in m["findings"]]
        per_msg[m["n"]] = recs
        lines += recs
        # a claim stated twice in one message is one line
        keys = [(r["product"], r["attribute"], json.dumps(r["value"], sort_keys=True), r["quoted"], r["office"])
                for r in recs if r["type"] == "claim"]
        if len(keys) != len(set(keys)):
            problems.append("%s: duplicate claim lines" % path)

    archived = sorted((m for m in MESSAGES if m["archive"]), key=lambda m: m["dt_utc"])
    write("mail/archive.mbox", mboxrd(archived))
    for m in archived:
        for r in per_msg[m["n"]]:
            lines.append(dict(r, file="mail/archive.mbox"))

    # ---------------------------------------------------------------- cross-office (archive only)
    pool = []
    for m in archived:
        for r in per_msg[m["n"]]:
            if r["type"] == "claim" and r["office"] != "unknown" and r["attribute"] not in truth.SET_KINDS:
                pool.append((m, r))
    found = {}
    for i, (ma, a) in enumerate(pool):
        for mb, b in pool[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if abs((date.fromisoformat(ma["day"]) - date.fromisoformat(mb["day"])).days) > 45:
                continue
            if not truth.comparable(a["value"], b["value"]) or truth.same_meaning(a["value"], b["value"]):
                continue
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue                    # each right at its own date
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            rec = found.setdefault(key, {"files": set(), "values": {}})
            rec["files"].update(["mail/%s.eml" % ma["n"], "mail/%s.eml" % mb["n"]])
            for x in (a, b):
                if x["verdict"] != "ok" or x["office"] not in rec["values"]:
                    rec["values"][x["office"]] = x["value"]
    for key in sorted(found):
        product, attribute, offices = key
        lines.append({"type": "cross-office", "product": product, "attribute": attribute,
                      "offices": list(offices), "file": "mail/archive.mbox",
                      "message_files": sorted(found[key]["files"]), "values": found[key]["values"]})
    if sorted(found) != sorted(CROSS_OFFICE_EXPECTED):
        problems.append("cross-office pairs differ from the intended ones: %s" % sorted(found))

    # ---------------------------------------------------------------- docs
    for d in DOCS:
        write(d["path"], d["bytes"])
        text = d["bytes"].decode("utf-8-sig")
        if d.get("ignored"):
            continue
        for item in d["claims"] + d["findings"]:
            if item["text"] not in text:
                problems.append("%s: excerpt not in text: %r" % (d["path"], item["text"]))
        lines += [claim_line(d["path"], None, c, d["office"], DOC_AS_OF) for c in d["claims"]]
        lines += [finding_line(d["path"], None, f) for f in d["findings"]]

    write(".onevoice.yaml", ONEVOICE)
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in lines:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_claims = sum(1 for r in lines if r["type"] == "claim")
    print("messages %d (archive %d), docs %d, expected lines %d (claims %d, findings %d, cross-office %d)"
          % (len(MESSAGES), len(archived), sum(1 for d in DOCS if not d.get("ignored")), len(lines), n_claims,
             sum(1 for r in lines if r["type"] == "finding"), len(found)))
    for p in problems:
        print("PROBLEM: " + p)
    return 1 if problems else 0


ONEVOICE = """# onevoice configuration for evaluation set 89 (SPEC section 6).
# rules: relative to this folder (the scorer's `run` passes --rules itself).
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
