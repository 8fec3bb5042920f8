package org.xiaoneng.organization.internal;

import java.sql.Types;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.platform.DataScope;

@Repository
class PositionRepository {

    private static final String VIEW = """
            SELECT p.id, p.department_id, d.name AS department_name, p.code, p.name, p.responsibilities,
                   p.deputy_position_id, dp.name AS deputy_name, dd.name AS deputy_department_name,
                   p.holder_staff_id, s.name AS holder_name, p.active, p.version
              FROM organization_position p
              JOIN organization_department d ON d.id = p.department_id
              LEFT JOIN organization_position dp ON dp.id = p.deputy_position_id
              LEFT JOIN organization_department dd ON dd.id = dp.department_id
              LEFT JOIN organization_staff s ON s.id = p.holder_staff_id
            """;

    private final JdbcClient jdbc;

    PositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Position> find(long id) {
        return jdbc.sql("""
                SELECT id, department_id, code, name, responsibilities, deputy_position_id, holder_staff_id, active,
                       version
                  FROM organization_position WHERE id = :id""")
                .param("id", id)
                .query((rs, row) -> new Position(rs.getLong("id"), rs.getLong("department_id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("responsibilities"),
                        (Long) rs.getObject("deputy_position_id"), (Long) rs.getObject("holder_staff_id"),
                        rs.getBoolean("active"), rs.getInt("version")))
                .optional();
    }

    Optional<PositionView> view(long id) {
        return jdbc.sql(VIEW + " WHERE p.id = :id").param("id", id).query(PositionView.class).optional();
    }

    ResultPage<PositionView> search(DataScope scope, Search search, long departmentId) {
        String where = """
                 WHERE (:all OR p.department_id = ANY(:ids))
                   AND (:text = '' OR p.code ILIKE :pattern OR p.name ILIKE :pattern OR d.name ILIKE :pattern
                        OR s.name ILIKE :pattern)
                   AND (:department = 0 OR p.department_id = :department)
                """;
        List<PositionView> items = jdbc.sql(VIEW + where
                        + " ORDER BY d.sort_order, d.code, p.active DESC, p.code LIMIT :limit OFFSET :offset")
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("text", search.text())
                .param("pattern", search.pattern()).param("department", departmentId)
                .param("limit", search.size()).param("offset", search.offset())
                .query(PositionView.class).list();
        long total = jdbc.sql("""
                SELECT count(*) FROM organization_position p
                  JOIN organization_department d ON d.id = p.department_id
                  LEFT JOIN organization_staff s ON s.id = p.holder_staff_id""" + where)
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("text", search.text())
                .param("pattern", search.pattern()).param("department", departmentId)
                .query(Long.class).single();
        return new ResultPage<>(items, search.page(), search.size(), total);
    }

    /** Active positions of these ids' departments, for printing the 职位职责说明 of a department. */
    List<PositionView> activeOfDepartment(long departmentId) {
        return jdbc.sql(VIEW + " WHERE p.department_id = :department AND p.active ORDER BY p.code")
                .param("department", departmentId).query(PositionView.class).list();
    }

    /** A department, its parent and its children: where a position's deputy may sit. */
    Set<Long> family(long departmentId) {
        return new HashSet<>(jdbc.sql("""
                SELECT id FROM organization_department WHERE id = :id OR parent_id = :id
                UNION
                SELECT parent_id FROM organization_department WHERE id = :id AND parent_id IS NOT NULL""")
                .param("id", departmentId).query(Long.class).list());
    }

    /** Active positions that may be named deputy of a position of the department, within the scope. */
    List<PositionView> deputyChoices(DataScope scope, long departmentId, long exceptPositionId) {
        return jdbc.sql(VIEW + """
                 WHERE p.active AND p.id <> :except AND p.department_id = ANY(:family)
                   AND (:all OR p.department_id = ANY(:ids))
                 ORDER BY p.department_id <> :department, d.sort_order, p.code""")
                .param("except", exceptPositionId).param("family", family(departmentId).toArray(Long[]::new))
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("department", departmentId)
                .query(PositionView.class).list();
    }

    /** Serializes deputy changes with deactivations, so that no active position names a closed one as deputy. */
    void lockDeputies() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('organization_position.deputies'))").query().singleRow();
    }

    /** Names of the active positions that name this one as their deputy. */
    List<String> activeDependants(long positionId) {
        return jdbc.sql("""
                SELECT name FROM organization_position WHERE deputy_position_id = :id AND active ORDER BY code""")
                .param("id", positionId).query(String.class).list();
    }

    List<PositionView> heldBy(long staffId) {
        return jdbc.sql(VIEW + " WHERE p.holder_staff_id = :staff AND p.active ORDER BY p.code")
                .param("staff", staffId).query(PositionView.class).list();
    }

    boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_position WHERE code = :code AND id <> :id)")
                .param("code", code).param("id", exceptId).query(Boolean.class).single();
    }

    long insert(Position position) {
        return jdbc.sql("""
                INSERT INTO organization_position (department_id, code, name, responsibilities, deputy_position_id,
                                                   holder_staff_id)
                VALUES (:department, :code, :name, :responsibilities, :deputy, :holder) RETURNING id""")
                .param("department", position.departmentId()).param("code", position.code())
                .param("name", position.name()).param("responsibilities", position.responsibilities())
                .param("deputy", position.deputyPositionId(), Types.BIGINT)
                .param("holder", position.holderStaffId(), Types.BIGINT)
                .query(Long.class).single();
    }

    void update(Position position) {
        int rows = jdbc.sql("""
                UPDATE organization_position
                   SET department_id = :department, code = :code, name = :name, responsibilities = :responsibilities,
                       deputy_position_id = :deputy, holder_staff_id = :holder, active = :active,
                       version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("department", position.departmentId()).param("code", position.code())
                .param("name", position.name()).param("responsibilities", position.responsibilities())
                .param("deputy", position.deputyPositionId(), Types.BIGINT)
                .param("holder", position.holderStaffId(), Types.BIGINT)
                .param("active", position.active()).param("id", position.id()).param("version", position.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("position " + position.id() + " changed meanwhile");
        }
    }
}
