package org.xiaoneng.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

import org.xiaoneng.platform.Actor;

/**
 * The calendar was corrected: the listed dates changed from working to non-working day or back. Published inside the
 * transaction that makes the change; an {@code @ApplicationModuleListener} receives it after the commit, when
 * {@link StatutoryCalendar} already computes with the corrected days. A module that stored deadlines recomputes those
 * for which {@link #affects} answers true (or asks {@link StatutoryCalendar#couldChange} with the revision each
 * deadline was computed at). Changes that leave every date's working status as it was (a renamed holiday, a local
 * holiday put on a Sunday) publish no such event.
 *
 * @param revision     the calendar revision this correction produced; revisions only grow
 * @param changedDates the dates whose working status changed, in order, never empty
 */
public record CalendarCorrected(long revision, SortedSet<LocalDate> changedDates, Actor actor, Instant occurredAt) {

    public CalendarCorrected {
        if (changedDates.isEmpty()) {
            throw new IllegalArgumentException("a correction changes at least one date");
        }
        changedDates = Collections.unmodifiableSortedSet(new TreeSet<>(changedDates));
    }

    /** The first changed date: no deadline that fell due before it can have changed. */
    public LocalDate earliest() {
        return changedDates.first();
    }

    /** The last changed date. */
    public LocalDate latest() {
        return changedDates.last();
    }

    /**
     * Whether a deadline counted from {@code start} and due on {@code due} may have moved: only when a changed date
     * lies in {@code [start, due]} (the start day matters for same-day limits, the due day for natural-day limits).
     */
    public boolean affects(LocalDate start, LocalDate due) {
        return !changedDates.subSet(start, due.plusDays(1)).isEmpty();
    }
}
