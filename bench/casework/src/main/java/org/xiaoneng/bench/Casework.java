package org.xiaoneng.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.HdrHistogram.Histogram;

/**
 * Our side of the bench: staff sessions, the acceptance and end-to-end flows over /api/v1/casework, the million
 * seeded cases and the public query over /api/v1/public/cases.
 */
final class Casework {

    private static final String CASES = "/api/v1/casework/cases";

    private final Http http;
    private final Connection db;
    private final Bench.Settings s;
    private final long itemVersionId;
    private final String application;
    /** Per worker: clerk1, handler1, reviewer1, approver1 — each client signed in on its own sessions. */
    private final Http.Session[] clerk;
    private final Http.Session[] handler;
    private final Http.Session[] reviewer;
    private final Http.Session[] approver;
    /** Per-request latency of the acceptance phase (receive and accept apart), µs; one per worker. */
    private final Histogram[] receiveLatency;
    private final Histogram[] acceptLatency;
    private long templateCaseId;
    private String receivedPayload;

    private Casework(Http http, Connection db, Bench.Settings s, long itemVersionId, String application) {
        this.http = http;
        this.db = db;
        this.s = s;
        this.itemVersionId = itemVersionId;
        this.application = application;
        int n = s.threads();
        clerk = new Http.Session[n];
        handler = new Http.Session[n];
        reviewer = new Http.Session[n];
        approver = new Http.Session[n];
        receiveLatency = new Histogram[n];
        acceptLatency = new Histogram[n];
    }

    /**
     * Signs the staff in (one session per client and account), runs one case through the whole flow to check it,
     * and — when the query phase is on — seeds the million cases from it, so that every phase runs on a database of
     * that size.
     */
    static Casework prepare(Http http, Connection db, Bench.Settings s) throws Exception {
        long versionId = Bench.count(db, """
                SELECT v.id FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
                WHERE i.code = ?""", Bench.ITEM);
        List<String> required = Bench.strings(db, """
                SELECT m->>'name' FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id,
                       jsonb_array_elements(v.content->'materials') m
                WHERE i.code = ? AND (m->>'required')::boolean""", Bench.ITEM);
        StringBuilder materials = new StringBuilder();
        for (String m : required) {
            materials.append(materials.isEmpty() ? "" : ", ").append('"').append(m.replace("\"", "\\\"")).append('"');
        }
        // every required material supplied: the clerk can accept at once
        String application = """
                {"itemVersionId": %d, "channel": "WINDOW", "suppliedMaterials": [%s],
                 "applicant": {"kind": "INDIVIDUAL", "name": "张三丰", "idNumber": "%%s", "phone": "13812345678"}}"""
                .formatted(versionId, materials);
        Casework c = new Casework(http, db, s, versionId, application);
        Bench.log("Item %s (version %d), %d required materials; signing in %d x 4 staff sessions ...", Bench.ITEM,
                versionId, required.size(), s.threads());
        for (int w = 0; w < s.threads(); w++) {
            c.clerk[w] = http.signIn("clerk1", s.password());
            c.handler[w] = http.signIn("handler1", s.password());
            c.reviewer[w] = http.signIn("reviewer1", s.password());
            c.approver[w] = http.signIn("approver1", s.password());
            c.receiveLatency[w] = new Histogram(3_600_000_000L, 3);
            c.acceptLatency[w] = new Histogram(3_600_000_000L, 3);
        }
        c.templateCaseId = c.wholeCase(0, 0);
        c.receivedPayload = Bench.strings(db, "SELECT payload::text FROM casework_case_event WHERE case_id = ? AND seq = 1",
                c.templateCaseId).get(0);
        Bench.log("One case went from intake to closing: id %d, %d events", c.templateCaseId,
                Bench.count(db, "SELECT count(*) FROM casework_case_event WHERE case_id = ?", c.templateCaseId));
        List<String> phases = List.of(s.phases().split(","));
        if (phases.contains("query") || phases.contains("rawquery")) {
            new Seeding(db, c.templateCaseId, s.cases()).run();
        }
        return c;
    }

    String receivedPayload() {
        return receivedPayload;
    }

    private String applicationBody(long sequence) {
        return application.formatted("11010119900307%04d".formatted(sequence % 10_000));
    }

    /** Receives one case as the worker's clerk; returns {id, version}. */
    private long[] receive(int w, long sequence) throws Exception {
        String key = "bench-" + w + "-" + sequence + "-" + ThreadLocalRandom.current().nextInt(1 << 30);
        Http.Response r = Http.expect(clerk[w].post(CASES, applicationBody(sequence), "Idempotency-Key", key), 201,
                "receive");
        return new long[] {Http.caseId(r), Http.caseVersion(r)};
    }

    private static int step(Http.Session who, long id, String action, String body, String what) throws Exception {
        return Http.caseVersion(Http.expect(who.post(CASES + "/" + id + "/" + action, body), 200, what));
    }

    /** Phase 1: intake + acceptance, one case per unit; the latency is the case's (both requests). */
    Load.Result acceptance() throws Exception {
        long before = Bench.count(db, "SELECT max(id) FROM casework_case");
        Load.Result result = Load.run("acceptance (receive + accept over HTTP)", s.threads(), s.warmup(),
                s.measure(), (w, seq) -> {
                    long t0 = System.nanoTime();
                    long[] received = receive(w, seq);
                    long t1 = System.nanoTime();
                    step(clerk[w], received[0], "acceptance", "{\"version\": " + received[1] + "}", "accept");
                    long t2 = System.nanoTime();
                    receiveLatency[w].recordValue(Math.max(1, (t1 - t0) / 1000));
                    acceptLatency[w].recordValue(Math.max(1, (t2 - t1) / 1000));
                });
        Histogram receive = new Histogram(3_600_000_000L, 3);
        Histogram accept = new Histogram(3_600_000_000L, 3);
        for (int w = 0; w < s.threads(); w++) {
            receive.add(receiveLatency[w]);
            accept.add(acceptLatency[w]);
        }
        Bench.log("  per request (warm-up included): receive p50 %.1f ms p99 %.1f ms; accept p50 %.1f ms p99 %.1f ms",
                receive.getValueAtPercentile(50) / 1000.0, receive.getValueAtPercentile(99) / 1000.0,
                accept.getValueAtPercentile(50) / 1000.0, accept.getValueAtPercentile(99) / 1000.0);
        long accepted = Bench.count(db, "SELECT count(*) FROM casework_case WHERE id > ? AND state = 'ACCEPTED'",
                before);
        drainAudit("acceptance", result);
        long audited = Bench.count(db, """
                SELECT count(*) FROM audit_entry WHERE action = 'casework.case.accepted'""");
        Bench.log("  %d cases accepted in the phase (warm-up included); audit entries of acceptances: %d in all",
                accepted, audited);
        return result;
    }

    /**
     * The audit trail is written after each commit, asynchronously (event publication registry). A phase that
     * outruns it leaves a backlog: waits for it and says how long that took, so that nothing of one phase runs on
     * into the next and the sustained rate can be read.
     */
    private void drainAudit(String phase, Load.Result result) throws Exception {
        long backlog = Bench.count(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
        long t0 = System.nanoTime();
        long left = backlog;
        while (left > 0 && System.nanoTime() - t0 < 300e9) {
            Thread.sleep(250);
            left = Bench.count(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL");
        }
        double drained = (System.nanoTime() - t0) / 1e9;
        if (backlog == 0) {
            Bench.log("  no event publications outstanding at the end of %s", phase);
        } else {
            Bench.log("  %d event publications (audit, notifications) outstanding at the end of %s; drained in "
                    + "%.1f s%s; sustained rate with the drain: %.1f/s", backlog, phase, drained,
                    left > 0 ? " (" + left + " still left)" : "",
                    result.units() / (result.seconds() + drained));
        }
    }

    /**
     * Intake to closing, as the demo item's process has it: the clerk receives and accepts, the handler starts
     * processing, the three tasks are claimed and completed by clerk, handler and reviewer, the approver decides,
     * the handler issues the licence, the clerk delivers and closes. 15 requests; returns the case id.
     */
    private long wholeCase(int w, long sequence) throws Exception {
        long[] received = receive(w, sequence);
        long id = received[0];
        int v = step(clerk[w], id, "acceptance", "{\"version\": " + received[1] + "}", "accept");
        v = step(handler[w], id, "processing", "{\"version\": " + v + "}", "start processing");
        Http.Session[] byTask = {clerk[w], handler[w], reviewer[w]};
        for (int task = 1; task <= 3; task++) {
            v = step(byTask[task - 1], id, "tasks/" + task + "/claim", "{\"version\": " + v + "}", "claim " + task);
            v = step(byTask[task - 1], id, "tasks/" + task + "/completion",
                    "{\"version\": " + v + ", \"outcome\": \"PASS\", \"opinion\": \"同意\"}", "complete " + task);
        }
        v = step(approver[w], id, "decision", """
                {"version": %d, "outcome": "APPROVED", "reasons": "符合外商投资准入要求",
                 "legalBasis": "《中华人民共和国外商投资法》第四条"}""".formatted(v), "decide");
        v = step(handler[w], id, "certificate", "{\"version\": " + v + "}", "certificate");
        v = step(clerk[w], id, "delivery", "{\"version\": " + v + ", \"method\": \"WINDOW\"}", "deliver");
        Http.Response closed = Http.expect(clerk[w].post(CASES + "/" + id + "/closing", "{\"version\": " + v + "}"),
                200, "close");
        if (!closed.body().contains("\"state\":\"CLOSED\"")) {
            throw new IllegalStateException("case " + id + " is not CLOSED after closing");
        }
        return id;
    }

    /** Phase 3: the whole flow, one case per unit. */
    /**
     * Before any phase is measured: the end-to-end flow, which calls every endpoint the phases call, for as long as
     * the JIT needs to settle. On two shared cores C2 keeps compiling the request path for about four minutes of load
     * (a third of the application's CPU still goes to the compiler after one minute); a phase measured before that
     * measures the compiler. A server runs for months: the settled rate is its rate.
     */
    void warmUpJit(double seconds) throws Exception {
        Load.Result result = Load.run("JIT warm-up (end-to-end flow, not measured)", s.threads(), 0, seconds,
                this::wholeCase);
        drainAudit("JIT warm-up", result);
    }

    Load.Result endToEnd() throws Exception {
        Load.Result result = Load.run("end-to-end (intake to closing, 15 requests over HTTP)", s.threads(),
                s.warmup(), s.measure(), this::wholeCase);
        drainAudit("end-to-end", result);
        return result;
    }

    /**
     * Aside: what HTTP Basic costs an API client (a department system) per request — the password hash is checked on
     * every request — on the cheapest authenticated GET there is, against the same GET on a signed-in session.
     */
    void basicAuthCost() throws Exception {
        Load.Result basic = Load.run("aside: GET /api/v1/identity/me with HTTP Basic", s.threads(), 2, 10,
                (w, seq) -> Http.expect(http.getBasic("/api/v1/identity/me", "clerk1", s.password()), 200, "me"));
        Bench.log("  HTTP Basic on every request caps an API client at about %.0f requests/s here", basic.perSecond());
    }

    /**
     * For phase 5 (办件查询 by number and query code, at random over all cases) and its floor: the (number, query
     * code) pairs the public query asks for, up to 200,000 drawn at random from all the cases so that the queries
     * spread over the whole table.
     */
    List<String[]> queryPairs() throws SQLException {
        long total = Bench.count(db, "SELECT count(*) FROM casework_case");
        List<String[]> pairs = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("""
                SELECT number, query_code FROM casework_case TABLESAMPLE SYSTEM (25) ORDER BY random() LIMIT 200000""");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                pairs.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        Bench.log("Public query over %d cases, %d distinct (number, query code) pairs drawn at random", total,
                pairs.size());
        return pairs;
    }

    Load.Result publicQuery(List<String[]> pairs) throws Exception {
        Http.Response probe = Http.expect(http.get("/api/v1/public/cases/" + pairs.get(0)[0] + "?queryCode="
                + pairs.get(0)[1]), 200, "public query");
        Bench.log("  one answer: %d bytes: %s", probe.body().length(),
                probe.body().length() > 240 ? probe.body().substring(0, 240) + "..." : probe.body());
        // a lean kept-alive client per worker: the JDK's cost about as much CPU per request as the query itself
        LeanGet[] clients = new LeanGet[s.threads()];
        for (int w = 0; w < clients.length; w++) {
            clients[w] = new LeanGet(s.base());
        }
        try {
            return Load.run("public query (GET /api/v1/public/cases/{number}?queryCode=)", s.threads(), s.warmup(),
                    s.measure(), (w, seq) -> {
                        String[] pair = pairs.get(ThreadLocalRandom.current().nextInt(pairs.size()));
                        Http.expect(clients[w].get("/api/v1/public/cases/" + pair[0] + "?queryCode=" + pair[1]), 200,
                                "public query");
                    });
        } finally {
            for (LeanGet client : clients) {
                client.close();
            }
        }
    }
}
