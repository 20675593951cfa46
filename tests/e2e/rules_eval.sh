#!/usr/bin/env bash
# The evaluation claims base validates, every embedded example passes, and
# broken copies exit 2 naming file and line.
set -euo pipefail
rules="$SHARED_DIR/eval/rules"
[ -d "$rules" ] || exit 77
"$ONEVOICE" rules check "$rules"
"$ONEVOICE" rules test "$rules" | tail -1
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
# A bad regex.
cp -r "$rules" "$t/bad-regex"; chmod -R u+w "$t/bad-regex"
sed -i "0,/- '(?i)\\\\bguaranteed\\\\b'/s//- '(?i)\\\\bguaranteed(\\\\b'/" "$t/bad-regex/phrases/en.yaml"
set +e; out=$("$ONEVOICE" rules check "$t/bad-regex" 2>&1); rc=$?; set -e
[ $rc -eq 2 ] && echo "$out" | grep -q "phrases/en.yaml:[0-9]*:[0-9]*: error" || { echo "bad regex: $rc $out"; exit 1; }
# An unknown key.
cp -r "$rules" "$t/unknown-key"; chmod -R u+w "$t/unknown-key"
sed -i "s/^    source: \"Meridian Vault Service Description v2.1 (2025-11), §3.2 Recovery objectives\"/    sorce: x/" "$t/unknown-key/products/meridian-vault.yaml"
set +e; out=$("$ONEVOICE" rules check "$t/unknown-key" 2>&1); rc=$?; set -e
[ $rc -eq 2 ] && echo "$out" | grep -q "meridian-vault.yaml:[0-9]*:[0-9]*: error: .*sorce" || { echo "unknown key: $rc $out"; exit 1; }
# A duplicate id.
cp -r "$rules" "$t/dup"; chmod -R u+w "$t/dup"
sed -i "s/- id: mvault.sla/- id: mvault.rpo/" "$t/dup/products/meridian-vault.yaml"
set +e; out=$("$ONEVOICE" rules check "$t/dup" 2>&1); rc=$?; set -e
[ $rc -eq 2 ] && echo "$out" | grep -q "meridian-vault.yaml:[0-9]*:[0-9]*: error: .*mvault.rpo" || { echo "duplicate: $rc $out"; exit 1; }
# A string where a number belongs.
cp -r "$rules" "$t/string"; chmod -R u+w "$t/string"
sed -i "0,/    value: 10000/s//    value: \"ten thousand\"/" "$t/string/products/meridian-sync.yaml"
set +e; out=$("$ONEVOICE" rules check "$t/string" 2>&1); rc=$?; set -e
[ $rc -eq 2 ] && echo "$out" | grep -q "meridian-sync.yaml:[0-9]*:[0-9]*: error" || { echo "string: $rc $out"; exit 1; }
echo "broken copies: all exit 2 with file:line"
