package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.supervision.internal.dashboard.Dashboards;

/**
 * The dashboard over a large ledger (off by default: {@code -Dsupervision.scale=1000000}): fills the ledger with that
 * many watched deadlines of a realistic spread (90% green, 6% yellow, 4% red, 40 departments, 600 items, 10% more
 * closed, light changes over 12 weeks), then times each dashboard read and prints the plans of the polled counts.
 * The figures go into the README; the test only checks the reads stay under a second.
 */
@IntegrationTest
@TestPropertySource(properties = "xiaoneng.supervision.dashboard.open-tally-max-age=PT5M")
@EnabledIfSystemProperty(named = "supervision.scale", matches = "\\d+")
class DashboardScaleTests {

    static final long FIRST_DEPARTMENT = 9_100_000_000L;

    @Autowired JdbcClient jdbc;
    @Autowired Dashboards dashboards;

    @Test
    void everyReadOfTheDashboardStaysFastOverALargeLedger() {
        int n = Integer.parseInt(System.getProperty("supervision.scale"));
        long started = System.nanoTime();
        jdbc.sql("""
                INSERT INTO supervision_deadline (subject_type, subject_ref, source_ref, source_seq, source_revision,
                       case_id, case_number, item_code, item_name, department_id, position_name, staff_name,
                       limit_working_days, warning_working_days, due_on, due_at, yellow_at, light, state,
                       next_change_at, light_changed_at, registered_at, updated_at)
                SELECT 'CASE_TASK', 'scale:' || g, 'scale:' || g, 1, 0, g, 'S' || g, 'SC-' || (g % 600),
                       '规模事项' || (g % 600), :first + (g % 40), '承办岗', '张伟', 20, 4,
                       CAST(due AS DATE), due, due - interval '5 days',
                       light, CASE WHEN g % 11 = 0 THEN 'CLOSED' WHEN g % 97 = 0 THEN 'SUSPENDED' ELSE 'OPEN' END,
                       CASE WHEN g % 11 = 0 OR g % 97 = 0 THEN NULL
                            WHEN light = 'GREEN' THEN due - interval '5 days'
                            WHEN light = 'YELLOW' THEN due END,
                       now(), now(), now()
                  FROM (SELECT g,
                               CASE WHEN g % 100 < 90 THEN 'GREEN' WHEN g % 100 < 96 THEN 'YELLOW' ELSE 'RED' END
                                   AS light,
                               CASE WHEN g % 100 < 90 THEN now() + interval '6 days' + (g % 1000) * interval '1 hour'
                                    WHEN g % 100 < 96 THEN now() + (g % 100) * interval '1 hour'
                                    ELSE now() - (g % 500) * interval '1 hour' END AS due
                          FROM generate_series(1, :n) g) s""")
                .param("first", FIRST_DEPARTMENT).param("n", n * 11 / 10)
                .update();
        jdbc.sql("""
                INSERT INTO supervision_light_change (deadline_id, from_light, to_light, changed_at, cause,
                                                      department_id)
                SELECT id, 'GREEN', CASE WHEN id % 3 = 0 THEN 'RED' ELSE 'YELLOW' END,
                       now() - (id % 2000) * interval '1 hour', 'clock', department_id
                  FROM supervision_deadline WHERE subject_ref LIKE 'scale:%' AND id % 4 = 0""")
                .update();
        jdbc.sql("VACUUM ANALYZE supervision_deadline").update();
        jdbc.sql("VACUUM ANALYZE supervision_light_change").update();
        System.out.printf("SCALE filled %d watched deadlines in %.1f s%n", n, (System.nanoTime() - started) / 1e9);

        time("open tally (every few minutes)", () -> dashboards.dashboard());
        for (int i = 0; i < 3; i++) {
            time("dashboard (polled)", () -> dashboards.dashboard());
        }
        time("trend (page load)", () -> dashboards.trend());
        time("lit list", () -> dashboards.deadlines(DeadlineFilter.LIT, 200));
        time("drill-down: greens of a department", () -> dashboards.deadlines(
                new DeadlineFilter(Light.GREEN, FIRST_DEPARTMENT + 3, null), 200));
        time("drill-down: reds of an item", () -> dashboards.deadlines(new DeadlineFilter(Light.RED, null, "SC-7"),
                200));
        explain("lit counts", """
                SELECT d.department_id, d.item_code, d.light, count(*) FROM supervision_deadline d
                 WHERE d.state <> 'CLOSED' AND d.light <> 'GREEN' AND (d.next_change_at IS NULL OR d.next_change_at > now())
                 GROUP BY 1, 2, 3""");
        explain("open totals", """
                SELECT d.department_id, d.item_code, count(*) FROM supervision_deadline d WHERE d.state <> 'CLOSED'
                 GROUP BY 1, 2""");
        explain("pending", "SELECT count(*) FROM supervision_deadline d WHERE d.next_change_at <= now()");
        explain("reds in due order", """
                SELECT d.id FROM supervision_deadline d WHERE d.state <> 'CLOSED' AND d.light = 'RED'
                   AND (d.next_change_at IS NULL OR d.next_change_at > now()) ORDER BY d.due_at, d.id LIMIT 201""");
        explain("trend", """
                SELECT CAST(floor(extract(epoch FROM c.changed_at - (now() - interval '84 days')) / 604800) AS INT),
                       c.to_light, count(*)
                  FROM supervision_light_change c
                 WHERE c.changed_at >= now() - interval '84 days' AND c.to_light <> 'GREEN' GROUP BY 1, 2""");
    }

    private void time(String what, Supplier<?> read) {
        long started = System.nanoTime();
        read.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("SCALE %-40s %.3f s%n", what, seconds);
        assertThat(seconds).as(what).isLessThan(what.startsWith("open tally") ? 10 : 1);
    }

    private void explain(String what, String sql) {
        List<String> plan = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).query(String.class).list();
        System.out.println("SCALE plan of " + what + ":\n  " + String.join("\n  ", plan));
    }
}
