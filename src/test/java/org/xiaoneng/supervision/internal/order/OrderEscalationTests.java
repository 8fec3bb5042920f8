package org.xiaoneng.supervision.internal.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.supervision.Supervision;

/**
 * The escalation ladder, with the test clock moved (never by sleeping) and the sweep called by the test: an order not
 * answered by its response deadline turns orange, and red when the orange stage ends, each step once and alerted to
 * the department's leader once; an order sent back starts the ladder over; a response ends the watch.
 */
@IntegrationTest
class OrderEscalationTests {

    @Autowired SupervisionOrders orders;
    @Autowired Supervision supervision;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired StatutoryCalendar calendar;
    @Autowired OrganizationDirectory organization;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Instant dayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(StatutoryCalendar.ZONE).toInstant();
    }

    private void moveTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    private Escalation awaitEscalation(long id, Escalation expected) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> orders.view(id).escalation(), level -> level == expected);
    }

    private List<String> leaderAlerts(long id) {
        return jdbc.sql("""
                SELECT recipient_ref || ' ' || channel FROM notification_message
                 WHERE idempotency_key LIKE :key ORDER BY id""")
                .param("key", "supervision-order:" + id + ":change:%").query(String.class).list();
    }

    private String leaderOfSwj() {
        long position = organization.positionByCode("SWJ-JZ").orElseThrow().id();
        LocalDate today = LocalDate.ofInstant(clock.instant(), StatutoryCalendar.ZONE);
        return "staff:" + organization.whoActsFor(position, today).orElseThrow().staffId();
    }

    @Test
    void aLateResponseSlipsBlueOrangeRedOnceEachAndTheLeaderIsToldOfEachSlip() {
        long swj = organization.departmentByCode("SWJ").orElseThrow().id();
        OrderView order = orders.issue(new SupervisionOrders.IssueOrder(swj, OrderSubject.TEXT, null, null, null,
                "窗口积压 " + UUID.randomUUID(), "请说明原因"), null).order();
        assertThat(order.escalation()).isEqualTo(Escalation.BLUE);
        // watched in the ledger under the one item of orders (the dashboard groups them there), titled as its stage
        assertThat(jdbc.sql("SELECT item_code || ' ' || item_name || ' ' || stage_name FROM supervision_deadline "
                + "WHERE subject_ref = :ref").param("ref", "order:" + order.id()).query(String.class).single())
                .isEqualTo("SUPERVISION-ORDER 督办件 " + order.title());
        LocalDate issuedOn = LocalDate.ofInstant(order.issuedAt(), StatutoryCalendar.ZONE);
        assertThat(order.responseDue()).isEqualTo(calendar.plusWorkingDays(issuedOn, 5));
        LocalDate orangeUntil = calendar.plusWorkingDays(order.responseDue(), 3);

        // on the response due day itself: still blue
        moveTo(dayAfter(order.responseDue()).minus(Duration.ofMinutes(1)));
        supervision.sweep();
        assertThat(orders.view(order.id()).escalation()).isEqualTo(Escalation.BLUE);

        // the response deadline passed: orange, the leader told once
        moveTo(dayAfter(order.responseDue()).plus(Duration.ofMinutes(1)));
        supervision.sweep();
        supervision.sweep();
        awaitEscalation(order.id(), Escalation.ORANGE);
        String leader = leaderOfSwj();
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(leaderAlerts(order.id()))
                        .containsExactlyInAnyOrder(leader + " PORTAL", leader + " SMS"));

        // the orange stage ended: red
        moveTo(dayAfter(orangeUntil).plus(Duration.ofMinutes(1)));
        supervision.sweep();
        awaitEscalation(order.id(), Escalation.RED);
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(leaderAlerts(order.id())).hasSize(4));
        assertThat(orders.view(order.id()).steps()).extracting(OrderView.Step::action)
                .containsExactly("issued", "escalated.ORANGE", "escalated.RED");
        // the ledger's own red-light alerts are not sent for orders: the order module alerts in its own words
        assertThat(jdbc.sql("""
                SELECT count(*) FROM notification_message m JOIN supervision_light_change c
                    ON m.idempotency_key LIKE 'supervision:' || c.id || ':%'
                  JOIN supervision_deadline d ON d.id = c.deadline_id WHERE d.subject_ref = :ref""")
                .param("ref", "order:" + order.id()).query(Long.class).single()).isZero();

        // answered late, sent back: the ladder starts over from blue
        OrderView responded = orders.respond(order.id(), orders.view(order.id()).version(), "迟复", "整改");
        OrderView returned = orders.sendBack(order.id(), responded.version(), "措施不具体");
        assertThat(returned.state()).isEqualTo(OrderState.OPEN);
        assertThat(returned.responseDue()).isAfter(order.responseDue());
        supervision.sweep();
        awaitEscalation(order.id(), Escalation.BLUE);

        // answered in time: the watch ends, time passing changes nothing
        OrderView answered = orders.respond(order.id(), orders.view(order.id()).version(), "已整改", "已落实");
        moveTo(dayAfter(calendar.plusWorkingDays(returned.responseDue(), 5)));
        supervision.sweep();
        assertThat(orders.view(order.id()).escalation()).isEqualTo(Escalation.BLUE);
        assertThat(orders.view(order.id()).state()).isEqualTo(OrderState.RESPONDED);
        assertThat(answered.version()).isEqualTo(orders.view(order.id()).version());
    }

    /** The light changes of the order's response deadline, oldest first: id and the light it turned to. */
    private List<long[]> changesOf(long orderId) {
        return jdbc.sql("""
                SELECT c.id, c.to_light FROM supervision_light_change c
                  JOIN supervision_deadline d ON d.id = c.deadline_id
                 WHERE d.subject_ref = :ref ORDER BY c.id""")
                .param("ref", "order:" + orderId)
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getString("to_light").equals("RED") ? 2 : 1})
                .list();
    }

    @Test
    void aChangeFromBeforeASendBackDeliveredLateOrAgainEscalatesNothing() {
        long swj = organization.departmentByCode("SWJ").orElseThrow().id();
        OrderView order = orders.issue(new SupervisionOrders.IssueOrder(swj, OrderSubject.TEXT, null, null, null,
                "退回后重投 " + UUID.randomUUID(), "请说明原因"), null).order();
        LocalDate orangeUntil = calendar.plusWorkingDays(order.responseDue(), 3);
        moveTo(dayAfter(order.responseDue()).plus(Duration.ofMinutes(1)));
        supervision.sweep();
        awaitEscalation(order.id(), Escalation.ORANGE);
        moveTo(dayAfter(orangeUntil).plus(Duration.ofMinutes(1)));
        supervision.sweep();
        awaitEscalation(order.id(), Escalation.RED);
        List<long[]> before = changesOf(order.id());
        assertThat(before).hasSize(2);
        long orange = before.get(0)[0];
        long red = before.get(1)[0];
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(leaderAlerts(order.id())).hasSize(4));

        OrderView responded = orders.respond(order.id(), orders.view(order.id()).version(), "迟复", "整改");
        orders.sendBack(order.id(), responded.version(), "措施不具体");
        int steps = orders.view(order.id()).steps().size();
        // the orange slip from before the send back, delivered late (before the sweep saw the new dates)
        orders.lightChanged(order.id(), org.xiaoneng.supervision.Light.GREEN, org.xiaoneng.supervision.Light.YELLOW,
                orange);
        assertThat(orders.view(order.id()).steps()).as("a stale change is no step").hasSize(steps);

        supervision.sweep();
        awaitEscalation(order.id(), Escalation.BLUE);
        int afterSweep = orders.view(order.id()).steps().size();
        int version = orders.view(order.id()).version();
        // the red from before the send back, redelivered: the returned order stays blue, its leader is not told again
        orders.lightChanged(order.id(), org.xiaoneng.supervision.Light.YELLOW, org.xiaoneng.supervision.Light.RED,
                red);
        OrderView after = orders.view(order.id());
        assertThat(after.escalation()).isEqualTo(Escalation.BLUE);
        assertThat(after.steps()).hasSize(afterSweep);
        assertThat(after.version()).isEqualTo(version);
        assertThat(leaderAlerts(order.id())).hasSize(4);
    }
}
