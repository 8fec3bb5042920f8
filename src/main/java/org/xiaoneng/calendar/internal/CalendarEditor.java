package org.xiaoneng.calendar.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xiaoneng.calendar.CalendarCorrected;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.RecordChanged;

/**
 * Admins' corrections of the calendar: one date at a time in the console, or a CSV file taken whole. Every changed
 * date is audited; the dates whose working status turned over are recorded as a new revision and published as
 * {@link CalendarCorrected}; after the commit the index is rebuilt, before any listener hears of the correction.
 */
@Service
@Transactional
public class CalendarEditor {

    private static final Logger log = LoggerFactory.getLogger(CalendarEditor.class);

    static final String RECORD = "day";

    private final SpecialDayRepository days;
    private final CalendarIndexes indexes;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarEditor(SpecialDayRepository days, CalendarIndexes indexes, CurrentActor currentActor,
            ApplicationEventPublisher events, Clock clock) {
        this.days = days;
        this.indexes = indexes;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    /** The special days of a calendar year as the console edits them, in date order. */
    @Transactional(readOnly = true)
    public List<EditableDay> year(int year) {
        return days.year(year);
    }

    /** The year's special days in the import format, for an admin to correct and import again. */
    @Transactional(readOnly = true)
    public String exportCsv(int year) {
        StringBuilder csv = new StringBuilder(CalendarCsv.HEADER).append('\n');
        for (EditableDay day : days.year(year)) {
            csv.append(day.date()).append(',').append(day.kind().name()).append(',').append(day.name()).append('\n');
        }
        return csv.toString();
    }

    /** Adds a special day; a date that is special already must be edited instead. */
    public void create(DayCommand command) {
        days.lockForChange();
        CalendarDay day = CalendarDay.create(command.date(), command.kind(), command.name());
        days.find(day.date()).ifPresent(existing -> {
            throw alreadySpecial(existing);
        });
        insert(day);
        applied(List.of(new Change(day.date(), null, null, day.kind(), day.summary())));
    }

    /** Changes the kind or name of a special day, as the admin last saw it ({@code command.version()}). */
    public void update(LocalDate date, DayCommand command) {
        if (command.version() == null) {
            throw new DomainException("calendar.day.versionRequired");
        }
        days.lockForChange();
        CalendarDay day = days.find(date).orElseThrow(() -> notSpecial(date));
        DayKind before = day.kind();
        String beforeSummary = day.summary();
        CalendarDay changed = CalendarDay.existing(date, day.kind(), day.name(), command.version());
        changed.change(command.kind(), command.name());
        if (changed.kind() == day.kind() && changed.name().equals(day.name())) {
            return; // nothing to change, nothing to audit
        }
        days.update(changed);
        applied(List.of(new Change(date, before, beforeSummary, changed.kind(), changed.summary())));
    }

    /** Returns the date to the weekday rule. */
    public void remove(LocalDate date, int version) {
        days.lockForChange();
        CalendarDay day = days.find(date).orElseThrow(() -> notSpecial(date));
        days.delete(date, version);
        applied(List.of(new Change(date, day.kind(), day.summary(), null, null)));
    }

    /**
     * Imports a CSV file (see {@link CalendarCsv}): each row creates its date or replaces what the date had. When any
     * line has a problem nothing is imported and every problem is answered.
     */
    public ImportResult importCsv(String text) {
        CalendarCsv.Parsed parsed = CalendarCsv.parse(text);
        if (!parsed.valid()) {
            return ImportResult.rejected(parsed.problems());
        }
        days.lockForChange();
        Map<LocalDate, CalendarDay> existing = days.findForUpdate(
                parsed.rows().stream().map(CalendarCsv.Row::date).toList());
        List<Change> changes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (CalendarCsv.Row row : parsed.rows()) {
            CalendarDay old = existing.get(row.date());
            if (old == null) {
                CalendarDay day = CalendarDay.create(row.date(), row.kind(), row.name());
                insert(day);
                changes.add(new Change(day.date(), null, null, day.kind(), day.summary()));
                created++;
            } else if (old.kind() == row.kind() && old.name().equals(row.name())) {
                unchanged++;
            } else {
                DayKind before = old.kind();
                String beforeSummary = old.summary();
                old.change(row.kind(), row.name());
                days.update(old);
                changes.add(new Change(old.date(), before, beforeSummary, old.kind(), old.summary()));
                updated++;
            }
        }
        applied(changes);
        return new ImportResult(created, updated, unchanged, List.of());
    }

    /** What one date was and became; a null kind means "no entry" (the weekday rule). */
    private record Change(LocalDate date, @Nullable DayKind before, @Nullable String beforeSummary,
            @Nullable DayKind after, @Nullable String afterSummary) {

        String verb() {
            return before == null ? "created" : after == null ? "removed" : "updated";
        }

        boolean turnsOver() {
            return CalendarDay.working(date, before) != CalendarDay.working(date, after);
        }
    }

    private void applied(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Actor actor = currentActor.actor();
        Instant now = clock.instant();
        SortedSet<LocalDate> turnedOver = new TreeSet<>();
        for (Change change : changes) {
            events.publishEvent(new RecordChanged(actor, "calendar.day." + change.verb(), RECORD,
                    change.date().toString(), change.beforeSummary(), change.afterSummary(), now, null));
            if (change.turnsOver()) {
                turnedOver.add(change.date());
            }
        }
        if (!turnedOver.isEmpty()) {
            long revision = days.recordCorrection(turnedOver, actor.account(), now);
            events.publishEvent(new CalendarCorrected(revision, turnedOver, actor, now));
        }
        rebuildAfterCommit();
    }

    private void rebuildAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE; // before the listeners of CalendarCorrected are called
            }

            @Override
            public void afterCommit() {
                try {
                    indexes.reload();
                } catch (RuntimeException e) {
                    // the change is committed; the index catches up at the next change or restart
                    log.error("The calendar index could not be rebuilt after a committed change", e);
                }
            }
        });
    }

    /** Inserts a new day; another admin adding the same date a moment earlier makes it a conflict, not a crash. */
    private void insert(CalendarDay day) {
        try {
            days.insert(day);
        } catch (DuplicateKeyException e) {
            // the failed statement aborted the transaction: nothing more can be read in it
            throw new ConflictException("calendar.day.addedMeanwhile", day.date().toString());
        }
    }

    /** The date has no entry (any more): somebody removed it meanwhile, or the link is stale. */
    private static ConflictException notSpecial(LocalDate date) {
        return new ConflictException("calendar.day.notSpecial", date.toString());
    }

    private static ConflictException alreadySpecial(CalendarDay existing) {
        return new ConflictException("calendar.day.alreadySpecial", existing.date().toString(), existing.name());
    }
}
