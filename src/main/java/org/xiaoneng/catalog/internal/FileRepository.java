package org.xiaoneng.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.catalog.CatalogFile;

/** Uploaded blank forms and samples, kept in the database with their SHA-256 (never changed, see the migration). */
@Repository
class FileRepository {

    private final JdbcClient jdbc;

    FileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long itemId, String name, String contentType, byte[] content, String sha256, Stamp uploaded) {
        return jdbc.sql("""
                INSERT INTO catalog_file (item_id, name, content_type, size, sha256, content, uploaded_at, uploaded_by)
                VALUES (:item, :name, :type, :size, :sha, :content, :at, :by) RETURNING id""")
                .param("item", itemId).param("name", name).param("type", contentType).param("size", content.length)
                .param("sha", sha256).param("content", content)
                .param("at", uploaded.at().atOffset(java.time.ZoneOffset.UTC)).param("by", uploaded.by())
                .query(Long.class).single();
    }

    List<FileRow> ofItem(long itemId) {
        return jdbc.sql("""
                SELECT id, name, content_type, size, sha256, uploaded_at, uploaded_by
                  FROM catalog_file WHERE item_id = :item ORDER BY id""")
                .param("item", itemId)
                .query((rs, row) -> new FileRow(rs.getLong("id"), rs.getString("name"), rs.getString("content_type"),
                        rs.getLong("size"), rs.getString("sha256"), ItemRepository.instant(rs, "uploaded_at"),
                        rs.getString("uploaded_by")))
                .list();
    }

    /** The item a file was uploaded for. */
    Optional<Long> itemOf(long fileId) {
        return jdbc.sql("SELECT item_id FROM catalog_file WHERE id = :id").param("id", fileId).query(Long.class)
                .optional();
    }

    Optional<CatalogFile> file(long fileId) {
        return jdbc.sql("SELECT id, name, content_type, size, sha256, content FROM catalog_file WHERE id = :id")
                .param("id", fileId)
                .query((rs, row) -> new CatalogFile(rs.getLong("id"), rs.getString("name"),
                        rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256"),
                        rs.getBytes("content")))
                .optional();
    }

    /**
     * Whether a published version names the file among its materials — what makes a file public. Any version ever
     * published counts: older versions stay readable (running cases point at them), and so do their forms. A
     * set-based look into the frozen JSON of the item's versions, so no list of file ids has to be kept in step.
     */
    boolean published(long fileId) {
        return jdbc.sql("""
                SELECT EXISTS (
                    SELECT 1 FROM catalog_file f
                      JOIN catalog_item_version v ON v.item_id = f.item_id
                      CROSS JOIN LATERAL jsonb_array_elements(v.content -> 'materials') m
                     WHERE f.id = :id
                       AND (m ->> 'blankFormFileId' = CAST(:id AS text) OR m ->> 'sampleFileId' = CAST(:id AS text)))""")
                .param("id", fileId).query(Boolean.class).single();
    }
}
