#!/usr/bin/env bash
# Real mail through `onevoice sendmail`: each SpamAssassin corpus message
# (../shared/external/spamassassin/eml, 6,046 of them) piped through
#   onevoice sendmail --rules $SHARED_DIR/eval/rules -- record-bytes OUT
# arrives byte-identical. A message the check blocks (exit 65) must not
# arrive, and arrives identical with --fail-on never; any other exit fails.
#
# A process per message costs ~0.1 s of CPU, so by default this runs a
# sample (every 16th message, every 4th multipart one, every Japanese one:
# 476); ONEVOICE_SA_FULL=1 runs all 6,046 (about ten minutes on two cores).
# ONEVOICE_SA_JOBS sets the parallelism (default 2); KEEP=1 keeps the work
# folder (results, stderr) for a look.
set -euo pipefail
SA="$SHARED_DIR/external/spamassassin"
RULES="$SHARED_DIR/eval/rules"
[ -f "$SA/index.tsv" ] && [ -d "$RULES" ] || exit 77
RB="$BUILD_DIR/record-bytes"
[ -x "$RB" ] || { echo "missing $RB: build the record-bytes target" >&2; exit 1; }
T=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] && echo "kept $T" || rm -rf "$T"' EXIT

if [ "${ONEVOICE_SA_FULL:-0}" = 1 ]; then
  awk -F'\t' 'NR > 1 { print $1 }' "$SA/index.tsv" > "$T/list"
else
  awk -F'\t' 'NR > 1 && ((NR - 1) % 16 == 0 || ($5 == 1 && (NR - 1) % 4 == 0) || $7 == 1) { print $1 }' \
    "$SA/index.tsv" > "$T/list"
fi
total=$(wc -l < "$T/list")

# One line per message: "<exit code> <same|differ|missing|absent> <path>".
export ONEVOICE RULES RB SA T
# shellcheck disable=SC2016  # expanded by the inner bash
xargs -P "${ONEVOICE_SA_JOBS:-2}" -n 40 bash -c '
  me=$$
  for p; do
    out="$T/got.$me"
    rm -f "$out"
    rc=0
    "$ONEVOICE" sendmail --rules "$RULES" -- "$RB" "$out" < "$SA/$p" 2> "$T/err.$me" || rc=$?
    if [ ! -e "$out" ]; then state=absent
    elif cmp -s "$SA/$p" "$out"; then state=same
    else state=differ; fi
    [ -s "$T/err.$me" ] && sed "s|^|$p: |" "$T/err.$me" >> "$T/stderr.$me"
    echo "$rc $state $p"
  done' _ < "$T/list" > "$T/results"

cat "$T"/stderr.* > "$T/stderr" 2> /dev/null || : > "$T/stderr"
identical=$(awk '$1 == 0 && $2 == "same"' "$T/results" | wc -l)
blocked=$(awk '$1 == 65 && $2 == "absent"' "$T/results" | wc -l)
warned=$(grep -c 'message sent unchecked' "$T/stderr" || true)
bad=$(awk '!(($1 == 0 && $2 == "same") || ($1 == 65 && $2 == "absent"))' "$T/results")

# Blocked ones: sent unchanged once the check may not block.
blocked_ok=0
while read -r _ _ p; do
  rm -f "$T/never.got"
  if "$ONEVOICE" sendmail --rules "$RULES" --fail-on never -- "$RB" "$T/never.got" < "$SA/$p" 2> /dev/null &&
     cmp -s "$SA/$p" "$T/never.got"; then
    blocked_ok=$((blocked_ok + 1))
  else
    bad+=$'\n'"blocked message not identical with --fail-on never: $p"
  fi
done < <(awk '$1 == 65 && $2 == "absent"' "$T/results")

results=$(wc -l < "$T/results")
echo "sendmail over SpamAssassin: $results/$total messages run: $identical sent identical;" \
     "$blocked blocked by findings (exit 65, not run), $blocked_ok of them sent identical with --fail-on never;" \
     "identical on arrival: $((identical + blocked_ok))/$total; $warned sent unchecked with a warning"
if [ "$blocked" -gt 0 ]; then
  echo "findings that blocked, by rule:"
  { grep ': error: ' "$T/stderr" || :; } | sed -n 's/.*\[\([^]]*\)\]$/\1/p' | sort | uniq -c | sort -rn
fi
{ grep 'warning: ' "$T/stderr" || :; } | sed 's/^[^:]*: onevoice sendmail: warning: //' | sort | uniq -c |
  sort -rn | sed -n 1,5p
if [ -n "${bad//[$'\n']/}" ] || [ "$results" != "$total" ]; then
  echo "FAILED:" >&2
  echo "$bad" | sed '/^$/d' | head -50 >&2
  exit 1
fi
