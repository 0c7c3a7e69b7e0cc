#!/usr/bin/env bash
# Restore drill (issue 31 §3, docs/operations.md): backs a running Placera up under light API load with
# `placera backup`, restores the copy elsewhere with `placera restore`, starts Placera on it and checks
#   - the rows of every table: equal to the count when the backup started, or, for a table that changed while it ran,
#     between the counts at its start and its end;
#   - every employer contact acknowledged (201) before the backup started is present;
#   - the access log's hash chain (verify-audit-log);
#   - a sign-in whose authenticator secret is sealed (opened with the restored key file);
#   - a research study's key file.
# and prints the numbers: backup time and size, restore time, first start on the copy.
#   bin/restore-drill.sh            a generated region (placera generate --scale region; a few minutes)
#   bin/restore-drill.sh --short    the demo data (CI, under 2 minutes)
# Settings: DRILL_WRITES (300; --short 60), DRILL_PORT (18480, and the next one), DRILL_JAR (target/placera.jar), DRILL_KEEP=1 keeps
# the directories. Traffic goes to 127.0.0.1 only and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=region
WRITES=${DRILL_WRITES:-300}
PROFILE=benchmark   # a generated database, whose accounts share the demo password (issue 21)
if [ "${1:-}" = "--short" ]; then SCALE=demo; PROFILE=demo; WRITES=${DRILL_WRITES:-60}; fi
PORT=${DRILL_PORT:-18480}
BASE="http://127.0.0.1:$PORT"
SECRET=JBSWY3DPEHPK3PXP
PASSWORD=demo-kahvi-2026
for tool in oathtool curl jq psql sha256sum; do
  command -v "$tool" >/dev/null || { echo "restore-drill: $tool missing (apt-get install -y oathtool curl jq postgresql-client)"; exit 2; }
done
JAR=${DRILL_JAR:-target/placera.jar}
[ -f "$JAR" ] || ./mvnw -q -B package -DskipTests
. bench/lib.sh

WORK=$(mktemp -d /tmp/placera-drill-XXXX)
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  [ -n "${DRILL_KEEP:-}" ] && echo "restore-drill: kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
now() { date +%s%3N; }
seconds_since() { awk -v ms=$(( $(now) - $1 )) 'BEGIN { printf "%.1f", ms / 1000 }'; }
fail() { echo "restore-drill: FAILED: $*"; exit 1; }

settings() {  # $1 installation directory: Placera's data directory and key files in it
  echo "--placera.database.data-directory=$1/postgres" "--placera.secrets.key-file=$1/secrets.key" \
       "--placera.audit.key-file=$1/audit.keys" "--placera.research.key-dir=$1/research-keys" \
       "--placera.research.work-dir=$1/research-work"
}

start_placera() {  # $1 installation directory; sets PID, PGPORT, DATA; returns when /login answers 200
  # another program on the port would answer in Placera's place
  curl -s -o /dev/null "$BASE/login" && fail "port $PORT is in use (set DRILL_PORT)"
  curl -s -o /dev/null "http://127.0.0.1:$((PORT + 1))/" && fail "port $((PORT + 1)) is in use (set DRILL_PORT)"
  # shellcheck disable=SC2046
  java -Xmx768m -jar "$JAR" --spring.profiles.active=$PROFILE --server.port="$PORT" \
      --management.server.port=$((PORT + 1)) --server.servlet.session.cookie.secure=false \
      --server.servlet.session.cookie.name=placera $(settings "$1") >> "$1.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 2400); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login")" = 200 ] && break
    kill -0 "$PID" 2>/dev/null || fail "Placera did not start, see $1.log"
    sleep 0.25
  done
  PGPORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$1.log" | tail -1 | grep -o '[0-9]*$')
  DATA="$1/postgres"
}

stop_placera() {
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

sign_in() {  # $1 user: sets COOKIE, CSRF_HEADER, CSRF_TOKEN; a TOTP code is used once per account and 30 s step
  while [ "$(( $(date +%s) / 30 ))" = "${LAST_STEP:-}" ]; do sleep 1; done
  COOKIE=$(login "$1"); LAST_STEP=$(( $(date +%s) / 30 ))
  local session; session=$(curl -s -b "$COOKIE" "$BASE/api/v1/session")
  CSRF_HEADER=$(jq -r .csrfHeader <<< "$session" 2>/dev/null || true)
  CSRF_TOKEN=$(jq -r .csrfToken <<< "$session" 2>/dev/null || true)
  [ -n "$COOKIE" ] && [ "$CSRF_TOKEN" != null ] && [ -n "$CSRF_TOKEN" ]
}

writer() {  # $WRITES employer contacts through the API, one after another; acknowledged keys go to $WORK/acknowledged
  for _ in $(seq 1 "$WRITES"); do
    local key status; key=$(cat /proc/sys/kernel/random/uuid)
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 20 -b "$COOKIE" -H "$CSRF_HEADER: $CSRF_TOKEN" \
        -H 'Content-Type: application/json' -X POST "$BASE/api/v1/employers/$EMPLOYER/contacts" \
        -d "{\"key\":\"$key\",\"contactedOn\":\"$(date +%F)\",\"mode\":\"PHONE\",\"purpose\":\"GENERAL_JOB_DEVELOPMENT\",\"clientPresent\":false,\"outcome\":\"drill\",\"nextStep\":\"\"}" || true)
    [ "$status" = 201 ] && echo "$key" >> "$WORK/acknowledged"
    sleep 0.05
  done
}

row_counts() {  # "<table> <rows>" for every table of the database, sorted; not the sessions, which the drill's own
  # page loads make on the copy before it is counted (a run before this exclusion: spring_session 2, 2, copy 3), nor
  # the counted changes, which every Placera folds into one count every 5 s, the copy's too (decision 0091)
  pg "select string_agg(format('select %L, count(*) from %I', table_name, table_name), ' union all ')
      from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
        and table_name not like 'spring_session%' and table_name <> 'records_change'" \
    | psql_placera -F ' ' | sort
}

# --- the installation: data, a signed-in coach (its authenticator secret now sealed), a research study ------------
LIVE="$WORK/live"; mkdir -p "$LIVE"
if [ "$SCALE" = region ]; then
  echo "restore-drill: generating a region into $LIVE"
  # shellcheck disable=SC2046
  java -jar "$JAR" generate --scale region --seed 1 $(settings "$LIVE") > "$LIVE.generate.log" 2>&1 \
      || fail "generation failed, see $LIVE.generate.log"
fi
start_placera "$LIVE"
if [ "$SCALE" = region ]; then
  COACH=$(generated_coach)
  EMPLOYER=$(pg "select e.id from employer e join staff_member s on s.area_id = e.area_id
                 join user_account a on a.staff_member_id = s.id where a.username = '$COACH' order by e.id limit 1")
else
  COACH=coach1
fi
sign_in "$COACH" || fail "$COACH could not sign in on the live installation"
[ -n "${EMPLOYER:-}" ] || EMPLOYER=$(curl -s -b "$COOKIE" "$BASE/api/v1/employers" | jq -r '.[0].id')
SEALED=$(pg "select m.secret like 'v1:%' from mfa_credential m join user_account a on a.id = m.account_id
             where a.username = '$COACH'")
[ "$SEALED" = t ] || fail "the authenticator secret of $COACH is not sealed after a sign-in"
STUDY=$(pg "insert into research_study (name, basis_kind, basis_reference, period_from, period_to, date_handling,
              linkage_permitted, created_by, created_at)
            values ('Restore drill', 'PERMIT', 'DRILL/1', current_date - 365, current_date, 'MONTH', false,
              (select id from user_account where username = '$COACH'), now()) returning id" | head -1)
mkdir -p "$LIVE/research-keys"
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$LIVE/research-keys/study-$STUDY.key"
DB_MB=$(pg "select pg_database_size('placera') / 1048576")

# --- backup under load --------------------------------------------------------------------------------------------
: > "$WORK/acknowledged"
writer & WRITER=$!
while [ "$(wc -l < "$WORK/acknowledged")" -lt $(( WRITES / 3 )) ]; do
  kill -0 "$WRITER" 2>/dev/null || fail "the writer stopped early: $(wc -l < "$WORK/acknowledged") acknowledged"
  sleep 0.1
done
cp "$WORK/acknowledged" "$WORK/acknowledged-before-backup"   # acknowledged before `backup` even started
row_counts > "$WORK/counts-at-start"
BEGIN=$(now)
# shellcheck disable=SC2046
java -jar "$JAR" backup "$WORK/backup" $(settings "$LIVE") > "$WORK/backup.log" 2>&1 \
    || fail "backup: $(grep -E '^(Refused|Backup failed)' "$WORK/backup.log" || tail -3 "$WORK/backup.log")"
BACKUP_S=$(seconds_since "$BEGIN")
row_counts > "$WORK/counts-at-end"
wait "$WRITER"
stop_placera
BACKUP_MB=$(du -sm "$WORK/backup" | cut -f1)

# --- restore elsewhere and start on it ----------------------------------------------------------------------------
COPY="$WORK/restored"
BEGIN=$(now)
# shellcheck disable=SC2046
java -jar "$JAR" restore "$WORK/backup" --data-dir "$COPY/postgres" $(settings "$COPY") > "$WORK/restore.log" 2>&1 \
    || fail "restore: $(grep -E '^(Refused|Restore failed)' "$WORK/restore.log" || tail -3 "$WORK/restore.log")"
RESTORE_S=$(seconds_since "$BEGIN")
BEGIN=$(now)
start_placera "$COPY"
FIRST_START_S=$(seconds_since "$BEGIN")

row_counts > "$WORK/counts-restored"
read -r EQUAL WITHIN DIFFER < <(join "$WORK/counts-at-start" "$WORK/counts-at-end" | join - "$WORK/counts-restored" \
  | awk '{ lo = $2 < $3 ? $2 : $3; hi = $2 < $3 ? $3 : $2
           if ($2 == $3 && $4 == $2) e++; else if ($2 != $3 && $4 >= lo && $4 <= hi) w++; else { d++; print > "/dev/stderr" } }
         END { print e + 0, w + 0, d + 0 }')
TABLES=$(wc -l < "$WORK/counts-at-start")
[ "$(wc -l < "$WORK/counts-restored")" = "$TABLES" ] || fail "the copy has $(wc -l < "$WORK/counts-restored") tables, the original $TABLES"
ACKED=$(wc -l < "$WORK/acknowledged-before-backup")
KEYS=$(sed "s/.*/'&'/" "$WORK/acknowledged-before-backup" | paste -sd, -)
PRESENT=$(pg "select count(distinct idempotency_key) from employer_contact where idempotency_key in (${KEYS:-null})")
SIGN_IN=failed; sign_in "$COACH" && SIGN_IN=ok
RESEARCH=failed
[ "$(pg "select count(*) from research_study where id = $STUDY")" = 1 ] \
  && cmp -s "$LIVE/research-keys/study-$STUDY.key" "$COPY/research-keys/study-$STUDY.key" && RESEARCH=ok
stop_placera
# shellcheck disable=SC2046
AUDIT=BROKEN; java -jar "$JAR" verify-audit-log --spring.profiles.active=$PROFILE $(settings "$COPY") > "$WORK/verify.log" 2>&1 && AUDIT=intact

echo "restore-drill: $SCALE database $DB_MB MB; backup $BACKUP_S s, $BACKUP_MB MB; restore $RESTORE_S s;" \
     "first start on the copy $FIRST_START_S s; tables $EQUAL equal, $WITHIN within the load, $DIFFER differ;" \
     "$ACKED acknowledged before the backup, $PRESENT present, $(( ACKED - PRESENT )) lost;" \
     "access log $AUDIT; sign-in with a sealed secret $SIGN_IN; research key $RESEARCH"
[ "$DIFFER" = 0 ] && [ "$ACKED" = "$PRESENT" ] && [ "$AUDIT" = intact ] && [ "$SIGN_IN" = ok ] && [ "$RESEARCH" = ok ]
