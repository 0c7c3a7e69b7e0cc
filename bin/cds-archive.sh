#!/usr/bin/env bash
# Faster starts with class-data sharing (decision 0090): extracts the jar and records the classes that a start loads
# into an archive, which later starts map instead of reading, parsing and verifying each class again.
#   bin/cds-archive.sh [jar] [directory]        (defaults: target/placera.jar, target/placera-cds)
# Then start Placera from the directory, with the same settings as always:
#   java -XX:SharedArchiveFile=target/placera-cds/placera.jsa -jar target/placera-cds/placera.jar …
# The archive belongs to this jar and this JVM: make it again after upgrading either. A JVM given an archive that does
# not match ignores it with a warning and starts as it would without one.
set -euo pipefail
JAR=${1:-target/placera.jar}
DEST=${2:-target/placera-cds}
[ -f "$JAR" ] || { echo "cds-archive: no $JAR (build it with ./mvnw -q -B package -DskipTests)"; exit 2; }
rm -rf "$DEST"
java -Djarmode=tools -jar "$JAR" extract --destination "$DEST"
TRAINING=$(mktemp -d /tmp/placera-cds-training-XXXX)
# Spring ends the training run before the application's lifecycle starts, so the embedded PostgreSQL it started is
# never told to stop: stop it here (a smart shutdown), then remove the throw-away database
stop_training_database() {
  local pid_file="$TRAINING/postgres/postmaster.pid" pid
  if [ -f "$pid_file" ]; then
    pid=$(head -1 "$pid_file")
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  fi
  rm -rf "$TRAINING"
}
trap stop_training_database EXIT
# the training run: a whole start on a throw-away database (initdb and every migration) that ends as soon as the
# application context has refreshed (Spring's spring.context.exit=onRefresh), before it serves anything; in an empty
# environment, so that no PLACERA_DB_URL or other setting of the shell points it at a real database
if ! env -i PATH="$PATH" HOME="${HOME:-/tmp}" java -XX:ArchiveClassesAtExit="$DEST/placera.jsa" -Dspring.context.exit=onRefresh -jar "$DEST/placera.jar" \
    --placera.database.data-directory="$TRAINING/postgres" --placera.audit.key-file="$TRAINING/audit.keys" \
    --placera.secrets.key-file="$TRAINING/secrets.key" --server.port=0 --management.server.port=0 \
    > "$TRAINING/training.log" 2>&1; then
  tail -20 "$TRAINING/training.log"
  echo "cds-archive: the training run failed"
  exit 1
fi
echo "cds-archive: $DEST/placera.jsa ($(du -m "$DEST/placera.jsa" | cut -f1) MB); start with"
echo "  java -XX:SharedArchiveFile=$DEST/placera.jsa -jar $DEST/placera.jar"
