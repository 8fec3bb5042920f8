package org.xiaoneng.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xiaoneng.casework.MaterialFile;
import org.xiaoneng.casework.MaterialFileContent;

/** Material files in SQL: inserted once, never changed. */
@Repository
class MaterialFileRepository {

    private static final String COLUMNS = """
            id, case_id, material, original_filename, content_type, size_bytes, sha256, uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;

    MaterialFileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MaterialFile insert(long caseId, String material, MaterialFileCheck.Checked file, byte[] content, String account,
            Instant now) {
        long id = jdbc.sql("""
                INSERT INTO casework_material_file (case_id, material, original_filename, content_type, size_bytes,
                    sha256, content, uploaded_by, uploaded_at)
                VALUES (:caseId, :material, :filename, :type, :size, :sha, :content, :account, :now) RETURNING id""")
                .param("caseId", caseId).param("material", material).param("filename", file.filename())
                .param("type", file.contentType()).param("size", file.size()).param("sha", file.sha256())
                .param("content", content).param("account", account).param("now", Timestamp.from(now))
                .query(Long.class).single();
        return new MaterialFile(id, caseId, material, file.filename(), file.contentType(), file.size(),
                file.sha256(), account, now);
    }

    List<MaterialFile> ofCase(long caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM casework_material_file WHERE case_id = :caseId ORDER BY id")
                .param("caseId", caseId).query((rs, n) -> file(rs)).list();
    }

    Optional<MaterialFileContent> content(long caseId, long fileId) {
        return jdbc.sql("SELECT " + COLUMNS + ", content FROM casework_material_file"
                        + " WHERE case_id = :caseId AND id = :id")
                .param("caseId", caseId).param("id", fileId)
                .query((rs, n) -> new MaterialFileContent(file(rs), rs.getBytes("content"))).optional();
    }

    private static MaterialFile file(ResultSet rs) throws SQLException {
        return new MaterialFile(rs.getLong("id"), rs.getLong("case_id"), rs.getString("material"),
                rs.getString("original_filename"), rs.getString("content_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
