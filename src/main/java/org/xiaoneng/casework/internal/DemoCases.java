package org.xiaoneng.casework.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.Applicant;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.casework.TaskOutcome;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcessTask;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.Actor;

/**
 * A handful of 示范市 cases at every step, so that the console, the inboxes and the portal have something to show:
 * one waiting at the window, one waiting for corrected materials, one in each inbox of 市商务局, one suspended for
 * expert review, one overdue, one closed and published. Loaded when demo data is on and there are no cases yet; the
 * steps go through the case's own rules with the demo staff as actors (holders of the process positions), at instants
 * in the past. Seed rows are not audited or notified: nobody made them; their deadlines are announced to supervision.
 * Runs after the catalog's demo data.
 */
@Component
@Order(400)
@ConditionalOnBooleanProperty(name = "xiaoneng.demo.enabled")
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final String ITEM = "SWJ-XK-001";

    private final JdbcClient jdbc;
    private final CaseRepository cases;
    private final ItemCatalog catalog;
    private final StatutoryCalendar calendar;
    private final OrganizationDirectory organization;
    private final CaseService service;
    private final DeadlineAnnouncements deadlines;
    private final Clock clock;

    DemoCases(JdbcClient jdbc, CaseRepository cases, ItemCatalog catalog, StatutoryCalendar calendar,
            OrganizationDirectory organization, CaseService service, DeadlineAnnouncements deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.catalog = catalog;
        this.calendar = calendar;
        this.organization = organization;
        this.service = service;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<ItemVersion> found = catalog.currentVersion(ITEM);
        if (found.isEmpty() || jdbc.sql("SELECT count(*) FROM casework_case").query(Long.class).single() > 0) {
            return;
        }
        ItemVersion item = found.get();
        List<String> all = item.details().materials().stream().filter(Material::required).map(Material::name)
                .toList();
        List<String> allButOne = all.subList(0, all.size() - 1);

        Case waiting = receive(item, person("王小明", "110101199001011234", "13800000001"), Channel.WINDOW, all, 0);
        save(waiting, item);

        Case correcting = receive(item, enterprise("示范进出口有限公司", "91350100MA2Y00DEMO1", "059188880001"),
                Channel.ONLINE, allButOne, 2);
        correcting.requestCorrection(List.of(new MaterialDefect(all.get(0), "合同未加盖投资各方公章")),
                actor(item, 0), daysAgo(1));
        save(correcting, item);

        Case reviewing = accepted(item, person("李华", "350102198805052345", "13800000002"), all, 4);
        pass(reviewing, item, 0, 4);
        save(reviewing, item);

        Case deciding = accepted(item, enterprise("海峡贸易有限公司", "91350100MA2Y00DEMO2", "059188880002"), all, 6);
        pass(deciding, item, 0, 6);
        pass(deciding, item, 1, 3);
        pass(deciding, item, 2, 1);
        save(deciding, item);

        Case suspended = accepted(item, enterprise("榕城投资有限公司", "91350100MA2Y00DEMO3", "059188880003"), all, 5);
        pass(suspended, item, 0, 5);
        suspended.suspend(SpecialProcedure.EXPERT_REVIEW, "外资准入事项须经专家评审", actor(item, 1), daysAgo(2));
        save(suspended, item);

        Case overdue = accepted(item, person("陈刚", "350103197903033456", "13800000003"), all, 40);
        pass(overdue, item, 0, 40);
        save(overdue, item);

        Case closed = accepted(item, enterprise("闽江科技有限公司", "91350100MA2Y00DEMO4", "059188880004"), all, 12);
        pass(closed, item, 0, 12);
        pass(closed, item, 1, 9);
        pass(closed, item, 2, 8);
        closed.decide(Outcome.APPROVED, "符合外商投资准入特别管理措施，材料齐全", "《中华人民共和国外商投资法》第四条",
                position(item, 3).positionId(), actor(item, 3), daysAgo(7));
        closed.issueCertificate(closed.number() + "-Z", actor(item, 1), daysAgo(6));
        closed.deliver(DeliveryMethod.WINDOW, actor(item, 4), daysAgo(5));
        closed.close(actor(item, 4), daysAgo(5));
        save(closed, item);
        log.info("demo cases of {} loaded: at the window, awaiting correction, in each inbox, suspended, overdue, "
                + "closed", ITEM);
    }

    private Case receive(ItemVersion item, Applicant applicant, Channel channel, List<String> supplied, int days) {
        long id = cases.nextId();
        Instant at = daysAgo(days);
        String number = "%d%s%07d".formatted(LocalDate.ofInstant(at, StatutoryCalendar.ZONE).getYear(),
                item.details().leadDepartment().code(), id);
        return Case.receive(id, number, item, calendar, applicant, channel, supplied, actor(item, 0), at);
    }

    private Case accepted(ItemVersion item, Applicant applicant, List<String> supplied, int days) {
        Case c = receive(item, applicant, Channel.WINDOW, supplied, days);
        c.accept(List.of(), actor(item, 0), daysAgo(days).plus(Duration.ofMinutes(20)));
        return c;
    }

    /** The stage's task passed by whoever acts for its position, {@code days} ago. */
    private void pass(Case c, ItemVersion item, int stage, int days) {
        int taskNo = c.tasks().stream().filter(t -> t.stageIndex() == stage && t.state().open()).findFirst()
                .orElseThrow().taskNo();
        Instant at = daysAgo(days).plus(Duration.ofHours(2));
        c.claim(taskNo, false, actor(item, stage), at);
        c.complete(taskNo, TaskOutcome.PASS, stage == 0 ? "材料齐全，转承办" : "同意", null, actor(item, stage), at);
    }

    private void save(Case c, ItemVersion item) {
        cases.insert(c, service.departmentsOf(item), QueryCodes.next(), null, clock.instant());
        // not audited or notified, but watched: supervision's ledger shows the demo cases' lights
        deadlines.announceIfChanged(c, clock.instant());
    }

    private ProcessTask position(ItemVersion item, int stage) {
        return item.details().process().get(stage).tasks().get(0);
    }

    /** The holder of the stage's (first) position, acting in it. */
    private Actor actor(ItemVersion item, int stage) {
        ProcessTask task = position(item, stage);
        String account = organization.whoActsFor(task.positionId(), calendar.today())
                .map(acting -> acting.account() == null ? Actor.SYSTEM_ACCOUNT : acting.account())
                .orElse(Actor.SYSTEM_ACCOUNT);
        return new Actor(account, task.positionName(), null, null);
    }

    private Instant daysAgo(int days) {
        // at 09:30 in the city, so that every step falls inside office hours
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, StatutoryCalendar.ZONE).minusDays(days);
        Instant at = day.atTime(9, 30).atZone(StatutoryCalendar.ZONE).toInstant();
        return at.isAfter(now) ? now.minus(Duration.ofMinutes(1)) : at;
    }

    private static Applicant person(String name, String id, String phone) {
        return new Applicant(ApplicantKind.INDIVIDUAL, name, id, phone);
    }

    private static Applicant enterprise(String name, String code, String phone) {
        return new Applicant(ApplicantKind.ENTERPRISE, name, code, phone);
    }
}
