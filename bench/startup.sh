#!/usr/bin/env bash
# Cold start of the default run: embedded PostgreSQL and demo data in a fresh, throw-away data directory, from
# process start until /actuator/health answers UP; then the used heap. Builds the jar first if it is missing or older
# than the sources. Last line: RESULT startup_s=<seconds> heap_mb=<used heap MB>.
#
# Settings (environment): BENCH_TIMEOUT_S (default 180) how long to wait for UP; JAVA_OPTS extra JVM options;
# BENCH_MVN_OPTS extra Maven options for the build (for example -o when offline).
set -euo pipefail

cd "$(dirname "$0")/.."
TIMEOUT_S="${BENCH_TIMEOUT_S:-180}"

log() { printf '%s\n' "$*" >&2; }
die() { log "startup.sh: $*"; exit 1; }

for tool in java curl; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done

# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_jar
bench_workdir

port="$(free_port)"
[[ "$port" != "8080" ]] || port="$(free_port)"
url="http://127.0.0.1:$port/actuator/health"

log "Starting $jar on port $port with data in $data ..."
start_ns="$(date +%s%N)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --xiaoneng.embedded-db.data-directory="$data" \
    >"$app_log" 2>&1 &
pid=$!

bench_wait_up "$url"
up_ns="$(date +%s%N)"

startup_s="$(awk -v a="$start_ns" -v b="$up_ns" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')"

# Used heap as it stands right after start-up (no forced GC): survivor + eden + old, in KB, from jstat; jcmd's
# GC.heap_info as a fallback.
heap_kb=""
if command -v jstat >/dev/null; then
    heap_kb="$(jstat -gc "$pid" 2>/dev/null | awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i }
        NR == 2 { printf "%.0f", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"] }' || true)"
fi
if [[ -z "$heap_kb" ]] && command -v jcmd >/dev/null; then
    heap_kb="$(jcmd "$pid" GC.heap_info 2>/dev/null | grep -E '^ *(garbage-first heap|Shenandoah|ZHeap|PSYoungGen|ParOldGen|def new generation|tenured generation)' \
        | grep -oE 'used [0-9]+K' | grep -oE '[0-9]+' | awk '{ s += $1 } END { if (NR) printf "%.0f", s }' || true)"
fi
[[ -n "$heap_kb" ]] || die "could not read the heap of process $pid (needs jstat or jcmd from a JDK)"
heap_mb="$(awk -v k="$heap_kb" 'BEGIN { printf "%.0f", k / 1024 }')"

log "UP after ${startup_s}s; used heap ${heap_mb} MB"
printf 'RESULT startup_s=%s heap_mb=%s\n' "$startup_s" "$heap_mb"
