#!/usr/bin/env python3
"""Generate evaluation set 18 (wording, certifications, platforms, phrases, terminology).

    python3 gen/generate.py          # (re)writes mail/, docs/, .onevoice.yaml, expected.jsonl

Deterministic, stdlib only. Bodies and labels live in messages.py and docs.py; this file
turns them into raw MIME the way the senders' mailers would, writes the mboxrd archive,
and derives the answer key (including the archive's cross-office cases).
"""
import email, email.policy, json, os, re, shutil, sys, time
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mime import CRLF, addr, build, enc_header, h, leaf, multipart, text_to_html   # noqa: E402
from messages import MSGS                                                            # noqa: E402
from docs import DOCS                                                                # noqa: E402

SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"
OFFICE_GLOBS = [("osaka", ".osaka.jp.meridian-data.com"), ("tokyo", "@jp.meridian-data.com"),
                ("london", "@uk.meridian-data.com"), ("us-hq", "@meridian-data.com")]


def office_of(address):
    a = address.lower()
    for off, suffix in OFFICE_GLOBS:
        if a.endswith(suffix) and (off != "us-hq" or a.split("@")[1] == "meridian-data.com"):
            return off
        if off == "osaka" and a.endswith("@osaka.jp.meridian-data.com"):
            return off
    return "unknown"


def local_date(hdr):
    return parsedate_to_datetime(hdr).date().isoformat()


# ------------------------------------------------------------------ message ids per mailer
def make_mid(mg):
    n, style, sender = mg["n"], mg["style"], mg["frm"][1]
    seed = "set18-%d-%s" % (n, sender)
    if style.startswith("outlook"):
        dom = sender.split("@")[1]
        if dom.endswith("meridian-data.com") or dom.endswith(".co.jp"):
            box = "TYCPR01MB%04d" % (int(h(seed, 4), 16) % 10000)
            return "%s%s@%s.jpnprd01.prod.outlook.com" % (box, h(seed, 12).upper(), box)
        box = "BN7PR11MB%04d" % (int(h(seed, 4), 16) % 10000)
        return "%s%s@%s.namprd11.prod.outlook.com" % (box, h(seed, 12).upper(), box)
    if style == "gmail":
        return "CAF%s+%s@mail.gmail.com" % (h(seed, 20), h(seed + "x", 8))
    if style == "thunderbird":
        x = h(seed, 32)
        return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:], sender.split("@")[1])
    x = h(seed, 32).upper()                 # Apple Mail / iPad: UUID at the sender's domain
    return "%s-%s-%s-%s-%s@%s" % (x[:8], x[8:12], x[12:16], x[16:20], x[20:], sender.split("@")[1])


def headers_for(mg, mid, charset, parent_mid=None):
    hs = [("Return-Path", "<%s>" % mg["frm"][1])]
    hs += [("From", addr(mg["frm"], charset)),
           ("To", ", ".join(addr(p, charset) for p in mg["to"])),
           ("Subject", enc_header(mg["subject"], charset)),
           ("Date", mg["date"]),
           ("Message-ID", "<%s>" % mid)]
    if parent_mid:
        hs += [("In-Reply-To", "<%s>" % parent_mid), ("References", "<%s>" % parent_mid)]
    st = mg["style"]
    if st.startswith("outlook"):
        hs += [("Thread-Topic", enc_header(re.sub(r"^(RE|Re|Fwd|FW): ", "", mg["subject"]), charset)),
               ("Thread-Index", "AQH" + h(mid, 22)),
               ("Accept-Language", "ja-JP, en-US" if "jis" in st or "utf8" in st else "en-US"),
               ("Content-Language", "ja-JP" if "jis" in st or "utf8" in st else "en-US")]
    elif st == "thunderbird":
        hs += [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "ja")]
    elif st in ("apple", "apple-attach", "ascii"):
        hs += [("X-Mailer", "Apple Mail (2.3774.600.62)")]
    elif st == "ipad":
        hs += [("X-Mailer", "iPad Mail (21F90)")]
    return hs


def render(mg, mid, parent_mid):
    st, body = mg["style"], mg["body"]
    if st == "outlook-jis":
        cs = "iso-2022-jp"
        part = leaf("text/plain", body, cs, "7bit")
    elif st == "outlook-utf8":
        cs = "utf-8"
        part = leaf("text/plain", body, cs, "base64")
    elif st == "outlook-jis-alt":
        cs = "iso-2022-jp"
        part = multipart("alternative", [leaf("text/plain", body, cs, "7bit"),
                                         leaf("text/html", text_to_html(body).replace("charset=utf-8", "charset=iso-2022-jp"),
                                              cs, "quoted-printable")],
                         "_000_%s_" % h(mid, 24).upper())
    elif st == "outlook-utf8-alt":
        cs = "utf-8"
        part = multipart("alternative", [leaf("text/plain", body, cs, "base64"),
                                         leaf("text/html", mg["html"], cs, "base64")],
                         "_000_%s_" % h(mid, 24).upper())
    elif st == "gmail":
        cs = "UTF-8"
        part = multipart("alternative", [leaf("text/plain", body, cs, "quoted-printable"),
                                         leaf("text/html", text_to_html(body, gmail=True), cs, "quoted-printable")],
                         "0000000000%s" % h(mid, 16))
    elif st in ("apple", "ipad"):
        cs = "utf-8"
        part = leaf("text/plain", body, cs, "quoted-printable")
    elif st == "thunderbird":
        cs = "UTF-8"
        part = leaf("text/plain", body, cs, "8bit")
    elif st in ("ascii", "outlook-en", "outlook-ascii"):
        cs = "us-ascii"
        part = leaf("text/plain", body, cs, "7bit")
    elif st == "apple-attach":
        cs = "utf-8"
        att = mg["attached"]
        amid = "CAF%s+%s@mail.gmail.com" % (h("att" + mid, 20), h("att2" + mid, 8))
        inner_hs = [("From", addr(att["frm"], cs)), ("To", ", ".join(addr(p, cs) for p in att["to"])),
                    ("Subject", att["subject"]), ("Date", att["date"]), ("Message-ID", "<%s>" % amid)]
        inner = (CRLF.join("%s: %s" % kv for kv in inner_hs) + CRLF + "MIME-Version: 1.0" + CRLF
                 + leaf("text/plain", att["body"], "UTF-8", "quoted-printable"))
        attpart = ('Content-Type: message/rfc822;' + CRLF + '\tname="Sync for logistics customers - notes.eml"' + CRLF
                   + 'Content-Disposition: attachment;' + CRLF + '\tfilename="Sync for logistics customers - notes.eml"'
                   + CRLF + CRLF + inner)
        part = multipart("mixed", [leaf("text/plain", body, cs, "quoted-printable"), attpart],
                         "Apple-Mail=_%s" % h(mid, 32).upper())
    else:
        raise SystemExit("unknown style " + st)
    return build(headers_for(mg, mid, cs, parent_mid), part)


# ------------------------------------------------------------------ decoding (for self-checks)
def decoded_texts(raw):
    """All text/plain and text/html parts, decoded, including attached messages."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for p in msg.walk():
        if p.get_content_type() in ("text/plain", "text/html"):
            out.append(p.get_content())
    return "\n".join(out)


# ------------------------------------------------------------------ cross-office
def norm_value(attr, v):
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"]
        if v.get("tax") == "included" and v["currency"] == "JPY":
            amt = round(amt / 1.1, 6)
        return ("money", v["currency"], v["per"], amt)
    if isinstance(v, dict) and "unit" in v:
        f = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur", v["amount"] * f)
    return ("v", v)


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


def cross_office(archived):
    """archived: (file, date, claim) for every archive claim. -> cross-office records."""
    rows = [(f, date.fromisoformat(dt), c) for f, dt, c in archived
            if c["office"] not in ("unknown", None) and c["attribute"] not in SET_ATTRS]
    found = {}
    for i, (f1, d1, c1) in enumerate(rows):
        for f2, d2, c2 in rows[i + 1:]:
            if (c1["product"], c1["attribute"]) != (c2["product"], c2["attribute"]) or c1["office"] == c2["office"]:
                continue
            if abs((d1 - d2).days) > 45:
                continue
            n1, n2 = norm_value(c1["attribute"], c1["value"]), norm_value(c2["attribute"], c2["value"])
            if n1[0] == "money" and n1[1:3] != n2[1:3]:
                continue                    # prices compare only in the same currency and unit
            if n1 == n2 or (c1["verdict"] == "ok" and c2["verdict"] == "ok"):
                continue
            key = (c1["product"], c1["attribute"], tuple(sorted((c1["office"], c2["office"]))))
            rec = found.setdefault(key, {"files": set(), "values": {}})
            rec["files"].update([f1, f2])
            rec["values"].setdefault(c1["office"], c1["value"])
            rec["values"].setdefault(c2["office"], c2["value"])
    out = []
    for (p, a, offs), rec in sorted(found.items()):
        out.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs),
                    "file": "mail/archive.mbox", "message_files": sorted(rec["files"]),
                    "values": {o: rec["values"][o] for o in offs}})
    return out


# ------------------------------------------------------------------ main
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    msgs = sorted(MSGS, key=lambda mg: parsedate_to_datetime(mg["date"]))
    by_n = {}
    for i, mg in enumerate(msgs, 1):
        mg["file"] = "mail/%04d.eml" % i
        mg["mid"] = make_mid(mg)
        by_n[mg["n"]] = mg
    expected, archive_lines, archived_claims, problems = [], [], [], []
    mbox = []
    for mg in msgs:
        parent = by_n[mg["reply_to"]]["mid"] if mg.get("reply_to") in by_n else None
        raw = render(mg, mg["mid"], parent)
        with open(os.path.join(SET, mg["file"]), "wb") as fh:
            fh.write(raw)
        text = decoded_texts(raw)
        as_of, office = local_date(mg["date"]), office_of(mg["frm"][1])
        recs = []
        for c in mg["claims"]:
            if c["text"] not in text:
                problems.append("%s: claim text not in decoded body: %s" % (mg["file"], c["text"]))
            recs.append({"type": "claim", "file": mg["file"], "message_id": mg["mid"], "product": c["product"],
                         "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                         "quoted": c["quoted"], "office": c["office"] or office, "as_of": as_of, "text": c["text"]})
        for f in mg["findings"]:
            if f["text"] not in text:
                problems.append("%s: finding text not in decoded body: %s" % (mg["file"], f["text"]))
            recs.append({"type": "finding", "file": mg["file"], "message_id": mg["mid"], "kind": f["kind"],
                         "rule": f["rule"], "product": f["product"], "quoted": f["quoted"], "text": f["text"]})
        expected += recs
        if mg["archive"]:
            for r in recs:
                archive_lines.append(dict(r, file="mail/archive.mbox"))
                if r["type"] == "claim":
                    archived_claims.append((mg["file"], as_of, r))
            env = parsedate_to_datetime(mg["date"]).astimezone(timezone.utc)
            lines = raw.decode("latin-1").split(CRLF)
            lines = [(">" + l) if re.match(r"^>*From ", l) else l for l in lines]
            mbox.append("From %s %s\n" % (mg["frm"][1], time.asctime(env.timetuple()))
                        + "\n".join(lines).rstrip("\n") + "\n\n")
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        fh.write("".join(mbox).encode("latin-1"))
    xo = cross_office(archived_claims)
    for d in DOCS:
        p = os.path.join(SET, d["path"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["text"])
        if d.get("ignored"):
            continue
        for c in d["claims"]:
            if c["text"] not in d["text"]:
                problems.append("%s: claim text not in document: %s" % (d["path"], c["text"]))
            expected.append({"type": "claim", "file": d["path"], "message_id": None, "product": c["product"],
                             "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                             "quoted": False, "office": d["office"], "as_of": DOCS_AS_OF, "text": c["text"]})
        for f in d["findings"]:
            if f["text"] not in d["text"]:
                problems.append("%s: finding text not in document: %s" % (d["path"], f["text"]))
            expected.append({"type": "finding", "file": d["path"], "message_id": None, "kind": f["kind"],
                             "rule": f["rule"], "product": f["product"], "quoted": False, "text": f["text"]})
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# onevoice configuration for probe set 18 (SPEC section 6).\n"
                 "rules: ../../shared/eval/rules\n"
                 "paths:\n"
                 + "".join('  - glob: "docs/%s/**"\n    office: %s\n' % (o, o) for o in ("us-hq", "london", "tokyo", "osaka"))
                 + 'ignore: ["**/drafts/**", "README.md", "expected.jsonl", "gen/**"]\n')
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in expected + archive_lines + xo:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    kinds = {}
    for r in expected + archive_lines + xo:
        k = r["type"] if r["type"] != "finding" else "finding/" + r["kind"]
        if r["type"] == "claim":
            k = "claim/" + r["verdict"]
        kinds[k] = kinds.get(k, 0) + 1
    print("messages: %d (archive: %d), documents: %d" % (len(msgs), len(mbox), len([d for d in DOCS if not d.get("ignored")])))
    for k in sorted(kinds):
        print("  %-26s %d" % (k, kinds[k]))
    for x in xo:
        print("  cross-office %s %s %s %s" % (x["product"], x["attribute"], x["offices"], x["values"]))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
