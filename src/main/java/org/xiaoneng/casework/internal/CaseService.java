package org.xiaoneng.casework.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.ApplicantCase;
import org.xiaoneng.casework.CaseHistoryEntry;
import org.xiaoneng.casework.CaseNotice;
import org.xiaoneng.casework.NoticeKind;
import org.xiaoneng.casework.CaseTask;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.InboxTask;
import org.xiaoneng.casework.OnlineApplicant;
import org.xiaoneng.casework.PublicCase;
import org.xiaoneng.casework.TaskOutcome;
import org.xiaoneng.casework.Commitment;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseSummary;
import org.xiaoneng.casework.CaseActed;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.casework.CaseTransitioned;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.ReceiveApplication;
import org.xiaoneng.casework.ReceivableItem;
import org.xiaoneng.casework.ReceivedCase;
import org.xiaoneng.catalog.CatalogPage;
import org.xiaoneng.catalog.CatalogQuery;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemSummary;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffPost;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.OutOfScopeException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a case (replaying its events), lets it apply one command, and saves what it recorded — the projection under
 * optimistic locking, then the events, then one {@link CaseTransitioned} per event and — when what supervision watches
 * changed — one {@link org.xiaoneng.casework.CaseDeadlinesChanged}, all in one transaction. Data
 * scope: the caller must hold the permission in a department the case belongs to (lead, joint, task departments, the
 * service center).
 */
@Service
@Transactional
public class CaseService {

    public static final String VIEW = "casework:case:view";
    public static final String RECEIVE = "casework:case:receive";
    public static final String ACCEPT = "casework:case:accept";
    public static final String HANDLE = "casework:case:handle";
    public static final String DECIDE = "casework:case:decide";

    private static final int LIST_LIMIT = 100;
    private static final int INBOX_LIMIT = 200;
    private static final int PUBLISHED_PAGE = 20;
    /** Cases one deemed-acceptance transaction records at most. */
    static final int DEEMED_BATCH = 500;

    private final CaseRepository cases;
    private final ItemCatalog catalog;
    private final StatutoryCalendar calendar;
    private final OrganizationDirectory organization;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseworkProperties properties;
    private final ApplicantNotices notices;
    private final DeadlineAnnouncements deadlines;
    private final RefusedAttempts attempts;
    private final JsonMapper hashing = JsonMapper.builder().build();
    // published versions never change, so they are safe to keep
    private final Map<Long, ItemVersion> versions = new ConcurrentHashMap<>();

    CaseService(CaseRepository cases, ItemCatalog catalog, StatutoryCalendar calendar,
            OrganizationDirectory organization, CurrentActor currentActor, ApplicationEventPublisher events,
            Clock clock, CaseworkProperties properties, ApplicantNotices notices, DeadlineAnnouncements deadlines,
            RefusedAttempts attempts) {
        this.cases = cases;
        this.catalog = catalog;
        this.calendar = calendar;
        this.organization = organization;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
        this.notices = notices;
        this.deadlines = deadlines;
        this.attempts = attempts;
    }

    /** 收件; with an idempotency key, a retry answers the case the first request created. */
    public ReceivedCase receive(ReceiveApplication command, @Nullable String idempotencyKey) {
        ItemVersion item = publishedVersion(command.itemVersionId());
        Set<Long> departments = departmentsOf(item);
        check(currentActor.dataScopeFor(RECEIVE), departments);
        return receive(command, item, departments, currentActor.actor(), null, idempotencyKey);
    }

    /**
     * 网上申请: the applicant signed in to the portal applies for themself (channel ONLINE); the case is theirs to
     * follow, resubmit and withdraw. No staff scope: the portal vouches for the account.
     */
    public ReceivedCase receiveOnline(ReceiveApplication command, OnlineApplicant applicant,
            @Nullable String idempotencyKey) {
        ItemVersion item = publishedVersion(command.itemVersionId());
        if (!item.details().onlineApplication()) {
            throw new DomainException("casework.online.notOffered", item.code());
        }
        ReceiveApplication online = new ReceiveApplication(command.itemVersionId(), command.applicant(),
                Channel.ONLINE, command.suppliedMaterials());
        return receive(online, item, departmentsOf(item), applicantActor(applicant), applicant.accountId(),
                idempotencyKey);
    }

    private ReceivedCase receive(ReceiveApplication command, ItemVersion item, Set<Long> departments, Actor actor,
            @Nullable Long applicantAccountId, @Nullable String idempotencyKey) {
        Instant now = clock.instant();
        long id = cases.nextId();
        if (idempotencyKey != null) {
            Optional<CaseRepository.KeyClaim> earlier = cases.claimKey(idempotencyKey, actor.account(),
                    hash(command), id, now);
            if (earlier.isPresent()) {
                if (!earlier.get().account().equals(actor.account())
                        || !earlier.get().requestHash().equals(hash(command))) {
                    throw new ConflictException("casework.idempotency.reused");
                }
                return new ReceivedCase(view(earlier.get().caseId()), false);
            }
        }
        String number = "%d%s%07d".formatted(LocalDate.ofInstant(now, StatutoryCalendar.ZONE).getYear(),
                item.details().leadDepartment().code(), id);
        Case c = Case.receive(id, number, item, calendar, command.applicant().toApplicant(), command.channel(),
                command.suppliedMaterials(), actor, now);
        String queryCode = QueryCodes.next();
        cases.insert(c, departments, queryCode, applicantAccountId, now);
        publish(c);
        deadlines.announceIfChanged(c, now);
        notices.announce(c, applicantAccountId);
        return new ReceivedCase(toView(c, 1, queryCode), true);
    }

    /**
     * The published items the caller may receive at the window, by code: every one for staff of the service center
     * (whose windows take in all items), else those whose lead or joint department is in the caller's receive scope.
     * Read a page of the catalog at a time, never item by item. Every published version has a process (the catalog
     * refuses to publish one without), so each of them can be received.
     */
    @Transactional(readOnly = true)
    public List<ReceivableItem> receivableItems() {
        DataScope scope = currentActor.dataScopeFor(RECEIVE);
        boolean everything = scope.all() || organization.departmentByCode(properties.serviceCenterCode())
                .map(DepartmentRef::id).map(scope::allows).orElse(false);
        List<ReceivableItem> items = new ArrayList<>();
        if (!everything && scope.departmentIds().isEmpty()) {
            return items;
        }
        for (int page = 0; ; page++) {
            CatalogPage<ItemSummary> found = catalog.publishedItems(CatalogQuery.all(page, CatalogQuery.MAX_SIZE));
            found.items().stream()
                    .filter(i -> everything || scope.allows(i.leadDepartment().id())
                            || i.coDepartments().stream().anyMatch(d -> scope.allows(d.id())))
                    .map(i -> new ReceivableItem(i.versionId(), i.code(), i.name(), i.leadDepartment().name()))
                    .forEach(items::add);
            if (!found.hasNext()) {
                return items;
            }
        }
    }

    private ItemVersion publishedVersion(long versionId) {
        return itemVersion(versionId).orElseThrow(() -> new DomainException("casework.item.notPublished", versionId));
    }

    /** The case, if the caller may see it. */
    @Transactional(readOnly = true)
    public CaseView find(long id) {
        CaseRepository.StoredCase stored = cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
        check(currentActor.dataScopeFor(VIEW), stored.departmentIds());
        return toView(load(stored), stored.version(), stored.queryCode());
    }

    /** The case of this number, if there is one and the caller may see it (else empty: numbers cannot be probed). */
    @Transactional(readOnly = true)
    public Optional<CaseView> findByNumber(String number) {
        return cases.idOfNumber(number.strip()).flatMap(cases::find)
                .filter(stored -> allowed(currentActor.dataScopeFor(VIEW), stored.departmentIds()))
                .map(stored -> toView(load(stored), stored.version(), stored.queryCode()));
    }

    /**
     * A written notice (文书) of the case, read from the event that issued it, if the caller may see the case;
     * {@code casework.notice.notIssued.<kind>} when no such event was recorded yet.
     */
    @Transactional(readOnly = true)
    public CaseNotice notice(long id, NoticeKind kind) {
        CaseRepository.StoredCase stored = cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
        check(currentActor.dataScopeFor(VIEW), stored.departmentIds());
        return CaseNotices.compose(load(stored), stored.queryCode(), kind, organization, properties);
    }

    /** The notice, printed (PDF): the audit trail records who printed which kind of which case. */
    public CaseNotice printNotice(long id, NoticeKind kind) {
        CaseRepository.StoredCase stored = cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
        check(currentActor.dataScopeFor(VIEW), stored.departmentIds());
        Case c = load(stored);
        CaseNotice notice = CaseNotices.compose(c, stored.queryCode(), kind, organization, properties);
        events.publishEvent(new CaseNoticePrinted(currentActor.actor(), id, c.number(), kind,
                c.item().details().leadDepartment().id(), clock.instant()));
        return notice;
    }

    /**
     * The case, if the caller holds the permission in a department the case belongs to; else
     * {@link OutOfScopeException}. For work on a case kept outside its events (material files).
     */
    public CaseView findWithPermission(long id, String permission) {
        CaseRepository.StoredCase stored = cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
        check(currentActor.dataScopeFor(permission), stored.departmentIds());
        return toView(load(stored), stored.version(), stored.queryCode());
    }

    @Transactional(readOnly = true)
    public List<CaseSummary> list(@Nullable CaseState state) {
        return cases.list(currentActor.dataScopeFor(VIEW), state, LIST_LIMIT);
    }

    public CaseView requestCorrection(long id, int version, List<MaterialDefect> defects) {
        return change(id, version, ACCEPT, null, CaseEventType.CORRECTION_REQUESTED,
                (c, actor, now) -> c.requestCorrection(defects, actor, now));
    }

    public CaseView resubmit(long id, int version, List<String> supplied) {
        return change(id, version, RECEIVE, null, (c, actor, now) -> c.resubmit(supplied, actor, now));
    }

    public CaseView accept(long id, int version, List<Commitment> commitments) {
        return change(id, version, ACCEPT, null, (c, actor, now) -> c.accept(commitments, actor, now));
    }

    public CaseView refuse(long id, int version, String reasons) {
        return change(id, version, ACCEPT, null, CaseEventType.REFUSED,
                (c, actor, now) -> c.refuse(reasons, actor, now));
    }

    public CaseView startProcessing(long id, int version, @Nullable Long positionId) {
        return change(id, version, HANDLE, positionId, CaseEventType.PROCESSING_STARTED, Case::startProcessing);
    }

    public CaseView suspend(long id, int version, @Nullable Long positionId, SpecialProcedure procedure,
            String reason) {
        return change(id, version, HANDLE, positionId, CaseEventType.SUSPENDED,
                (c, actor, now) -> c.suspend(procedure, reason, actor, now));
    }

    public CaseView resume(long id, int version, @Nullable Long positionId, String note) {
        return change(id, version, HANDLE, positionId, CaseEventType.RESUMED,
                (c, actor, now) -> c.resume(note, actor, now));
    }

    /**
     * 延期, approved by the caller. Somebody who may handle the case but not approve (no casework:case:decide over it)
     * is refused, and the attempt recorded ({@link RefusedAttempts#NOT_APPROVER}).
     */
    public CaseView extend(long id, int version, @Nullable Long positionId, String reason) {
        try {
            return change(id, version, DECIDE, positionId, CaseEventType.EXTENDED,
                    (c, actor, now) -> c.extend(reason, actor, now));
        } catch (OutOfScopeException e) {
            Optional<CaseRepository.StoredCase> stored = cases.find(id);
            if (stored.isPresent() && allowed(currentActor.dataScopeFor(HANDLE), stored.get().departmentIds())) {
                attempts.record(load(stored.get()), currentActor.actor(), CaseEventType.EXTENDED,
                        RefusedAttempts.NOT_APPROVER, positionId, clock.instant());
            }
            throw e;
        }
    }

    public CaseView decide(long id, int version, @Nullable Long positionId, Outcome outcome, String reasons,
            String legalBasis) {
        Long position = positionId != null ? positionId
                : organization.postOf(currentActor.actor().account()).map(StaffPost::positionId).orElse(null);
        return change(id, version, DECIDE, positionId, CaseEventType.DECIDED,
                (c, actor, now) -> c.decide(outcome, reasons, legalBasis, position, actor, now));
    }

    /**
     * 签收 a task of the case, in the task's position: as its holder, or as deputy for its absent holder (recorded
     * so). A task claimed by somebody who no longer acts for the position passes to the caller.
     */
    public CaseView claim(long id, int version, int taskNo) {
        return change(id, version, VIEW, null, CaseEventType.TASK_CLAIMED, (c, actor, now) -> {
            CaseTask task = taskOf(c, taskNo);
            Actor acting = actorInPosition(c, task.positionId(), now);
            boolean claimantGone = task.claimedBy() != null && whoActsFor(task.positionId(), now)
                    .map(a -> !task.claimedBy().equals(a.account())).orElse(true);
            c.claim(taskNo, claimantGone, acting, now);
        });
    }

    /** 办理 a task: pass on, return to an earlier stage, or propose denial — always with an opinion. */
    public CaseView complete(long id, int version, int taskNo, TaskOutcome outcome, String opinion,
            @Nullable Integer returnToStage) {
        return change(id, version, VIEW, null, CaseEventType.TASK_COMPLETED, (c, actor, now) -> {
            Actor acting = actorInPosition(c, taskOf(c, taskNo).positionId(), now);
            c.complete(taskNo, outcome, opinion, returnToStage, acting, now);
        });
    }

    /**
     * 待办: the open tasks of every position the caller acts for today — their own, and those of absent holders they
     * stand in for as deputy — earliest due first.
     */
    @Transactional(readOnly = true)
    public List<InboxTask> inbox() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), StatutoryCalendar.ZONE);
        Map<Long, Acting> acting = new LinkedHashMap<>();
        for (Acting a : organization.positionsActedBy(currentActor.actor().account(), today)) {
            acting.put(a.positionId(), a);
        }
        return cases.inbox(acting.keySet(), INBOX_LIMIT).stream().map(row -> {
            Acting a = acting.get(row.positionId());
            String deputyFor = a != null && a.asDeputy() ? row.positionName() : null;
            return new InboxTask(row.caseId(), row.number(), row.version(), row.caseState(), row.itemName(),
                    row.applicantName(), row.taskNo(), row.stageName(), row.positionId(), row.positionName(),
                    row.state(), row.claimedBy(), row.openedAt(), row.due(), row.caseDue(), deputyFor);
        }).toList();
    }

    private static CaseTask taskOf(Case c, int taskNo) {
        return c.tasks().stream().filter(t -> t.taskNo() == taskNo).findFirst()
                .orElseThrow(() -> new DomainException("casework.task.unknown", c.number(), taskNo));
    }

    private Optional<Acting> whoActsFor(long positionId, Instant now) {
        return organization.whoActsFor(positionId, LocalDate.ofInstant(now, StatutoryCalendar.ZONE));
    }

    /** 发证: with the licence's number, or one made from the case number when none is given. */
    public CaseView issueCertificate(long id, int version, @Nullable String certificateNumber) {
        return change(id, version, HANDLE, null, (c, actor, now) -> c.issueCertificate(
                certificateNumber == null || certificateNumber.isBlank() ? c.number() + "-Z" : certificateNumber,
                actor, now));
    }

    public CaseView deliver(long id, int version, DeliveryMethod method) {
        return change(id, version, RECEIVE, null, (c, actor, now) -> c.deliver(method, actor, now));
    }

    public CaseView close(long id, int version) {
        return change(id, version, RECEIVE, null, Case::close);
    }

    public CaseView withdraw(long id, int version, String reason) {
        return change(id, version, RECEIVE, null, (c, actor, now) -> c.withdraw(reason, actor, now));
    }

    /** The applicant's own case, as they follow it in the portal; another applicant's case is not found. */
    @Transactional(readOnly = true)
    public ApplicantCase forApplicant(long id, OnlineApplicant applicant) {
        CaseRepository.StoredCase stored = ownedBy(id, applicant, false);
        Case c = load(stored);
        return new ApplicantCase(publicCase(cases.publicRow(id).orElseThrow(), true), stored.version(),
                c.materials(), c.correctionNotice(), stored.queryCode());
    }

    /** The applicant's own case in full, for work kept outside its events (their material files). */
    @Transactional(readOnly = true)
    public CaseView ownCase(long id, OnlineApplicant applicant) {
        CaseRepository.StoredCase stored = ownedBy(id, applicant, false);
        return toView(load(stored), stored.version(), stored.queryCode());
    }

    /** A notice of the applicant's own case, printed by them: audited like a print at the console. */
    public CaseNotice printNoticeForApplicant(long id, NoticeKind kind, OnlineApplicant applicant) {
        CaseRepository.StoredCase stored = ownedBy(id, applicant, false);
        Case c = load(stored);
        CaseNotice notice = CaseNotices.compose(c, stored.queryCode(), kind, organization, properties);
        events.publishEvent(new CaseNoticePrinted(applicantActor(applicant), id, c.number(), kind,
                c.item().details().leadDepartment().id(), clock.instant()));
        return notice;
    }

    /** The applicant's online applications, latest first. */
    @Transactional(readOnly = true)
    public List<PublicCase> ofApplicant(OnlineApplicant applicant) {
        return cases.idsOfApplicant(applicant.accountId(), LIST_LIMIT).stream()
                .flatMap(id -> cases.publicRow(id).stream()).map(row -> publicCase(row, false)).toList();
    }

    /** 补正 by the applicant online, after the correction notice. */
    public ApplicantCase resubmitOnline(long id, int version, List<String> supplied, OnlineApplicant applicant) {
        changeAsApplicant(id, version, applicant, (c, actor, now) -> c.resubmit(supplied, actor, now));
        return forApplicant(id, applicant);
    }

    /** 撤回 by the applicant online, before the decision. */
    public ApplicantCase withdrawOnline(long id, int version, String reason, OnlineApplicant applicant) {
        changeAsApplicant(id, version, applicant, (c, actor, now) -> c.withdraw(reason, actor, now));
        return forApplicant(id, applicant);
    }

    /**
     * 办件查询: the case by its number and the query code of its receipt; empty when either is wrong (the answer does
     * not tell which, so numbers cannot be probed).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS) // one statement: no transaction to open
    public Optional<PublicCase> track(String number, String queryCode) {
        return cases.tracked(number.strip())
                .filter(tracked -> MessageDigest.isEqual(tracked.row().queryCode().getBytes(StandardCharsets.UTF_8),
                        queryCode.strip().toUpperCase().getBytes(StandardCharsets.UTF_8)))
                .map(tracked -> publicCase(tracked.row(), tracked.steps()));
    }

    /** 办件公示: decided cases, latest decision first, 20 a page (the applicant masked for individuals). */
    @Transactional(readOnly = true)
    public List<PublicCase> published(int page) {
        return cases.idsDecided(PUBLISHED_PAGE, Math.max(0, page) * PUBLISHED_PAGE).stream()
                .flatMap(id -> cases.publicRow(id).stream()).map(row -> publicCase(row, true)).toList();
    }

    private PublicCase publicCase(CaseRepository.PublicRow row, boolean withSteps) {
        return publicCase(row, withSteps ? cases.publicSteps(row.id()) : List.of());
    }

    private PublicCase publicCase(CaseRepository.PublicRow row, List<PublicCase.Step> steps) {
        String department = organization.department(row.leadDepartmentId()).map(DepartmentRef::name).orElse("");
        return new PublicCase(row.id(), row.number(), row.itemCode(), row.itemName(), row.applicantName(),
                row.state(), row.receivedAt(), row.acceptedOn(), row.due(), row.clockStopped(), row.outcome(),
                department, properties.contactPhone(), properties.complaintPhone(), steps);
    }

    private CaseRepository.StoredCase ownedBy(long id, OnlineApplicant applicant, boolean lock) {
        return (lock ? cases.findForUpdate(id) : cases.find(id))
                .filter(stored -> Long.valueOf(applicant.accountId()).equals(stored.applicantAccountId()))
                .orElseThrow(() -> new NotFoundException("case", id));
    }

    private void changeAsApplicant(long id, int expectedVersion, OnlineApplicant applicant, CaseCommand command) {
        CaseRepository.StoredCase stored = ownedBy(id, applicant, true);
        if (stored.version() != expectedVersion) {
            throw new ConflictException("casework.case.concurrentChange", stored.number(), stored.version());
        }
        Case c = load(stored);
        command.apply(c, applicantActor(applicant), clock.instant());
        save(c, stored);
    }

    Actor applicantActor(OnlineApplicant applicant) {
        Actor request = currentActor.actor();
        return new Actor(applicant.actorAccount(), null, null, request.address());
    }

    /**
     * Applies a command to the case at the version the caller read. Another change since → conflict, nothing
     * written.
     */
    private CaseView change(long id, int expectedVersion, String permission, @Nullable Long positionId,
            CaseCommand command) {
        return change(id, expectedVersion, permission, positionId, null, command);
    }

    /**
     * As above; a refusal that breaks a rule of conduct ({@link RefusedAttempts}) is recorded as an attempt at
     * {@code attempted} in a transaction of its own before it is thrown on (and this transaction rolls back).
     */
    private CaseView change(long id, int expectedVersion, String permission, @Nullable Long positionId,
            @Nullable CaseEventType attempted, CaseCommand command) {
        CaseRepository.StoredCase stored = cases.findForUpdate(id)
                .orElseThrow(() -> new NotFoundException("case", id));
        check(currentActor.dataScopeFor(permission), stored.departmentIds());
        if (stored.version() != expectedVersion) {
            throw new ConflictException("casework.case.concurrentChange", stored.number(), stored.version());
        }
        Case c = load(stored);
        Instant now = clock.instant();
        try {
            Actor actor = positionId == null ? currentActor.actor() : actorInPosition(c, positionId, now);
            command.apply(c, actor, now);
        } catch (DomainException e) {
            if (attempted != null && RefusedAttempts.recorded(e)) {
                Long position = e instanceof NotActingException notActing ? Long.valueOf(notActing.positionId())
                        : positionId;
                attempts.record(c, currentActor.actor(), attempted, e.messageKey(), position, now);
            }
            throw e;
        }
        save(c, stored);
        return toView(c, stored.version() + 1, stored.queryCode());
    }

    /**
     * 视为受理 sweep, one batch of at most {@value #DEEMED_BATCH} cases in one transaction: records the deemed
     * acceptance of every case whose 5 working days ended without an intake decision. Finds them with one indexed
     * query; each is saved on its own version, so a clerk acting at the same moment wins or loses cleanly. Holds a
     * transaction-scoped advisory lock, so that with several application nodes only one sweeps at a time (the
     * others return 0). Returns how many were recorded.
     */
    public int deemAcceptedWhereDue() {
        if (!cases.tryTransactionLock("casework.deemed-acceptance")) {
            return 0;
        }
        Instant now = clock.instant();
        int recorded = 0;
        for (long id : cases.dueForDeemedAcceptance(LocalDate.ofInstant(now, StatutoryCalendar.ZONE), DEEMED_BATCH)) {
            CaseRepository.StoredCase stored = cases.find(id).orElseThrow();
            Case c = load(stored);
            if (c.deemAcceptedIfDue(now)) {
                try {
                    save(c, stored);
                    recorded++;
                } catch (ConflictException e) {
                    // a clerk decided on it at this very moment: nothing was written, his decision stands
                }
            }
        }
        return recorded;
    }

    /**
     * After a calendar correction: recomputes, from their events, the dates of the open cases that the changed dates
     * can move, and stores them in the projection (which the deemed-acceptance sweep and lists read). Returns how
     * many cases were recomputed.
     */
    public int recomputeDatesFrom(LocalDate earliestChanged) {
        int moved = 0;
        for (long id : cases.openWithDatesFrom(earliestChanged)) {
            Optional<CaseRepository.StoredCase> stored = cases.find(id);
            if (stored.isEmpty()) {
                continue;
            }
            Case c = load(stored.get());
            if (cases.updateDates(id, stored.get().version(), c.deadlines())) {
                if (c.currentStage() >= 0) {
                    cases.syncTasks(id, c.tasks());
                }
                deadlines.announce(c, DeadlineAnnouncements.CALENDAR_CORRECTED, clock.instant());
                moved++;
            }
        }
        return moved;
    }

    /** One command on a loaded case, by the actor, at the instant. */
    @FunctionalInterface
    interface CaseCommand {
        void apply(Case c, Actor actor, Instant now);
    }

    /**
     * The caller acting in a position of the case's process: as its holder, or as the deputy (AB角) of its absent
     * holder, recorded so; refused when the position is not in the process or somebody else acts for it today.
     */
    private Actor actorInPosition(Case c, long positionId, Instant now) {
        boolean inProcess = c.item().details().process().stream().flatMap(stage -> stage.tasks().stream())
                .anyMatch(task -> task.positionId() == positionId);
        if (!inProcess) {
            throw new DomainException("casework.position.notInProcess", c.number());
        }
        return organization.actorFor(currentActor.actor(), positionId, LocalDate.ofInstant(now, StatutoryCalendar.ZONE))
                .orElseThrow(() -> new NotActingException(positionId, c.number()));
    }

    private void save(Case c, CaseRepository.StoredCase stored) {
        if (!cases.update(c, clock.instant())) {
            throw new ConflictException("casework.case.concurrentChange", stored.number(),
                    cases.version(stored.id()).orElse(stored.version()));
        }
        publish(c);
        deadlines.announceIfChanged(c, clock.instant());
        notices.announce(c, stored.applicantAccountId());
    }

    private void publish(Case c) {
        long department = c.item().details().leadDepartment().id();
        LocalDate due = c.deadlines().due();
        CaseEvent receipt = c.lastReceiptEvent();
        for (CaseEvent event : c.pendingEvents()) {
            events.publishEvent(new CaseTransitioned(event.actor(), c.id(), c.number(), event.type(), c.state(),
                    department, event.deadline(), event.payload().summary(), event.occurredAt()));
            events.publishEvent(new CaseActed(c.id(), c.number(), c.item().code(), c.item().details().name(),
                    department, event.seq(), event.type(), event.actor(), c.channel(),
                    c.item().details().inServiceCenter(), inServiceCenter(c, event.actor()), receipt.seq(),
                    receipt.occurredAt(), due,
                    event.occurredAt()));
        }
    }

    /**
     * Whether the act was done at the service center: an application that came in through its online hall, or an
     * act by a member of its staff (whose post's department is the center or below it).
     */
    private boolean inServiceCenter(Case c, Actor actor) {
        if (c.channel() == Channel.ONLINE) {
            return true;
        }
        Optional<DepartmentRef> center = organization.departmentByCode(properties.serviceCenterCode());
        return center.isPresent() && organization.postOf(actor.account())
                .map(post -> organization.subtreeOf(center.get().id()).contains(post.departmentId())).orElse(false);
    }

    private Case load(CaseRepository.StoredCase stored) {
        ItemVersion item = itemVersion(stored.itemVersionId()).orElseThrow(
                () -> new IllegalStateException("case " + stored.number() + " names a missing item version"));
        return Case.replay(stored.id(), stored.number(), stored.version(), item, calendar,
                cases.events(stored.id()));
    }

    private CaseView view(long id) {
        CaseRepository.StoredCase stored = cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
        return toView(load(stored), stored.version(), stored.queryCode());
    }

    private Optional<ItemVersion> itemVersion(long versionId) {
        ItemVersion known = versions.get(versionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ItemVersion> loaded = catalog.version(versionId);
        loaded.ifPresent(v -> versions.put(versionId, v));
        return loaded;
    }

    /** The departments whose staff see a case of the item: lead, joint, task departments and the service center. */
    Set<Long> departmentsOf(ItemVersion item) {
        Set<Long> ids = new LinkedHashSet<>(item.details().departmentIds());
        for (ProcessStage stage : item.details().process()) {
            stage.tasks().stream().map(ProcessTask::departmentId).forEach(ids::add);
        }
        organization.departmentByCode(properties.serviceCenterCode()).map(DepartmentRef::id).ifPresent(ids::add);
        return ids;
    }

    private static void check(DataScope scope, Set<Long> departments) {
        if (!allowed(scope, departments)) {
            throw new OutOfScopeException();
        }
    }

    private static boolean allowed(DataScope scope, Set<Long> departments) {
        return scope.all() || departments.stream().anyMatch(scope::allows);
    }

    private String hash(ReceiveApplication command) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(hashing.writeValueAsString(command).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CaseView toView(Case c, int version, String queryCode) {
        List<CaseHistoryEntry> history = c.history().stream()
                .map(e -> new CaseHistoryEntry(e.seq(), e.type(), e.actor().account(), e.actor().position(),
                        e.actor().deputyFor(), e.occurredAt(), e.payload().summary(), e.deadline(),
                        e.payload().detail()))
                .toList();
        return new CaseView(c.id(), c.number(), version, c.state(), c.item().id(), c.item().code(),
                c.item().details().name(), c.item().details().leadDepartment().id(), c.applicant().masked(),
                c.channel(), c.receivedAt(), c.materials(), c.correctionNotice(), c.deadlines(), c.extended(),
                c.outcome(), history, c.tasks(), c.currentStage(), queryCode, c.certificateNumber());
    }
}
