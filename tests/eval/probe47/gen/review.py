"""Review aids for generate.py --check (needs PyYAML): phrase-rule hits and unlabelled cue lines.

Not used to write the set; it prints what a careful labeller should look at twice.
"""
import glob, os, re, unicodedata
import yaml

JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def nf(s):
    return unicodedata.normalize("NFKC", s)


def load(rules):
    attrs = yaml.safe_load(open(os.path.join(rules, "attributes.yaml")))["attributes"]
    prods = [yaml.safe_load(open(p)) for p in glob.glob(os.path.join(rules, "products", "*.yaml"))]
    phrases = []
    for p in glob.glob(os.path.join(rules, "phrases", "*.yaml")):
        phrases += yaml.safe_load(open(p))["phrases"]
    return attrs, prods, phrases


def review(mails, docs, rules):
    attrs, prods, phrases = load(rules)
    names = [n for p in prods for k in ("en", "ja") for n in p["names"][k]] + ["Sync", "Vault", "Insight", "シンク", "ボールト", "インサイト", "同製品", "本製品"]
    depr = [n for p in prods for n in p["names"]["deprecated"]]
    cues = {a: [nf(c).lower() for l in v["cues"].values() for c in l] for a, v in attrs.items()}
    units = [(m, [nf(x).lower() for xs in v["members"].values() for x in xs]) for m, v in attrs.items() if "members" in v]
    items = [(m.file, m.decoded_text(), m.claims, m.findings) for m in mails] + \
            [(d.file, d.text, d.claims, d.findings) for d in docs]
    for file, text, claims, findings in items:
        print("=" * 20, file)
        n = nf(text)
        for ph in phrases:
            lang_ok = (lambda s: JA.search(s)) if ph["lang"] == "ja" else (lambda s: not JA.search(s))
            hits = [l for l in n.split("\n") if lang_ok(l) and any(re.search(p, l) for p in ph["patterns"])]
            cleared = any(re.search(u, n) for u in ph.get("unless", []))
            labelled = any(f.rule == ph["id"] for f in findings)
            if hits or labelled:
                print("  PHRASE %-22s hits=%d cleared=%s labelled=%s  %s" % (ph["id"], len(hits), cleared, labelled, hits[:2]))
        for d in depr:
            if d.lower() in n.lower():
                print("  DEPRECATED %r labelled=%s" % (d, any(f.kind == "terminology" for f in findings)))
        covered = [nf(c.text) for c in claims]
        for line in n.split("\n"):
            ll = line.lower()
            if not line.strip() or any(line.strip() in c or c in line for c in covered):
                continue
            has_prod = any(nf(x).lower() in ll for x in names)
            cue_hits = [a for a, cs in cues.items() if any(c in ll for c in cs if len(c) > 1 or JA.search(c))]
            mem = [a for a, ms in units if any(re.search(r"(?<![a-z])" + re.escape(x) + r"(?![a-z])", ll) for x in ms)]
            if (re.search(r"\d", line) or mem) and cue_hits and has_prod:
                print("  CHECK prod+cue+value not labelled: %s  cues=%s" % (line.strip()[:110], cue_hits[:4]))
