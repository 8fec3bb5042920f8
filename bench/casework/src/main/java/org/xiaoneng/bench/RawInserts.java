package org.xiaoneng.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor under our acceptance rate: the bare JDBC transaction of the same shape — one case row, one event row,
 * one outbox row, committed (synchronous commit on) — from the same number of threads, each with its own
 * connection. The tables are scratch copies of casework_case, casework_case_event and notification_message (columns,
 * constraints, indexes; the event's foreign key added back) in schema {@code bench}, dropped afterwards. They start
 * empty, while the product's tables hold the seeded million: the floor is, if anything, a little fast.
 */
final class RawInserts {

    private final Bench.Settings s;
    private final String payload;

    RawInserts(Bench.Settings s, String payload) {
        this.s = s;
        this.payload = payload;
    }

    Load.Result run() throws Exception {
        try (Connection db = Bench.connect(s.db())) {
            Bench.exec(db, "DROP SCHEMA IF EXISTS bench CASCADE");
            Bench.exec(db, "CREATE SCHEMA bench");
            Bench.exec(db, "CREATE TABLE bench.case_row (LIKE public.casework_case INCLUDING ALL)");
            Bench.exec(db, "CREATE TABLE bench.case_event (LIKE public.casework_case_event INCLUDING ALL)");
            Bench.exec(db, "ALTER TABLE bench.case_event ADD FOREIGN KEY (case_id) REFERENCES bench.case_row (id)");
            Bench.exec(db, "CREATE TABLE bench.outbox (LIKE public.notification_message INCLUDING ALL EXCLUDING DEFAULTS)");
        }
        Connection[] connections = new Connection[s.threads()];
        PreparedStatement[][] statements = new PreparedStatement[s.threads()][];
        for (int w = 0; w < s.threads(); w++) {
            Connection c = Bench.connect(s.db());
            c.setAutoCommit(false);
            connections[w] = c;
            statements[w] = new PreparedStatement[] {
                c.prepareStatement("""
                        INSERT INTO bench.case_row (id, number, item_version_id, item_id, item_code, item_name,
                            lead_department_id, department_ids, state, applicant_kind, applicant_name, channel,
                            received_at, acceptance_due, calendar_revision, version, updated_at, query_code)
                        VALUES (?, ?, 1, 1, 'SWJ-XK-001', '外商投资企业设立审批', 7, '{7,12}', 'RECEIVED', 'INDIVIDUAL',
                            '张三丰', 'WINDOW', ?, ?, 1, 1, ?, ?)"""),
                c.prepareStatement("""
                        INSERT INTO bench.case_event (case_id, seq, type, payload, actor_account, acting_position,
                            occurred_at, deadline)
                        VALUES (?, 1, 'RECEIVED', CAST(? AS jsonb), 'clerk1', '综合受理窗口', ?, ?)"""),
                c.prepareStatement("""
                        INSERT INTO bench.outbox (id, message_id, idempotency_key, channel, recipient_ref,
                            recipient_name, address, subject_ref, template_key, locale, title, body, department_id,
                            state, attempts, next_attempt_at, created_at)
                        VALUES (?, ?, ?, 'SMS', 'case:' || ?, '张三丰', '13812345678', ?, 'case.received', 'zh_CN',
                            '收件通知', '您的申请已收到，办件编号 ' || ?, 7, 'PENDING', 0, ?, ?)""")};
        }
        AtomicLong ids = new AtomicLong();
        try {
            return Load.run("bare JDBC (case + event + outbox row, commit)", s.threads(), s.warmup(), s.measure(),
                    (w, seq) -> {
                    try {
                        long id = ids.incrementAndGet();
                        String number = "2026SWJ" + id;
                        Timestamp now = Timestamp.from(Instant.now());
                        LocalDate due = LocalDate.now().plusDays(7);
                        PreparedStatement[] st = statements[w];
                        st[0].setLong(1, id);
                        st[0].setString(2, number);
                        st[0].setTimestamp(3, now);
                        st[0].setObject(4, due);
                        st[0].setTimestamp(5, now);
                        st[0].setString(6, Long.toString(id * 2654435761L & 0xFFFFFFFFL, 36).toUpperCase());
                        st[0].executeUpdate();
                        st[1].setLong(1, id);
                        st[1].setString(2, payload);
                        st[1].setTimestamp(3, now);
                        st[1].setObject(4, due);
                        st[1].executeUpdate();
                        st[2].setLong(1, id);
                        st[2].setObject(2, UUID.randomUUID());
                        st[2].setString(3, "case-received-" + id);
                        st[2].setString(4, number);
                        st[2].setString(5, number);
                        st[2].setString(6, number);
                        st[2].setTimestamp(7, now);
                        st[2].setTimestamp(8, now);
                        st[2].executeUpdate();
                        connections[w].commit();
                    } catch (Exception e) {
                        connections[w].rollback();
                        throw e;
                    }
                    });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
            try (Connection db = Bench.connect(s.db())) {
                Bench.exec(db, "DROP SCHEMA bench CASCADE");
            }
        }
    }
}
