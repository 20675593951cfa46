#!/usr/bin/env python3
"""Generate evaluation set 30 (emphasis: requirements versus claims).

    python3 gen/generate.py            # (re)writes mail/, docs/, .onevoice.yaml,
                                       # expected.jsonl and README.md beside gen/
    python3 gen/generate.py --review   # also prints every sentence that holds a
                                       # product name and a digit (for the labeller)

Stdlib only, deterministic. Every labelled excerpt is checked against the decoded
text of the file it belongs to, phrase rules are re-run over every text to make
sure no finding is left unlabelled, and the cross-office cases are recomputed
from the archive's claims and compared with the declared ones.
"""
import base64, datetime, email, email.policy, html, json, os, quopri, re, shutil, sys, unicodedata
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
DOCS_AS_OF = "2026-11-22"

from common import C, PH, TERM, M, D, TB, GB, S, V, I  # noqa: F401


OFFICE_GLOBS = [("osaka", "@osaka.jp.meridian-data.com"), ("tokyo", "@jp.meridian-data.com"),
                ("london", "@uk.meridian-data.com"), ("us-hq", "@meridian-data.com")]


def office_of(addr):
    addr = addr.lower()
    for off, suffix in OFFICE_GLOBS:
        if addr.endswith(suffix):
            return off
    return "unknown"


# --------------------------------------------------------------------------- MIME
def hdr(value, charset):
    """Encode a header value the way the sender's mailer would."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


def addr(name, address, charset):
    if not name:
        return address
    try:
        name.encode("ascii")
        return '%s <%s>' % (name if re.match(r"^[\w .'-]+$", name) else '"%s"' % name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(maxlinelen=76), address)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw.decode("ascii" if cte == "7bit" else charset)
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=""):
    body = encode_body(text, charset, cte)
    if not body.endswith("\n"):
        body += "\n"
    return ('Content-Type: %s; charset="%s"%s\nContent-Transfer-Encoding: %s\n\n%s'
            % (ctype, charset, extra, cte, body))


def multipart(subtype, boundary, parts):
    out = 'Content-Type: multipart/%s; boundary="%s"\n\n' % (subtype, boundary)
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p.rstrip("\n") + "\n")
    return out + "--%s--\n" % boundary


def received(n, from_addr, to_addr, date):
    dom = from_addr.split("@")[1]
    rdom = to_addr.split("@")[1]
    return ("Received: from mail%d.%s (mail%d.%s [203.0.113.%d])\n\tby mx%d.%s with ESMTPS id 4f%07x\n"
            "\tfor <%s>; %s" % (n % 4 + 1, dom, n % 4 + 1, dom, 20 + n, n % 3 + 1, rdom, 0x51a3c1 * n % 0xfffffff,
                               to_addr, date))


def html_from_plain(text):
    """A Gmail-like HTML alternative: one <div> per line, '>' blocks as gmail_quote."""
    out, inq = ['<div dir="ltr">'], False
    for line in text.split("\n"):
        q = line.startswith(">")
        if q and not inq:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        if inq and not q:
            out.append("</blockquote>")
        inq = q
        s = line[1:].lstrip(" ") if q else line
        out.append("<div>%s</div>" % (html.escape(s) if s else "<br>"))
    if inq:
        out.append("</blockquote>")
    out.append("</div>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- text extraction (checks)
def strip_html(s):
    s = re.sub(r"(?is)<(script|style|head).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|h\d|li|caption|table|blockquote)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " \t", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def texts_of_message(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(("plain", part.get_content()))
        elif ct == "text/html":
            out.append(("html", strip_html(part.get_content())))
    return out


def norm_ws(s):
    return " ".join(s.split())


# --------------------------------------------------------------------------- phrase rules (re-run to check labels)
def load_phrase_rules():
    rules = []
    for fn in ("en.yaml", "ja.yaml"):
        path = os.path.join(SET, "..", "..", "shared", "eval", "rules", "phrases", fn)
        text = open(path, encoding="utf-8").read()
        for block in re.split(r"\n  - id: ", text)[1:]:
            rid = block.split("\n", 1)[0].strip()
            pats, unl, cur = [], [], None
            for line in block.split("\n"):
                st = line.strip()
                if st.startswith("patterns:"):
                    cur = pats
                elif st.startswith("unless:"):
                    cur = unl
                elif st.startswith("examples:"):
                    cur = None
                elif cur is not None and st.startswith("- '"):
                    cur.append(st[3:st.rindex("'")].replace("''", "'"))
            rules.append((rid, [re.compile(p) for p in pats], [re.compile(p) for p in unl]))
    return rules


def phrase_hits(text, rules):
    t = unicodedata.normalize("NFKC", text)
    hits = set()
    for rid, pats, unl in rules:
        if any(p.search(t) for p in pats) and not any(u.search(t) for u in unl):
            hits.add(rid)
    return hits


DEPRECATED = ["Meridian FileSync", "Meridian File Sync", "MeridianFileSync", "メリディアン ファイルシンク",
              "メリディアン・ファイルシンク", "メリディアンファイルシンク"]


def terminology_hits(text):
    t = re.sub(r"https?://\S+", " ", unicodedata.normalize("NFKC", text))
    return any(d.lower() in t.lower() for d in DEPRECATED)


from messages import MESSAGES           # noqa: E402  (the corpus, beside this file)
from documents import DOCUMENTS, DRAFTS  # noqa: E402
from readme import README               # noqa: E402

CROSS_OFFICE = [
    {"product": V, "attribute": "rpo", "offices": ["london", "tokyo"],
     "message_files": ["mail/0006.eml", "mail/0007.eml"],
     "values": {"london": D(5, "minutes"), "tokyo": D(15, "minutes")}},
    {"product": I, "attribute": "query_latency", "offices": ["osaka", "us-hq"],
     "message_files": ["mail/0008.eml", "mail/0009.eml"],
     "values": {"us-hq": D(1, "seconds"), "osaka": D(2, "seconds")}},
    {"product": S, "attribute": "offline_mode", "offices": ["tokyo", "us-hq"],
     "message_files": ["mail/0012.eml", "mail/0013.eml"],
     "values": {"tokyo": True, "us-hq": False}},
    {"product": I, "attribute": "max_dashboards", "offices": ["osaka", "tokyo"],
     "message_files": ["mail/0018.eml"],
     "values": {"tokyo": 500, "osaka": 200}},
]

SET_ATTRS = {"certifications", "supported_platforms", "data_centers", "encryption"}
SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}


def comparable(a, b):
    """-> (comparable, equal) for two claim values of one attribute."""
    if isinstance(a, dict) and "currency" in a:
        if a["currency"] != b["currency"] or a["per"] != b["per"]:
            return False, False
        return True, (a["amount"], a.get("tax")) == (b["amount"], b.get("tax"))
    if isinstance(a, dict) and "unit" in a:
        return True, a["amount"] * SECONDS[a["unit"]] == b["amount"] * SECONDS[b["unit"]]
    return True, a == b


def cross_office_from(archive_claims):
    found = {}
    for i, a in enumerate(archive_claims):
        for b in archive_claims[i + 1:]:
            if a["office"] == b["office"] or "unknown" in (a["office"], b["office"]):
                continue
            if (a["product"], a["attribute"]) != (b["product"], b["attribute"]) or a["attribute"] in SET_ATTRS:
                continue
            if abs((a["_date"] - b["_date"]).days) > 45:
                continue
            comp, eq = comparable(a["value"], b["value"])
            if not comp or eq or (a["verdict"] == "ok" and b["verdict"] == "ok"):
                continue
            key = (a["product"], a["attribute"], tuple(sorted((a["office"], b["office"]))))
            found.setdefault(key, set()).update([a["file"], b["file"]])
    return found


# --------------------------------------------------------------------------- build
def build_message(m):
    cs = m["charset"]
    heads = []
    heads.append(received(m["n"], m["from"][1], m["to"][1], m["date"]))
    heads.append("Date: " + m["date"])
    heads.append("From: " + addr(m["from"][0], m["from"][1], cs))
    heads.append("To: " + addr(m["to"][0], m["to"][1], cs))
    if m.get("cc"):
        heads.append("Cc: " + addr(m["cc"][0], m["cc"][1], cs))
    heads.append("Subject: " + hdr(m["subject"], cs))
    heads.append("Message-ID: <%s>" % m["id"])
    if m.get("reply_to_id"):
        heads.append("In-Reply-To: <%s>" % m["reply_to_id"])
        heads.append("References: <%s>" % m["reply_to_id"])
    for h in m.get("extra_headers", []):
        heads.append(h)
    heads.append("MIME-Version: 1.0")
    body = m["body"]
    kind = m.get("kind", "plain")
    if kind == "plain":
        content = leaf("text/plain", body, cs, m["cte"], m.get("ct_extra", ""))
    elif kind == "alternative":
        h = m.get("html") or html_from_plain(body)
        content = multipart("alternative", m["boundary"], [
            leaf("text/plain", body, cs, m["cte"], m.get("ct_extra", "")),
            leaf("text/html", h, cs, m.get("html_cte", m["cte"]))])
    elif kind == "mixed-rfc822":
        inner = m["attached"]
        att = ('Content-Type: message/rfc822; name="%s"\nContent-Disposition: attachment; filename="%s"\n\n%s'
               % (m["attached_name"], m["attached_name"], inner))
        content = multipart("mixed", m["boundary"], [leaf("text/plain", body, cs, m["cte"]), att])
    else:
        raise ValueError(kind)
    text = "\n".join(heads) + "\n" + content
    if m.get("crlf"):
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode("ascii")


def date_of(m):
    d = email.utils.parsedate_to_datetime(m["date"])
    return d.date()


def mbox_from_line(m):
    d = email.utils.parsedate_to_datetime(m["date"]).astimezone(datetime.timezone.utc)
    return "From %s %s\n" % (m["from"][1], d.strftime("%a %b %d %H:%M:%S %Y").replace(" 0", "  ", 1)
                              if d.day < 10 else d.strftime("%a %b %d %H:%M:%S %Y"))


def mboxrd_escape(raw):
    lines = raw.decode("ascii").split("\n")
    out = [(">" + l) if re.match(r"^>*From ", l) else l for l in lines]
    return "\n".join(out)


def main():
    review = "--review" in sys.argv
    for sub in ("mail", "docs"):
        shutil.rmtree(os.path.join(SET, sub), ignore_errors=True)
    os.makedirs(os.path.join(SET, "mail"))
    rules = load_phrase_rules()
    problems, expected, archive_lines, archive_claims = [], [], [], []

    def check_excerpt(fname, texts, item):
        t = item["text"]
        if not any(t in s or norm_ws(t) in norm_ws(s) for _, s in texts):
            problems.append("%s: excerpt not found: %r" % (fname, t))

    for m in MESSAGES:
        fname = "mail/%04d.eml" % m["n"]
        raw = build_message(m)
        with open(os.path.join(SET, fname), "wb") as fh:
            fh.write(raw)
        m["_raw"] = raw
        texts = texts_of_message(raw)
        off = office_of(m["from"][1])
        as_of = date_of(m).isoformat()
        lines = []
        for c in m["claims"]:
            check_excerpt(fname, texts, c)
            rec = {"type": "claim", "file": fname, "message_id": m["id"], "product": c["product"],
                   "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                   "quoted": c["quoted"], "office": c["office"] or (off if not c["quoted"] else None),
                   "as_of": as_of, "text": c["text"]}
            if rec["office"] is None:
                problems.append("%s: quoted claim without office" % fname)
            lines.append(rec)
        for f in m.get("findings", []):
            check_excerpt(fname, texts, f)
            lines.append({"type": "finding", "file": fname, "message_id": m["id"], "kind": f["kind"],
                          "rule": f["rule"], "product": f["product"], "quoted": f["quoted"], "text": f["text"]})
        # phrase / terminology labels must match what the rules find in the text
        hits = set()
        term = False
        for kind, s in texts:
            hits |= phrase_hits(s, rules)
            term = term or terminology_hits(s)
        labelled = {f["rule"] for f in m.get("findings", []) if f["kind"] == "phrase"}
        if hits != labelled:
            problems.append("%s: phrase rules fire %s, labelled %s" % (fname, sorted(hits), sorted(labelled)))
        if term != any(f["kind"] == "terminology" for f in m.get("findings", [])):
            problems.append("%s: terminology mismatch (text has deprecated name: %s)" % (fname, term))
        expected += lines
        if m.get("archive"):
            for rec in lines:
                archive_lines.append(dict(rec, file="mail/archive.mbox"))
                if rec["type"] == "claim":
                    archive_claims.append(dict(rec, file=fname, _date=date_of(m)))
        if review:
            for kind, s in texts:
                for sent in re.split(r"(?<=[。.!?])\s+|\n", s):
                    if re.search(r"\d", sent) and re.search(r"Meridian|メリディアン|Sync|Vault|Insight|同製品|本製品", sent):
                        print("REVIEW %s [%s] %s" % (fname, kind, sent.strip()))

    # mbox: mboxrd, date order
    arch = sorted([m for m in MESSAGES if m.get("archive")],
                  key=lambda m: email.utils.parsedate_to_datetime(m["date"]))
    with open(os.path.join(SET, "mail", "archive.mbox"), "wb") as fh:
        for m in arch:
            fh.write(mbox_from_line(m).encode("ascii"))
            body = mboxrd_escape(m["_raw"])
            fh.write(body.encode("ascii"))
            if not body.endswith("\n"):
                fh.write(b"\n")
            fh.write(b"\n")
    expected += archive_lines

    # documents
    for d in DOCUMENTS + DRAFTS:
        path = os.path.join(SET, d["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(d["body"])
    for d in DOCUMENTS:
        body = d["body"]
        text = strip_html(body) if d["file"].endswith(".html") else body
        texts = [("doc", text)]
        off = d["office"]
        for c in d["claims"]:
            check_excerpt(d["file"], texts, c)
            expected.append({"type": "claim", "file": d["file"], "message_id": None, "product": c["product"],
                             "attribute": c["attribute"], "value": c["value"], "verdict": c["verdict"],
                             "quoted": False, "office": off, "as_of": DOCS_AS_OF, "text": c["text"]})
        for f in d.get("findings", []):
            check_excerpt(d["file"], texts, f)
            expected.append({"type": "finding", "file": d["file"], "message_id": None, "kind": f["kind"],
                             "rule": f["rule"], "product": f["product"], "quoted": False, "text": f["text"]})
        hits = phrase_hits(text, rules)
        labelled = {f["rule"] for f in d.get("findings", []) if f["kind"] == "phrase"}
        if hits != labelled:
            problems.append("%s: phrase rules fire %s, labelled %s" % (d["file"], sorted(hits), sorted(labelled)))
        if terminology_hits(text) != any(f["kind"] == "terminology" for f in d.get("findings", [])):
            problems.append("%s: terminology mismatch" % d["file"])
        if review:
            for sent in re.split(r"(?<=[。.!?])\s+|\n", text):
                if re.search(r"\d", sent):
                    print("REVIEW %s %s" % (d["file"], sent.strip()))

    # cross-office: recompute and compare
    found = cross_office_from(archive_claims)
    declared = {(x["product"], x["attribute"], tuple(x["offices"])): set(x["message_files"]) for x in CROSS_OFFICE}
    if found != declared:
        problems.append("cross-office: computed %s, declared %s" % (found, declared))
    for x in CROSS_OFFICE:
        expected.append({"type": "cross-office", "product": x["product"], "attribute": x["attribute"],
                         "offices": sorted(x["offices"]), "file": "mail/archive.mbox",
                         "message_files": x["message_files"], "values": x["values"]})

    with open(os.path.join(SET, "expected.jsonl"), "w", encoding="utf-8") as fh:
        for rec in expected:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(SET, ".onevoice.yaml"), "w", encoding="utf-8") as fh:
        fh.write(ONEVOICE_YAML)
    with open(os.path.join(SET, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)

    n_claims = sum(1 for r in expected if r["type"] == "claim")
    print("messages=%d archive=%d docs=%d expected_lines=%d claims=%d findings=%d cross_office=%d"
          % (len(MESSAGES), len(arch), len(DOCUMENTS), len(expected), n_claims,
             sum(1 for r in expected if r["type"] == "finding"), len(CROSS_OFFICE)))
    for p in problems:
        print("PROBLEM: " + p)
    return 1 if problems else 0


ONEVOICE_YAML = """# onevoice configuration for evaluation set 30 (SPEC section 6).
# The claims base is the shared one; ../shared/eval/run also passes --rules.
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
    sys.path.insert(0, HERE)
    sys.exit(main())
