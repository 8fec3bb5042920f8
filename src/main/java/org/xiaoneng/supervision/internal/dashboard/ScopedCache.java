package org.xiaoneng.supervision.internal.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.xiaoneng.platform.DataScope;

/**
 * A figure per data scope, reused for at most {@code maxAge}: viewers with the same scope (every supervisor sees the
 * whole city) share one computation instead of each poll running it again. Holds at most {@value #MAX_SCOPES} scopes.
 */
final class ScopedCache<T> {

    static final int MAX_SCOPES = 1000;

    private record Entry<T>(Instant at, T value) {
    }

    private final Duration maxAge;
    private final Map<DataScope, Entry<T>> entries = new ConcurrentHashMap<>();

    ScopedCache(Duration maxAge) {
        this.maxAge = maxAge;
    }

    T get(DataScope scope, Instant now, Supplier<T> compute) {
        Entry<T> entry = entries.get(scope);
        if (entry != null && !now.isBefore(entry.at()) && now.isBefore(entry.at().plus(maxAge))) {
            return entry.value();
        }
        T value = compute.get();
        if (!maxAge.isZero()) {
            if (entries.size() >= MAX_SCOPES) {
                entries.clear();
            }
            entries.put(scope, new Entry<>(now, value));
        }
        return value;
    }
}
