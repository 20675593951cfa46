"""Writes set 6 from the definitions in generate.py and checks it (see generate.py's docstring)."""
import email, email.policy, json, os, re, shutil, sys, unicodedata
import datetime as dt
from lib import *      # noqa: F401,F403

UTC = dt.timezone.utc

def canon(v):
    if isinstance(v, dict) and "currency" in v:
        return ("money", float(v["amount"]), v["currency"], v["per"], v.get("tax"))
    if isinstance(v, dict) and "unit" in v:
        return ("dur", v["amount"] * SECONDS[v["unit"]])
    if isinstance(v, bool):
        return ("bool", v)
    if isinstance(v, (int, float)):
        return ("num", float(v))
    return ("str", v)

# ------------------------------------------------------------------ claims, own and derived
def claims_of(G, m, cache={}):
    if m.key in cache:
        return cache[m.key]
    out = []
    for c in m.claims:
        judged = c["judged"] or m.as_of
        v = judge(c["product"], c["attribute"], c["value"], m.office, judged)
        assert v == c["verdict"], "%s: %s %s %r: hand verdict %s, base says %s" % (m.key, c["product"], c["attribute"], c["value"], c["verdict"], v)
        assert norm(c["text"]) in norm(m.own + m.quote) or m.own == "", (m.key, c["text"])
        out.append(dict(c, office=m.office, quoted=False, as_of=judged))
    derived = []
    for key in m.quotes:
        for c in claims_of(G, G.BYKEY[key]):
            if norm(c["text"]) in norm(m.quote):
                derived.append(c)
    if m.attach:
        derived += claims_of(G, G.BYKEY[m.attach])
    for c in derived:
        judged = c["judged"] or m.as_of                       # quoted claims: the reply's date, unless placed in a period
        out.append(dict(c, quoted=True, as_of=judged, verdict=judge(c["product"], c["attribute"], c["value"], c["office"], judged)))
    cache[m.key] = out
    return out

def dedup(claims):
    seen, out = {}, []
    for c in claims:
        k = (c["product"], c["attribute"], canon(c["value"]), c["quoted"], c["office"])
        if k in seen:
            assert seen[k]["verdict"] == c["verdict"], ("same claim, two verdicts", c)
            continue
        seen[k] = c
        out.append(c)
    return out

# ------------------------------------------------------------------ rules text (phrases, deprecated names)
def load_phrases(path):
    rules, cur, sect = [], None, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*- id: (\S+)", line)
        if m:
            cur = {"id": m.group(1), "patterns": [], "unless": [], "lang": None}
            rules.append(cur)
            continue
        m = re.match(r"\s+(patterns|unless|examples|message|severity|lang):\s*(.*)$", line)
        if m and cur:
            sect = m.group(1)
            if sect == "lang":
                cur["lang"] = m.group(2).strip()
            continue
        m = re.match(r"\s+- '(.*)'\s*$", line)
        if m and cur and sect in ("patterns", "unless"):
            cur[sect].append(re.compile(m.group(1).replace("''", "'")))
    return rules

CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
def phrase_hits(rules, text):
    text = unicodedata.normalize("NFKC", text)
    hits = set()
    for r in rules:
        lines = [l for l in text.split("\n") if bool(CJK.search(l)) == (r["lang"] == "ja")]
        body = "\n".join(lines)
        if any(p.search(body) for p in r["patterns"]) and not any(u.search(text) for u in r["unless"]):
            hits.add(r["id"])
    return hits

DEPRECATED = {"meridian-sync": ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync"]}
def term_hits(text):
    text = re.sub(r"https?://\S+", " ", text)
    return {p for p, names in DEPRECATED.items() if any(n.lower() in text.lower() for n in names)}

# ------------------------------------------------------------------ decoding (for the checks)
def decoded_texts(raw_bytes):
    msg = email.message_from_bytes(raw_bytes, policy=email.policy.default)
    texts = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            texts.append(t)
            if part.get_content_subtype() == "html":
                texts.append(html_to_text(t))
    return msg, texts

def mboxrd_escape(raw):
    return re.sub(r"(?m)^(>*From )", r">\1", raw)

def read_mboxrd(data):
    msgs, cur = [], None
    for line in data.split("\n"):
        if line.startswith("From ") and (cur is None or cur and cur[-1] == ""):
            if cur is not None:
                msgs.append("\n".join(cur[:-1]) + "\n")
            cur = []
            continue
        cur.append(re.sub(r"^>(>*From )", r"\1", line))
    if cur:
        msgs.append("\n".join(cur).rstrip("\n") + "\n")
    return msgs

def asctime(d):
    d = d.astimezone(UTC)
    return d.strftime("%a %b ") + "%2d" % d.day + d.strftime(" %H:%M:%S %Y")

# ------------------------------------------------------------------ main
def main(G, lint=False):
    SET = G.SET
    for sub in ("mail", "docs", "expected.jsonl", "README.md", ".onevoice.yaml"):
        p = os.path.join(SET, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif os.path.exists(p):
            os.remove(p)
    os.makedirs(os.path.join(SET, "mail"))
    msgs = sorted((m for m in G.MSGS if m.key not in G.HIDDEN), key=lambda m: m.date.astimezone(UTC))
    assert len({m.mid for m in G.MSGS}) == len(G.MSGS), "duplicate Message-ID"
    files = {}
    for n, m in enumerate(msgs, 1):
        files[m.key] = "mail/%04d.eml" % n
        raw = m.raw()
        with open(os.path.join(SET, files[m.key]), "wb") as fh:
            fh.write(raw.replace("\n", m.eol).encode("ascii"))
    arch = [m for m in msgs if m.archive]
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        for m in arch:
            fh.write(("From %s %s\n" % (m.frm[1], asctime(m.date)) + mboxrd_escape(m.raw()) + "\n").encode("ascii"))

    lines, problems = [], []
    def claim_line(f, mid, c):
        return {"type": "claim", "file": f, "message_id": mid, "product": c["product"], "attribute": c["attribute"],
                "value": c["value"], "verdict": c["verdict"], "quoted": c["quoted"], "office": c["office"],
                "as_of": c["as_of"], "text": c["text"]}
    def finding_line(f, mid, fd, quoted=False):
        kind, rule, product, text = fd
        return {"type": "finding", "file": f, "message_id": mid, "kind": kind, "rule": rule, "product": product,
                "quoted": quoted, "text": text}

    per_msg = {}
    for m in msgs:
        cl = dedup(claims_of(G, m))
        per_msg[m.key] = cl
        for target in [files[m.key]] + (["mail/archive.mbox"] if m.archive else []):
            lines += [claim_line(target, m.mid, c) for c in cl]
            lines += [finding_line(target, m.mid, fd) for fd in m.findings]

    # documents
    for d in G.DOCS:
        p = os.path.join(SET, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        open(p, "w", encoding="utf-8").write(d["text"])
        for c in d["claims"]:
            v = judge(c["product"], c["attribute"], c["value"], d["office"], G.DOCS_AS_OF)
            assert v == c["verdict"], (d["path"], c, v)
        cl = dedup([dict(c, office=d["office"], quoted=False, as_of=G.DOCS_AS_OF) for c in d["claims"]])
        lines += [claim_line(d["path"], None, c) for c in cl]
        lines += [finding_line(d["path"], None, fd) for fd in d["findings"]]
    p = os.path.join(SET, G.DRAFT[0])
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w", encoding="utf-8").write(G.DRAFT[1])

    # ---------------------------------------------------------- checks: excerpts, ids, dates
    texts_of = {}
    for m in msgs:
        raw = open(os.path.join(SET, files[m.key]), "rb").read()
        pm, texts = decoded_texts(raw)
        assert pm["Message-ID"].strip("<> ") == m.mid, m.key
        texts_of[files[m.key]] = texts
    mbox = open(os.path.join(SET, "mail", "archive.mbox"), encoding="ascii").read()
    amsgs = read_mboxrd(mbox)
    assert len(amsgs) == len(arch), (len(amsgs), len(arch))
    prev = None
    arch_texts = {}
    for raw, m in zip(amsgs, arch):
        pm, texts = decoded_texts(raw.encode("ascii"))
        assert pm["Message-ID"].strip("<> ") == m.mid
        assert raw == m.raw(), "mboxrd round trip differs for %s" % m.key
        d = email.utils.parsedate_to_datetime(pm["Date"])
        assert prev is None or d >= prev, "archive not in date order"
        prev = d
        arch_texts[m.mid] = texts
    for d in G.DOCS:
        t = d["text"]
        texts_of[d["path"]] = [t, html_to_text(t)] if d["path"].endswith(".html") else [t]
    for l in lines:
        if l.get("text"):
            pool = arch_texts[l["message_id"]] if l["file"] == "mail/archive.mbox" else texts_of[l["file"]]
            if not any(norm(l["text"]) in norm(t) for t in pool):
                problems.append("excerpt not in decoded text: %s %s %r" % (l["file"], l["message_id"], l["text"]))

    # ---------------------------------------------------------- checks: phrases and terminology fire exactly as labelled
    rules = load_phrases(os.path.join(G.RULES, "phrases", "en.yaml")) + load_phrases(os.path.join(G.RULES, "phrases", "ja.yaml"))
    assert len(rules) == 7, [r["id"] for r in rules]
    def scan(label_file, texts, findings):
        body = "\n".join(texts)
        got_p, got_t = phrase_hits(rules, body), term_hits(body)
        want_p = {f[1] for f in findings if f[0] == "phrase"}
        want_t = {f[2] for f in findings if f[0] == "terminology"}
        if got_p != want_p or got_t != want_t:
            problems.append("%s: phrases %s (labelled %s), terminology %s (labelled %s)" % (label_file, got_p, want_p, got_t, want_t))
    for m in msgs:
        raw = open(os.path.join(SET, files[m.key]), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = [p.get_content() if p.get_content_subtype() != "html" else html_to_text(p.get_content())
                 for p in msg.walk() if p.get_content_maintype() == "text" and p.get_content_subtype() in ("plain", "html")]
        scan(files[m.key], parts, m.findings)
    for d in G.DOCS:
        t = re.sub(r"(?s)<!-- onevoice-disable [^>]*-->.*?<!-- onevoice-enable -->", " ", d["text"])
        scan(d["path"], [html_to_text(t) if d["path"].endswith(".html") else t], d["findings"])

    # ---------------------------------------------------------- lint: cue words and product names in each excerpt
    cues = load_cues(os.path.join(G.RULES, "attributes.yaml"))
    names = {"meridian-sync": ["meridian sync", "sync", "filesync"], "meridian-vault": ["meridian vault", "vault"],
             "meridian-insight": ["meridian insight", "insight"]}
    for l in lines:
        if l["type"] != "claim":
            continue
        t = unicodedata.normalize("NFKC", l["text"]).lower()
        cue_ok = any(c.lower() in t for c in cues[l["attribute"]])
        name_ok = any(n in t for n in names[l["product"]]) or "both products" in t
        if lint and not (cue_ok and name_ok):
            print("lint: %s %s/%s: %s%s %r" % (l["file"], l["product"], l["attribute"], "" if cue_ok else "[no cue] ",
                                              "" if name_ok else "[product carried] ", l["text"]), file=sys.stderr)
    if lint:
        for f, texts in sorted(texts_of.items()):
            for line in texts[0].split("\n"):
                if re.search(r"Meridian (Sync|Vault|Insight)|\b(Sync|Vault|Insight)\b", line) and re.search(r"\d", line):
                    print("names+digits: %s | %s" % (f, line.strip()[:160]), file=sys.stderr)

    # ---------------------------------------------------------- cross-office, from the archive's claims
    dates = {m.mid: m.date.date() for m in arch}
    ac = [dict(c, mid=m.mid, key=m.key) for m in arch for c in per_msg[m.key] if c["office"] != "unknown"]
    pairs = {}
    for i, a in enumerate(ac):
        for b in ac[i + 1:]:
            if a["office"] == b["office"] or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            if abs((dates[a["mid"]] - dates[b["mid"]]).days) > 45:
                continue
            kind = KINDS[a["attribute"]]
            if kind == "set":
                continue
            if kind == "money":
                va, vb = a["value"], b["value"]
                if (va["currency"], va["per"]) != (vb["currency"], vb["per"]):
                    continue
                amt = lambda v: v["amount"] / 1.1 if v["currency"] == "JPY" and v.get("tax") == "included" else v["amount"]
                differ = abs(amt(va) - amt(vb)) > 1e-6
            else:
                differ = canon(a["value"]) != canon(b["value"])
            if not differ or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            k = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            pairs.setdefault(k, []).append((a, b))
    got = set(pairs)
    if got != G.INTENDED_CROSS:
        problems.append("cross-office lines %s differ from intended %s" % (sorted(got), sorted(G.INTENDED_CROSS)))
    for k in sorted(pairs):
        vals, mf = {}, set()
        for a, b in pairs[k]:
            for x in (a, b):
                vals.setdefault(x["office"], [])
                if x["value"] not in vals[x["office"]]:
                    vals[x["office"]].append(x["value"])
                mf.add(files[x["key"]])
        lines.append({"type": "cross-office", "product": k[0], "attribute": k[1], "offices": list(k[2]),
                      "file": "mail/archive.mbox", "message_files": sorted(mf),
                      "values": {o: (v[0] if len(v) == 1 else v) for o, v in sorted(vals.items())}})

    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)

    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    open(os.path.join(SET, ".onevoice.yaml"), "w").write(ONEVOICE)
    write_readme(G, msgs, arch, lines, files)

    n = lambda f: sum(1 for l in lines if f(l))
    print("messages %d (archive %d), docs %d, claim lines %d, findings %d, cross-office %d" % (
        len(msgs), len(arch), len(G.DOCS), n(lambda l: l["type"] == "claim"),
        n(lambda l: l["type"] == "finding" or l["type"] == "claim" and l["verdict"] != "ok"),
        n(lambda l: l["type"] == "cross-office")))

ONEVOICE = """# onevoice configuration for evaluation set 6 (SPEC section 6).
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

def write_readme(G, msgs, arch, lines, files):
    from collections import Counter
    verdicts = Counter(l["verdict"] for l in lines if l["type"] == "claim")
    kinds = Counter(l["kind"] for l in lines if l["type"] == "finding")
    cross = [l for l in lines if l["type"] == "cross-office"]
    txt = open(os.path.join(G.HERE, "README.template.md"), encoding="utf-8").read()
    txt = txt.replace("{{COUNTS}}", "%d messages (%d of them again in `mail/archive.mbox`), %d documents (plus one ignored "
                      "draft), %d claim lines (%s), %d finding lines (%s), %d cross-office lines." % (
                          len(msgs), len(arch), len(G.DOCS), sum(verdicts.values()),
                          ", ".join("%s %d" % kv for kv in sorted(verdicts.items())), sum(kinds.values()),
                          ", ".join("%s %d" % kv for kv in sorted(kinds.items())), len(cross)))
    txt = txt.replace("{{CROSS}}", "\n".join("- %s / %s, %s: %s (%s)" % (
        l["product"], l["attribute"], " vs ".join(l["offices"]), json.dumps(l["values"], ensure_ascii=False),
        ", ".join(l["message_files"])) for l in cross))
    open(os.path.join(G.SET, "README.md"), "w", encoding="utf-8").write(txt)
