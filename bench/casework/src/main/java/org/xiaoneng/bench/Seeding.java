package org.xiaoneng.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;

/**
 * A million cases, set-based, straight into the casework tables in the shape the code reads and writes: each a clone
 * of a case made through the API (its projection row and its events), with its own id, number and random query code.
 * Nine in ten are ACCEPTED (events RECEIVED and ACCEPTED), one in ten CLOSED with the template's whole history — so
 * the public query reads short and long timelines, and the decided ones appear in 办件公示. Written in chunks of
 * 100,000 cases, each its own transaction; then VACUUM ANALYZE and a CHECKPOINT, so that the measured phases do not
 * pay for the load.
 */
final class Seeding {

    private static final int CHUNK = 100_000;

    private final Connection db;
    private final long template;
    private final int cases;

    Seeding(Connection db, long template, int cases) {
        this.db = db;
        this.template = template;
        this.cases = cases;
    }

    void run() throws Exception {
        long t0 = System.nanoTime();
        // ids from the product's own sequence, reserved in one step, so that cases made later never collide
        long base = Bench.count(db, "SELECT nextval('casework_case_id_seq')");
        Bench.count(db, "SELECT setval('casework_case_id_seq', ?)", base + cases);
        if (base + cases >= 10_000_000L) {
            throw new IllegalStateException("case numbers carry 7 digits of the id; too many cases to seed");
        }
        Bench.log("Seeding %d cases (ids %d..%d) cloned from case %d ...", cases, base + 1, base + cases, template);
        db.setAutoCommit(false);
        try (PreparedStatement rows = db.prepareStatement("""
                INSERT INTO casework_case (id, number, item_version_id, item_id, item_code, item_name,
                    lead_department_id, department_ids, state, applicant_kind, applicant_name, channel, received_at,
                    acceptance_due, accepted_on, due_date, clock_stopped, calendar_revision, version, updated_at,
                    query_code, applicant_account_id, decided_at, outcome)
                SELECT ? + g, left(t.number, -7) || lpad((? + g)::text, 7, '0'), t.item_version_id, t.item_id,
                       t.item_code, t.item_name, t.lead_department_id, t.department_ids,
                       CASE WHEN g % 10 = 0 THEN t.state ELSE 'ACCEPTED' END, t.applicant_kind, t.applicant_name,
                       t.channel, t.received_at, t.acceptance_due, t.accepted_on, t.due_date, t.clock_stopped,
                       t.calendar_revision, CASE WHEN g % 10 = 0 THEN t.version ELSE 2 END, t.updated_at,
                       translate(upper(substr(md5(random()::text), 1, 8)), '01', 'XY'), NULL,
                       CASE WHEN g % 10 = 0 THEN t.decided_at END, CASE WHEN g % 10 = 0 THEN t.outcome END
                FROM generate_series(?, ?) g CROSS JOIN casework_case t WHERE t.id = ?""");
             PreparedStatement events = db.prepareStatement("""
                INSERT INTO casework_case_event (case_id, seq, type, payload, actor_account, acting_position,
                    deputy_for, occurred_at, deadline)
                SELECT c.id, e.seq, e.type, e.payload, e.actor_account, e.acting_position, e.deputy_for,
                       e.occurred_at, e.deadline
                FROM casework_case c JOIN casework_case_event e ON e.case_id = ?
                WHERE c.id > ? AND c.id <= ? AND (c.state <> 'ACCEPTED' OR e.seq <= 2)""")) {
            for (long from = 1; from <= cases; from += CHUNK) {
                long to = Math.min(cases, from + CHUNK - 1);
                rows.setLong(1, base);
                rows.setLong(2, base);
                rows.setLong(3, from);
                rows.setLong(4, to);
                rows.setLong(5, template);
                rows.executeUpdate();
                events.setLong(1, template);
                events.setLong(2, base + from - 1);
                events.setLong(3, base + to);
                events.executeUpdate();
                db.commit();
                Bench.log("  %d cases seeded", to);
            }
        } finally {
            db.setAutoCommit(true);
        }
        Bench.exec(db, "VACUUM (ANALYZE) casework_case");
        Bench.exec(db, "VACUUM (ANALYZE) casework_case_event");
        Bench.exec(db, "CHECKPOINT");
        Bench.log("Seeded in %.0f s: %d cases, %d case events in all", (System.nanoTime() - t0) / 1e9,
                Bench.count(db, "SELECT count(*) FROM casework_case"),
                Bench.count(db, "SELECT count(*) FROM casework_case_event"));
    }
}
