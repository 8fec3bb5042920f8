#!/usr/bin/env bash
# Supervision speed (issue 5, "Speed"), all in one run against one PostgreSQL: the driver in bench/sweep/ starts the
# application in its own JVM (-Xmx512m, the heap the issue allows at 10 million rows) with its embedded PostgreSQL —
# synchronous_commit and fsync on — in a fresh, throw-away data directory, and sets the application's clock to T
# (today 10:30 in Asia/Shanghai). Then:
#   1. fills the ledger with 1,000,000 watched deadlines, set-based (generate_series, 1 million rows a statement):
#      every subject kind, the demo city's departments and positions, 600 items, limits of 1..60 working days, due
#      days from 10 days ago to 40 days ahead (so some already yellow or red), 5% suspended, 5% closed — dates and
#      lights as registration and sweep leave them at T;
#   2. times the recomputation after a calendar correction (the five working days of the week after next turned into a
#      holiday; Recomputation.recompute as the CalendarCorrected listener runs it) over the 1 million rows, while a
#      writer upserts deadlines as accepted cases' registrations do and reports their latency; then takes it back;
#   3. about one minute of threshold crossings at T: 50 per million rows (each deadline crosses twice, yellow then red,
#      in a life of about four weeks, ~40,000 minutes) whose yellow or due instant falls in the minute before T;
#   4. times, alternately on the same rows set back to the same state (1 warm-up + BENCH_REPS rounds, medians), the
#      product's real sweep (Supervision.sweep(): SweepRun → Sweeper → Ledger, with the light history, the audited
#      DeadlineLightChanged events and the alerts in the notification outbox; waiting between rounds for the audit
#      trail to catch up) and a bare windowed UPDATE doing the same classification on the same table;
#   5. fills up to 10,000,000 rows (crossings as in 3) and times sweep and bare UPDATE again; prints disk use and the
#      JVM's peak heap. Every log line carries the machine's load average (the figures depend on what else runs).
# Last line: RESULT sweep_1m_s=.. sweep_10m_s=.. raw_10m_s=.. ratio=.. recompute_1m_s=..   (ratio = sweep_10m/raw_10m)
# Targets: sweep <= 0.1 s at 1M and <= 0.2 s at 10M, ratio <= 2, recompute <= 12 s at 1M.
#
# About 15 minutes on 2 cores, most of it generating 10 million rows; the data (about 5 GB at 10M) lives in a temp
# directory removed at the end. Needs java (a JDK 17); builds the product's classes (./mvnw -o compile) and the driver
# (javac) first. Settings (environment): BENCH_SMALL (1000000), BENCH_LARGE (10000000; <= BENCH_SMALL skips the second
# size), BENCH_REPS (5), BENCH_CROSSINGS_PER_M (50), BENCH_HEAP (512m), BENCH_MIN_FREE_GB (20), JAVA_OPTS extra JVM
# options, BENCH_MVN_OPTS extra Maven options (the builds run offline, -o, by default), BENCH_DRIVER_OPTS extra driver
# options (--db-port=N --hold-s=S keep the database open on a known port at the end, to look at it with psql).
set -euo pipefail

cd "$(dirname "$0")/.."
TIMEOUT_S=0

log() { printf '%s\n' "$*" >&2; }
die() { log "sweep.sh: $*"; exit 1; }

for tool in java javac; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done

# shellcheck source=bench/lib.sh
source bench/lib.sh

if [[ ! -f target/classes/org/xiaoneng/XiaonengApplication.class ]] \
        || [[ -n "$(find src/main pom.xml -newer target/classes/org/xiaoneng/XiaonengApplication.class -type f 2>/dev/null | head -n 1)" ]]; then
    log "Compiling the application ..."
    # shellcheck disable=SC2086
    ./mvnw -B -q -o ${BENCH_MVN_OPTS:-} compile || die "the build failed"
fi
classpath_file="target/runtime-classpath.txt"
if [[ ! -f "$classpath_file" || pom.xml -nt "$classpath_file" ]]; then
    log "Resolving the application's runtime class path ..."
    # shellcheck disable=SC2086
    ./mvnw -B -q -o ${BENCH_MVN_OPTS:-} dependency:build-classpath -Dmdep.outputFile="$classpath_file" \
        -Dmdep.includeScope=runtime || die "could not resolve the class path"
fi

bench_workdir
free_gb="$(df -Pk "$work" | awk 'NR == 2 { print int($4 / 1048576) }')"
(( free_gb >= ${BENCH_MIN_FREE_GB:-20} )) || die "only ${free_gb} GB free under $work; 10 million rows need about 10"

classpath="target/classes:$(cat "$classpath_file")"
log "Compiling the driver ..."
mkdir -p "$work/classes"
javac -nowarn -encoding UTF-8 -d "$work/classes" -cp "$classpath" \
    $(find bench/sweep/src -name '*.java') || die "the driver did not compile"

# the driver's JVM is the application: pid for lib.sh's cleanup, which also stops the embedded PostgreSQL
# shellcheck disable=SC2086
java -Xmx"${BENCH_HEAP:-512m}" -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 ${JAVA_OPTS:-} \
    -cp "$work/classes:$classpath" bench.sweep.SweepBench --data-dir="$data" \
    --small="${BENCH_SMALL:-1000000}" --large="${BENCH_LARGE:-10000000}" --reps="${BENCH_REPS:-5}" \
    --crossings-per-million="${BENCH_CROSSINGS_PER_M:-50}" ${BENCH_DRIVER_OPTS:-} >"$work/result" 2> >(tee "$app_log" >&2) &
pid=$!
wait "$pid" || die "the driver failed"
pid=""
log "Data directory at the end: $(du -sh "$data" 2>/dev/null | cut -f1)"

result="$(grep '^RESULT' "$work/result" | tail -n 1)"
[[ "$result" == RESULT* ]] || die "the driver printed no RESULT line"
printf '%s\n' "$result"
