package org.xiaoneng.organization.internal;

import java.sql.Types;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.platform.DataScope;

@Repository
class StaffRepository {

    private static final String VIEW = """
            SELECT s.id, s.department_id, d.name AS department_name, s.name, s.employee_number, s.mobile, s.account,
                   s.active, s.version,
                   coalesce((SELECT string_agg(p.name, '、' ORDER BY p.code) FROM organization_position p
                              WHERE p.holder_staff_id = s.id AND p.active), '') AS positions
              FROM organization_staff s JOIN organization_department d ON d.id = s.department_id
            """;

    private final JdbcClient jdbc;

    StaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Staff> find(long id) {
        return jdbc.sql("""
                SELECT id, department_id, name, employee_number, mobile, account, active, version
                  FROM organization_staff WHERE id = :id""")
                .param("id", id)
                .query((rs, row) -> new Staff(rs.getLong("id"), rs.getLong("department_id"), rs.getString("name"),
                        rs.getString("employee_number"), rs.getString("mobile"), rs.getString("account"),
                        rs.getBoolean("active"), rs.getInt("version")))
                .optional();
    }

    /** Locks the person's row, so that two absences recorded at once cannot both pass the overlap check. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM organization_staff WHERE id = :id FOR UPDATE").param("id", id).query(Long.class)
                .optional();
    }

    Optional<StaffView> view(long id) {
        return jdbc.sql(VIEW + " WHERE s.id = :id").param("id", id).query(StaffView.class).optional();
    }

    ResultPage<StaffView> search(DataScope scope, Search search, long departmentId) {
        String where = """
                 WHERE (:all OR s.department_id = ANY(:ids))
                   AND (:text = '' OR s.name ILIKE :pattern OR s.employee_number ILIKE :pattern
                        OR s.account ILIKE :pattern OR d.name ILIKE :pattern)
                   AND (:department = 0 OR s.department_id = :department)
                """;
        List<StaffView> items = jdbc.sql(VIEW + where
                        + " ORDER BY d.sort_order, d.code, s.active DESC, s.employee_number LIMIT :limit OFFSET :offset")
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("text", search.text())
                .param("pattern", search.pattern()).param("department", departmentId)
                .param("limit", search.size()).param("offset", search.offset())
                .query(StaffView.class).list();
        long total = jdbc.sql("""
                SELECT count(*) FROM organization_staff s
                  JOIN organization_department d ON d.id = s.department_id""" + where)
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("text", search.text())
                .param("pattern", search.pattern()).param("department", departmentId)
                .query(Long.class).single();
        return new ResultPage<>(items, search.page(), search.size(), total);
    }

    /** Active staff of these departments, within the scope, for selects. */
    List<StaffView> activeIn(DataScope scope, Collection<Long> departmentIds) {
        return jdbc.sql(VIEW + """
                 WHERE s.active AND s.department_id = ANY(:departments) AND (:all OR s.department_id = ANY(:ids))
                 ORDER BY d.sort_order, d.code, s.employee_number""")
                .param("departments", departmentIds.toArray(Long[]::new))
                .param("all", scope.all()).param("ids", scope.departmentIdArray())
                .query(StaffView.class).list();
    }

    boolean employeeNumberTaken(String number, long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_staff WHERE employee_number = :n AND id <> :id)")
                .param("n", number).param("id", exceptId).query(Boolean.class).single();
    }

    boolean accountTaken(String account, long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_staff WHERE account = :a AND id <> :id)")
                .param("a", account).param("id", exceptId).query(Boolean.class).single();
    }

    long insert(Staff staff) {
        return jdbc.sql("""
                INSERT INTO organization_staff (department_id, name, employee_number, mobile, account)
                VALUES (:department, :name, :number, :mobile, :account) RETURNING id""")
                .param("department", staff.departmentId()).param("name", staff.name())
                .param("number", staff.employeeNumber()).param("mobile", staff.mobile(), Types.VARCHAR)
                .param("account", staff.account(), Types.VARCHAR)
                .query(Long.class).single();
    }

    void update(Staff staff) {
        int rows = jdbc.sql("""
                UPDATE organization_staff
                   SET department_id = :department, name = :name, employee_number = :number, mobile = :mobile,
                       account = :account, active = :active, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("department", staff.departmentId()).param("name", staff.name())
                .param("number", staff.employeeNumber()).param("mobile", staff.mobile(), Types.VARCHAR)
                .param("account", staff.account(), Types.VARCHAR).param("active", staff.active())
                .param("id", staff.id()).param("version", staff.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("staff " + staff.id() + " changed meanwhile");
        }
    }
}
