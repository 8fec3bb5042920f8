package org.xiaoneng.organization.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names for the ids an audit summary mentions, so that a reader of the trail sees 市商务局 and 张伟 rather than
 * department 12 and staff 7. The name is the one at the time of the change; a missing row shows its id.
 */
@Component
class RecordNames {

    private final JdbcClient jdbc;

    RecordNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String department(long id) {
        return name("SELECT name FROM organization_department WHERE id = :id", id, "department #");
    }

    String position(long id) {
        return name("SELECT name FROM organization_position WHERE id = :id", id, "position #");
    }

    String staff(long id) {
        return name("SELECT name FROM organization_staff WHERE id = :id", id, "staff #");
    }

    private String name(String sql, long id, String fallback) {
        return jdbc.sql(sql).param("id", id).query(String.class).optional().orElse(fallback + id);
    }
}
