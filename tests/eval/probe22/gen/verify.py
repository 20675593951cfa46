#!/usr/bin/env python3
"""Re-read the generated set with the stdlib email/mailbox parsers and check the answer key's
excerpts against the decoded text (a sanity check, not part of scoring)."""
import email, email.policy, json, mailbox, os, sys
SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALIAS = {"shift_jis": "cp932", "iso-2022-jp": "iso2022_jp"}


def texts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            cs = (part.get_content_charset() or "us-ascii").lower()
            out.append(part.get_payload(decode=True).decode(ALIAS.get(cs, cs)))
    return "\n".join(out)


lines = [json.loads(l) for l in open(os.path.join(SET, "expected.jsonl"), encoding="utf-8")]
bodies, ids = {}, {}
for f in sorted(os.listdir(os.path.join(SET, "mail"))):
    if not f.endswith(".eml"):
        continue
    raw = open(os.path.join(SET, "mail", f), "rb").read()
    if raw.startswith(bytes.fromhex("D0CF11E0")):
        print(f, "(OLE2 compound file: unreadable on purpose)")
        continue
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    bodies["mail/" + f] = texts(msg)
    ids["mail/" + f] = str(msg["Message-ID"] or "").strip().strip("<>") or None
    print(f, ids["mail/" + f], "|", msg["From"], "|", msg["Subject"])
mb = mailbox.mbox(os.path.join(SET, "mail", "archive.mbox"))
arch = {}
for m in mb:
    msg = email.message_from_bytes(m.as_bytes(), policy=email.policy.default)
    arch[str(msg["Message-ID"]).strip().strip("<>")] = texts(msg)
print("archive:", len(arch), "messages")
bad = 0
for l in lines:
    if l["type"] == "cross-office" or l.get("kind") == "unreadable":
        continue
    f = l["file"]
    if f == "mail/archive.mbox":
        src = arch[l["message_id"]]
    elif f.startswith("mail/"):
        src = bodies[f]
        assert ids[f] == l["message_id"], (f, ids[f], l["message_id"])
    else:
        continue
    if l["text"] not in src.replace("\r\n", "\n"):
        bad += 1
        print("MISSING", f, l["text"][:60])
print("ok" if not bad else "%d excerpts missing" % bad)
sys.exit(1 if bad else 0)
