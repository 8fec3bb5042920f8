package org.xiaoneng.organization.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.platform.DataScope;

@Repository
class DepartmentRepository {

    private static final String TREE = """
            WITH RECURSIVE tree(id, depth, path) AS (
                SELECT id, 0, ARRAY[sort_order::bigint, id] FROM organization_department WHERE parent_id IS NULL
                UNION ALL
                SELECT d.id, t.depth + 1, t.path || ARRAY[d.sort_order::bigint, d.id]
                  FROM organization_department d JOIN tree t ON d.parent_id = t.id
            )
            """;
    private static final String VIEW_COLUMNS = """
            d.id, d.parent_id, p.name AS parent_name, d.code, d.name, d.kind, d.sort_order, d.active, d.version,
            t.depth""";

    private final JdbcClient jdbc;

    DepartmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Department> find(long id) {
        return jdbc.sql("""
                SELECT id, parent_id, code, name, kind, sort_order, active, version
                  FROM organization_department WHERE id = :id""")
                .param("id", id)
                .query((rs, row) -> new Department(rs.getLong("id"), (Long) rs.getObject("parent_id"),
                        rs.getString("code"), rs.getString("name"), DepartmentKind.valueOf(rs.getString("kind")),
                        rs.getInt("sort_order"), rs.getBoolean("active"), rs.getInt("version")))
                .optional();
    }

    Optional<DepartmentView> view(long id) {
        return jdbc.sql(TREE + "SELECT " + VIEW_COLUMNS + """
                 FROM tree t JOIN organization_department d ON d.id = t.id
                 LEFT JOIN organization_department p ON p.id = d.parent_id
                WHERE d.id = :id""").param("id", id).query(DepartmentView.class).optional();
    }

    /** The tree in display order, within the data scope, filtered by code or name. */
    ResultPage<DepartmentView> search(DataScope scope, Search search, boolean activeOnly) {
        String where = """
                 FROM tree t JOIN organization_department d ON d.id = t.id
                 LEFT JOIN organization_department p ON p.id = d.parent_id
                WHERE (:all OR d.id = ANY(:ids))
                  AND (:text = '' OR d.name ILIKE :pattern OR d.code ILIKE :pattern)
                  AND (NOT :activeOnly OR d.active)
                """;
        List<DepartmentView> items = jdbc.sql(TREE + "SELECT " + VIEW_COLUMNS + where
                        + " ORDER BY t.path LIMIT :limit OFFSET :offset")
                .param("all", scope.all()).param("ids", scope.departmentIdArray())
                .param("text", search.text()).param("pattern", search.pattern()).param("activeOnly", activeOnly)
                .param("limit", search.size()).param("offset", search.offset())
                .query(DepartmentView.class).list();
        long total = jdbc.sql(TREE + "SELECT count(*)" + where)
                .param("all", scope.all()).param("ids", scope.departmentIdArray())
                .param("text", search.text()).param("pattern", search.pattern()).param("activeOnly", activeOnly)
                .query(Long.class).single();
        return new ResultPage<>(items, search.page(), search.size(), total);
    }

    boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_department WHERE code = :code AND id <> :id)")
                .param("code", code).param("id", exceptId).query(Boolean.class).single();
    }

    /** Every department's parent, to check that a move keeps the tree a tree. */
    Map<Long, Long> parentLinks() {
        Map<Long, Long> links = new HashMap<>();
        jdbc.sql("SELECT id, parent_id FROM organization_department WHERE parent_id IS NOT NULL")
                .query((rs, row) -> links.put(rs.getLong("id"), rs.getLong("parent_id"))).list();
        return links;
    }

    /** Serializes changes to the tree's shape, so that two concurrent moves cannot together make a loop. */
    void lockTree() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('organization_department.tree'))").query().singleRow();
    }

    long countActiveChildren(long id) {
        return count("SELECT count(*) FROM organization_department WHERE parent_id = :id AND active", id);
    }

    long countActiveStaff(long id) {
        return count("SELECT count(*) FROM organization_staff WHERE department_id = :id AND active", id);
    }

    long countActivePositions(long id) {
        return count("SELECT count(*) FROM organization_position WHERE department_id = :id AND active", id);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    long insert(Department department) {
        return jdbc.sql("""
                INSERT INTO organization_department (parent_id, code, name, kind, sort_order)
                VALUES (:parentId, :code, :name, :kind, :sortOrder) RETURNING id""")
                .param("parentId", department.parentId(), java.sql.Types.BIGINT)
                .param("code", department.code()).param("name", department.name())
                .param("kind", department.kind().name()).param("sortOrder", department.sortOrder())
                .query(Long.class).single();
    }

    void update(Department department) {
        int rows = jdbc.sql("""
                UPDATE organization_department
                   SET parent_id = :parentId, code = :code, name = :name, kind = :kind, sort_order = :sortOrder,
                       active = :active, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("parentId", department.parentId(), java.sql.Types.BIGINT)
                .param("code", department.code()).param("name", department.name())
                .param("kind", department.kind().name()).param("sortOrder", department.sortOrder())
                .param("active", department.active()).param("id", department.id())
                .param("version", department.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("department " + department.id() + " changed meanwhile");
        }
    }
}
