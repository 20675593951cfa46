#!/usr/bin/env python3
"""Writer's aid (not part of the set): run the phrase packs and deprecated names of
../../shared/eval/rules over the generated mail and documents with Python `re`, and
compare with expected.jsonl. Needs PyYAML. Prints every disagreement."""
import email, email.policy, glob, json, os, re, sys, unicodedata
import yaml

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = os.path.join(SET, "..", "..", "shared", "eval", "rules")
packs = [r for f in glob.glob(os.path.join(RULES, "phrases", "*.yaml")) for r in yaml.safe_load(open(f))["phrases"]]
prods = [yaml.safe_load(open(f)) for f in glob.glob(os.path.join(RULES, "products", "*.yaml"))]


def texts_of(path):
    if path.endswith(".eml"):
        m = email.message_from_bytes(open(path, "rb").read(), policy=email.policy.default)
        parts = [p.get_content() for p in m.walk() if p.get_content_type() == "text/plain"]
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()


def disabled_lines(text):
    out, lines, block = set(), text.split("\n"), None
    for i, l in enumerate(lines):
        mm = re.search(r"onevoice-disable-next-line\s+([\w.-]+)", l)
        if mm:
            out.add((i + 1, mm.group(1)))
        mm = re.search(r"<!--\s*onevoice-disable\s+([\w.-]+)\s*-->", l)
        if mm:
            block = mm.group(1)
        if re.search(r"onevoice-enable", l):
            block = None
        if block:
            out.add((i, block))
    return out


def run(path):
    text = texts_of(path)
    norm = unicodedata.normalize("NFKC", text)
    dis = disabled_lines(norm)
    got = set()
    for r in packs:
        if any(re.search(u, norm) for u in r.get("unless", [])):
            continue
        for i, line in enumerate(norm.split("\n")):
            if (i, r["id"]) in dis:
                continue
            for p in r["patterns"]:
                mm = re.search(p, line)
                if mm:
                    got.add(("phrase", r["id"], i + 1, line.strip()[:70]))
    for p in prods:
        for name in p["names"].get("deprecated", []):
            for i, line in enumerate(text.split("\n")):
                for mm in re.finditer(re.escape(name), line):
                    inurl = re.search(r"https?://\S*$", line[:mm.start()])
                    if not inurl:
                        got.add(("terminology", p["product"], i + 1, line.strip()[:70]))
    return got


exp = {}
for l in open(os.path.join(SET, "expected.jsonl"), encoding="utf-8"):
    o = json.loads(l)
    if o["type"] == "finding" and o["file"] != "mail/archive.mbox":
        exp.setdefault(o["file"], set()).add((o["kind"], o["rule"] or o["product"]))
bad = 0
files = sorted(glob.glob(os.path.join(SET, "mail", "*.eml")) + glob.glob(os.path.join(SET, "docs", "*", "*.*")))
for f in files:
    rel = os.path.relpath(f, SET)
    got = run(f)
    keys = {(k, r) for k, r, _, _ in got}
    e = exp.get(rel, set())
    if keys != e:
        bad += 1
        print(rel, "expected-only:", sorted(e - keys), "regex-only:", sorted(keys - e))
    for g in sorted(got):
        print("   ", rel, g)
print("disagreements:", bad)
