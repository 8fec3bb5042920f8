package org.xiaoneng.catalog.internal;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.RecordChanged;

/** Publishes the audited changes of the catalog, from inside the transaction that makes them. */
@Component
class CatalogAudit {

    private final ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;

    CatalogAudit(ApplicationEventPublisher events, CurrentActor currentActor, Clock clock) {
        this.events = events;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** {@code catalog.<recordType>.<verb>}, for example {@code catalog.item.created}. */
    void changed(String recordType, String verb, long recordId, @Nullable String before, @Nullable String after,
            @Nullable Long departmentId) {
        publish(new RecordChanged(actor(), "catalog." + recordType + "." + verb, recordType, String.valueOf(recordId),
                before, after, clock.instant(), departmentId));
    }

    void publish(Object event) {
        // an event published outside a transaction never reaches the audit module: fail loudly in development
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("audited change outside a transaction: " + event);
        }
        events.publishEvent(event);
    }

    Actor actor() {
        return currentActor.actor();
    }

    /** Now, by the current person. */
    Stamp stamp() {
        return new Stamp(clock.instant(), actor().account());
    }
}
