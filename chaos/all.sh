#!/usr/bin/env bash
# Every chaos scenario one after another (issue 31 §2); each prints its line of numbers. Exit status: non-zero when
# any scenario failed (its own output says why); a scenario that cannot run here (disk-full without root) exits 3
# and is reported as not run.
#   chaos/all.sh [--short]    (bin/test runs it with --short after the Maven build)
set -uo pipefail
cd "$(dirname "$0")"
PASSED=(); FAILED=(); NOT_RUN=()
BEGIN=$(date +%s)
for scenario in kill-app kill-db restart-load disk-full; do
  ./"$scenario".sh "$@"
  case $? in
    0) PASSED+=("$scenario") ;;
    3) NOT_RUN+=("$scenario") ;;
    *) FAILED+=("$scenario") ;;
  esac
done
echo "chaos: ${#PASSED[@]} passed, ${#FAILED[@]} failed${FAILED[*]:+ (${FAILED[*]})}, ${#NOT_RUN[@]} not run${NOT_RUN[*]:+ (${NOT_RUN[*]})}; $(( $(date +%s) - BEGIN )) s"
[ "${#FAILED[@]}" = 0 ]
