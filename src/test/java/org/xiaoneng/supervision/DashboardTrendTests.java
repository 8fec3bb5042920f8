package org.xiaoneng.supervision;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
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
 * The weekly trend with the test clock set to a Wednesday: twelve weeks from Monday 00:00 Beijing time, changes into
 * yellow and into red counted in the week (in Beijing time) they happened, nothing before the first week, after now,
 * into green, or outside the viewer's scope.
 */
@IntegrationTest
class DashboardTrendTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Casework casework;
    @Autowired ItemCatalog catalog;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void newYellowsAndRedsAreCountedPerBeijingWeekOverTwelveWeeks() throws Exception {
        Ledgers ledgers = new Ledgers(casework, catalog, jdbc, clock);
        long department = 7_400_000_000L + (System.nanoTime() % 100_000_000L) * 2;
        long other = department + 1;
        Instant wednesday = beijing("2026-11-25T10:00");
        ledgers.moveTo(wednesday);
        long id = ledgers.put(Ledgers.Put.of("TR" + department, department, "TT-1", "RED", wednesday));
        long elsewhere = ledgers.put(Ledgers.Put.of("TO" + department, other, "TT-1", "RED", wednesday));

        ledgers.changed(id, "GREEN", "YELLOW", beijing("2026-11-24T09:00"), department);
        ledgers.changed(id, "YELLOW", "RED", beijing("2026-11-24T09:30"), department);
        ledgers.changed(id, "YELLOW", "RED", beijing("2026-11-23T00:10"), department);   // Monday: this week
        ledgers.changed(id, "YELLOW", "RED", beijing("2026-11-22T23:50"), department);   // Sunday: the week before
        ledgers.changed(id, "YELLOW", "GREEN", beijing("2026-11-24T12:00"), department); // into green: not counted
        ledgers.changed(id, "YELLOW", "RED", beijing("2026-11-25T11:00"), department);   // after now
        ledgers.changed(id, "GREEN", "YELLOW", beijing("2026-09-07T08:00"), department); // the first week
        ledgers.changed(id, "GREEN", "YELLOW", beijing("2026-09-06T23:00"), department); // before it
        ledgers.changed(elsewhere, "YELLOW", "RED", beijing("2026-11-24T09:00"), other);  // out of scope

        RequestPostProcessor leader = TestPrincipals.staff("trend" + department, department,
                DataScope.of(Set.of(department)), Supervision.VIEW);
        mvc.perform(get("/console/supervision/trend").with(leader))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12))
                .andExpect(jsonPath("$[0].weekStart").value("2026-09-07"))
                .andExpect(jsonPath("$[0].newYellows").value(1))
                .andExpect(jsonPath("$[0].newReds").value(0))
                .andExpect(jsonPath("$[10].weekStart").value("2026-11-16"))
                .andExpect(jsonPath("$[10].newYellows").value(0))
                .andExpect(jsonPath("$[10].newReds").value(1))
                .andExpect(jsonPath("$[11].weekStart").value("2026-11-23"))
                .andExpect(jsonPath("$[11].newYellows").value(1))
                .andExpect(jsonPath("$[11].newReds").value(2))
                .andExpect(jsonPath("$[5].newYellows").value(0))
                .andExpect(jsonPath("$[5].newReds").value(0));
        // the page shows the same weeks as a table (the chart's fallback without JavaScript)
        mvc.perform(get("/console/supervision").with(leader))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"supervision-week-2026-11-23\"")))
                .andExpect(content().string(containsString("id=\"supervision-week-2026-09-07\"")));
    }

    private static Instant beijing(String local) {
        return OffsetDateTime.parse(local + ":00+08:00").toInstant();
    }
}
