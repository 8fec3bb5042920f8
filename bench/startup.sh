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

find_jar() {
    find target -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' ! -name '*.original' 2>/dev/null | head -n 1
}

jar="$(find_jar)"
if [[ -z "$jar" ]] || [[ -n "$(find src pom.xml -newer "$jar" -type f 2>/dev/null | head -n 1)" ]]; then
    log "Building the jar ..."
    # shellcheck disable=SC2086
    ./mvnw -B -q -DskipTests ${BENCH_MVN_OPTS:-} package || die "the build failed"
    jar="$(find_jar)"
    [[ -n "$jar" ]] || die "no jar in target/ after the build"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/xiaoneng-bench.XXXXXX")"
data="$work/postgres"
app_log="$work/app.log"
pid=""

# Stops what this script started: the application (politely, then hard), and — should the JVM have died without
# stopping it — the embedded PostgreSQL, found through its own pid file in our data directory.
cleanup() {
    local status=$?
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 300); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    if [[ -f "$data/postmaster.pid" ]]; then
        local pg_pid
        pg_pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
        if [[ "$pg_pid" =~ ^[0-9]+$ ]] && kill -0 "$pg_pid" 2>/dev/null; then
            kill -TERM "$pg_pid" 2>/dev/null || true
            for _ in $(seq 1 50); do
                kill -0 "$pg_pid" 2>/dev/null || break
                sleep 0.1
            done
            kill -0 "$pg_pid" 2>/dev/null && kill -KILL "$pg_pid" 2>/dev/null || true
        fi
    fi
    if [[ $status -ne 0 && -f "$app_log" ]]; then
        log "--- last lines of the application log ---"
        tail -n 40 "$app_log" >&2 || true
    fi
    # a PostgreSQL child still shutting down may write for a moment longer
    for _ in 1 2 3 4 5; do
        rm -rf "$work" 2>/dev/null && break
        sleep 1
    done
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    if command -v python3 >/dev/null; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
        return
    fi
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (ss -ltn 2>/dev/null | awk '{print $4}' | grep -q ":$port\$"); then
            echo "$port"
            return
        fi
    done
    die "no free port found"
}

port="$(free_port)"
[[ "$port" != "8080" ]] || port="$(free_port)"
url="http://127.0.0.1:$port/actuator/health"

log "Starting $jar on port $port with data in $data ..."
start_ns="$(date +%s%N)"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --xiaoneng.embedded-db.data-directory="$data" \
    >"$app_log" 2>&1 &
pid=$!

up_ns=""
deadline=$(( $(date +%s) + TIMEOUT_S ))
while (( $(date +%s) < deadline )); do
    kill -0 "$pid" 2>/dev/null || die "the application exited before it was UP"
    if body="$(curl -fsS --max-time 2 "$url" 2>/dev/null)" && [[ "$body" == *'"status":"UP"'* ]]; then
        up_ns="$(date +%s%N)"
        break
    fi
    sleep 0.1
done
[[ -n "$up_ns" ]] || die "not UP within ${TIMEOUT_S}s"

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
