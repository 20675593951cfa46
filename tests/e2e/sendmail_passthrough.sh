#!/usr/bin/env bash
# onevoice sendmail hands a message on byte for byte and keeps its program's
# exit code; blocks a conflict with 65 without running the program; lets
# quoted conflicts through unless --include-quoted; fails open or closed
# (75) as --on-error says; exits 69 for a program that cannot run and 2 for
# a usage error. Messages with CRLF, 8-bit, ISO-2022-JP, binary parts, no
# final newline, over max_message_bytes… arrive identical (sha256).
set -euo pipefail
RULES="$SHARED_DIR/eval/rules"
[ -d "$RULES" ] || exit 77
RB="$BUILD_DIR/record-bytes"
[ -x "$RB" ] || { echo "missing $RB: build the record-bytes target" >&2; exit 1; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
sha() { sha256sum < "$1" | cut -d' ' -f1; }

# run NAME EXPECTED_RC MESSAGE [sendmail options...] -- PROGRAM...: runs
# sendmail with MESSAGE on stdin; stderr in $T/NAME.err, stdout in $T/NAME.out.
run() {
  local name=$1 want=$2 msg=$3
  shift 3
  local rc=0
  "$ONEVOICE" sendmail "$@" < "$msg" > "$T/$name.out" 2> "$T/$name.err" || rc=$?
  if [ "$rc" != "$want" ]; then
    fail "$name: exit $rc, wanted $want"
    sed 's/^/    /' "$T/$name.err" >&2
  fi
}
# passes NAME MESSAGE [options...]: sent, exit 0, identical.
passes() {
  local name=$1 msg=$2
  shift 2
  rm -f "$T/$name.got"
  run "$name" 0 "$msg" --rules "$RULES" "$@" -- "$RB" "$T/$name.got"
  if [ ! -f "$T/$name.got" ]; then
    fail "$name: program did not run"
  elif [ "$(sha "$msg")" != "$(sha "$T/$name.got")" ]; then
    fail "$name: bytes differ ($(stat -c%s "$msg") sent, $(stat -c%s "$T/$name.got") received)"
  fi
}
# blocked NAME RC MESSAGE [options...]: exit RC, program not run.
blocked() {
  local name=$1 want=$2 msg=$3
  shift 3
  rm -f "$T/$name.got"
  run "$name" "$want" "$msg" --rules "$RULES" "$@" -- "$RB" "$T/$name.got"
  [ ! -e "$T/$name.got" ] || fail "$name: program ran"
  [ ! -s "$T/$name.out" ] || fail "$name: wrote to stdout"
}
has() { grep -q -- "$2" "$T/$1.err" || fail "$1: stderr lacks '$2'"; }
hasnt() { ! grep -q -- "$2" "$T/$1.err" || fail "$1: stderr has '$2'"; }

# --- Fixtures, written byte for byte.
python3 - "$T" <<'PY'
import os, random, sys
t = sys.argv[1]
def w(name, data):
    open(os.path.join(t, name), "wb").write(data)
hdr = ("From: Alice <alice@meridian-data.com>\nTo: bob@example.com\nSubject: {s}\n"
       "Date: Mon, 2 Mar 2026 10:00:00 +0000\nMessage-ID: <{s}@example.com>\n")
def msg(s, body, extra="", eol="\n"):
    return (hdr.format(s=s) + extra + "\n" + body).replace("\n", eol)
ok = "Hi Bob,\n\nMeridian Sync supports up to 5,000 users.\n\nAlice\n"
bad = "Hi Bob,\n\nMeridian Sync supports up to 50,000 users.\n\nAlice\n"
w("clean.eml", msg("clean", ok).encode())
w("crlf.eml", msg("crlf", ok, eol="\r\n").encode())
w("conflict.eml", msg("conflict", bad, eol="\r\n").encode())
w("quoted.eml", msg("quoted", "Hi Bob, see below.\n\nOn Sun, 1 Mar 2026 at 09:00, Carol "
                    "<carol@meridian-data.com> wrote:\n> Meridian Sync supports up to 50,000 users.\n"
                    "> Best, Carol\n").encode())
w("no-final-eol.eml", msg("noeol", ok).encode().rstrip(b"\n"))
w("lone-cr.eml", msg("lonecr", ok, eol="\r").encode())
w("mixed-eol.eml", b"From: a@meridian-data.com\r\nSubject: mixed\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\n"
  b"one\r\ntwo\nthree\rfour\r\r\n\n  \t \n")
w("mbox-from.eml", b"From alice@meridian-data.com Mon Mar  2 10:00:00 2026\n" + msg("mboxfrom", ok + ">From here\n").encode())
# 8-bit bodies: UTF-8 with and without a label, Latin-1 without a label.
w("utf8.eml", msg("utf8", "Grüße — メリディアン シンクは最大5,000ユーザーまで。\n",
                  "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n").encode())
w("latin1-unlabelled.eml", msg("latin1", "Caf\xe9 cr\xe8me, \xa35 \xb1 2\n").encode("latin-1"))
w("iso2022jp.eml", msg("jis", "", "MIME-Version: 1.0\nContent-Type: text/plain; charset=ISO-2022-JP\n").encode()
  + "メリディアン シンクは最大5,000ユーザーです。\n".encode("iso-2022-jp"))
# Binary: a base64 attachment of random bytes, and a raw binary part.
rnd = random.Random(4).randbytes(300000)
import base64
b64 = base64.encodebytes(rnd).replace(b"\n", b"\r\n")
w("attachment.eml", msg("attach", "", "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"XYZ\"\n", "\r\n").encode()
  + b"--XYZ\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + ok.replace("\n", "\r\n").encode()
  + b"--XYZ\r\nContent-Type: application/octet-stream; name=\"blob.bin\"\r\nContent-Transfer-Encoding: base64\r\n"
  + b"Content-Disposition: attachment; filename=\"blob.bin\"\r\n\r\n" + b64 + b"--XYZ--\r\n")
w("raw-binary.eml", msg("rawbin", "", "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"XYZ\"\n").encode()
  + b"--XYZ\nContent-Type: text/plain\n\n" + ok.encode()
  + b"--XYZ\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: binary\n\n"
  + bytes(range(256)) * 64 + b"\0\0\r\r\n\n\xff\xfe" + b"\n--XYZ--\n")
w("all-bytes.eml", msg("allbytes", "").encode() + bytes(range(256)) * 16)
w("empty.eml", b"")
w("not-a-message.eml", b"\x1f\x8b\x08\x00" + random.Random(5).randbytes(5000))
# Larger than the pipe buffer, for a program that stops reading early.
w("large.eml", msg("large", ok + ("Just a line of text, nothing more.\n" * 40000)).encode())
# max_message_bytes (64 MiB) exactly, and one byte over.
limit = 64 << 20
head = msg("big", "", "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b\"\n", "\r\n").encode() \
    + b"--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--b\r\nContent-Type: application/octet-stream\r\n" \
    + b"Content-Transfer-Encoding: base64\r\n\r\n"
tail = b"\r\n--b--\r\n"
line = b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n"
n = limit - len(head) - len(tail)
body = (line * (n // len(line) + 1))[: n - 2] + b"\r\n"
w("limit.eml", head + body + tail)
w("over-limit.eml", head + body + b"A" + tail)
PY

# --- Clean messages go through unchanged; the program's exit code is kept.
for m in clean crlf no-final-eol lone-cr mixed-eol mbox-from utf8 latin1-unlabelled iso2022jp \
         attachment raw-binary large; do
  passes "$m" "$T/$m.eml"
  hasnt "$m" "warning"
done
run exit-code 7 "$T/clean.eml" --rules "$RULES" -- "$RB" --exit 7 "$T/exit-code.got"
cmp -s "$T/clean.eml" "$T/exit-code.got" || fail "exit-code: bytes differ"
run exit-code-sh 3 "$T/clean.eml" --rules "$RULES" -- sh -c 'cat > /dev/null; exit 3'
# Arguments after -- reach the program verbatim, a second -- included.
RECORD_BYTES_ARGV="$T/argv.txt" run argv 0 "$T/clean.eml" --rules "$RULES" -- \
  "$RB" "$T/argv.got" -f "a b@example.com" -- "x@example.com" ""
printf '%s\n' "$T/argv.got" -f "a b@example.com" -- "x@example.com" "" | cmp -s - "$T/argv.txt" ||
  fail "argv: program got other arguments: $(tr '\n' '|' < "$T/argv.txt")"
# Stdin from a pipe rather than a file.
# shellcheck disable=SC2002
cat "$T/attachment.eml" | "$ONEVOICE" sendmail --rules "$RULES" -- "$RB" "$T/piped.got" 2> "$T/piped.err" ||
  fail "piped: exit $?"
cmp -s "$T/attachment.eml" "$T/piped.got" || fail "piped: bytes differ"

# --- A conflict blocks: 65, findings on stderr in the text format, nothing run.
blocked conflict 65 "$T/conflict.eml"
has conflict "error: Meridian Sync max users"
has conflict "msync.max-users"
has conflict "message not sent"
# --fail-on never lets it through (the findings still printed).
passes conflict-fail-never "$T/conflict.eml" --fail-on never
has conflict-fail-never "error: Meridian Sync max users"
# --as-of: judged at another date, the clean message's 5,000 users is stale.
blocked stale-as-of 65 "$T/clean.eml" --as-of 2026-05-01
has stale-as-of "msync.max-users"
# Quoted conflicts never block, unless --include-quoted.
passes quoted "$T/quoted.eml"
blocked quoted-included 65 "$T/quoted.eml" --include-quoted
has quoted-included "(quoted)"
# A bad option value is a usage error before anything is read.
blocked bad-fail-on 2 "$T/clean.eml" --fail-on sometimes
blocked bad-on-error 2 "$T/clean.eml" --on-error maybe
blocked bad-format 2 "$T/clean.eml" --format json

# --- onevoice's own failures: --on-error pass (default) sends with a warning,
# --on-error block exits 75 (EX_TEMPFAIL) and sends nothing.
mkdir -p "$T/broken-rules"
cp -r "$RULES/." "$T/broken-rules/"
printf 'products: [\n  this is: not yaml\n' >> "$T/broken-rules/offices.yaml"
if "$ONEVOICE" rules check "$T/broken-rules" > /dev/null 2>&1; then fail "broken-rules: loads"; fi
for on in "" "--on-error pass"; do
  # shellcheck disable=SC2086
  run "broken-pass$on" 0 "$T/conflict.eml" --rules "$T/broken-rules" $on -- "$RB" "$T/broken.got"
  cmp -s "$T/conflict.eml" "$T/broken.got" || fail "broken-pass$on: bytes differ"
  has "broken-pass$on" "warning: the claims base .* does not load; message sent unchecked"
  rm -f "$T/broken.got"
done
run broken-block 75 "$T/clean.eml" --rules "$T/broken-rules" --on-error block -- "$RB" "$T/broken.got"
[ ! -e "$T/broken.got" ] || fail "broken-block: program ran"
has broken-block "message not sent (--on-error block)"
run missing-rules 75 "$T/clean.eml" --rules "$T/no-such-dir" --on-error block -- "$RB" "$T/broken.got"
[ ! -e "$T/broken.got" ] || fail "missing-rules: program ran"
# Unreadable messages are onevoice failures too.
for m in empty not-a-message; do
  passes "$m" "$T/$m.eml"
  has "$m" "warning: the message is unreadable"
  blocked "$m-block" 75 "$T/$m.eml" --on-error block
done
passes all-bytes "$T/all-bytes.eml"
# max_message_bytes: at the limit it is checked; one byte over, it is a failure.
passes limit "$T/limit.eml"
hasnt limit "larger than max_message_bytes"
passes over-limit "$T/over-limit.eml"
has over-limit "warning: the message is larger than max_message_bytes (67108864 bytes)"
# shellcheck disable=SC2002
cat "$T/over-limit.eml" | "$ONEVOICE" sendmail --rules "$RULES" -- "$RB" "$T/over-piped.got" 2> /dev/null ||
  fail "over-limit piped: exit $?"
cmp -s "$T/over-limit.eml" "$T/over-piped.got" || fail "over-limit piped: bytes differ"
blocked over-limit-block 75 "$T/over-limit.eml" --on-error block
rm -f "$T"/limit.* "$T"/over-limit.* "$T/over-piped.got"

# --- The program: missing (69), stops reading early (its code, a warning,
# no SIGPIPE death), killed by a signal (128 + N).
run missing-program 69 "$T/clean.eml" --rules "$RULES" -- "$T/no-such-program" -t
has missing-program "cannot run .*no-such-program: No such file or directory"
run not-executable 69 "$T/clean.eml" --rules "$RULES" -- "$T/clean.eml"
run early-exit 3 "$T/large.eml" --rules "$RULES" -- sh -c 'head -c 100 > /dev/null; exit 3'
has early-exit "stopped reading after"
run killed 143 "$T/clean.eml" --rules "$RULES" -- sh -c 'kill -TERM $$'

# --- Usage errors: exit 2, stdin not read.
run no-dashes 2 "$T/clean.eml" --rules "$RULES" "$RB" "$T/x.got"
run no-program 2 "$T/clean.eml" --rules "$RULES" --
run nothing 2 "$T/clean.eml"
[ ! -e "$T/x.got" ] || fail "no-dashes: program ran"

# --- The development set: sendmail blocks exactly the messages `check -`
# fails, and hands every message on unchanged with --fail-on never.
devmail="$SHARED_DIR/eval/dev/mail"
if [ -d "$devmail" ]; then
  n=0
  for m in "$devmail"/*.eml; do
    n=$((n + 1))
    want=0
    "$ONEVOICE" check - --rules "$RULES" --format json < "$m" > "$T/check.json" 2> /dev/null || want=$?
    [ "$want" = 1 ] && want=65
    # An unreadable message is onevoice's failure: sent with a warning.
    grep -q '"kind": "unreadable"' "$T/check.json" && want=0
    name="dev-$(basename "$m" .eml)"
    rm -f "$T/$name.got"
    run "$name" "$want" "$m" --rules "$RULES" -- "$RB" "$T/$name.got"
    if [ "$want" = 0 ]; then
      cmp -s "$m" "$T/$name.got" || fail "$name: bytes differ"
    else
      [ ! -e "$T/$name.got" ] || fail "$name: program ran"
      passes "$name-never" "$m" --fail-on never
    fi
  done
  echo "dev set: $n messages, $(grep -l 'message not sent' "$T"/dev-*.err | wc -l) blocked"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "sendmail pass-through: all cases OK"
