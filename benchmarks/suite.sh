#!/usr/bin/env bash
# The test suite's speed, comparable across commits: runs "the same set of tests" on a checkout and prints the wall
# and CPU time of its test phases.
#
#   benchmarks/suite.sh CHECKOUT [CHECKOUT...]     e.g. benchmarks/suite.sh ../base-20ee975 .
#
# The set: every test class present at 20ee975 (main just before issue 13), under its name in CHECKOUT (issue 13
# renamed the database, HTTP, browser and two-process classes to *IT and merged the three ArchUnit classes into
# ArchitectureTest), whole classes (so on later commits they include the methods added to them since), jqwik
# *Properties classes included, and the classes split off one of them since (DeskPagesBrowserIT). Excluded: the
# crash script (CrashRecoveryTest / CrashRecoveryIT: 25-35 s of kill -9 rounds) and every other class added after
# 20ee975. Each checkout needs ../shared/reference beside it, as CI has.
#
# Untimed preparation: `mvnw -o -pl app package -DskipTests` (compile, test-compile, jar and shaded jar, which
# ReadmeExamples runs). Timed: one Maven invocation of the test goals alone, no compilation or packaging:
#   surefire:test [failsafe:integration-test@EXECUTION... failsafe:verify]
# with whatever failsafe executions the checkout's app/pom.xml declares. Wall time, and user+sys CPU time of Maven and
# every process it waited for (test JVMs, chromedriver, Chromium); the embedded PostgreSQL daemonises, so its CPU
# time is not counted on either side.
set -euo pipefail
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
BASE=20ee975

for checkout in "$@"; do
  cd "$checkout"
  [ -d ../shared/reference ] || { echo "suite: $checkout has no ../shared/reference beside it" >&2; exit 2; }
  git cat-file -e "$BASE^{commit}" 2>/dev/null || { echo "suite: $checkout does not hold commit $BASE" >&2; exit 2; }
  head=$(git rev-parse --short HEAD)
  ./mvnw -B -ntp -o -q -pl app package -DskipTests >/tmp/suite-prepare-$$.log 2>&1 \
    || { tail -20 /tmp/suite-prepare-$$.log >&2; exit 1; }

  # test classes at the base and now: simple names, one a line
  git ls-tree -r --name-only "$BASE" app/src/test/java | grep -E '(Test|Tests|TestCase|IT|Properties)\.java$' \
    | sed 's#.*/##; s#\.java$##' | sort -u >/tmp/suite-base-$$.txt
  find app/src/test/java -name '*.java' | grep -E '(Test|Tests|TestCase|IT|Properties)\.java$' \
    | sed 's#.*/##; s#\.java$##' | sort -u >/tmp/suite-now-$$.txt
  set_now=()
  while read -r old; do
    [ "$old" = CrashRecoveryTest ] && continue
    for cand in "$old" "${old%Test}IT" "${old}IT" ArchitectureTest; do
      case "$old:$cand" in *ArchitectureTest:ArchitectureTest) ;; *:ArchitectureTest) continue ;; esac
      if grep -qx "$cand" /tmp/suite-now-$$.txt; then set_now+=("$cand"); break; fi
    done || true
  done </tmp/suite-base-$$.txt
  # classes split since: DeskPagesBrowserIT holds three of DeskFlowsBrowserIT's tests (the page checks, the
  # administrator's and the options' flows), so that the two run side by side
  if printf '%s\n' "${set_now[@]}" | grep -qx DeskFlowsBrowserIT && grep -qx DeskPagesBrowserIT /tmp/suite-now-$$.txt; then
    set_now+=(DeskPagesBrowserIT)
  fi
  mapfile -t set_now < <(printf '%s\n' "${set_now[@]}" | sort -u)
  mapfile -t excluded < <(comm -23 /tmp/suite-now-$$.txt <(printf '%s\n' "${set_now[@]}"))

  rm -rf app/target/surefire-reports app/target/failsafe-reports
  if grep -q maven-failsafe-plugin app/pom.xml pom.xml; then
    # unit and integration phases; the set chosen by excluding every other class (-Dtest would override each
    # execution's own includes)
    printf '**/%s.java\n' "${excluded[@]}" >/tmp/suite-excludes-$$.txt
    # the failsafe executions whose goal is integration-test (the verify goal's execution runs no tests)
    mapfile -t execs < <(cat app/pom.xml pom.xml | tr -d '\n' | sed 's#<plugin>#\n&#g' | grep '<artifactId>maven-failsafe-plugin' \
      | sed 's#<execution>#\n&#g' | grep '<goal>integration-test</goal>' | grep -o '<id>[^<]*</id>' | sed 's#</*id>##g')
    goals=(surefire:test)
    if [ ${#execs[@]} -eq 0 ]; then goals+=(failsafe:integration-test); else for e in "${execs[@]}"; do goals+=("failsafe:integration-test@$e"); done; fi
    goals+=(failsafe:verify)
    args=("${goals[@]}" -Dsurefire.excludesFile=/tmp/suite-excludes-$$.txt -Dfailsafe.excludesFile=/tmp/suite-excludes-$$.txt)
  else
    args=(surefire:test "-Dtest=$(IFS=,; echo "${set_now[*]}")")
  fi
  log=/tmp/suite-run-$head-$(date +%H%M%S).log
  verdict=green
  /usr/bin/time -f '%e %U %S' -o /tmp/suite-time-$$.txt ./mvnw -B -ntp -o -pl app "${args[@]}" >"$log" 2>&1 || verdict="FAILED (see $log)"
  read -r wall user sys < <(tail -n 1 /tmp/suite-time-$$.txt)  # the last line: time(1) says first when the run was red
  classes=$( (ls app/target/surefire-reports/TEST-*.xml app/target/failsafe-reports/TEST-*.xml 2>/dev/null || true) | sed 's#.*TEST-##' | sort -u | wc -l)
  tests=$( (cat app/target/surefire-reports/TEST-*.xml app/target/failsafe-reports/TEST-*.xml 2>/dev/null || true) \
    | grep -o '<testsuite [^>]*' | grep -o ' tests="[0-9]*"' | tr -dc '0-9\n' | awk '{s+=$1} END {print s+0}')
  printf '%s %s: %d classes (of %d at %s), %d tests, %s; wall %.0f s, cpu %.0f s (user %.0f, sys %.0f); load %s\n' \
    "$(date -u +%H:%M:%S)" "$head" "$classes" "$(($(wc -l </tmp/suite-base-$$.txt) - 1))" "$BASE" "$tests" "$verdict" \
    "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$(cut -d' ' -f1-3 /proc/loadavg)"
  rm -f /tmp/suite-*-$$.txt
  cd - >/dev/null
done
