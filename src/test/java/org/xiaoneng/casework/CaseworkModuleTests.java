package org.xiaoneng.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.IntegrationTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.TestClock;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.platform.ConflictException;

/**
 * The facade on the real database, outside a request (as a scheduler or another module calls it): the deemed
 * acceptance sweep, and two writers racing for the same version.
 */
@IntegrationTest
class CaseworkModuleTests {

    @Autowired
    Casework casework;

    @Autowired
    ItemCatalog catalog;

    @Autowired
    StatutoryCalendar calendar;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    CaseView receive() {
        ItemVersion item = catalog.currentVersion("SWJ-XK-001").orElseThrow();
        List<String> supplied = item.details().materials().stream().filter(Material::required).map(Material::name)
                .toList();
        ReceiveApplication application = new ReceiveApplication(item.id(), new ReceiveApplication.ApplicantData(
                ApplicantKind.ENTERPRISE, "示范贸易有限公司", "91350100MA2Y000001", "059112345678"), Channel.ONLINE,
                supplied);
        return casework.receive(application, null).view();
    }

    @Test
    void aCaseWithoutAnIntakeDecisionForFiveWorkingDaysIsDeemedAcceptedFromTheDayOfReceiptOnce() {
        CaseView received = receive();
        LocalDate receiptDay = calendar.today();
        assertThat(received.deadlines().acceptanceDue()).isEqualTo(calendar.plusWorkingDays(receiptDay, 5));
        casework.deemAcceptedWhereDue();
        assertThat(casework.find(received.id()).state()).isEqualTo(CaseState.RECEIVED);

        clock.advance(Duration.ofDays(20));
        assertThat(casework.deemAcceptedWhereDue()).isGreaterThanOrEqualTo(1);
        CaseView deemed = casework.find(received.id());
        assertThat(deemed.state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(deemed.deadlines().acceptedOn()).isEqualTo(receiptDay);
        assertThat(deemed.history()).extracting(CaseHistoryEntry::type)
                .containsExactly(CaseEventType.RECEIVED, CaseEventType.DEEMED_ACCEPTED);
        assertThat(deemed.history().get(1).account()).isEqualTo("system");

        // the applicant is told, once, in the portal and by SMS (no e-mail address was given)
        assertThat(jdbc.sql("""
                SELECT channel FROM notification_message WHERE idempotency_key = :key AND template_key = 'case.accepted'
                ORDER BY channel""").param("key", "case:" + received.id() + ":2").query(String.class).list())
                .containsExactly("PORTAL", "SMS");
        casework.deemAcceptedWhereDue();
        assertThat(casework.find(received.id()).history()).hasSize(2);
        assertThat(jdbc.sql("SELECT accepted_on FROM casework_case WHERE id = :id").param("id", received.id())
                .query(LocalDate.class).single()).isEqualTo(receiptDay);
    }

    @Test
    void aCalendarCorrectionMovesTheStoredDatesOfOpenCases() throws Exception {
        CaseView received = receive();
        CaseView accepted = casework.accept(received.id(), received.version(), List.of());
        LocalDate due = accepted.deadlines().due();
        LocalDate dayOff = calendar.plusWorkingDays(calendar.today(), 1);
        assertThat(dayOff).isBefore(due);
        mvc.perform(post("/console/calendar/days").with(calendarAdmin()).with(csrf())
                        .param("date", dayOff.toString()).param("kind", "LOCAL_HOLIDAY").param("name", "示范市防汛"))
                .andExpect(status().is3xxRedirection());
        try {
            LocalDate moved = calendar.plusWorkingDays(due, 1);
            assertThat(casework.find(accepted.id()).deadlines().due()).isEqualTo(moved);
            // the projection (read by lists and sweeps) follows once the correction is committed and announced
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(storedDue(accepted.id()))
                    .isEqualTo(moved));
        } finally {
            int version = jdbc.sql("SELECT version FROM calendar_day WHERE day = :day").param("day", dayOff)
                    .query(Integer.class).single();
            mvc.perform(post("/console/calendar/days/{date}/remove", dayOff).with(calendarAdmin()).with(csrf())
                            .param("version", "" + version))
                    .andExpect(status().is3xxRedirection());
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(storedDue(accepted.id()))
                .isEqualTo(due));
    }

    LocalDate storedDue(long id) {
        return jdbc.sql("SELECT due_date FROM casework_case WHERE id = :id").param("id", id).query(LocalDate.class)
                .single();
    }

    static RequestPostProcessor calendarAdmin() {
        return TestPrincipals.staff("admin", null, DataScope.everything(), "calendar:day:edit");
    }

    @Test
    void ofTwoWritersOnTheSameVersionOneWinsAndTheOtherGetsAConflictWithNothingHalfWritten() throws Exception {
        CaseView received = receive();
        CountDownLatch start = new CountDownLatch(1);
        Callable<String> accept = () -> {
            start.await();
            casework.accept(received.id(), received.version(), List.of());
            return "accepted";
        };
        Callable<String> refuse = () -> {
            start.await();
            casework.refuse(received.id(), received.version(), "不属于本机关职权范围");
            return "refused";
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>(List.of(pool.submit(accept), pool.submit(refuse)));
            start.countDown();
            int won = 0;
            int conflicts = 0;
            for (Future<String> result : results) {
                try {
                    result.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    conflicts++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        CaseView after = casework.find(received.id());
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.history()).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM casework_case_event WHERE case_id = :id")
                .param("id", after.id()).query(Integer.class).single()).isEqualTo(2);
    }
}
