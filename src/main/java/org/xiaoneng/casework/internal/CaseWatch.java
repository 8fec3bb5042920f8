package org.xiaoneng.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseDeadlines;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseTask;
import org.xiaoneng.casework.DeadlineKind;
import org.xiaoneng.casework.StageDue;
import org.xiaoneng.casework.TaskOutcome;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;

/**
 * The deadlines of a case that supervision watches, as the case alone knows them (who acts for a position is looked up
 * when they are announced): the intake decision while the case waits for it, the case's own due date once accepted,
 * each process task with its stage's due date, and after an approval the licence until it is issued. Two snapshots
 * are equal when nothing supervision sees changed.
 *
 * <p>Who answers for the licence follows the intake decision's rule (whoever took the work on, else the position):
 * the person who made the approval, in the position of the 决定 task it completed (in that task's department); when
 * the approval came after every stage was done, the last stage's position in the lead department, as for the case.
 */
final class CaseWatch {

    /** While the promised limit runs (a suspended case still counts: its clock stands still, the deadline stays). */
    private static final Set<CaseState> RUNNING = EnumSet.of(CaseState.ACCEPTED, CaseState.IN_PROCESS,
            CaseState.SUSPENDED);

    private CaseWatch() {
    }

    /**
     * One deadline before staff are resolved.
     *
     * @param departmentId null for the intake decision: the department of whoever made the receipt
     * @param account      the account that took the work on (the task's claimant, the receipt's maker), if any
     */
    record Watch(DeadlineKind kind, String key, LocalDate due, int limitWorkingDays,
            @Nullable Integer warningWorkingDays, @Nullable String stageName, @Nullable Long departmentId,
            @Nullable Long positionId, @Nullable String positionName, @Nullable String account, boolean open) {
    }

    /** What supervision sees of the case: its watched deadlines, and whether its clock stands still. */
    record Snapshot(List<Watch> deadlines, boolean suspended) {
    }

    static Snapshot of(Case c, StatutoryCalendar calendar) {
        CaseDeadlines dates = c.deadlines();
        List<Watch> watched = new ArrayList<>();
        watched.add(new Watch(DeadlineKind.ACCEPTANCE, "acceptance", dates.acceptanceDue(),
                CaseClock.INTAKE_WORKING_DAYS, null, null, null, null, null, c.lastReceiptEvent().actor().account(),
                c.state() == CaseState.RECEIVED));
        List<CaseTask> tasks = c.tasks();
        if (dates.due() != null && dates.acceptedOn() != null) {
            int limit = Math.max(0, calendar.workingDaysBetween(dates.acceptedOn(), dates.due())
                    - dates.suspendedWorkingDays());
            CaseTask current = tasks.stream().filter(t -> t.state().open()).findFirst().orElse(null);
            Long positionId = current != null ? Long.valueOf(current.positionId()) : lastPosition(c);
            String positionName = current != null ? current.positionName() : lastPositionName(c);
            watched.add(new Watch(DeadlineKind.CASE, "case", dates.due(), limit,
                    c.item().details().yellowThresholdDays(), null, c.item().details().leadDepartment().id(),
                    positionId, positionName, current == null ? null : current.claimedBy(),
                    RUNNING.contains(c.state())));
        }
        List<StageDue> stages = dates.stages();
        for (CaseTask task : tasks) {
            if (task.due() == null) {
                continue;
            }
            int limit = task.stageIndex() < stages.size() ? stages.get(task.stageIndex()).workingDays() : 0;
            watched.add(new Watch(DeadlineKind.TASK, "task:" + task.taskNo(), task.due(), limit, null,
                    task.stageName(), task.departmentId(), task.positionId(), task.positionName(), task.claimedBy(),
                    task.state().open()));
        }
        if (dates.certificateDue() != null) {
            watched.add(licence(c, dates.certificateDue(), tasks));
        }
        return new Snapshot(List.copyOf(watched), dates.clockStopped());
    }

    /** 发证期限: open from the approval until the licence is issued (a case cannot be closed before it is). */
    private static Watch licence(Case c, LocalDate due, List<CaseTask> tasks) {
        CaseEvent approval = null;
        for (CaseEvent event : c.history()) {
            if (event.type() == CaseEventType.DECIDED) {
                approval = event;
            }
        }
        CaseTask decided = null;
        for (CaseTask task : tasks) {
            if (task.outcome() == TaskOutcome.DECIDED) {
                decided = task;
            }
        }
        Long positionId = decided != null ? Long.valueOf(decided.positionId()) : lastPosition(c);
        String positionName = decided != null ? decided.positionName() : lastPositionName(c);
        long departmentId = decided != null ? decided.departmentId() : c.item().details().leadDepartment().id();
        boolean open = c.state() == CaseState.DECIDED && c.certificateNumber() == null;
        return new Watch(DeadlineKind.LICENCE, "licence", due, CaseClock.CERTIFICATE_WORKING_DAYS, null, null,
                departmentId, positionId, positionName, approval == null ? null : approval.actor().account(), open);
    }

    /** The position of the last stage (the one that decides), for a case whose stages are all done. */
    private static @Nullable Long lastPosition(Case c) {
        ProcessTask task = lastTask(c);
        return task == null ? null : task.positionId();
    }

    private static @Nullable String lastPositionName(Case c) {
        ProcessTask task = lastTask(c);
        return task == null ? null : task.positionName();
    }

    private static @Nullable ProcessTask lastTask(Case c) {
        List<ProcessStage> stages = c.item().details().process();
        for (int i = stages.size() - 1; i >= 0; i--) {
            if (!stages.get(i).tasks().isEmpty()) {
                return stages.get(i).tasks().get(0);
            }
        }
        return null;
    }
}
