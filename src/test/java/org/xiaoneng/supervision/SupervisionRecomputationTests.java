package org.xiaoneng.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.IntegrationTest;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.calendar.internal.CalendarIndexes;
import org.xiaoneng.casework.CaseDeadlinesChanged;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.DeadlineKind;
import org.xiaoneng.casework.WatchedDeadline;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.internal.Recomputation;

/**
 * A calendar correction moves yellow instants: an admin turns a working day into a holiday in the console, the
 * recomputation (after the correction's commit, in SQL over the ledger) moves the yellow instant of a deadline whose
 * last days it shortens, and the next sweep — with the test clock, never sleeping — turns its light yellow once, with
 * cause {@code calendar.corrected} and its alert; taking the holiday back turns it green again, once, alerting nobody.
 * The deadline is announced as casework would (a snapshot for a case casework does not hold, so that its due day stays
 * put and only the yellow instant moves); dates in 2027, a year whose notice is not loaded (weekday rule).
 */
@IntegrationTest
class SupervisionRecomputationTests {

    /** Friday: due on it, 10 working days, so the default threshold is 2 working days: yellow from Wednesday 06-16. */
    private static final LocalDate DUE = LocalDate.of(2027, 6, 18);
    private static final LocalDate WEDNESDAY = LocalDate.of(2027, 6, 16);
    private static final LocalDate THURSDAY = LocalDate.of(2027, 6, 17);
    private static final LocalDate TUESDAY = LocalDate.of(2027, 6, 15);

    @Autowired Casework casework;
    @Autowired ItemCatalog catalog;
    @Autowired Supervision supervision;
    @Autowired OrganizationDirectory organization;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired CalendarIndexes calendarIndexes;
    @Autowired StatutoryCalendar calendar;
    @Autowired MockMvc mvc;

    Ledgers ledgers;

    @BeforeEach
    void ledgers() {
        ledgers = new Ledgers(casework, catalog, jdbc, clock);
    }

    @AfterEach
    void putBack() {
        clock.reset();
        if (jdbc.sql("DELETE FROM calendar_day WHERE day = :day").param("day", THURSDAY).update() > 0) {
            calendarIndexes.reload();
        }
    }

    @Test
    void aDayTurnedIntoAHolidayMovesTheYellowInstantAndTheLightChangesOnce() throws Exception {
        // Tuesday noon: green, yellow from Wednesday
        ledgers.moveTo(at(TUESDAY).plusSeconds(12 * 3600));
        long caseId = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        long department = organization.departmentByCode("SWJ").orElseThrow().id();
        long position = organization.positionByCode("SWJ-CB").orElseThrow().id();
        long staff = organization.whoActsFor(position, TUESDAY).map(Acting::staffId).orElseThrow();
        announce(caseId, department, position, staff);
        String ref = "case:" + caseId;
        Ledgers.Row green = ledgers.await(ref, r -> r.state().equals("OPEN"));
        assertThat(green.yellowAt()).isEqualTo(at(WEDNESDAY));
        assertThat(green.nextChangeAt()).isEqualTo(at(WEDNESDAY));
        supervision.sweep();
        assertThat(ledgers.row(ref).orElseThrow().light()).isEqualTo("GREEN");

        // Thursday becomes a holiday: two working days are left from Tuesday on, so the light is yellow from Tuesday
        mvc.perform(post("/console/calendar/days").with(admin()).with(csrf())
                        .param("date", THURSDAY.toString()).param("kind", "LOCAL_HOLIDAY").param("name", "临时休假"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(THURSDAY)).isFalse();
        Ledgers.Row moved = ledgers.await(ref, r -> r.yellowAt().equals(at(TUESDAY)));
        assertThat(moved.light()).isEqualTo("GREEN");
        assertThat(moved.dueOn()).isEqualTo(DUE);
        assertThat(moved.nextChangeAt()).isNotNull().isBeforeOrEqualTo(clock.instant());

        supervision.sweep();
        supervision.sweep();
        Ledgers.Row yellow = ledgers.row(ref).orElseThrow();
        assertThat(yellow.light()).isEqualTo("YELLOW");
        assertThat(yellow.nextChangeAt()).isEqualTo(green.dueAt());
        List<Ledgers.Change> changes = ledgers.changes(green.id());
        assertThat(changes).extracting(c -> c.from() + ">" + c.to() + " " + c.cause())
                .containsExactly("GREEN>YELLOW " + Recomputation.CAUSE);
        assertThat(ledgers.alerts(changes.get(0).id(), "staff"))
                .containsExactly("staff:" + staff + " PORTAL", "staff:" + staff + " SMS");
        Ledgers.awaitQuietly(() -> assertThat(jdbc.sql("""
                SELECT after_summary FROM audit_entry WHERE record_type = 'deadline' AND record_id = :ref ORDER BY seq""")
                .param("ref", ref).query(String.class).list())
                .singleElement().asString().startsWith("YELLOW").contains(Recomputation.CAUSE));

        // the holiday taken back: yellow from Wednesday again, so green on Tuesday — changed once, alerting nobody
        int version = jdbc.sql("SELECT version FROM calendar_day WHERE day = :day").param("day", THURSDAY)
                .query(Integer.class).single();
        mvc.perform(post("/console/calendar/days/{date}/remove", THURSDAY).with(admin()).with(csrf())
                        .param("version", "" + version))
                .andExpect(status().is3xxRedirection());
        ledgers.await(ref, r -> r.yellowAt().equals(at(WEDNESDAY)));
        supervision.sweep();
        supervision.sweep();
        Ledgers.Row back = ledgers.row(ref).orElseThrow();
        assertThat(back.light()).isEqualTo("GREEN");
        assertThat(back.nextChangeAt()).isEqualTo(at(WEDNESDAY));
        changes = ledgers.changes(green.id());
        assertThat(changes).extracting(c -> c.from() + ">" + c.to() + " " + c.cause())
                .containsExactly("GREEN>YELLOW " + Recomputation.CAUSE, "YELLOW>GREEN " + Recomputation.CAUSE);
        assertThat(ledgers.alerts(changes.get(1).id(), "staff")).isEmpty();
    }

    private void announce(long caseId, long department, long position, long staff) {
        WatchedDeadline deadline = new WatchedDeadline(DeadlineKind.CASE, "case", DUE, WatchedDeadline.overdueFrom(DUE),
                10, null, null, department, position, "承办岗", staff, null, false, true);
        transactions.executeWithoutResult(status -> events.publishEvent(new CaseDeadlinesChanged(caseId,
                "XN-RECOMPUTE-" + caseId, "SWJ-XK-001", "外商投资企业设立审批", department, 1, calendar.revision(),
                CaseState.ACCEPTED, false, List.of(deadline), "casework.case.accepted", clock.instant())));
    }

    private static Instant at(LocalDate day) {
        return LocalDateTime.of(day, java.time.LocalTime.MIDNIGHT).atZone(StatutoryCalendar.ZONE).toInstant();
    }

    private static RequestPostProcessor admin() {
        return TestPrincipals.staff("admin", null, DataScope.everything(), "calendar:day:edit");
    }
}
