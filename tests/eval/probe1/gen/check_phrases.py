#!/usr/bin/env python3
"""Author's check: run the claims base's phrase patterns and deprecated names over the set's
decoded texts (per file / message body) and compare with the phrase/terminology labels.
Python `re` stands in for RE2 (the patterns use no RE2-only syntax). Needs PyYAML-free parsing,
so the patterns are read with a tiny YAML subset reader."""
import email, email.policy, json, os, re, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = "/work/shared/eval/rules"


def load_phrases(path):
    rules, cur, section = [], None, None
    for raw in open(path, encoding="utf-8"):
        s = raw.rstrip("\n")
        m = re.match(r"\s*- id: (\S+)", s)
        if m:
            cur = {"id": m.group(1), "patterns": [], "unless": []}
            rules.append(cur)
            section = None
            continue
        m = re.match(r"\s{4}(patterns|unless|examples):", s)
        if m:
            section = m.group(1)
            continue
        m = re.match(r"\s+- '(.*)'\s*(#.*)?$", s)
        if m and cur and section in ("patterns", "unless"):
            cur[section].append(m.group(1).replace("''", "'"))
    return rules


def texts_of(path):
    raw = open(path, "rb").read()
    if path.endswith(".eml"):
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if not msg.keys():
            return None
        parts = [p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"]
        return "\n".join(parts)
    for enc in ("utf-8", "shift_jis"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return None


def main():
    rules = load_phrases(RULES + "/phrases/ja.yaml") + load_phrases(RULES + "/phrases/en.yaml")
    deprecated = ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync", "メリディアン ファイルシンク",
                  "メリディアン・ファイルシンク", "メリディアンファイルシンク"]
    exp = [json.loads(l) for l in open(os.path.join(ROOT, "expected.jsonl"), encoding="utf-8")]
    want = {}
    for e in exp:
        if e.get("kind") in ("phrase", "terminology") and e["file"] != "mail/archive.mbox":
            want.setdefault(e["file"], set()).add(e["rule"] or "term:" + e["product"])
    files = sorted([os.path.join("mail", f) for f in os.listdir(os.path.join(ROOT, "mail")) if f.endswith(".eml")]
                   + [os.path.relpath(os.path.join(d, f), ROOT) for d, _, fs in os.walk(os.path.join(ROOT, "docs")) for f in fs])
    ok = True
    for f in files:
        t = texts_of(os.path.join(ROOT, f))
        if t is None:
            continue
        t = re.sub(r"onevoice-disable-next-line[^\n]*\n[^\n]*", "", t)   # suppressed lines stay silent
        n = unicodedata.normalize("NFKC", t)
        got, hits = set(), []
        for r in rules:
            m = next((mm for p in r["patterns"] for mm in [re.search(p, n)] if mm), None)
            if m and not any(re.search(u, n) for u in r["unless"]):
                got.add(r["id"])
                hits.append("%s«%s»" % (r["id"], m.group(0)))
            elif m:
                hits.append("(%s cleared by unless «%s»)" % (r["id"], m.group(0)))
        for d in deprecated:
            for mm in re.finditer(re.escape(d), t, re.I):
                line = t[t.rfind("\n", 0, mm.start()) + 1: t.find("\n", mm.end())]
                in_url = re.search(r"https?://\S*" + re.escape(d), line, re.I)
                hits.append(("(in URL) " if in_url else "") + "term«%s»" % d)
                if not in_url:
                    got.add("term:meridian-sync")
        w = want.get(f, set())
        flag = "" if got == w else "   <-- MISMATCH want %s" % sorted(w)
        ok &= got == w
        if hits or w:
            print("%-48s %s%s" % (f, "; ".join(hits), flag))
    print("all match" if ok else "MISMATCHES")


if __name__ == "__main__":
    main()
