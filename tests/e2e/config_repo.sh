#!/usr/bin/env bash
# tests/repo is a proposal repository with .onevoice.yaml (rules, default and
# per-path offices, ignores, severity overrides, unused suppressions asked for)
# and inline suppressions; a
# check of it gives exactly the findings in tests/repo/expected.txt. Exit 1
# (an error is among them), and a broken config exits 2 naming file:line.
set -euo pipefail
cd "$SOURCE_DIR/tests/repo"
set +e; "$ONEVOICE" check . --format json > /tmp/onevoice-repo.$$.json; rc=$?; set -e
[ $rc -eq 1 ] || { echo "exit $rc, want 1"; exit 1; }
got=$(python3 - /tmp/onevoice-repo.$$.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
for f in d["findings"]:
    print(f["kind"], f["rule"] or f["attribute"], f["file"].removeprefix("./"), f["line"], f["severity"])
PY
)
rm -f /tmp/onevoice-repo.$$.json
want=$(grep -v '^#' expected.txt)
if [ "$(echo "$got" | sort)" != "$(echo "$want" | sort)" ]; then
  echo "got:"; echo "$got"; echo "want:"; echo "$want"; exit 1
fi
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
cp -r "$SOURCE_DIR/tests/repo" "$t/repo"
sed -i "s#rules: ../../rules#rules: $SOURCE_DIR/rules#" "$t/repo/.onevoice.yaml"
# Unused suppressions are reported only when the config asks for them.
sed -i '/^  suppression: warning/d' "$t/repo/.onevoice.yaml"
n=$("$ONEVOICE" check "$t/repo" --format json | python3 -c 'import json,sys; print(sum(f["kind"] == "suppression" for f in json.load(sys.stdin)["findings"]))' || true)
[ "$n" = 0 ] || { echo "unused suppressions reported by default: $n"; exit 1; }
grep -q "^suppression" expected.txt || { echo "expected.txt lists no unused suppression"; exit 1; }
printf 'severity:\n  unverified: loud\n' >> "$t/repo/.onevoice.yaml"
set +e; out=$("$ONEVOICE" check "$t/repo" 2>&1); rc=$?; set -e
[ $rc -eq 2 ] && echo "$out" | grep -q "onevoice.yaml:[0-9]*:[0-9]*: error" || { echo "broken config: $rc $out"; exit 1; }
echo "config repository: findings as expected; a broken config exits 2"
