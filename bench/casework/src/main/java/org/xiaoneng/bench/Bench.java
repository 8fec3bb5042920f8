package org.xiaoneng.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The casework bench (issue 4, "Speed"), against one running application and its PostgreSQL, all in one run:
 * <ol>
 * <li>acceptance: 8 clients, each as a signed-in window clerk, receive a case and accept it over /api/v1;</li>
 * <li>the bare JDBC transaction of the same shape (case row, event row, outbox row, commit) from 8 threads, on
 * scratch copies of the tables in schema {@code bench};</li>
 * <li>our end-to-end flow over HTTP (intake to closing, 15 requests by four staff members) from 8 clients;</li>
 * <li>Flowable 8 running the same three-stage item (start, three user tasks claimed and completed, end) from 8
 * threads, in its own database on the same server;</li>
 * <li>the public case query (number + query code) from 8 clients over at least a million cases, seeded set-based
 * by cloning a case made through the API;</li>
 * <li>the bare JDBC floor under that query: its two statements, prepared, from 8 threads ({@link RawQueries}).</li>
 * </ol>
 * Prints the figures on stderr as it goes and, last, the RESULT line on stdout.
 *
 * <p>Arguments: {@code --base=http://127.0.0.1:PORT --db=jdbc:postgresql://127.0.0.1:PORT/postgres} and optionally
 * {@code --threads=8 --warmup=10 --jit-warmup=0 --measure=30 --cases=1000000 --password=Demo@2026
 * --phases=accept,basic,raw,e2e,flowable,query,rawquery --app-pid=N --pg-pid=N} (the last two to tell where the CPU went).
 */
public final class Bench {

    static final String ITEM = "SWJ-XK-001";

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (!a.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + a);
            }
            opts.put(a.substring(2, eq), a.substring(eq + 1));
        }
        Settings settings = new Settings(req(opts, "base"), req(opts, "db"),
                Integer.parseInt(opts.getOrDefault("threads", "8")),
                Double.parseDouble(opts.getOrDefault("warmup", "10")),
                Double.parseDouble(opts.getOrDefault("jit-warmup", "0")),
                Double.parseDouble(opts.getOrDefault("measure", "30")),
                Integer.parseInt(opts.getOrDefault("cases", "1000000")),
                opts.getOrDefault("password", "Demo@2026"),
                opts.getOrDefault("phases", "accept,basic,raw,e2e,flowable,query,rawquery"));
        Cpu.watch(Long.parseLong(opts.getOrDefault("app-pid", "0")), Long.parseLong(opts.getOrDefault("pg-pid", "0")),
                settings.db());
        new Bench(settings).run();
    }

    record Settings(String base, String db, int threads, double warmup, double jitWarmup, double measure, int cases,
            String password, String phases) {
    }

    private final Settings s;

    private Bench(Settings s) {
        this.s = s;
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[%s] %s%n", LocalTime.now().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")),
                String.format(Locale.ROOT, format, args));
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    private void run() throws Exception {
        try (Connection db = connect(s.db())) {
            log("PostgreSQL: %s; synchronous_commit=%s, fsync=%s, shared_buffers=%s, wal_sync_method=%s",
                    one(db, "SHOW server_version"), one(db, "SHOW synchronous_commit"), one(db, "SHOW fsync"),
                    one(db, "SHOW shared_buffers"), one(db, "SHOW wal_sync_method"));
            if (!"on".equals(one(db, "SHOW synchronous_commit"))) {
                throw new IllegalStateException("synchronous_commit must be on for this bench");
            }
            Http http = new Http(s.base(), s.threads());
            Casework casework = Casework.prepare(http, db, s);
            Map<String, String> out = new java.util.LinkedHashMap<>();
            List<String> phases = List.of(s.phases().split(","));
            if (s.jitWarmup() > 0) {
                casework.warmUpJit(s.jitWarmup());
            }

            Load.Result accept = null;
            if (phases.contains("accept")) {
                accept = casework.acceptance();
                out.put("accept_per_s", f0(accept.perSecond()));
                out.put("accept_p99_ms", f1(accept.p99Ms()));
            }
            if (phases.contains("basic")) {
                casework.basicAuthCost();
            }
            Load.Result raw = null;
            if (phases.contains("raw")) {
                raw = new RawInserts(s, casework.receivedPayload()).run();
                out.put("raw_insert_per_s", f0(raw.perSecond()));
            }
            if (accept != null && raw != null) {
                out.put("ratio", "%.3f".formatted(accept.perSecond() / raw.perSecond()));
            }
            Load.Result e2e = null;
            if (phases.contains("e2e")) {
                e2e = casework.endToEnd();
            }
            Load.Result flowable = null;
            if (phases.contains("flowable")) {
                flowable = new FlowablePeer(s).run();
            }
            if (phases.contains("query") || phases.contains("rawquery")) {
                List<String[]> pairs = casework.queryPairs();
                Load.Result query = null;
                if (phases.contains("query")) {
                    query = casework.publicQuery(pairs);
                    out.put("query_per_s", f0(query.perSecond()));
                    out.put("query_p99_ms", f1(query.p99Ms()));
                }
                if (phases.contains("rawquery")) {
                    Load.Result rawQuery = new RawQueries(s, pairs).run();
                    out.put("raw_query_per_s", f0(rawQuery.perSecond()));
                    if (query != null) {
                        out.put("query_ratio", "%.3f".formatted(query.perSecond() / rawQuery.perSecond()));
                    }
                }
            }
            if (e2e != null && flowable != null) {
                log("end-to-end: ours %.1f cases/s (p99 %.0f ms), Flowable %.1f instances/s (p99 %.0f ms)",
                        e2e.perSecond(), e2e.p99Ms(), flowable.perSecond(), flowable.p99Ms());
                out.put("flowable_ratio", "%.2f".formatted(e2e.perSecond() / flowable.perSecond()));
            }
            StringBuilder line = new StringBuilder("RESULT");
            out.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
            System.out.println(line);
        }
    }

    static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String req(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + "=... is required");
        }
        return v;
    }

    static String one(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static long count(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void exec(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }

    static List<String> strings(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
