package org.xiaoneng.organization.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.FunctionRef;
import org.xiaoneng.organization.PositionRef;
import org.xiaoneng.organization.StaffContact;
import org.xiaoneng.organization.StaffPost;

/**
 * The read side behind {@link org.xiaoneng.organization.OrganizationDirectory}: unscoped, because other modules ask on
 * behalf of the platform (routing, sign-in), not of a person browsing data.
 */
@Repository
public class DirectoryQueries {

    private static final String DEPARTMENT_COLUMNS = "id, code, name, parent_id, active";

    private final JdbcClient jdbc;

    public DirectoryQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DepartmentRef> department(long id) {
        return jdbc.sql("SELECT " + DEPARTMENT_COLUMNS + " FROM organization_department WHERE id = :id")
                .param("id", id).query(DepartmentRef.class).optional();
    }

    public Optional<DepartmentRef> departmentByCode(String code) {
        return jdbc.sql("SELECT " + DEPARTMENT_COLUMNS + " FROM organization_department WHERE code = :code")
                .param("code", code).query(DepartmentRef.class).optional();
    }

    public List<DepartmentRef> departments() {
        return jdbc.sql("SELECT " + DEPARTMENT_COLUMNS + " FROM organization_department ORDER BY sort_order, id")
                .query(DepartmentRef.class).list();
    }

    public Set<Long> subtreeOf(long departmentId) {
        // UNION (not UNION ALL) stops at a row seen before, so even a corrupted tree cannot loop.
        return new LinkedHashSet<>(jdbc.sql("""
                WITH RECURSIVE tree(id) AS (
                    SELECT id FROM organization_department WHERE id = :id
                    UNION
                    SELECT d.id FROM organization_department d JOIN tree t ON d.parent_id = t.id
                )
                SELECT id FROM tree ORDER BY id""").param("id", departmentId).query(Long.class).list());
    }

    public Optional<PositionRef> position(long id) {
        return jdbc.sql("SELECT id, code, name, department_id, active FROM organization_position WHERE id = :id")
                .param("id", id).query(PositionRef.class).optional();
    }

    public Optional<PositionRef> positionByCode(String code) {
        return jdbc.sql("SELECT id, code, name, department_id, active FROM organization_position WHERE code = :code")
                .param("code", code).query(PositionRef.class).optional();
    }

    public Optional<StaffContact> staffContact(long staffId) {
        return jdbc.sql("""
                SELECT id AS staff_id, name, department_id, account, mobile, active FROM organization_staff
                 WHERE id = :id""").param("id", staffId).query(StaffContact.class).optional();
    }

    public List<PositionRef> activePositions() {
        return jdbc.sql("""
                SELECT p.id, p.code, p.name, p.department_id, p.active
                  FROM organization_position p JOIN organization_department d ON d.id = p.department_id
                 WHERE p.active ORDER BY d.sort_order, d.code, p.code""").query(PositionRef.class).list();
    }

    public Optional<FunctionRef> function(long id) {
        return jdbc.sql("SELECT id, code, name, lead_department_id, active FROM organization_function WHERE id = :id")
                .param("id", id).query(FunctionRef.class).optional();
    }

    public List<FunctionRef> functions() {
        return jdbc.sql("SELECT id, code, name, lead_department_id, active FROM organization_function ORDER BY code")
                .query(FunctionRef.class).list();
    }

    public Optional<Long> staffIdOf(String account) {
        return jdbc.sql("SELECT id FROM organization_staff WHERE account = :account AND active ORDER BY id LIMIT 1")
                .param("account", account).query(Long.class).optional();
    }

    public Optional<StaffPost> postOf(String account) {
        return jdbc.sql("""
                SELECT s.id AS staff_id, s.name AS staff_name, p.id AS position_id, p.name AS position_name,
                       p.department_id
                  FROM organization_staff s
                  JOIN organization_position p ON p.holder_staff_id = s.id AND p.active
                 WHERE s.account = :account AND s.active
                 ORDER BY p.id
                 LIMIT 1""").param("account", account).query(StaffPost.class).optional();
    }

    /** The active positions the account holds, and every position whose deputy chain reaches one of them. */
    public List<Long> positionsWithinDeputyReach(String account) {
        return jdbc.sql("""
                WITH RECURSIVE reach(id) AS (
                    SELECT p.id FROM organization_position p
                      JOIN organization_staff s ON s.id = p.holder_staff_id
                     WHERE s.account = :account AND s.active AND p.active
                    UNION
                    SELECT p.id FROM organization_position p JOIN reach r ON p.deputy_position_id = r.id
                     WHERE p.active
                ) SELECT id FROM reach ORDER BY id""").param("account", account).query(Long.class).list();
    }

    public Optional<String> positionName(long positionId) {
        return jdbc.sql("SELECT name FROM organization_position WHERE id = :id").param("id", positionId)
                .query(String.class).optional();
    }

    public Optional<Acting> whoActsFor(long positionId, LocalDate date) {
        return DeputyRule.resolve(positionId, chainOf(positionId, date));
    }

    /** The position and its deputy chain as they stand on the date, in chain order, each position once. */
    Map<Long, DeputyRule.Seat> chainOf(long positionId, LocalDate date) {
        Map<Long, DeputyRule.Seat> seats = new LinkedHashMap<>();
        jdbc.sql("""
                WITH RECURSIVE chain(id, deputy_position_id, depth) AS (
                    SELECT id, deputy_position_id, 0 FROM organization_position WHERE id = :id
                    UNION ALL
                    SELECT p.id, p.deputy_position_id, c.depth + 1
                      FROM organization_position p JOIN chain c ON p.id = c.deputy_position_id
                ) CYCLE id SET looped USING path
                SELECT p.id, p.active, p.deputy_position_id, s.id AS staff_id, s.name AS staff_name, s.account,
                       s.active AS staff_active,
                       EXISTS (SELECT 1 FROM organization_absence a
                                WHERE a.staff_id = s.id AND :day BETWEEN a.from_date AND a.to_date) AS away
                  FROM chain c
                  JOIN organization_position p ON p.id = c.id
                  LEFT JOIN organization_staff s ON s.id = p.holder_staff_id
                 WHERE NOT c.looped
                 ORDER BY c.depth""")
                .param("id", positionId)
                .param("day", date)
                .query((rs, row) -> {
                    long staffId = rs.getLong("staff_id");
                    DeputyRule.Holder holder = rs.wasNull() ? null : new DeputyRule.Holder(staffId,
                            rs.getString("staff_name"), rs.getString("account"),
                            rs.getBoolean("staff_active") && !rs.getBoolean("away"));
                    long deputy = rs.getLong("deputy_position_id");
                    Long deputyId = rs.wasNull() ? null : deputy;
                    return new DeputyRule.Seat(rs.getLong("id"), rs.getBoolean("active"), deputyId, holder);
                })
                .list()
                .forEach(seat -> seats.putIfAbsent(seat.positionId(), seat));
        return seats;
    }
}
