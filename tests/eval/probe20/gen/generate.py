#!/usr/bin/env python3
"""Regenerate evaluation set 20 (HTML mail from sales tools / CRMs) from scratch:
mail/*.eml, mail/archive.mbox, docs/**, .onevoice.yaml, expected.jsonl, README.md.

    python3 gen/generate.py            # from anywhere; writes next to gen/

Stdlib only and deterministic: running it twice gives the same bytes."""
import json, os, random, shutil, sys, unicodedata
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import (addr, b64, binary, date_hdr, ew, html2text, jis_html, leaf, message, multi)  # noqa: E402
from messages import MESSAGES  # noqa: E402
from docs import DOCS  # noqa: E402
from readme import README  # noqa: E402

SET = os.path.dirname(HERE)
ARCHIVE = "mail/archive.mbox"
WINDOW_DAYS = 45


def norm(s):
    return " ".join(unicodedata.normalize("NFKC", s).split())


# ------------------------------------------------------------------ checks on our own labels
def decoded_texts(raw):
    """Every text the message holds, decoded (for checking that label excerpts exist)."""
    import email
    from email import policy
    msg = email.message_from_bytes(raw, policy=policy.compat32)
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != "text":
            continue
        cs = part.get_content_charset() or "us-ascii"
        cs = {"shift_jis": "cp932"}.get(cs.lower(), cs)
        data = part.get_payload(decode=True) or b""
        t = data.decode(cs)
        if part.get_content_subtype() == "html":
            out.append(html2text(t, "plain", hidden=True, alts=True))
        else:
            out.append(t)
    return [norm(x.replace("\r", "")) for x in out]


def check_excerpts(where, texts, records):
    joined = [norm(t) for t in texts]
    for r in records:
        ex = r.get("text")
        if r.get("kind") == "unreadable":
            continue
        if not any(norm(ex) in t for t in joined):
            raise SystemExit("%s: excerpt not found in decoded text: %r" % (where, ex))


# ------------------------------------------------------------------ cross-office
def comparable(attr_kind, v):
    """A value reduced to what two offices' statements can be compared on."""
    if isinstance(v, dict) and "currency" in v:
        amt = v["amount"]
        if v["currency"] == "JPY" and v.get("tax") == "included":
            amt = round(amt / 1.1, 6)
        return ("money", v["currency"], v["per"]), amt
    if isinstance(v, dict) and "unit" in v:
        mult = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}[v["unit"]]
        return ("dur",), v["amount"] * mult
    return ("v",), v


def cross_office(archive_msgs):
    items = []
    for m in archive_msgs:
        for r in m["records"]:
            if r["type"] != "claim" or r["office"] == "unknown" or r["attribute"] in SET_ATTRS:
                continue
            items.append((m, r))
    found = {}
    for i, (ma, a) in enumerate(items):
        for mb, b in items[i + 1:]:
            if a["office"] == b["office"] or (a["product"], a["attribute"]) != (b["product"], b["attribute"]):
                continue
            if abs((ma["dt"].date() - mb["dt"].date()).days) > WINDOW_DAYS:
                continue
            (ka, va), (kb, vb) = comparable(None, a["value"]), comparable(None, b["value"])
            if ka != kb or va == vb:
                continue
            if a["verdict"] == "ok" and b["verdict"] == "ok":
                continue        # each right at its own date
            offs = tuple(sorted((a["office"], b["office"])))
            key = (a["product"], a["attribute"], offs)
            rec = found.setdefault(key, {"files": set(), "values": {}})
            rec["files"] |= {ma["file"], mb["file"]}
            rec["values"].setdefault(a["office"], a["value"])
            rec["values"].setdefault(b["office"], b["value"])
    out = []
    for (p, at, offs), rec in sorted(found.items()):
        out.append({"type": "cross-office", "product": p, "attribute": at, "offices": list(offs),
                    "file": ARCHIVE, "message_files": sorted(rec["files"]),
                    "values": {o: rec["values"][o] for o in offs}})
    return out


SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}


# ------------------------------------------------------------------ mbox
def mboxrd(msgs):
    import re
    chunks = []
    for m in sorted(msgs, key=lambda m: m["dt"].timestamp()):
        import datetime
        utc = m["dt"].astimezone(datetime.timezone.utc)
        lines = m["raw"].decode("ascii").replace("\r\n", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        body = "\n".join((">" + ln) if re.match(r"^>*From ", ln) else ln for ln in lines)
        chunks.append("From %s %s\n%s\n\n" % (m["envelope"], utc.strftime("%a %b %d %H:%M:%S %Y"), body))
    return "".join(chunks).encode("ascii")


# ------------------------------------------------------------------ main
def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    expected = []
    built = []
    for build in MESSAGES:
        m = build()
        path = os.path.join(SET, m["file"])
        with open(path, "wb") as fh:
            fh.write(m["raw"])
        texts = decoded_texts(m["raw"])
        check_excerpts(m["file"], texts, m["records"])
        built.append(m)
    arch = [m for m in built if m["archive"]]
    with open(os.path.join(SET, ARCHIVE), "wb") as fh:
        fh.write(mboxrd(arch))
    for m in built:
        expected += m["records"]
    for m in sorted(arch, key=lambda m: m["dt"].timestamp()):
        expected += [dict(r, file=ARCHIVE) for r in m["records"]]
    for d in DOCS:
        p = os.path.join(SET, d["file"])
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as fh:
            fh.write(d["content"].encode("utf-8"))
        if d["records"]:
            check_excerpts(d["file"], [html2text(d["content"], "plain", hidden=True, alts=True)
                                       if d["file"].endswith(".html") else d["content"]], d["records"])
        expected += d["records"]
    xo = cross_office(arch)
    expected += xo
    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for r in expected:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE)
    counts = {}
    for r in expected:
        k = r["type"] if r["type"] != "claim" else "claim/" + r["verdict"]
        if r["type"] == "finding":
            k = "finding/" + r["kind"]
        counts[k] = counts.get(k, 0) + 1
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(
            n_mail=len(built), n_arch=len(arch), n_docs=len([d for d in DOCS if d["records"]]),
            counts="\n".join("    %-26s %d" % kv for kv in sorted(counts.items())),
            n_lines=len(expected),
            xo="\n".join("    %s %s %s  (%s)" % (x["product"], x["attribute"], "/".join(x["offices"]),
                                                 ", ".join(x["message_files"])) for x in xo)))
    print("wrote %d messages (%d archived), %d docs, %d expected lines" % (len(built), len(arch), len(DOCS), len(expected)))
    for k, v in sorted(counts.items()):
        print("  %-26s %d" % (k, v))
    for x in xo:
        print("  cross-office:", x["product"], x["attribute"], x["offices"], x["message_files"])


ONEVOICE = """# onevoice configuration for evaluation set 20 (SPEC section 6).
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

if __name__ == "__main__":
    main()
