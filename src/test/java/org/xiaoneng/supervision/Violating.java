package org.xiaoneng.supervision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.xiaoneng.TestClock;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.ReceiveApplication;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.StaffPrincipal;
import org.xiaoneng.supervision.internal.violation.RuleSettings;

/**
 * What the violation tests share: cases made through the casework facade, by demo staff signed in for the call (their
 * account is who acts; their scope is the whole city unless a permission is withheld), the violations recorded for a
 * case read straight from the register, and the rule settings put back after a test changed them.
 */
final class Violating {

    static final String ITEM = "SWJ-XK-001";

    private final Casework casework;
    private final ItemCatalog catalog;
    private final JdbcClient jdbc;
    private final TestClock clock;
    private final RuleSettings settings;

    Violating(Casework casework, ItemCatalog catalog, JdbcClient jdbc, TestClock clock, RuleSettings settings) {
        this.casework = casework;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** A signed-in staff member: the whole city in scope, except for the permissions withheld. */
    record Staff(String account, Set<String> withheld) implements StaffPrincipal {

        @Override
        public String displayName() {
            return account;
        }

        @Override
        public @Nullable Long departmentId() {
            return null;
        }

        @Override
        public @Nullable String positionName() {
            return null;
        }

        @Override
        public DataScope dataScope() {
            return DataScope.everything();
        }

        @Override
        public DataScope dataScopeFor(String permission) {
            return withheld.contains(permission) ? DataScope.nothing() : DataScope.everything();
        }
    }

    /** Runs the call as the account (signed in for it only). */
    static <T> T as(String account, Supplier<T> call, String... withheld) {
        Staff staff = new Staff(account, Set.copyOf(Arrays.asList(withheld)));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(staff, null, List.of()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    ItemVersion item() {
        return catalog.currentVersion(ITEM).orElseThrow();
    }

    List<String> requiredMaterials() {
        return item().details().materials().stream().filter(Material::required).map(Material::name).toList();
    }

    /** Received by the system (online hall), with the materials given. */
    CaseView received(Channel channel, List<String> supplied) {
        return casework.receive(new ReceiveApplication(item().id(), new ReceiveApplication.ApplicantData(
                ApplicantKind.ENTERPRISE, "示范违规检测有限公司", "91350100MA2Y0VIO01", "059112340000"), channel,
                supplied), null).view();
    }

    CaseView received() {
        return received(Channel.ONLINE, requiredMaterials());
    }

    CaseView accepted() {
        CaseView received = received();
        return casework.accept(received.id(), received.version(), List.of());
    }

    /** A recorded violation, as the register holds it. */
    record Found(long id, String rule, @Nullable Long staffId, @Nullable String staffName, @Nullable Long positionId,
            @Nullable String positionName, long departmentId, @Nullable String itemCode, @Nullable Long caseId,
            @Nullable String caseNumber, Instant occurredAt, String descriptionKey, List<String> args,
            List<String> evidence) {
    }

    List<Found> of(long caseId, String rule) {
        return jdbc.sql("""
                SELECT id, rule, staff_id, staff_name, position_id, position_name, department_id, item_code, case_id,
                       case_number, occurred_at, description_key, description_args, evidence
                  FROM supervision_violation WHERE case_id = :case AND rule = :rule ORDER BY id""")
                .param("case", caseId).param("rule", rule)
                .query((rs, n) -> new Found(rs.getLong("id"), rs.getString("rule"), (Long) rs.getObject("staff_id"),
                        rs.getString("staff_name"), (Long) rs.getObject("position_id"), rs.getString("position_name"),
                        rs.getLong("department_id"), rs.getString("item_code"), (Long) rs.getObject("case_id"),
                        rs.getString("case_number"),
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                        rs.getString("description_key"),
                        Arrays.asList((String[]) rs.getArray("description_args").getArray()),
                        Arrays.asList((String[]) rs.getArray("evidence").getArray())))
                .list();
    }

    /** The one violation of the rule for the case, once recorded (detection runs after the commit). */
    Found await(long caseId, String rule) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> of(caseId, rule), found -> !found.isEmpty()).get(0);
    }

    /** Waits until the violation listeners finished every event published so far, so that "nothing recorded" is true. */
    void awaitListeners() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.sql("""
                        SELECT count(*) FROM event_publication
                         WHERE completion_date IS NULL AND listener_id LIKE '%.internal.violation.%'""")
                        .query(Long.class).single() == 0);
    }

    /** The audit entries of the violation found. */
    List<String> audited(long violationId) {
        return jdbc.sql("""
                SELECT action FROM audit_entry WHERE record_type = 'violation' AND record_id = :id ORDER BY seq""")
                .param("id", String.valueOf(violationId)).query(String.class).list();
    }

    void setting(org.xiaoneng.supervision.ViolationRule rule, boolean enabled, @Nullable Integer days) {
        settings.change(rule, enabled, days, settings.of(rule).version());
    }

    /** 10:00 Beijing time on the day. */
    void moveTo(LocalDate day) {
        Instant target = day.atTime(10, 0).atZone(StatutoryCalendar.ZONE).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    void moveTo(Instant target) {
        clock.advance(Duration.between(clock.instant(), target));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), StatutoryCalendar.ZONE);
    }
}
