#!/usr/bin/env bash
# A text file attached to a message (a summary the sender converted from a
# PDF) is read as a document of its own: its first line is its title and
# names the product for the sentences under it, as in a proposal; the
# message's body text is not (a mail's first line is no title).
set -euo pipefail
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > "$t/m.eml" <<'MAIL'
From: Dana Reyes <dana@harborlight.example>
To: buyer@example.com
Subject: Service summary
Date: Tue, 03 Nov 2026 10:00:00 -0800
Message-ID: <attachment-test@harborlight.example>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=MIX

--MIX
Content-Type: text/plain; charset=utf-8

Hi, the summary is attached as text.

--MIX
Content-Type: text/plain; charset=utf-8; name="summary.txt"
Content-Disposition: attachment; filename="summary.txt"

Harborlight Desk
Service summary, version 2

Ticket history is kept for 3 years.

--MIX--
MAIL
set +e; "$ONEVOICE" check "$t/m.eml" --rules "$SOURCE_DIR/rules" --format json > "$t/out.json"; set -e
python3 - "$t/out.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
claims = [(c["product"], c["attribute"], c["part"], c["quoted"]) for c in d["claims"]]
assert ("harborlight-desk", "retention", 2, False) in claims, claims
print("text attachment: read as a document, its title names the product")
PY
