#!/usr/bin/env bash
# Chaos: kill -9 of the embedded PostgreSQL under a running Placera while a coach saves employer contacts through the
# API. Expected: health DOWN and a 503 "temporarily unavailable" page (with its correlation id, no stack trace) within
# seconds, Placera restarts its server by itself, and every acknowledged save is present, none twice.
#   chaos/kill-db.sh [--short]     (CHAOS_WRITES=1200, --short: CHAOS_SHORT_WRITES=120; CHAOS_PORT=18280)
. "$(dirname "$0")/lib.sh"
start_placera
sign_in
writer & WRITER=$!
wait_for_acknowledged $(( WRITES / 3 ))

OUTAGE=${CHAOS_OUTAGE_SECONDS:-15}
# keep the server's port taken for a while, so that the outage lasts (connections hang there: the worst case). The
# holder is started first and binds in a tight loop, so that it wins the port from the supervisor's restart.
python3 -c 'import socket, sys, time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
open(sys.argv[3], "w").close()
deadline = time.time() + 30
while True:
    try:
        s.bind(("127.0.0.1", int(sys.argv[1]))); break
    except OSError:
        if time.time() > deadline: sys.exit(1)
        time.sleep(0.001)
s.listen(64); time.sleep(float(sys.argv[2]))' "$PGPORT" "$OUTAGE" "$WORK/holder-ready" & HOLDER=$!
until [ -f "$WORK/holder-ready" ]; do sleep 0.05; done
KILLED=$(now)
kill -9 "$(head -1 "$DATA/postmaster.pid")"
DOWN=; PAGE=
for _ in $(seq 1 20); do
  [ -z "$DOWN" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 "$HEALTH")" = 503 ] && DOWN=$(seconds_since "$KILLED")
  if [ -z "$PAGE" ]; then
    curl -s -D "$WORK/headers" -o "$WORK/page.html" --max-time 15 "$BASE/login" > /dev/null || true
    if grep -q '^HTTP/1.1 503' "$WORK/headers"; then
      PAGE=$(seconds_since "$KILLED")
      ID=$(grep -i '^X-Correlation-Id:' "$WORK/headers" | tr -d '\r' | awk '{ print $2 }')
      [ -n "$ID" ] && grep -q "$ID" "$WORK/page.html" || { echo "kill-db: the 503 page lacks its correlation id"; exit 1; }
      ! grep -qiE 'exception|org\.postgresql|at fi\.placera' "$WORK/page.html" || { echo "kill-db: stack trace shown"; exit 1; }
    fi
  fi
  [ -n "$DOWN" ] && [ -n "$PAGE" ] && break
done
wait "$HOLDER" || { echo "kill-db: the restarted server took its port before the holder did"; exit 1; }
RELEASED=$(now)
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 15 "$BASE/login")" = 200 ]; do
  [ $(( $(now) - RELEASED )) -lt 120000 ] || { echo "kill-db: Placera did not recover within 120 s"; exit 1; }
  sleep 0.2
done
BACK=$(seconds_since "$RELEASED")
wait "$WRITER"
read -r PRESENT TWICE <<< "$(count_present)"
ACKED=$(wc -l < "$WORK/acknowledged")
UNCLEAN=$(unclean_answers)
stop_placera
AUDIT=$(verify_audit_log)
echo "kill-db: $ACKED acknowledged, $PRESENT present, $(( ACKED - PRESENT )) lost, $TWICE twice, health DOWN after ${DOWN:-never} s, 503 page after ${PAGE:-never} s, serving again $BACK s after the port was free (outage held $OUTAGE s)," \
    "answers $(answers), $UNCLEAN unclean, access log $AUDIT"
[ "$ACKED" = "$PRESENT" ] && [ "$TWICE" = 0 ] && [ -n "$PAGE" ] && [ -n "$DOWN" ] && [ "$UNCLEAN" = 0 ] \
    && [ "$AUDIT" = intact ]
