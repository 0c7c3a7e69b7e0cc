#!/usr/bin/env bash
# Placera's benchmark harness (issue 10, quality.md "Benchmarks"): for each scale it generates a database with
# the synthetic-data generator, starts Placera on it, drives page and API traffic with wrk (Debian package; each page
# at BENCH_CONNECTIONS, then the pages of issue 25 at quality.md's 50 connections), times the outcome report of a team,
# an area and the country against hand-written SQL, and writes bench/results/<date>-<scale>.json and bench/results/<date>.md with the machine's facts.
#   bench/run.sh [demo] [region] [national]   (default: region national)
# Settings: BENCH_DURATION=20s BENCH_WARMUP=5s (0: none, and no JIT warming) BENCH_JIT_ROUNDS=20 BENCH_CONNECTIONS=8 BENCH_PORT=18080 (and the next port for
# management) BENCH_RESULTS=bench/results;
# BENCH_KEEP=1 keeps the generated database; BENCH_DATA=<dir> (one scale only) uses a database generated before (by
# `placera generate`, or kept by BENCH_KEEP=1 of this script or of bench/export.sh) instead of generating one: a
# national database takes most of an hour to generate. CI runs the demo scale for seconds (BenchmarkHarnessIT) so it cannot
# rot.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALES=("${@:-region national}")
read -r -a SCALES <<< "${SCALES[*]}"
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
PORT=${BENCH_PORT:-18080}
BASE="http://127.0.0.1:$PORT"
SECRET=JBSWY3DPEHPK3PXP
PASSWORD=demo-kahvi-2026
DAY=$(date +%F)
RESULTS=${BENCH_RESULTS:-bench/results}
mkdir -p "$RESULTS"

for tool in wrk oathtool curl jq psql jcmd jstat pgrep; do
  command -v "$tool" >/dev/null || { echo "bench: $tool missing (apt-get install -y wrk oathtool curl jq postgresql-client procps)"; exit 2; }
done
[ -f target/placera.jar ] || ./mvnw -q -B package -DskipTests

# --- one Placera on one data directory -------------------------------------------------------------------
start_placera() {  # $1 data dir, $2 log file; sets PID and START_MS
  local begin; begin=$(date +%s%3N)
  # plain HTTP on loopback: the session cookie cannot be Secure (nor so __Host-) for curl and wrk to send it back;
  # the benchmark profile: a generated database, whose accounts share the demo password (issue 21)
  # management on the next port, not the default 8081, which another Placera on a shared machine may hold, with the
  # benchmark profile's switch of the read log shown there
  java -Xmx1g -jar target/placera.jar --spring.profiles.active=benchmark --server.port=$PORT \
      --management.server.port=$((PORT + 1)) --management.endpoints.web.exposure.include=health,prometheus,benchmarkreadlog \
      --placera.database.data-directory="$1" \
      --server.servlet.session.cookie.secure=false --server.servlet.session.cookie.name=placera \
      --placera.secrets.key-file="$1.secrets.key" --placera.audit.key-file="$1.audit.keys" \
      > "$2" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "$BASE/login"; do
    kill -0 "$PID" 2>/dev/null || { echo "bench: Placera did not start, see $2"; exit 1; }
    sleep 0.2
  done
  START_MS=$(( $(date +%s%3N) - begin ))
}

stop_placera() {
  kill "$PID"; wait "$PID" 2>/dev/null || true
}

read_log() {  # $1 true|false: the benchmark's switch of the read log (PF-audit), on the management port
  local answer; answer=$(curl -sf -X POST -H 'Content-Type: application/json' -d "{\"readsLogged\": $1}" \
      "http://127.0.0.1:$((PORT + 1))/actuator/benchmarkreadlog") || { echo "bench: the read log's switch failed"; stop_placera; exit 1; }
  [ "$(jq -r .readsLogged <<< "$answer")" = "$1" ] || { echo "bench: the read log did not turn $1: $answer"; stop_placera; exit 1; }
}

. bench/lib.sh

check_page() {  # $1 cookie, $2 path: the page must answer 200 before it is measured (a login redirect would be fast)
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $1" "$BASE$2")
  [ "$status" = 200 ] || { echo "bench: $2 answered $status, not 200"; stop_placera; exit 1; }
}

load() {  # $1 cookie, $2 path; more env: WRK_BODY, WRK_CSRF. Prints wrk's JSON line.
  [ -n "${WRK_BODY:-}" ] || check_page "$1" "$2"
  # a slow page is measured, not dropped: wrk's own timeout (2 s) would count it as an error and leave no latency
  if [ "$WARMUP" != 0 ]; then
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s -s bench/page.lua -H "Cookie: $1" "$BASE$2" > /dev/null   # warm-up
  fi
  measured "$CONNECTIONS" "$1" "$2"
  [ -z "${BENCH_PROFILE:-}" ] || [ -n "${WRK_BODY:-}" ] || profile_page "$1" "$2"
}

# --- where a page's time goes (BENCH_PROFILE=1, issue 25) ---------------------------------------------------
# One connection for BENCH_DURATION under a flight recording: the request threads' CPU samples every 10 ms and every
# read from the database's socket (threshold 0), which bench/profile.py turns into milliseconds per request.
profile_settings() {  # the JDK's profile settings with every socket read recorded
  local jdk; jdk=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  sed '/<event name="jdk.SocketRead">/,/<\/event>/ s|<setting name="threshold" control="socket-threshold">[^<]*<|<setting name="threshold" control="socket-threshold">0 ms<|' \
      "$jdk/lib/jfr/profile.jfc" > "$PROFILE_DIR/placera.jfc"
}

profile_page() {  # $1 cookie, $2 path: a recording and wrk's line per page, named after the page
  local name; name=$(sed -E 's|^/||; s|\?.*||; s|[0-9a-f-]{36}|id|g; s|[^a-z0-9]+|-|g' <<< "$2")
  jcmd "$PID" JFR.start name=page settings="$PROFILE_DIR/placera.jfc" filename="$PROFILE_DIR/$SCALE-$name.jfr" > /dev/null
  wrk -t1 -c1 -d"$DURATION" --timeout 30s -s bench/page.lua -H "Cookie: $1" "$BASE$2" | tail -1 \
      > "$PROFILE_DIR/$SCALE-$name.json"
  jcmd "$PID" JFR.stop name=page > /dev/null
}
if [ -n "${BENCH_PROFILE:-}" ]; then
  PROFILE_DIR="$RESULTS/$DAY-profile"; mkdir -p "$PROFILE_DIR"; profile_settings
fi

timed_ms() {  # $1 cookie, $2 path: the median of five calls, in ms; every call must answer 200 (a refusal is fast).
              # CHANGED=1: a change of the records is counted before each call, so that its figures are computed
              # rather than kept (decision 0091): the cost of the first read after any change
  for _ in 1 2 3 4 5; do
    [ -z "${CHANGED:-}" ] || pg "insert into records_change default values" > /dev/null
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $1" "$BASE$2"
  done | awk -v path="$2" '$1 != 200 { print "bench: " path " answered " $1 > "/dev/stderr"; exit 1 } { print $2 }' |
    sort -n | sed -n 3p | awk '{ printf "%.1f", $1 * 1000 }'
}

sql_ms() {  # $1 scope (a where clause on client c, or empty), $2 $3 the period: the median of five runs of the
            # hand-written query, ms
  for _ in 1 2 3 4 5; do
    psql_placera -v from="$2" -v to="$3" -v scope="$1" \
        -c '\timing on' -f bench/sql/outcomes.sql | awk '/^Time:/ { print $2 }' | tail -1
  done | sort -n | sed -n 3p
}

settle_jit() {  # $1 coach cookie, $2 leader cookie, $3 client, $4 report page: drives the pages of issue 25 in turn, two
               # seconds each, until a round's JIT compiling took under a tenth of its time (jstat -compiler; at most
               # BENCH_JIT_ROUNDS, 20). After a start the C2 compiler works for minutes (Thymeleaf, SpEL) and takes a
               # core from the page measured first: my week, measured first, served 55 req/s, and 138-150 once the
               # compiler was idle. Sets JIT_ROUNDS and JIT_SECONDS (the compiler's time while warming).
  JIT_ROUNDS=0; JIT_SECONDS=0
  [ "$WARMUP" != 0 ] || return 0
  local began round_began compiled; began=$(compile_seconds)
  while [ "$JIT_ROUNDS" -lt "${BENCH_JIT_ROUNDS:-20}" ]; do
    JIT_ROUNDS=$((JIT_ROUNDS + 1)); round_began=$(compile_seconds)
    local start; start=$(date +%s%3N)
    for target in "$1 /week" "$1 /clients/$3" "$2 /team" "$2 $4"; do
      wrk -t2 -c"$CONNECTIONS" -d2s --timeout 30s -s bench/page.lua -H "Cookie: ${target%% *}" "$BASE${target#* }" > /dev/null
    done
    compiled=$(awk -v a="$round_began" -v b="$(compile_seconds)" 'BEGIN { print b - a }')
    if awk -v c="$compiled" -v ms="$(( $(date +%s%3N) - start ))" 'BEGIN { exit !(c * 1000 < ms / 10) }'; then
      break
    fi
  done
  JIT_SECONDS=$(awk -v a="$began" -v b="$(compile_seconds)" 'BEGIN { printf "%.1f", b - a }')
}

compile_seconds() {  # the JIT compilers' time so far in Placera's JVM
  jstat -compiler "$PID" | awk 'NR == 2 { print $4 }'
}

load_at_50() {  # $1 cookie, $2 path: quality.md's load, 50 connections, right after the page's own run (so warm)
  measured 50 "$1" "$2"
}

measured() {  # $1 connections, $2 cookie, $3 path: wrk's JSON line for one run of BENCH_DURATION, with the CPU per
              # request that Placera and PostgreSQL used during it (ms): steadier than req/s on a machine whose speed
              # varies between runs, and it says which of the two a page's cost is
  local before line after; before=$(cpu_ms)
  line=$(wrk -t2 -c"$1" -d"$DURATION" --timeout 30s -s bench/page.lua -H "Cookie: $2" "$BASE$3" | tail -1)
  after=$(cpu_ms)
  jq -c --argjson before "[${before// /,}]" --argjson after "[${after// /,}]" \
    'if .requests > 0 then . + {placera_cpu_ms: ((($after[0] - $before[0]) / .requests * 100 | round) / 100),
                                postgres_cpu_ms: ((($after[1] - $before[1]) / .requests * 100 | round) / 100)}
     else . end' <<< "$line"
}

heap_after_gc_mb() {
  jcmd "$PID" GC.run > /dev/null
  jcmd "$PID" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); print int(v / 1024); exit } }'
}

for SCALE in "${SCALES[@]}"; do
  if [ -n "${BENCH_DATA:-}" ]; then
    [ "${#SCALES[@]}" = 1 ] || { echo "bench: BENCH_DATA is one database, for one scale"; exit 2; }
    DATA=$BENCH_DATA; GEN_SECONDS=null
  else
    DATA=$(mktemp -d "/tmp/placera-bench-$SCALE-XXXX")
    echo "== $SCALE: generating into $DATA"
    GEN_BEGIN=$(date +%s)
    java -jar target/placera.jar generate --scale "$SCALE" --seed 1 --placera.database.data-directory="$DATA" --placera.audit.key-file="$DATA.audit.keys" \
        | tee "$RESULTS/$DAY-$SCALE-generate.log" | grep -E '^(clients|employer_contact|access_log|done|Generated)' || true
    GEN_SECONDS=$(( $(date +%s) - GEN_BEGIN ))
  fi

  start_placera "$DATA" "$RESULTS/$DAY-$SCALE-placera.log"
  PGPORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$RESULTS/$DAY-$SCALE-placera.log" | grep -o '[0-9]*$')
  DB_MB=$(pg "select pg_database_size('placera') / 1048576")
  COACH=$(generated_coach)
  # the contact form is submitted by another coach: its thousands of contacts would otherwise be this week's
  # contacts of the coach whose week is measured, and slow every later measurement of my week (PF-audit)
  SUBMITTER=$(generated_coach 1)
  LEADER=$(pg "select a.username from user_account a join account_role r on r.account_id = a.id
               where r.role = 'TEAM_LEADER' and a.username like 'gen-%' order by a.username limit 1")
  read -r TEAM_ID TEAM_CODE < <(pg "select t.id || ' ' || t.code from ips_team t
      join ips_team_membership m on m.ips_team_id = t.id join user_account a on a.staff_member_id = m.staff_member_id
      where a.username = '$LEADER'" | tr '|' ' ')
  read -r AREA_ID AREA_CODE < <(pg "select w.id || ' ' || w.code from welfare_area w join ips_team t on t.area_id = w.id
      where t.id = '$TEAM_ID'" | tr '|' ' ')
  CLIENT=$(pg "select c.id from client c join user_account a on a.staff_member_id = c.coach_staff_id
               where a.username = '$COACH' limit 1")
  # an employer of the submitter's own welfare area (another area's employer is refused, and nothing would be stored)
  EMPLOYER=$(pg "select e.id from employer e join staff_member s on s.area_id = e.area_id
                 join user_account a on a.staff_member_id = s.id where a.username = '$SUBMITTER' order by e.id limit 1")
  # an evaluator for the country-wide report, signing in like the generated coaches
  pg "insert into user_account (id, username, display_name, password_hash, version)
        select gen_random_uuid(), 'bench-evaluator', 'Benchmark evaluator', password_hash, 0 from user_account
        where username = '$COACH' on conflict do nothing;
      insert into account_role (account_id, role) select id, 'EVALUATOR' from user_account
        where username = 'bench-evaluator' on conflict do nothing;
      insert into mfa_credential (account_id, secret, enrolled_at) select id, '$SECRET', now() from user_account
        where username = 'bench-evaluator' on conflict (account_id) do update set secret = excluded.secret;"
  TO=$(date +%F); FROM=$(date -d "$TO -1 year +1 day" +%F)

  COACH_COOKIE=$(login "$COACH"); LEADER_COOKIE=$(login "$LEADER"); EVALUATOR_COOKIE=$(login bench-evaluator)
  SUBMITTER_COOKIE=$(login "$SUBMITTER")
  for cookie in "$COACH_COOKIE" "$LEADER_COOKIE" "$EVALUATOR_COOKIE" "$SUBMITTER_COOKIE"; do
    [ -n "$cookie" ] || { echo "bench: a sign-in failed"; stop_placera; exit 1; }
  done
  CSRF=$(curl -s -H "Cookie: $SUBMITTER_COOKIE" "$BASE/employer-contacts/new?employer=$EMPLOYER" | csrf_of)
  REPORT_PAGE="/reports/outcomes?subject=team:$TEAM_CODE&from=$(date -d "$FROM" +%-d.%-m.%Y)&to=$(date -d "$TO" +%-d.%-m.%Y)"
  echo "== $SCALE: warming until the JIT compilers are nearly idle"
  settle_jit "$COACH_COOKIE" "$LEADER_COOKIE" "$CLIENT" "$REPORT_PAGE"
  echo "== $SCALE: pages as $COACH and $LEADER (team $TEAM_CODE), after $JIT_ROUNDS warming rounds"
  FLOOR=$(load "$COACH_COOKIE" /api/v1/session)
  WEEK=$(load "$COACH_COOKIE" /week)
  RECORD=$(load "$COACH_COOKIE" "/clients/$CLIENT")
  # every submitted contact must be stored: a redirect back to the form would count as success for wrk
  CONTACTS_BEFORE=$(pg "select count(*) from employer_contact where employer_id = '$EMPLOYER'")
  CONTACT=$(WRK_CSRF=$CSRF WRK_BODY="key=%KEY%&employerId=$EMPLOYER&contactedOn=$(date +%-d.%-m.%Y)&mode=FACE_TO_FACE&purpose=GENERAL_JOB_DEVELOPMENT" \
      load "$SUBMITTER_COOKIE" /employer-contacts)
  CONTACTS_STORED=$(( $(pg "select count(*) from employer_contact where employer_id = '$EMPLOYER'") - CONTACTS_BEFORE ))
  CONTACT=$(jq -c --argjson stored "$CONTACTS_STORED" '. + {stored_during_warmup_and_run: $stored}' <<< "$CONTACT")
  TEAM=$(load "$LEADER_COOKIE" "/team")
  REPORT=$(load "$LEADER_COOKIE" "$REPORT_PAGE")
  HEAP_MB=$(heap_after_gc_mb)
  echo "== $SCALE: the pages of issue 25 at 50 connections"
  WEEK_50=$(load_at_50 "$COACH_COOKIE" /week)
  RECORD_50=$(load_at_50 "$COACH_COOKIE" "/clients/$CLIENT")
  TEAM_50=$(load_at_50 "$LEADER_COOKIE" /team)
  REPORT_50=$(load_at_50 "$LEADER_COOKIE" "$REPORT_PAGE")

  echo "== $SCALE: outcome report against hand-written SQL"
  # the team's leader asks for the last twelve months; a report outside the team (the country's) covers a calendar
  # period, so the country's is the last full calendar year
  LAST_YEAR=$(( $(date +%Y) - 1 ))
  # the application computes each report (no kept figures), as the hand-written SQL does
  REPORT_TEAM_APP=$(CHANGED=1 timed_ms "$LEADER_COOKIE" "/api/v1/reports/outcomes?team=$TEAM_CODE&from=$FROM&to=$TO") ||
    { stop_placera; exit 1; }
  REPORT_AREA_APP=$(CHANGED=1 timed_ms "$EVALUATOR_COOKIE" "/api/v1/reports/outcomes?area=$AREA_CODE&from=$LAST_YEAR-01-01&to=$LAST_YEAR-12-31") ||
    { stop_placera; exit 1; }
  REPORT_NATIONAL_APP=$(CHANGED=1 timed_ms "$EVALUATOR_COOKIE" "/api/v1/reports/outcomes?from=$LAST_YEAR-01-01&to=$LAST_YEAR-12-31") ||
    { stop_placera; exit 1; }
  # and the same while nothing changes (the figures kept)
  REPORT_NATIONAL_KEPT=$(timed_ms "$EVALUATOR_COOKIE" "/api/v1/reports/outcomes?from=$LAST_YEAR-01-01&to=$LAST_YEAR-12-31") ||
    { stop_placera; exit 1; }
  # the team pages as the first read after a change of the records: what a leader waits after any save
  TEAM_CHANGED=$(CHANGED=1 timed_ms "$LEADER_COOKIE" /team) || { stop_placera; exit 1; }
  REPORT_PAGE_CHANGED=$(CHANGED=1 timed_ms "$LEADER_COOKIE" "$REPORT_PAGE") || { stop_placera; exit 1; }
  REPORT_TEAM_SQL=$(sql_ms "where c.ips_team_id = '$TEAM_ID'" "$FROM" "$TO")
  REPORT_AREA_SQL=$(sql_ms "where c.area_id = $AREA_ID" "$LAST_YEAR-01-01" "$LAST_YEAR-12-31")
  REPORT_NATIONAL_SQL=$(sql_ms "" "$LAST_YEAR-01-01" "$LAST_YEAR-12-31")

  echo "== $SCALE: the same pages with read logging off (benchmark switch)"
  read_log false
  WEEK_NO_AUDIT=$(load "$COACH_COOKIE" /week)
  RECORD_NO_AUDIT=$(load "$COACH_COOKIE" "/clients/$CLIENT")
  read_log true
  stop_placera

  jq -n --arg scale "$SCALE" --arg day "$DAY" --argjson generate_s "$GEN_SECONDS" --argjson db_mb "$DB_MB" \
     --argjson start_ms "$START_MS" --argjson heap_mb "${HEAP_MB:-null}" --argjson jit_rounds "$JIT_ROUNDS" \
     --argjson jit_seconds "$JIT_SECONDS" \
     --argjson floor "$FLOOR" --argjson week "$WEEK" --argjson record "$RECORD" --argjson contact "$CONTACT" \
     --argjson team "$TEAM" --argjson report "$REPORT" \
     --argjson week_50 "$WEEK_50" --argjson record_50 "$RECORD_50" --argjson team_50 "$TEAM_50" \
     --argjson report_50 "$REPORT_50" \
     --argjson report_area_app_ms "$REPORT_AREA_APP" --argjson report_area_sql_ms "$REPORT_AREA_SQL" \
     --argjson week_no_audit "$WEEK_NO_AUDIT" --argjson record_no_audit "$RECORD_NO_AUDIT" \
     --argjson report_team_app_ms "$REPORT_TEAM_APP" --argjson report_team_sql_ms "$REPORT_TEAM_SQL" \
     --argjson report_national_app_ms "$REPORT_NATIONAL_APP" --argjson report_national_sql_ms "$REPORT_NATIONAL_SQL" \
     --argjson report_national_kept_ms "$REPORT_NATIONAL_KEPT" \
     --argjson team_changed_ms "$TEAM_CHANGED" --argjson report_page_changed_ms "$REPORT_PAGE_CHANGED" \
     '{scale: $scale, day: $day, generate_seconds: $generate_s, database_mb: $db_mb, start_to_first_page_ms: $start_ms,
       heap_after_gc_mb: $heap_mb, jit_warming_rounds: $jit_rounds, jit_seconds_while_warming: $jit_seconds,
       pages: {floor_api_session: $floor, my_week: $week, client_record: $record, employer_contact_submit: $contact,
               team_view: $team, outcome_report_page: $report},
       pages_at_50_connections: {my_week: $week_50, client_record: $record_50, team_view: $team_50,
                                 outcome_report_page: $report_50},
       first_read_after_a_change_ms: {team_view: $team_changed_ms, outcome_report_page: $report_page_changed_ms},
       audit_off: {my_week: $week_no_audit, client_record: $record_no_audit},
       outcome_report: {team_year_app_ms: $report_team_app_ms, team_year_sql_ms: $report_team_sql_ms,
                        area_year_app_ms: $report_area_app_ms, area_year_sql_ms: $report_area_sql_ms,
                        national_year_app_ms: $report_national_app_ms, national_year_sql_ms: $report_national_sql_ms,
                        national_year_kept_ms: $report_national_kept_ms}}' \
     > "$RESULTS/$DAY-$SCALE.json"
  echo "== $SCALE: written $RESULTS/$DAY-$SCALE.json"
  [ -n "${BENCH_KEEP:-}${BENCH_DATA:-}" ] && echo "bench: kept $DATA" || rm -rf "$DATA"
done

bench/summary.sh "$DAY" "$RESULTS" > "$RESULTS/$DAY.md"
cat "$RESULTS/$DAY.md"
