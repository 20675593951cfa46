#!/usr/bin/env python3
"""Author's cross-check (needs PyYAML): run the claims base's phrase patterns and deprecated
names over every decoded mail and document, and compare with expected.jsonl."""
import email, email.policy, glob, json, os, re, sys, unicodedata
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = "/work/shared/eval/rules"
phr = []
for f in glob.glob(RULES + "/phrases/*.yaml"):
    for p in yaml.safe_load(open(f))["phrases"]:
        phr.append((p["id"], [re.compile(x) for x in p["patterns"]], [re.compile(x) for x in p.get("unless", [])]))
dep = {}
for f in glob.glob(RULES + "/products/*.yaml"):
    y = yaml.safe_load(open(f))
    for n in y["names"].get("deprecated") or []:
        dep[unicodedata.normalize("NFKC", n).casefold()] = y["product"]


def texts(path):
    if path.endswith(".eml"):
        raw = open(path, "rb").read()
        if not raw.startswith(b"Return-Path"):
            return None
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        return "\n".join(p.get_content() for p in msg.walk() if p.get_content_type() == "text/plain")
    return open(path, encoding="utf-8").read()


exp = [json.loads(l) for l in open(os.path.join(ROOT, "expected.jsonl"))]
want = {(o["file"], o["kind"], o["rule"] if o["kind"] == "phrase" else o["product"]) for o in exp
        if o["type"] == "finding" and o["kind"] in ("phrase", "terminology")}
got = set()
files = sorted(glob.glob(ROOT + "/mail/*.eml") + [p for p in glob.glob(ROOT + "/docs/**/*", recursive=True)
                                                   if os.path.isfile(p) and "/drafts/" not in p])
for p in files:
    t = texts(p)
    if t is None:
        continue
    rel = os.path.relpath(p, ROOT)
    n = unicodedata.normalize("NFKC", t)
    for rid, pats, unless in phr:
        hits = [m.group(0) for x in pats for m in x.finditer(n)]
        if hits and not any(u.search(n) for u in unless):
            got.add((rel, "phrase", rid))
            print("%-48s %-22s %s" % (rel, rid, hits[:3]))
    nourl = re.sub(r"https?://\S+", "", n).casefold()
    for name, prod in dep.items():
        if name in nourl:
            got.add((rel, "terminology", prod))
            print("%-48s terminology %s" % (rel, name))
print("missing from expected:", sorted(got - want))
print("expected, not found by patterns:", sorted(want - got))
