#!/usr/bin/env bash
# The development set scores at least what the issues ask (claims and
# findings F1 >= 0.95 on the whole set) with this build.
set -euo pipefail
[ -x "$SHARED_DIR/eval/run" ] || exit 77
out=$("$SHARED_DIR/eval/run" "$ONEVOICE" --show 0)
echo "$out" | tail -3
last=$(echo "$out" | tail -1)
python3 - "$last" <<'PY'
import re, sys
m = re.search(r"claims_f1=([\d.]+) findings_f1=([\d.]+)", sys.argv[1])
c, f = float(m.group(1)), float(m.group(2))
sys.exit(0 if c >= 0.95 and f >= 0.95 else 1)
PY
