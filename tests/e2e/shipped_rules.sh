#!/usr/bin/env bash
# The shipped claims base validates, its examples pass, and the shipped
# corpus produces findings (exit 1) without errors of onevoice itself.
set -euo pipefail
cd "$SOURCE_DIR"
"$ONEVOICE" rules check rules
"$ONEVOICE" rules test rules | tail -1
set +e; "$ONEVOICE" check corpus --rules rules --format json > /dev/null; rc=$?; set -e
[ $rc -eq 1 ]
