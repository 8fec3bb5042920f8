package org.xiaoneng.casework;

import java.time.Instant;
import java.util.List;

/**
 * The deadlines of a case changed: received, resubmitted, accepted (also deemed), a task opened, claimed or done, the
 * clock stopped or resumed, the extension, the decision, the licence's issue, closing or withdrawal, or a calendar correction that moved
 * its dates. Published inside the transaction that made the change (or, for demo data, that loaded it).
 *
 * <p>The event is a snapshot: {@link #deadlines} lists every deadline the case has had that is still meaningful — the
 * open ones and those ended — with {@link WatchedDeadline#open()}. A deadline of the case that a listener knows but
 * that is not listed has ended too. Snapshots are ordered by ({@link #eventSeq}, {@link #calendarRevision}); a
 * listener that receives them out of order keeps the later one.
 *
 * @param eventSeq          the number of the case's latest recorded event
 * @param calendarRevision  the calendar revision the dates were computed at
 * @param suspended         true while a special procedure stops the clock (every deadline of the case stands still)
 * @param cause             why the dates changed, as an audit action ({@code casework.case.extended},
 *                          {@code calendar.corrected}, …)
 */
public record CaseDeadlinesChanged(long caseId, String number, String itemCode, String itemName,
        long leadDepartmentId, int eventSeq, long calendarRevision, CaseState state, boolean suspended,
        List<WatchedDeadline> deadlines, String cause, Instant occurredAt) {

    public CaseDeadlinesChanged {
        deadlines = List.copyOf(deadlines);
    }
}
