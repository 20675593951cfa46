#!/usr/bin/env python3
"""(Re)write evaluation set 32: mail/*.eml, mail/archive.mbox, docs/<office>/..., .onevoice.yaml,
expected.jsonl. Deterministic, stdlib only. Run from anywhere:  python3 gen/generate.py

After writing, it checks its own labels: every claim excerpt must occur in the decoded text of
its file or message, the phrase rules of the claims base are run over every text and compared
with the phrase findings listed, and the cross-office cases are recomputed from the archive's
claims and compared with the ones listed.
"""
import datetime as dt
import email
import email.policy
import html
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from labels import S, V, I, dur, TB, PB  # noqa: E402
import doc_us, doc_uk, doc_tokyo, doc_osaka  # noqa: E402
from mails import MAILS  # noqa: E402

RULES = os.environ.get("ONEVOICE_RULES", os.path.join(SET, "..", "..", "shared", "eval", "rules"))
DOCS = [doc_us, doc_uk, doc_tokyo, doc_osaka]
OFFICES = [("*@osaka.jp.meridian-data.com", "osaka"), ("*@jp.meridian-data.com", "tokyo"),
           ("*@uk.meridian-data.com", "london"), ("*@meridian-data.com", "us-hq")]

# The cross-office cases of the archive (LABELS.md: 45 days, quoted claims dated by the reply).
CROSS = [
    (V, "rpo", ["london", "us-hq"], ["mail/0002.eml", "mail/0003.eml", "mail/0004.eml"],
     {"london": dur(5, "minutes"), "us-hq": dur(15, "minutes")}),
    (I, "general_availability", ["tokyo", "us-hq"], ["mail/0002.eml", "mail/0005.eml"],
     {"tokyo": "2026-10", "us-hq": "2027-01"}),
    (V, "max_storage", ["osaka", "tokyo"], ["mail/0012.eml"],
     {"osaka": TB(500), "tokyo": PB(1)}),
    (V, "max_storage", ["london", "us-hq"], ["mail/0013.eml", "mail/0014.eml"],
     {"london": PB(1), "us-hq": TB(500)}),
]


def office_of(address):
    a = address.lower()
    for glob, office in OFFICES:
        if a.endswith(glob[1:]):
            return office
    return "unknown"


def write(rel, data):
    path = os.path.join(SET, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as fh:
        fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def squash(s):
    return " ".join(s.split())


def html_text(s):
    s = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


# ------------------------------------------------------------------ decoding (for the self-checks)
def texts_of(msg):
    """Decoded text of every text part, attached messages included: [(subtype, text)]."""
    out = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            continue
        if part.get_content_maintype() == "text":
            out.append((part.get_content_subtype(), part.get_content()))
    return out


def load_phrase_rules():
    rules = []
    for fn in ("en.yaml", "ja.yaml"):
        cur, section = None, None
        for line in open(os.path.join(RULES, "phrases", fn), encoding="utf-8"):
            m = re.match(r"\s*- id: (\S+)", line)
            if m:
                cur = {"id": m.group(1), "patterns": [], "unless": []}
                rules.append(cur)
                section = None
                continue
            m = re.match(r"\s+(patterns|unless|examples):", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"\s+- '(.*)'\s*$", line)
            if m and cur and section in ("patterns", "unless"):
                cur[section].append(m.group(1).replace("''", "'"))
    return rules


def fired(rules, txt):
    t = unicodedata.normalize("NFKC", txt)
    hits = set()
    for r in rules:
        if any(re.search(p, t, re.M) for p in r["patterns"]) and not any(re.search(u, t, re.M) for u in r["unless"]):
            hits.add(r["id"])
    return hits


# ------------------------------------------------------------------ records
def claim_rec(file, mid, c, office, as_of, render=None):
    text = render(c["text"]) if render else c["text"]
    return {"type": "claim", "file": file, "message_id": mid, "product": c["product"],
            "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
            "quoted": c["quoted"], "office": c["office"] or office, "as_of": c["as_of"] or as_of,
            "text": squash(text)}


def finding_rec(file, mid, f, render=None):
    text = render(f["text"]) if render else f["text"]
    return {"type": "finding", "file": file, "message_id": mid, "kind": f["kind"], "rule": f["rule"],
            "product": f["product"], "quoted": f["quoted"], "text": squash(text)}


def main():
    problems = []
    records = []
    phrase_rules = load_phrase_rules()

    # ---------------------------------------------------------- docs
    for d in DOCS:
        write(d.PATH, d.TEXT)
        is_html = d.PATH.endswith(".html")
        render = (lambda s: html_text(s)) if is_html else None
        plain = squash(html_text(d.TEXT)) if is_html else squash(d.TEXT)
        for c in d.CLAIMS:
            if squash(render(c["text"]) if render else c["text"]) not in plain:
                problems.append("%s: excerpt not found: %s" % (d.PATH, c["text"]))
            records.append(claim_rec(d.PATH, None, c, d.OFFICE, d.ASOF, render))
        for f in d.FINDINGS:
            if squash(render(f["text"]) if render else f["text"]) not in plain:
                problems.append("%s: finding excerpt not found: %s" % (d.PATH, f["text"]))
            records.append(finding_rec(d.PATH, None, f, render))
        got = fired(phrase_rules, html_text(d.TEXT) if is_html else d.TEXT)
        want = {f["rule"] for f in d.FINDINGS if f["kind"] == "phrase"}
        if got != want:
            problems.append("%s: phrase rules fire %s, labels say %s" % (d.PATH, sorted(got), sorted(want)))
        lines = d.TEXT.count("\n")
        print("%-48s %4d lines %3d claims %d findings" % (d.PATH, lines, len(d.CLAIMS), len(d.FINDINGS)))

    # ---------------------------------------------------------- mail
    built = []
    for m in MAILS:
        msg = m["build"](m)
        data = msg.as_bytes()
        if not data.endswith(b"\n"):
            data += b"\n"
        rel = "mail/%s.eml" % m["name"]
        write(rel, data)
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        sender = email.utils.parseaddr(str(parsed["From"]))[1]
        office = office_of(sender)
        date = email.utils.parsedate_to_datetime(str(parsed["Date"]))
        if date.astimezone(dt.timezone(dt.timedelta(hours=9) if office in ("tokyo", "osaka") else date.utcoffset())).date().isoformat() != m["date"] \
                and date.date().isoformat() != m["date"]:
            problems.append("%s: Date header %s is not %s" % (rel, date, m["date"]))
        if str(parsed["Message-ID"]).strip("<> ") != m["message_id"]:
            problems.append("%s: Message-ID mismatch" % rel)
        parts = texts_of(parsed)
        plain = squash(" ".join(t if st == "plain" else html_text(t) for st, t in parts))
        for c in m["claims"]:
            if squash(c["text"]) not in plain:
                problems.append("%s: excerpt not found: %s" % (rel, c["text"]))
        for f in m["findings"]:
            if squash(f["text"]) not in plain:
                problems.append("%s: finding excerpt not found: %s" % (rel, f["text"]))
        got = set()
        for st, t in parts:
            if st == "plain":
                got |= fired(phrase_rules, t)
        want = {f["rule"] for f in m["findings"] if f["kind"] == "phrase"}
        if got != want:
            problems.append("%s: phrase rules fire %s, labels say %s" % (rel, sorted(got), sorted(want)))
        built.append((m, rel, data, office, date))
        for c in m["claims"]:
            records.append(claim_rec(rel, m["message_id"], c, office, m["date"]))
        for f in m["findings"]:
            records.append(finding_rec(rel, m["message_id"], f))
        print("%-48s %-7s %s %2d claims %d findings%s" % (rel, office, m["date"], len(m["claims"]),
                                                           len(m["findings"]), "  [archive]" if m["archive"] else ""))

    # ---------------------------------------------------------- archive (mboxrd, date order)
    arch = sorted((b for b in built if b[0]["archive"]), key=lambda b: b[4])
    out = []
    for m, rel, data, office, date in arch:
        sender = m["sender"]
        stamp = date.astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
        stamp = stamp[:8] + (" " + stamp[9] if stamp[8] == "0" else stamp[8:10]) + stamp[10:]
        out.append(("From %s %s\n" % (sender, stamp)).encode())
        for line in data.splitlines(keepends=True):
            out.append(b">" + line if re.match(rb"^>*From ", line) else line)
        out.append(b"\n")
    write("mail/archive.mbox", b"".join(out))
    for m, rel, data, office, date in arch:
        for c in m["claims"]:
            records.append(claim_rec("mail/archive.mbox", m["message_id"], c, office, m["date"]))
        for f in m["findings"]:
            records.append(finding_rec("mail/archive.mbox", m["message_id"], f))

    # ---------------------------------------------------------- cross-office: recompute and compare
    def comparable(a, b):
        if isinstance(a, dict) and "currency" in a:
            return isinstance(b, dict) and a["currency"] == b["currency"] and a["per"] == b["per"]
        return True

    def norm(v):
        if isinstance(v, dict) and "currency" in v:
            amt = v["amount"] / 1.1 if v.get("tax") == "included" and v["currency"] == "JPY" else v["amount"]
            return (v["currency"], v["per"], round(amt, 2))
        if isinstance(v, dict) and "unit" in v:
            return v["amount"] * {"minutes": 60, "hours": 3600, "days": 86400, "seconds": 1}[v["unit"]]
        return v

    sets = {"certifications", "supported_platforms", "data_centers", "encryption"}
    seen = []
    for m, rel, data, office, date in arch:
        for c in m["claims"]:
            o = c["office"] or office
            if o != "unknown" and c["attribute"] not in sets:
                seen.append((c["product"], c["attribute"], o, dt.date.fromisoformat(m["date"]), c["value"], c["verdict"], rel))
    found = {}
    for i, a in enumerate(seen):
        for b in seen[i + 1:]:
            if a[:2] != b[:2] or a[2] == b[2] or abs((a[3] - b[3]).days) > 45 or not comparable(a[4], b[4]):
                continue
            if norm(a[4]) == norm(b[4]) or (a[5] in ("ok", "office-variant") and b[5] in ("ok", "office-variant")):
                continue
            key = (a[0], a[1], tuple(sorted((a[2], b[2]))))
            found.setdefault(key, set()).update((a[6], b[6]))
    listed = {(p, a, tuple(o)): set(f) for p, a, o, f, v in CROSS}
    if set(found) != set(listed):
        problems.append("cross-office: computed %s, listed %s" % (sorted(found), sorted(listed)))
    for key in found:
        if key in listed and found[key] != listed[key]:
            problems.append("cross-office %s: messages %s vs %s" % (key, sorted(found[key]), sorted(listed[key])))
    for p, a, o, f, v in CROSS:
        records.append({"type": "cross-office", "product": p, "attribute": a, "offices": sorted(o),
                        "file": "mail/archive.mbox", "message_files": sorted(f), "values": v})

    # ---------------------------------------------------------- config and key
    write(".onevoice.yaml", """\
# onevoice configuration for evaluation set 32 (SPEC section 6).
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
    write("expected.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    kinds = {}
    for r in records:
        k = r["type"] if r["type"] != "finding" else r["kind"]
        k = k if r["type"] != "claim" else "claim:" + r["verdict"]
        kinds[k] = kinds.get(k, 0) + 1
    print("expected.jsonl: %d records %s" % (len(records), json.dumps(kinds, sort_keys=True)))
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
