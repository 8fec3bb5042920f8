package org.xiaoneng.identity.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Formats instants for the account pages, in the city's zone: {@code ${@identityTimes.format(x)}}. */
@Component("identityTimes")
class ConsoleTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Clock clock;

    ConsoleTimes(Clock clock) {
        this.clock = clock;
    }

    public String format(@Nullable Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(clock.getZone()));
    }
}
