package org.xiaoneng.supervision.internal.order;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import org.xiaoneng.supervision.internal.violation.Violations;

/**
 * The supervision orders list as Excel, opened with POI: the rows of the state filter that the viewer sees (a
 * department answering sees only its own), titles masked, headers in the viewer's language; audited; without an
 * order permission, 403.
 */
@IntegrationTest
class OrderExportTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired MockMvc mvc;
    @Autowired OrderRepository orders;
    @Autowired OrganizationDirectory organization;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    private String put(long department, String title, OrderState state) {
        String number = orders.nextNumber(2026);
        long id = orders.insert(new OrderRepository.NewOrder(number, department, OrderOrigin.MANUAL,
                OrderSubject.TEXT, null, null, title, "请说明原因并报送整改措施", 5, 3, LocalDate.of(2026, 12, 7),
                "supervisor1", clock.instant(), null, null)).orElseThrow();
        jdbc.sql("UPDATE supervision_order SET state = :state WHERE id = :id").param("state", state.name())
                .param("id", id).update();
        return number;
    }

    private byte[] export(RequestPostProcessor viewer, String... state) throws Exception {
        return mvc.perform(get("/console/supervision/orders/export").param("state", state).with(viewer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith(ExportedRows.XLSX)))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theDepartmentExportsItsOwnOrdersOfTheStateFilterAndTheSupervisorAllInEnglish() throws Exception {
        long swj = organization.departmentByCode("SWJ").orElseThrow().id();
        long gsj = organization.departmentByCode("GSJ").orElseThrow().id();
        String swjName = organization.department(swj).orElseThrow().name();
        String tag = Long.toString(System.nanoTime(), 36);
        String open = put(swj, "核查13812345678反映的积压 " + tag, OrderState.OPEN);
        String closed = put(swj, "已办结 " + tag, OrderState.CLOSED);
        String other = put(gsj, "他部门 " + tag, OrderState.OPEN);
        String account = "swjresponder" + tag;
        RequestPostProcessor department = TestPrincipals.staff(account, swj, DataScope.of(Set.of(swj)),
                SupervisionOrders.RESPOND);

        List<List<String>> rows = rows(export(department, "OPEN"));
        assertThat(rows.get(0)).containsExactly("督办编号", "责任部门", "督办事项", "来源", "回复期限", "状态", "升级");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).containsOnly(swjName);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(0)).contains(open)
                .doesNotContain(closed, other);
        assertThat(rows).contains(List.of(open, swjName, "核查138****5678反映的积压 " + tag, "人工督办", "2026-12-07",
                "待回复", "蓝色"));
        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT after_summary FROM audit_entry
                 WHERE action = 'supervision.export.orders' AND account = :account AND department_id = :department""")
                .param("account", account).param("department", swj).query(String.class).list())
                .containsExactly("state=OPEN; rows=" + (rows.size() - 1)));

        List<List<String>> all = rows(mvc.perform(get("/console/supervision/orders/export").param("lang", "en")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(all.get(0)).startsWith("Order number", "Department", "Matter");
        assertThat(all).extracting(r -> r.get(0)).contains(open, closed, other);
    }

    @Test
    void theListLinksToTheExportOfItsFilterAndOthersAreRefused() throws Exception {
        mvc.perform(get("/console/supervision/orders").param("state", "RESPONDED").header("HX-Request", "true")
                        .with(httpBasic("supervisor1", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"orders-export\" href=\"/console/supervision/orders/export?state=RESPONDED\"")));
        mvc.perform(get("/console/supervision/orders/export").with(TestPrincipals.staff("violationsonly", null,
                        DataScope.everything(), Violations.VIEW)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/console/supervision/orders/export").with(httpBasic("handler1", PASSWORD)))
                .andExpect(status().isForbidden());
    }
}
