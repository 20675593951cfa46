#!/usr/bin/env python3
"""Generate /work/probe/set2 deterministically: mail/, docs/, .onevoice.yaml, expected.jsonl.

    python3 gen/build.py        (from the set folder or anywhere)

Then checks every excerpt against the decoded text, cross-checks verdicts with an
independent mini-judge written from FACTS.md, scans all text for phrase-rule
patterns (rules/phrases/*.yaml) to catch unlabelled triggers, and computes the
cross-office cases of the archive.
"""
import datetime as dt, email, email.policy, html, json, os, re, shutil, sys, unicodedata
from html.parser import HTMLParser
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from mails import MAILS
from docs import DOCS

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RULES = "/work/shared/eval/rules"

# ------------------------------------------------------------------ write mails
def build_mail(m):
    cs_sub = m.get("subject_charset", "iso-2022-jp" if m.get("charset") == "iso-2022-jp" else "utf-8")
    y, mo, d, h, mi, tz = m["date"]
    hs = [("Return-Path", "<%s>" % m["frm"][1]),
          ("Message-ID", "<%s>" % m["msgid"]),
          ("Date", rfc_date(y, mo, d, h, mi, tz)),
          ("From", enc_addr(m["frm"][0], m["frm"][1], cs_sub)),
          ("To", ", ".join(a if n is None else enc_addr(n, a, cs_sub) for n, a in m["to"])),]
    if m.get("cc"):
        hs.append(("Cc", ", ".join(enc_addr(n, a, cs_sub) for n, a in m["cc"])))
    hs.append(("Subject", enc_header(m["subject"], cs_sub)))
    if m.get("in_reply_to"):
        hs += [("In-Reply-To", "<%s>" % m["in_reply_to"]), ("References", "<%s>" % m["in_reply_to"])]
    hs.append(("MIME-Version", "1.0"))
    n = m["num"]
    if m.get("alternative"):
        parts = [body_part(t, st, cs, cte) for t, st, cs, cte in m["alternative"]]
        ph, body = multipart("alternative", parts, "----=_alt_%s_7f3a" % n)
    elif m.get("html_only"):
        cs, cte = m["html_only"]
        ph, body = body_part(m["body"], "html", cs, cte)
    elif m.get("mixed"):
        parts = []
        for content, ctype, fname in m["mixed"]:
            if ctype == "text/plain":
                extra = [("Content-Disposition", 'attachment; filename="%s"' % fname)] if fname else []
                parts.append(body_part(content, "plain", "utf-8", "quoted-printable" if fname else "7bit", extra))
            else:
                parts.append(([("Content-Type", '%s; name="%s"' % (ctype, fname)),
                               ("Content-Transfer-Encoding", "base64"),
                               ("Content-Disposition", 'attachment; filename="%s"' % fname)],
                              base64.encodebytes(content)))
        ph, body = multipart("mixed", parts, "----=_mix_%s_c41d" % n)
    else:
        ph, body = body_part(m["body"], "plain", m["charset"], m["cte"])
    return render(hs + ph, body, m.get("nl", b"\n"))

def mbox_from_line(m):
    y, mo, d, h, mi, tz = m["date"]
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    u = dt.datetime(y, mo, d, h, mi) - off
    return "From %s %s\n" % (m["frm"][1], u.strftime("%a %b %e %H:%M:%S %Y").replace("  ", " "))

def mboxrd_escape(raw):
    lines = raw.replace(b"\r\n", b"\n").split(b"\n")
    return b"\n".join((b">" + l) if re.match(rb"^>*From ", l) else l for l in lines)

# ------------------------------------------------------------------ decoded text, for checks
class Texts(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.nodes = []
    def handle_data(self, d):
        if d.strip():
            self.nodes.append(d)

def html_nodes(s):
    p = Texts(); p.feed(s); return p.nodes

def message_texts(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = [str(msg["subject"])]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            texts.append(part.get_content())
        elif ct == "text/html":
            h = part.get_content()
            texts.append(h)
            texts.extend(html_nodes(h))
    return msg, texts

def excerpt_ok(text, texts, is_html=False):
    return any(text in t for t in texts)

def read_mboxrd(data):
    msgs, cur = [], None
    for line in data.split(b"\n"):
        if line.startswith(b"From ") and (cur is None or cur == [] or cur[-1] == b""):
            if cur is not None:
                msgs.append(b"\n".join(cur[:-1] if cur and cur[-1] == b"" else cur) + b"\n")
            cur = []
            continue
        m = re.match(rb"^>(>*From )", line)
        cur.append(line[1:] if m else line)
    if cur is not None:
        while cur and cur[-1] == b"":
            cur.pop()
        msgs.append(b"\n".join(cur) + b"\n")
    return msgs

# ------------------------------------------------------------------ mini-judge from FACTS.md
SEC = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 7 * 86400, "months": 30 * 86400}
BASE = {
    (SYNC, "max_users"): ("num", [(10000, "max", "2026-04-01", None), (5000, "max", None, "2026-03-31")]),
    (SYNC, "storage_per_user"): ("num", [(TB(1), None, None, None)]),
    (SYNC, "sla"): ("num", [(99.9, None, None, None)]),
    (SYNC, "certifications"): ("set", {"ISO 27001", "SOC 2 Type II"}),
    (SYNC, "offline_mode"): ("bool", False),
    (SYNC, "supported_platforms"): ("set", {"Windows", "macOS", "iOS", "Android"}),
    (SYNC, "monthly_price"): ("money", {"tokyo": (50000, "JPY"), "osaka": (50000, "JPY"), "us-hq": (399, "USD"),
                                        "london": (329, "GBP")}),
    (VAULT, "rpo"): ("dur", [(15 * 60, "max", None, None)]),
    (VAULT, "retention"): ("dur", [(90 * 86400, None, None, None)]),
    (VAULT, "sla"): ("num", [(99.95, None, None, None)]),
    (VAULT, "price_per_tb"): ("money", {"tokyo": (2800, "JPY"), "osaka": (2800, "JPY"), "us-hq": (20, "USD"),
                                        "london": (16, "GBP")}),
    (VAULT, "max_storage"): ("num", [(TB(500), "max", None, None)]),
    (VAULT, "data_centers"): ("set", {"Tokyo", "Osaka", "Oregon", "Frankfurt"}),
    (VAULT, "encryption"): ("set", {"AES-256"}),
    (INSIGHT, "general_availability"): ("date", "2027-01"),
    (INSIGHT, "per_user_price"): ("money", {"tokyo": (4000, "JPY"), "osaka": (4000, "JPY"), "us-hq": (30, "USD"),
                                            "london": (25, "GBP")}),
    (INSIGHT, "query_latency"): ("dur", [(2, "max", None, None)]),
    (INSIGHT, "free_trial"): ("dur", [(30 * 86400, None, None, None)]),
    (INSIGHT, "max_dashboards"): ("num", [(200, "max", None, None)]),
}
DECLARED = {"max_users", "max_dashboards", "integrations", "ui_languages", "api_rate_limit", "max_devices", "sla",
            "monthly_price", "price_per_tb", "per_user_price", "rpo", "rto", "retention", "query_latency",
            "free_trial", "support_response_time", "storage_per_user", "max_storage", "max_file_size",
            "general_availability", "offline_mode", "certifications", "supported_platforms", "data_centers",
            "encryption"}

def scalar(v):
    if isinstance(v, dict) and "unit" in v and "amount" in v:
        return v["amount"] * SEC[v["unit"]]
    return v

def judge(product, attr, value, office, date):
    assert attr in DECLARED, attr
    if (product, attr) not in BASE:
        return "unverified"
    kind, base = BASE[(product, attr)]
    if kind == "set":
        return "ok" if value in base else "conflict"
    if kind == "bool":
        return "ok" if value == base else "conflict"
    if kind == "date":
        return "ok" if value == base else "conflict"
    if kind == "money":
        def fits(amount, cur, tax, b):
            if cur != b[1]:
                return False
            if cur == "JPY" and tax == "included":
                return abs(amount - b[0] * 1.1) < 0.5
            return amount == b[0]
        if office not in base:
            return "??no-office-price"
        if fits(value["amount"], value["currency"], value["tax"], base[office]):
            return "ok"
        if value["currency"] != base[office][1] and any(
                fits(value["amount"], value["currency"], value["tax"], b) for o, b in base.items() if o != office):
            return "office-variant"
        return "conflict"
    # numbers and durations
    if isinstance(value, dict) and "min" in value:
        f = SEC[value["unit"]] if kind == "dur" else 1
        hi = value["max"] * f
        for b, bound, frm, until in base:
            if bound == "max":
                return "ok" if hi == b else ("conflict" if hi > b else "??range-below-bound")
        return "??range"
    v = scalar(value)
    live = [c for c in base if (c[2] is None or date >= c[2]) and (c[3] is None or date <= c[3])]
    dead = [c for c in base if c not in live]
    if any(abs(v - c[0]) < 1e-9 * max(1, c[0]) for c in live):
        return "ok"
    if any(abs(v - c[0]) < 1e-9 * max(1, c[0]) for c in dead):
        return "stale"
    return "conflict"

# ------------------------------------------------------------------ phrase scan
import yaml
PHRASES = []
for f in sorted(os.listdir(os.path.join(RULES, "phrases"))):
    for r in yaml.safe_load(open(os.path.join(RULES, "phrases", f), encoding="utf-8"))["phrases"]:
        PHRASES.append((r["id"], r["lang"], [re.compile(p) for p in r["patterns"]],
                        [re.compile(p) for p in r.get("unless", [])]))
JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

def phrase_hits(text):
    t = unicodedata.normalize("NFKC", text)
    hits = set()
    for rid, lang, pats, unless in PHRASES:
        if any(u.search(t) for u in unless):
            continue
        for sent in re.split(r"(?<=[。．！？!?\n])|(?<=\. )", t):
            is_ja = bool(JA.search(sent))
            if (lang == "ja") != is_ja:
                continue
            if any(p.search(sent) for p in pats):
                hits.add(rid)
    return hits

DEPRECATED = ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync", "メリディアン ファイルシンク",
              "メリディアン・ファイルシンク", "メリディアンファイルシンク"]
def term_hits(text):
    t = re.sub(r"https?://\S+", "", text)
    return {SYNC} if any(d.lower() in t.lower() for d in DEPRECATED) else set()

# ------------------------------------------------------------------ expected lines
def claim_lines(file, mid, claims, office, as_of):
    out = []
    for c in flatten(claims):
        out.append({"type": "claim", "file": file, "message_id": mid, "product": c.product, "attribute": c.attribute,
                    "value": c.value, "verdict": c.verdict, "quoted": c.quoted, "office": c.office or office,
                    "as_of": as_of, "text": c.text})
    return out

def finding_lines(file, mid, findings):
    return [{"type": "finding", "file": file, "message_id": mid, "kind": f.kind, "rule": f.rule, "product": f.product,
             "quoted": f.quoted, "text": f.text} for f in findings]

def main():
    problems = []
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    expected, archive_lines, archive_msgs = [], [], []
    doc_office = lambda p: p.split("/")[1]

    # ---- mails
    for m in MAILS:
        raw = build_mail(m)
        path = "mail/%s.eml" % m["num"]
        open(os.path.join(SET, path), "wb").write(raw)
        msg, texts = message_texts(raw)
        assert msg["message-id"].strip("<>") == m["msgid"]
        office = office_of(m["frm"][1])
        y, mo, d = m["date"][:3]
        as_of = "%04d-%02d-%02d" % (y, mo, d)
        claims = flatten(m.get("claims", []))
        for c in claims:
            if not excerpt_ok(c.text, texts):
                problems.append("%s: excerpt not found: %r" % (path, c.text))
            v = judge(c.product, c.attribute, c.value, c.office or office, c.period or as_of)
            if v != c.verdict:
                problems.append("%s: verdict %s, mini-judge says %s: %s %s %r" % (path, c.verdict, v, c.product,
                                                                                c.attribute, c.value))
        for f in m.get("findings", []):
            if not excerpt_ok(f.text, texts):
                problems.append("%s: finding excerpt not found: %r" % (path, f.text))
        # phrase / terminology scan over all text parts (body text only, not the subject)
        body = "\n".join(texts[1:])
        got = phrase_hits(body)
        want = {f.rule for f in m.get("findings", []) if f.kind == "phrase"}
        if got != want:
            problems.append("%s: phrase scan %s, labelled %s" % (path, sorted(got), sorted(want)))
        gt = term_hits(body)
        wt = {f.product for f in m.get("findings", []) if f.kind == "terminology"}
        if gt != wt:
            problems.append("%s: terminology scan %s, labelled %s" % (path, gt, wt))
        lines = claim_lines(path, m["msgid"], claims, office, as_of) + \
            finding_lines(path, m["msgid"], m.get("findings", []))
        expected += lines
        if m.get("archive"):
            archive_msgs.append((m, raw))
            archive_lines += [dict(l, file="mail/archive.mbox") for l in lines]

    # ---- archive (mboxrd, date order)
    def utc(m):
        y, mo, d, h, mi, tz = m["date"]
        sign = 1 if tz[0] == "+" else -1
        return dt.datetime(y, mo, d, h, mi) - sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    archive_msgs.sort(key=lambda x: utc(x[0]))
    box = b"".join(mbox_from_line(m).encode() + mboxrd_escape(raw).rstrip(b"\n") + b"\n\n" for m, raw in archive_msgs)
    open(os.path.join(SET, "mail/archive.mbox"), "wb").write(box)
    back = read_mboxrd(box)
    assert len(back) == len(archive_msgs), (len(back), len(archive_msgs))
    for (m, raw), r in zip(archive_msgs, back):
        msg, texts = message_texts(r)
        if msg["message-id"].strip("<>") != m["msgid"]:
            problems.append("archive: message order/ids differ")
        for c in flatten(m.get("claims", [])):
            if not excerpt_ok(c.text, texts):
                problems.append("archive %s: excerpt not found after mboxrd round trip: %r" % (m["num"], c.text))
    if b"\n>From our side" not in box:
        problems.append("archive: expected an escaped >From line")

    # ---- cross-office cases from the archive's claims
    arch = {}
    for m, raw in archive_msgs:
        office = office_of(m["frm"][1])
        date = utc(m).date()
        y, mo, d = m["date"][:3]
        for c in flatten(m.get("claims", [])):
            o = c.office or office
            if o == "unknown" or (c.product, c.attribute) in BASE and BASE[(c.product, c.attribute)][0] == "set":
                continue
            if isinstance(c.value, dict) and "min" in c.value:
                problems.append("archive holds a range; cross-office not computed for it")
                continue
            arch.setdefault((c.product, c.attribute), []).append((o, dt.date(y, mo, d), c, "mail/%s.eml" % m["num"]))
    def norm(v):
        if isinstance(v, dict) and "currency" in v:
            a = v["amount"] / 1.1 if v["currency"] == "JPY" and v["tax"] == "included" else v["amount"]
            return ("money", round(a, 2), v["currency"], v["per"])
        return ("v", round(scalar(v), 9) if not isinstance(v, (bool, str)) else v)
    cases = []
    for (p, a), xs in sorted(arch.items()):
        for i in range(len(xs)):
            for j in range(i + 1, len(xs)):
                o1, d1, c1, f1 = xs[i]
                o2, d2, c2, f2 = xs[j]
                if o1 == o2 or abs((d1 - d2).days) > 45:
                    continue
                n1, n2 = norm(c1.value), norm(c2.value)
                if n1[0] == "money" and n1[2:] != n2[2:]:
                    continue
                if n1 == n2 or (c1.verdict == "ok" and c2.verdict == "ok"):
                    continue
                cases.append((p, a, tuple(sorted([o1, o2])), {o1: c1.value, o2: c2.value}, sorted({f1, f2})))
    xo = []
    for p, a, offs, vals, files in cases:
        xo.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs),
                   "file": "mail/archive.mbox", "message_files": files, "values": dict(sorted(vals.items()))})

    # ---- docs
    for dd in DOCS:
        path = dd["path"]
        full = os.path.join(SET, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        raw = dd["text"].encode(dd["encoding"])
        if dd["encoding"] != "utf-8":
            alt = {"shift_jis": "cp932", "euc_jp": "euc_jis_2004"}[dd["encoding"]]
            if raw.decode(alt) != dd["text"]:
                problems.append("%s: decodes differently as %s" % (path, alt))
            if re.search(rb"charset|coding", raw, re.I):
                problems.append("%s: carries a charset declaration" % path)
        open(full, "wb").write(raw)
        if not dd["labelled"]:
            continue
        text = raw.decode(dd["encoding"])
        texts = [text] + (html_nodes(text) if path.endswith(".html") else [])
        office = doc_office(path)
        for c in flatten(dd["claims"]):
            if not excerpt_ok(c.text, texts):
                problems.append("%s: excerpt not found: %r" % (path, c.text))
            v = judge(c.product, c.attribute, c.value, c.office or office, c.period or DOC_AS_OF)
            if v != c.verdict:
                problems.append("%s: verdict %s, mini-judge says %s: %s %s %r" % (path, c.verdict, v, c.product,
                                                                                c.attribute, c.value))
        for f in dd["findings"]:
            if not excerpt_ok(f.text, texts):
                problems.append("%s: finding excerpt not found: %r" % (path, f.text))
        scan = "\n".join(html_nodes(text)) if path.endswith(".html") else text
        got, want = phrase_hits(scan), {f.rule for f in dd["findings"] if f.kind == "phrase"}
        if got != want:
            problems.append("%s: phrase scan %s, labelled %s" % (path, sorted(got), sorted(want)))
        gt, wt = term_hits(scan), {f.product for f in dd["findings"] if f.kind == "terminology"}
        if gt != wt:
            problems.append("%s: terminology scan %s, labelled %s" % (path, gt, wt))
        expected += claim_lines(path, None, dd["claims"], office, DOC_AS_OF) + finding_lines(path, None, dd["findings"])

    # ---- duplicates (same file, message, product, attribute, value, quoted, office) are one line
    seen = set()
    for l in expected + archive_lines:
        if l["type"] != "claim":
            continue
        k = (l["file"], l["message_id"], l["product"], l["attribute"], json.dumps(l["value"], sort_keys=True),
             l["quoted"], l["office"])
        if k in seen:
            problems.append("duplicate claim line: %s" % (k,))
        seen.add(k)

    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in expected + archive_lines + xo:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for probe set 2 (SPEC section 6).
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
    import readme
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme.render(expected + archive_lines, xo))
    # ---- summary
    from collections import Counter
    cnt = Counter()
    for l in expected + archive_lines:
        where = "archive" if l["file"] == "mail/archive.mbox" else l["file"].split("/")[0]
        cnt[(l["type"], l.get("verdict") or l.get("kind"), where)] += 1
    for k in sorted(cnt):
        print("%-8s %-16s %-8s %d" % (k + (cnt[k],)))
    print("cross-office:", len(xo))
    for x in xo:
        print("  ", x["product"], x["attribute"], x["values"], x["message_files"])
    print("lines:", len(expected) + len(archive_lines) + len(xo))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    return 0

if __name__ == "__main__":
    sys.exit(main())
