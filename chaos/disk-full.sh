#!/usr/bin/env bash
# Chaos: the file system of the data directory fills up while a coach saves employer contacts through the API. The
# script mounts a small tmpfs for the data directory (as root), starts Placera on it, fills the rest of it with a file,
# holds it full, then removes the file. Expected: while full, saves are refused with the "temporarily unavailable"
# answer (503, nothing stored, never a 500); when space returns Placera saves again without a restart; every
# acknowledged save present, none twice; every page of every table reads back (data checksums on); the access log
# verifies.
#   chaos/disk-full.sh [--short]   (CHAOS_WRITES=1200, --short: CHAOS_SHORT_WRITES=120; CHAOS_DISK_MB=400;
#                                   CHAOS_FULL_SECONDS=120 at most)
. "$(dirname "$0")/lib.sh"
if [ "$(id -u)" != 0 ]; then
  echo "disk-full: NOT RUN (mounting a tmpfs for the data directory needs root)"; exit 3
fi
DISK=$(mktemp -d /tmp/placera-chaos-disk-XXXX)
if ! MOUNT_ERROR=$(mount -t tmpfs -o size="${CHAOS_DISK_MB:-400}m",mode=700 placera-chaos "$DISK" 2>&1); then
  rmdir "$DISK"   # root in a container without the right to mount, say: no file system of our own to fill
  echo "disk-full: NOT RUN (cannot mount a tmpfs for the data directory: $(tr -s "\n " "  " <<< "${MOUNT_ERROR:-mount failed}"))"; exit 3
fi
trap 'cleanup; umount "$DISK" 2>/dev/null; rmdir "$DISK"' EXIT
rmdir "$DATA"; DATA="$DISK/postgres"
start_placera
sign_in
writer & WRITER=$!
wait_for_acknowledged $(( WRITES / 3 ))

dd if=/dev/zero of="$DISK/filler" bs=1M status=none 2>/dev/null || true   # until "No space left on device"
FILLED=$(now); BEFORE=$(wc -l < "$WORK/attempts")
HOLD=$(( ${CHAOS_FULL_SECONDS:-120} * 1000 ))
# PostgreSQL first fills the pages and WAL segments it has already allocated: saves go on until one needs a new page
# or segment. Hold the disk full until the writer has been refused (503) or the bound has passed.
until [ $(( $(now) - FILLED )) -ge "$HOLD" ] || tail -n +"$((BEFORE + 1))" "$WORK/attempts" | grep -q '^503$'; do
  sleep 0.2
done
REFUSED=$(seconds_since "$FILLED")
# while full: one save of our own, and what the writer got since the disk filled. PostgreSQL may find room again
# while the disk is full (a checkpoint recycles a WAL segment), so the probe may be saved (201: then it counts as
# acknowledged); what must hold is that the disk's being full was answered with 503 at least once and never with 500.
PROBE_KEY=$(cat /proc/sys/kernel/random/uuid)
PROBE=$(curl -s -D "$WORK/probe-headers" -o "$WORK/probe.json" -w '%{http_code}' --max-time 20 -b "$COOKIE" \
    -H "$CSRF_HEADER: $CSRF_TOKEN" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/employers/$EMPLOYER/contacts" \
    -d "{\"key\":\"$PROBE_KEY\",\"contactedOn\":\"$(date +%F)\",\"mode\":\"PHONE\",\"purpose\":\"GENERAL_JOB_DEVELOPMENT\",\"clientPresent\":false,\"outcome\":\"chaos\",\"nextStep\":\"\"}" || true)
WHILE_FULL=$(tail -n +"$((BEFORE + 1))" "$WORK/attempts" | sort | uniq -c | awk '{ printf "%s%s:%s", sep, $2, $1; sep = " " }')
[ "$PROBE" != 201 ] || echo "$PROBE_KEY" >> "$WORK/acknowledged"
REFUSED_WHILE_FULL=$( { tail -n +"$((BEFORE + 1))" "$WORK/attempts"; echo "$PROBE"; } | grep -c '^503$' || true)
rm -f "$DISK/filler"
FREED=$(now)
KEY=$(cat /proc/sys/kernel/random/uuid)   # a save of our own, resent with its key until answered
AFTER=$(record_contact "$KEY"); BACK=$(seconds_since "$FREED")
[ "$AFTER" = 201 ] || { echo "disk-full: a save after space returned answered $AFTER"; exit 1; }
echo "$KEY" >> "$WORK/acknowledged"
wait "$WRITER"
read -r PRESENT TWICE <<< "$(count_present)"
ACKED=$(wc -l < "$WORK/acknowledged")
TABLES=$(read_every_table || echo DAMAGED)
UNCLEAN=$(unclean_answers)
stop_placera
AUDIT=$(verify_audit_log)
echo "disk-full: $ACKED acknowledged, $PRESENT present, $(( ACKED - PRESENT )) lost, $TWICE twice; while full" \
    "${WHILE_FULL:-no attempts} (held $REFUSED s), a new save answered $PROBE; saving again $BACK s after space returned;" \
    "$TABLES tables read back, answers $(answers), $UNCLEAN unclean, access log $AUDIT"
[ "$ACKED" = "$PRESENT" ] && [ "$TWICE" = 0 ] && [ "$REFUSED_WHILE_FULL" -gt 0 ] && [[ "$PROBE" =~ ^(201|503)$ ]] && [ "$TABLES" != DAMAGED ] && [ "$UNCLEAN" = 0 ] \
    && [ "$AUDIT" = intact ]
