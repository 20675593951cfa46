#!/usr/bin/env python3
"""Sanity checks for set 29 (optional; needs PyYAML): parses every message the
way a reader would, checks that every label excerpt is in the decoded text, and
re-derives phrase and terminology findings from the phrase packs so they can
be compared with expected.jsonl.  Prints differences; exit 1 when any.

    python3 gen/check_labels.py [RULES_DIR]
"""
import email, email.policy, json, os, re, sys, unicodedata
from collections import defaultdict

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "..", "shared", "eval", "rules")
JA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
URL = re.compile(r"https?://\S+")


def nfkc(s):
    return unicodedata.normalize("NFKC", s)


def load_rules():
    rules = []
    for name in ("en.yaml", "ja.yaml"):
        for r in yaml.safe_load(open(os.path.join(RULES, "phrases", name), encoding="utf-8"))["phrases"]:
            rules.append((r["id"], r["lang"], [re.compile(p) for p in r["patterns"]],
                          [re.compile(p) for p in r.get("unless", [])]))
    names = []
    for f in os.listdir(os.path.join(RULES, "products")):
        p = yaml.safe_load(open(os.path.join(RULES, "products", f), encoding="utf-8"))
        for n in p["names"].get("deprecated") or []:
            names.append((p["product"], n))
    return rules, names


def sentences(text):
    for line in text.split("\n"):
        for s in re.split(r"(?<=[。！？])|(?<=[.!?])\s+", line):
            if s.strip():
                yield s


def phrase_hits(text, rules, disabled_lines=()):
    doc = nfkc(text)
    hits = {}
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i in disabled_lines:
            continue
        for s in sentences(line):
            lang = "ja" if JA.search(s) else "en"
            ns = nfkc(s)
            for rid, rlang, pats, unless in rules:
                if rlang != lang:
                    continue
                if any(p.search(ns) for p in pats) and not any(u.search(doc) for u in unless):
                    hits.setdefault(rid, s)
    return hits


def term_hits(text, names):
    t = URL.sub(" ", text)
    out = {}
    for prod, n in names:
        if re.search(re.escape(n), t, re.I):
            out.setdefault(prod, n)
    return out


def body_of(msg):
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            return part.get_content()
    return ""


def main():
    rules, names = load_rules()
    exp = [json.loads(l) for l in open(os.path.join(ROOT, "expected.jsonl"), encoding="utf-8")]
    bad = 0
    files = defaultdict(list)
    for e in exp:
        if e["type"] != "cross-office":
            files[e["file"]].append(e)
    texts = {}
    for f in sorted(os.listdir(os.path.join(ROOT, "mail"))):
        if f.endswith(".eml"):
            raw = open(os.path.join(ROOT, "mail", f), "rb").read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            texts["mail/" + f] = (body_of(msg), str(msg["subject"]), msg["message-id"].strip("<>"), (), msg)
    for office in os.listdir(os.path.join(ROOT, "docs")):
        for f in os.listdir(os.path.join(ROOT, "docs", office)):
            p = "docs/%s/%s" % (office, f)
            t = open(os.path.join(ROOT, p), encoding="utf-8").read()
            lines = t.split("\n")
            dis = {i + 1 for i, l in enumerate(lines) if "onevoice-disable-next-line" in l}
            texts[p] = (t, "", None, dis, None)
    for p, (text, subject, mid, dis, msg) in sorted(texts.items()):
        labels = files.get(p, [])
        for l in labels:
            if l["text"] not in text:
                print("%s: excerpt not in decoded text: %s" % (p, l["text"])); bad += 1
            if mid and l["message_id"] != mid:
                print("%s: message id %s != %s" % (p, l["message_id"], mid)); bad += 1
        want = {l["rule"] for l in labels if l["type"] == "finding" and l["kind"] == "phrase"}
        got = phrase_hits(text, rules, dis)
        for r in sorted(set(got) ^ want):
            print("%s: phrase %s %s  «%s»" % (p, r, "expected but not derived" if r in want else "derived but not expected", got.get(r, "")))
            bad += 1
        if subject:
            sh = phrase_hits(subject, rules)
            for r in sorted(set(sh) - want):
                print("%s: (subject only) phrase %s «%s»" % (p, r, subject))
        wt = {l["product"] for l in labels if l["type"] == "finding" and l["kind"] == "terminology"}
        gt = term_hits(text, names)
        for r in sorted(set(gt) ^ wt):
            print("%s: terminology %s %s" % (p, r, "expected but not derived" if r in wt else "derived but not expected"))
            bad += 1
    # archive: same messages, mboxrd, date order
    raw = open(os.path.join(ROOT, "mail", "archive.mbox"), "rb").read()
    chunks = re.split(rb"(?:^|\n)From \S+ [A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}\n", raw)
    msgs = [email.message_from_bytes(re.sub(rb"(?m)^>(>*From )", rb"\1", c), policy=email.policy.default)
            for c in chunks if c.strip()]
    ids = [m["message-id"].strip("<>") for m in msgs]
    dates = [m["date"].datetime for m in msgs]
    if dates != sorted(dates):
        print("archive not in date order"); bad += 1
    arch = {l["message_id"] for l in exp if l.get("file") == "mail/archive.mbox" and l["type"] != "cross-office"}
    if not arch <= set(ids):
        print("archive labels for messages not in archive"); bad += 1
    for m in msgs:
        mid = m["message-id"].strip("<>")
        eml = [p for p, v in texts.items() if v[2] == mid][0]
        if body_of(m).replace("\r\n", "\n") != texts[eml][0].replace("\r\n", "\n"):
            print("archive body differs from %s" % eml); bad += 1
        a = sorted(json.dumps({k: v for k, v in l.items() if k != "file"}, sort_keys=True, ensure_ascii=False)
                   for l in exp if l.get("file") == "mail/archive.mbox" and l.get("message_id") == mid)
        b = sorted(json.dumps({k: v for k, v in l.items() if k != "file"}, sort_keys=True, ensure_ascii=False)
                   for l in exp if l.get("file") == eml)
        if a != b:
            print("archive lines differ from %s" % eml); bad += 1
    print("%d messages in archive, %d problems" % (len(msgs), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
