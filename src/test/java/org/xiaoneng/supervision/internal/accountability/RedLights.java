package org.xiaoneng.supervision.internal.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.organization.OrganizationDirectory;

/**
 * Red lights put into the ledger and its history directly, as the sweep would have left them, for one person and
 * department: the policy reads only the history, so its rules are tested without waiting for real deadlines.
 */
final class RedLights {

    private final JdbcClient jdbc;
    private final OrganizationDirectory organization;

    RedLights(JdbcClient jdbc, OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    /** Who acts today for the position with this code (the demo city's holders). */
    long staffOf(String positionCode) {
        long position = organization.positionByCode(positionCode).orElseThrow().id();
        return organization.whoActsFor(position, LocalDate.now(StatutoryCalendar.ZONE)).orElseThrow().staffId();
    }

    long departmentOf(long staffId) {
        return organization.staffContact(staffId).orElseThrow().departmentId();
    }

    /** A deadline of the person that turned red at {@code changedAt}; returns the light change's id. */
    long red(long staffId, long departmentId, Instant changedAt) {
        return red(staffId, departmentId, changedAt, null);
    }

    /** A red light of another deadline (a step, say) of the case of the red light {@code sameCaseAs}. */
    long redOfSameCase(long staffId, long departmentId, Instant changedAt, long sameCaseAs) {
        String number = jdbc.sql("""
                SELECT d.case_number FROM supervision_light_change c JOIN supervision_deadline d ON d.id = c.deadline_id
                 WHERE c.id = :id""").param("id", sameCaseAs).query(String.class).single();
        return red(staffId, departmentId, changedAt, number);
    }

    private long red(long staffId, long departmentId, Instant changedAt, @Nullable String caseNumber) {
        String ref = "test:" + UUID.randomUUID();
        LocalDate due = LocalDate.ofInstant(changedAt, StatutoryCalendar.ZONE).minusDays(1);
        Instant dueAt = due.plusDays(1).atStartOfDay(StatutoryCalendar.ZONE).toInstant();
        long deadline = jdbc.sql("""
                INSERT INTO supervision_deadline (subject_type, subject_ref, source_ref, source_seq, source_revision,
                       case_number, item_code, item_name, department_id, staff_id, staff_name, limit_working_days,
                       warning_working_days, due_on, due_at, yellow_at, light, state, registered_at, updated_at)
                VALUES ('CASE', :ref, :ref, 1, 0, :number, 'T-001', '测试事项', :department, :staff, '测试人员', 5, 1,
                       :due, :dueAt, :yellowAt, 'RED', 'OPEN', now(), now())
                RETURNING id""")
                .param("ref", ref).param("number", caseNumber != null ? caseNumber : "T" + Math.abs(ref.hashCode())).param("department", departmentId)
                .param("staff", staffId).param("due", due).param("dueAt", dueAt.atOffset(ZoneOffset.UTC))
                .param("yellowAt", dueAt.minusSeconds(86_400).atOffset(ZoneOffset.UTC))
                .query(Long.class).single();
        return jdbc.sql("""
                INSERT INTO supervision_light_change (deadline_id, from_light, to_light, changed_at, cause, department_id)
                VALUES (:deadline, 'YELLOW', 'RED', :at, 'clock', :department) RETURNING id""")
                .param("deadline", deadline).param("at", changedAt.atOffset(ZoneOffset.UTC))
                .param("department", departmentId)
                .query(Long.class).single();
    }

    java.util.List<String> evidence(long sanctionId) {
        return jdbc.sql("SELECT ref FROM supervision_sanction_evidence WHERE sanction_id = :id ORDER BY ref")
                .param("id", sanctionId).query(String.class).list();
    }

    long proposals(long staffId, String kind) {
        return jdbc.sql("SELECT count(*) FROM supervision_sanction WHERE staff_id = :staff AND kind = :kind")
                .param("staff", staffId).param("kind", kind).query(Long.class).single();
    }
}
