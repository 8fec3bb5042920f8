#!/usr/bin/env bash
# Casework speed (issue 4, "Speed"), all in one run against one PostgreSQL: the application (jar) with its embedded
# PostgreSQL — synchronous_commit and fsync on — in a fresh, throw-away data directory on free ports, driven by the
# Java load client in bench/casework/ (a separate Maven project, bench scope only: Flowable never reaches the
# product's classpath). The client, with 8 workers each phase (warm-up first, then a measured window):
#   1. seeds 1,000,000 cases set-based (clones of one case made through the API) so every phase runs on that size,
#      then drives the end-to-end flow (4) unmeasured for BENCH_JIT_WARMUP_S: on two shared cores the JIT's C2
#      compiles the request path for about four minutes of load, and a phase measured before it settles measures the
#      compiler (acceptance: 79/s after 60 s of load, 144/s after 270 s, same build);
#   2. acceptance: 8 signed-in clerk sessions receive (POST /api/v1/casework/cases) and accept (POST …/{id}/acceptance)
#      cases, with their events, outbox messages and audit; rate and p99 per accepted case (both requests);
#   3. the bare JDBC transaction of the same shape (case row, event row, outbox row, commit) on scratch copies of the
#      tables in schema bench, 8 connections; ratio = acceptance rate / this rate;
#   4. our end-to-end flow over HTTP (intake → acceptance → processing → 3 tasks claimed and completed → decision →
#      licence → delivery → closing: 15 requests by clerk, handler, reviewer and approver);
#   5. Flowable 8 (standalone engine, its own database on the same server) running the same three-stage item: start,
#      3 user tasks claimed and completed in order, end; flowable_ratio = our end-to-end rate / Flowable's;
#   6. the public case query GET /api/v1/public/cases/{number}?queryCode=… at random over all cases (a lean
#      kept-alive client per worker: the JDK's costs about as much CPU per request as the query);
#   7. the floor under it: the query's two SQL statements over bare JDBC, prepared, 8 connections, same pairs;
#      query_ratio = public query rate / this rate;
#   aside (not in RESULT): what HTTP Basic costs an API client per request (a bcrypt check each time).
# It waits for the audit trail (chained in the background after each commit) to catch up after phases 2 and 4 and says
# how long that took, and prints for each measured window where the CPU went (this machine may be shared) and about
# how many commits and WAL flushes each unit cost.
# Last line: RESULT accept_per_s=.. accept_p99_ms=.. raw_insert_per_s=.. ratio=.. query_per_s=.. query_p99_ms=..
#            raw_query_per_s=.. query_ratio=.. flowable_ratio=..
# About 17 minutes. Builds the jar and the client first when missing or older than their sources.
#
# Needs java (a JDK 17) and curl. Settings (environment): BENCH_THREADS (8), BENCH_JIT_WARMUP_S (240, 0 for none),
# BENCH_WARMUP_S (30, each phase), BENCH_MEASURE_S (30), BENCH_CASES (1000000), BENCH_PHASES
# (accept,basic,raw,e2e,flowable,query,rawquery), BENCH_TIMEOUT_S (180) how long to wait for UP; JAVA_OPTS extra JVM options of
# the application; BENCH_MVN_OPTS extra Maven options for the builds (-o).
set -euo pipefail

cd "$(dirname "$0")/.."
TIMEOUT_S="${BENCH_TIMEOUT_S:-180}"

log() { printf '%s\n' "$*" >&2; }
die() { log "casework.sh: $*"; exit 1; }

for tool in java curl; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done

# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_jar

client=bench/casework
if [[ ! -f "$client/target/classpath.txt" ]] \
        || [[ -n "$(find "$client/src" "$client/pom.xml" -newer "$client/target/classpath.txt" -type f 2>/dev/null | head -n 1)" ]]; then
    log "Building the load client ..."
    # shellcheck disable=SC2086
    ./mvnw -B -q -DskipTests ${BENCH_MVN_OPTS:-} -f "$client/pom.xml" package || die "the load client's build failed"
fi

bench_workdir

port="$(free_port)"
[[ "$port" != "8080" ]] || port="$(free_port)"
db_port="$(free_port)"
base="http://127.0.0.1:$port"

log "Starting $jar on port $port (database on $db_port) with data in $data ..."
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --xiaoneng.embedded-db.data-directory="$data" \
    --xiaoneng.embedded-db.port="$db_port" >"$app_log" 2>&1 &
pid=$!

bench_wait_up "$base/actuator/health"
pg_pid="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || echo 0)"

java -Xmx2g -cp "$client/target/classes:$(cat "$client/target/classpath.txt")" org.xiaoneng.bench.Bench \
    --base="$base" --db="jdbc:postgresql://127.0.0.1:$db_port/postgres" \
    --threads="${BENCH_THREADS:-8}" --jit-warmup="${BENCH_JIT_WARMUP_S:-240}" --warmup="${BENCH_WARMUP_S:-30}" \
    --measure="${BENCH_MEASURE_S:-30}" --cases="${BENCH_CASES:-1000000}" \
    --phases="${BENCH_PHASES:-accept,basic,raw,e2e,flowable,query,rawquery}" \
    --app-pid="$pid" --pg-pid="$pg_pid" | tail -n 1 >"$work/result"

result="$(cat "$work/result")"
[[ "$result" == RESULT* ]] || die "the load client printed no RESULT line"
printf '%s\n' "$result"
