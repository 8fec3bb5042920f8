package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseDeadlinesChanged;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.DeadlineKind;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.TaskOutcome;
import org.xiaoneng.casework.WatchedDeadline;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;

/**
 * The ledger on the real database: a case accepted through the casework facade appears in it, and the sweep — called
 * by the test, with the test clock moved, never by sleeping — turns it yellow and then red, each once, with its alerts
 * queued once; a suspension stops its clock, a withdrawal closes it.
 */
@IntegrationTest
class SupervisionLedgerTests {

    @Autowired Casework casework;
    @Autowired ItemCatalog catalog;
    @Autowired Supervision supervision;
    @Autowired OrganizationDirectory organization;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired StatutoryCalendar calendar;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    Ledgers ledgers;

    @BeforeEach
    void ledgers() {
        ledgers = new Ledgers(casework, catalog, jdbc, clock);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAcceptedCaseIsWatchedAndTurnsYellowThenRedOnceWithItsAlertsQueuedOnce() {
        CaseView received = ledgers.received();
        String intake = "case:" + received.id() + ":acceptance";
        ledgers.await(intake, r -> r.state().equals("OPEN"));
        casework.accept(received.id(), received.version(), List.of());

        String ref = "case:" + received.id();
        Ledgers.Row green = ledgers.await(ref, r -> r.state().equals("OPEN"));
        ledgers.await(intake, r -> r.state().equals("CLOSED") && r.nextChangeAt() == null);
        assertThat(green.light()).isEqualTo("GREEN");
        assertThat(green.dueOn()).isEqualTo(casework.find(received.id()).deadlines().due());
        assertThat(green.yellowAt()).isBefore(green.dueAt());
        assertThat(green.nextChangeAt()).isEqualTo(green.yellowAt());
        assertThat(green.departmentId()).isEqualTo(organization.departmentByCode("SWJ").orElseThrow().id());
        assertThat(ledgers.await(ref + ":task:1", r -> r.state().equals("OPEN")).positionId())
                .isEqualTo(green.positionId());

        supervision.sweep();
        assertThat(ledgers.row(ref).orElseThrow().light()).isEqualTo("GREEN");

        // the warning threshold is reached
        ledgers.moveTo(green.yellowAt().plus(Duration.ofMinutes(1)));
        supervision.sweep();
        Ledgers.Row yellow = ledgers.row(ref).orElseThrow();
        assertThat(yellow.light()).isEqualTo("YELLOW");
        assertThat(yellow.nextChangeAt()).isEqualTo(green.dueAt());
        List<Ledgers.Change> changes = ledgers.changes(green.id());
        assertThat(changes).extracting(c -> c.from() + ">" + c.to() + " " + c.cause())
                .containsExactly("GREEN>YELLOW clock");
        String responsible = "staff:" + actingFor(green.positionId());
        assertThat(ledgers.alerts(changes.get(0).id(), "staff"))
                .containsExactly(responsible + " PORTAL", responsible + " SMS");
        assertThat(ledgers.alerts(changes.get(0).id(), "leader")).isEmpty();

        supervision.sweep();
        assertThat(ledgers.changes(green.id())).hasSize(1);

        // the due day is over
        ledgers.moveTo(green.dueAt().plus(Duration.ofMinutes(1)));
        supervision.sweep();
        supervision.sweep();
        Ledgers.Row red = ledgers.row(ref).orElseThrow();
        assertThat(red.light()).isEqualTo("RED");
        assertThat(red.nextChangeAt()).isNull();
        changes = ledgers.changes(green.id());
        assertThat(changes).extracting(c -> c.from() + ">" + c.to()).containsExactly("GREEN>YELLOW", "YELLOW>RED");
        long redChange = changes.get(1).id();
        String responsibleNow = "staff:" + actingFor(green.positionId());
        assertThat(ledgers.alerts(redChange, "staff"))
                .containsExactly(responsibleNow + " PORTAL", responsibleNow + " SMS");
        String leader = "staff:" + leaderOfSwj();
        assertThat(ledgers.alerts(redChange, "leader")).containsExactly(leader + " PORTAL", leader + " SMS");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM notification_message WHERE idempotency_key LIKE :prefix""")
                .param("prefix", "supervision:" + redChange + ":%").query(Long.class).single()).isEqualTo(4);

        // every light change is audited, once
        Ledgers.awaitQuietly(() -> assertThat(jdbc.sql("""
                SELECT action FROM audit_entry WHERE record_type = 'deadline' AND record_id = :ref ORDER BY seq""")
                .param("ref", ref).query(String.class).list())
                .containsExactly("supervision.deadline.yellow", "supervision.deadline.red"));
    }

    @Test
    void aSuspensionStopsTheLightsAndAWithdrawalClosesThem() {
        CaseView accepted = ledgers.accepted();
        String ref = "case:" + accepted.id();
        Ledgers.Row before = ledgers.await(ref, r -> r.state().equals("OPEN"));
        CaseView started = casework.startProcessing(accepted.id(), accepted.version(), null);
        CaseView suspended = casework.suspend(started.id(), started.version(), null, SpecialProcedure.EXPERT_REVIEW,
                "外资准入事项须经专家评审");
        Ledgers.Row stopped = ledgers.await(ref, r -> r.state().equals("SUSPENDED"));
        assertThat(stopped.nextChangeAt()).isNull();
        ledgers.await(ref + ":task:1", r -> r.state().equals("SUSPENDED"));

        // long past the due day: a stopped clock does not light up
        ledgers.moveTo(before.dueAt().plus(Duration.ofDays(10)));
        supervision.sweep();
        assertThat(ledgers.row(ref).orElseThrow().light()).isEqualTo("GREEN");
        assertThat(ledgers.changes(before.id())).isEmpty();

        // the clock runs again with the days that remained: the due day moved on by the days it stood still
        CaseView resumed = casework.resume(suspended.id(), suspended.version(), null, "评审结束");
        Ledgers.Row running = ledgers.await(ref, r -> r.state().equals("OPEN"));
        assertThat(running.dueOn()).isAfter(before.dueOn()).isEqualTo(resumed.deadlines().due());
        supervision.sweep();
        assertThat(ledgers.row(ref).orElseThrow().light()).isNotEqualTo("RED");

        casework.withdraw(resumed.id(), resumed.version(), "申请人撤回申请");
        Ledgers.Row closed = ledgers.await(ref, r -> r.state().equals("CLOSED"));
        assertThat(closed.nextChangeAt()).isNull();
        ledgers.await(ref + ":task:1", r -> r.state().equals("CLOSED"));
        int changes = ledgers.changes(before.id()).size();
        ledgers.moveTo(running.dueAt().plus(Duration.ofDays(30)));
        supervision.sweep();
        assertThat(ledgers.changes(before.id())).hasSize(changes);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM supervision_deadline WHERE source_ref = :source AND state <> 'CLOSED'""")
                .param("source", ref).query(Long.class).single()).isZero();
    }

    /**
     * The licence (发证期限) as casework announces it after an approval (the snapshot is published here, in a
     * transaction of its own, because the casework facade's approval needs the full process with its positions): it
     * is watched from the approval, and a licence not issued by its due day turns red once, alerting the decider and
     * the department leader; the snapshot of the issue closes it.
     */
    @Test
    void aLicenceNotIssuedInTimeTurnsRedAndItsIssueClosesIt() {
        CaseView accepted = ledgers.accepted();
        Ledgers.Row whole = ledgers.await("case:" + accepted.id(), r -> r.state().equals("OPEN"));
        LocalDate approvedOn = today();
        LocalDate due = calendar.plusWorkingDays(approvedOn, 10);
        Long decider = organization.whoActsFor(whole.positionId(), approvedOn).map(Acting::staffId).orElseThrow();
        announceLicence(accepted, 100, due, whole, decider, true);

        String ref = "case:" + accepted.id() + ":licence";
        Ledgers.Row green = ledgers.await(ref, r -> r.state().equals("OPEN"));
        assertThat(green.light()).isEqualTo("GREEN");
        assertThat(green.dueOn()).isEqualTo(due);
        assertThat(jdbc.sql("SELECT subject_type FROM supervision_deadline WHERE id = :id").param("id", green.id())
                .query(String.class).single()).isEqualTo("CASE_LICENCE");

        ledgers.moveTo(green.dueAt().plus(Duration.ofMinutes(1)));
        supervision.sweep();
        supervision.sweep();
        Ledgers.Row red = ledgers.row(ref).orElseThrow();
        assertThat(red.light()).isEqualTo("RED");
        List<Ledgers.Change> changes = ledgers.changes(green.id());
        assertThat(changes).extracting(Ledgers.Change::to).endsWith("RED").containsOnlyOnce("RED");
        long redChange = changes.get(changes.size() - 1).id();
        assertThat(ledgers.alerts(redChange, "staff"))
                .containsExactly("staff:" + decider + " PORTAL", "staff:" + decider + " SMS");
        String leader = "staff:" + leaderOfSwj();
        assertThat(ledgers.alerts(redChange, "leader")).containsExactly(leader + " PORTAL", leader + " SMS");

        // issued late: the deadline ends, its light stays as the record of the delay
        announceLicence(accepted, 101, due, whole, decider, false);
        Ledgers.Row closed = ledgers.await(ref, r -> r.state().equals("CLOSED"));
        assertThat(closed.nextChangeAt()).isNull();
        assertThat(closed.light()).isEqualTo("RED");
    }

    /**
     * The same licence deadline through the whole stack: the case is processed and approved through the casework
     * facade by the accounts that hold its positions, casework announces the licence deadline itself, and the issue of
     * the licence closes it.
     */
    @Test
    void anApprovalThroughCaseworkOpensTheLicenceDeadlineForTheApproverAndTheIssueClosesIt() {
        CaseView c = ledgers.accepted();
        c = as("handler1", c, v -> casework.startProcessing(v.id(), v.version(), null));
        c = as("clerk1", c, v -> casework.claim(v.id(), v.version(), 1));
        c = as("clerk1", c, v -> casework.complete(v.id(), v.version(), 1, TaskOutcome.PASS, "材料齐全，转承办", null));
        c = as("handler1", c, v -> casework.claim(v.id(), v.version(), 2));
        c = as("handler1", c, v -> casework.complete(v.id(), v.version(), 2, TaskOutcome.PASS, "符合条件", null));
        c = as("reviewer1", c, v -> casework.claim(v.id(), v.version(), 3));
        c = as("reviewer1", c, v -> casework.complete(v.id(), v.version(), 3, TaskOutcome.PASS, "审核同意", null));
        c = as("approver1", c, v -> casework.decide(v.id(), v.version(), null, Outcome.APPROVED, "符合外商投资准入要求",
                "《中华人民共和国外商投资法》第四条"));

        String ref = "case:" + c.id() + ":licence";
        Ledgers.Row licence = ledgers.await(ref, r -> r.state().equals("OPEN"));
        assertThat(licence.dueOn()).isEqualTo(calendar.plusWorkingDays(today(), 10));
        assertThat(licence.staffId()).isEqualTo(organization.staffIdOf("approver1").orElseThrow());
        ledgers.await("case:" + c.id(), r -> r.state().equals("CLOSED"));

        ledgers.moveTo(licence.dueAt().plus(Duration.ofMinutes(1)));
        supervision.sweep();
        assertThat(ledgers.row(ref).orElseThrow().light()).isEqualTo("RED");

        as("handler1", c, v -> casework.issueCertificate(v.id(), v.version(), null));
        Ledgers.Row closed = ledgers.await(ref, r -> r.state().equals("CLOSED"));
        assertThat(closed.light()).isEqualTo("RED");
    }

    private CaseView as(String account, CaseView current, UnaryOperator<CaseView> step) {
        long departmentId = organization.departmentByCode("SWJ").orElseThrow().id();
        TestPrincipals.Staff staff = new TestPrincipals.Staff(account, account, departmentId, null,
                DataScope.everything());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(staff, null, List.of()));
        try {
            return step.apply(casework.find(current.id()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void announceLicence(CaseView c, int eventSeq, LocalDate due, Ledgers.Row decided, long decider,
            boolean open) {
        WatchedDeadline licence = new WatchedDeadline(DeadlineKind.LICENCE, "licence", due,
                WatchedDeadline.overdueFrom(due), 10, null, null, decided.departmentId(), decided.positionId(), null,
                decider, null, true, open);
        transactions.executeWithoutResult(status -> events.publishEvent(new CaseDeadlinesChanged(c.id(), c.number(),
                "SWJ-XK-001", "外商投资企业设立审批", decided.departmentId(), eventSeq, c.deadlines().calendarRevision(),
                open ? CaseState.DECIDED : CaseState.DELIVERED, false, List.of(licence),
                open ? "casework.case.decided" : "casework.case.certificate-issued", clock.instant())));
    }

    private long actingFor(Long positionId) {
        return organization.whoActsFor(positionId, today()).map(Acting::staffId).orElseThrow();
    }

    private long leaderOfSwj() {
        long head = organization.positionByCode("SWJ-JZ").orElseThrow().id();
        return organization.whoActsFor(head, today()).map(Acting::staffId).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), StatutoryCalendar.ZONE);
    }
}
