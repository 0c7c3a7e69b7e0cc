# Shared by the chaos scenarios (sourced). Traffic goes to 127.0.0.1 only and every loop is bounded.
# Placera runs from target/placera.jar with the demo profile (its accounts and employers) on a data directory of
# its own; writes are employer contacts recorded through the API by coach1, each with its own idempotency key,
# retried with the same key until answered, as a careful client does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT=${CHAOS_PORT:-18280}
BASE="http://127.0.0.1:$PORT"
HEALTH="http://127.0.0.1:$((PORT + 1))/actuator/health"
SECRET=JBSWY3DPEHPK3PXP
PASSWORD=demo-kahvi-2026
WRITES=${CHAOS_WRITES:-1200}
[ "${1:-}" = "--short" ] && WRITES=${CHAOS_SHORT_WRITES:-120}
for tool in oathtool curl jq psql; do
  command -v "$tool" >/dev/null || { echo "chaos: $tool missing (apt-get install -y oathtool curl jq postgresql-client)"; exit 2; }
done
JAR=${CHAOS_JAR:-target/placera.jar}
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
. bench/lib.sh
DATA=$(mktemp -d /tmp/placera-chaos-XXXX)
WORK=$(mktemp -d /tmp/placera-chaos-work-XXXX)
LOG="$WORK/placera.log"
PID=
cleanup() {
  local status=$?
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  if [ "$status" != 0 ] && [ -f "$LOG" ]; then
    # CI keeps nothing but its output: the failure's cause is in Placera's last errors. Placera runs with the demo
    # profile, which logs plain lines ("12:00:00 ERROR Logger - message", then the stack's lines); other profiles
    # log JSON. Both are matched.
    echo "chaos: the last errors in Placera's log:"
    grep -E -A 40 '"level":"ERROR"|^[0-9:]{8} ERROR ' "$LOG" | tail -80 | cut -c1-400 || true
    if [ -f "$WORK/unclean" ]; then
      echo "chaos: the unclean answers, and Placera's last warnings:"
      head -c 6000 "$WORK/unclean"
      grep -E '"level":"WARN"|^[0-9:]{8} WARN ' "$LOG" | grep -v 'Failed to validate connection' | tail -8 \
          | cut -c1-1500 || true
      echo "chaos: what reached the server's error page (its frames):"
      grep -A 60 "by the server's error page" "$LOG" | tail -120 | cut -c1-300 || true
    fi
  fi
  [ -n "${CHAOS_KEEP:-}" ] && echo "chaos: kept $DATA and $WORK" || rm -rf "$DATA" "$DATA".* "$WORK"
}
trap cleanup EXIT

now() { date +%s%3N; }
seconds_since() { awk -v ms=$(( $(now) - $1 )) 'BEGIN { printf "%.1f", ms / 1000 }'; }

start_placera() {  # starts Placera on $DATA (log appended to $LOG); sets PID; returns when /login answers 200
  ! curl -s -o /dev/null --max-time 5 "$BASE/login" || { echo "chaos: port $PORT is taken (set CHAOS_PORT)"; exit 1; }
  java -Xmx768m -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
      --management.server.port=$((PORT + 1)) --placera.database.data-directory="$DATA" \
      --server.servlet.session.cookie.secure=false --server.servlet.session.cookie.name=placera \
      --placera.secrets.key-file="$DATA.secrets.key" --placera.audit.key-file="$DATA.audit.keys" \
      --placera.research.key-dir="$WORK/keys" \
      --placera.research.work-dir="$WORK/research" >> "$LOG" 2>&1 &
  PID=$!
  local deadline=$(( $(date +%s) + ${CHAOS_START_SECONDS:-900} ))   # a loaded 2-core build machine is slow
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$BASE/login")" = 200 ]; do
    kill -0 "$PID" 2>/dev/null || { echo "chaos: Placera did not start, see $LOG"; exit 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "chaos: Placera did not answer within ${CHAOS_START_SECONDS:-900} s"; exit 1; }
    sleep 0.25
  done
  PGPORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$LOG" | tail -1 | grep -o '[0-9]*$')
}

sign_in() {  # sets COOKIE, CSRF_HEADER, CSRF_TOKEN and EMPLOYER for coach1
  COOKIE=$(login coach1)
  local session; session=$(curl -s -b "$COOKIE" "$BASE/api/v1/session")
  CSRF_HEADER=$(jq -r .csrfHeader <<< "$session"); CSRF_TOKEN=$(jq -r .csrfToken <<< "$session")
  EMPLOYER=$(curl -s -b "$COOKIE" "$BASE/api/v1/employers" | jq -r '.[0].id')
  : > "$WORK/attempts"
}

make_client() {  # sets CLIENT: a new client of coach1's team with a cooperation agreement (a job needs one)
  local team; team=$(psql_placera -c "select m.ips_team_id from ips_team_membership m
      join user_account a on a.staff_member_id = m.staff_member_id where a.username = 'coach1' limit 1")
  CLIENT=$(cat /proc/sys/kernel/random/uuid)
  save /api/v1/clients "{\"id\":\"$CLIENT\",\"firstName\":\"Kaaos\",\"lastName\":\"Testi\",\"preferredLanguage\":\"fi\",\"ipsTeamId\":\"$team\"}" > /dev/null
  save "/api/v1/clients/$CLIENT/agreement" "{\"agreedOn\":\"$(date +%F)\",\"howAgreed\":\"STRONG_IDENTIFICATION\"}" > /dev/null
}

save() {  # $1 path, $2 JSON body with its idempotency key: POST until answered (a save or a refusal), at most 180 s;
  # prints the final status; every answer goes to $WORK/attempts
  local status=000 deadline=$(( $(date +%s) + 180 )) answer="$WORK/answer.$BASHPID"
  while [ "$(date +%s)" -lt "$deadline" ]; do
    status=$(curl -s -D "$answer.headers" -o "$answer.body" -w '%{http_code}' --max-time 20 \
        -b "$COOKIE" -H "$CSRF_HEADER: $CSRF_TOKEN" -H 'Content-Type: application/json' -X POST "$BASE$1" -d "$2" || true)
    echo "$status" >> "$WORK/attempts"
    # an unclean answer is kept whole (headers and body: a problem detail, no client data) for the failure's report
    case "$status" in 2??|4??|503|000) ;; *) { echo "$(date +%T.%3N) POST $1"; cat "$answer.headers" "$answer.body"; echo; } \
        >> "$WORK/unclean" 2>/dev/null || true ;; esac
    case "$status" in 2??|4??) break ;; esac
    sleep 0.2
  done
  echo "$status"
}

record_contact() {  # $1 key
  save "/api/v1/employers/$EMPLOYER/contacts" "{\"key\":\"$1\",\"contactedOn\":\"$(date +%F)\",\"mode\":\"PHONE\",\"purpose\":\"GENERAL_JOB_DEVELOPMENT\",\"clientPresent\":false,\"outcome\":\"chaos\",\"nextStep\":\"\"}"
}

start_job() {  # $1 key: a job titled "chaos" for $CLIENT (its support schedule is written in the same transaction)
  save "/api/v1/clients/$CLIENT/jobs" "{\"key\":\"$1\",\"employerId\":\"$EMPLOYER\",\"title\":\"chaos\",\"startedOn\":\"$(date +%F)\",\"hoursPerWeek\":20,\"wageBasis\":\"HOURLY\",\"contractType\":\"PERMANENT\",\"competitive\":true}"
}

writer() {  # records $WRITES contacts one after another; acknowledged keys (201) go to $WORK/acknowledged
  : > "$WORK/acknowledged"
  for _ in $(seq 1 "$WRITES"); do
    local key; key=$(cat /proc/sys/kernel/random/uuid)
    [ "$(record_contact "$key")" != 201 ] || echo "$key" >> "$WORK/acknowledged"
  done
}

job_writer() {  # starts $1 jobs for $CLIENT one after another; acknowledged keys go to $WORK/acknowledged-jobs
  : > "$WORK/acknowledged-jobs"
  for _ in $(seq 1 "$1"); do
    local key; key=$(cat /proc/sys/kernel/random/uuid)
    [ "$(start_job "$key")" != 201 ] || echo "$key" >> "$WORK/acknowledged-jobs"
  done
}

wait_for_acknowledged() {  # $1 count
  # (the writer may not have created the file yet: the braces keep the redirection's complaint quiet too)
  while [ "$({ wc -l < "$WORK/acknowledged"; } 2>/dev/null || echo 0)" -lt "$1" ]; do sleep 0.1; done
}

count_present() {  # [$1 table, $2 file of keys] prints "<present> <twice>" for the acknowledged keys
  local keys; keys=$(sed "s/.*/'&'/" "${2:-$WORK/acknowledged}" | paste -sd, -)
  psql_placera -F ' ' -c "select count(distinct idempotency_key), count(*) - count(distinct idempotency_key)
      from ${1:-employer_contact} where idempotency_key in (${keys:-null})"
}

answers() {  # every answer the writers got, e.g. "201:118 503:4 000:9" (000: no answer, Placera was away)
  sort "$WORK/attempts" | uniq -c | awk '{ printf "%s%s:%s", sep, $2, $1; sep = " " }'
}

unclean_answers() {  # answers that are neither a save, a refusal, "temporarily unavailable" nor no answer at all
  grep -cvE '^(2..|4..|503|000)$' "$WORK/attempts" || true
}

half_written() {  # prints "<plans whose current version has no version row> <chaos jobs without their support schedule>"
  psql_placera -F ' ' -c "select (select count(*) from action_plan p where not exists (select 1 from action_plan_version v
          where v.plan_id = p.id and v.version = p.version)),
        (select count(*) from job j where j.title = 'chaos' and not exists (select 1 from support_due d where d.job_id = j.id))"
}

read_every_table() {  # reads every page of every table (data checksums on: a damaged page is an error); prints the count
  local tables; tables=$(psql_placera -c "select format('%I.%I', schemaname, tablename) from pg_tables
      where schemaname not in ('pg_catalog', 'information_schema')")
  for table in $tables; do psql_placera -v ON_ERROR_STOP=1 -c "select count(*) from $table" > /dev/null || return 1; done
  wc -w <<< "$tables"
}

verify_audit_log() {  # after Placera has stopped: the access log's hash chain (exit 0 = intact)
  java -jar "$JAR" verify-audit-log --spring.profiles.active=demo --placera.database.data-directory="$DATA" \
      --placera.secrets.key-file="$DATA.secrets.key" --placera.audit.key-file="$DATA.audit.keys" \
      > "$WORK/verify.log" 2>&1 && echo intact || echo BROKEN
}

stop_placera() {
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}
