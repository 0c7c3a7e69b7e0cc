#!/usr/bin/env bash
# PF-import (quality.md; issue 25): a 10,000-row tracker of one team imported in under 10 s, nothing lost, errors
# reported per row. Generates a database (or uses BENCH_DATA=<dir>), writes a tracker of one of its teams with
# bench/tracker.py (data-exchange.md section 1, seed 1: tracker.xlsx, the same as CSV files, and tracker-bad.xlsx with
# ten broken rows), then times the import as the team's leader does it in the browser: the bad workbook uploaded
# (every error listed, nothing stored), the good one uploaded, its preview, the confirmation, stored. Then, with Placera
# stopped, `placera import` of the CSV files into a copy of the database as it was before (the process's whole run,
# start included), and the same command again on that copy (nothing new: importing again changes nothing).
# Writes bench/results/<day>-import-<scale>.json and a paragraph in bench/results/<day>-import.md.
#   bench/import.sh [demo|region]   (default demo)
# Settings: BENCH_PORT=18680 (and the next port for management) BENCH_RESULTS=bench/results BENCH_ROWS=10000;
# BENCH_DATA=<dir> uses a generated database (it is changed: the tracker is stored in it), BENCH_KEEP=1 keeps it.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-demo}
PORT=${BENCH_PORT:-18680}
BASE="http://127.0.0.1:$PORT"
SECRET=JBSWY3DPEHPK3PXP
PASSWORD=demo-kahvi-2026
DAY=$(date +%F)
RESULTS=${BENCH_RESULTS:-bench/results}
ROWS=${BENCH_ROWS:-10000}
TARGET_S=10
mkdir -p "$RESULTS"
for tool in oathtool curl jq psql python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool missing (apt-get install -y oathtool curl jq postgresql-client python3)"; exit 2; }
done
! curl -s -o /dev/null "$BASE" || { echo "bench: port $PORT is taken; set BENCH_PORT"; exit 2; }
[ -f target/placera.jar ] || ./mvnw -q -B package -DskipTests

. bench/lib.sh

if [ -n "${BENCH_DATA:-}" ]; then
  DATA=$BENCH_DATA; GEN_SECONDS=null
else
  DATA=$(mktemp -d "/tmp/placera-import-$SCALE-XXXX")
  echo "== $SCALE: generating into $DATA"
  GEN_BEGIN=$(date +%s)
  java -jar target/placera.jar generate --scale "$SCALE" --seed 1 --placera.database.data-directory="$DATA" \
      --placera.audit.key-file="$DATA.audit.keys" > "$RESULTS/$DAY-import-$SCALE-generate.log" 2>&1
  GEN_SECONDS=$(( $(date +%s) - GEN_BEGIN ))
fi
WORK=$(mktemp -d /tmp/placera-import-work-XXXX)
COPY="$WORK/db"
# the command's import goes into a copy of the database as it is before the browser's import
cp -a "$DATA" "$COPY"; cp "$DATA.pgpass" "$COPY.pgpass"; cp "$DATA.audit.keys" "$COPY.audit.keys"
[ ! -f "$DATA.secrets.key" ] || cp "$DATA.secrets.key" "$COPY.secrets.key"
LOG="$RESULTS/$DAY-import-$SCALE-placera.log"
PID=
trap '[ -z "$PID" ] || kill $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT

start_placera() {  # $1 data directory; sets PID and PGPORT. The benchmark profile: a generated database (issue 21)
  java -Xmx1g -jar target/placera.jar --spring.profiles.active=benchmark --server.port=$PORT \
      --management.server.port=$((PORT + 1)) --placera.database.data-directory="$1" \
      --server.servlet.session.cookie.secure=false --server.servlet.session.cookie.name=placera \
      --placera.secrets.key-file="$1.secrets.key" --placera.audit.key-file="$1.audit.keys" > "$LOG" 2>&1 &
  PID=$!
  until curl -sf -o /dev/null "$BASE/login"; do
    kill -0 "$PID" 2>/dev/null || { echo "bench: Placera did not start, see $LOG"; exit 1; }
    sleep 0.5
  done
  PGPORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$LOG" | grep -o '[0-9]*$')
}

cpu_ticks() {  # CPU time used so far by Placera and its PostgreSQL (the server, its backends and those that ended)
  local server; server=$(head -1 "$DATA/postmaster.pid")
  { awk '{ print $14 + $15 }' "/proc/$PID/stat"; awk '{ print $14 + $15 + $16 + $17 }' "/proc/$server/stat"
    for backend in $(ps -o pid= --ppid "$server"); do awk '{ print $14 + $15 }' "/proc/$backend/stat" 2>/dev/null || true; done
  } | awk '{ s += $1 } END { print s }'
}
cpu_since() {  # $1 ticks before: CPU seconds used since (a loaded machine's wait for a core is not in it)
  jq -n "($(cpu_ticks) - $1) / $(getconf CLK_TCK) * 10 | round / 10"
}

stop_placera() {
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

start_placera "$DATA"

# the team: the one whose coaches have the most room (each takes one client whose service goes on), its leader.
# A coach's room is their limit (20 clients per FTE over all their teams, IpsModel.caseloadLimit) less their active
# clients: a half-time coach with ten clients is full, though a full-time one with ten is not.
TEAM_CODE=$(pg "select t.code from ips_team t join ips_team_membership m on m.ips_team_id = t.id and m.team_role = 'COACH'
                left join coach_caseload l on l.staff_member_id = m.staff_member_id
                where exists (select 1 from ips_team_membership x join user_account a on a.staff_member_id = x.staff_member_id
                              where x.ips_team_id = t.id and x.team_role = 'TEAM_LEADER')
                group by t.code
                order by min(floor((select sum(f.fte) from organisation_facts_team_member f
                                    where f.staff_member_id = m.staff_member_id) * 20) - coalesce(l.active_clients, 0)) desc,
                         t.code limit 1")
TEAM_ID=$(pg "select id from ips_team where code = '$TEAM_CODE'")
LEADER=$(pg "select a.username from ips_team_membership m join user_account a on a.staff_member_id = m.staff_member_id
             where m.ips_team_id = '$TEAM_ID' and m.team_role = 'TEAM_LEADER' order by a.username limit 1")
COACHES=$(pg "select string_agg(a.username, ',' order by a.username) from ips_team_membership m
              join user_account a on a.staff_member_id = m.staff_member_id
              where m.ips_team_id = '$TEAM_ID' and m.team_role = 'COACH'")
CARE_TEAMS=$(pg "select coalesce(string_agg(c.code, ',' order by c.code), '') from care_team c
                 join ips_team t on t.area_id = c.area_id where t.id = '$TEAM_ID'")
pg "select c.identity_code from client c join ips_team t on t.area_id = c.area_id
    where t.id = '$TEAM_ID' and c.identity_code is not null" > "$WORK/taken.txt"
TODAY=$(pg "select (now() at time zone 'Europe/Helsinki')::date")

echo "== $SCALE: a $ROWS-row tracker of team $TEAM_CODE (coaches $COACHES)"
python3 bench/tracker.py make "$WORK/tracker" --rows "$ROWS" --seed 1 --coaches "$COACHES" --care-teams "$CARE_TEAMS" \
    --taken "$WORK/taken.txt" --today "$TODAY"
EXPECTED="$WORK/tracker/expected.json"
TABLES=$(jq -r '.records | keys | join(" ")' "$EXPECTED")
counts() {  # the records of every table the import writes, as a JSON object
  local sql="" table
  for table in $TABLES; do sql="$sql${sql:+ || ', ' || }'\"$table\": ' || (select count(*) from $table)"; done
  echo "{$(pg "select $sql")}"
}
delta() { jq -n --argjson before "$1" --argjson after "$2" '$after | with_entries(.value -= $before[.key])'; }

COOKIE=$(login "$LEADER")
[ -n "$COOKIE" ] || { echo "bench: the team leader $LEADER could not sign in"; exit 1; }
tenths() { jq -n "$1 * 10 | round / 10"; }
upload() {  # $1 workbook, $2 page file: the preview request; prints seconds
  local csrf; csrf=$(curl -s -H "Cookie: $COOKIE" "$BASE/imports" | csrf_of)
  tenths "$(curl -s -o "$2" -w '%{time_total}' -H "Cookie: $COOKIE" -F "team=$TEAM_ID" \
      -F "workbook=@$1;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
      "$BASE/imports/preview?_csrf=$csrf")"
}

echo "== $SCALE: the tracker with ten broken rows, uploaded"
BEFORE=$(counts)
TICKS=$(cpu_ticks)
BAD_S=$(upload "$WORK/tracker/tracker-bad.xlsx" "$WORK/bad.html")
BAD_CPU_S=$(cpu_since "$TICKS")
REPORTED=$(python3 bench/tracker.py errors "$WORK/bad.html")
BAD_STORED=$(delta "$BEFORE" "$(counts)")
jq -e --argjson reported "$REPORTED" '.errors == $reported' "$EXPECTED" > /dev/null ||
  { echo "bench: the errors listed are not the broken rows: $REPORTED"; exit 1; }
jq -e 'all(.[]; . == 0)' <<< "$BAD_STORED" > /dev/null || { echo "bench: a tracker with errors stored $BAD_STORED"; exit 1; }

echo "== $SCALE: the tracker uploaded, previewed and confirmed"
TICKS=$(cpu_ticks)
PREVIEW_S=$(upload "$WORK/tracker/tracker.xlsx" "$WORK/preview.html")
PREVIEW_CPU_S=$(cpu_since "$TICKS"); TICKS=$(cpu_ticks)
UPLOAD=$(grep -o 'name="upload" value="[^"]*"' "$WORK/preview.html" | sed 's/.*value="//; s/"$//') ||
  { echo "bench: no preview; the page said: $(python3 bench/tracker.py errors "$WORK/preview.html" | head -c 2000)"; exit 1; }
CSRF=$(csrf_of < "$WORK/preview.html")
read -r CONFIRM_S CONFIRM_STATUS < <(curl -s -o /dev/null -w '%{time_total} %{http_code}\n' -H "Cookie: $COOKIE" \
    --data-urlencode "upload=$UPLOAD" --data-urlencode "_csrf=$CSRF" "$BASE/imports/confirm")
CONFIRM_CPU_S=$(cpu_since "$TICKS"); CONFIRM_S=$(tenths "$CONFIRM_S")
[ "$CONFIRM_STATUS" = 302 ] || { echo "bench: the confirmation answered $CONFIRM_STATUS"; exit 1; }
STORED=$(delta "$BEFORE" "$(counts)")
stop_placera

echo "== $SCALE: placera import of the CSV files into the database as it was, then again"
command_s() {  # the command's whole run (start, import, stop); prints seconds, its output in $WORK/command.out
  local begin; begin=$(date +%s%3N)
  # the benchmark profile, as the web server's: a generated database's accounts share the demo password (issue 21)
  java -jar target/placera.jar import --team "$TEAM_CODE" --spring.profiles.active=benchmark \
      --placera.database.data-directory="$COPY" \
      --placera.audit.key-file="$COPY.audit.keys" --placera.secrets.key-file="$COPY.secrets.key" "$WORK/tracker/csv" \
      > "$WORK/command.out" 2> "$WORK/command.err" || { echo "bench: placera import failed:" >&2; cat "$WORK/command.out" >&2; exit 1; }
  jq -n "($(date +%s%3N) - $begin) / 100 | round / 10"
}
COMMAND_S=$(command_s); COMMAND_OUT=$(grep -v '^{' "$WORK/command.out" | tail -1)
AGAIN_S=$(command_s); AGAIN_OUT=$(grep -v '^{' "$WORK/command.out" | tail -1)

BROWSER_S=$(jq -n "$PREVIEW_S + $CONFIRM_S | . * 100 | round / 100")
LOST=$(jq -n --argjson stored "$STORED" --slurpfile expected "$EXPECTED" \
  '[$expected[0].records | to_entries[] | select($stored[.key] != .value) | .key]')
jq -n --arg scale "$SCALE" --arg day "$DAY" --argjson generate_s "$GEN_SECONDS" --arg cpus "$(nproc)" \
   --arg team "$TEAM_CODE" --slurpfile expected "$EXPECTED" --argjson stored "$STORED" --argjson lost "$LOST" \
   --argjson reported "$REPORTED" --argjson bad_s "$BAD_S" --argjson preview_s "$PREVIEW_S" \
   --argjson confirm_s "$CONFIRM_S" --argjson browser_s "$BROWSER_S" --argjson command_s "$COMMAND_S" \
   --argjson bad_cpu_s "$BAD_CPU_S" --argjson preview_cpu_s "$PREVIEW_CPU_S" --argjson confirm_cpu_s "$CONFIRM_CPU_S" \
   --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" --argjson again_s "$AGAIN_S" --arg command_out "$COMMAND_OUT" --arg again_out "$AGAIN_OUT" \
   --arg xlsx_bytes "$(stat -c %s "$WORK/tracker/tracker.xlsx")" --argjson target "$TARGET_S" \
   '{scale: $scale, day: $day, generate_seconds: $generate_s, cpus: ($cpus | tonumber), team: $team,
     rows_in_file: $expected[0].rows, workbook_bytes: ($xlsx_bytes | tonumber),
     records_expected: $expected[0].records, records_stored: $stored, records_lost: $lost,
     bad_rows: ($expected[0].errors | length), errors_reported: ($reported | length), bad_upload_s: $bad_s,
     preview_s: $preview_s, confirm_s: $confirm_s, browser_s: $browser_s, target_s: $target,
     cpu_s: {bad_upload: $bad_cpu_s, preview: $preview_cpu_s, confirm: $confirm_cpu_s}, load_average: $load,
     meets_target: ($browser_s < $target and ($lost | length) == 0),
     command_s: $command_s, command_output: $command_out, command_again_s: $again_s, command_again_output: $again_out}' \
   > "$RESULTS/$DAY-import-$SCALE.json"
{
  echo "## PF-import, $SCALE ($DAY, $(date +%H:%M))"
  echo
  echo "A tracker of team $TEAM_CODE: $(jq -r '.rows | to_entries | map("\(.value) \(.key)") | join(", ")' "$EXPECTED")"
  echo "rows. As its leader in the browser: upload and preview ${PREVIEW_S} s, confirmation ${CONFIRM_S} s, together"
  echo "**${BROWSER_S} s** (target < $TARGET_S s); tables with records lost: $(jq -r 'length' <<< "$LOST"). The same workbook"
  echo "with $(jq '.errors | length' "$EXPECTED") broken rows: $(jq length <<< "$REPORTED") errors listed (each with its table, row and column) in"
  echo "${BAD_S} s, nothing stored. \`placera import\` of the CSV files: ${COMMAND_S} s for the whole run, start included"
  echo "(\"$COMMAND_OUT\"); again on the same database ${AGAIN_S} s (\"$AGAIN_OUT\"). CPU seconds of Placera and its"
  echo "PostgreSQL: bad upload $BAD_CPU_S, preview $PREVIEW_CPU_S, confirmation $CONFIRM_CPU_S. Machine: $(nproc) cores, shared"
  echo "(load average $(cut -d' ' -f1-3 /proc/loadavg))."
  echo
} >> "$RESULTS/$DAY-import.md"
cat "$RESULTS/$DAY-import-$SCALE.json"
[ -n "${BENCH_KEEP:-}" ] && echo "bench: kept $DATA" || { [ -n "${BENCH_DATA:-}" ] || rm -rf "$DATA" "$DATA".*; }
