package org.xiaoneng.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.catalog.DepartmentLabel;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.ItemStatus;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.platform.DataScope;

/**
 * Items and their frozen versions. The item row carries the "working" name, kind, departments and themes (the
 * draft's, else the current version's) so that lists and data scope are plain SQL; a version row carries the same
 * columns as they were published.
 */
@Repository
class ItemRepository {

    // a row is in a person's scope when the scope covers its lead department or one of its co-departments
    static final String IN_SCOPE = "(:all OR i.lead_department_id = ANY(:ids) OR i.co_department_ids && :ids)";

    private static final String ITEM_COLUMNS = """
            i.id, i.code, i.status, i.draft, i.draft_saved_at, i.draft_saved_by, i.current_version_id, v.content,
            i.last_number, i.unpublished_reason, i.unpublished_at, i.unpublished_by, i.version""";

    private static final String VERSION_COLUMNS = """
            v.id, v.item_id, v.code, v.number, v.content, v.published_at, v.published_by""";

    // what a person may list: items of his scope with their working values, and everyone's published items with the
    // values of their current version (a draft of another department's item stays invisible)
    private static final String VISIBLE = """
            WITH visible AS (
                SELECT i.id, i.code, i.status, i.name, i.kind, i.lead_department_id, i.co_department_ids, i.themes,
                       i.current_version_id, i.last_number, i.draft IS NOT NULL AS has_draft
                  FROM catalog_item i
                 WHERE %1$s
                UNION ALL
                SELECT i.id, i.code, i.status, v.name, v.kind, v.lead_department_id, v.co_department_ids, v.themes,
                       i.current_version_id, i.last_number, FALSE
                  FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
                 WHERE i.status = 'PUBLISHED' AND NOT %1$s
            )
            SELECT %2$s FROM visible r
             WHERE (CAST(:pattern AS text) IS NULL OR r.code ILIKE :pattern OR r.name ILIKE :pattern)
               AND (CAST(:department AS bigint) IS NULL OR r.lead_department_id = :department
                    OR :department = ANY(r.co_department_ids))
               AND (CAST(:kind AS text) IS NULL OR r.kind = :kind)
               AND (CAST(:theme AS text) IS NULL OR :theme = ANY(r.themes))
               AND (CAST(:status AS text) IS NULL OR r.status = :status)
            """;

    private final JdbcClient jdbc;
    private final ItemJson json;

    ItemRepository(JdbcClient jdbc, ItemJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ServiceItem> find(long id) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + """
                 FROM catalog_item i LEFT JOIN catalog_item_version v ON v.id = i.current_version_id
                WHERE i.id = :id""")
                .param("id", id).query(this::mapItem).optional();
    }

    /**
     * The item, only when the scope covers its (working) lead department: who may change it. The row stays locked
     * until the transaction ends, so that two people publishing at once take turns (the second then finds the item's
     * version moved on and gets a 409) instead of racing for the next version number.
     */
    Optional<ServiceItem> findLedWithin(long id, DataScope scope) {
        return jdbc.sql("SELECT " + ITEM_COLUMNS + """
                 FROM catalog_item i LEFT JOIN catalog_item_version v ON v.id = i.current_version_id
                WHERE i.id = :id AND (:all OR i.lead_department_id = ANY(:ids))
                  FOR UPDATE OF i""")
                .param("id", id).param("all", scope.all()).param("ids", scope.departmentIdArray())
                .query(this::mapItem).optional();
    }

    /** Whether the scope covers the item's lead department or one of its co-departments. */
    boolean inScope(long id, DataScope scope) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM catalog_item i WHERE i.id = :id AND " + IN_SCOPE + ")")
                .param("id", id).param("all", scope.all()).param("ids", scope.departmentIdArray())
                .query(Boolean.class).single();
    }

    boolean exists(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM catalog_item WHERE id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    Optional<Long> idOf(String code) {
        return jdbc.sql("SELECT id FROM catalog_item WHERE code = :code").param("code", code).query(Long.class)
                .optional();
    }

    boolean codeTaken(String code) {
        return idOf(code).isPresent();
    }

    long insert(ServiceItem item, Stamp created) {
        ItemDetails working = item.working();
        return jdbc.sql("""
                INSERT INTO catalog_item (code, status, name, kind, lead_department_id, co_department_ids, themes,
                                          function_id, draft, draft_saved_at, draft_saved_by, created_at, created_by)
                VALUES (:code, :status, :name, :kind, :lead, :co, :themes, :function, CAST(:draft AS jsonb),
                        :savedAt, :savedBy, :createdAt, :createdBy)
                RETURNING id""")
                .param("code", item.code()).param("status", item.status().name())
                .param("name", working.name()).param("kind", working.kind().name())
                .param("lead", working.leadDepartment().id()).param("co", coDepartments(working))
                .param("themes", working.themes().toArray(String[]::new))
                .param("function", working.function() == null ? null : working.function().id(), Types.BIGINT)
                .param("draft", json.write(item.working()))
                .param("savedAt", timestamp(created.at())).param("savedBy", created.by())
                .param("createdAt", timestamp(created.at())).param("createdBy", created.by())
                .query(Long.class).single();
    }

    void update(ServiceItem item) {
        ItemDetails working = item.working();
        ItemDetails draft = item.draft();
        Stamp saved = item.draftSaved();
        Stamp unpublished = item.unpublished();
        int rows = jdbc.sql("""
                UPDATE catalog_item
                   SET status = :status, name = :name, kind = :kind, lead_department_id = :lead,
                       co_department_ids = :co, themes = :themes, function_id = :function,
                       draft = CAST(:draft AS jsonb), draft_saved_at = :savedAt, draft_saved_by = :savedBy,
                       current_version_id = :current, last_number = :lastNumber,
                       unpublished_reason = :reason, unpublished_at = :unpublishedAt, unpublished_by = :unpublishedBy,
                       version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("status", item.status().name()).param("name", working.name())
                .param("kind", working.kind().name()).param("lead", working.leadDepartment().id())
                .param("co", coDepartments(working)).param("themes", working.themes().toArray(String[]::new))
                .param("function", working.function() == null ? null : working.function().id(), Types.BIGINT)
                .param("draft", draft == null ? null : json.write(draft), Types.VARCHAR)
                .param("savedAt", saved == null ? null : timestamp(saved.at()), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("savedBy", saved == null ? null : saved.by(), Types.VARCHAR)
                .param("current", item.currentVersionId(), Types.BIGINT).param("lastNumber", item.lastNumber())
                .param("reason", item.unpublishedReason(), Types.VARCHAR)
                .param("unpublishedAt", unpublished == null ? null : timestamp(unpublished.at()),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .param("unpublishedBy", unpublished == null ? null : unpublished.by(), Types.VARCHAR)
                .param("id", item.id()).param("version", item.version())
                .update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("item " + item.id() + " changed meanwhile");
        }
    }

    /** Freezes a published version; the row can never be updated or deleted afterwards (see the migration). */
    long insertVersion(long itemId, String code, int number, ItemDetails details, Stamp published) {
        return jdbc.sql("""
                INSERT INTO catalog_item_version (item_id, number, code, name, kind, lead_department_id,
                                                  co_department_ids, themes, function_id, content_schema, content,
                                                  published_at, published_by)
                VALUES (:item, :number, :code, :name, :kind, :lead, :co, :themes, :function, :schema,
                        CAST(:content AS jsonb), :at, :by)
                RETURNING id""")
                .param("item", itemId).param("number", number).param("code", code).param("name", details.name())
                .param("kind", details.kind().name()).param("lead", details.leadDepartment().id())
                .param("co", coDepartments(details)).param("themes", details.themes().toArray(String[]::new))
                .param("function", details.function() == null ? null : details.function().id(), Types.BIGINT)
                .param("schema", ItemJson.SCHEMA).param("content", json.write(details))
                .param("at", timestamp(published.at())).param("by", published.by())
                .query(Long.class).single();
    }

    Optional<ItemVersion> version(long versionId) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM catalog_item_version v WHERE v.id = :id")
                .param("id", versionId).query(this::mapVersion).optional();
    }

    List<VersionRow> versions(long itemId) {
        return jdbc.sql("""
                SELECT v.id, v.number, v.name, v.published_at, v.published_by,
                       (i.status = 'PUBLISHED' AND v.id = i.current_version_id) AS current
                  FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id
                 WHERE v.item_id = :item ORDER BY v.number DESC""")
                .param("item", itemId)
                .query((rs, row) -> new VersionRow(rs.getLong("id"), rs.getInt("number"), rs.getString("name"),
                        instant(rs, "published_at"), rs.getString("published_by"), rs.getBoolean("current")))
                .list();
    }

    /** One page of the items a person may see; {@code leadNames} names the lead departments. */
    List<ItemRow> search(DataScope scope, ItemSearch search, java.util.function.LongFunction<String> leadNames) {
        return bind(jdbc.sql(VISIBLE.formatted(IN_SCOPE, "r.*") + " ORDER BY r.code LIMIT :limit OFFSET :offset"),
                scope, search)
                .param("limit", search.size()).param("offset", search.offset())
                .query((rs, row) -> new ItemRow(rs.getLong("id"), rs.getString("code"),
                        ItemStatus.valueOf(rs.getString("status")), rs.getString("name"),
                        ItemKind.valueOf(rs.getString("kind")), rs.getLong("lead_department_id"),
                        leadNames.apply(rs.getLong("lead_department_id")), themes(rs),
                        (Long) rs.getObject("current_version_id"), rs.getInt("last_number"),
                        rs.getBoolean("has_draft")))
                .list();
    }

    long count(DataScope scope, ItemSearch search) {
        return bind(jdbc.sql(VISIBLE.formatted(IN_SCOPE, "count(*)")), scope, search).query(Long.class).single();
    }

    /** The themes a person may filter by: those of published items, and of every item of his scope. */
    List<String> themes(DataScope scope) {
        return jdbc.sql("""
                SELECT unnest(v.themes) AS theme
                  FROM catalog_item i JOIN catalog_item_version v ON v.id = i.current_version_id
                 WHERE i.status = 'PUBLISHED'
                UNION
                SELECT unnest(i.themes) FROM catalog_item i WHERE """ + IN_SCOPE + " ORDER BY theme")
                .param("all", scope.all()).param("ids", scope.departmentIdArray()).query(String.class).list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope, ItemSearch search) {
        return spec.param("all", scope.all()).param("ids", scope.departmentIdArray())
                .param("pattern", search.pattern(), Types.VARCHAR)
                .param("department", search.departmentId(), Types.BIGINT)
                .param("kind", search.kind() == null ? null : search.kind().name(), Types.VARCHAR)
                .param("theme", search.theme(), Types.VARCHAR)
                .param("status", search.status() == null ? null : search.status().name(), Types.VARCHAR);
    }

    private ServiceItem mapItem(ResultSet rs, int row) throws SQLException {
        String draft = rs.getString("draft");
        String current = rs.getString("content");
        String savedBy = rs.getString("draft_saved_by");
        String unpublishedBy = rs.getString("unpublished_by");
        return new ServiceItem(rs.getLong("id"), rs.getString("code"), ItemStatus.valueOf(rs.getString("status")),
                draft == null ? null : json.read(draft),
                savedBy == null ? null : new Stamp(instant(rs, "draft_saved_at"), savedBy),
                (Long) rs.getObject("current_version_id"), current == null ? null : json.read(current),
                rs.getInt("last_number"), rs.getString("unpublished_reason"),
                unpublishedBy == null ? null : new Stamp(instant(rs, "unpublished_at"), unpublishedBy),
                rs.getInt("version"));
    }

    ItemVersion mapVersion(ResultSet rs, int row) throws SQLException {
        return new ItemVersion(rs.getLong("id"), rs.getLong("item_id"), rs.getString("code"), rs.getInt("number"),
                instant(rs, "published_at"), rs.getString("published_by"), json.read(rs.getString("content")));
    }

    static List<String> themes(ResultSet rs) throws SQLException {
        java.sql.Array array = rs.getArray("themes");
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Long[] coDepartments(ItemDetails details) {
        return details.coDepartments().stream().map(DepartmentLabel::id).toArray(Long[]::new);
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
