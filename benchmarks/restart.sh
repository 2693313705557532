#!/usr/bin/env bash
# Restart time of Concord against the bare Javalin baseline, by hand (never in CI).
# Restart = from starting the JVM as `./concord serve` starts it (`java -XX:SharedArchiveFile=app/target/concord-all.jsa
# -XX:+AutoCreateSharedArchive ... -jar app/target/concord-all.jar serve`: with the class archive the JVM keeps beside
# the jar) on a home whose database already exists and is up to date, to the first 200 of GET /ready (the database
# answers and is migrated, the scheduler runs). The bare app (org.concord.bench.load.Baseline, same JVM, a jar of the
# same size, plain `java -cp`) is timed to its first 200 of /ready too; Concord started plainly (`java -jar`, no class
# archive) is timed as well, and so is the bare app with a class archive of its own, for comparison. Rounds alternate
# (Concord, Concord plain, bare, bare with archive, ...) so that a busy machine slows all alike; each process is
# stopped with SIGTERM and has exited before the next starts. The first start on an empty home (initdb, migrations, the
# built-in data) is timed once, before the rounds, and reported apart.
#
#   benchmarks/restart.sh [--rounds 7] [--home DIR] [--db-url URL --db-user U --db-password P] [--no-build]
#
# Needs curl and a JDK 21+ (JAVA_HOME). Ports 21050 (Concord) and 21051 (bare). Prints one table and PASS when the
# median restart is within 2x of the bare app's median start.
set -euo pipefail
here="${CONCORD_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
rounds=7 home=/tmp/concord-restart-home build=yes db_url="" db_user="" db_password="" port_c=21050 port_b=21051
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;; --home) home="$2"; shift 2 ;; --no-build) build=no; shift ;;
    --db-url) db_url="$2"; shift 2 ;; --db-user) db_user="$2"; shift 2 ;; --db-password) db_password="$2"; shift 2 ;;
    --ports) IFS=, read -r port_c port_b <<<"$2"; shift 2 ;;
    *) echo "restart.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
app_jar="$here/app/target/concord-all.jar" bench_jar="${BENCH_JAR:-$here/benchmarks/target/benchmarks.jar}"
[ "$build" = no ] || (cd "$here" && ./mvnw -B -ntp -q -pl app,benchmarks -am package -DskipTests)
cenv=(CONCORD_HOME="$home")
[ -n "$db_url" ] && cenv+=(CONCORD_DB_URL="$db_url")
[ -n "$db_user" ] && cenv+=(CONCORD_DB_USER="$db_user")
[ -n "$db_password" ] && cenv+=(CONCORD_DB_PASSWORD="$db_password")
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; true' EXIT
now_ms() { date +%s%3N; }
timed() { # port, command...: starts it, prints the milliseconds to the first 200 of /ready, stops it
  local port="$1" t0 n=0; shift
  t0=$(now_ms)
  "$@" >>"$home.log" 2>&1 & pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ready")" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "restart.sh: the process on $port exited; see $home.log" >&2; exit 1; }
    sleep 0.02; n=$((n + 1)); [ $n -lt 15000 ] || { echo "restart.sh: nothing ready on $port" >&2; exit 1; }
  done
  echo $(( $(now_ms) - t0 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}
cds() { echo "-XX:SharedArchiveFile=$1 -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off"; }
concord() { timed $port_c env "${cenv[@]}" "$java" $(cds "${app_jar%.jar}.jsa") -jar "$app_jar" serve --port $port_c; }
concord_plain() { timed $port_c env "${cenv[@]}" "$java" -jar "$app_jar" serve --port $port_c; }
bare() { timed $port_b "$java" -cp "$bench_jar" org.concord.bench.load.Baseline $port_b; }
bare_cds() { timed $port_b "$java" $(cds "$home-bare.jsa") -cp "$bench_jar" org.concord.bench.load.Baseline $port_b; }
stats() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%d %d %d\n", m, a[1], a[NR] }'; }

[ -z "$db_url" ] && rm -rf "$home"
: >"$home.log"
load0=$(cut -d' ' -f1-3 /proc/loadavg)
rm -f "$home-bare.jsa"
# as the launcher does: an archive older than the jar is refused by the JVM and never rewritten, so it is removed
if [ "$app_jar" -nt "${app_jar%.jar}.jsa" ]; then rm -f "${app_jar%.jar}.jsa"; fi
first=$(concord)
concord >/dev/null; bare_cds >/dev/null # the class archives as a second start finds them
cs="" ps="" bs="" xs=""
for r in $(seq "$rounds"); do
  c=$(concord); p=$(concord_plain); b=$(bare); x=$(bare_cds); cs="$cs $c" ps="$ps $p" bs="$bs $b" xs="$xs $x"
  echo "round $r: Concord $c ms, Concord plain $p ms, bare $b ms, bare with archive $x ms" >&2
done
read -r cm clo chi < <(echo "$cs" | stats)
read -r pm plo phi < <(echo "$ps" | stats)
read -r bm blo bhi < <(echo "$bs" | stats)
read -r xm xlo xhi < <(echo "$xs" | stats)
ratio=$(awk -v c="$cm" -v b="$bm" 'BEGIN { printf "%.2f", c / b }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 2.0) ? "PASS" : "FAIL" }')
printf '| what | median ms (min-max) | ratio to the bare start |\n|---|---|---|\n'
printf '| first start, empty %s | %s | |\n' "$([ -z "$db_url" ] && echo home || echo database)" "$first"
printf '| Concord restart as ./concord serve starts it (%s rounds) | %s (%s-%s) | **%s** (target at most 2.00): %s |\n' "$rounds" "$cm" "$clo" "$chi" "$ratio" "$verdict"
printf '| Concord restart, plain java -jar | %s (%s-%s) | %s |\n' "$pm" "$plo" "$phi" "$(awk -v c="$pm" -v b="$bm" 'BEGIN { printf "%.2f", c / b }')"
printf '| bare Javalin start, plain java -cp | %s (%s-%s) | 1.00 |\n' "$bm" "$blo" "$bhi"
printf '| bare Javalin start with a class archive of its own | %s (%s-%s) | %s (Concord as started: %s of it) |\n' "$xm" "$xlo" "$xhi" \
  "$(awk -v c="$xm" -v b="$bm" 'BEGIN { printf "%.2f", c / b }')" "$(awk -v c="$cm" -v b="$xm" 'BEGIN { printf "%.2f", c / b }')"
echo "load average before: $load0, after: $(cut -d' ' -f1-3 /proc/loadavg)"
