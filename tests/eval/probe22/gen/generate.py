#!/usr/bin/env python3
"""Generate evaluation set 22 (Japanese partner / reseller mail) — stdlib only, deterministic.

    python3 gen/generate.py        # from anywhere; rewrites mail/, docs/, .onevoice.yaml,
                                   # expected.jsonl and README.md in the set folder
"""
import json, os, shutil, sys
sys.dont_write_bytecode = True
from datetime import datetime, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
SET = os.path.dirname(HERE)

from common import (CRLF, ew, addrs, encode_body, to_html, strip_tags, rfcdate, judge, norm)
from messages_a import MESSAGES_A, AOBA_SUZUKI, MURAKAMI
from messages_b import MESSAGES_B
from docs import DOCS, DRAFTS, AS_OF
import readme

OFFICES = [("osaka.jp.meridian-data.com", "osaka"), ("jp.meridian-data.com", "tokyo"),
           ("uk.meridian-data.com", "london"), ("meridian-data.com", "us-hq")]


def office_of(email):
    dom = email.split("@")[1].lower()
    for d, o in OFFICES:
        if dom == d:
            return o
    return "unknown"


# ------------------------------------------------------------------ MIME
def header_block(m, hcs, date_rfc):
    h = []
    h.append("From: " + addrs([m["frm"]], hcs))
    h.append("To: " + addrs(m["to"], hcs))
    if m.get("cc"):
        h.append("Cc: " + addrs(m["cc"], hcs))
    h.append("Subject: " + ew(m["subject"], hcs))
    h.append("Date: " + date_rfc)
    h.append("Message-ID: <%s>" % m["mid"])
    if m.get("irt"):
        h.append("In-Reply-To: <%s>" % m["irt"])
        refs = m.get("refs") or [m["irt"]]
        h.append("References: " + (CRLF + " ").join("<%s>" % r for r in refs))
    if m.get("mailer"):
        h.append("X-Mailer: " + m["mailer"])
    if m.get("ua"):
        h.append("User-Agent: " + m["ua"])
    if m.get("mailer", "").startswith("Microsoft Outlook"):
        h.append("Content-Language: " + ("en-GB" if "uk." in m["frm"][1] else "en-US" if m["charset"] == "us-ascii" else "ja-JP"))
    h.append("MIME-Version: 1.0")
    return h


def text_part(body, charset, cte, subtype="plain"):
    data, label = encode_body(body, charset, cte)
    hdr = ['Content-Type: text/%s; charset="%s"' % (subtype, label), "Content-Transfer-Encoding: " + cte]
    return hdr, data


def part_bytes(hdr, data):
    return (CRLF.join(hdr) + CRLF + CRLF).encode("ascii") + data


def build(m):
    date_rfc, _, _ = rfcdate(m["date"])
    hcs = m.get("hcharset") or ("utf-8" if m["charset"] == "us-ascii" else m["charset"])
    head = header_block(m, hcs, date_rfc)
    charset, cte = m["charset"], m["cte"]
    if m.get("attach"):
        a = m["attach"]
        inner_date, _, _ = rfcdate(a["date"])
        ih = ["From: " + addrs([a["frm"]], "utf-8"), "To: " + addrs(a["to"], "utf-8"),
              "Subject: " + a["subject"], "Date: " + inner_date, "Message-ID: <%s>" % a["mid"],
              "X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-GB", "MIME-Version: 1.0"]
        th, td = text_part(a["body"], "utf-8", "quoted-printable")
        inner = part_bytes(ih + th, td)
        b = "----=_NextPart_000_0A1F_01DD3571.5C2E8B40"
        th, td = text_part(m["body"], charset, cte)
        ah = ["Content-Type: message/rfc822", "Content-Transfer-Encoding: 7bit",
              'Content-Disposition: attachment; filename="%s"' % ew("Meridian Sync rollout.eml", "iso-2022-jp")]
        body = (("This is a multi-part message in MIME format." + CRLF + CRLF + "--" + b + CRLF).encode()
                + part_bytes(th, td) + (CRLF + "--" + b + CRLF).encode() + part_bytes(ah, inner)
                + (CRLF + "--" + b + "--" + CRLF).encode())
        head.append('Content-Type: multipart/mixed; boundary="%s"' % b)
        return (CRLF.join(head) + CRLF + CRLF).encode("ascii") + body
    if m.get("html"):
        html = m["html"]
        if html in ("mono", "plain"):
            lab = {"iso-2022-jp": "iso-2022-jp", "shift_jis": "shift_jis", "utf-8": "utf-8", "us-ascii": "us-ascii"}[charset]
            html = to_html(m["body"], mono=(html == "mono"), charset=lab)
        if "gmail.com" in m["mid"]:
            b = "000000000000%s" % m["mid"][3:17].lower().replace("_", "0")
        else:
            b = "_000_%s_" % m["mid"].split("@")[0]
        th, td = text_part(m["body"], charset, cte)
        hh, hd = text_part(html, charset, m.get("html_cte", cte), "html")
        body = (("--" + b + CRLF).encode() + part_bytes(th, td) + (CRLF + "--" + b + CRLF).encode()
                + part_bytes(hh, hd) + (CRLF + "--" + b + "--" + CRLF).encode())
        head.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        return (CRLF.join(head) + CRLF + CRLF).encode("ascii") + body
    th, td = text_part(m["body"], charset, cte)
    return (CRLF.join(head + th) + CRLF + CRLF).encode("ascii") + td


def msg_file_bytes():
    """0016: an Outlook .msg (OLE2 compound file) a partner saved with an .eml name."""
    hdr = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900060000000000000000000000")
    hdr += (1).to_bytes(4, "little") + (1).to_bytes(4, "little") + bytes(4) + (0x1000).to_bytes(4, "little")
    hdr += (2).to_bytes(4, "little") + (1).to_bytes(4, "little") + (0xFFFFFFFE).to_bytes(4, "little") + bytes(4)
    hdr += (0).to_bytes(4, "little") + b"\xff" * (512 - len(hdr) - 4) + bytes(4)
    names = ["Root Entry", "__nameid_version1.0", "__substg1.0_0037001F", "__substg1.0_1000001F",
             "__substg1.0_0C1A001F", "__properties_version1.0", "__recip_version1.0_#00000000"]
    dirs = b""
    for n in names:
        e = n.encode("utf-16-le")[:62]
        dirs += e + bytes(64 - len(e)) + (len(e) + 2).to_bytes(2, "little") + b"\x02\x01" + b"\xff" * 12 + bytes(48)
    subj = "RE: 【アオバネット様】メリディアン シンク 提案書の件".encode("utf-16-le")
    body = ("村上様 いつもお世話になっております。アオバネットの鈴木です。").encode("utf-16-le")
    filler = bytes((i * 73 + 41) % 256 for i in range(1536))
    return hdr + dirs + bytes(1024 - len(dirs) % 1024) + subj + bytes(64) + body + filler


# ------------------------------------------------------------------ answer key
def claim_line(file, mid, office, as_of, c):
    product, attr, value, verdict, text = c[:5]
    opts = c[5] if len(c) > 5 else {}
    quoted = "quoted" in opts
    off = opts["quoted"] if quoted else office
    want = judge(product, attr, value, off, opts.get("period") or as_of)
    assert want == verdict, (file, product, attr, value, off, verdict, want)
    return {"type": "claim", "file": file, "message_id": mid, "product": product, "attribute": attr,
            "value": value, "verdict": verdict, "quoted": quoted, "office": off, "as_of": as_of, "text": text}


def finding_line(file, mid, f):
    kind, rule, product, text = f[:4]
    quoted = bool(f[4]) if len(f) > 4 else False
    return {"type": "finding", "file": file, "message_id": mid, "kind": kind, "rule": rule,
            "product": product, "quoted": quoted, "text": text}


def dedup_claims(lines):
    seen, out = set(), []
    for l in lines:
        k = (l["file"], l["message_id"], l["product"], l["attribute"], json.dumps(l["value"], sort_keys=True),
             l["quoted"], l["office"])
        assert k not in seen, ("duplicate claim line", k)
        seen.add(k)
        out.append(l)
    return out


def cross_office(archive_msgs, claim_lines_by_file):
    """Pairs of offices that stated different values for one product/attribute within 45 days."""
    by = {}
    for m in archive_msgs:
        _, day, dt = rfcdate(m["date"])
        for l in claim_lines_by_file["mail/" + m["file"]]:
            if l["office"] == "unknown":
                continue
            v = l["value"]
            if isinstance(v, str) and l["attribute"] in ("certifications", "supported_platforms", "data_centers", "encryption"):
                continue                                   # set members never contradict
            if isinstance(v, dict) and "currency" in v:
                key = (l["product"], l["attribute"], v["currency"], v["per"])
                nv = round(v["amount"] / 1.1, 6) if v.get("tax") == "included" else v["amount"]
            else:
                key = (l["product"], l["attribute"])
                nv = norm(v)
            by.setdefault(key, []).append((dt, l["office"], nv, l["verdict"], "mail/" + m["file"], v))
    found = {}
    for key, xs in by.items():
        for i, a in enumerate(xs):
            for b in xs[i + 1:]:
                if a[1] == b[1] or abs((a[0] - b[0]).days) > 45 or a[2] == b[2]:
                    continue
                if a[3] == "ok" and b[3] == "ok":
                    continue                               # each right at its own date
                k = (key[0], key[1], tuple(sorted((a[1], b[1]))))
                e = found.setdefault(k, {"files": set(), "values": {}})
                e["files"].update([a[4], b[4]])
                e["values"][a[1]] = a[5]
                e["values"][b[1]] = b[5]
    return found


def main():
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    messages = sorted(MESSAGES_A + MESSAGES_B, key=lambda m: m["file"])
    lines, by_file = [], {}
    raw = {}
    for m in messages:
        data = build(m)
        raw[m["file"]] = data
        with open(os.path.join(SET, "mail", m["file"]), "wb") as fh:
            fh.write(data)
        _, day, _ = rfcdate(m["date"])
        office = office_of(m["frm"][1])
        f = "mail/" + m["file"]
        cl = []
        for c in m.get("claims", []):
            opts = c[5] if len(c) > 5 else {}
            src = m["attach"]["body"] if opts.get("inner") else m["body"]
            assert c[4] in src, (m["file"], c[4])
            cl.append(claim_line(f, m["mid"], office, day, c))
        fl = []
        for x in m.get("findings", []):
            assert x[3] in m["body"], (m["file"], x[3])
            fl.append(finding_line(f, m["mid"], x))
        by_file[f] = dedup_claims(cl)
        lines += by_file[f] + fl
        m["_findings"] = fl
    # 0016: unreadable
    with open(os.path.join(SET, "mail", "0016.eml"), "wb") as fh:
        fh.write(msg_file_bytes())
    lines.append({"type": "finding", "file": "mail/0016.eml", "message_id": None, "kind": "unreadable",
                  "rule": None, "product": None, "quoted": False,
                  "text": "an Outlook .msg file (OLE2 compound document, D0 CF 11 E0) saved as .eml: no RFC 5322 headers, binary content"})
    lines.sort(key=lambda l: l["file"])      # stable: keeps the order inside each file

    # archive.mbox (mboxrd, date order)
    arch = sorted([m for m in messages if m.get("archive")], key=lambda m: rfcdate(m["date"])[2])
    out = []
    for m in arch:
        dt = rfcdate(m["date"])[2].astimezone(timezone.utc)
        out.append("From %s %s\n" % (m["frm"][1], dt.strftime("%a %b %e %H:%M:%S %Y")))
        text = raw[m["file"]].decode("latin-1").replace("\r\n", "\n")
        for ln in text.split("\n"):
            s = ln.lstrip(">")
            out.append((">" + ln if s.startswith("From ") else ln) + "\n")
        if not out[-1] == "\n":
            out.append("\n")
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        fh.write("".join(out).encode("latin-1"))
    for m in arch:
        f = "mail/" + m["file"]
        lines += [dict(l, file="mail/archive.mbox") for l in by_file[f]]
        lines += [dict(l, file="mail/archive.mbox") for l in m["_findings"]]

    # cross-office: the hand-written list must equal what the pairs give
    found = cross_office(arch, by_file)
    expected_x = {
        ("meridian-vault", "retention", ("london", "tokyo")),
        ("meridian-sync", "sla", ("osaka", "us-hq")),
        ("meridian-sync", "sla", ("tokyo", "us-hq")),
        ("meridian-insight", "query_latency", ("london", "tokyo")),
    }
    assert set(found) == expected_x, sorted(found)
    for (p, a, offs) in sorted(expected_x):
        e = found[(p, a, offs)]
        lines.append({"type": "cross-office", "product": p, "attribute": a, "offices": list(offs),
                      "file": "mail/archive.mbox", "message_files": sorted(e["files"]),
                      "values": {o: e["values"][o] for o in offs}})

    # documents
    for d in DOCS + DRAFTS:
        path = os.path.join(SET, d["path"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(d["text"].replace("\n", "\r\n" if d["path"].endswith(".txt") else "\n").encode(d["encoding"]))
    for d in DOCS:
        src = d["text"]
        for c in d["claims"]:
            assert c[4] in src, (d["path"], c[4])
        cl = dedup_claims([claim_line(d["path"], None, d["office"], AS_OF, c) for c in d["claims"]])
        lines += cl + [finding_line(d["path"], None, x) for x in d["findings"]]
        for x in d["findings"]:
            assert x[3] in src, (d["path"], x[3])

    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for l in lines:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write("""# onevoice configuration for evaluation set 22 (SPEC section 6).
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
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme.text(lines, messages, arch, DOCS))
    print("wrote %d expected lines, %d messages (+1 unreadable), %d in archive.mbox, %d documents"
          % (len(lines), len(messages), len(arch), len(DOCS)))


if __name__ == "__main__":
    main()
