package org.xiaoneng.organization.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.platform.DataScope;

@Repository
class FunctionRepository {

    private static final String VIEW = """
            SELECT f.id, f.code, f.name, f.description, f.lead_department_id, d.name AS lead_department_name,
                   f.active, f.version
              FROM organization_function f JOIN organization_department d ON d.id = f.lead_department_id
            """;
    // visible to a person when his scope covers the lead or one of the claiming departments
    private static final String IN_SCOPE = """
            (:all OR f.lead_department_id = ANY(:ids) OR EXISTS (SELECT 1 FROM organization_function_claim c
                WHERE c.function_id = f.id AND c.department_id = ANY(:ids)))""";

    private final JdbcClient jdbc;

    FunctionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Function> find(long id) {
        Set<Long> claims = new HashSet<>(jdbc.sql(
                "SELECT department_id FROM organization_function_claim WHERE function_id = :id")
                .param("id", id).query(Long.class).list());
        return jdbc.sql("""
                SELECT id, code, name, description, lead_department_id, active, version
                  FROM organization_function WHERE id = :id""")
                .param("id", id)
                .query((rs, row) -> new Function(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("description"), rs.getLong("lead_department_id"), claims,
                        rs.getBoolean("active"), rs.getInt("version")))
                .optional();
    }

    /** Whether the function is visible in the scope. */
    boolean visible(long id, DataScope scope) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_function f WHERE f.id = :id AND " + IN_SCOPE + ")")
                .param("id", id).param("all", scope.all()).param("ids", scope.departmentIdArray())
                .query(Boolean.class).single();
    }

    Optional<FunctionView> view(long id) {
        return withClaimants(jdbc.sql(VIEW + " WHERE f.id = :id").param("id", id).query(FunctionRepository::mapView).list())
                .stream().findFirst();
    }

    ResultPage<FunctionView> search(DataScope scope, Search search, long departmentId) {
        String where = " WHERE " + IN_SCOPE + """
                  AND (:text = '' OR f.code ILIKE :pattern OR f.name ILIKE :pattern OR f.description ILIKE :pattern)
                  AND (:department = 0 OR f.lead_department_id = :department OR EXISTS (SELECT 1
                       FROM organization_function_claim c WHERE c.function_id = f.id AND c.department_id = :department))
                """;
        List<FunctionView> items = jdbc.sql(VIEW + where + " ORDER BY d.sort_order, f.code LIMIT :limit OFFSET :offset")
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("text", search.text())
                .param("pattern", search.pattern()).param("department", departmentId)
                .param("limit", search.size()).param("offset", search.offset())
                .query(FunctionRepository::mapView).list();
        long total = jdbc.sql("SELECT count(*) FROM organization_function f " + where)
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("text", search.text())
                .param("pattern", search.pattern()).param("department", departmentId)
                .query(Long.class).single();
        return new ResultPage<>(withClaimants(items), search.page(), search.size(), total);
    }

    private List<FunctionView> withClaimants(List<FunctionView> functions) {
        if (functions.isEmpty()) {
            return functions;
        }
        Map<Long, List<FunctionView.Claimant>> claims = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.function_id, d.id, d.code, d.name
                  FROM organization_function_claim c JOIN organization_department d ON d.id = c.department_id
                 WHERE c.function_id = ANY(:ids) ORDER BY d.sort_order, d.code""")
                .param("ids", functions.stream().map(FunctionView::id).toArray(Long[]::new))
                .query((rs, row) -> claims.computeIfAbsent(rs.getLong("function_id"), k -> new ArrayList<>())
                        .add(new FunctionView.Claimant(rs.getLong("id"), rs.getString("code"), rs.getString("name"))))
                .list();
        return functions.stream().map(f -> f.withClaimants(claims.getOrDefault(f.id(), List.of()))).toList();
    }

    private static FunctionView mapView(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new FunctionView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getString("description"), rs.getLong("lead_department_id"), rs.getString("lead_department_name"),
                List.of(), rs.getBoolean("active"), rs.getInt("version"));
    }

    boolean codeTaken(String code, long exceptId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_function WHERE code = :code AND id <> :id)")
                .param("code", code).param("id", exceptId).query(Boolean.class).single();
    }

    long insert(Function function) {
        long id = jdbc.sql("""
                INSERT INTO organization_function (code, name, description, lead_department_id)
                VALUES (:code, :name, :description, :lead) RETURNING id""")
                .param("code", function.code()).param("name", function.name())
                .param("description", function.description()).param("lead", function.leadDepartmentId())
                .query(Long.class).single();
        replaceClaims(id, function.claimDepartmentIds());
        return id;
    }

    void update(Function function) {
        int rows = jdbc.sql("""
                UPDATE organization_function
                   SET code = :code, name = :name, description = :description, lead_department_id = :lead,
                       active = :active, version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("code", function.code()).param("name", function.name())
                .param("description", function.description()).param("lead", function.leadDepartmentId())
                .param("active", function.active()).param("id", function.id()).param("version", function.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("function " + function.id() + " changed meanwhile");
        }
        replaceClaims(function.id(), function.claimDepartmentIds());
    }

    private void replaceClaims(long functionId, Set<Long> departmentIds) {
        jdbc.sql("DELETE FROM organization_function_claim WHERE function_id = :id").param("id", functionId).update();
        jdbc.sql("""
                INSERT INTO organization_function_claim (function_id, department_id)
                SELECT :id, unnest(:departments)""")
                .param("id", functionId).param("departments", departmentIds.toArray(Long[]::new)).update();
    }
}
