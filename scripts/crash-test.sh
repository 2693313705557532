#!/usr/bin/env bash
# Crash test of the store: N rounds of kill -9 of `concord serve` (every other round its embedded postmaster too)
# under concurrent writes over loopback, checking after each restart that every acknowledged write is there and no
# commit is torn. Exit 0 only when nothing was lost or torn.
#   scripts/crash-test.sh [--rounds 30] [--writers 4]                   the default store, in a fresh temporary home
#   scripts/crash-test.sh --postgres [--rounds 30]                       a separate PostgreSQL started for the test
#   scripts/crash-test.sh --db jdbc:postgresql://host/db --db-user U --db-password P    any PostgreSQL you give
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./concord --version >/dev/null   # finds the JDK and builds the application jar when sources changed
export JAVA_HOME="${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/*2[1-9]* 2>/dev/null | head -n1)}"  # exported: ./mvnw below needs it too
./mvnw -B -ntp -q -pl app test-compile >/dev/null
# a private copy, so that a rebuild while the test runs does not change the servers it starts
work="$(mktemp -d)"
cp "$here/app/target/concord-all.jar" "$work/" && cp -r "$here/app/target/test-classes" "$work/"
cp="$work/concord-all.jar:$work/test-classes"
args=()
pg_dir=""
cleanup() {
  if [ -n "$pg_dir" ]; then $pre "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; fi
  rm -rf "$work"
}
trap cleanup EXIT
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres)
      # a PostgreSQL of its own, from the binaries the default store extracted (fsync and synchronous_commit on: its defaults)
      pg_bin="${CONCORD_PG_BINARIES:-$HOME/.cache/concord/postgresql-17.11.0}/bin"
      pre=""; [ "$(id -u)" = 0 ] && pre="unshare -U"
      pg_dir="$(mktemp -d)"; port=$(( 20950 + RANDOM % 40 ))
      $pre "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust --no-locale -E UTF8 >"$pg_dir/initdb.log"
      $pre "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/pg.log" -w \
        -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null
      args+=(--db "jdbc:postgresql://127.0.0.1:$port/postgres" --db-user postgres --db-password "")
      shift;;
    *) args+=("$1"); shift;;
  esac
done
"$JAVA_HOME/bin/java" -cp "$cp" org.concord.store.CrashRounds "${args[@]}"
