package org.xiaoneng.catalog.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.platform.DataScope;

/** What the workbook export and import read from the catalog's tables, set-based and in the reader's data scope. */
@Repository
class CatalogWorkbookQueries {

    /** An item as exported: its code and the content written out (the draft's or the current version's). */
    record Exported(long itemId, String code, ItemDetails details, @Nullable Integer versionNumber) {

        boolean draft() {
            return versionNumber == null;
        }
    }

    /** An item that exists already, with its working lead department (who may change it). */
    record Existing(long id, String code, long leadDepartmentId) {
    }

    /** An uploaded file of an item. */
    record ItemFile(long id, long itemId, String name) {
    }

    private final JdbcClient jdbc;
    private final ItemJson json;

    CatalogWorkbookQueries(JdbcClient jdbc, ItemJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Every item led by a department of the scope, by code: published items with their current version, and — when
     * {@code drafts} — items with a draft (never published ones too) with the draft. Read with a cursor, one item at a
     * time, so that a catalog of any size is never held in memory at once.
     */
    void exported(DataScope scope, boolean drafts, Consumer<Exported> sink) {
        jdbc.sql("""
                SELECT i.id, i.code, v.number,
                       CASE WHEN :drafts AND i.draft IS NOT NULL THEN i.draft ELSE v.content END AS content,
                       (:drafts AND i.draft IS NOT NULL) AS is_draft
                  FROM catalog_item i LEFT JOIN catalog_item_version v ON v.id = i.current_version_id
                 WHERE (i.status = 'PUBLISHED' OR (:drafts AND i.draft IS NOT NULL))
                   AND (:all OR CASE WHEN :drafts AND i.draft IS NOT NULL THEN i.lead_department_id
                                     ELSE v.lead_department_id END = ANY(:ids))
                 ORDER BY i.code""")
                .param("drafts", drafts).param("all", scope.all()).param("ids", scope.departmentIdArray())
                .withFetchSize(200)
                .query(rs -> {
                    boolean draft = rs.getBoolean("is_draft");
                    sink.accept(new Exported(rs.getLong("id"), rs.getString("code"),
                            json.read(rs.getString("content")), draft ? null : rs.getInt("number")));
                });
    }

    /** The items with these codes (upper case) that exist already. */
    Map<String, Existing> existing(Collection<String> codes) {
        Map<String, Existing> byCode = new HashMap<>();
        jdbc.sql("SELECT id, code, lead_department_id FROM catalog_item WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, row) -> new Existing(rs.getLong("id"), rs.getString("code"),
                        rs.getLong("lead_department_id")))
                .list().forEach(e -> byCode.put(e.code(), e));
        return byCode;
    }

    /** The files uploaded for these items, by item. */
    Map<Long, List<ItemFile>> filesOf(Collection<Long> itemIds) {
        Map<Long, List<ItemFile>> byItem = new HashMap<>();
        jdbc.sql("SELECT id, item_id, name FROM catalog_file WHERE item_id = ANY(:ids) ORDER BY id")
                .param("ids", itemIds.toArray(Long[]::new))
                .query((rs, row) -> new ItemFile(rs.getLong("id"), rs.getLong("item_id"), rs.getString("name")))
                .list().forEach(f -> byItem.computeIfAbsent(f.itemId(), id -> new java.util.ArrayList<>()).add(f));
        return byItem;
    }

    Optional<String> fileName(long fileId) {
        return jdbc.sql("SELECT name FROM catalog_file WHERE id = :id").param("id", fileId).query(String.class)
                .optional();
    }
}
