package org.xiaoneng.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.FunctionRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;

/**
 * Builds the {@link OneMatterReport} over the items' working values (what each department has published or is about
 * to). Near-duplicate names are found as the organization's overlap report finds functions: pg_trgm's {@code %}
 * operator with the threshold set for the transaction (it uses the trigram index on item names), or, where the
 * database's locale hides Chinese characters from pg_trgm, the catalog's own {@code catalog_name_similarity}. A person
 * sees the findings that involve at least one department of his scope. Functions belong to the organization module,
 * so the second part compares with the {@link OrganizationDirectory} rather than joining its tables.
 */
@Service
@Transactional(readOnly = true)
public class OneMatterReportService {

    private final JdbcClient jdbc;
    private final CurrentActor currentActor;
    private final OrganizationDirectory directory;
    private final CatalogProperties properties;
    volatile Boolean trigramsSeeChinese; // null until first asked; tests switch it

    OneMatterReportService(JdbcClient jdbc, CurrentActor currentActor, OrganizationDirectory directory,
            CatalogProperties properties) {
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.directory = directory;
        this.properties = properties;
    }

    public OneMatterReport report() {
        DataScope scope = currentActor.dataScope();
        Map<Long, String> departments = directory.departments().stream()
                .collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::name));
        return new OneMatterReport(similar(scope, departments), misplaced(scope, departments),
                properties.similarityThreshold());
    }

    List<OneMatterReport.SimilarPair> similar(DataScope scope, Map<Long, String> departments) {
        double threshold = properties.similarityThreshold();
        String pairs;
        String similarity;
        if (trigramsSeeChinese()) {
            jdbc.sql("SELECT set_config('pg_trgm.similarity_threshold', :t, true)")
                    .param("t", String.valueOf(threshold)).query().singleRow();
            pairs = "JOIN visible b ON b.name % a.name";
            similarity = "similarity(a.name, b.name)";
        } else {
            pairs = "JOIN visible b ON catalog_name_similarity(a.name, b.name) >= :threshold";
            similarity = "catalog_name_similarity(a.name, b.name)";
        }
        // the reader's own departments' items by their working names (drafts included); other departments' items
        // only as the catalog publishes them — their drafts are theirs to see
        return jdbc.sql("""
                WITH visible AS (
                    SELECT i.id, i.code, i.lead_department_id,
                           CASE WHEN :all OR i.lead_department_id = ANY(:ids) THEN i.name ELSE v.name END AS name
                      FROM catalog_item i LEFT JOIN catalog_item_version v ON v.id = i.current_version_id
                     WHERE i.status <> 'UNPUBLISHED'
                       AND (:all OR i.lead_department_id = ANY(:ids) OR i.status = 'PUBLISHED'))
                """ + "SELECT * FROM (SELECT a.id AS a_id, a.code AS a_code, a.name AS a_name, "
                        + "a.lead_department_id AS a_dept, b.id AS b_id, b.code AS b_code, b.name AS b_name, "
                        + "b.lead_department_id AS b_dept, " + similarity + " AS sim FROM visible a " + pairs + """
                   AND a.code < b.code AND a.lead_department_id <> b.lead_department_id
                 WHERE (:all OR a.lead_department_id = ANY(:ids) OR b.lead_department_id = ANY(:ids))) pair
                 WHERE sim >= :threshold
                 ORDER BY sim DESC, a_code, b_code""")
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).param("threshold", threshold)
                .query((rs, row) -> new OneMatterReport.SimilarPair(rs.getLong("a_id"), rs.getString("a_code"),
                        rs.getString("a_name"), departments.getOrDefault(rs.getLong("a_dept"), ""),
                        rs.getLong("b_id"), rs.getString("b_code"), rs.getString("b_name"),
                        departments.getOrDefault(rs.getLong("b_dept"), ""),
                        Math.round(rs.getDouble("sim") * 100) / 100.0))
                .list();
    }

    List<OneMatterReport.Misplaced> misplaced(DataScope scope, Map<Long, String> departments) {
        List<FunctionRef> all = directory.functions();
        Map<Long, FunctionRef> functions = all.stream().collect(Collectors.toMap(FunctionRef::id, Function.identity()));
        // the functions' lead departments, joined in as a derived table: set-based, scope applied in SQL
        return jdbc.sql("""
                SELECT i.id, i.code, i.lead_department_id, f.function_id, f.function_lead,
                       CASE WHEN :all OR i.lead_department_id = ANY(:ids) THEN i.name ELSE v.name END AS name
                  FROM catalog_item i
                  LEFT JOIN catalog_item_version v ON v.id = i.current_version_id
                  JOIN unnest(CAST(:functions AS bigint[]), CAST(:leads AS bigint[])) AS f(function_id, function_lead)
                    ON f.function_id = CASE WHEN :all OR i.lead_department_id = ANY(:ids) THEN i.function_id
                                            ELSE v.function_id END
                 WHERE f.function_lead <> i.lead_department_id AND i.status <> 'UNPUBLISHED'
                   AND (:all OR i.lead_department_id = ANY(:ids)
                        OR (f.function_lead = ANY(:ids) AND i.status = 'PUBLISHED'))
                 ORDER BY i.code""")
                .param("functions", all.stream().map(FunctionRef::id).toArray(Long[]::new))
                .param("leads", all.stream().map(FunctionRef::leadDepartmentId).toArray(Long[]::new))
                .param("all", scope.all()).param("ids", scope.departmentIdArray())
                .query((rs, row) -> {
                    FunctionRef function = functions.get(rs.getLong("function_id"));
                    return new OneMatterReport.Misplaced(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                            departments.getOrDefault(rs.getLong("lead_department_id"), ""), function.id(),
                            function.code(), function.name(),
                            departments.getOrDefault(rs.getLong("function_lead"), ""));
                })
                .list();
    }

    /** Whether pg_trgm extracts trigrams from Chinese text in this database (it depends on LC_CTYPE). */
    boolean trigramsSeeChinese() {
        Boolean sees = trigramsSeeChinese;
        if (sees == null) {
            sees = jdbc.sql("SELECT cardinality(show_trgm('事项')) > 0").query(Boolean.class).single();
            trigramsSeeChinese = sees;
        }
        return sees;
    }
}
