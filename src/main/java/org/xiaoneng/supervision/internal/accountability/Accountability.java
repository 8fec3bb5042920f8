package org.xiaoneng.supervision.internal.accountability;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.notification.Channel;
import org.xiaoneng.notification.NotificationRequest;
import org.xiaoneng.notification.Notifications;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffContact;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.RecordChanged;

/**
 * Efficiency warnings and sanctions after the policy proposed them: a supervisor ({@value #DECIDE}, in scope, never
 * where he may decide cases: {@link SeparationOfDuties}) confirms — as the kind proposed or a heavier one, never a
 * lighter — or dismisses each with a reason; the person sees his confirmed ones ({@value #APPEAL}) and may appeal each
 * once; someone with {@value #DECIDE_APPEAL} over the department (and no power to decide its cases) upholds or
 * overturns the appeal with a reason. Every step is conditional on the version last read,
 * audited, and told to the person. A confirmed warning may complete the admonition rule, which is evaluated at once.
 */
@Service
public class Accountability {

    public static final String DECIDE = "supervision:sanction:decide";
    public static final String DECIDE_APPEAL = "supervision:appeal:decide";
    public static final String APPEAL = "supervision:sanction:appeal";
    public static final int MAX_LIST = 200;

    private final SanctionRepository sanctions;
    private final PolicyEvaluation evaluation;
    private final SeparationOfDuties separation;
    private final OrganizationDirectory organization;
    private final Notifications notifications;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accountability(SanctionRepository sanctions, PolicyEvaluation evaluation, SeparationOfDuties separation,
            OrganizationDirectory organization, Notifications notifications, CurrentActor currentActor,
            ApplicationEventPublisher events, Clock clock) {
        this.sanctions = sanctions;
        this.evaluation = evaluation;
        this.separation = separation;
        this.organization = organization;
        this.notifications = notifications;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /** The warnings and sanctions of the departments the caller decides on (or decides appeals for). */
    @Transactional(readOnly = true)
    public List<SanctionView> list(@Nullable SanctionState state) {
        return sanctions.list(officeScope(), state, MAX_LIST).stream().map(this::named).toList();
    }

    /** The caller's own confirmed warnings and sanctions. */
    @Transactional(readOnly = true)
    public List<SanctionView> mine() {
        return me().map(staff -> sanctions.ofStaff(staff, MAX_LIST).stream().map(this::named).toList())
                .orElse(List.of());
    }

    /** One the caller may see: in the office's scope, or his own confirmed one; not found otherwise. */
    @Transactional(readOnly = true)
    public SanctionView find(long id) {
        SanctionView sanction = load(id);
        boolean own = isOwn(sanction) && sanction.state() == SanctionState.CONFIRMED;
        if (!own && !officeScope().allows(sanction.departmentId())) {
            throw new NotFoundException("sanction", id);
        }
        return sanction;
    }

    @Transactional
    public SanctionView confirm(long id, int version, SanctionKind kind, String reason) {
        SanctionView sanction = checkDecider(id);
        if ((kind == SanctionKind.LEADER_ACCOUNTABILITY) != (sanction.proposedKind()
                == SanctionKind.LEADER_ACCOUNTABILITY)) {
            throw new DomainException("supervision.sanction.error.kind");
        }
        if (kind.compareTo(sanction.proposedKind()) < 0) {
            // the policy's proposal is the floor: the supervisor may weigh the facts up, never down (dismiss instead)
            throw new DomainException("supervision.sanction.error.lighter");
        }
        return decide(sanction, version, SanctionState.CONFIRMED, kind, reason);
    }

    @Transactional
    public SanctionView dismiss(long id, int version, String reason) {
        SanctionView sanction = checkDecider(id);
        return decide(sanction, version, SanctionState.DISMISSED, sanction.kind(), reason);
    }

    /** The person's one appeal against his confirmed warning or sanction. */
    @Transactional
    public SanctionView appeal(long id, int version, String grounds) {
        SanctionView sanction = load(id);
        if (!isOwn(sanction)) {
            throw new NotFoundException("sanction", id);
        }
        if (sanction.state() != SanctionState.CONFIRMED) {
            throw new DomainException("supervision.sanction.error.notConfirmed");
        }
        if (sanction.appealState() != AppealState.NONE) {
            throw new ConflictException("supervision.sanction.error.appealOnce");
        }
        if (!sanctions.appeal(id, version, grounds.strip(), clock.instant())) {
            throw new ConflictException("supervision.sanction.error.stale");
        }
        SanctionView after = load(id);
        audit("supervision.sanction.appealed", after, sanction.appealState().name(),
                after.appealState() + " " + grounds.strip());
        return after;
    }

    @Transactional
    public SanctionView decideAppeal(long id, int version, boolean upheld, String reason) {
        SanctionView sanction = load(id);
        currentActor.dataScopeFor(DECIDE_APPEAL).check(sanction.departmentId());
        separation.check(sanction.departmentId());
        if (isOwn(sanction)) {
            throw new DomainException("supervision.sanction.error.own");
        }
        if (sanction.appealState() != AppealState.PENDING) {
            throw new ConflictException("supervision.sanction.error.noAppeal");
        }
        AppealState outcome = upheld ? AppealState.UPHELD : AppealState.OVERTURNED;
        if (!sanctions.decideAppeal(id, version, outcome, reason.strip(), currentActor.actor().account(),
                clock.instant())) {
            throw new ConflictException("supervision.sanction.error.stale");
        }
        SanctionView after = load(id);
        audit("supervision.sanction.appeal." + outcome.name().toLowerCase(), after, AppealState.PENDING.name(),
                outcome + " " + reason.strip());
        tell(after, "supervisionSanction.appeal" + (upheld ? "Upheld" : "Overturned"), "appeal");
        return after;
    }

    /** Whether the caller may confirm or dismiss in the department (for the page's forms). */
    public boolean mayDecide(long departmentId) {
        return currentActor.holds(DECIDE) && currentActor.dataScopeFor(DECIDE).allows(departmentId)
                && !separation.bars(departmentId);
    }

    public boolean mayDecideAppeal(SanctionView sanction) {
        return currentActor.holds(DECIDE_APPEAL)
                && currentActor.dataScopeFor(DECIDE_APPEAL).allows(sanction.departmentId()) && !isOwn(sanction)
                && !separation.bars(sanction.departmentId());
    }

    public boolean isOwn(SanctionView sanction) {
        return me().map(staff -> staff == sanction.staffId()).orElse(false);
    }

    private SanctionView checkDecider(long id) {
        SanctionView sanction = load(id);
        currentActor.dataScopeFor(DECIDE).check(sanction.departmentId());
        separation.check(sanction.departmentId());
        if (isOwn(sanction)) {
            throw new DomainException("supervision.sanction.error.own");
        }
        if (sanction.state() != SanctionState.PROPOSED) {
            throw new ConflictException("supervision.sanction.error.decided");
        }
        return sanction;
    }

    private SanctionView decide(SanctionView sanction, int version, SanctionState state, SanctionKind kind,
            String reason) {
        Instant now = clock.instant();
        if (!sanctions.decide(sanction.id(), version, state, kind, reason.strip(), currentActor.actor().account(),
                now)) {
            throw new ConflictException("supervision.sanction.error.stale");
        }
        SanctionView after = load(sanction.id());
        audit("supervision.sanction." + state.name().toLowerCase(), after,
                sanction.state() + " " + sanction.kind(), state + " " + kind + " " + reason.strip());
        if (state == SanctionState.CONFIRMED) {
            tell(after, "supervisionSanction.confirmed", "confirmed");
            if (kind == SanctionKind.WARNING) {
                evaluation.evaluateAdmonition(after.staffId(), now);
            }
        }
        return after;
    }

    /** What the office sees: the departments the caller decides on, or decides appeals for. */
    DataScope officeScope() {
        if (currentActor.principal().isEmpty()) {
            return currentActor.dataScope();
        }
        DataScope scope = DataScope.nothing();
        if (currentActor.holds(DECIDE)) {
            scope = scope.union(currentActor.dataScopeFor(DECIDE));
        }
        if (currentActor.holds(DECIDE_APPEAL)) {
            scope = scope.union(currentActor.dataScopeFor(DECIDE_APPEAL));
        }
        return scope;
    }

    private Optional<Long> me() {
        return currentActor.principal().flatMap(p -> organization.staffIdOf(p.account()));
    }

    private SanctionView load(long id) {
        SanctionView sanction = sanctions.find(id).orElseThrow(() -> new NotFoundException("sanction", id));
        SanctionView named = named(sanction);
        return new SanctionView(named.id(), named.kind(), named.proposedKind(), named.staffId(), named.staffName(),
                named.departmentId(), named.departmentName(), named.grounds(), named.state(), named.proposedAt(),
                named.decidedBy(), named.decidedAt(), named.decisionReason(), named.appealState(),
                named.appealGrounds(), named.appealedAt(), named.appealDecidedBy(), named.appealDecidedAt(),
                named.appealReason(), named.version(), sanctions.evidence(id));
    }

    private SanctionView named(SanctionView s) {
        String department = organization.department(s.departmentId()).map(DepartmentRef::name).orElse("");
        return new SanctionView(s.id(), s.kind(), s.proposedKind(), s.staffId(), s.staffName(), s.departmentId(),
                department, s.grounds(), s.state(), s.proposedAt(), s.decidedBy(), s.decidedAt(), s.decisionReason(),
                s.appealState(), s.appealGrounds(), s.appealedAt(), s.appealDecidedBy(), s.appealDecidedAt(),
                s.appealReason(), s.version(), s.evidence());
    }

    private void tell(SanctionView sanction, String template, String occasion) {
        Optional<StaffContact> person = organization.staffContact(sanction.staffId()).filter(StaffContact::active);
        if (person.isEmpty()) {
            return;
        }
        notifications.send(new NotificationRequest(
                new NotificationRequest.Recipient(Notifications.staffInbox(sanction.staffId()), person.get().name(),
                        null, null, null),
                EnumSet.of(Channel.PORTAL), template, List.of(String.valueOf(sanction.id()), sanction.staffName()),
                "sanction:" + sanction.id(), "supervision-sanction:" + sanction.id() + ":" + occasion,
                sanction.departmentId()));
    }

    private void audit(String action, SanctionView sanction, @Nullable String before, String after) {
        events.publishEvent(new RecordChanged(currentActor.actor(), action, "sanction", String.valueOf(sanction.id()),
                before, sanction.kind() + " " + sanction.staffName() + ": " + after, clock.instant(),
                sanction.departmentId()));
    }
}
