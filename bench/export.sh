#!/usr/bin/env bash
# PF-export (quality.md; issue 12): times a research extract of a whole generated scale against PostgreSQL
# COPY (…) TO STDOUT of the same statements (bench/sql/extract-copy.sql, generated from ExtractTables and kept equal
# by BenchExtractSqlTest), and writes the ratio COPY time / extract time (target >= 0.5) into
# bench/results/<day>-export-<scale>.json and bench/results/<day>-export.md.
#   bench/export.sh [demo|region|national]   (default region)
# Settings: BENCH_PORT=18080 (and the next port for management) BENCH_RESULTS=bench/results BENCH_DATES=SHIFT|MONTH; BENCH_DATA=<dir> uses a database
# generated before (by `placera generate` or BENCH_KEEP=1 of this script) instead of generating one; BENCH_KEEP=1 keeps it.
# The TOTP secrets key and the access log's sealing keys are kept next to the data (<dir>.secrets.key, <dir>.audit.keys),
# so a kept database signs in, and its log verifies, from any checkout.
# The generator gives most clients (not all) a research consent, so before timing every enrolled client without one
# gets a consent in force to research use (party OTHER, kind EVALUATION): the extract covers everyone, the heaviest case.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-region}
PORT=${BENCH_PORT:-18080}
BASE="http://127.0.0.1:$PORT"
SECRET=JBSWY3DPEHPK3PXP
PASSWORD=demo-kahvi-2026
DAY=$(date +%F)
RESULTS=${BENCH_RESULTS:-bench/results}
DATES=${BENCH_DATES:-SHIFT}
mkdir -p "$RESULTS"
for tool in oathtool curl jq psql; do
  command -v "$tool" >/dev/null || { echo "bench: $tool missing (apt-get install -y oathtool curl jq postgresql-client)"; exit 2; }
done
[ -f target/placera.jar ] || ./mvnw -q -B package -DskipTests

. bench/lib.sh

if [ -n "${BENCH_DATA:-}" ]; then
  DATA=$BENCH_DATA; GEN_SECONDS=null
else
  DATA=$(mktemp -d "/tmp/placera-export-$SCALE-XXXX")
  echo "== $SCALE: generating into $DATA"
  GEN_BEGIN=$(date +%s)
  java -jar target/placera.jar generate --scale "$SCALE" --seed 1 --placera.database.data-directory="$DATA" --placera.audit.key-file="$DATA.audit.keys" \
      > "$RESULTS/$DAY-export-$SCALE-generate.log" 2>&1
  GEN_SECONDS=$(( $(date +%s) - GEN_BEGIN ))
fi
KEYS=$(mktemp -d /tmp/placera-export-keys-XXXX); WORK=$(mktemp -d /tmp/placera-export-work-XXXX)
LOG="$RESULTS/$DAY-export-$SCALE-placera.log"
# the benchmark profile runs only on a generated database (BENCH_DATA too must be one), whose accounts share the demo
# password (issue 21)
java -Xmx1g -jar target/placera.jar --spring.profiles.active=benchmark --server.port=$PORT \
    --placera.database.data-directory="$DATA" \
    --server.servlet.session.cookie.secure=false --server.servlet.session.cookie.name=placera \
    --management.server.port=$((PORT + 1)) \
    --placera.secrets.key-file="$DATA.secrets.key" --placera.audit.key-file="$DATA.audit.keys" \
    --placera.research.key-dir="$KEYS" --placera.research.work-dir="$WORK" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -rf "$KEYS" "$WORK"' EXIT
until curl -sf -o /dev/null "$BASE/login"; do
  kill -0 "$PID" 2>/dev/null || { echo "bench: Placera did not start, see $LOG"; exit 1; }
  sleep 0.2
done
PGPORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$LOG" | grep -o '[0-9]*$')
TO=$(date +%F); FROM=$(date -d "$TO -1 year +1 day" +%F)
UNIT=$([ "$DATES" = SHIFT ] && echo week || echo month)

echo "== $SCALE: research consents, a study and its evaluator"
pg "insert into consent (id, client_id, area_id, party_type, party_name, kind, valid_from, given_at, recorded_by)
      select gen_random_uuid(), a.client_id, a.area_id, 'OTHER', 'Benchmark study', 'EVALUATION', a.agreed_on, now(),
             a.recorded_by
      from cooperation_agreement a where not exists (select 1 from consent k where k.client_id = a.client_id
        and k.party_type = 'OTHER' and k.kind = 'EVALUATION' and k.withdrawn_at is null)" >/dev/null
pg "insert into user_account (id, username, display_name, password_hash, version)
      select gen_random_uuid(), 'bench-evaluator', 'Benchmark evaluator', password_hash, 0 from user_account
      where username = 'evaluator' or username like 'gen-%' order by username = 'evaluator' desc limit 1
      on conflict do nothing;
    insert into account_role (account_id, role) select id, 'EVALUATOR' from user_account
      where username = 'bench-evaluator' on conflict do nothing;
    insert into mfa_credential (account_id, secret, enrolled_at) select id, '$SECRET', now() from user_account
      where username = 'bench-evaluator' on conflict (account_id) do update set secret = excluded.secret;" >/dev/null
AREAS=$(pg "select string_agg(distinct area_id::text, ',' order by area_id::text) from client")
STUDY=$(pg "insert into research_study (name, basis_kind, basis_reference, period_from, period_to, date_handling,
              linkage_permitted, created_by, created_at)
            values ('Benchmark $SCALE ' || now(), 'PERMIT', 'BENCH/1', '$FROM', '$TO', '$DATES', false,
              (select id from user_account where username = 'bench-evaluator'), now()) returning id" | head -1)
pg "insert into research_study_area (study_id, area_id) select $STUDY, unnest('{$AREAS}'::smallint[]);
    insert into research_study_evaluator (study_id, account_id)
      select $STUDY, id from user_account where username = 'bench-evaluator'" >/dev/null
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$KEYS/study-$STUDY.key"
CLIENTS=$(pg "select count(*) from client where area_id in ($AREAS)")

copy_ms() {
  local begin; begin=$(date +%s%3N)
  psql_placera -v ON_ERROR_STOP=1 -v areas="$AREAS" -v from="$FROM" \
      -v to="$TO" -v today="$TO" -v unit="$UNIT" -f bench/sql/extract-copy.sql > "$WORK/copy.csv"
  echo $(( $(date +%s%3N) - begin ))
}

echo "== $SCALE: COPY of the same statements (warm-up, then timed)"
copy_ms >/dev/null
COPY_1=$(copy_ms); COPY_BYTES=$(stat -c %s "$WORK/copy.csv"); COPY_LINES=$(wc -l < "$WORK/copy.csv"); rm -f "$WORK/copy.csv"

echo "== $SCALE: the extract, as the evaluator requests it"
COOKIE=$(login bench-evaluator)
[ -n "$COOKIE" ] || { echo "bench: the evaluator could not sign in"; exit 1; }
queue_extract() {  # prints the job's id
  local csrf form job
  csrf=$(curl -s -H "Cookie: $COOKIE" "$BASE/research/studies/$STUDY" | csrf_of)
  form="_csrf=$csrf"; for area in ${AREAS//,/ }; do form="$form&areaIds=$area"; done
  job=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: $COOKIE" --data "$form" \
        "$BASE/research/studies/$STUDY/extracts" | grep -o '[0-9a-f-]\{36\}$')
  [ -n "$job" ] || { echo "bench: the extract was not queued" >&2; exit 1; }
  echo "$job"
}
state_of() { pg "select state from research_extract where id = '$1'"; }
finished_ms() {  # $1 job: waits for it, prints requested → finished in ms
  local state
  while :; do
    state=$(state_of "$1")
    [ "$state" = READY ] && break
    [ "$state" = FAILED ] && { echo "bench: the extract failed, see $LOG" >&2; exit 1; }
    sleep 0.5
  done
  pg "select round(extract(epoch from finished_at - requested_at) * 1000) from research_extract where id = '$1'"
}
extract_ms() { finished_ms "$(queue_extract)"; }
EXTRACT_1=$(extract_ms); EXTRACT_2=$(extract_ms)
COPY_2=$(copy_ms); rm -f "$WORK/copy.csv"

# "Extracts ... do not block interactive users" (issue 12): a coach's week page, one request after another, idle
# and while a third extract runs
echo "== $SCALE: a coach's week page, idle and while an extract runs"
COACH_COOKIE=$(login "$(generated_coach)")
week_ms() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $COACH_COOKIE" "$BASE/week" |
  awk '$1 != 200 { print "bench: /week answered " $1 > "/dev/stderr"; exit 1 } { printf "%d\n", $2 * 1000 }'; }
stats() { sort -n | awk '{ v[NR] = $1 } END { printf "{\"n\": %d, \"median\": %d, \"max\": %d}", NR, v[int((NR + 1) / 2)], v[NR] }'; }
for _ in 1 2 3 4 5; do week_ms > /dev/null; done
WEEK_IDLE=$(for _ in $(seq 20); do week_ms; done | stats)
JOB=$(queue_extract)
WEEK_BUSY=$(while [ "$(state_of "$JOB")" != READY ] && [ "$(state_of "$JOB")" != FAILED ]; do week_ms; done | stats)
finished_ms "$JOB" > /dev/null
read -r ROWS ZIP_BYTES INCLUDED < <(pg "select rows_done || ' ' || size_bytes || ' ' || clients from research_extract
                                       where study_id = $STUDY and state = 'READY' order by finished_at desc limit 1")
EXTRACT_MS=$(( EXTRACT_1 < EXTRACT_2 ? EXTRACT_1 : EXTRACT_2 ))
COPY_MS=$(( COPY_1 < COPY_2 ? COPY_1 : COPY_2 ))
RATIO=$(jq -n "$COPY_MS / $EXTRACT_MS * 100 | round / 100")
kill $PID; wait $PID 2>/dev/null || true

jq -n --arg scale "$SCALE" --arg day "$DAY" --arg dates "$DATES" --argjson generate_s "$GEN_SECONDS" \
   --argjson clients "$CLIENTS" --argjson included "$INCLUDED" --argjson rows "$ROWS" --argjson zip_bytes "$ZIP_BYTES" \
   --argjson copy_lines "$COPY_LINES" --argjson copy_bytes "$COPY_BYTES" \
   --argjson extract_ms "[$EXTRACT_1, $EXTRACT_2]" --argjson copy_ms "[$COPY_1, $COPY_2]" \
   --argjson ratio "$RATIO" --arg cpus "$(nproc)" --argjson week_idle "$WEEK_IDLE" --argjson week_busy "$WEEK_BUSY" \
   '{scale: $scale, day: $day, date_handling: $dates, generate_seconds: $generate_s, cpus: ($cpus | tonumber),
     clients_in_areas: $clients, clients_included: $included, extract_rows: $rows, extract_zip_bytes: $zip_bytes,
     copy_csv_lines: $copy_lines, copy_csv_bytes: $copy_bytes, extract_ms: $extract_ms, copy_ms: $copy_ms,
     ratio_copy_over_extract: $ratio, target: 0.5, meets_target: ($ratio >= 0.5),
     week_page_ms_idle: $week_idle, week_page_ms_during_extract: $week_busy}' \
   > "$RESULTS/$DAY-export-$SCALE.json"
{
  echo "## PF-export, $SCALE ($DAY)"
  echo
  echo "Extract of $INCLUDED clients ($ROWS rows, zip $ZIP_BYTES bytes, CSV + Parquet + codebook) in ${EXTRACT_MS} ms (best of"
  echo "2: $EXTRACT_1, $EXTRACT_2 ms) against PostgreSQL COPY of the same statements in ${COPY_MS} ms (best of 2 after a warm-up:"
  echo "$COPY_1, $COPY_2 ms): ratio $RATIO (target >= 0.5). Machine: $(nproc) cores, shared."
  echo "A coach's week page, one request after another (ms): idle $WEEK_IDLE; while an extract runs $WEEK_BUSY."
  echo
} >> "$RESULTS/$DAY-export.md"
cat "$RESULTS/$DAY-export-$SCALE.json"
[ -n "${BENCH_KEEP:-}" ] && echo "bench: kept $DATA" || { [ -n "${BENCH_DATA:-}" ] || rm -rf "$DATA"; }
