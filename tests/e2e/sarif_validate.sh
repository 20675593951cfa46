#!/usr/bin/env bash
# The SARIF of the development set's proposal documents passes Microsoft's
# SARIF validator (`sarif-multitool validate`) with no error-level result
# (issue 6's acceptance). The multitool comes from npm
# (@microsoft/sarif-multitool) and is installed once into
# $BUILD_DIR/sarif-tools; without npm, or when the install fails (offline),
# the test skips (77) and says why.
set -euo pipefail
dev="$SHARED_DIR/eval/dev"
[ -d "$dev/docs" ] && [ -d "$SHARED_DIR/eval/rules" ] || { echo "skip: no $dev/docs"; exit 77; }

tools="${BUILD_DIR:-${TMPDIR:-/tmp}}/sarif-tools"
multitool="$tools/node_modules/.bin/sarif-multitool"
if [ ! -x "$multitool" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "skip: npm is not installed, cannot fetch @microsoft/sarif-multitool"
    exit 77
  fi
  mkdir -p "$tools"
  if ! (cd "$tools" && npm install --no-audit --no-fund --no-save --prefix . @microsoft/sarif-multitool >npm.log 2>&1); then
    tail -5 "$tools/npm.log" || true
    echo "skip: npm install @microsoft/sarif-multitool failed (offline?)"
    exit 77
  fi
fi
# The platform package ships its binary; newer npm may not run its
# postinstall `chmod u+x`.
for bin in "$tools"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool; do
  [ -e "$bin" ] && [ ! -x "$bin" ] && chmod u+x "$bin"
done
[ -x "$multitool" ] || { echo "skip: no sarif-multitool after install"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Run from the set's folder so URIs are relative to it; write nothing there.
# Findings exit 1: that is the documents' verdict, not a failure here.
rc=0
(cd "$dev" && "$ONEVOICE" check docs --rules ../rules --format sarif) >"$work/out.sarif" || rc=$?
if [ "$rc" -gt 1 ]; then
  echo "FAIL: onevoice check exited $rc"
  exit 1
fi
(cd "$work" && "$multitool" validate -o result.sarif out.sarif) >"$work/validate.log" 2>&1 || {
  cat "$work/validate.log"
  echo "FAIL: sarif-multitool validate could not run"
  exit 1
}
grep -E "(error|warning) SARIF" "$work/validate.log" || true

python3 - "$work/out.sarif" "$work/result.sarif" <<'PY'
import json, sys
out = json.load(open(sys.argv[1], encoding="utf-8"))
run = out["runs"][0]
results = run["results"]
rules = run["tool"]["driver"]["rules"]
# The eval docs do have findings; an empty log would validate trivially.
if not results or not rules:
    sys.exit("FAIL: the SARIF log has no results or no rules")
val = json.load(open(sys.argv[2], encoding="utf-8"))
bad = []
counts = {}
for vrun in val.get("runs", []):
    for r in vrun.get("results", []):
        level = r.get("level", "warning")
        counts[level] = counts.get(level, 0) + 1
        if level == "error":
            msg = r.get("message", {})
            bad.append("%s %s %s" % (r.get("ruleId"), msg.get("id", ""), msg.get("arguments", msg.get("text", ""))))
    for n in vrun.get("invocations", [{}])[0].get("toolExecutionNotifications", []):
        if n.get("level") == "error":
            bad.append("tool: %s" % n.get("message", {}).get("text", ""))
print("sarif: %d results under %d rules; validator: %s" %
      (len(results), len(rules), ", ".join("%d %s" % (n, l) for l, n in sorted(counts.items())) or "no findings"))
if bad:
    print("\n".join(bad))
    sys.exit("FAIL: %d error-level validation results" % len(bad))
PY
