# Shared by bench/run.sh and bench/export.sh (sourced): the embedded database, signing in, a generated coach.
# Needs BASE, PGPORT and DATA (when psql is called), PASSWORD and SECRET (the demo TOTP secret) set by the caller.

psql_placera() {  # psql on the embedded server as its superuser; the password file is kept beside the data (decision 0033)
  PGPASSFILE="$DATA.pgpass" psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d placera -Atq "$@"
}

pg() {  # a query on the embedded server, as its superuser
  psql_placera -c "$1"
}

csrf_of() {  # the CSRF token in a page
  grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'
}

login() {  # $1 user name; prints the session cookie. TOTP codes are single-use per account and step.
  local jar csrf; jar=$(mktemp)
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | csrf_of)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
      --data-urlencode "_csrf=$csrf" "$BASE/login"
  csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/mfa" | csrf_of)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "code=$(oathtool --totp -b $SECRET)" \
      --data-urlencode "_csrf=$csrf" "$BASE/mfa"
  awk '$6 == "placera" { print "placera=" $7 }' "$jar"
  rm -f "$jar"
}

generated_coach() {  # the first generated coach who is not also a team leader; $1 (0): how many such to pass over
  pg "select a.username from user_account a join account_role r on r.account_id = a.id
      where r.role = 'COACH' and a.username like 'gen-%' and not exists (select 1 from account_role l
          where l.account_id = a.id and l.role = 'TEAM_LEADER') order by a.username offset ${1:-0} limit 1"
}

cpu_ms() {  # the CPU (user + system) Placera's JVM ($PID) and the embedded PostgreSQL have used so far, in ms:
            # "placera postgres". PostgreSQL's is its server started on $DATA and the server's processes (a request's
            # backend, the WAL writer), with those ended already.
  local postmaster; postmaster=$(pgrep -f -- "bin/postgres -D $DATA " | head -1)
  echo "$(ticks "$PID") $(ticks "$postmaster" $(pgrep -P "$postmaster"))" |
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%d %d\n", $1 * 1000 / hz, $2 * 1000 / hz }'
}

ticks() {  # $@ process ids: their CPU and their ended children's, in clock ticks
  for pid in "$@"; do awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat" 2>/dev/null; done |
    awk '{ sum += $1 } END { print sum + 0 }'
}
