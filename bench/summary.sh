#!/usr/bin/env bash
# The markdown summary of one day's benchmark results (bench/results/<day>-<scale>.json), with the machine's
# facts and each PF target as a ratio (null where a divisor is 0). Usage: bench/summary.sh <day> [results directory]
set -euo pipefail
cd "${2:-$(dirname "$0")/results}"
DAY=$1
REGION="$DAY-region.json"
NATIONAL="$DAY-national.json"

echo "# Placera benchmarks, $DAY"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(uname -sr);"\
     "$(java -version 2>&1 | head -1); PostgreSQL (embedded) $(psql --version | awk '{ print $3 }') client."
WARMUP=${BENCH_WARMUP:-5s}
[ "$WARMUP" = 0 ] && WARMUP_TEXT="without a warm-up" || WARMUP_TEXT="after a $WARMUP warm-up"
echo "Load: wrk, 2 threads, ${BENCH_CONNECTIONS:-8} connections, ${BENCH_DURATION:-20s} per page $WARMUP_TEXT."
echo
for file in "$DAY-demo.json" "$REGION" "$NATIONAL"; do
  [ -f "$file" ] || continue
  jq -r 'def ratio(a; b): if b == 0 then null else (a / b * 100 | round) / 100 end;
         "## \(.scale): generated in \(.generate_seconds) s, \(.database_mb) MB; start to first page \(.start_to_first_page_ms) ms; heap after GC under load \(.heap_after_gc_mb) MB; measured after \(.jit_warming_rounds // "no") rounds of warming (the JIT compilers worked \(.jit_seconds_while_warming // 0) s meanwhile)\n",
         "| page | p50 ms | p95 ms | p99 ms | req/s | errors | vs floor (≥ 0.3) | CPU ms per request: Placera | PostgreSQL | floor ÷ page by CPU |",
         "|---|---|---|---|---|---|---|---|---|---|",
         (.pages.floor_api_session as $floor | .pages | to_entries[] |
           "| \(.key) | \(.value.p50_ms) | \(.value.p95_ms) | \(.value.p99_ms) | \(.value.rps) | \(.value.errors + .value.non_2xx_3xx) | \(ratio(.value.rps; $floor.rps)) | \(.value.placera_cpu_ms // "-") | \(.value.postgres_cpu_ms // "-") | \(if .value.placera_cpu_ms then ratio($floor.placera_cpu_ms + $floor.postgres_cpu_ms; .value.placera_cpu_ms + .value.postgres_cpu_ms) else "-" end) |"),
         "",
         "At 50 connections (the load of quality.md; p95 < 100 ms, no errors):", "",
         "| page | p50 ms | p95 ms | p99 ms | req/s | errors |", "|---|---|---|---|---|---|",
         ((.pages_at_50_connections // {}) | to_entries[] |
           "| \(.key) | \(.value.p50_ms) | \(.value.p95_ms) | \(.value.p99_ms) | \(.value.rps) | \(.value.errors + .value.non_2xx_3xx) |"),
         "",
         "Employer contacts stored during the contact submit warm-up and run: \(.pages.employer_contact_submit.stored_during_warmup_and_run) (run alone: \(.pages.employer_contact_submit.requests) requests)",
         "",
         "PF-audit (throughput with read logging on ÷ off, ≥ 0.9): my week \(ratio(.pages.my_week.rps; .audit_off.my_week.rps)), client record \(ratio(.pages.client_record.rps; .audit_off.client_record.rps))",
         "",
         "First read after a change of the records (figures computed, not kept; median of 5): team view \(.first_read_after_a_change_ms.team_view // "-") ms, outcome report page \(.first_read_after_a_change_ms.outcome_report_page // "-") ms; country-year while nothing changes \(.outcome_report.national_year_kept_ms // "-") ms",
         "",
         "PF-report (app computing ÷ hand-written SQL, ≤ 1.5 and < 1 s): team-year \(.outcome_report.team_year_app_ms) ms ÷ \(.outcome_report.team_year_sql_ms) ms = \(ratio(.outcome_report.team_year_app_ms; .outcome_report.team_year_sql_ms)); area-year \(.outcome_report.area_year_app_ms) ms ÷ \(.outcome_report.area_year_sql_ms) ms = \(ratio(.outcome_report.area_year_app_ms; .outcome_report.area_year_sql_ms)); country-year \(.outcome_report.national_year_app_ms) ms ÷ \(.outcome_report.national_year_sql_ms) ms = \(ratio(.outcome_report.national_year_app_ms; .outcome_report.national_year_sql_ms))",
         ""' "$file"
done
if [ -f "$REGION" ] && [ -f "$NATIONAL" ]; then
  echo "## PF-page: p95 national ÷ p95 region (≤ 1.2, and p95 < 100 ms)"
  echo
  jq -rn --slurpfile r "$REGION" --slurpfile n "$NATIONAL" \
     'def ratio(a; b): if b == 0 then null else (a / b * 100 | round) / 100 end;
      $r[0].pages | keys[] as $k | "- \($k): \($n[0].pages[$k].p95_ms) ms ÷ \($r[0].pages[$k].p95_ms) ms = \(ratio($n[0].pages[$k].p95_ms; $r[0].pages[$k].p95_ms))"'
fi
