package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.supervision.ExportedRows.rows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.platform.DataScope;

/**
 * Excel exports of the dashboard's lists, opened with POI: the rows are those on screen (same scope, lights as of
 * now, personal data masked), in the viewer's language, and each export is in the audit trail.
 */
@IntegrationTest
class DashboardExportTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Casework casework;
    @Autowired ItemCatalog catalog;
    @Autowired TestClock clock;

    Ledgers ledgers;
    long a;
    long b;
    String tag;
    String item;
    RequestPostProcessor leader;

    @BeforeEach
    void ledger() {
        ledgers = new Ledgers(casework, catalog, jdbc, clock);
        long base = 7_200_000_000L + (System.nanoTime() % 100_000_000L) * 2;
        a = base;
        b = base + 1;
        tag = Long.toString(base % 100_000_000L, 36).toUpperCase();
        item = "TX-" + tag;
        leader = TestPrincipals.staff("exporter" + tag, a, DataScope.of(Set.of(a)), Supervision.VIEW);
        Instant now = clock.instant();
        Duration day = Duration.ofDays(1);
        ledgers.put(Ledgers.Put.of("XR" + tag, a, item, "RED", now.minus(day.multipliedBy(4)))
                .staff("张伟13812345678"));
        ledgers.put(Ledgers.Put.of("XY" + tag, a, item, "YELLOW", now.plus(day.multipliedBy(2))));
        ledgers.put(Ledgers.Put.of("XP" + tag, a, item, "GREEN", now.plus(day))
                .yellowAt(now.minusSeconds(30)).next(now.minusSeconds(30)));
        ledgers.put(Ledgers.Put.of("XG" + tag, a, item, "GREEN", now.plus(day.multipliedBy(9))));
        ledgers.put(Ledgers.Put.of("XB" + tag, b, item, "RED", now.minus(day)));
    }

    @Test
    void theLitDeadlinesExportAsTheScreenShowsThemAndTheExportIsAudited() throws Exception {
        byte[] file = mvc.perform(get("/console/supervision/export").param("list", "deadlines").with(leader))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        org.hamcrest.Matchers.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = rows(file);
        assertThat(rows.get(0)).startsWith("灯色", "案件编号", "事项", "时限");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).startsWith("红灯（超期）", "XR" + tag);
        assertThat(rows.get(1)).contains("张伟138****5678").doesNotContain("张伟13812345678");
        assertThat(rows.get(1).get(9)).contains("超期");
        assertThat(rows.subList(2, 4)).extracting(r -> r.get(1)).containsExactly("XP" + tag, "XY" + tag);
        assertThat(rows.subList(2, 4)).extracting(r -> r.get(0)).containsOnly("黄灯（预警）");

        Ledgers.awaitQuietly(() -> assertThat(jdbc.sql("""
                SELECT after_summary FROM audit_entry
                 WHERE action = 'supervision.export.deadlines' AND account = :account AND department_id = :department""")
                .param("account", "exporter" + tag).param("department", a)
                .query(String.class).list()).containsExactly("light=LIT; rows=3"));
    }

    @Test
    void aDrillDownAndTheCountsExportTooInEnglishForEnglishReaders() throws Exception {
        List<List<String>> greens = rows(mvc.perform(get("/console/supervision/export").param("list", "deadlines")
                        .param("light", "GREEN").param("item", item).param("lang", "en").with(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(greens.get(0)).startsWith("Light", "Case number");
        assertThat(greens.subList(1, greens.size())).extracting(r -> r.get(1)).containsExactly("XG" + tag);

        List<List<String>> items = rows(mvc.perform(get("/console/supervision/export").param("list", "items")
                        .with(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(items.get(0)).containsExactly("事项", "绿灯（正常）", "黄灯（预警）", "红灯（超期）", "合计");
        assertThat(items).contains(List.of("事项" + item, "1", "2", "1", "4"));

        List<List<String>> departments = rows(mvc.perform(get("/console/supervision/export")
                        .param("list", "departments").with(leader))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(departments).hasSize(2);
        assertThat(departments.get(1)).containsExactly("#" + a, "1", "2", "1", "4");

        mvc.perform(get("/console/supervision/export").param("list", "deadlines")
                        .param("department", String.valueOf(b)).with(leader))
                .andExpect(status().isForbidden());
    }
}
