package org.xiaoneng.casework.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.Deadline;
import org.xiaoneng.calendar.LimitUnit;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseDeadlines;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.StageDue;
import org.xiaoneng.catalog.ProcessDefinition;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.TimeLimit;

/**
 * Derives a case's dates from its event history and the statutory calendar, so that a corrected calendar gives the
 * corrected dates by recomputing (nothing here is stored as the truth). The law counts periods without the start day
 * (行政许可法 art. 82):
 * <ul>
 * <li>intake: decide within {@value #INTAKE_WORKING_DAYS} working days after the latest (re)submission (art. 32);</li>
 * <li>the case: the item's promised limit from the day of acceptance; stages: their cumulative limits from it;</li>
 * <li>a suspension (art. 45) stops the clock: the suspension day counts as used, the working (or, for a natural-day
 *     limit, calendar) days after it up to and including the resumption day do not — the remaining days run from the
 *     day after the resumption;</li>
 * <li>the extension (art. 42) adds its working days to the due date;</li>
 * <li>an approval's licence is due within {@value #CERTIFICATE_WORKING_DAYS} working days of the decision (art. 44).</li>
 * </ul>
 */
final class CaseClock {

    /** 行政许可法 art. 32: the intake decision (accept, refuse, correction notice) within 5 working days. */
    static final int INTAKE_WORKING_DAYS = 5;
    /** 行政许可法 art. 44: the licence is issued within 10 working days of the decision to approve. */
    static final int CERTIFICATE_WORKING_DAYS = 10;

    private CaseClock() {
    }

    static LocalDate day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, StatutoryCalendar.ZONE);
    }

    static CaseDeadlines compute(List<CaseEvent> events, ProcessDefinition process, StatutoryCalendar calendar) {
        LocalDate receipt = null;
        LocalDate acceptedOn = null;
        LocalDate suspendedOn = null;
        int workingShift = 0;
        int naturalShift = 0;
        int extension = 0;
        LocalDate approvedOn = null;
        for (CaseEvent event : events) {
            LocalDate day = day(event.occurredAt());
            switch (event.type()) {
                case RECEIVED, RESUBMITTED -> receipt = day;
                case ACCEPTED -> acceptedOn = day;
                case DEEMED_ACCEPTED -> acceptedOn = ((CasePayload.DeemedAccepted) event.payload()).acceptedOn();
                case SUSPENDED -> suspendedOn = day;
                case RESUMED -> {
                    if (suspendedOn != null) {
                        workingShift += Math.max(0, calendar.workingDaysBetween(suspendedOn, day));
                        naturalShift += (int) Math.max(0, ChronoUnit.DAYS.between(suspendedOn, day));
                    }
                    suspendedOn = null;
                }
                case EXTENDED -> extension += ((CasePayload.Extended) event.payload()).workingDays();
                case DECIDED -> approvedOn = ((CasePayload.Decided) event.payload()).outcome() == Outcome.APPROVED
                        ? day : null;
                default -> {
                }
            }
        }
        if (receipt == null) {
            throw new IllegalStateException("a case starts with its receipt");
        }
        Deadline intake = calendar.deadline(receipt, LimitUnit.WORKING_DAYS, INTAKE_WORKING_DAYS);
        boolean provisional = intake.provisional();
        LocalDate due = null;
        List<StageDue> stages = new ArrayList<>();
        if (acceptedOn != null) {
            Deadline caseDue = caseDue(acceptedOn, process.promisedLimit(), workingShift, naturalShift, calendar);
            due = extension == 0 ? caseDue.due() : calendar.plusWorkingDays(caseDue.due(), extension);
            provisional |= caseDue.provisional() || calendar.provisional(acceptedOn, due);
            int cumulative = 0;
            for (ProcessStage stage : process.stages()) {
                cumulative += stage.workingDays();
                int days = cumulative + workingShift;
                LocalDate stageDue = days == 0 ? calendar.deadline(acceptedOn, LimitUnit.SAME_DAY, 0).due()
                        : calendar.plusWorkingDays(acceptedOn, days);
                stages.add(new StageDue(stage.name(), stage.workingDays(), stageDue));
            }
        }
        LocalDate certificateDue = approvedOn == null ? null
                : calendar.plusWorkingDays(approvedOn, CERTIFICATE_WORKING_DAYS);
        return new CaseDeadlines(intake.due(), acceptedOn, due, stages, workingShift, extension, suspendedOn != null,
                provisional, calendar.revision(), certificateDue);
    }

    private static Deadline caseDue(LocalDate acceptedOn, TimeLimit promised, int workingShift, int naturalShift,
            StatutoryCalendar calendar) {
        return switch (promised.unit()) {
            case WORKING_DAYS -> calendar.deadline(acceptedOn, LimitUnit.WORKING_DAYS, promised.amount() + workingShift);
            case NATURAL_DAYS -> calendar.deadline(acceptedOn, LimitUnit.NATURAL_DAYS, promised.amount() + naturalShift);
            case SAME_DAY -> workingShift == 0 ? calendar.deadline(acceptedOn, LimitUnit.SAME_DAY, 0)
                    : calendar.deadline(acceptedOn, LimitUnit.WORKING_DAYS, workingShift);
        };
    }

    /** Whether the case is past its due date on {@code today}. */
    static boolean overdue(@Nullable LocalDate due, LocalDate today) {
        return due != null && today.isAfter(due);
    }
}
