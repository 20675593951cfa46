#!/usr/bin/env bash
# multipart/alternative whose plain text is a short summary: what only the
# HTML version says is judged too, and what both say is judged once (one
# claim, one phrase finding), from the plain text.
set -euo pipefail
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cat > "$t/m.eml" <<'MAIL'
From: Dana Reyes <dana@harborlight.example>
To: buyer@example.com
Subject: Harborlight Desk update
Date: Tue, 03 Nov 2026 10:00:00 -0800
Message-ID: <supplement-test@harborlight.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary=ALT

--ALT
Content-Type: text/plain; charset=utf-8

Harborlight Desk supports up to 1,000 agents per account.
It is the industry-leading help desk.

--ALT
Content-Type: text/html; charset=utf-8

<html><body><p>Harborlight Desk supports up to 1,000 agents per account.</p>
<p>It is the industry-leading help desk.</p>
<p>Harborlight Desk keeps ticket history for 3 years.</p></body></html>

--ALT--
MAIL
set +e; "$ONEVOICE" check "$t/m.eml" --rules "$SOURCE_DIR/rules" --format json > "$t/out.json"; set -e
python3 - "$t/out.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
claims = [(c["attribute"], c["part"]) for c in d["claims"]]
phrases = [f for f in d["findings"] if f["kind"] == "phrase"]
assert ("max_agents", 1) in claims and claims.count(("max_agents", 2)) == 0, claims
assert any(a == "retention" and p == 2 for a, p in claims), claims
assert len(phrases) == 1 and phrases[0]["part"] == 1, phrases
print("html supplement: judged once, HTML-only text read")
PY
