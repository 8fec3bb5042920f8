package org.xiaoneng.casework.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseHistoryEntry;
import org.xiaoneng.casework.Commitment;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseSummary;
import org.xiaoneng.casework.CaseTransitioned;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.ReceiveApplication;
import org.xiaoneng.casework.ReceivedCase;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
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
 * optimistic locking, then the events, then one {@link CaseTransitioned} per event, all in one transaction. Data
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

    private final CaseRepository cases;
    private final ItemCatalog catalog;
    private final StatutoryCalendar calendar;
    private final OrganizationDirectory organization;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CaseworkProperties properties;
    private final JsonMapper hashing = JsonMapper.builder().build();
    // published versions never change, so they are safe to keep
    private final Map<Long, ItemVersion> versions = new ConcurrentHashMap<>();

    CaseService(CaseRepository cases, ItemCatalog catalog, StatutoryCalendar calendar,
            OrganizationDirectory organization, CurrentActor currentActor, ApplicationEventPublisher events,
            Clock clock, CaseworkProperties properties) {
        this.cases = cases;
        this.catalog = catalog;
        this.calendar = calendar;
        this.organization = organization;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /** 收件; with an idempotency key, a retry answers the case the first request created. */
    public ReceivedCase receive(ReceiveApplication command, @Nullable String idempotencyKey) {
        ItemVersion item = itemVersion(command.itemVersionId())
                .orElseThrow(() -> new DomainException("casework.item.notPublished", command.itemVersionId()));
        Set<Long> departments = departmentsOf(item);
        check(currentActor.dataScopeFor(RECEIVE), departments);
        Actor actor = currentActor.actor();
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
        cases.insert(c, departments, now);
        publish(c);
        return new ReceivedCase(toView(c, 1), true);
    }

    /** The case, if the caller may see it. */
    @Transactional(readOnly = true)
    public CaseView find(long id) {
        CaseRepository.StoredCase stored = cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
        check(currentActor.dataScopeFor(VIEW), stored.departmentIds());
        return toView(load(stored), stored.version());
    }

    /**
     * The case, if the caller holds the permission in a department the case belongs to; else
     * {@link OutOfScopeException}. For work on a case kept outside its events (material files).
     */
    public CaseView findWithPermission(long id, String permission) {
        CaseRepository.StoredCase stored = cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
        check(currentActor.dataScopeFor(permission), stored.departmentIds());
        return toView(load(stored), stored.version());
    }

    @Transactional(readOnly = true)
    public List<CaseSummary> list(@Nullable CaseState state) {
        return cases.list(currentActor.dataScopeFor(VIEW), state, LIST_LIMIT);
    }

    public CaseView requestCorrection(long id, int version, List<MaterialDefect> defects) {
        return change(id, version, ACCEPT, null, (c, actor, now) -> c.requestCorrection(defects, actor, now));
    }

    public CaseView resubmit(long id, int version, List<String> supplied) {
        return change(id, version, RECEIVE, null, (c, actor, now) -> c.resubmit(supplied, actor, now));
    }

    public CaseView accept(long id, int version, List<Commitment> commitments) {
        return change(id, version, ACCEPT, null, (c, actor, now) -> c.accept(commitments, actor, now));
    }

    public CaseView refuse(long id, int version, String reasons) {
        return change(id, version, ACCEPT, null, (c, actor, now) -> c.refuse(reasons, actor, now));
    }

    public CaseView startProcessing(long id, int version, @Nullable Long positionId) {
        return change(id, version, HANDLE, positionId, Case::startProcessing);
    }

    public CaseView suspend(long id, int version, @Nullable Long positionId, SpecialProcedure procedure,
            String reason) {
        return change(id, version, HANDLE, positionId, (c, actor, now) -> c.suspend(procedure, reason, actor, now));
    }

    public CaseView resume(long id, int version, @Nullable Long positionId, String note) {
        return change(id, version, HANDLE, positionId, (c, actor, now) -> c.resume(note, actor, now));
    }

    public CaseView extend(long id, int version, @Nullable Long positionId, String reason) {
        return change(id, version, DECIDE, positionId, (c, actor, now) -> c.extend(reason, actor, now));
    }

    public CaseView decide(long id, int version, @Nullable Long positionId, Outcome outcome, String reasons,
            String legalBasis) {
        return change(id, version, DECIDE, positionId,
                (c, actor, now) -> c.decide(outcome, reasons, legalBasis, actor, now));
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

    /**
     * Applies a command to the case at the version the caller read. Another change since → conflict, nothing
     * written.
     */
    private CaseView change(long id, int expectedVersion, String permission, @Nullable Long positionId,
            CaseCommand command) {
        CaseRepository.StoredCase stored = cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
        check(currentActor.dataScopeFor(permission), stored.departmentIds());
        if (stored.version() != expectedVersion) {
            throw new ConflictException("casework.case.concurrentChange", stored.number(), stored.version());
        }
        Case c = load(stored);
        Instant now = clock.instant();
        Actor actor = positionId == null ? currentActor.actor() : actorInPosition(c, positionId, now);
        command.apply(c, actor, now);
        save(c, stored);
        return toView(c, stored.version() + 1);
    }

    /**
     * 视为受理 sweep: records the deemed acceptance of every case whose 5 working days ended without an intake
     * decision. Finds them with one query; each is saved on its own version, so a clerk acting at the same moment
     * wins or loses cleanly. Returns how many were recorded.
     */
    public int deemAcceptedWhereDue() {
        Instant now = clock.instant();
        int recorded = 0;
        for (long id : cases.dueForDeemedAcceptance(LocalDate.ofInstant(now, StatutoryCalendar.ZONE))) {
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
                .orElseThrow(() -> new DomainException("casework.position.notActing", c.number()));
    }

    private void save(Case c, CaseRepository.StoredCase stored) {
        if (!cases.update(c, clock.instant())) {
            throw new ConflictException("casework.case.concurrentChange", stored.number(),
                    cases.version(stored.id()).orElse(stored.version()));
        }
        publish(c);
    }

    private void publish(Case c) {
        long department = c.item().details().leadDepartment().id();
        for (CaseEvent event : c.pendingEvents()) {
            events.publishEvent(new CaseTransitioned(event.actor(), c.id(), c.number(), event.type(), c.state(),
                    department, event.deadline(), event.payload().summary(), event.occurredAt()));
        }
    }

    private Case load(CaseRepository.StoredCase stored) {
        ItemVersion item = itemVersion(stored.itemVersionId()).orElseThrow(
                () -> new IllegalStateException("case " + stored.number() + " names a missing item version"));
        return Case.replay(stored.id(), stored.number(), stored.version(), item, calendar,
                cases.events(stored.id()));
    }

    private CaseView view(long id) {
        CaseRepository.StoredCase stored = cases.find(id).orElseThrow(() -> new NotFoundException("case", id));
        return toView(load(stored), stored.version());
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

    private Set<Long> departmentsOf(ItemVersion item) {
        Set<Long> ids = new LinkedHashSet<>(item.details().departmentIds());
        for (ProcessStage stage : item.details().process()) {
            stage.tasks().stream().map(ProcessTask::departmentId).forEach(ids::add);
        }
        organization.departmentByCode(properties.serviceCenterCode()).map(DepartmentRef::id).ifPresent(ids::add);
        return ids;
    }

    private static void check(DataScope scope, Set<Long> departments) {
        if (!scope.all() && departments.stream().noneMatch(scope::allows)) {
            throw new OutOfScopeException();
        }
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

    private static CaseView toView(Case c, int version) {
        List<CaseHistoryEntry> history = c.history().stream()
                .map(e -> new CaseHistoryEntry(e.seq(), e.type(), e.actor().account(), e.actor().position(),
                        e.actor().deputyFor(), e.occurredAt(), e.payload().summary(), e.deadline()))
                .toList();
        return new CaseView(c.id(), c.number(), version, c.state(), c.item().id(), c.item().code(),
                c.item().details().name(), c.item().details().leadDepartment().id(), c.applicant().masked(),
                c.channel(), c.receivedAt(), c.materials(), c.correctionNotice(), c.deadlines(), c.extended(),
                c.outcome(), history);
    }
}
