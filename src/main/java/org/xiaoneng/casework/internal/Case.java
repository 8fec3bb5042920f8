package org.xiaoneng.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.Applicant;
import org.xiaoneng.casework.CaseDeadlines;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.casework.CaseMaterial;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseTask;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.Commitment;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.casework.MaterialStatus;
import org.xiaoneng.casework.NoticeLine;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.casework.StageDue;
import org.xiaoneng.casework.TaskOutcome;
import org.xiaoneng.casework.TaskState;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcessDefinition;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DomainException;

/**
 * The case (办件), event-sourced: rebuilt by replaying its events, changed only through methods that check the
 * transition, record a new event and apply it. Every rule of intake, the clock and the decision lives here (dates via
 * {@link CaseClock}); an illegal transition throws a {@link DomainException} whose message a clerk understands, and
 * leaves the case as it was.
 */
final class Case {

    /** 行政许可法 art. 42: one extension of 10 working days… */
    static final int EXTENSION_WORKING_DAYS = 10;
    /** …or 15 for joint or centralized handling by several departments. */
    static final int JOINT_EXTENSION_WORKING_DAYS = 15;

    private final long id;
    private final String number;
    private final ItemVersion item;
    private final ProcessDefinition process;
    private final StatutoryCalendar calendar;
    private final int loadedVersion;
    private final List<CaseEvent> history = new ArrayList<>();
    private final List<CaseEvent> pending = new ArrayList<>();
    private final Map<String, MaterialEntry> materials = new LinkedHashMap<>();
    private final List<TaskEntry> tasks = new ArrayList<>();

    private CaseState state = CaseState.RECEIVED;
    private @Nullable Applicant applicant;
    private @Nullable Channel channel;
    private @Nullable Instant receivedAt;
    private List<NoticeLine> notice = List.of();
    private boolean extended;
    private @Nullable Outcome outcome;
    private @Nullable String certificateNumber;
    /** The process stage being worked: -1 before acceptance, {@code stages().size()} when every stage is done. */
    private int currentStage = -1;

    private Case(long id, String number, ItemVersion item, StatutoryCalendar calendar, int loadedVersion) {
        this.id = id;
        this.number = number;
        this.item = item;
        this.process = ProcessDefinition.of(item);
        this.calendar = calendar;
        this.loadedVersion = loadedVersion;
        for (Material material : item.details().materials()) {
            materials.put(material.name(), new MaterialEntry(material, MaterialStatus.MISSING, "", null));
        }
    }

    /** 收件: a new case under the item version, with the materials supplied (by the item's names). */
    static Case receive(long id, String number, ItemVersion item, StatutoryCalendar calendar, Applicant applicant,
            Channel channel, Collection<String> supplied, Actor actor, Instant now) {
        Case c = new Case(id, number, item, calendar, 0);
        List<String> names = c.knownMaterials(supplied);
        c.record(CaseEventType.RECEIVED, new CasePayload.Received(item.id(), applicant, channel, names), actor, now);
        return c;
    }

    /** The case as its recorded events make it. */
    static Case replay(long id, String number, int version, ItemVersion item, StatutoryCalendar calendar,
            List<CaseEvent> events) {
        Case c = new Case(id, number, item, calendar, version);
        for (CaseEvent event : events) {
            c.history.add(event);
            c.apply(event);
        }
        return c;
    }

    /**
     * 一次性告知: the one correction notice, listing at once every required material not supplied and every supplied
     * material the check found defective. Refused when a notice was already issued (the applicant is told everything
     * once), when nothing is wrong (accept instead), or when the 5 working days have passed (the case is by law
     * accepted already).
     */
    List<NoticeLine> requestCorrection(Collection<MaterialDefect> defects, Actor actor, Instant now) {
        if (!notice.isEmpty()) {
            throw new DomainException("casework.correction.onlyOnce", number);
        }
        if (state != CaseState.RECEIVED) {
            throw new DomainException("casework.illegal.correction", number);
        }
        refuseIntakeWhenDeemedAccepted(now);
        Map<String, String> defective = new LinkedHashMap<>();
        for (MaterialDefect defect : defects) {
            MaterialEntry entry = material(defect.material());
            if (entry.status != MaterialStatus.SUPPLIED) {
                throw new DomainException("casework.correction.defectNotSupplied", defect.material());
            }
            defective.put(defect.material(), defect.reason().strip());
        }
        List<NoticeLine> lines = new ArrayList<>();
        for (MaterialEntry entry : materials.values()) {
            if (entry.material.required() && entry.status == MaterialStatus.MISSING) {
                lines.add(new NoticeLine(entry.material.name(), MaterialStatus.MISSING, ""));
            } else if (defective.containsKey(entry.material.name())) {
                lines.add(new NoticeLine(entry.material.name(), MaterialStatus.DEFECTIVE,
                        defective.get(entry.material.name())));
            }
        }
        if (lines.isEmpty()) {
            throw new DomainException("casework.correction.nothingToCorrect", number);
        }
        record(CaseEventType.CORRECTION_REQUESTED, new CasePayload.CorrectionRequested(lines), actor, now);
        return lines;
    }

    /** 补正: the applicant brings the materials asked for; a new receipt, from which the 5 working days run again. */
    void resubmit(Collection<String> supplied, Actor actor, Instant now) {
        if (state != CaseState.CORRECTION_REQUESTED) {
            throw new DomainException("casework.illegal.resubmit", number);
        }
        List<String> names = knownMaterials(supplied);
        if (names.isEmpty()) {
            throw new DomainException("casework.resubmit.nothingSupplied", number);
        }
        record(CaseEventType.RESUBMITTED, new CasePayload.Resubmitted(names), actor, now);
    }

    /**
     * 受理: every required material supplied and in order, except those covered by a 容缺 commitment — allowed only
     * for materials the item marks so, due no earlier than today and no later than the case's own due date (the cure
     * period may not exceed the promised limit).
     */
    void accept(Collection<Commitment> commitments, Actor actor, Instant now) {
        if (state != CaseState.RECEIVED) {
            throw new DomainException("casework.illegal.accept", number);
        }
        refuseIntakeWhenDeemedAccepted(now);
        LocalDate today = CaseClock.day(now);
        Set<String> committed = new HashSet<>();
        for (Commitment commitment : commitments) {
            MaterialEntry entry = material(commitment.material());
            if (!entry.material.mayBeMissingWithCommitment()) {
                throw new DomainException("casework.commitment.notAllowed", commitment.material());
            }
            if (entry.status == MaterialStatus.SUPPLIED) {
                throw new DomainException("casework.commitment.notMissing", commitment.material());
            }
            if (commitment.dueOn().isBefore(today)) {
                throw new DomainException("casework.commitment.dueInPast", commitment.material());
            }
            LocalDate caseDue = dueIfAcceptedOn(today);
            if (commitment.dueOn().isAfter(caseDue)) {
                throw new DomainException("casework.commitment.beyondLimit", commitment.material(), caseDue);
            }
            committed.add(commitment.material());
        }
        List<String> lacking = materials.values().stream()
                .filter(e -> e.material.required() && e.status != MaterialStatus.SUPPLIED
                        && !committed.contains(e.material.name()))
                .map(e -> e.material.name()).toList();
        if (!lacking.isEmpty()) {
            throw new DomainException("casework.accept.materialsLacking", number, String.join("、", lacking));
        }
        record(CaseEventType.ACCEPTED, new CasePayload.Accepted(List.copyOf(commitments)), actor, now);
    }

    /**
     * 视为受理 (行政许可法 art. 32): when no intake decision was made within 5 working days of the (latest) receipt,
     * the case counts as accepted from the day of receipt. Records that once; true when it did now.
     */
    boolean deemAcceptedIfDue(Instant now) {
        if (state != CaseState.RECEIVED || !CaseClock.day(now).isAfter(deadlines().acceptanceDue())) {
            return false;
        }
        LocalDate receipt = CaseClock.day(lastReceipt());
        record(CaseEventType.DEEMED_ACCEPTED, new CasePayload.DeemedAccepted(receipt), Actor.system(), now);
        return true;
    }

    /** 不予受理: at intake (also while waiting for a correction), always with reasons. */
    void refuse(String reasons, Actor actor, Instant now) {
        if (state != CaseState.RECEIVED && state != CaseState.CORRECTION_REQUESTED) {
            throw new DomainException("casework.illegal.refuse", number);
        }
        if (reasons.isBlank()) {
            throw new DomainException("casework.refuse.reasonsRequired");
        }
        if (state == CaseState.RECEIVED) {
            refuseIntakeWhenDeemedAccepted(now);
        }
        record(CaseEventType.REFUSED, new CasePayload.Refused(reasons.strip()), actor, now);
    }

    /** 开始办理: the first stage of the process version begins. */
    void startProcessing(Actor actor, Instant now) {
        if (state != CaseState.ACCEPTED) {
            throw new DomainException("casework.illegal.start", number);
        }
        record(CaseEventType.PROCESSING_STARTED, new CasePayload.Started(), actor, now);
    }

    /**
     * 签收: the person acting for the task's position today takes it on; the first claim of an accepted case starts
     * its processing. A task claimed by someone else can be taken over only when that person no longer acts for the
     * position ({@code claimantGone}: away, or the post changed hands).
     */
    void claim(int taskNo, boolean claimantGone, Actor actor, Instant now) {
        TaskEntry task = task(taskNo);
        if (state != CaseState.ACCEPTED && state != CaseState.IN_PROCESS && state != CaseState.DECIDED) {
            throw new DomainException(state == CaseState.SUSPENDED ? "casework.task.suspended"
                    : "casework.task.caseNotInProcess", number);
        }
        if (!task.state.open()) {
            throw new DomainException("casework.task.notOpen", number, taskNo);
        }
        if (task.state == TaskState.CLAIMED) {
            if (actor.account().equals(task.claimedBy)) {
                throw new DomainException("casework.task.alreadyClaimed", number, taskNo);
            }
            if (!claimantGone) {
                throw new DomainException("casework.task.claimedByOther", number, taskNo, task.claimedBy);
            }
        }
        if (state == CaseState.ACCEPTED) {
            record(CaseEventType.PROCESSING_STARTED, new CasePayload.Started(), actor, now);
        }
        record(CaseEventType.TASK_CLAIMED, new CasePayload.TaskClaimed(taskNo), actor, now);
    }

    /**
     * 办理: the task is completed with an opinion — passed on (the next stage opens when it was the stage's last open
     * task), returned to an earlier stage with the reason (the stage's other open tasks are cancelled and that stage's
     * tasks open again), or with a proposal to deny. An unclaimed task is claimed by completing it; one claimed by
     * somebody else is refused.
     */
    void complete(int taskNo, TaskOutcome taskOutcome, String opinion, @Nullable Integer returnToStage, Actor actor,
            Instant now) {
        TaskEntry task = task(taskNo);
        if (state == CaseState.SUSPENDED) {
            throw new DomainException("casework.task.suspended", number);
        }
        if (state == CaseState.DECIDED) {
            throw new DomainException("casework.task.deliverInstead", number);
        }
        if (state != CaseState.ACCEPTED && state != CaseState.IN_PROCESS) {
            throw new DomainException("casework.task.caseNotInProcess", number);
        }
        if (!task.state.open()) {
            throw new DomainException("casework.task.notOpen", number, taskNo);
        }
        if (task.state == TaskState.CLAIMED && !actor.account().equals(task.claimedBy)) {
            throw new DomainException("casework.task.claimedByOther", number, taskNo, task.claimedBy);
        }
        if (taskOutcome != TaskOutcome.PASS && taskOutcome != TaskOutcome.RETURN
                && taskOutcome != TaskOutcome.PROPOSE_DENIAL) {
            throw new DomainException("casework.task.outcomeNotAllowed", taskOutcome);
        }
        if (opinion.isBlank()) {
            throw new DomainException("casework.task.opinionRequired");
        }
        Integer target = null;
        if (taskOutcome == TaskOutcome.RETURN) {
            if (returnToStage == null || returnToStage < 0 || returnToStage >= task.stageIndex) {
                throw new DomainException("casework.task.returnTarget", number);
            }
            target = returnToStage;
        }
        if (task.state == TaskState.OPEN) {
            claim(taskNo, false, actor, now);
        }
        record(CaseEventType.TASK_COMPLETED, new CasePayload.TaskCompleted(taskNo, taskOutcome, opinion.strip(),
                target), actor, now);
    }

    /** 中止 (art. 45): a special procedure stops the clock; the written reason goes to the applicant. */
    void suspend(SpecialProcedure procedure, String reason, Actor actor, Instant now) {
        if (state != CaseState.IN_PROCESS) {
            throw new DomainException("casework.illegal.suspend", number);
        }
        if (reason.isBlank()) {
            throw new DomainException("casework.suspend.reasonRequired");
        }
        record(CaseEventType.SUSPENDED, new CasePayload.Suspended(procedure, reason.strip()), actor, now);
    }

    /** 恢复: the clock runs again with the days that remained. */
    void resume(String note, Actor actor, Instant now) {
        if (state != CaseState.SUSPENDED) {
            throw new DomainException("casework.illegal.resume", number);
        }
        record(CaseEventType.RESUMED, new CasePayload.Resumed(note.strip()), actor, now);
    }

    /**
     * 延期 (art. 42): once only, by 10 working days (15 for joint handling), approved by an approver with a written
     * reason for the applicant, and only while the case is still on time.
     */
    void extend(String reason, Actor approver, Instant now) {
        if (state != CaseState.IN_PROCESS) {
            throw new DomainException("casework.illegal.extend", number);
        }
        if (extended) {
            throw new DomainException("casework.extension.onlyOnce", number);
        }
        if (reason.isBlank()) {
            throw new DomainException("casework.extension.reasonRequired");
        }
        if (CaseClock.overdue(deadlines().due(), CaseClock.day(now))) {
            throw new DomainException("casework.extension.overdue", number);
        }
        int days = jointHandling() ? JOINT_EXTENSION_WORKING_DAYS : EXTENSION_WORKING_DAYS;
        record(CaseEventType.EXTENDED, new CasePayload.Extended(days, reason.strip(), approver.account()), approver,
                now);
    }

    /**
     * 决定: approve or deny, always with reasons and the legal basis, made in the position whose task is the only
     * one still open in the current stage (the decision completes it; a later stage such as 送达 then opens). When
     * every stage is done, any approver in scope decides.
     */
    void decide(Outcome decision, String reasons, String legalBasis, @Nullable Long positionId, Actor actor,
            Instant now) {
        if (state != CaseState.IN_PROCESS) {
            throw new DomainException("casework.illegal.decide", number);
        }
        if (currentStage >= 0 && currentStage < process.stages().size()) {
            List<TaskEntry> open = tasks.stream().filter(t -> t.state.open()).toList();
            String stageName = process.stages().get(currentStage).name();
            if (positionId == null || open.stream().noneMatch(t -> t.task.positionId() == positionId)) {
                throw new DomainException("casework.decision.notYourStage", number, stageName);
            }
            if (open.stream().anyMatch(t -> t.task.positionId() != positionId)) {
                throw new DomainException("casework.decision.stageOpen", number, stageName);
            }
        }
        if (reasons.isBlank()) {
            throw new DomainException("casework.decision.reasonsRequired");
        }
        if (legalBasis.isBlank()) {
            throw new DomainException("casework.decision.legalBasisRequired");
        }
        record(CaseEventType.DECIDED, new CasePayload.Decided(decision, reasons.strip(), legalBasis.strip()), actor,
                now);
    }

    /** 发证 (art. 44): an approval's licence, once, after the decision and before the delivery. */
    void issueCertificate(String certificate, Actor actor, Instant now) {
        if (state != CaseState.DECIDED || outcome != Outcome.APPROVED) {
            throw new DomainException("casework.illegal.certificate", number);
        }
        if (certificateNumber != null) {
            throw new DomainException("casework.certificate.onlyOnce", number, certificateNumber);
        }
        if (certificate.isBlank()) {
            throw new DomainException("casework.certificate.numberRequired");
        }
        record(CaseEventType.CERTIFICATE_ISSUED, new CasePayload.CertificateIssued(certificate.strip()), actor, now);
    }

    /** 送达: the decision (with the licence, for an approval: issued first). */
    void deliver(DeliveryMethod method, Actor actor, Instant now) {
        if (state != CaseState.DECIDED) {
            throw new DomainException("casework.illegal.deliver", number);
        }
        if (outcome == Outcome.APPROVED && certificateNumber == null) {
            throw new DomainException("casework.deliver.certificateFirst", number);
        }
        record(CaseEventType.DELIVERED, new CasePayload.Delivered(method), actor, now);
    }

    /** 办结. */
    void close(Actor actor, Instant now) {
        if (state != CaseState.DELIVERED) {
            throw new DomainException("casework.illegal.close", number);
        }
        record(CaseEventType.CLOSED, new CasePayload.Closed(), actor, now);
    }

    /** 撤回: by the applicant, at any time before the decision. */
    void withdraw(String reason, Actor actor, Instant now) {
        if (state.isFinal() || state == CaseState.DECIDED || state == CaseState.DELIVERED) {
            throw new DomainException("casework.illegal.withdraw", number);
        }
        if (reason.isBlank()) {
            throw new DomainException("casework.withdraw.reasonRequired");
        }
        record(CaseEventType.WITHDRAWN, new CasePayload.Withdrawn(reason.strip()), actor, now);
    }

    /** The process tasks so far, with their stage's due date. */
    List<CaseTask> tasks() {
        List<StageDue> dues = deadlines().stages();
        return tasks.stream().map(t -> t.view(dues.size() > t.stageIndex ? dues.get(t.stageIndex).due() : null))
                .toList();
    }

    /** The process stage being worked (0-based); -1 before acceptance, the number of stages when all are done. */
    int currentStage() {
        return currentStage;
    }

    /** The dates, derived from the history as it stands (including events not yet saved). */
    CaseDeadlines deadlines() {
        return CaseClock.compute(history, process, calendar);
    }

    /** Joint handling (联合办理): the item names co-departments, or a stage has tasks of several departments. */
    boolean jointHandling() {
        if (!item.details().coDepartments().isEmpty()) {
            return true;
        }
        for (ProcessStage stage : process.stages()) {
            if (stage.tasks().stream().map(ProcessTask::departmentId).distinct().count() > 1) {
                return true;
            }
        }
        return false;
    }

    private void refuseIntakeWhenDeemedAccepted(Instant now) {
        LocalDate acceptanceDue = deadlines().acceptanceDue();
        if (CaseClock.day(now).isAfter(acceptanceDue)) {
            throw new DomainException("casework.intake.deemedAccepted", number, CaseClock.day(lastReceipt()));
        }
    }

    private LocalDate dueIfAcceptedOn(LocalDate day) {
        List<CaseEvent> hypothetical = new ArrayList<>(history);
        hypothetical.add(new CaseEvent(history.size() + 1, CaseEventType.DEEMED_ACCEPTED,
                new CasePayload.DeemedAccepted(day), Actor.system(), Instant.EPOCH, null));
        LocalDate due = CaseClock.compute(hypothetical, process, calendar).due();
        return due == null ? day : due;
    }

    private Instant lastReceipt() {
        Instant last = receivedAt;
        for (CaseEvent event : history) {
            if (event.type() == CaseEventType.RESUBMITTED) {
                last = event.occurredAt();
            }
        }
        return last == null ? Instant.EPOCH : last;
    }

    private List<String> knownMaterials(Collection<String> names) {
        List<String> known = new ArrayList<>();
        for (String name : names) {
            String stripped = name.strip();
            material(stripped);
            if (!known.contains(stripped)) {
                known.add(stripped);
            }
        }
        return known;
    }

    private MaterialEntry material(String name) {
        MaterialEntry entry = materials.get(name.strip());
        if (entry == null) {
            throw new DomainException("casework.material.unknown", name, item.code());
        }
        return entry;
    }

    private void record(CaseEventType type, CasePayload payload, Actor actor, Instant now) {
        CaseEvent event = new CaseEvent(history.size() + 1, type, payload, actor, now, null);
        history.add(event);
        apply(event);
        CaseDeadlines dates = deadlines();
        LocalDate deadline = switch (type) {
            case RECEIVED, RESUBMITTED -> dates.acceptanceDue();
            case ACCEPTED, DEEMED_ACCEPTED, RESUMED, EXTENDED -> dates.due();
            case DECIDED -> dates.certificateDue();
            default -> null;
        };
        CaseEvent recorded = event.withDeadline(deadline);
        history.set(history.size() - 1, recorded);
        pending.add(recorded);
    }

    private void apply(CaseEvent event) {
        CasePayload payload = event.payload();
        switch (event.type()) {
            case RECEIVED -> {
                CasePayload.Received r = (CasePayload.Received) payload;
                applicant = r.applicant();
                channel = r.channel();
                receivedAt = event.occurredAt();
                r.supplied().forEach(name -> setMaterial(name, MaterialStatus.SUPPLIED, "", null));
                state = CaseState.RECEIVED;
            }
            case CORRECTION_REQUESTED -> {
                notice = List.copyOf(((CasePayload.CorrectionRequested) payload).lines());
                notice.stream().filter(l -> l.problem() == MaterialStatus.DEFECTIVE)
                        .forEach(l -> setMaterial(l.material(), MaterialStatus.DEFECTIVE, l.reason(), null));
                state = CaseState.CORRECTION_REQUESTED;
            }
            case RESUBMITTED -> {
                ((CasePayload.Resubmitted) payload).supplied()
                        .forEach(name -> setMaterial(name, MaterialStatus.SUPPLIED, "", null));
                state = CaseState.RECEIVED;
            }
            case ACCEPTED -> {
                ((CasePayload.Accepted) payload).commitments().forEach(
                        c -> setMaterial(c.material(), MaterialStatus.COMMITTED, c.wording(), c.dueOn()));
                state = CaseState.ACCEPTED;
                openStage(0, event.occurredAt());
            }
            case DEEMED_ACCEPTED -> {
                state = CaseState.ACCEPTED;
                openStage(0, event.occurredAt());
            }
            case REFUSED -> state = CaseState.REFUSED;
            case PROCESSING_STARTED, RESUMED -> state = CaseState.IN_PROCESS;
            case TASK_CLAIMED -> {
                TaskEntry task = task(((CasePayload.TaskClaimed) payload).taskNo());
                task.state = TaskState.CLAIMED;
                task.claimedBy = event.actor().account();
            }
            case TASK_COMPLETED -> completeTask((CasePayload.TaskCompleted) payload, event);
            case SUSPENDED -> state = CaseState.SUSPENDED;
            case EXTENDED -> extended = true;
            case DECIDED -> {
                outcome = ((CasePayload.Decided) payload).outcome();
                state = CaseState.DECIDED;
                finishOpenTasks(TaskOutcome.DECIDED, event);
                if (currentStage >= 0 && currentStage < process.stages().size()) {
                    openStage(currentStage + 1, event.occurredAt());
                }
            }
            case CERTIFICATE_ISSUED ->
                certificateNumber = ((CasePayload.CertificateIssued) payload).certificateNumber();
            case DELIVERED -> {
                state = CaseState.DELIVERED;
                finishOpenTasks(TaskOutcome.DELIVERED, event);
                currentStage = process.stages().size();
            }
            case CLOSED -> {
                state = CaseState.CLOSED;
                cancelOpenTasks();
            }
            case WITHDRAWN -> {
                state = CaseState.WITHDRAWN;
                cancelOpenTasks();
            }
            default -> throw new IllegalStateException("unknown event " + event.type());
        }
    }

    private void completeTask(CasePayload.TaskCompleted completed, CaseEvent event) {
        TaskEntry task = task(completed.taskNo());
        task.finish(completed.outcome(), completed.opinion(), completed.returnToStage(), event);
        if (completed.outcome() == TaskOutcome.RETURN && completed.returnToStage() != null) {
            cancelOpenTasks();
            openStage(completed.returnToStage(), event.occurredAt());
        } else if (tasks.stream().noneMatch(t -> t.state.open())) {
            openStage(currentStage + 1, event.occurredAt());
        }
    }

    /** The stage's tasks open (in the inboxes of their positions); past the last stage, the process is done. */
    private void openStage(int index, Instant at) {
        currentStage = Math.min(index, process.stages().size());
        if (currentStage < process.stages().size()) {
            for (ProcessTask task : process.stages().get(currentStage).tasks()) {
                tasks.add(new TaskEntry(tasks.size() + 1, currentStage, process.stages().get(currentStage).name(),
                        task, at));
            }
        }
    }

    private void finishOpenTasks(TaskOutcome how, CaseEvent event) {
        tasks.stream().filter(t -> t.state.open()).forEach(t -> t.finish(how, "", null, event));
    }

    private void cancelOpenTasks() {
        tasks.stream().filter(t -> t.state.open()).forEach(t -> t.state = TaskState.CANCELLED);
    }

    private TaskEntry task(int taskNo) {
        if (taskNo < 1 || taskNo > tasks.size()) {
            throw new DomainException("casework.task.unknown", number, taskNo);
        }
        return tasks.get(taskNo - 1);
    }

    private void setMaterial(String name, MaterialStatus status, String note, @Nullable LocalDate dueOn) {
        MaterialEntry entry = materials.get(name);
        if (entry != null) {
            materials.put(name, new MaterialEntry(entry.material, status, note, dueOn));
        }
    }

    long id() {
        return id;
    }

    String number() {
        return number;
    }

    ItemVersion item() {
        return item;
    }

    CaseState state() {
        return state;
    }

    Applicant applicant() {
        if (applicant == null) {
            throw new IllegalStateException("a case starts with its receipt");
        }
        return applicant;
    }

    Channel channel() {
        return channel == null ? Channel.WINDOW : channel;
    }

    Instant receivedAt() {
        return receivedAt == null ? Instant.EPOCH : receivedAt;
    }

    List<CaseMaterial> materials() {
        return materials.values().stream().map(e -> new CaseMaterial(e.material.name(), e.material.required(),
                e.status, e.note, e.dueOn)).toList();
    }

    List<NoticeLine> correctionNotice() {
        return notice;
    }

    boolean extended() {
        return extended;
    }

    @Nullable String certificateNumber() {
        return certificateNumber;
    }

    @Nullable Outcome outcome() {
        return outcome;
    }

    List<CaseEvent> history() {
        return List.copyOf(history);
    }

    /**
     * The case as it was loaded, before the events recorded since (replayed anew); null for a new case, which had
     * nothing before.
     */
    @Nullable Case asLoaded() {
        if (loadedVersion == 0) {
            return null;
        }
        return replay(id, number, loadedVersion, item, calendar, history.subList(0, history.size() - pending.size()));
    }

    /** The receipt (or resubmission) that started the current intake period. */
    CaseEvent lastReceiptEvent() {
        CaseEvent last = history.get(0);
        for (CaseEvent event : history) {
            if (event.type() == CaseEventType.RECEIVED || event.type() == CaseEventType.RESUBMITTED) {
                last = event;
            }
        }
        return last;
    }

    /** Events recorded since the case was loaded, in order, to be saved. */
    List<CaseEvent> pendingEvents() {
        return List.copyOf(pending);
    }

    /** The version the case had when loaded (0 for a new case); saving checks it is still the stored one. */
    int loadedVersion() {
        return loadedVersion;
    }

    /** A task as the replay builds it; changed only by {@link #apply}. */
    private static final class TaskEntry {
        final int taskNo;
        final int stageIndex;
        final String stageName;
        final ProcessTask task;
        final Instant openedAt;
        TaskState state = TaskState.OPEN;
        @Nullable String claimedBy;
        @Nullable String completedBy;
        @Nullable Instant completedAt;
        @Nullable TaskOutcome outcome;
        String opinion = "";
        @Nullable Integer returnToStage;

        TaskEntry(int taskNo, int stageIndex, String stageName, ProcessTask task, Instant openedAt) {
            this.taskNo = taskNo;
            this.stageIndex = stageIndex;
            this.stageName = stageName;
            this.task = task;
            this.openedAt = openedAt;
        }

        void finish(TaskOutcome how, String text, @Nullable Integer target, CaseEvent event) {
            state = TaskState.DONE;
            outcome = how;
            opinion = text;
            returnToStage = target;
            completedBy = event.actor().account();
            completedAt = event.occurredAt();
        }

        CaseTask view(@Nullable LocalDate due) {
            return new CaseTask(taskNo, stageIndex, stageName, task.departmentId(), task.departmentName(),
                    task.positionId(), task.positionName(), state, openedAt, due, claimedBy, completedBy,
                    completedAt, outcome, opinion, returnToStage);
        }
    }

    private record MaterialEntry(Material material, MaterialStatus status, String note, @Nullable LocalDate dueOn) {
    }
}
