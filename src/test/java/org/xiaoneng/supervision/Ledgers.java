package org.xiaoneng.supervision;


import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.TestClock;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.ReceiveApplication;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;

/**
 * Cases made through the casework facade (as a scheduler or another module calls it) and the ledger rows they
 * register, read straight from the table. The ledger is fed after casework's commit, so reads wait for it.
 */
final class Ledgers {

    private final Casework casework;
    private final ItemCatalog catalog;
    private final JdbcClient jdbc;
    private final TestClock clock;

    Ledgers(Casework casework, ItemCatalog catalog, JdbcClient jdbc, TestClock clock) {
        this.casework = casework;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Row(long id, String subjectRef, String light, String state, Instant dueAt, Instant yellowAt,
            @Nullable Instant nextChangeAt, @Nullable Long positionId, @Nullable Long staffId, long departmentId,
            java.time.LocalDate dueOn) {
    }

    record Change(long id, String from, String to, String cause) {
    }

    CaseView received() {
        ItemVersion item = catalog.currentVersion("SWJ-XK-001").orElseThrow();
        List<String> supplied = item.details().materials().stream().filter(Material::required).map(Material::name)
                .toList();
        return casework.receive(new ReceiveApplication(item.id(), new ReceiveApplication.ApplicantData(
                ApplicantKind.ENTERPRISE, "示范监察有限公司", "91350100MA2Y0SUP01", "059112340000"), Channel.ONLINE,
                supplied), null).view();
    }

    CaseView accepted() {
        CaseView received = received();
        return casework.accept(received.id(), received.version(), List.of());
    }

    /**
     * The row as the ledger holds it. Every read also checks that the sweep's watch table agrees with the row (the
     * same next change instant, or no watch row when there is none), as the ledger's triggers keep it.
     */
    Optional<Row> row(String subjectRef) {
        return jdbc.sql("""
                SELECT d.id, subject_ref, light, state, due_at, yellow_at, d.next_change_at, position_id, staff_id,
                       department_id, due_on, w.next_change_at IS NOT DISTINCT FROM d.next_change_at AS watched
                  FROM supervision_deadline d LEFT JOIN supervision_deadline_watch w ON w.deadline_id = d.id
                 WHERE subject_ref = :ref""")
                .param("ref", subjectRef)
                .query((rs, n) -> {
                    if (!rs.getBoolean("watched")) {
                        throw new AssertionError("the sweep's watch table disagrees with the ledger row " + subjectRef);
                    }
                    return new Row(rs.getLong("id"), rs.getString("subject_ref"), rs.getString("light"),
                            rs.getString("state"), rs.getObject("due_at", OffsetDateTime.class).toInstant(),
                            rs.getObject("yellow_at", OffsetDateTime.class).toInstant(),
                            Optional.ofNullable(rs.getObject("next_change_at", OffsetDateTime.class))
                                    .map(OffsetDateTime::toInstant).orElse(null),
                            (Long) rs.getObject("position_id"), (Long) rs.getObject("staff_id"),
                            rs.getLong("department_id"), rs.getObject("due_on", java.time.LocalDate.class));
                })
                .optional();
    }

    /** The row once the ledger shows it as expected (registration runs after casework's commit). */
    Row await(String subjectRef, Predicate<Row> expected) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> row(subjectRef).filter(expected).orElse(null), java.util.Objects::nonNull);
    }

    List<Change> changes(long deadlineId) {
        return jdbc.sql("""
                SELECT id, from_light, to_light, cause FROM supervision_light_change WHERE deadline_id = :id
                 ORDER BY id""")
                .param("id", deadlineId)
                .query((rs, n) -> new Change(rs.getLong("id"), rs.getString("from_light"), rs.getString("to_light"),
                        rs.getString("cause")))
                .list();
    }

    /** The alerts of one light change: {@code recipient_ref channel} for each message queued. */
    List<String> alerts(long changeId, String role) {
        awaitAlertsQueued();
        return jdbc.sql("""
                SELECT recipient_ref || ' ' || channel FROM notification_message WHERE idempotency_key = :key
                 ORDER BY channel""")
                .param("key", "supervision:" + changeId + ":" + role)
                .query(String.class).list();
    }

    /** Waits until the alerts of every sweep batch so far are queued: that happens after the batch commits. */
    void awaitAlertsQueued() {
        awaitQuietly(() -> org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                SELECT count(*) FROM event_publication
                 WHERE event_type LIKE '%LightsSwept' AND completion_date IS NULL""").query(Long.class).single())
                .isZero());
    }

    /** Moves the test clock to the instant. */
    void moveTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    static void awaitQuietly(Runnable assertion) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(assertion::run);
    }

    /**
     * A ledger row written straight into the table, as registrations would leave it, for tests that need an exact
     * spread of lights. {@code nextChangeAt} in the past stands for a threshold the sweep has not looked at yet.
     */
    record Put(String subject, String caseNumber, @Nullable Long caseId, long departmentId, String itemCode,
            String itemName, String light, String state, Instant dueAt, Instant yellowAt,
            @Nullable Instant nextChangeAt, @Nullable String staffName) {

        static Put of(String caseNumber, long departmentId, String itemCode, String light, Instant dueAt) {
            return new Put("CASE", caseNumber, null, departmentId, itemCode, "事项" + itemCode, light, "OPEN", dueAt,
                    dueAt.minus(Duration.ofDays(5)), null, "张伟");
        }

        Put state(String value) {
            return new Put(subject, caseNumber, caseId, departmentId, itemCode, itemName, light, value, dueAt,
                    yellowAt, nextChangeAt, staffName);
        }

        Put next(@Nullable Instant value) {
            return new Put(subject, caseNumber, caseId, departmentId, itemCode, itemName, light, state, dueAt,
                    yellowAt, value, staffName);
        }

        Put yellowAt(Instant value) {
            return new Put(subject, caseNumber, caseId, departmentId, itemCode, itemName, light, state, dueAt, value,
                    nextChangeAt, staffName);
        }

        Put staff(@Nullable String value) {
            return new Put(subject, caseNumber, caseId, departmentId, itemCode, itemName, light, state, dueAt,
                    yellowAt, nextChangeAt, value);
        }

        Put caseId(@Nullable Long value) {
            return new Put(subject, caseNumber, value, departmentId, itemCode, itemName, light, state, dueAt,
                    yellowAt, nextChangeAt, staffName);
        }
    }

    /** Writes the row; returns its id. */
    long put(Put p) {
        String ref = "test:" + p.caseNumber() + ":" + p.subject() + ":" + System.nanoTime();
        java.time.LocalDate dueOn = java.time.LocalDate.ofInstant(p.dueAt().minusNanos(1),
                org.xiaoneng.calendar.StatutoryCalendar.ZONE);
        return jdbc.sql("""
                INSERT INTO supervision_deadline (subject_type, subject_ref, source_ref, source_seq, source_revision,
                       case_id, case_number, item_code, item_name, department_id, position_name, staff_name,
                       limit_working_days, warning_working_days, due_on, due_at, yellow_at, light, state,
                       next_change_at, registered_at, updated_at)
                VALUES (:subject, :ref, :ref, 1, 0, :caseId, :number, :itemCode, :itemName, :department, '承办岗',
                       :staff, 20, 4, :dueOn, :dueAt, :yellowAt, :light, :state, :next, now(), now())
                RETURNING id""")
                .param("subject", p.subject()).param("ref", ref).param("caseId", p.caseId())
                .param("number", p.caseNumber()).param("itemCode", p.itemCode()).param("itemName", p.itemName())
                .param("department", p.departmentId()).param("staff", p.staffName()).param("dueOn", dueOn)
                .param("dueAt", at(p.dueAt())).param("yellowAt", at(p.yellowAt())).param("light", p.light())
                .param("state", p.state()).param("next", p.nextChangeAt() == null ? null : at(p.nextChangeAt()))
                .query(Long.class).single();
    }

    /** Records a light change of the row, as the sweep would. */
    void changed(long deadlineId, String from, String to, Instant at, long departmentId) {
        jdbc.sql("""
                INSERT INTO supervision_light_change (deadline_id, from_light, to_light, changed_at, cause,
                                                      department_id)
                VALUES (:id, :from, :to, :at, 'clock', :department)""")
                .param("id", deadlineId).param("from", from).param("to", to).param("at", at(at))
                .param("department", departmentId)
                .update();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
