# Shared by the bench scripts: build the jar if needed, a throw-away work directory that is cleaned up (with the
# application and its embedded PostgreSQL) when the script ends, free ports, and waiting for health UP.
# The sourcing script defines log() and die() first, and sets TIMEOUT_S.

find_jar() {
    # no target/ yet (a fresh clone): no jar — find's failure must not end a script run with -e -o pipefail
    [[ -d target ]] || return 0
    find target -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' ! -name '*.original' 2>/dev/null | head -n 1
}

# Sets jar: target/*.jar, built first when missing or older than the sources.
bench_jar() {
    jar="$(find_jar)"
    if [[ -z "$jar" ]] || [[ -n "$(find src pom.xml -newer "$jar" -type f 2>/dev/null | head -n 1)" ]]; then
        log "Building the jar ..."
        # shellcheck disable=SC2086
        ./mvnw -B -q -DskipTests ${BENCH_MVN_OPTS:-} package || die "the build failed"
        jar="$(find_jar)"
        [[ -n "$jar" ]] || die "no jar in target/ after the build"
    fi
}

# Sets work, data and app_log, and cleans up what the script started when it ends.
bench_workdir() {
    work="$(mktemp -d "${TMPDIR:-/tmp}/xiaoneng-bench.XXXXXX")"
    data="$work/postgres"
    app_log="$work/app.log"
    pid=""
    trap cleanup EXIT
    trap 'exit 130' INT TERM
}

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


# Waits until $1 (a health URL) answers UP while the application ($pid) runs; dies after TIMEOUT_S seconds.
bench_wait_up() {
    local url="$1" body deadline
    deadline=$(( $(date +%s) + TIMEOUT_S ))
    while (( $(date +%s) < deadline )); do
        kill -0 "$pid" 2>/dev/null || die "the application exited before it was UP"
        if body="$(curl -fsS --max-time 2 "$url" 2>/dev/null)" && [[ "$body" == *'"status":"UP"'* ]]; then
            return 0
        fi
        sleep 0.1
    done
    die "not UP within ${TIMEOUT_S}s"
}
