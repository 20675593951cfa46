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

# Outlook's plain version of an HTML table puts one cell per line: the table
# is lost there, so the HTML version is judged (its header row says which
# column holds a line total) and the plain text only supplements it.
cat > "$t/table.eml" <<'MAIL'
From: Dana Reyes <dana@harborlight.example>
To: buyer@example.com
Subject: Harborlight Relay pricing
Date: Tue, 03 Nov 2026 10:00:00 -0800
Message-ID: <flattened-table@harborlight.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary=ALT

--ALT
Content-Type: text/plain; charset=utf-8

Please find our pricing below.

Item
Term
Unit price
Total
Harborlight Relay, per month
12 months
$249.00
$2,988.00

Kind regards,
Dana

--ALT
Content-Type: text/html; charset=utf-8

<html><body><p>Please find our pricing below.</p>
<table><tr><td><b>Item</b></td><td><b>Term</b></td><td><b>Unit price</b></td><td><b>Total</b></td></tr>
<tr><td>Harborlight Relay, per month</td><td>12 months</td><td>$249.00</td><td>$2,988.00</td></tr></table>
<p>Kind regards,<br>Dana</p></body></html>

--ALT--
MAIL
set +e; "$ONEVOICE" check "$t/table.eml" --rules "$SOURCE_DIR/rules" --format json > "$t/table.json"; set -e
python3 - "$t/table.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
prices = [(c["value"]["amount"], c["part"]) for c in d["claims"] if c["attribute"] == "monthly_price"]
assert prices == [(249, 2)], prices
print("flattened plain table: the HTML table is judged, its line total is no price")
PY
