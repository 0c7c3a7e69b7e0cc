#!/usr/bin/env bash
# PF-start: seconds from launching the packaged application to the first served page (/login),
# with the embedded PostgreSQL in a fresh data directory (the slowest case: initdb + all migrations)
# and again with that directory kept (an ordinary restart).
# Usage: bench/start-time.sh   (builds target/placera.jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/placera.jar ] || ./mvnw -q -B -ntp package -DskipTests
data=$(mktemp -d)
port=18080

measure() {
  local start end pid
  start=$(date +%s.%N)
  java -jar target/placera.jar --server.port=$port --placera.database.data-directory="$data" \
       --spring.profiles.active=demo --management.server.port=18081 >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do sleep 0.1; done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk "BEGIN { print $end - $start }"
}

first=$(measure)
again=$(measure)
rm -rf "$data"
printf '{"benchmark":"PF-start","fresh_data_dir_s":%.2f,"restart_s":%.2f,"target_s":10,"cores":%s,"java":"%s"}\n' \
  "$first" "$again" "$(nproc)" "$(java -version 2>&1 | head -1 | tr -d '"')" | tee bench/results/start-time.json
