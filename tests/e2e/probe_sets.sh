#!/usr/bin/env bash
# Accuracy on the project's own blind probe sets (tests/eval/*/): sets in the
# evaluation's format, written from LABELS.md, FACTS.md and the claims base
# alone by writers who had seen neither the engine nor the development set.
# Each is scored exactly as the development set is (../shared/eval/run);
# the run fails when a score drops below the floor the engine reached when
# the set was added, so a change that trades generality for the dev set shows.
set -euo pipefail
run="$SHARED_DIR/eval/run"
[ -x "$run" ] || exit 77
status=0
for set in "$SOURCE_DIR"/tests/eval/*/; do
  floor=$(cat "$set/FLOOR" 2>/dev/null || echo "0.95 0.95")
  read -r want_claims want_findings <<<"$floor"
  out=$("$run" "$ONEVOICE" "$set" --show 0)
  last=$(echo "$out" | tail -1)
  cross=$(echo "$out" | grep '^cross_office' || true)
  echo "$(basename "$set"): $last ($cross; floor $want_claims $want_findings)"
  claims=$(echo "$last" | sed -n 's/.*claims_f1=\([0-9.]*\).*/\1/p')
  findings=$(echo "$last" | sed -n 's/.*findings_f1=\([0-9.]*\).*/\1/p')
  if ! awk -v a="$claims" -v b="$findings" -v x="$want_claims" -v y="$want_findings" \
      'BEGIN { exit !(a + 0 >= x + 0 && b + 0 >= y + 0) }'; then
    echo "  below the floor"
    status=1
  fi
done
exit $status
