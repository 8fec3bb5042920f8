package org.xiaoneng.casework;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The dates of a case, derived from its event history and the statutory calendar (never stored as the truth: a
 * calendar correction recomputes them).
 *
 * @param acceptanceDue      the last day of the 5 working days to decide on intake, from the latest (re)submission
 * @param acceptedOn         the day of acceptance (the day of receipt for a deemed acceptance)
 * @param due                the case's due date: the promised limit from acceptance, moved by suspensions and the
 *                           extension; while suspended, the date as it stood when the clock stopped
 * @param suspendedWorkingDays working days the clock stood still in finished suspensions
 * @param extensionWorkingDays working days added by the extension (0 when none)
 * @param clockStopped       true while a special procedure is under way
 * @param provisional        true when a date reaches a year without a loaded State Council notice
 * @param calendarRevision   the calendar revision the dates were computed at
 * @param certificateDue     for an approval, the last day to issue the licence (10 working days, art. 44)
 */
public record CaseDeadlines(LocalDate acceptanceDue, @Nullable LocalDate acceptedOn, @Nullable LocalDate due,
        List<StageDue> stages, int suspendedWorkingDays, int extensionWorkingDays, boolean clockStopped,
        boolean provisional, long calendarRevision, @Nullable LocalDate certificateDue) {

    public CaseDeadlines {
        stages = List.copyOf(stages);
    }
}
