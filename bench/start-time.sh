#!/usr/bin/env bash
# PF-start: seconds from launching the packaged application to the first served page (/login): with the embedded
# PostgreSQL in a fresh data directory (the slowest case: initdb + all migrations), again with that directory kept (an
# ordinary restart), and that restart from the class-data-sharing archive of bin/cds-archive.sh (decision 0090).
# Usage: bench/start-time.sh   (builds target/placera.jar if it is missing; makes the archive in target/placera-cds)
# BENCH_DATA=<dir> restarts on a generated database instead (e.g. region scale; issue 25's target is < 10 s there):
# no fresh start then, and the benchmark profile (a generated database's accounts, issue 21).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/placera.jar ] || ./mvnw -q -B -ntp package -DskipTests
bin/cds-archive.sh target/placera.jar target/placera-cds > /dev/null
port=18080
if [ -n "${BENCH_DATA:-}" ]; then
  data=$BENCH_DATA; profile=benchmark
  keys=(--placera.secrets.key-file="$data.secrets.key" --placera.audit.key-file="$data.audit.keys")
else
  data=$(mktemp -d); profile=demo; keys=()
fi

measure() {  # $@: how java starts Placera (its jar and JVM options)
  local start end pid
  start=$(date +%s.%N)
  java "$@" --server.port=$port --placera.database.data-directory="$data" "${keys[@]}" \
       --spring.profiles.active=$profile --management.server.port=18081 >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do
    kill -0 "$pid" 2>/dev/null || { echo "start-time: Placera did not start" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk "BEGIN { print $end - $start }"
}

fresh=null
if [ -z "${BENCH_DATA:-}" ]; then fresh=$(measure -jar target/placera.jar); fi
again=$(measure -jar target/placera.jar)
shared=$(measure -XX:SharedArchiveFile=target/placera-cds/placera.jsa -jar target/placera-cds/placera.jar)
[ -n "${BENCH_DATA:-}" ] || rm -rf "$data"
printf '{"benchmark":"PF-start","data":"%s","fresh_data_dir_s":%s,"restart_s":%.2f,"restart_cds_s":%.2f,"target_s":10,"cores":%s,"java":"%s"}\n' \
  "${BENCH_DATA:-demo}" "$fresh" "$again" "$shared" "$(nproc)" "$(java -version 2>&1 | head -1 | tr -d '"')" \
  | tee "bench/results/start-time${BENCH_DATA:+-$(basename "$BENCH_DATA")}.json"
