package org.xiaoneng.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.calendar.SpecialDay;

/**
 * Holds the current {@link CalendarIndex}. Built on first use from the database; rebuilt whole after every committed
 * change and swapped in through a volatile reference (copy-on-write), so readers never lock and never see half a
 * correction.
 */
@Component
public class CalendarIndexes {

    private static final Logger log = LoggerFactory.getLogger(CalendarIndexes.class);

    private final SpecialDayRepository days;
    private final TransactionTemplate snapshot;
    private volatile @Nullable CalendarIndex current;

    CalendarIndexes(SpecialDayRepository days, PlatformTransactionManager transactions) {
        this.days = days;
        this.snapshot = new TransactionTemplate(transactions);
        // the days and the corrections are read from one snapshot of the database
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public CalendarIndex current() {
        CalendarIndex index = current;
        if (index == null) {
            synchronized (this) {
                index = current;
                if (index == null) {
                    index = load();
                    current = index;
                }
            }
        }
        return index;
    }

    /** Rebuilds the index from what is committed now. */
    public synchronized void reload() {
        current = load();
    }

    private CalendarIndex load() {
        long started = System.nanoTime();
        CalendarIndex index = snapshot.execute(status -> {
            List<SpecialDay> all = days.all();
            Map<Long, SortedSet<LocalDate>> corrections = days.corrections();
            long revision = corrections.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            return CalendarIndex.of(all, revision, corrections);
        });
        log.debug("Calendar index built at revision {} in {} ms", index.revision(),
                (System.nanoTime() - started) / 1_000_000);
        return index;
    }
}
