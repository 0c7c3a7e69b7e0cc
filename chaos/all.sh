#!/usr/bin/env bash
# Every chaos scenario one after another (issue 31 §2); each prints its line of numbers. Exit status: non-zero when
# any scenario failed (its own output says why).
#   chaos/all.sh [--short]    (bin/test runs it with --short after the Maven build)
set -uo pipefail
cd "$(dirname "$0")"
FAILED=()
BEGIN=$(date +%s)
for scenario in kill-app kill-db restart-load disk-full; do
  ./"$scenario".sh "$@" || FAILED+=("$scenario")
done
echo "chaos: ${#FAILED[@]} of 4 scenarios failed${FAILED[*]:+ (${FAILED[*]})}, $(( $(date +%s) - BEGIN )) s"
[ "${#FAILED[@]}" = 0 ]
