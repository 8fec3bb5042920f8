package org.xiaoneng.supervision.internal.order;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.notification.Channel;
import org.xiaoneng.notification.NotificationRequest;
import org.xiaoneng.notification.Notifications;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffContact;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.RecordChanged;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.internal.DepartmentLeaders;
import org.xiaoneng.supervision.internal.Ledger;
import org.xiaoneng.supervision.internal.accountability.Policies;
import org.xiaoneng.supervision.internal.accountability.Policy;
import org.xiaoneng.supervision.internal.accountability.SeparationOfDuties;

/**
 * Supervision orders (督办): issued to a department by a supervisor (within the data scope of
 * {@value #ISSUE}, never where he may decide cases: {@link SeparationOfDuties}) or by the policy. An order citing a
 * subject goes to a department answering for it: a red deadline's, a violation's (both in the issuer's scope), a
 * case's item or watched deadlines' (the case looked up in casework); answered by the department (within the scope of
 * {@value #RESPOND}); closed or sent back by a supervisor. The response deadline is watched in the ledger, whose
 * sweep slips the order blue → orange → red ({@link OrderEscalation}). Every change is conditional on the version
 * last read (a retried change answers 409 and changes nothing), recorded as a step, audited, and told to the
 * department's leader.
 */
@Service
public class SupervisionOrders {

    public static final String ISSUE = "supervision:order:issue";
    public static final String RESPOND = "supervision:order:respond";
    /** Most orders or deadlines listed at once. */
    public static final int MAX_LIST = 200;

    /** What a supervisor asks for; which of the references counts depends on {@code subjectKind}. */
    public record IssueOrder(@Nullable Long departmentId, OrderSubject subjectKind, @Nullable Long deadlineId,
            @Nullable String caseNumber, @Nullable Long violationId, String title, String demand) {
    }

    /** The order, and whether this call created it (false: the idempotency key was used before). */
    public record Issued(OrderView order, boolean created) {
    }

    private final OrderRepository orders;
    private final Ledger ledger;
    private final Policies policies;
    private final SeparationOfDuties separation;
    private final OrganizationDirectory organization;
    private final DepartmentLeaders leaders;
    private final Notifications notifications;
    private final StatutoryCalendar calendar;
    private final Casework casework;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupervisionOrders(OrderRepository orders, Ledger ledger, Policies policies, SeparationOfDuties separation,
            OrganizationDirectory organization, DepartmentLeaders leaders, Notifications notifications,
            StatutoryCalendar calendar, Casework casework, CurrentActor currentActor, ApplicationEventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.ledger = ledger;
        this.policies = policies;
        this.separation = separation;
        this.organization = organization;
        this.leaders = leaders;
        this.notifications = notifications;
        this.calendar = calendar;
        this.casework = casework;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Issued issue(IssueOrder command, @Nullable String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<Long> existing = orders.idByIdempotencyKey(idempotencyKey);
            if (existing.isPresent()) {
                return new Issued(view(existing.get()), false);
            }
        }
        DataScope scope = currentActor.dataScopeFor(ISSUE);
        Long departmentId = command.departmentId();
        String caseNumber = null;
        String subjectRef = null;
        switch (command.subjectKind()) {
            case DEADLINE -> {
                if (command.deadlineId() == null) {
                    throw new DomainException("supervision.order.error.deadline");
                }
                OrderRepository.Deadline deadline = orders.redDeadline(command.deadlineId())
                        .filter(d -> scope.allows(d.departmentId()))
                        .orElseThrow(() -> new DomainException("supervision.order.error.deadline"));
                departmentId = answeringDepartment(departmentId, List.of(deadline.departmentId()),
                        "supervision.order.error.deadlineDepartment");
                caseNumber = deadline.caseNumber();
                subjectRef = String.valueOf(deadline.id());
            }
            case CASE -> {
                if (command.caseNumber() == null || command.caseNumber().isBlank()) {
                    throw new DomainException("supervision.order.error.caseNumber");
                }
                String number = command.caseNumber().strip();
                CaseView cited = casework.findByNumber(number)
                        .orElseThrow(() -> new DomainException("supervision.order.error.caseUnknown", number));
                // the item's (lead) department first: the one a department left empty means
                List<Long> answering = new ArrayList<>();
                answering.add(cited.leadDepartmentId());
                orders.departmentsWatching(cited.id()).stream().filter(d -> !answering.contains(d))
                        .forEach(answering::add);
                departmentId = answeringDepartment(departmentId, answering,
                        "supervision.order.error.caseDepartment");
                caseNumber = cited.number();
                subjectRef = caseNumber;
            }
            case VIOLATION -> {
                if (command.violationId() == null) {
                    throw new DomainException("supervision.order.error.violation");
                }
                // out of the issuer's scope reads as unknown: nobody probes other departments' violations
                OrderRepository.CitedViolation violation = orders.violation(command.violationId())
                        .filter(v -> scope.allows(v.departmentId()))
                        .orElseThrow(() -> new DomainException("supervision.order.error.violationUnknown",
                                String.valueOf(command.violationId())));
                departmentId = answeringDepartment(departmentId, List.of(violation.departmentId()),
                        "supervision.order.error.violationDepartment");
                caseNumber = violation.caseNumber();
                subjectRef = String.valueOf(violation.id());
            }
            case TEXT -> {
                // the title and demand say it all
            }
        }
        if (departmentId == null || organization.department(departmentId).filter(DepartmentRef::active).isEmpty()) {
            throw new DomainException("supervision.order.error.department");
        }
        scope.check(departmentId);
        separation.check(departmentId);
        Issued issued = create(departmentId, OrderOrigin.MANUAL, command.subjectKind(), subjectRef, caseNumber,
                command.title().strip(), command.demand().strip(), idempotencyKey, null);
        if (issued == null) {
            throw new ConflictException("supervision.order.error.stale", "");
        }
        return issued;
    }

    /**
     * The department an order about a subject goes to: one of those answering for the subject (the first when the
     * form left it empty); another one is refused, nothing issued.
     */
    private static Long answeringDepartment(@Nullable Long chosen, List<Long> answering, String mismatch) {
        if (chosen == null) {
            return answering.get(0);
        }
        if (!answering.contains(chosen)) {
            throw new DomainException(mismatch);
        }
        return chosen;
    }

    /**
     * Issues an order on the policy's behalf (the system acts); once per {@code originKey} — a repeated call (a
     * redelivered event) issues nothing and returns empty.
     */
    @Transactional
    public Optional<OrderView> issueByPolicy(long departmentId, OrderOrigin origin, OrderSubject subjectKind,
            String subjectRef, @Nullable String caseNumber, String title, String demand, String originKey) {
        if (organization.department(departmentId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(create(departmentId, origin, subjectKind, subjectRef, caseNumber, title, demand,
                null, originKey)).filter(Issued::created).map(Issued::order);
    }

    private @Nullable Issued create(long departmentId, OrderOrigin origin, OrderSubject kind,
            @Nullable String subjectRef, @Nullable String caseNumber, String title, String demand,
            @Nullable String idempotencyKey, @Nullable String originKey) {
        Policy policy = policies.current();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, StatutoryCalendar.ZONE);
        LocalDate due = calendar.plusWorkingDays(today, policy.orderResponseDays());
        LocalDate orangeUntil = calendar.plusWorkingDays(due, policy.orderOrangeDays());
        String by = currentActor.actor().account();
        Optional<Long> id = orders.insert(new OrderRepository.NewOrder(orders.nextNumber(today.getYear()),
                departmentId, origin, kind, subjectRef, caseNumber, title, demand, policy.orderResponseDays(),
                policy.orderOrangeDays(), due, by, now, idempotencyKey, originKey));
        if (id.isEmpty()) {
            // the same key was used by a request that committed meanwhile
            return idempotencyKey == null ? null
                    : orders.idByIdempotencyKey(idempotencyKey).map(o -> new Issued(view(o), false)).orElse(null);
        }
        OrderView order = view(id.get());
        orders.step(order.id(), "issued", by, now, null);
        ledger.watchOrder(order.id(), order.version(), order.number(), order.title(), departmentId,
                order.responseDays(), due, orangeUntil, now);
        audit("supervision.order.issued", order, null, summary(order));
        tellLeader(order, "supervisionOrder.issued", "issued");
        return new Issued(view(order.id()), true);
    }

    @Transactional
    public OrderView respond(long id, int version, String response, String measures) {
        OrderView order = view(id);
        currentActor.dataScopeFor(RESPOND).check(order.departmentId());
        if (order.state() != OrderState.OPEN) {
            throw new ConflictException("supervision.order.error.notOpen", order.number());
        }
        Instant now = clock.instant();
        String by = currentActor.actor().account();
        if (!orders.respond(id, version, response.strip(), measures.strip(), by, now)) {
            throw new ConflictException("supervision.order.error.stale", order.number());
        }
        ledger.unwatchOrder(id, version + 1, now);
        orders.step(id, "responded", by, now, null);
        OrderView after = view(id);
        audit("supervision.order.responded", after, summary(order), summary(after));
        return after;
    }

    @Transactional
    public OrderView close(long id, int version, String note) {
        OrderView order = view(id);
        currentActor.dataScopeFor(ISSUE).check(order.departmentId());
        separation.check(order.departmentId());
        if (order.state() != OrderState.RESPONDED) {
            throw new ConflictException("supervision.order.error.notResponded", order.number());
        }
        Instant now = clock.instant();
        String by = currentActor.actor().account();
        if (!orders.close(id, version, note.strip(), by, now)) {
            throw new ConflictException("supervision.order.error.stale", order.number());
        }
        orders.step(id, "closed", by, now, note.strip());
        OrderView after = view(id);
        audit("supervision.order.closed", after, summary(order), summary(after));
        return after;
    }

    /** Sends the response back: the department has the order's response days again, and the ladder starts over. */
    @Transactional
    public OrderView sendBack(long id, int version, String reason) {
        OrderView order = view(id);
        currentActor.dataScopeFor(ISSUE).check(order.departmentId());
        separation.check(order.departmentId());
        if (order.state() != OrderState.RESPONDED) {
            throw new ConflictException("supervision.order.error.notResponded", order.number());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, StatutoryCalendar.ZONE);
        LocalDate due = calendar.plusWorkingDays(today, order.responseDays());
        LocalDate orangeUntil = calendar.plusWorkingDays(due, order.orangeDays());
        if (!orders.sendBack(id, version, due)) {
            throw new ConflictException("supervision.order.error.stale", order.number());
        }
        orders.forgetEarlierChanges(id);
        String by = currentActor.actor().account();
        orders.step(id, "returned", by, now, reason.strip());
        OrderView after = view(id);
        ledger.watchOrder(id, after.version(), after.number(), after.title(), after.departmentId(),
                after.responseDays(), due, orangeUntil, now);
        audit("supervision.order.returned", after, summary(order), summary(after) + " (" + reason.strip() + ")");
        tellLeader(after, "supervisionOrder.returned", "returned:" + after.returned());
        return after;
    }

    /**
     * The order's ledger light changed (from the sweep): its escalation follows, and a slip up the ladder is told to
     * the department's leader — once per light change, however often the event is delivered.
     */
    @Transactional
    public void lightChanged(long id, Light from, Light to, long changeId) {
        Escalation level = Escalation.of(to);
        if (!orders.escalate(id, level, changeId)) {
            return; // not waiting, nothing to change, or a change older than the one the order follows
        }
        OrderView order = view(id);
        Instant now = clock.instant();
        orders.step(id, "escalated." + level.name(), "system", now, null);
        audit("supervision.order.escalated", order, Escalation.of(from).name(), level.name() + " " + order.number());
        if (to.ordinal() > from.ordinal()) {
            tellLeader(order, "supervisionOrder." + level.name().toLowerCase(), "change:" + changeId);
        }
    }

    /** An order the caller may see (as issuer or as the department answering it); not found otherwise. */
    @Transactional(readOnly = true)
    public OrderView find(long id) {
        OrderView order = view(id);
        if (!visibleScope().allows(order.departmentId())) {
            throw new NotFoundException("supervision-order", id);
        }
        return order;
    }

    @Transactional(readOnly = true)
    public List<OrderView> list(@Nullable OrderState state) {
        return orders.list(visibleScope(), state, MAX_LIST).stream().map(this::named).toList();
    }

    /** The red deadlines the caller may issue orders about. */
    @Transactional(readOnly = true)
    public List<OrderRepository.Deadline> redDeadlines() {
        return orders.redDeadlines(currentActor.dataScopeFor(ISSUE), MAX_LIST);
    }

    /** The active departments the caller may issue orders to. */
    public List<DepartmentRef> departments() {
        DataScope scope = currentActor.dataScopeFor(ISSUE);
        return organization.departments().stream().filter(DepartmentRef::active).filter(d -> scope.allows(d.id()))
                .filter(d -> !separation.bars(d.id())).toList();
    }

    /** Whether the caller may close or send back orders of the department (for the page's buttons). */
    public boolean mayIssue(long departmentId) {
        return currentActor.holds(ISSUE) && currentActor.dataScopeFor(ISSUE).allows(departmentId)
                && !separation.bars(departmentId);
    }

    public boolean mayRespond(long departmentId) {
        return currentActor.holds(RESPOND) && currentActor.dataScopeFor(RESPOND).allows(departmentId);
    }

    /** What the caller sees: the departments he issues orders to or answers them for. */
    DataScope visibleScope() {
        if (currentActor.principal().isEmpty()) {
            return currentActor.dataScope(); // a schedule or start-up: everything
        }
        DataScope scope = DataScope.nothing();
        if (currentActor.holds(ISSUE)) {
            scope = scope.union(currentActor.dataScopeFor(ISSUE));
        }
        if (currentActor.holds(RESPOND)) {
            scope = scope.union(currentActor.dataScopeFor(RESPOND));
        }
        return scope;
    }

    OrderView view(long id) {
        OrderView order = orders.find(id).orElseThrow(() -> new NotFoundException("supervision-order", id));
        return named(order).withSteps(orders.steps(id));
    }

    private OrderView named(OrderView order) {
        String name = organization.department(order.departmentId()).map(DepartmentRef::name).orElse("");
        return new OrderView(order.id(), order.number(), order.departmentId(), name, order.origin(),
                order.subjectKind(), order.subjectRef(), order.caseNumber(), order.title(), order.demand(),
                order.responseDays(), order.orangeDays(), order.responseDue(), order.state(), order.escalation(),
                order.response(), order.measures(), order.respondedBy(), order.respondedAt(), order.closedBy(),
                order.closedAt(), order.closeNote(), order.returned(), order.issuedBy(), order.issuedAt(),
                order.version(), order.steps());
    }

    private void tellLeader(OrderView order, String template, String occasion) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), StatutoryCalendar.ZONE);
        Optional<StaffContact> leader = leaders.leaderOf(order.departmentId(), today).map(Acting::staffId)
                .flatMap(organization::staffContact).filter(StaffContact::active);
        if (leader.isEmpty()) {
            return;
        }
        notifications.send(new NotificationRequest(
                new NotificationRequest.Recipient(Notifications.staffInbox(leader.get().staffId()),
                        leader.get().name(), null, leader.get().mobile(), null),
                EnumSet.of(Channel.PORTAL, Channel.SMS), template,
                List.of(order.number(), order.title(), order.departmentName(), order.responseDue().toString()),
                order.number(), "supervision-order:" + order.id() + ":" + occasion, order.departmentId()));
    }

    private void audit(String action, OrderView order, @Nullable String before, String after) {
        events.publishEvent(new RecordChanged(currentActor.actor(), action, "supervision-order",
                String.valueOf(order.id()), before, after, clock.instant(), order.departmentId()));
    }

    private static String summary(OrderView order) {
        return order.number() + " " + order.state() + " " + order.escalation() + " due " + order.responseDue() + " "
                + order.title();
    }
}
