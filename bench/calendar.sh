#!/usr/bin/env bash
# Deadline computations per second on one thread (JMH): the calendar's precomputed working-day index against a plain
# day-by-day loop over a HashSet of special days, in the same run, on the shipped notices 2005-2026 (1 fork, 3 warm-up
# and 5 measured iterations of 1 s each: about a minute with the build). Targets: >= 10 million deadlines/s, >= 50x
# the loop. Last line: RESULT deadlines_per_s=<index ops/s> loop_per_s=<loop ops/s> ratio=<index/loop>.
#
# Settings (environment): BENCH_MVN_OPTS extra Maven options (the build runs offline, -o, like the other scripts'
# documented use); JMH_OPTS extra JMH options (for example "-wi 5 -i 10" for a longer run).
set -euo pipefail

cd "$(dirname "$0")/.."

log() { printf '%s\n' "$*" >&2; }
die() { log "calendar.sh: $*"; exit 1; }

for tool in java jq; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done

log "Building the benchmark (profile bench) ..."
# shellcheck disable=SC2086
./mvnw -B -o -q -Pbench test-compile ${BENCH_MVN_OPTS:-} || die "the build failed"
classpath_file="target/bench-classpath.txt"
# shellcheck disable=SC2086
./mvnw -B -o -q -Pbench dependency:build-classpath -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=test \
    ${BENCH_MVN_OPTS:-} || die "could not resolve the benchmark's class path"
[[ -f target/test-classes/META-INF/BenchmarkList ]] || die "no JMH benchmark list: did the annotation processor run?"

result="target/calendar-bench.json"
rm -f "$result"
log "Running JMH ..."
# shellcheck disable=SC2086
java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" org.openjdk.jmh.Main \
    'org\.xiaoneng\.calendar\.internal\.CalendarBenchmark\.' -rf json -rff "$result" ${JMH_OPTS:-} >&2 \
    || die "JMH failed"

score() {
    jq -r --arg name "org.xiaoneng.calendar.internal.CalendarBenchmark.$1" \
        '.[] | select(.benchmark == $name) | .primaryMetric.score' "$result"
}
index_ops="$(score index)"
loop_ops="$(score loop)"
[[ -n "$index_ops" && -n "$loop_ops" ]] || die "no scores in $result"

awk -v i="$index_ops" -v l="$loop_ops" \
    'BEGIN { printf "RESULT deadlines_per_s=%.0f loop_per_s=%.0f ratio=%.1f\n", i, l, i / l }'
