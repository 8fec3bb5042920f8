package org.xiaoneng.supervision.internal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.ViolationFound;
import org.xiaoneng.supervision.ViolationRule;
import org.xiaoneng.supervision.internal.LightsSwept;

/**
 * Orders the policy issues: one per violation found (the contract with rule detection, {@link ViolationFound}),
 * however often the event is delivered; one per case deadline turning red only when that switch is on (off by
 * default); none for the red light of an order itself.
 */
@IntegrationTest
class OrderPolicyTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired OrganizationDirectory organization;
    @Autowired TestClock clock;

    @AfterEach
    void restore() {
        jdbc.sql("UPDATE supervision_policy SET auto_order_on_violation = TRUE, auto_order_on_red = FALSE").update();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<String> ordersWithOrigin(String originKey) {
        return jdbc.sql("""
                SELECT origin || ' ' || subject_kind || ' ' || department_id || ' ' || title
                  FROM supervision_order WHERE origin_key = :key""")
                .param("key", originKey).query(String.class).list();
    }

    @Test
    void aViolationFoundIssuesOneOrderToTheDepartmentResponsible() {
        long gsj = organization.departmentByCode("GSJ").orElseThrow().id();
        long violation = 800_000_000L + System.nanoTime() % 1_000_000L;
        ViolationFound found = new ViolationFound(violation, ViolationRule.SECOND_CORRECTION, null, null, gsj,
                "GSJ-DJ-001", null, "2026GSJ0000042", clock.instant());
        publish(found);
        publish(found);
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(ordersWithOrigin("violation:" + violation)).hasSize(1));
        assertThat(ordersWithOrigin("violation:" + violation).get(0))
                .isEqualTo("VIOLATION VIOLATION " + gsj + " 违规督办：二次补正");
        // an overdue case is a red light: the red-light switch (off) decides, not this one
        publish(new ViolationFound(violation + 1, ViolationRule.CASE_OVERDUE, null, null, gsj, "GSJ-DJ-001", null,
                "2026GSJ0000043", clock.instant()));
        publish(new ViolationFound(violation + 2, ViolationRule.REFUSAL_WITHOUT_REASON, null, null, gsj,
                "GSJ-DJ-001", null, "2026GSJ0000044", clock.instant()));
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(ordersWithOrigin("violation:" + (violation + 2))).hasSize(1));
        assertThat(ordersWithOrigin("violation:" + (violation + 1))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM supervision_deadline d JOIN supervision_order o"
                        + " ON d.subject_ref = 'order:' || o.id WHERE o.origin_key = :key")
                .param("key", "violation:" + violation).query(Long.class).single())
                .as("its response deadline is watched").isEqualTo(1);
    }

    @Test
    void aRedCaseDeadlineIssuesAnOrderOnlyWhenThePolicySaysSo() {
        long swj = organization.departmentByCode("SWJ").orElseThrow().id();
        long change = 700_000_000L + System.nanoTime() % 1_000_000L;
        publish(red(change, DeadlineSubject.CASE_LICENCE, swj));
        // switched off by default: once the listener has completed, nothing was issued
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("""
                SELECT count(*) FROM event_publication
                 WHERE listener_id LIKE '%OrderPolicy%' AND serialized_event LIKE :change""")
                .param("change", "%[" + change + "]%").query(Long.class).single() == 0);
        assertThat(ordersWithOrigin("red:" + change)).isEmpty();

        jdbc.sql("UPDATE supervision_policy SET auto_order_on_red = TRUE").update();
        publish(red(change + 1, DeadlineSubject.CASE_LICENCE, swj));
        publish(red(change + 2, DeadlineSubject.SUPERVISION_ORDER, swj));
        Awaitility.await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(ordersWithOrigin("red:" + (change + 1))).hasSize(1));
        assertThat(ordersWithOrigin("red:" + (change + 1)).get(0)).startsWith("RED_LIGHT DEADLINE " + swj + " 超期督办");
        assertThat(ordersWithOrigin("red:" + (change + 2))).as("an order is not ordered about").isEmpty();
    }

    /**
     * A sweep batch of one red light, as the sweep publishes it: the change in the light history, of a closed deadline
     * and long ago, so that no dashboard, violation scan or accountability count of other tests sees it.
     */
    private LightsSwept red(long changeId, DeadlineSubject subject, long department) {
        long deadline = jdbc.sql("""
                INSERT INTO supervision_deadline (subject_type, subject_ref, source_ref, source_seq, source_revision,
                       case_number, item_code, item_name, department_id, limit_working_days, warning_working_days,
                       due_on, due_at, yellow_at, light, state, registered_at, updated_at)
                VALUES (:subject, :ref, :ref, 1, 0, :number, 'TEST', '测试事项', :department, 5, 1, DATE '2000-01-07',
                       TIMESTAMPTZ '2000-01-07 00:00+08', TIMESTAMPTZ '2000-01-06 00:00+08', 'RED', 'CLOSED', now(),
                       now())
                RETURNING id""")
                .param("subject", subject.name()).param("ref", "test:" + changeId)
                .param("number", "2026SWJ9" + changeId % 100000).param("department", department)
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO supervision_light_change (id, deadline_id, from_light, to_light, changed_at, cause,
                                                      department_id)
                VALUES (:id, :deadline, 'YELLOW', 'RED', TIMESTAMPTZ '2000-01-07 00:00+08', 'clock', :department)""")
                .param("id", changeId).param("deadline", deadline).param("department", department)
                .update();
        return new LightsSwept(List.of(changeId), clock.instant());
    }
}
