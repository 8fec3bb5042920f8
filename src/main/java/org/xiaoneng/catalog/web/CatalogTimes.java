package org.xiaoneng.catalog.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Formats instants for the catalog's pages, in the city's zone: {@code ${@catalogTimes.format(x)}}. */
@Component("catalogTimes")
class CatalogTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    CatalogTimes(Clock clock) {
        this.clock = clock;
    }

    public String format(@Nullable Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(clock.getZone()));
    }
}
