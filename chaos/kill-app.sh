#!/usr/bin/env bash
# Chaos: kill -9 of Placera while a coach saves employer contacts through the API (each with its idempotency key,
# resent with the same key until answered). Placera is started again on the same data directory — its orphaned
# PostgreSQL must not stop that start. Expected: every acknowledged save present, none twice; the session survives.
#   chaos/kill-app.sh [--short]    (CHAOS_WRITES=1200, --short: CHAOS_SHORT_WRITES=120; CHAOS_PORT=18280)
. "$(dirname "$0")/lib.sh"
start_placera
sign_in
writer & WRITER=$!
wait_for_acknowledged $(( WRITES / 3 ))

kill -9 "$PID"; wait "$PID" 2>/dev/null || true
KILLED=$(now)
start_placera
RESTART=$(seconds_since "$KILLED")
grep -q 'left running by an earlier Placera' "$LOG" || { echo "kill-app: the orphaned PostgreSQL was not reported"; exit 1; }
wait "$WRITER"
read -r PRESENT TWICE <<< "$(count_present)"
ACKED=$(wc -l < "$WORK/acknowledged")
UNCLEAN=$(unclean_answers)
stop_placera
AUDIT=$(verify_audit_log)
echo "kill-app: $ACKED acknowledged, $PRESENT present, $(( ACKED - PRESENT )) lost, $TWICE twice, restart $RESTART s," \
    "answers $(answers), $UNCLEAN unclean, access log $AUDIT"
[ "$ACKED" = "$PRESENT" ] && [ "$TWICE" = 0 ] && [ "$UNCLEAN" = 0 ] && [ "$AUDIT" = intact ]
