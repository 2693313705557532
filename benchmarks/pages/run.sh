#!/usr/bin/env bash
# The desk's page benchmark, run by hand (never in CI): `concord serve --demo` on the built-in register, pinned to ONE
# core (taskset; the JVM told it has one processor; the embedded PostgreSQL it starts inherits the pin), then every
# desk page as the roles that use it, each signed in through the desk's own /login form. Per page and role: a warm-up,
# then wrk with one connection (one request at a time: the time to render a page, not a queue) for --duration
# seconds; it prints the mean and the p99 latency and the requests served, as a Markdown table. The budget is 200 ms a page.
#
#   benchmarks/pages/run.sh [--duration 5] [--warmup 2] [--core 0] [--port 21110] [--no-build] [--out FILE]
#
# Needs: wrk, curl, taskset, a JDK 21+ (JAVA_HOME). Work files under /tmp/concord-pages (a fresh CONCORD_HOME).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration=5 warmup=2 core=0 port=21110 build=yes out="" work=/tmp/concord-pages
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;; --warmup) warmup="$2"; shift 2 ;; --core) core="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;; --no-build) build=no; shift ;; --out) out="$2"; shift 2 ;; --work) work="$2"; shift 2 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jar="$here/app/target/concord-all.jar"
[ "$build" = no ] || (cd "$here" && ./mvnw -B -ntp -q -pl app -am package -DskipTests)
rm -rf "$work" && mkdir -p "$work"
base="http://127.0.0.1:$port"
CONCORD_HOME="$work/home" taskset -c "$core" "$JAVA_HOME/bin/java" -XX:ActiveProcessorCount=1 -jar "$jar" serve --demo --port "$port" >"$work/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q 'is serving' "$work/serve.log" && break; kill -0 $pid 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }; sleep 0.5; done
grep -q 'is serving' "$work/serve.log" || { echo "run.sh: the server did not start" >&2; exit 1; }
password() { sed -n "s/^\*   $1 .* \([^ ]*\)\$/\1/p" "$work/serve.log" | head -n1; }
csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1; }
sign_in() { # user -> the session cookie value
  local jar="$work/$1.cookies" token
  token=$(curl -sf -c "$jar" -b "$jar" "$base/login" | csrf_of)
  curl -sf -o /dev/null -c "$jar" -b "$jar" -H "Origin: $base" --data-urlencode "_csrf=$token" --data-urlencode "name=$1" \
       --data-urlencode "password=$(password "$1")" --data-urlencode "next=/" "$base/login"
  awk '$6 == "concord_session" { print $7 }' "$jar"
}
declare -A cookie
for u in chair ita ukr analyst admin; do cookie[$u]=$(sign_in "$u"); [ -n "${cookie[$u]}" ] || { echo "run.sh: $u could not sign in" >&2; exit 1; }; done
# a stored forecast for the forecast page, run through the desk's own form
token=$(curl -sf -H "Cookie: concord_session=${cookie[analyst]}" "$base/issues/kfor-size" | csrf_of)
run=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: concord_session=${cookie[analyst]}" -H "Origin: $base" \
      --data "_csrf=$token&runs=2000&seed=1" "$base/issues/kfor-size/forecasts")
forecast=""
for _ in $(seq 1 240); do
  forecast=$(curl -s -o /dev/null -w '%{redirect_url}' -H "Cookie: concord_session=${cookie[analyst]}" "$run" | sed -n 's|.*/forecasts/\([0-9]*\)$|\1|p')
  [ -n "$forecast" ] && break; sleep 0.5
done
[ -n "$forecast" ] || { echo "run.sh: the forecast was not stored" >&2; exit 1; }

# role path: the roles that use each page (anonymous: no cookie)
pages=(
  "anonymous /" "chair /" "ita /" "analyst /" "ukr /"
  "anonymous /login"
  "anonymous /items" "chair /items" "ita /items?status=OPEN" "ukr /items"
  "anonymous /items/kfor-reduction-2026" "chair /items/nmi-termination-2026" "ita /items/nmi-termination-2026" "ukr /items/ankara-partners-2026"
  "ita /items/nmi-termination-2026/live?version=0"
  "chair /items/new" "chair /items/new?type=TERMINATE_MISSION" "ita /items/new?type=INVITE_PARTNER"
  "anonymous /missions" "chair /missions?status=ACTIVE" "anonymous /missions/kfor" "chair /missions/nmi"
  "anonymous /events" "chair /events/summit-2026-ankara" "ukr /events/summit-2026-ankara"
  "anonymous /members" "chair /members?asOf=2023-01-01" "anonymous /partners" "chair /partners"
  "chair /journal" "chair /journal?subject=item:nmi-termination-2026" "ita /journal?type=PositionRecorded" "anonymous /journal"
  "analyst /forecasts" "analyst /forecasts/$forecast" "analyst /issues/kfor-size" "analyst /issues/new?item=kfor-reduction-2026"
  "admin /admin"
)
ms() { # wrk latency "12.34ms" / "1.20s" / "850.00us" -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
table="| page | as | mean | p99 | requests |\n|---|---|---|---|---|\n"
worst=0
for entry in "${pages[@]}"; do
  role="${entry%% *}" path="${entry#* }"
  hdr=(); [ "$role" = anonymous ] || hdr=(-H "Cookie: concord_session=${cookie[$role]}")
  code=$(curl -s -o /dev/null -w '%{http_code}' "${hdr[@]}" "$base$path")
  case "$code" in 200|204) ;; *) echo "run.sh: $path as $role answered $code" >&2; exit 1 ;; esac
  wrk -t1 -c1 -d"${warmup}s" "${hdr[@]}" "$base$path" >/dev/null
  res=$(wrk -t1 -c1 -d"${duration}s" --latency "${hdr[@]}" "$base$path")
  mean=$(ms "$(awk '/^ +Latency/ { print $2; exit }' <<<"$res")")
  p99=$(ms "$(awk '$1 == "99%" { print $2; exit }' <<<"$res")")
  n=$(awk '/requests in/ { print $1; exit }' <<<"$res")
  line="| \`$path\` | $role | $mean ms | $p99 ms | $n |"
  echo "$line" >&2
  table+="$line\n"
  worst=$(awk -v a="$worst" -v b="$mean" 'BEGIN { print (b > a ? b : a) }')
done
printf "%b" "$table"
[ -z "$out" ] || printf "%b" "$table" >"$out"
echo "slowest mean: $worst ms (budget 200 ms)" >&2
