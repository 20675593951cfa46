"""Self-checks for set 72 (run by `generate.py --check`). Stdlib only.

1. every label's excerpt is in the decoded text of its file, message ids match the headers;
2. archive.mbox splits back (mboxrd) into the very bytes of the .eml files it repeats;
3. the phrase rules of rules/phrases/*.yaml, run line by line, fire exactly where a phrase label is;
4. deprecated names (outside URLs) appear exactly where a terminology label is;
5. every verdict agrees with a small independent judge written from FACTS.md and LABELS.md.
"""
import email
import html as htmlmod
import os
import re
import unicodedata
from email import policy

UNVERIFIED = {"rto", "integrations", "ui_languages", "api_rate_limit", "max_file_size",
              "support_response_time", "max_devices"}
SECS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "months": 30 * 86400, "years": 365 * 86400}
CUR = {"us-hq": "USD", "london": "GBP", "tokyo": "JPY", "osaka": "JPY"}
S, V, I = "meridian-sync", "meridian-vault", "meridian-insight"
# (product, attribute) -> list of (value, bound, offices, from, until)
BASE = {
    (S, "max_users"): [(10000, "max", None, "2026-04-01", None), (5000, "max", None, None, "2026-03-31")],
    (S, "monthly_price"): [({"JPY": 50000}, None, ("tokyo", "osaka"), None, None), ({"USD": 399}, None, ("us-hq",), None, None),
                           ({"GBP": 329}, None, ("london",), None, None)],
    (S, "storage_per_user"): [(10 ** 12, None, None, None, None)],
    (S, "sla"): [(99.9, None, None, None, None)],
    (S, "certifications"): [({"ISO 27001", "SOC 2 Type II"}, "set", None, None, None)],
    (S, "offline_mode"): [(False, None, None, None, None)],
    (S, "supported_platforms"): [({"Windows", "macOS", "iOS", "Android"}, "set", None, None, None)],
    (V, "rpo"): [(900, "max", None, None, None)],
    (V, "retention"): [(90 * 86400, None, None, None, None)],
    (V, "sla"): [(99.95, None, None, None, None)],
    (V, "price_per_tb"): [({"USD": 20}, None, ("us-hq",), None, None), ({"JPY": 2800}, None, ("tokyo", "osaka"), None, None),
                          ({"GBP": 16}, None, ("london",), None, None)],
    (V, "max_storage"): [(500 * 10 ** 12, "max", None, None, None)],
    (V, "data_centers"): [({"Tokyo", "Osaka", "Oregon", "Frankfurt"}, "set", None, None, None)],
    (V, "encryption"): [({"AES-256"}, "set", None, None, None)],
    (I, "general_availability"): [("2027-01", None, None, None, None)],
    (I, "per_user_price"): [({"USD": 30}, None, ("us-hq",), None, None), ({"JPY": 4000}, None, ("tokyo", "osaka"), None, None),
                            ({"GBP": 25}, None, ("london",), None, None)],
    (I, "query_latency"): [(2, "max", None, None, None)],
    (I, "free_trial"): [(30 * 86400, None, None, None, None)],
    (I, "max_dashboards"): [(200, "max", None, None, None)],
}


def num(attr, v):
    if isinstance(v, dict) and "min" in v:
        f = SECS.get(v["unit"], 1)
        return ("range", v["min"] * f, v["max"] * f)
    if isinstance(v, dict) and "unit" in v:
        return v["amount"] * SECS[v["unit"]]
    return v


def judge(c, office, date):
    key = (c["product"], c["attribute"])
    if c["attribute"] in UNVERIFIED or key not in BASE:
        return "unverified"
    entries = BASE[key]
    v = c["value"]
    if entries[0][1] == "set":
        return "ok" if v in entries[0][0] else "conflict"
    if isinstance(v, dict) and "currency" in v:
        cur, amt = v["currency"], v["amount"]
        own = [e for e in entries if office in (e[2] or ())]
        if own and cur == CUR[office]:
            base = own[0][0][cur]
            if cur == "JPY" and v.get("tax") == "included":
                return "ok" if abs(amt - base * 1.1) < 1e-6 else "conflict"
            return "ok" if amt == base else "conflict"
        other = [e for e in entries if cur in e[0]]
        if other and other[0][0][cur] == amt and not (cur == "JPY" and v.get("tax") == "included"):
            return "office-variant"
        return "conflict"
    x = num(c["attribute"], v)
    matched_other_window = False
    for val, bound, offs, frm, until in entries:
        if isinstance(x, tuple):
            ok = x[2] <= val if bound == "max" else False
            ok = ok and x[2] == val          # no range in this set ends exactly at a bound
        else:
            ok = x == val
        if not ok:
            continue
        if (frm and date < frm) or (until and date > until):
            matched_other_window = True
            continue
        return "ok"
    return "stale" if matched_other_window else "conflict"


def decoded_text(raw):
    msg = email.message_from_bytes(raw, policy=policy.default)
    texts = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            texts.append(part.get_content())
    return msg, "\n".join(texts)


def html_text(s):
    s = re.sub(r"(?s)<(style|script)\b.*?</\1>", "", s)
    s = re.sub(r"<(?:br|/p|/li|/tr|/h\d|/caption|/div)\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def load_phrases(rules):
    out = []
    for fn in sorted(os.listdir(os.path.join(rules, "phrases"))):
        cur, section = None, None
        for line in open(os.path.join(rules, "phrases", fn), encoding="utf-8"):
            m = re.match(r"\s*- id: (\S+)", line)
            if m:
                cur = {"id": m.group(1), "lang": fn.split(".")[0], "patterns": [], "unless": []}
                out.append(cur)
                section = None
                continue
            m = re.match(r"\s*(patterns|unless|examples):", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"\s*- '(.*)'\s*$", line)
            if m and cur and section in ("patterns", "unless"):
                cur[section].append(m.group(1).replace("''", "'"))
    return out


JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def phrase_hits(text, phrases):
    text = unicodedata.normalize("NFKC", text)
    hits, skip = set(), False
    lines = text.split("\n")
    for line in lines:
        if "onevoice-disable-next-line" in line:
            skip = True
            continue
        if skip:
            skip = False
            continue
        lang = "ja" if JA.search(line) else "en"
        for ph in phrases:
            if ph["lang"] != lang:
                continue
            if any(re.search(p, line) for p in ph["patterns"]):
                if not any(re.search(u, text) for u in ph["unless"]):
                    hits.add(ph["id"])
    return hits


DEPRECATED = ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync", "メリディアン ファイルシンク",
              "メリディアン・ファイルシンク", "メリディアンファイルシンク"]


def run(setdir, msgs, docs, raws, lines, xo):
    errors = []
    rules = os.path.normpath(os.path.join(setdir, "..", "..", "shared", "eval", "rules"))
    phrases = load_phrases(rules)
    texts = {}
    for m in msgs:
        msg, t = decoded_text(raws[m.key])
        texts[m.file] = t
        if msg["Message-ID"].strip("<>") != m.msgid:
            errors.append("%s: message id %s" % (m.file, msg["Message-ID"]))
        if m.html_body is None and len([p for p in msg.walk() if p.get_content_type() == "text/plain"]) != 1:
            errors.append("%s: expected one text/plain part" % m.file)
    for d in docs:
        texts[d.path] = d.text if not d.path.endswith(".html") else d.text + "\n" + html_text(d.text)
    # 1. excerpts
    for l in lines:
        if l["type"] in ("claim", "finding") and l["file"] != "mail/archive.mbox":
            if l["text"] not in texts[l["file"]]:
                errors.append("%s: excerpt not found: %s" % (l["file"], l["text"]))
    # 2. mboxrd round trip
    mb = open(os.path.join(setdir, "mail", "archive.mbox"), "rb").read()
    chunks, cur = [], None
    for line in mb.split(b"\n")[:-1]:
        if line.startswith(b"From "):
            if cur is not None:
                chunks.append(cur)
            cur = []
            continue
        cur.append(re.sub(rb"^>(>*From )", rb"\1", line))
    chunks.append(cur)
    arch = [m for m in msgs if m.archive]
    if len(chunks) != len(arch):
        errors.append("mbox: %d messages, expected %d" % (len(chunks), len(arch)))
    for m, ch in zip(arch, chunks):
        body = b"\n".join(ch[:-1]) + b"\n"          # the separating blank line
        if body != raws[m.key]:
            errors.append("mbox: %s differs from %s" % (m.key, m.file))
    if b"\n>From our side" not in mb:
        errors.append("mbox: the From-line of message m18 was not escaped")
    dates = [m.date for m in arch]
    if dates != sorted(dates):
        errors.append("mbox: not in date order")
    # 3. phrases, 4. terminology
    exp_ph = {(l["file"], l["rule"]) for l in lines if l.get("kind") == "phrase" and l["file"] != "mail/archive.mbox"}
    exp_tm = {(l["file"], l["product"]) for l in lines if l.get("kind") == "terminology" and l["file"] != "mail/archive.mbox"}
    got_ph, got_tm = set(), set()
    for f, t in texts.items():
        for rule in phrase_hits(t, phrases):
            got_ph.add((f, rule))
        t2 = re.sub(r"https?://\S+", " ", t)
        if any(n.lower() in t2.lower() for n in DEPRECATED):
            got_tm.add((f, "meridian-sync"))
    for a, b, what in ((exp_ph, got_ph, "phrase"), (exp_tm, got_tm, "terminology")):
        for x in sorted(a - b):
            errors.append("%s labelled but not found: %s" % (what, x))
        for x in sorted(b - a):
            errors.append("%s found but not labelled: %s" % (what, x))
    # 5. verdicts
    atmap = {}
    for m in msgs:
        for c in m.claims:
            atmap[(m.file, c["text"], c["attribute"], repr(c["value"]))] = c.get("at")
    for d in docs:
        for c in d.claims:
            atmap[(d.path, c["text"], c["attribute"], repr(c["value"]))] = c.get("at")
    for l in lines:
        if l["type"] != "claim" or l["file"] == "mail/archive.mbox":
            continue
        at = atmap.get((l["file"], l["text"], l["attribute"], repr(l["value"])))
        v = judge(l, l["office"], at or l["as_of"])
        if v != l["verdict"]:
            errors.append("%s: verdict %s, judge says %s: %s %s %s" % (l["file"], l["verdict"], v, l["product"],
                                                                      l["attribute"], l["value"]))
    # no duplicate claim lines
    seen = set()
    for l in lines:
        if l["type"] == "claim":
            k = (l["file"], l["message_id"], l["product"], l["attribute"], repr(l["value"]), l["quoted"], l["office"])
            if k in seen:
                errors.append("duplicate claim line: %s" % (k,))
            seen.add(k)
    for k, pairs in sorted(xo.items()):
        (ma, a), (mb_, b) = pairs[0]
        print("cross-office %s/%s %s: %s %s=%s vs %s %s=%s" % (k[0], k[1], ",".join(k[2]), ma.file, a["office"],
                                                             a["value"], mb_.file, b["office"], b["value"]))
    for e in errors:
        print("CHECK: " + e)
    print("self-check: %s" % ("%d problems" % len(errors) if errors else "ok"))
    return 1 if errors else 0
