#!/usr/bin/env python3
"""Generate /work/probe/set3 deterministically:  python3 gen/generate.py  (from anywhere)."""
import os, sys, json, email, re, shutil, datetime as dt
from email import policy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from mails import M
from docs import DOCS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC_AS_OF = "2026-11-22"
WINDOW = 45


def write(rel, data):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def decoded_texts(raw):
    """-> list of (kind, text) for the text parts of a message."""
    msg = email.message_from_bytes(raw, policy=policy.default)
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content().replace("\r\n", "\n")
            out.append((p.get_content_subtype(), t))
    return out


def check_excerpt(texts, excerpt, where):
    for kind, t in texts:
        if kind == "html":
            if squash(excerpt) in squash(html_text(t)):
                return
        elif excerpt in t:
            return
    sys.exit("excerpt not found in %s: %r" % (where, excerpt))


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
    expected, archive_lines, mbox = [], [], b""
    arch_claims = []
    for m in sorted(M, key=lambda m: m["n"]):
        fname = "mail/%04d.eml" % m["n"]
        raw = build_message(dict(m, **{"from": m["frm"]}))
        write(fname, raw)
        texts = decoded_texts(raw)
        as_of = m["date"].strftime("%Y-%m-%d")
        lines = []
        for lab in m["labels"]:
            check_excerpt(texts, lab["text"], fname)
            o = dict(lab)
            o["file"], o["message_id"] = fname, m["msgid"]
            if o["type"] == "claim":
                o["office"] = o["office"] or m["office"]
                o["as_of"] = as_of
                o = {k: o[k] for k in ("type", "file", "message_id", "product", "attribute", "value", "verdict",
                                       "quoted", "office", "as_of", "text")}
            else:
                o = {k: o[k] for k in ("type", "file", "message_id", "kind", "rule", "product", "quoted", "text")}
            lines.append(o)
        # no duplicates within a file
        keys = [json.dumps({k: v for k, v in l.items() if k != "text"}, sort_keys=True) for l in lines]
        assert len(keys) == len(set(keys)), fname
        expected += lines
        if m.get("archive"):
            for o in lines:
                archive_lines.append(dict(o, file="mail/archive.mbox"))
                if o["type"] == "claim":
                    arch_claims.append((m, o))
            body = raw.replace(b"\r\n", b"\n")
            body = re.sub(rb"(?m)^(>*From )", rb">\1", body)
            frm = m["frm"][1]
            stamp = m["date"].astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
            mbox += ("From %s %s\n" % (frm, stamp)).encode() + body + (b"" if body.endswith(b"\n") else b"\n") + b"\n"
    write("mail/archive.mbox", mbox)

    for d in DOCS:
        write(d["path"], d["text"])
        texts = [("html" if d["path"].endswith(".html") else "plain", d["text"])]
        for lab in d["labels"]:
            check_excerpt(texts, lab["text"], d["path"])
            o = dict(lab, file=d["path"], message_id=None)
            if o["type"] == "claim":
                o["office"] = o["office"] or d["office"]
                o["as_of"] = DOC_AS_OF
                o = {k: o[k] for k in ("type", "file", "message_id", "product", "attribute", "value", "verdict",
                                       "quoted", "office", "as_of", "text")}
            else:
                o = {k: o[k] for k in ("type", "file", "message_id", "kind", "rule", "product", "quoted", "text")}
            expected.append(o)

    # ---------------------------------------------------------- cross-office, from the archive's claims
    SETS = {"certifications", "supported_platforms", "data_centers", "encryption"}
    cases = {}
    for i, (ma, a) in enumerate(arch_claims):
        for mb, b in arch_claims[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["attribute"] in SETS:
                continue
            oa, ob = a["office"], b["office"]
            if "unknown" in (oa, ob) or oa == ob:
                continue
            if abs((ma["date"].date() - mb["date"].date()).days) > WINDOW:
                continue
            va, vb = a["value"], b["value"]
            if isinstance(va, dict) and "currency" in va:
                if (va["currency"], va["per"]) != (vb["currency"], vb["per"]):
                    continue
            if va == vb or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((oa, ob))))
            c = cases.setdefault(key, {"files": set(), "values": {}})
            c["files"] |= {"mail/%04d.eml" % ma["n"], "mail/%04d.eml" % mb["n"]}
            c["values"][oa], c["values"][ob] = va, vb
    xo = []
    for (p, attr, offs), c in sorted(cases.items()):
        xo.append({"type": "cross-office", "product": p, "attribute": attr, "offices": list(offs),
                   "file": "mail/archive.mbox", "message_files": sorted(c["files"]),
                   "values": {k: c["values"][k] for k in offs}})
    with open(os.path.join(ROOT, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for o in expected + archive_lines + xo:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")

    write(".onevoice.yaml", """# onevoice configuration for evaluation set 3 (SPEC section 6).
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

    # ---------------------------------------------------------- summary
    from collections import Counter
    cnt = Counter()
    for o in expected + archive_lines:
        where = "archive" if o["file"] == "mail/archive.mbox" else o["file"].split("/")[0]
        cnt[(o["type"], o.get("verdict") or o.get("kind"), where)] += 1
    for k in sorted(cnt):
        print(k, cnt[k])
    print("cross-office:", json.dumps(xo, ensure_ascii=False, indent=1))
    print("lines:", len(expected) + len(archive_lines) + len(xo))


if __name__ == "__main__":
    main()
