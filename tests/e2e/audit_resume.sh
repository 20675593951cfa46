#!/usr/bin/env bash
# An audit killed with -9 halfway and run again stores each message exactly
# once, and the second run completes (issue 5; SPEC §5 "re-runs skip
# messages already in it"). Corpus: ../shared/external/spamassassin/
# spamassassin-all.mbox (6,046 messages of real, old, messy mail); skipped
# (77) when it is absent.
#
# The kill lands once at least half of the messages are committed (audit
# commits about once a second, so the count moves in steps) and while the
# process is still storing; the script fails, rather than passes vacuously,
# when the first run ends before it can be killed, when nothing or
# everything was stored at the kill, or when the process did not die of
# SIGKILL. The resumed database is then compared with an uninterrupted
# audit of the same mbox: same messages, same claims, same findings.
set -euo pipefail
mbox="$SHARED_DIR/external/spamassassin/spamassassin-all.mbox"
[ -f "$mbox" ] || { echo "skip: $mbox not found"; exit 77; }
command -v python3 >/dev/null || { echo "skip: python3 needed to read the database"; exit 77; }
expected=6046
half=$(( (expected + 1) / 2 ))

tmp="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
db="$tmp/audit.sqlite"

# q [DB] QUERY: one value from a database (0 while it does not exist yet or
# is busy). Read-only, so it never takes the writer's lock.
q() {
  local file="$db"
  if [ $# -eq 2 ]; then file="$1"; shift; fi
  python3 - "$file" "$1" <<'EOF'
import sqlite3, sys
try:
    con = sqlite3.connect("file:%s?mode=ro" % sys.argv[1], uri=True, timeout=1)
    print(con.execute(sys.argv[2]).fetchone()[0])
except sqlite3.Error:
    print(0)
EOF
}

audit() {  # audit DB: the same command line for every run (exec: in the
  # background, $! is then onevoice itself, not a subshell around it)
  exec "$ONEVOICE" audit "$mbox" --rules "$SOURCE_DIR/rules" --db "$1" --progress never --format jsonl
}

# 1. Start an audit and kill it -9 once at least half the messages are in.
audit "$db" > "$tmp/first.jsonl" 2> "$tmp/first.err" &
pid=$!
n=0
for _ in $(seq 1 6000); do  # up to 10 minutes
  kill -0 "$pid" 2>/dev/null || break
  n=$(q "SELECT count(*) FROM messages")
  if [ "$n" -ge "$half" ]; then break; fi
  sleep 0.05
done
if ! kill -0 "$pid" 2>/dev/null; then
  echo "FAIL: the first audit ended before it could be killed (stored $n messages)" >&2
  cat "$tmp/first.err" >&2
  exit 1
fi
kill -9 "$pid"
set +e
wait "$pid" 2>/dev/null
rc=$?
set -e
pid=""
if [ $rc -ne 137 ]; then
  echo "FAIL: the first audit was not killed by SIGKILL (status $rc): it had already ended" >&2
  exit 1
fi
first=$(q "SELECT count(*) FROM messages")
echo "killed -9 with $first of $expected messages stored"
sleep 2  # longer than audit's commit interval: a survivor would show
if [ "$(q "SELECT count(*) FROM messages")" != "$first" ]; then
  echo "FAIL: messages are still being stored after the kill: the audit survived it" >&2
  exit 1
fi
if [ "$first" -lt "$half" ] || [ "$first" -ge "$expected" ]; then
  echo "FAIL: wanted at least $half but not all messages stored at the kill, got $first" >&2
  exit 1
fi
[ "$(q "SELECT status FROM runs WHERE id = 1")" = running ] || {
  echo "FAIL: the killed run should be left 'running'" >&2; exit 1; }

# 2. Run again to completion: no crash, exit 0 or 1 (findings), never 2 or a signal.
set +e
(audit "$db") > "$tmp/second.jsonl" 2> "$tmp/second.err"
rc=$?
set -e
if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
  echo "FAIL: the second audit exited $rc" >&2
  cat "$tmp/second.err" >&2
  exit 1
fi

# 3. Each message exactly once; the first run's rows kept, the rest added by
#    the second; the second run complete.
total=$(q "SELECT count(*) FROM messages")
places=$(q "SELECT count(*) FROM (SELECT DISTINCT source, offset FROM messages)")
dups=$(q "SELECT count(*) FROM (SELECT 1 FROM messages GROUP BY source, offset HAVING count(*) > 1)")
kept=$(q "SELECT count(*) FROM messages WHERE run_id = 1")
added=$(q "SELECT count(*) FROM messages WHERE run_id = 2")
status=$(q "SELECT status FROM runs WHERE id = 2")
orphans=$(q "SELECT count(*) FROM claims WHERE message NOT IN (SELECT id FROM messages)")
echo "after the re-run: $total messages ($kept from the killed run, $added added), run 2 $status"
fail=0
[ "$total" -eq "$expected" ] || { echo "FAIL: $total messages stored, want $expected" >&2; fail=1; }
[ "$places" -eq "$total" ] || { echo "FAIL: $places distinct (source, offset) for $total rows" >&2; fail=1; }
[ "$dups" -eq 0 ] || { echo "FAIL: $dups (source, offset) stored more than once" >&2; fail=1; }
[ "$kept" -eq "$first" ] || { echo "FAIL: the killed run's $first messages became $kept" >&2; fail=1; }
[ "$added" -eq $((expected - first)) ] || {
  echo "FAIL: the re-run added $added messages, want $((expected - first))" >&2; fail=1; }
[ "$status" = complete ] || { echo "FAIL: run 2 is '$status', want complete" >&2; fail=1; }
[ "$orphans" -eq 0 ] || { echo "FAIL: $orphans claims of no message" >&2; fail=1; }

# 4. Nothing lost, nothing doubled below the message level either: the
#    resumed database holds the same claims and findings as one
#    uninterrupted audit (cross-office over the whole archive included).
clean="$tmp/clean.sqlite"
set +e
(audit "$clean") > /dev/null 2> "$tmp/clean.err"
rc=$?
set -e
[ $rc -eq 0 ] || [ $rc -eq 1 ] || { echo "FAIL: the uninterrupted audit exited $rc" >&2; exit 1; }
for what in \
  "claims:SELECT count(*) FROM claims" \
  "message findings:SELECT count(*) FROM findings WHERE message IS NOT NULL" \
  "content hashes:SELECT count(DISTINCT content_hash) FROM messages" \
  "claims per place:SELECT group_concat(n) FROM (SELECT m.source || '@' || m.offset || '=' || count(c.id) AS n FROM messages m LEFT JOIN claims c ON c.message = m.id GROUP BY m.id ORDER BY m.source, m.offset)"; do
  name="${what%%:*}" sql="${what#*:}"
  got=$(q "$db" "$sql") want=$(q "$clean" "$sql")
  [ "$got" = "$want" ] || {
    echo "FAIL: $name differ from an uninterrupted audit (resumed ${got:0:80}, uninterrupted ${want:0:80})" >&2; fail=1; }
done
got=$(q "$db" "SELECT count(*) FROM findings WHERE message IS NULL AND run_id = 2")
want=$(q "$clean" "SELECT count(*) FROM findings WHERE message IS NULL")
[ "$got" = "$want" ] || { echo "FAIL: $got cross-office findings after the re-run, $want uninterrupted" >&2; fail=1; }
[ $fail -eq 0 ] && echo "same claims and findings as an uninterrupted audit"
exit $fail
