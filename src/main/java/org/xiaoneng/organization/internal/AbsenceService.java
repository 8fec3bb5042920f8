package org.xiaoneng.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.StaffMarkedAway;
import org.xiaoneng.platform.DomainException;

/**
 * 外出登记: marking staff away for a date range, which sends their positions' work to the deputy chain. The range must
 * be valid and must not overlap another absence of the same person.
 */
@Service
@Transactional
public class AbsenceService {

    static final String RECORD = "absence";

    private final JdbcClient jdbc;
    private final StaffService staffService;
    private final StaffRepository staff;
    private final OrganizationAudit audit;
    private final Clock clock;

    AbsenceService(JdbcClient jdbc, StaffService staffService, StaffRepository staff, OrganizationAudit audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.staffService = staffService;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's absences, latest first. */
    @Transactional(readOnly = true)
    public List<AbsenceView> of(long staffId) {
        staffService.get(staffId, false);
        return jdbc.sql("""
                SELECT id, staff_id, from_date, to_date, reason, created_by, created_at FROM organization_absence
                 WHERE staff_id = :staff ORDER BY from_date DESC""")
                .param("staff", staffId).query(AbsenceView.class).list();
    }

    public long markAway(long staffId, AbsenceCommand command) {
        Staff person = staffService.load(staffId, staffService.absenceScope());
        if (!person.active()) {
            throw new DomainException("organization.staff.inactive", person.name());
        }
        staff.lock(staffId);
        List<AbsenceRule.Period> existing = jdbc.sql("""
                SELECT from_date, to_date FROM organization_absence
                 WHERE staff_id = :staff AND from_date <= :to AND to_date >= :from ORDER BY from_date""")
                .param("staff", staffId).param("from", command.from()).param("to", command.to())
                .query((rs, row) -> new AbsenceRule.Period(rs.getObject("from_date", LocalDate.class),
                        rs.getObject("to_date", LocalDate.class)))
                .list();
        String reason = command.reason().strip();
        AbsenceRule.check(command.from(), command.to(), existing);
        String account = audit.actor().account();
        long id = jdbc.sql("""
                INSERT INTO organization_absence (staff_id, from_date, to_date, reason, created_by, created_at)
                VALUES (:staff, :from, :to, :reason, :by, :at) RETURNING id""")
                .param("staff", staffId).param("from", command.from()).param("to", command.to())
                .param("reason", reason).param("by", account)
                .param("at", OffsetDateTime.ofInstant(clock.instant(), clock.getZone()))
                .query(Long.class).single();
        audit.publish(new StaffMarkedAway(audit.actor(), id, staffId, person.name(), command.from(), command.to(),
                reason, person.departmentId(), clock.instant()));
        return id;
    }

    public void cancel(long staffId, long absenceId) {
        Staff person = staffService.load(staffId, staffService.absenceScope());
        AbsenceView absence = jdbc.sql("""
                SELECT id, staff_id, from_date, to_date, reason, created_by, created_at FROM organization_absence
                 WHERE id = :id AND staff_id = :staff""")
                .param("id", absenceId).param("staff", staffId).query(AbsenceView.class).optional()
                .orElseThrow(() -> new Missing(RECORD, absenceId));
        jdbc.sql("DELETE FROM organization_absence WHERE id = :id").param("id", absenceId).update();
        audit.changed(RECORD, "cancelled", absenceId, person.name() + " away " + absence.fromDate() + " – "
                + absence.toDate() + ": " + absence.reason(), null, person.departmentId());
    }
}
