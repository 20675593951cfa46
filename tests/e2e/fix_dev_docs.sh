#!/usr/bin/env bash
# check --fix on the development set's Markdown and text proposals: after
# it, a re-check finds no conflict that had a single canonical value (a
# number, a price, a size, a duration or a date); set members and booleans
# need a person and are left as they are. Emails are never touched.
set -euo pipefail
dev="$SHARED_DIR/eval/dev"
[ -d "$dev/docs" ] || exit 77
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cp -r "$dev" "$t/dev"; chmod -R u+w "$t/dev"
sed -i "s#rules: ../rules#rules: $SHARED_DIR/eval/rules#" "$t/dev/.onevoice.yaml"
cd "$t/dev"
before=$(sha256sum mail/*.eml | sha256sum)
"$ONEVOICE" check docs mail --as-of 2026-11-22 --fix --format json > /dev/null 2> fix.log || true
cat fix.log | tail -1
after=$(sha256sum mail/*.eml | sha256sum)
[ "$before" = "$after" ] || { echo "emails were changed"; exit 1; }
"$ONEVOICE" check docs --as-of 2026-11-22 --format json > after.json || true
python3 - <<'PY'
import json, sys
d = json.load(open("after.json"))
left = [f for f in d["findings"] if f["kind"] == "conflict" and f["file"].endswith((".md", ".txt"))
        and not isinstance(f["expected"], list) and f["found"]["value"] is not None
        and not isinstance(f["found"]["value"], bool)]
for f in left:
    print("still conflicting:", f["file"], f["line"], f["attribute"], f["found"]["text"])
sys.exit(1 if left else 0)
PY
