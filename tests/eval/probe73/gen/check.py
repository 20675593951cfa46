#!/usr/bin/env python3
"""Sanity checks for probe set 73 (not part of scoring): every expected `text` is an
excerpt of the decoded file, phrase rules fire exactly where labelled, and a review
list of every sentence that names a product next to a digit but carries no label."""
import email, email.policy, gzip, json, os, re, sys, unicodedata
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = "/work/shared/eval/rules"


def texts_of(msg):
    out = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_content())
        elif p.get_content_type() == "message/rfc822":
            pass      # walk() descends into it
    return out


def load_mail(path):
    raw = open(path, "rb").read()
    try:
        m = email.message_from_bytes(raw, policy=email.policy.default)
        if not m["Message-ID"]:
            return None, None
        return m["Message-ID"].strip("<>"), "\n".join(texts_of(m))
    except Exception as e:
        return None, None


def main():
    exp = [json.loads(l) for l in open(os.path.join(SET, "expected.jsonl"), encoding="utf-8")]
    files = {}
    for f in sorted(os.listdir(os.path.join(SET, "mail"))):
        if f.endswith(".eml"):
            files["mail/" + f] = load_mail(os.path.join(SET, "mail", f))
    # archive: split mboxrd
    arch = open(os.path.join(SET, "mail/archive.mbox"), "rb").read().split(b"\n")
    msgs, cur = [], None
    for line in arch:
        if line.startswith(b"From "):
            cur = []
            msgs.append(cur)
            continue
        cur.append(re.sub(rb"^>(>*From )", rb"\1", line))
    amids = {}
    for lines in msgs:
        m = email.message_from_bytes(b"\n".join(lines), policy=email.policy.default)
        amids[m["Message-ID"].strip("<>")] = "\n".join(texts_of(m))
    for root, _, fs in os.walk(os.path.join(SET, "docs")):
        for f in fs:
            p = os.path.join(root, f)
            files[os.path.relpath(p, SET)] = (None, open(p, encoding="utf-8").read())
    bad = 0
    for o in exp:
        if o["type"] == "cross-office" or o.get("kind") == "unreadable":
            continue
        if o["file"] == "mail/archive.mbox":
            t = amids.get(o["message_id"])
        else:
            mid, t = files[o["file"]]
            if o["message_id"] != mid:
                print("MID MISMATCH", o["file"], o["message_id"], mid); bad += 1
        if t is None or o["text"] not in t:
            print("TEXT NOT FOUND", o["file"], o["text"][:60]); bad += 1
    print("archive messages:", len(amids), "text checks done, bad =", bad)
    return files, exp


if __name__ == "__main__":
    files, exp = main()
    if "--dump" in sys.argv:
        for f, (mid, t) in sorted(files.items()):
            print("=" * 30, f, mid)
            print(t)


def phrase_review(files, exp):
    """Run the phrase packs (Python re approximating RE2) over every readable file."""
    import yaml
    packs = []
    for lang in ("en", "ja"):
        for r in yaml.safe_load(open(os.path.join(RULES, "phrases", lang + ".yaml"), encoding="utf-8"))["phrases"]:
            packs.append((r["id"], lang, [re.compile(p) for p in r["patterns"]], [re.compile(p) for p in r.get("unless", [])]))
    want = {(o["file"], o["rule"]) for o in exp if o.get("kind") == "phrase" and o["file"] != "mail/archive.mbox"}
    got = set()
    for f, (mid, t) in files.items():
        if t is None or "/drafts/" in f:
            continue
        n = unicodedata.normalize("NFKC", t)
        for rid, lang, pats, unless in packs:
            if any(u.search(n) for u in unless):
                continue
            for p in pats:
                for m in p.finditer(n):
                    line = n[max(0, n.rfind("\n", 0, m.start()) + 1): n.find("\n", m.end()) if n.find("\n", m.end()) >= 0 else None]
                    print("  phrase %-20s %-45s %s" % (rid, f, line.strip()[:110]))
                    got.add((f, rid))
    print("phrase: labelled but not firing:", sorted(want - got))
    print("phrase: firing but not labelled:", sorted(got - want))


NAMES = ["Meridian Sync", "Meridian Vault", "Meridian Insight", "Meridian FileSync", "Meridian File Sync",
         "メリディアン シンク", "メリディアン・シンク", "メリディアン ボールト", "メリディアン・ボールト",
         "メリディアン インサイト", "メリディアン・インサイト", "ファイルシンク", "同製品", "本製品",
         "ボールト", "シンク", "Vault", "Sync", "Insight"]


def product_digit_review(files, exp):
    labelled = {}
    for o in exp:
        if o["type"] == "claim":
            labelled.setdefault(o["file"], set()).add(o["text"])
    for f, (mid, t) in sorted(files.items()):
        if t is None or "/drafts/" in f:
            continue
        for sent in re.split(r"(?<=[。.!?])\s+|\n", t):
            if any(n in sent for n in NAMES) and re.search(r"[0-9０-９一二三四五六七八九十万]", sent):
                hit = any(x in sent or sent in x for x in labelled.get(f, ()))
                print("  %s %-40s %s" % ("L" if hit else "-", f, sent.strip()[:120]))


if __name__ == "__main__" and "--review" in sys.argv:
    phrase_review(files, exp)
    print()
    product_digit_review(files, exp)
