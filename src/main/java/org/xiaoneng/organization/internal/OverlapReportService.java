package org.xiaoneng.organization.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;

/**
 * Builds the {@link OverlapReport} in SQL. Near-identical names are found with pg_trgm: its {@code %} operator (with
 * the threshold set for this transaction) uses the trigram index on function names, so the report stays a set-based
 * query as the catalog grows. Where the database's locale hides Chinese characters from pg_trgm, the same measure is
 * computed by {@code organization_name_similarity} instead (see its migration). A person sees the overlaps that
 * involve at least one department of his scope.
 */
@Service
@Transactional(readOnly = true)
public class OverlapReportService {

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final OrganizationProperties properties;
    volatile Boolean trigramsSeeChinese; // null until first asked; tests switch it

    OverlapReportService(JdbcClient jdbc, CurrentActor currentActor, OrganizationProperties properties) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.properties = properties;
    }

    public OverlapReport report() {
        DataScope scope = currentActor.dataScopeFor("organization:report:view");
        return new OverlapReport(shared(scope), similar(scope), properties.overlapThreshold());
    }

    List<OverlapReport.SharedFunction> shared(DataScope scope) {
        return jdbc.sql("""
                SELECT f.id, f.code, f.name, lead.name AS lead_name,
                       string_agg(d.name, '|' ORDER BY d.sort_order, d.code) AS claimants
                  FROM organization_function f
                  JOIN organization_department lead ON lead.id = f.lead_department_id
                  JOIN organization_function_claim c ON c.function_id = f.id
                  JOIN organization_department d ON d.id = c.department_id
                 WHERE f.active
                 GROUP BY f.id, f.code, f.name, lead.name, lead.sort_order
                HAVING :all OR bool_or(f.lead_department_id = ANY(:ids) OR c.department_id = ANY(:ids))
                 ORDER BY lead.sort_order, f.code""")
                .param("all", scope.all()).param("ids", scope.departmentIdArray())
                .query((rs, row) -> new OverlapReport.SharedFunction(rs.getLong("id"), rs.getString("code"),
                        rs.getString("name"), rs.getString("lead_name"),
                        Arrays.asList(rs.getString("claimants").split("\\|"))))
                .list();
    }

    List<OverlapReport.SimilarPair> similar(DataScope scope) {
        double threshold = properties.overlapThreshold();
        String pairs;
        if (trigramsSeeChinese()) {
            jdbc.sql("SELECT set_config('pg_trgm.similarity_threshold', :t, true)")
                    .param("t", String.valueOf(threshold)).query().singleRow();
            pairs = "JOIN organization_function b ON b.name % a.name";
        } else {
            pairs = "JOIN organization_function b ON organization_name_similarity(a.name, b.name) >= :threshold";
        }
        String similarity = trigramsSeeChinese() ? "similarity(a.name, b.name)"
                : "organization_name_similarity(a.name, b.name)";
        return jdbc.sql("SELECT * FROM (SELECT a.id AS a_id, a.code AS a_code, a.name AS a_name, da.name AS a_dept,"
                        + " b.id AS b_id, b.code AS b_code, b.name AS b_name, db.name AS b_dept, " + similarity
                        + " AS sim FROM organization_function a " + pairs + """
                   AND a.code < b.code AND a.lead_department_id <> b.lead_department_id
                  JOIN organization_department da ON da.id = a.lead_department_id
                  JOIN organization_department db ON db.id = b.lead_department_id
                 WHERE a.active AND b.active
                   AND (:all OR a.lead_department_id = ANY(:ids) OR b.lead_department_id = ANY(:ids))) pair
                 WHERE sim >= :threshold
                 ORDER BY sim DESC, a_code, b_code""")
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("threshold", threshold)
                .query((rs, row) -> new OverlapReport.SimilarPair(rs.getLong("a_id"), rs.getString("a_code"),
                        rs.getString("a_name"), rs.getString("a_dept"), rs.getLong("b_id"), rs.getString("b_code"),
                        rs.getString("b_name"), rs.getString("b_dept"), Math.round(rs.getDouble("sim") * 100) / 100.0))
                .list();
    }

    /** Whether pg_trgm extracts trigrams from Chinese text in this database (it depends on LC_CTYPE). */
    boolean trigramsSeeChinese() {
        Boolean sees = trigramsSeeChinese;
        if (sees == null) {
            sees = jdbc.sql("SELECT cardinality(show_trgm('职能')) > 0").query(Boolean.class).single();
            trigramsSeeChinese = sees;
        }
        return sees;
    }
}
