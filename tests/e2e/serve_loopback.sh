#!/usr/bin/env bash
# `onevoice serve` over loopback (issue 6's acceptance): 200 POST /v1/check
# of the development set's messages, 100 at a time, each answered with the
# same findings as `onevoice check FILE --format json`; a reload by
# POST /v1/reload and one by SIGHUP while they run, with no request failing;
# a body one byte over the 16 MiB default refused with 413 and a JSON error;
# bad JSON refused with 400; SIGTERM ends it with status 0.
set -euo pipefail
mail="$SHARED_DIR/eval/dev/mail"
rules="$SHARED_DIR/eval/rules"
[ -d "$mail" ] && [ -d "$rules" ] || { echo "skip: no $mail"; exit 77; }
command -v python3 >/dev/null || { echo "skip: python3 is needed"; exit 77; }

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -KILL "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$ONEVOICE" serve --listen "127.0.0.1:$port" --rules "$rules" --threads 16 2>"$work/serve.log" &
server=$!

python3 - "$ONEVOICE" "$rules" "$mail" "$port" "$server" <<'PY'
import concurrent.futures as cf
import glob, json, os, signal, subprocess, sys, threading, time, urllib.error, urllib.request

onevoice, rules, mail, port, pid = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
base = "http://127.0.0.1:%d" % port

def request(method, path, body=None, ctype=None, timeout=120):
    req = urllib.request.Request(base + path, data=body, method=method)
    if ctype:
        req.add_header("Content-Type", ctype)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()

# Wait for it to listen.
deadline = time.time() + 30
while True:
    try:
        status, body = request("GET", "/healthz", timeout=2)
        if status == 200:
            health = json.loads(body)
            break
    except OSError:
        pass
    if time.time() > deadline:
        sys.exit("FAIL: serve did not answer /healthz within 30 s")
    time.sleep(0.1)
assert health["status"] == "ok" and health["rules"], health

def key(findings):
    return sorted((f["kind"], f["rule"] or "", f["product"] or "", f["attribute"] or "", f["part"], f["line"],
                   f["column"]) for f in findings)

files = sorted(glob.glob(os.path.join(mail, "*.eml")))
assert files, "no messages"

# What `check` says of each message (one run over all of them: each message
# is judged on its own, as serve judges it).
p = subprocess.run([onevoice, "check", *files, "--format", "json", "--rules", rules], capture_output=True)
if p.returncode not in (0, 1):
    sys.exit("FAIL: check exited %d: %s" % (p.returncode, p.stderr.decode()))
by_file = {f: [] for f in files}
for f in json.loads(p.stdout)["findings"]:
    by_file[f["file"]].append(f)
expected = {f: key(v) for f, v in by_file.items()}
raw = {f: open(f, "rb").read() for f in files}
print("check: %d messages, %d findings" % (len(files), sum(len(v) for v in expected.values())))

# The load: 200 requests, 100 in flight at once; reloads once 50 are answered.
total, concurrency = 200, 100
done = 0
done_lock = threading.Lock()
half = threading.Event()
failures = []

def post(i):
    global done
    path = files[i % len(files)]
    status, body = request("POST", "/v1/check", raw[path], "message/rfc822")
    with done_lock:
        done += 1
        if done == 50:
            half.set()
    if status != 200:
        failures.append("%s: HTTP %d %s" % (os.path.basename(path), status, body[:200]))
        return
    doc = json.loads(body)
    if doc.get("version") != 1 or "summary" not in doc or "claims" not in doc:
        failures.append("%s: not a SPEC §5 document" % os.path.basename(path))
    elif key(doc["findings"]) != expected[path]:
        failures.append("%s: findings differ from check\n  serve: %s\n  check: %s"
                        % (os.path.basename(path), key(doc["findings"]), expected[path]))

reloads = {}
def reload_mid_load():
    half.wait(120)
    with done_lock:
        reloads["at"] = done
    status, body = request("POST", "/v1/reload")
    reloads["post"] = (status, json.loads(body))
    os.kill(pid, signal.SIGHUP)
    # A request that starts after SIGHUP is served by the reloaded rules.
    status, body = request("GET", "/healthz")
    reloads["health"] = (status, json.loads(body))
    with done_lock:
        reloads["after"] = done

start = time.time()
reloader = threading.Thread(target=reload_mid_load)
reloader.start()
with cf.ThreadPoolExecutor(concurrency) as pool:
    list(pool.map(post, range(total)))
reloader.join()
elapsed = time.time() - start

if failures:
    print("\n".join(failures[:10]))
    sys.exit("FAIL: %d of %d requests failed or differed from check" % (len(failures), total))
status, answer = reloads["post"]
if status != 200 or answer.get("status") != "reloaded":
    sys.exit("FAIL: POST /v1/reload answered %d %s" % (status, answer))
if reloads["health"][0] != 200:
    sys.exit("FAIL: /healthz after SIGHUP answered %d" % reloads["health"][0])
if not reloads["at"] < total:
    sys.exit("FAIL: the reload did not happen during the load (%d of %d answered)" % (reloads["at"], total))
print("serve: %d requests, %d at a time, in %.1f s; all match check; reloads when %d were answered"
      % (total, concurrency, elapsed, reloads["at"]))

# One byte over the default --max-body (16 MiB): 413 with a JSON error.
status, body = request("POST", "/v1/check", b"x" * (16 * 1024 * 1024 + 1), "message/rfc822")
if status != 413 or "error" not in json.loads(body):
    sys.exit("FAIL: an oversized body answered %d %s" % (status, body[:200]))
# Exactly the limit is accepted (binary, so it is judged unreadable quickly).
status, body = request("POST", "/v1/check", b"\0" * (16 * 1024 * 1024), "application/octet-stream")
if status != 200 or json.loads(body)["findings"][0]["kind"] != "unreadable":
    sys.exit("FAIL: a body of exactly 16 MiB answered %d %s" % (status, body[:200]))
# Bad JSON: 400 with a JSON error.
status, body = request("POST", "/v1/check", b'{"text": ', "application/json")
if status != 400 or "error" not in json.loads(body):
    sys.exit("FAIL: bad JSON answered %d %s" % (status, body[:200]))
# A JSON document is judged too.
status, body = request("POST", "/v1/check", json.dumps({
    "text": "Meridian Sync supports up to 5,000 users.", "office": "us-hq", "as_of": "2026-11-22"}).encode(),
    "application/json")
doc = json.loads(body)
if status != 200 or not doc["findings"]:
    sys.exit("FAIL: a JSON document answered %d %s" % (status, body[:300]))
print("serve: 413 over 16 MiB, 200 at it, 400 for bad JSON, JSON documents judged")
PY

kill -TERM "$server"
rc=0
wait "$server" || rc=$?
server=""
if [ "$rc" -ne 0 ]; then
  cat "$work/serve.log"
  echo "FAIL: serve exited $rc after SIGTERM"
  exit 1
fi
grep -q "rules reloaded" "$work/serve.log" || { cat "$work/serve.log"; echo "FAIL: SIGHUP did not reload"; exit 1; }
echo "serve: stopped cleanly on SIGTERM"
