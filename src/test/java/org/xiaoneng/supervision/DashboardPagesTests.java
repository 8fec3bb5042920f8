package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;

/**
 * The live dashboard on the real database, against a ledger the test fills: two departments of their own (ids no
 * other test uses) so that every count is exact. Lights are as of now — a deadline past its threshold counts in its
 * new light before the sweep records it — and a leader sees his department's only, the same dashboard.
 */
@IntegrationTest
class DashboardPagesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Casework casework;
    @Autowired ItemCatalog catalog;
    @Autowired TestClock clock;
    @Autowired OrganizationDirectory organization;

    Ledgers ledgers;
    long a;
    long b;
    String itemA1;
    String itemA2;
    String tag;
    Instant now;

    @BeforeEach
    void ledger() {
        ledgers = new Ledgers(casework, catalog, jdbc, clock);
        long base = 7_000_000_000L + (System.nanoTime() % 100_000_000L) * 2;
        a = base;
        b = base + 1;
        tag = Long.toString(base % 100_000_000L, 36).toUpperCase();
        itemA1 = "T1-" + tag;
        itemA2 = "T2-" + tag;
        now = clock.instant();
        Duration day = Duration.ofDays(1);
        // department A, item 1: two greens (one of them past its yellow instant, not swept yet), one yellow, one red
        ledgers.put(Ledgers.Put.of("G1" + tag, a, itemA1, "GREEN", now.plus(day.multipliedBy(10))));
        ledgers.put(Ledgers.Put.of("GP" + tag, a, itemA1, "GREEN", now.plus(day))
                .yellowAt(now.minus(Duration.ofMinutes(1))).next(now.minus(Duration.ofMinutes(1))));
        ledgers.put(Ledgers.Put.of("Y1" + tag, a, itemA1, "YELLOW", now.plus(day.multipliedBy(2))));
        long red = ledgers.put(Ledgers.Put.of("R1" + tag, a, itemA1, "RED", now.minus(day.multipliedBy(3))));
        ledgers.changed(red, "YELLOW", "RED", now.minus(Duration.ofSeconds(5)), a);
        // department A, item 2: a yellow past its due instant (turns red at the next sweep), a suspended yellow, a
        // closed red (not watched: never counted) and a green
        ledgers.put(Ledgers.Put.of("YP" + tag, a, itemA2, "YELLOW", now.minus(Duration.ofMinutes(1)))
                .next(now.minus(Duration.ofMinutes(1))));
        ledgers.put(Ledgers.Put.of("YS" + tag, a, itemA2, "YELLOW", now.plus(day)).state("SUSPENDED"));
        ledgers.put(Ledgers.Put.of("RC" + tag, a, itemA2, "RED", now.minus(day)).state("CLOSED"));
        ledgers.put(Ledgers.Put.of("G2" + tag, a, itemA2, "GREEN", now.plus(day.multipliedBy(20))));
        // department B: one red
        ledgers.put(Ledgers.Put.of("RB" + tag, b, itemA1, "RED", now.minus(day.multipliedBy(30))));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private RequestPostProcessor leaderOf(long... departments) {
        Set<Long> ids = new java.util.HashSet<>();
        for (long d : departments) {
            ids.add(d);
        }
        return TestPrincipals.staff("leader" + tag, departments[0], DataScope.of(ids), Supervision.VIEW);
    }

    @Test
    void countsByLightDepartmentAndItemAreExactAndAsOfNow() throws Exception {
        String html = page("/console/supervision", leaderOf(a, b));
        assertThat(text(html, "supervision-count-GREEN")).isEqualTo("2");
        assertThat(text(html, "supervision-count-YELLOW")).isEqualTo("3");
        assertThat(text(html, "supervision-count-RED")).isEqualTo("3");
        assertThat(text(html, "supervision-department-" + a + "-GREEN")).isEqualTo("2");
        assertThat(text(html, "supervision-department-" + a + "-YELLOW")).isEqualTo("3");
        assertThat(text(html, "supervision-department-" + a + "-RED")).isEqualTo("2");
        assertThat(text(html, "supervision-department-" + b + "-RED")).isEqualTo("1");
        assertThat(text(html, "supervision-item-" + itemA1 + "-GREEN")).isEqualTo("1");
        assertThat(text(html, "supervision-item-" + itemA1 + "-YELLOW")).isEqualTo("2");
        assertThat(text(html, "supervision-item-" + itemA1 + "-RED")).isEqualTo("2");
        assertThat(text(html, "supervision-item-" + itemA2 + "-GREEN")).isEqualTo("1");
        assertThat(text(html, "supervision-item-" + itemA2 + "-YELLOW")).isEqualTo("1");
        assertThat(text(html, "supervision-item-" + itemA2 + "-RED")).isEqualTo("1");
        // today's new reds: the one the sweep recorded and the one past due it has yet to record; both departments'
        // reds are overdue, the oldest first
        assertThat(text(html, "supervision-new-reds-count")).isEqualTo("2");
        assertThat(section(html, "supervision-new-reds")).contains("R1" + tag, "YP" + tag).doesNotContain("RB" + tag);
        String oldest = section(html, "supervision-oldest");
        assertThat(oldest.indexOf("RB" + tag)).isLessThan(oldest.indexOf("R1" + tag)).isGreaterThanOrEqualTo(0);
        assertThat(oldest).contains("YP" + tag).doesNotContain("RC" + tag);
        assertThat(html).contains("id=\"supervision-trend-table\"", "/js/supervision-trend", "/webjars/echarts/5.3.1/dist/echarts.min.js");
    }

    @Test
    void aLeaderSeesTheSameDashboardForHisDepartmentOnly() throws Exception {
        String html = page("/console/supervision", leaderOf(b));
        assertThat(text(html, "supervision-count-GREEN")).isEqualTo("0");
        assertThat(text(html, "supervision-count-YELLOW")).isEqualTo("0");
        assertThat(text(html, "supervision-count-RED")).isEqualTo("1");
        assertThat(html).contains("supervision-department-" + b + "-RED").doesNotContain("supervision-department-" + a)
                .doesNotContain("R1" + tag).doesNotContain("supervision-item-" + itemA2)
                .doesNotContain("id=\"supervision-new-reds\"");
        assertThat(text(html, "supervision-new-reds-count")).isEqualTo("0");
        mvc.perform(get("/console/supervision/deadlines").param("department", String.valueOf(a)).with(leaderOf(b)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLivePartRefreshesItselfEveryThirtySeconds() throws Exception {
        mvc.perform(get("/console/supervision").header("HX-Request", "true").with(leaderOf(a)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"supervision-live\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 30s\"")))
                .andExpect(content().string(containsString("id=\"supervision-count-RED\"")))
                .andExpect(content().string(not(containsString("supervision-trend-table"))))
                .andExpect(content().string(not(containsString("<nav"))));
    }

    @Test
    void aCountDrillsDownToItsDeadlines() throws Exception {
        String html = page("/console/supervision/deadlines?light=YELLOW&department=" + a, leaderOf(a));
        assertThat(section(html, "supervision-list")).contains("Y1" + tag, "GP" + tag, "YS" + tag)
                .doesNotContain("G1" + tag, "YP" + tag, "R1" + tag);
        assertThat(html).contains("hx-trigger=\"every 30s\"", "/console/supervision/export?list=deadlines&amp;light=YELLOW");
        String reds = page("/console/supervision/deadlines?light=RED&item=" + itemA1, leaderOf(a, b));
        assertThat(section(reds, "supervision-list")).contains("R1" + tag, "RB" + tag).doesNotContain("YP" + tag);
        String greens = page("/console/supervision/deadlines?light=GREEN&item=" + itemA2, leaderOf(a));
        assertThat(section(greens, "supervision-list")).contains("G2" + tag).doesNotContain("YS" + tag);
    }

    @Test
    void aDeadlineShowsItsLightHistoryAndItsCasesTimelineToThoseWhoMaySeeTheCase() throws Exception {
        CaseView accepted = ledgers.accepted();
        Ledgers.Row row = ledgers.await("case:" + accepted.id(), r -> r.state().equals("OPEN"));
        ledgers.changed(row.id(), "GREEN", "YELLOW", now.minus(Duration.ofHours(2)), row.departmentId());

        String html = page("/console/supervision/deadlines/" + row.id(), httpBasic("supervisor1", "Demo@2026"));
        assertThat(html).contains("id=\"supervision-history\"", "id=\"supervision-change-1\"", "时间推移",
                "id=\"supervision-timeline\"", "id=\"supervision-event-1\"", "受理", accepted.number(),
                "href=\"/console/cases/" + accepted.id() + "\"");
        // a leader without the case permission sees the deadline but not the case's timeline
        String leader = page("/console/supervision/deadlines/" + row.id(), TestPrincipals.staff("nocase" + tag,
                row.departmentId(), DataScope.of(List.of(row.departmentId())), Supervision.VIEW));
        assertThat(leader).contains("id=\"supervision-timeline-hidden\"").doesNotContain("id=\"supervision-timeline\"");
        // outside the viewer's scope the deadline does not exist
        mvc.perform(get("/console/supervision/deadlines/" + row.id()).with(leaderOf(a)))
                .andExpect(status().isNotFound());
    }

    @Test
    void withoutThePermissionTheDashboardItsListsAndExportsAreRefused() throws Exception {
        RequestPostProcessor clerk = TestPrincipals.staff("clerk" + tag, a, DataScope.everything(),
                "casework:case:view");
        for (String path : List.of("/console/supervision", "/console/supervision/deadlines",
                "/console/supervision/trend", "/console/supervision/export?list=items")) {
            mvc.perform(get(path).with(clerk)).andExpect(status().isForbidden());
        }
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The text of the element with the id (its first text node). */
    static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>\\s*([^<]*?)\\s*<").matcher(html);
        assertThat(m.find()).as("element #%s", id).isTrue();
        return m.group(1);
    }

    /** The html from the element with the id to the end of its table. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("element #%s", id).isGreaterThanOrEqualTo(0);
        int end = html.indexOf("</table>", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
