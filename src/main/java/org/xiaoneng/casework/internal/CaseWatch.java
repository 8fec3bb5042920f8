package org.xiaoneng.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseDeadlines;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseTask;
import org.xiaoneng.casework.DeadlineKind;
import org.xiaoneng.casework.StageDue;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;

/**
 * The deadlines of a case that supervision watches, as the case alone knows them (who acts for a position is looked up
 * when they are announced): the intake decision while the case waits for it, the case's own due date once accepted,
 * and each process task with its stage's due date. Two snapshots are equal when nothing supervision sees changed.
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
        return new Snapshot(List.copyOf(watched), dates.clockStopped());
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
