#!/usr/bin/env python3
"""Sanity checks for set 60: every .eml parses and decodes; phrase patterns (Python re, close to RE2)
run over every message and document and are compared with the labelled phrase findings."""
import email, email.policy, glob, json, os, re, sys, unicodedata
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "../../shared/eval/rules")

def load_phrases():
    out = []
    for f in glob.glob(os.path.join(RULES, "phrases/*.yaml")):
        cur = None; sect = None
        for ln in open(f, encoding="utf-8"):
            m = re.match(r"\s*- id: (\S+)", ln)
            if m: cur = {"id": m.group(1), "patterns": [], "unless": []}; out.append(cur); sect = None; continue
            m = re.match(r"\s*(patterns|unless|examples):", ln)
            if m: sect = m.group(1); continue
            m = re.match(r"\s*- '(.*)'\s*(#.*)?$", ln)
            if m and cur and sect in ("patterns", "unless"):
                cur[sect].append(m.group(1).replace("''", "'"))
    return out

def texts_of(path):
    if path.endswith(".eml") or path.endswith(".mbox"):
        msg = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        parts = []
        for p in msg.walk():
            if p.get_content_type() in ("text/plain",):
                parts.append(p.get_content())
        return parts
    t = open(path, encoding="utf-8").read()
    return [re.sub(r"<[^>]+>", "", t)]

JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
phr = load_phrases()
exp = [json.loads(l) for l in open(os.path.join(ROOT, "expected.jsonl"), encoding="utf-8")]
labelled = {(e["file"], e["rule"]) for e in exp if e.get("kind") == "phrase"}
found = set()
files = sorted(glob.glob(os.path.join(ROOT, "mail/*.eml"))) + sorted(glob.glob(os.path.join(ROOT, "docs/**/*.*"), recursive=True))
for f in files:
    rel = os.path.relpath(f, ROOT)
    try:
        ts = texts_of(f)
    except Exception as e:
        print("PARSE", rel, e); continue
    if f.endswith(".eml"):
        msg = email.message_from_bytes(open(f, "rb").read(), policy=email.policy.default)
        print("%-48s %-40s %s" % (rel, (msg["subject"] or "")[:40], msg.get_content_type()))
    for t in ts:
        doc = unicodedata.normalize("NFKC", t)
        for r in phr:
            lang = r["id"][:2]
            if any(re.search(u, doc) for u in r["unless"]):
                continue
            for ln in doc.split("\n"):
                if bool(JA.search(ln)) != (lang == "ja"):
                    continue
                for p in r["patterns"]:
                    mm = re.search(p, ln)
                    if mm:
                        found.add((rel, r["id"]))
                        print("   HIT %s %s: %r" % (r["id"], rel, ln.strip()[:90]))
for x in sorted(found - labelled): print("UNLABELLED", x)
for x in sorted(labelled - found): print("NOT FOUND", x)
