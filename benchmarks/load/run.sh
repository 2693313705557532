#!/usr/bin/env bash
# Concord's load benchmark, run by hand (never in CI): Concord and a bare Javalin 7 baseline side by side on 127.0.0.1,
# driven by wrk -t2 -c32 in alternating rounds (Concord route, baseline, Concord route, baseline, ...), so that a busy
# machine slows both alike and the ratio stays meaningful. For each store (the embedded PostgreSQL default, H2, and a
# separate PostgreSQL) and each state (a fresh database; 580 items with 50,000 journal entries) it prints, per route,
# Concord's throughput as a ratio to the baseline's (median of the rounds, with the lowest and highest), Concord's p99,
# and the time of one cold request right after a restart; then start-up times, write throughput and single
# asOf/verify reads; and last one table of every route and state against the targets (API reads: ratio at least 0.25
# and p99 under 20 ms; desk pages: ratio at least 0.10), with the first page of /api/v1/items?limit=50 compared
# between short histories and 50,000 entries (same item count, throughput within noise: at least 0.8 of it).
#
#   benchmarks/load/run.sh [--stores default,h2,postgres] [--rounds 3] [--duration 5] [--items 580] [--entries 50000]
#                          [--db-url URL --db-user U --db-password P]   (use this database as "default")
#                          [--no-build]   (use the jars already built)
#                          [--work DIR] [--ports CONCORD,BASELINE,POSTGRES]   (to run two at once)
#                          [--keep DIR] [--generate-only]   (the generated databases are kept in DIR, default
#                              /tmp/concord-load-keep, and reused by the next run with the same --items/--entries)
# Write throughput is measured with the store's default durability; PostgreSQL writes the bulk of the history with
# synchronous_commit off (reset before anything is measured), or 50,000 fsyncs would take most of an hour here.
#
# Needs: wrk, curl, a JDK 21+ (JAVA_HOME), and for the PostgreSQL store Debian's postgresql (or --pg-bin DIR).
# Ports 21000-21099 (issue 10's range): Concord 21010, baseline 21011, PostgreSQL 21020. Work files under /tmp/concord-load.
set -euo pipefail
here="${CONCORD_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
build=yes generate_only=no keep=/tmp/concord-load-keep stores="default,h2,postgres" rounds=3 duration=5 items=580 entries=50000 db_url="" db_user="" db_password=""
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
work=/tmp/concord-load port_c=21010 port_b=21011 port_pg=21020
while [ $# -gt 0 ]; do
  case "$1" in
    --stores) stores="$2"; shift 2 ;; --rounds) rounds="$2"; shift 2 ;; --duration) duration="$2"; shift 2 ;;
    --items) items="$2"; shift 2 ;; --entries) entries="$2"; shift 2 ;; --pg-bin) pg_bin="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;; --ports) IFS=, read -r port_c port_b port_pg <<<"$2"; shift 2 ;;
    --no-build) build=no; shift ;; --generate-only) generate_only=yes; shift ;; --keep) keep="$2"; shift 2 ;; --db-url) db_url="$2"; shift 2 ;; --db-user) db_user="$2"; shift 2 ;; --db-password) db_password="$2"; shift 2 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
app_jar="$here/app/target/concord-all.jar" bench_jar="${BENCH_JAR:-$here/benchmarks/target/benchmarks.jar}"
[ "$build" = no ] || (cd "$here" && ./mvnw -B -ntp -q -pl app,benchmarks -am package -DskipTests)
rm -rf "$work" && mkdir -p "$work" "$keep"
pids=()
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  if [ -f "$work/pg/postmaster.pid" ]; then as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; else "$@"; fi; }
now_ms() { date +%s%3N; }
wait_up() { # port, start ms: sets $up_ms to the milliseconds until /ready answers 200 (see benchmarks/restart.sh)
  local t=0; until curl -sf -o /dev/null "http://127.0.0.1:$1/ready"; do sleep 0.02; t=$((t+1)); [ $t -lt 6000 ] || { echo "no server on $1" >&2; exit 1; }; done
  up_ms=$(( $(now_ms) - $2 ))
}
concord_env() { # the environment of the store under test, as arguments of env
  cenv=(CONCORD_HOME="$work/home-$store")
  [ "$store" = h2 ] && cenv+=(CONCORD_DB_URL="jdbc:h2:file:$work/home-h2/concord;AUTO_SERVER=TRUE")
  [ -n "$url" ] && cenv+=(CONCORD_DB_URL="$url")
  [ -n "$user" ] && cenv+=(CONCORD_DB_USER="$user")
  [ -n "$password" ] && cenv+=(CONCORD_DB_PASSWORD="$password")
  return 0
}
start_concord() { # (env execs java, so $! is the JVM itself)
  local t0; t0=$(now_ms); concord_env
  # as ./concord serve starts it: with the class archive beside the jar (see benchmarks/restart.sh)
  env "${cenv[@]}" "$java" -XX:SharedArchiveFile="${app_jar%.jar}.jsa" -XX:+AutoCreateSharedArchive -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$app_jar" serve --port $port_c >>"$work/concord-$store.log" 2>&1 & pid_c=$!; pids+=($pid_c); wait_up $port_c "$t0"
}
stop_concord() { kill "$pid_c"; wait "$pid_c" 2>/dev/null || true; }
start_baseline() { local t0; t0=$(now_ms); "$java" -cp "$bench_jar" org.concord.bench.load.Baseline $port_b >>"$work/baseline.log" 2>&1 & pid_b=$!; pids+=($pid_b); wait_up $port_b "$t0"; }
stop_baseline() { kill "$pid_b"; wait "$pid_b" 2>/dev/null || true; }

wrk_run() { # url -> "requests_per_second p99_ms"
  wrk -t2 -c32 -d"${duration}s" --latency "$1" 2>/dev/null | awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +99%/ { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
               p99 = (u == "us") ? v / 1000 : (u == "s") ? v * 1000 : (u == "m") ? v * 60000 : v }
    / Non-2xx or 3xx responses:/ { bad = $NF }
    END { if (bad > 0) rps = "ERR"; printf "%s %.2f\n", rps, p99 }'
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f %.3f %.3f\n", m, a[1], a[NR] }'; }

routes="/api/v1/members /api/v1/missions /api/v1/events /api/v1/items?limit=50 /api/v1/items/nmi-termination-2026 /api/v1/journal?limit=100 / /items/nmi-termination-2026"
measure() { # state label, route list
  local state="$1" route
  for route in $2; do
    local url="http://127.0.0.1:$port_c$route" base="http://127.0.0.1:$port_b/api/v1/members"
    local ratios="" p99s="" rpss="" brps="" bp99s="" r
    for r in $(seq "$rounds"); do
      read -r c_rps c_p99 < <(wrk_run "$url")
      read -r b_rps b_p99 < <(wrk_run "$base")
      [ "$c_rps" = ERR ] && { echo "$route answered errors" >&2; c_rps=0; }
      ratios="$ratios $(awk -v c="$c_rps" -v b="$b_rps" 'BEGIN { printf "%.4f", c / b }')"
      p99s="$p99s $c_p99" rpss="$rpss $c_rps" brps="$brps $b_rps" bp99s="$bp99s $b_p99"
    done
    read -r rm rlo rhi < <(echo "$ratios" | median)
    read -r pm plo phi < <(echo "$p99s" | median)
    read -r cm _ _ < <(echo "$rpss" | median)
    read -r bm blo bhi < <(echo "$brps" | median)
    read -r bpm _ bphi < <(echo "$bp99s" | median)
    printf '| %s | %s | %s | %.0f | %.0f (%.0f-%.0f) | **%.2f** (%.2f-%.2f) | %.1f (max %.1f) | %.1f (max %.1f) |\n' \
      "$store" "$state" "$route" "$cm" "$bm" "$blo" "$bhi" "$rm" "$rlo" "$rhi" "$pm" "$phi" "$bpm" "$bphi" | tee -a "$work/results.md"
    verdict "$state" "$route" "$rm" "$pm"
    echo "$store|$state|$route|$cm|$rm|$pm" >> "$work/raw.txt"
  done
}
verdict() { # state, route, ratio, p99: one line of the summary against the targets
  local target=0.25 p99max=20 kind=API
  case "$2" in /api/*) ;; *) target=0.10 p99max="" kind=page ;; esac
  local ok; ok=$(awk -v r="$3" -v t="$target" -v p="$4" -v m="$p99max" 'BEGIN { print (r >= t && (m == "" || p < m)) ? "PASS" : "FAIL" }')
  printf '| %s | %s | %s | %.2f | %.1f | %s | %s |\n' "$store" "$1" "$2" "$3" "$4" \
    "ratio >= $target$([ -n "$p99max" ] && echo ", p99 < $p99max ms")" "$ok" >> "$work/verdicts.md"
}
first_page() { # what: the item count and bytes of the first page of /api/v1/items?limit=50
  curl -s "http://127.0.0.1:$port_c/api/v1/items?limit=50" | python3 -c 'import json,sys; b=sys.stdin.buffer.read(); d=json.loads(b); d=d.get("items", d) if isinstance(d, dict) else d; print(len(d), len(b))'
}
single() { # label, url: one request's time in ms
  printf '| %s | %s | %s ms |\n' "$store" "$1" "$(curl -s -o /dev/null -w '%{time_total}' "$2" | awk '{ printf "%.1f", $1 * 1000 }')" | tee -a "$work/extras.md"
}

pg_start() { as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/log" -w -o "-p $port_pg -k $work/pg -c listen_addresses=127.0.0.1" start >/dev/null; }
pg_stop() { as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null; }
pg_sql() { as_pg "$pg_bin/psql" -q -h 127.0.0.1 -p $port_pg -U postgres -d concord -c "$1" >/dev/null; }
store_dir() { [ "$store" = postgres ] && echo "$work/pg" || echo "$work/home-$store"; }
save_state() { # name: keep a copy of the store's files (PostgreSQL stopped meanwhile)
  [ "$store" = postgres ] && pg_stop
  rm -rf "$keep/$store-$1" && mkdir -p "$keep" && cp -a "$(store_dir)" "$keep/$store-$1"
  [ "$store" = postgres ] && pg_start
  return 0
}
load_state() { # name: put a kept copy back
  [ "$store" = postgres ] && pg_stop
  rm -rf "$(store_dir)" && cp -a "$keep/$store-$1" "$(store_dir)"
  [ "$store" = postgres ] && pg_start
  return 0
}
generate() { # label, History arguments...: write history through the services; its figures go to the extras
  local label="$1"; shift
  concord_env; env "${cenv[@]}" "$java" -cp "$bench_jar" org.concord.bench.load.History "$@" \
    | sed "s/^/| $store | $label: /; s/=/ | /; s/$/ |/" | tee -a "$keep/$store-$label.md" "$work/extras.md"
}
first_requests() { # the first request of each route after a start: nothing held yet, JIT cold
  local route; for route in $routes; do single "first request after the start, $1: $route" "http://127.0.0.1:$port_c$route"; done
}
warm_up() { # JIT: every route twice and the baseline, before anything is measured
  local route i
  for i in 1; do
    for route in $routes; do wrk -t2 -c32 -d"${duration}s" "http://127.0.0.1:$port_c$route" >/dev/null 2>&1; done
    wrk -t2 -c32 -d"${duration}s" "http://127.0.0.1:$port_b/api/v1/members" >/dev/null 2>&1
    for route in $routes; do wrk -t2 -c32 -d"${duration}s" "http://127.0.0.1:$port_c$route" >/dev/null 2>&1; done
  done
}

echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$work/noise.txt"
printf '| store | state | route | Concord req/s | baseline req/s (range) | ratio (range) | p99 ms (worst round) | baseline p99 ms (worst) |\n|---|---|---|---|---|---|---|---|\n' | tee "$work/results.md"
printf '| store | what | figure |\n|---|---|---|\n' > "$work/extras.md"
printf '| store | state | route | ratio | p99 ms | target | verdict |\n|---|---|---|---|---|---|---|\n' > "$work/verdicts.md"
printf '| store | what | first page | throughput | target | verdict |\n|---|---|---|---|---|---|\n' > "$work/history.md"
: > "$work/raw.txt"
start_baseline; stop_baseline; start_baseline
printf '| baseline | start | %s ms |\n' "$up_ms" | tee -a "$work/extras.md"
wrk -t2 -c32 -d20s "http://127.0.0.1:$port_b/api/v1/members" >/dev/null 2>&1 # the baseline's JIT

short="short-$items" long="long-$items-$entries"
for store in ${stores//,/ }; do
  url="" user="" password=""
  if [ "$store" = postgres ]; then
    mkdir -p "$work/pg" && chown postgres "$work/pg" 2>/dev/null || true
    as_pg "$pg_bin/initdb" -D "$work/pg" -A trust -U postgres >/dev/null
    pg_start
    as_pg "$pg_bin/createdb" -h 127.0.0.1 -p $port_pg -U postgres concord
    url="jdbc:postgresql://127.0.0.1:$port_pg/concord" user=postgres password=postgres
  elif [ -n "$db_url" ]; then
    url="$db_url" user="$db_user" password="$db_password"
  fi
  start_concord
  printf '| %s | first start, empty database (migrate, load the register) | %s ms |\n' "$store" "$up_ms" | tee -a "$work/extras.md"
  stop_concord; start_concord
  printf '| %s | restart, fresh database | %s ms |\n' "$store" "$up_ms" | tee -a "$work/extras.md"
  if [ "$generate_only" = no ]; then first_requests fresh; warm_up; measure fresh "$routes"; fi
  stop_concord
  if [ -d "$keep/$store-$long" ] && [ -d "$keep/$store-$short" ]; then
    echo "reusing the $store databases kept in $keep" >&2
    cat "$keep/$store-$short.md" "$keep/$store-$long.md" >> "$work/extras.md"
  else
    if [ -d "$keep/$store-$short" ]; then
      load_state "$short"; cat "$keep/$store-$short.md" >> "$work/extras.md"
    else
      generate "$short" --items "$items" --measure-writes 300 --writers 4
      save_state "$short"
    fi
    rm -f "$keep/$store-$long.md"
    [ "$store" = postgres ] && pg_sql "ALTER SYSTEM SET synchronous_commit = off" && pg_sql "SELECT pg_reload_conf()"
    generate "$long" --items "$items" --entries "$entries" --writers 4
    [ "$store" = postgres ] && pg_sql "ALTER SYSTEM RESET synchronous_commit" && pg_sql "SELECT pg_reload_conf()"
    generate "$long" --items "$items" --measure-writes 300 --writers 4
    save_state "$long"
  fi
  if [ "$generate_only" = no ]; then
    load_state "$short"; start_concord; warm_up
    read -r short_n short_bytes < <(first_page)
    measure "$items items, short histories" "/api/v1/items?limit=50"
    stop_concord
    load_state "$long"; start_concord
    printf '| %s | restart, %s entries | %s ms |\n' "$store" "$entries" "$up_ms" | tee -a "$work/extras.md"
    single "cold GET /api/v1/items?limit=50&asOf=$(date -u +%F) (every item rebuilt from its last snapshot)" "http://127.0.0.1:$port_c/api/v1/items?limit=50&asOf=$(date -u +%F)"
    single "cold GET /api/v1/items/load-0001?asOf=$(date -u +%F)" "http://127.0.0.1:$port_c/api/v1/items/load-0001?asOf=$(date -u +%F)"
    single "GET /api/v1/journal/verify ($entries entries)" "http://127.0.0.1:$port_c/api/v1/journal/verify"
    first_requests "$entries entries"
    warm_up
    read -r long_n long_bytes < <(first_page)
    measure "$entries entries" "$routes"
    stop_concord
    # Done-when 2: the first page of items costs the same whether the histories are short or hold $entries entries
    read -r s_rps s_ratio s_p99 < <(awk -F'|' -v st="$store" -v s="$items items, short histories" '$1 == st && $2 == s && $3 == "/api/v1/items?limit=50" { print $4, $5, $6 }' "$work/raw.txt")
    read -r l_rps l_ratio l_p99 < <(awk -F'|' -v st="$store" -v s="$entries entries" '$1 == st && $2 == s && $3 == "/api/v1/items?limit=50" { print $4, $5, $6 }' "$work/raw.txt")
    rel=$(awk -v a="$l_ratio" -v b="$s_ratio" 'BEGIN { printf "%.2f", a / b }')
    ok=$(awk -v r="$rel" -v a="$short_n" -v b="$long_n" 'BEGIN { print (r >= 0.8 && a == b) ? "PASS" : "FAIL" }')
    printf '| %s | /api/v1/items?limit=50, %s items: short histories vs %s entries | %s vs %s items, %s vs %s bytes | ratio %.2f vs %.2f (long/short %s), p99 %.1f vs %.1f ms | same items, long/short >= 0.8 | %s |\n' \
      "$store" "$items" "$entries" "$short_n" "$long_n" "$short_bytes" "$long_bytes" "$s_ratio" "$l_ratio" "$rel" "$s_p99" "$l_p99" "$ok" >> "$work/history.md"
  fi
  if [ "$store" = postgres ]; then pg_stop; fi
done
echo "load after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$work/noise.txt"
echo; cat "$work/results.md"; echo; cat "$work/extras.md"; echo; cat "$work/noise.txt"
echo; echo "Against the targets (issue 10):"; cat "$work/verdicts.md"; echo; cat "$work/history.md"
# grep -c exits 1 when it counts none: no failure is not an error of the script
fails=$( { grep -c '| FAIL |' "$work/verdicts.md" "$work/history.md" || true; } | awk -F: '{ s += $2 } END { print s + 0 }')
echo; echo "$fails of $(( $(grep -c '^| [a-z0-9]' "$work/verdicts.md") + $(grep -c '^| [a-z0-9]' "$work/history.md") - 2 )) checks failed"
