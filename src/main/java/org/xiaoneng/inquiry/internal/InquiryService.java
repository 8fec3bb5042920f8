package org.xiaoneng.inquiry.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.inquiry.InquiryChanged;
import org.xiaoneng.inquiry.InquiryHistoryEntry;
import org.xiaoneng.inquiry.InquirySummary;
import org.xiaoneng.inquiry.InquiryView;
import org.xiaoneng.inquiry.RecordInquiry;
import org.xiaoneng.inquiry.RecordedInquiry;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;
import org.xiaoneng.organization.StaffPost;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.OutOfScopeException;
import org.xiaoneng.platform.PersonalData;

/**
 * Loads a first inquiry, lets it apply one step for the caller, and saves it — the row under optimistic locking, then
 * its new events, then one {@link InquiryChanged} per event (for the audit trail), all in one transaction.
 *
 * <p>Who sees an inquiry: its first receiver; whoever acts today (as holder or deputy) for the desk it was handed to;
 * whoever took a step in it; and overseers (inquiry:inquiry:oversee — supervisors and leaders) for inquiries received
 * in, or handed to a desk of, a department in their scope. Anybody else: 403.
 */
@Service
@Transactional
public class InquiryService {

    public static final String RECORD = "inquiry:inquiry:record";
    public static final String VIEW = "inquiry:inquiry:view";
    public static final String OVERSEE = "inquiry:inquiry:oversee";

    private static final int LIST_LIMIT = 100;
    private static final Pattern KEY_PATTERN = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    private final InquiryRepository inquiries;
    private final OrganizationDirectory organization;
    private final ItemCatalog catalog;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final InquiryProperties properties;

    InquiryService(InquiryRepository inquiries, OrganizationDirectory organization, ItemCatalog catalog,
            CurrentActor currentActor, ApplicationEventPublisher events, Clock clock, InquiryProperties properties) {
        this.inquiries = inquiries;
        this.organization = organization;
        this.catalog = catalog;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * 首问登记 by the signed-in staff member, in the post they hold, who owns the inquiry from now on. With an
     * idempotency key, a retry answers the inquiry the first request created; the key reused by somebody else or for
     * another inquiry is refused (409).
     */
    public RecordedInquiry record(RecordInquiry command, @Nullable String idempotencyKey) {
        if (idempotencyKey != null && !KEY_PATTERN.matcher(idempotencyKey).matches()) {
            throw new DomainException("inquiry.idempotency.invalid");
        }
        RecordInquiry inquiry = command.normalized();
        Actor actor = currentActor.actor();
        StaffPost post = organization.postOf(actor.account())
                .orElseThrow(() -> new DomainException("inquiry.receiver.noPost"));
        String itemName = null;
        if (inquiry.itemCode() != null) {
            itemName = catalog.currentVersion(inquiry.itemCode()).map(ItemVersion::details).map(d -> d.name())
                    .orElseThrow(() -> new DomainException("inquiry.item.unknown", inquiry.itemCode()));
        }
        Instant now = clock.instant();
        long id = inquiries.nextId();
        if (idempotencyKey != null) {
            String hash = hash(inquiry);
            Optional<InquiryRepository.KeyClaim> earlier = inquiries.claimKey(idempotencyKey, actor.account(), hash,
                    id, now);
            if (earlier.isPresent()) {
                if (!earlier.get().account().equals(actor.account()) || !earlier.get().requestHash().equals(hash)) {
                    throw new ConflictException("inquiry.idempotency.reused");
                }
                return new RecordedInquiry(find(earlier.get().inquiryId()), false);
            }
        }
        Receiver receiver = new Receiver(actor.account(), post.staffId(), post.staffName(), post.positionId(),
                post.positionName(), post.departmentId());
        Actor inPost = new Actor(actor.account(), post.positionName(), null, actor.address());
        FirstInquiry created = FirstInquiry.record(id, inquiry.inquirerName(), inquiry.contactPhone(),
                inquiry.channel(), inquiry.subject(), inquiry.itemCode(), itemName, receiver, inPost, now);
        inquiries.insert(created, now);
        publish(created);
        FirstInquiry stored = inquiries.find(id).orElseThrow();
        return new RecordedInquiry(toView(stored, callerFor(stored, now), now), true);
    }

    /** The inquiry, if the caller may see it (else 403; 404 when there is none). */
    @Transactional(readOnly = true)
    public InquiryView find(long id) {
        FirstInquiry inquiry = inquiries.find(id).orElseThrow(() -> new NotFoundException("inquiry", id));
        Instant now = clock.instant();
        Caller caller = callerFor(inquiry, now);
        checkVisible(inquiry, caller);
        return toView(inquiry, caller, now);
    }

    /** 答复: by the owner — the first receiver, or the desk once it confirmed. */
    public InquiryView answer(long id, int version, String answer) {
        return change(id, version, (inquiry, caller, now) -> inquiry.answer(answer, caller, now));
    }

    /** 转交 to a desk (an active position someone acts for today), with a note; only the first receiver. */
    public InquiryView handOn(long id, int version, long deskPositionId, String note) {
        PositionRef position = organization.position(deskPositionId).filter(PositionRef::active)
                .orElseThrow(() -> new DomainException("inquiry.desk.unknown", String.valueOf(deskPositionId)));
        Desk desk = new Desk(position.id(), position.name(), position.departmentId());
        if (organization.whoActsFor(position.id(), today(clock.instant())).isEmpty()) {
            throw new DomainException("inquiry.desk.vacant", departmentName(position.departmentId()),
                    position.name());
        }
        return change(id, version, (inquiry, caller, now) -> inquiry.handOn(desk, note, caller, now));
    }

    /** 确认接收 by whoever acts for the receiving desk today (its holder, or the deputy when the holder is away). */
    public InquiryView confirm(long id, int version) {
        return change(id, version, FirstInquiry::confirm);
    }

    /** 跟进: a note by the first receiver or the receiving desk, at any time. */
    public InquiryView followUp(long id, int version, String note) {
        return change(id, version, (inquiry, caller, now) -> inquiry.followUp(note, caller, now));
    }

    /** The inquiries the caller received first, latest first (at most 100); unresolved ones flagged. */
    @Transactional(readOnly = true)
    public List<InquirySummary> mine() {
        return inquiries.receivedBy(currentActor.actor().account(), cutoff(), LIST_LIMIT);
    }

    /** The inquiries the caller still owns, unanswered and older than the configured time, oldest first. */
    @Transactional(readOnly = true)
    public List<InquirySummary> unresolved() {
        return inquiries.unresolvedOf(currentActor.actor().account(), cutoff(), LIST_LIMIT);
    }

    /**
     * The inquiries handed to the desks the caller acts for today — their own positions, and those of absent holders
     * they stand in for as deputy (marked) — that are not answered yet, oldest first.
     */
    @Transactional(readOnly = true)
    public List<InquirySummary> desk() {
        Map<Long, Acting> acting = new LinkedHashMap<>();
        for (Acting a : organization.positionsActedBy(currentActor.actor().account(), today(clock.instant()))) {
            acting.put(a.positionId(), a);
        }
        return inquiries.atDesks(acting.keySet(), cutoff(), LIST_LIMIT).stream()
                .map(row -> {
                    Acting a = row.deskPositionId() == null ? null : acting.get(row.deskPositionId());
                    return a != null && a.asDeputy() ? row.asDeputy() : row;
                }).toList();
    }

    /** Overseers: the inquiries of the departments in their scope, latest first; only unresolved ones when asked. */
    @Transactional(readOnly = true)
    public List<InquirySummary> inScope(boolean onlyUnresolved) {
        DataScope scope = currentActor.dataScopeFor(OVERSEE);
        if (!scope.all() && scope.departmentIds().isEmpty()) {
            throw new OutOfScopeException();
        }
        return inquiries.inScope(scope, onlyUnresolved, cutoff(), LIST_LIMIT);
    }

    /** One step on a loaded inquiry, by the caller, at the instant. */
    @FunctionalInterface
    interface Step {
        void apply(FirstInquiry inquiry, Caller caller, Instant now);
    }

    /** Applies a step to the inquiry at the version the caller read; another change since → 409, nothing written. */
    private InquiryView change(long id, int expectedVersion, Step step) {
        FirstInquiry inquiry = inquiries.findForUpdate(id).orElseThrow(() -> new NotFoundException("inquiry", id));
        Instant now = clock.instant();
        Caller caller = callerFor(inquiry, now);
        checkVisible(inquiry, caller);
        if (inquiry.loadedVersion() != expectedVersion) {
            throw new ConflictException("inquiry.concurrentChange", inquiry.label(), inquiry.loadedVersion());
        }
        step.apply(inquiry, caller, now);
        if (!inquiries.update(inquiry, now)) {
            throw new ConflictException("inquiry.concurrentChange", inquiry.label(),
                    inquiries.version(id).orElse(inquiry.loadedVersion()));
        }
        publish(inquiry);
        FirstInquiry saved = inquiries.find(id).orElseThrow();
        return toView(saved, callerFor(saved, now), now);
    }

    /** The signed-in person, and — when the inquiry has a desk they act for today — the same person at that desk. */
    private Caller callerFor(FirstInquiry inquiry, Instant now) {
        Actor actor = currentActor.actor();
        Desk desk = inquiry.desk();
        Actor atDesk = desk == null ? null
                : organization.actorFor(actor, desk.positionId(), today(now)).orElse(null);
        return new Caller(actor, atDesk);
    }

    private void checkVisible(FirstInquiry inquiry, Caller caller) {
        if (inquiry.receiver().account().equals(caller.account()) || caller.atDesk() != null) {
            return;
        }
        DataScope oversight = currentActor.dataScopeFor(OVERSEE);
        Desk desk = inquiry.desk();
        if (oversight.allows(inquiry.receiver().departmentId())
                || desk != null && oversight.allows(desk.departmentId())) {
            return;
        }
        if (inquiries.tookPart(inquiry.id(), caller.account())) {
            return;
        }
        throw new OutOfScopeException();
    }

    private void publish(FirstInquiry inquiry) {
        for (InquiryEvent event : inquiry.pendingEvents()) {
            String summary = switch (event.type()) {
                case RECORDED -> inquiry.channel().name()
                        + (inquiry.itemCode() == null ? "" : " item " + inquiry.itemCode());
                case HANDED_ON, CONFIRMED -> "desk " + event.deskName();
                case ANSWERED, FOLLOWED_UP -> "";
            };
            events.publishEvent(new InquiryChanged(event.actor(), inquiry.id(), event.type(), inquiry.state(),
                    inquiry.receiver().departmentId(), summary, event.occurredAt()));
        }
    }

    private InquiryView toView(FirstInquiry inquiry, Caller caller, Instant now) {
        Receiver r = inquiry.receiver();
        InquiryView.Receiver receiver = new InquiryView.Receiver(r.account(), r.staffId(), r.staffName(),
                r.positionId(), r.positionName(), r.departmentId(), departmentName(r.departmentId()));
        Desk d = inquiry.desk();
        InquiryView.Desk desk = d == null ? null
                : new InquiryView.Desk(d.positionId(), d.positionName(), d.departmentId(),
                        departmentName(d.departmentId()));
        List<InquiryHistoryEntry> history = inquiry.history().stream()
                .map(e -> new InquiryHistoryEntry(e.seq(), e.type(), e.actor().account(), e.actor().position(),
                        e.actor().deputyFor(), e.occurredAt(), e.text(), e.deskName()))
                .toList();
        return new InquiryView(inquiry.id(), inquiry.loadedVersion(), inquiry.inquirerName(),
                PersonalData.maskPhone(inquiry.contactPhone()), inquiry.channel(), inquiry.subject(),
                inquiry.itemCode(), inquiry.itemName(), receiver, inquiry.state(), desk, inquiry.handOnNote(),
                inquiry.ownedByDesk(), inquiry.confirmedBy(), inquiry.confirmedAt(), inquiry.answer(),
                inquiry.answeredBy(), inquiry.answeredAt(), inquiry.recordedAt(),
                inquiry.unresolved(now, properties.unresolvedAfter()), inquiry.actionsFor(caller), history);
    }

    private String departmentName(long departmentId) {
        return organization.department(departmentId).map(DepartmentRef::name).orElse("");
    }

    /** Inquiries logged at or before this instant and not answered are unresolved. */
    private Instant cutoff() {
        return clock.instant().minus(properties.unresolvedAfter());
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, StatutoryCalendar.ZONE);
    }

    private static String hash(RecordInquiry command) {
        String canonical = String.join("\u0000", command.inquirerName(), command.contactPhone(),
                command.channel().name(), command.subject(), command.itemCode() == null ? "" : command.itemCode());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
