#!/usr/bin/env python3
"""Self-checks for the answer key of probe set 46 (not an engine; stdlib only).

1. every message decodes, and every expected `text` is an exact excerpt of its decoded text;
2. phrase rules (patterns copied from rules/phrases/*.yaml, run on NFKC text) fire exactly where
   expected.jsonl says, apart from the documented suppressions;
3. cross-office records equal what the rule in LABELS.md gives over the archive's claims;
4. lists sentences holding a product reference and a digit that no expected line covers,
   for a human to look at.
"""
import datetime
import email
import email.policy
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = os.path.join(ROOT, "..", "..", "shared", "eval", "rules")
if not os.path.isdir(RULES):
    RULES = "/work/shared/eval/rules"
errors = []


def decode_part(part):
    payload = part.get_payload(decode=True) or b""
    cs = (part.get_content_charset() or "us-ascii").lower()
    if cs in ("shift_jis", "shift-jis", "sjis", "x-sjis"):
        cs = "cp932"
    return payload.decode(cs)


def texts_of(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            continue
        if part.get_content_maintype() == "text":
            t = decode_part(part)
            if part.get_content_subtype() == "html":
                t = re.sub(r"<[^>]+>", "", t).replace("&nbsp;", " ").replace("&amp;", "&")
            out.append(t)
    return out


def read_mail():
    res = {}
    for fn in sorted(os.listdir(os.path.join(ROOT, "mail"))):
        if not fn.endswith(".eml"):
            continue
        raw = open(os.path.join(ROOT, "mail", fn), "rb").read()
        if raw.startswith(bytes.fromhex("D0CF11E0")):
            res["mail/" + fn] = {None: ""}
            continue
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        mid = msg["Message-ID"].strip()[1:-1]
        res["mail/" + fn] = {mid: "\n".join(texts_of(msg))}
    # mboxrd
    data = open(os.path.join(ROOT, "mail", "archive.mbox"), "rb").read()
    msgs, cur = [], None
    for line in data.split(b"\n"):
        if line.startswith(b"From "):
            cur = []
            msgs.append(cur)
            continue
        if re.match(rb"^>+From ", line):
            line = line[1:]
        cur.append(line)
    arch = {}
    dates = []
    for lines in msgs:
        msg = email.message_from_bytes(b"\n".join(lines), policy=email.policy.compat32)
        mid = msg["Message-ID"].strip()[1:-1]
        arch[mid] = "\n".join(texts_of(msg))
        dates.append(email.utils.parsedate_to_datetime(msg["Date"]))
    if dates != sorted(dates):
        errors.append("archive.mbox is not in date order")
    res["mail/archive.mbox"] = arch
    return res


def read_docs():
    res = {}
    for dp, dn, fns in os.walk(os.path.join(ROOT, "docs")):
        for fn in fns:
            p = os.path.join(dp, fn)
            raw = open(p, "rb").read()
            if fn.endswith(".html"):
                t = raw.decode("cp932")
            else:
                t = raw.decode("utf-8-sig")
            res[os.path.relpath(p, ROOT)] = {None: t.replace("\r\n", "\n")}
    return res


def load_phrases():
    rules = {}
    for fn in ("ja.yaml", "en.yaml"):
        cur, sect = None, None
        for line in open(os.path.join(RULES, "phrases", fn), encoding="utf-8"):
            m = re.match(r"\s*- id: (\S+)", line)
            if m:
                cur = rules.setdefault(m.group(1), {"patterns": [], "unless": []})
                sect = None
                continue
            m = re.match(r"\s*(patterns|unless|examples):", line)
            if m:
                sect = m.group(1) if m.group(1) != "examples" else None
                continue
            m = re.match(r"\s*- '(.*)'\s*(#.*)?$", line)
            if m and cur is not None and sect:
                cur[sect].append(m.group(1).replace("''", "'"))
    return rules


def main():
    exp = [json.loads(l) for l in open(os.path.join(ROOT, "expected.jsonl"), encoding="utf-8")]
    corpus = read_mail()
    corpus.update(read_docs())

    # 1. excerpts
    for o in exp:
        if o["type"] == "cross-office":
            continue
        f, m = o["file"], o["message_id"]
        t = corpus.get(f, {}).get(m)
        if t is None:
            errors.append("no decoded text for %s %s" % (f, m))
        elif o["kind"] if o["type"] == "finding" and o["kind"] == "unreadable" else False:
            pass
        elif o["text"] not in t and not (o["type"] == "finding" and o["kind"] == "unreadable"):
            errors.append("excerpt not found in %s %s: %s" % (f, m, o["text"]))

    # 2. phrases
    rules = load_phrases()
    expected_ph = defaultdict(set)
    for o in exp:
        if o["type"] == "finding" and o["kind"] == "phrase":
            expected_ph[(o["file"], o["message_id"])].add(o["rule"])
    suppressed = {("docs/osaka/仕様書_メリディアン・ボールト_浪速物産様.html", None): {"ja.cheapest"},
                  ("docs/tokyo/提案書_北斗リース_メリディアン・インサイト.md", None): {"ja.superlative-no1"}}
    for f, per in corpus.items():
        if "/drafts/" in f:
            continue
        for m, t in per.items():
            n = unicodedata.normalize("NFKC", t)
            fired = set()
            for rid, r in rules.items():
                hit = [p for p in r["patterns"] if re.search(p, n, re.M)]
                if hit and not any(re.search(u, n, re.M) for u in r["unless"]):
                    fired.add(rid)
            fired -= suppressed.get((f, m), set())
            if fired != expected_ph.get((f, m), set()):
                errors.append("phrases %s %s: fired %s expected %s" % (f, m, sorted(fired), sorted(expected_ph.get((f, m), set()))))

    # 3. cross-office
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from texts import CROSS_OFFICE
    arch = [o for o in exp if o["type"] == "claim" and o["file"] == "mail/archive.mbox" and o["office"] != "unknown"]
    setkinds = {"supported_platforms", "certifications", "data_centers", "encryption"}

    def key(v):
        if isinstance(v, dict) and "unit" in v:
            return ("dur", v["amount"] * {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]])
        return json.dumps(v, sort_keys=True)
    found = {}
    right = ("ok", "office-variant")
    for i, a in enumerate(arch):
        for b in arch[i + 1:]:
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["office"] == b["office"]:
                continue
            if a["attribute"] in setkinds:
                continue
            if isinstance(a["value"], dict) and "currency" in a["value"]:
                if (a["value"]["currency"], a["value"]["per"]) != (b["value"]["currency"], b["value"]["per"]):
                    continue
            if key(a["value"]) == key(b["value"]) and a["value"] == b["value"]:
                continue
            if a["verdict"] in right and b["verdict"] in right:
                continue
            if a["verdict"] == "unverified" or b["verdict"] == "unverified":
                continue
            da, db = (datetime.date.fromisoformat(x["as_of"]) for x in (a, b))
            if abs((da - db).days) > 45:
                continue
            k = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            found.setdefault(k, []).append((a["as_of"], a["office"], a["value"], b["as_of"], b["office"], b["value"]))
    want = {(x["product"], x["attribute"], tuple(sorted(x["values"]))) for x in CROSS_OFFICE}
    if set(found) != want:
        errors.append("cross-office: computed %s, listed %s" % (sorted(found), sorted(want)))
    for k, v in sorted(found.items()):
        print("cross-office", k, "pairs:", len(v), "closest:", min(abs((datetime.date.fromisoformat(p[0]) - datetime.date.fromisoformat(p[3])).days) for p in v))

    # 4. uncovered sentences with a product reference and a digit
    names = r"メリディアン[・ ]?(?:シンク|ボールト|インサイト|ファイルシンク)|Meridian (?:Sync|Vault|Insight|FileSync)|同製品|本製品|\bIt\b"
    covered = defaultdict(list)
    for o in exp:
        if o["type"] in ("claim", "finding"):
            covered[(o["file"], o["message_id"])].append(unicodedata.normalize("NFKC", o["text"]))
    print("\n-- sentences with a product reference and a digit, not covered by any excerpt:")
    for f, per in sorted(corpus.items()):
        if f == "mail/archive.mbox" or "/drafts/" in f:
            continue
        for m, t in per.items():
            n = unicodedata.normalize("NFKC", t)
            for s in re.split(r"(?<=[。!?])|\n(?=\s*\n)|(?<=\.)\s", n):
                s1 = " ".join(s.split())
                if re.search(names, s1) and re.search(r"\d", s1):
                    if not any(c[:25] in " ".join(s.split()) or " ".join(s.split())[:25] in " ".join(c.split()) for c in covered[(f, m)]):
                        print("  %s: %s" % (f, s1[:150]))
    print()
    for e in errors:
        print("ERROR", e)
    print("check: %s" % ("FAILED (%d)" % len(errors) if errors else "ok"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
