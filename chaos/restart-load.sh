#!/usr/bin/env bash
# Chaos: SIGTERM to Placera while a coach saves employer contacts and starts jobs through the API, then a start on the
# same data directory. Expected: Placera stops within its graceful-shutdown bound without a failed destroy method;
# requests in flight finish or fail cleanly (a save, a refusal, 503 or no answer — never a 500); nothing half-written
# (a plan whose current version has no version row, a job without its support schedule); every acknowledged save
# present, none twice.
#   chaos/restart-load.sh [--short]    (CHAOS_WRITES=1200, --short: CHAOS_SHORT_WRITES=120; CHAOS_PORT=18280)
. "$(dirname "$0")/lib.sh"
start_placera
sign_in
make_client
writer & WRITER=$!
job_writer $(( WRITES / 10 )) & JOBS=$!
wait_for_acknowledged $(( WRITES / 3 ))

TERMED=$(now)
kill -TERM "$PID"; EXIT=0; wait "$PID" || EXIT=$?; PID=
STOPPED=$(seconds_since "$TERMED")
! grep -qiE 'destroy method .*failed|Graceful shutdown aborted' "$LOG" \
    || { echo "restart-load: the shutdown was not clean, see $LOG"; exit 1; }
STARTED=$(now)
start_placera
RESTART=$(seconds_since "$STARTED")
wait "$WRITER" "$JOBS"
read -r PRESENT TWICE <<< "$(count_present)"
read -r JOBS_PRESENT JOBS_TWICE <<< "$(count_present job "$WORK/acknowledged-jobs")"
read -r PLANS_HALF JOBS_HALF <<< "$(half_written)"
ACKED=$(wc -l < "$WORK/acknowledged"); JOBS_ACKED=$(wc -l < "$WORK/acknowledged-jobs")
UNCLEAN=$(unclean_answers)
stop_placera
AUDIT=$(verify_audit_log)
echo "restart-load: $ACKED acknowledged, $PRESENT present, $(( ACKED - PRESENT )) lost, $TWICE twice;" \
    "jobs $JOBS_ACKED acknowledged, $JOBS_PRESENT present, $JOBS_TWICE twice; stopped in $STOPPED s (exit $EXIT)," \
    "restart $RESTART s; answers $(answers), $UNCLEAN unclean; half-written: $PLANS_HALF plans, $JOBS_HALF jobs;" \
    "access log $AUDIT"
[ "$ACKED" = "$PRESENT" ] && [ "$TWICE" = 0 ] && [ "$JOBS_ACKED" = "$JOBS_PRESENT" ] && [ "$JOBS_TWICE" = 0 ] \
    && [ "$UNCLEAN" = 0 ] && [ "$PLANS_HALF" = 0 ] && [ "$JOBS_HALF" = 0 ] && [ "$AUDIT" = intact ]
