package org.xiaoneng.supervision.internal.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xiaoneng.supervision.ExportedRows.rows;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.ExportedRows;

/**
 * The warnings and sanctions list as Excel, opened with POI: the rows of the state filter in the departments the
 * viewer decides on, names and grounds masked, headers in the viewer's language; audited; the person himself (who may
 * only appeal) gets 403.
 */
@IntegrationTest
class SanctionExportTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired SanctionRepository sanctions;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private long put(long department, String staffName, String grounds) {
        long staff = organization.staffIdOf("handler1").orElseThrow();
        return sanctions.propose(SanctionKind.WARNING, staff, staffName, department, "EXPORT:" + UUID.randomUUID(),
                grounds, clock.instant(), "TEST", List.of()).orElseThrow();
    }

    private byte[] export(RequestPostProcessor viewer, String... params) throws Exception {
        var request = get("/console/supervision/sanctions/export").with(viewer);
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith(ExportedRows.XLSX)))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void aDeciderExportsTheProposalsOfHisDepartmentsMaskedAndTheExportIsAudited() throws Exception {
        long swj = organization.departmentByCode("SWJ").orElseThrow().id();
        long gsj = organization.departmentByCode("GSJ").orElseThrow().id();
        String swjName = organization.department(swj).orElseThrow().name();
        String tag = Long.toString(System.nanoTime(), 36);
        put(swj, "张伟13812345678", "30天内红灯2次 " + tag);
        put(gsj, "王芳", "他部门 " + tag);
        String account = "swjdecider" + tag;
        RequestPostProcessor decider = TestPrincipals.staff(account, swj, DataScope.of(Set.of(swj)),
                Accountability.DECIDE);

        List<List<String>> rows = rows(export(decider, "state", "PROPOSED"));
        assertThat(rows.get(0)).containsExactly("类别", "当事人", "责任部门", "依据", "状态", "申诉");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(2)).containsOnly(swjName);
        assertThat(rows).contains(List.of("效能告诫", "张伟138****5678", swjName, "30天内红灯2次 " + tag, "待确认", ""));
        assertThat(rows).extracting(r -> r.get(3)).doesNotContain("他部门 " + tag);
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT after_summary FROM audit_entry
                 WHERE action = 'supervision.export.sanctions' AND account = :account AND department_id = :department""")
                .param("account", account).param("department", swj).query(String.class).list())
                .containsExactly("state=PROPOSED; rows=" + (rows.size() - 1)));

        List<List<String>> all = rows(export(httpBasic("supervisor1", PASSWORD), "lang", "en"));
        assertThat(all.get(0)).startsWith("Kind", "Person");
        assertThat(all).extracting(r -> r.get(3)).contains("30天内红灯2次 " + tag, "他部门 " + tag);
        assertThat(rows(export(httpBasic("supervisor1", PASSWORD), "state", "CONFIRMED")))
                .extracting(r -> r.get(3)).doesNotContain("30天内红灯2次 " + tag, "他部门 " + tag);
    }

    @Test
    void theListLinksToTheExportOfItsFilterAndThePersonIsRefused() throws Exception {
        mvc.perform(get("/console/supervision/sanctions").param("state", "PROPOSED").header("HX-Request", "true")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"sanctions-export\" href=\"/console/supervision/sanctions/export?state=PROPOSED\"")));
        mvc.perform(get("/console/supervision/sanctions/export").with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
