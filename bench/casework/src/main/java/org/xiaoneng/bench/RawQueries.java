package org.xiaoneng.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The floor under our public query rate: the same two statements the application runs for one public query (the
 * case with its steps, by number, and the organization directory's revision, which tells whether the cached
 * department names still hold) sent over bare JDBC — prepared, autocommit, no HTTP — from the same number of threads,
 * each with its own connection, for the same (number, query code) pairs. Every row is read to the end and the query
 * code compared, as the application does. What this rate leaves of the machine's two cores is all an HTTP service
 * (and its load client) could ever have.
 */
final class RawQueries {

    /** The statement of CaseRepository.tracked, kept identical so that PostgreSQL does the same work. */
    private static final String TRACKED = """
            SELECT c.id, c.number, c.item_code, c.item_name, c.applicant_kind, c.applicant_name, c.state,
                   c.received_at, c.accepted_on, c.due_date, c.clock_stopped, c.outcome, c.lead_department_id,
                   c.query_code, c.applicant_account_id, s.types, s.times, s.deadlines
              FROM casework_case c
              LEFT JOIN LATERAL (
                   SELECT array_agg(e.type ORDER BY e.seq) AS types,
                          array_agg(e.occurred_at ORDER BY e.seq) AS times,
                          array_agg(e.deadline ORDER BY e.seq) AS deadlines
                     FROM casework_case_event e
                    WHERE e.case_id = c.id AND e.type NOT IN ('TASK_CLAIMED', 'TASK_COMPLETED')) s ON TRUE
             WHERE c.number = ?""";

    private final Bench.Settings s;
    private final List<String[]> pairs;

    RawQueries(Bench.Settings s, List<String[]> pairs) {
        this.s = s;
        this.pairs = pairs;
    }

    Load.Result run() throws Exception {
        Connection[] connections = new Connection[s.threads()];
        PreparedStatement[][] statements = new PreparedStatement[s.threads()][];
        for (int w = 0; w < s.threads(); w++) {
            Connection c = Bench.connect(s.db());
            connections[w] = c;
            statements[w] = new PreparedStatement[] {c.prepareStatement(TRACKED),
                c.prepareStatement("SELECT revision FROM organization_revision WHERE id = 1")};
        }
        try {
            return Load.run("bare JDBC (the public query's two statements)", s.threads(), s.warmup(), s.measure(),
                    (w, seq) -> {
                        String[] pair = pairs.get(ThreadLocalRandom.current().nextInt(pairs.size()));
                        PreparedStatement[] st = statements[w];
                        st[0].setString(1, pair[0]);
                        try (ResultSet rs = st[0].executeQuery()) {
                            if (!rs.next() || !pair[1].equals(rs.getString(14))) {
                                throw new IllegalStateException("no case " + pair[0] + " with its query code");
                            }
                            for (int i = 1; i <= 18; i++) {
                                rs.getObject(i);
                            }
                        }
                        try (ResultSet rs = st[1].executeQuery()) {
                            rs.next();
                            rs.getLong(1);
                        }
                    });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }
}
