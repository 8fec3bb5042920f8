package org.xiaoneng.supervision.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xiaoneng.supervision.DeadlineLightChanged;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.Light;

/**
 * The light changes of a sweep batch ({@link LightsSwept}), read back from the light history for supervision's own
 * listeners: the batch event names only the changes, so that its publication rows — one per listener, written in the
 * sweep's transaction — stay a few bytes per change instead of a serialized copy of each. The change itself (lights,
 * cause, instant, department) is as the sweep recorded it; the deadline's people and due day as they stand now.
 */
@Component
public class SweptChanges {

    private final JdbcClient jdbc;

    SweptChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The batch's changes, in the order they were made. */
    public List<DeadlineLightChanged> of(LightsSwept batch) {
        if (batch.changeIds().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT c.id AS change_id, c.deadline_id, c.from_light, c.to_light, c.cause, c.changed_at,
                       c.department_id, d.subject_type, d.subject_ref, d.case_number, d.position_id, d.staff_id,
                       d.due_on
                  FROM supervision_light_change c JOIN supervision_deadline d ON d.id = c.deadline_id
                 WHERE c.id = ANY(:ids)
                 ORDER BY c.id""")
                .param("ids", batch.changeIds().toArray(Long[]::new))
                .query((rs, n) -> new DeadlineLightChanged(rs.getLong("change_id"), rs.getLong("deadline_id"),
                        DeadlineSubject.valueOf(rs.getString("subject_type")), rs.getString("subject_ref"),
                        rs.getString("case_number"), rs.getLong("department_id"),
                        rs.getObject("position_id", Long.class), rs.getObject("staff_id", Long.class),
                        Light.valueOf(rs.getString("from_light")), Light.valueOf(rs.getString("to_light")),
                        rs.getObject("due_on", LocalDate.class), rs.getString("cause"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
