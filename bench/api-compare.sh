#!/usr/bin/env bash
# Compares what two builds of Placera answer on the same data (issue 30: "the OpenAPI document and the JSON of the
# outcome API are the same"): generates a demo-scale database once, starts each jar on its own copy of it, and keeps
# the OpenAPI document and the outcome API's JSON (a team, an area, the country) byte for byte.
#   bench/api-compare.sh <before.jar> <after.jar> <output dir>
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1 AFTER=$2 OUT=$3
PORT=${BENCH_PORT:-18081}
BASE="http://127.0.0.1:$PORT"
SECRET=JBSWY3DPEHPK3PXP
PASSWORD=demo-kahvi-2026
mkdir -p "$OUT"
. bench/lib.sh

run_jar() {  # $1 jar, $2 data dir, $3 name: starts the jar, fetches the documents into $OUT/$3-*.json, stops it
  java -Xmx1g -jar "$1" --spring.profiles.active=benchmark --server.port=$PORT --placera.database.data-directory="$2" \
      --server.servlet.session.cookie.secure=false --server.servlet.session.cookie.name=placera \
      --placera.secrets.key-file="$2.secrets.key" --placera.audit.key-file="$2.audit.keys" > "$OUT/$3.log" 2>&1 &
  local pid=$!
  trap "kill $pid 2>/dev/null" EXIT
  until curl -sf -o /dev/null "$BASE/login"; do kill -0 $pid || { echo "$3 did not start"; exit 1; }; sleep 0.3; done
  DATA=$2
  PGPORT=$(grep -o 'Embedded PostgreSQL started on port [0-9]*' "$OUT/$3.log" | grep -o '[0-9]*$')
  pg "insert into user_account (id, username, display_name, password_hash, version)
        select gen_random_uuid(), 'compare-evaluator', 'Comparison evaluator', password_hash, 0 from user_account
        where username like 'gen-%' order by username limit 1 on conflict do nothing;
      insert into account_role (account_id, role) select id, 'EVALUATOR' from user_account
        where username = 'compare-evaluator' on conflict do nothing;
      insert into mfa_credential (account_id, secret, enrolled_at) select id, '$SECRET', now() from user_account
        where username = 'compare-evaluator' on conflict (account_id) do update set secret = excluded.secret;" >/dev/null
  local leader team area cookie leader_cookie to from
  leader=$(pg "select a.username from user_account a join account_role r on r.account_id = a.id
               where r.role = 'TEAM_LEADER' and a.username like 'gen-%' order by a.username limit 1")
  team=$(pg "select t.code from ips_team t join ips_team_membership m on m.ips_team_id = t.id
             join user_account a on a.staff_member_id = m.staff_member_id where a.username = '$leader'")
  area=$(pg "select code from welfare_area order by code limit 1")
  cookie=$(login compare-evaluator); leader_cookie=$(login "$leader")
  to=$(date +%F); from=$(date -d "$to -1 year +1 day" +%F)
  curl -sf -H "Cookie: $cookie" "$BASE/api/v1/openapi.json" > "$OUT/$3-openapi.json"
  # the team as its own leader sees it (no suppression), then an area and the country as an evaluator sees them
  curl -sf -H "Cookie: $leader_cookie" "$BASE/api/v1/reports/outcomes?team=$team&from=$from&to=$to" > "$OUT/$3-outcomes-team.json"
  # outside the team only calendar periods are answered: the last full quarter
  to=$(date -d "$(date +%Y)-$(( ($(date +%-m) - 1) / 3 * 3 + 1 ))-01 -1 day" +%F); from=$(date -d "$to -3 months +1 day" +%F)
  curl -sf -H "Cookie: $cookie" "$BASE/api/v1/reports/outcomes?area=$area&from=$from&to=$to" > "$OUT/$3-outcomes-area.json"
  curl -sf -H "Cookie: $cookie" "$BASE/api/v1/reports/outcomes?from=$from&to=$to" > "$OUT/$3-outcomes-country.json"
  kill $pid; wait $pid 2>/dev/null || true
}

DATA_BEFORE=$(mktemp -d /tmp/placera-compare-XXXX)
java -jar "$BEFORE" generate --scale demo --seed 1 --placera.database.data-directory="$DATA_BEFORE" \
    --placera.audit.key-file="$DATA_BEFORE.audit.keys" > "$OUT/generate.log" 2>&1
run_jar "$BEFORE" "$DATA_BEFORE" before
DATA_AFTER=$(mktemp -d /tmp/placera-compare-XXXX)
cp -a "$DATA_BEFORE/." "$DATA_AFTER/"
for f in "$DATA_BEFORE".*; do cp -a "$f" "$DATA_AFTER${f#"$DATA_BEFORE"}"; done
run_jar "$AFTER" "$DATA_AFTER" after
for doc in "$OUT"/before-*.json; do
  name=${doc#"$OUT/before-"}
  if cmp -s "$doc" "$OUT/after-$name"; then echo "$name: byte-identical ($(wc -c < "$doc") bytes)"
  elif cmp -s <(jq -S . "$doc") <(jq -S . "$OUT/after-$name"); then
    echo "$name: the same content, keys in another order ($(diff <(jq . "$doc") <(jq . "$OUT/after-$name") | grep -c '^<') lines moved)"
  else echo "$name: DIFFERENT"; diff <(jq -S . "$doc") <(jq -S . "$OUT/after-$name") > "$OUT/diff-$name.txt" || true
       echo "  $(wc -l < "$OUT/diff-$name.txt") lines of difference in $OUT/diff-$name.txt"; fi
done
rm -rf "$DATA_BEFORE" "$DATA_AFTER" "$DATA_BEFORE".* "$DATA_AFTER".*
