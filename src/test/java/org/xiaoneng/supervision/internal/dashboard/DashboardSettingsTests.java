package org.xiaoneng.supervision.internal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.xiaoneng.platform.DataScope;

/**
 * The dashboard's freshness settings and its per-scope sharing: a light change must reach the screen within 60 s, so
 * the polling interval plus the age of shared counts may not exceed it; viewers of one scope share a figure only for
 * its max age, and never across scopes.
 */
class DashboardSettingsTests {

    @Test
    void settingsThatWouldShowALightChangeLaterThanSixtySecondsAreRefused() {
        assertThat(new DashboardProperties(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofSeconds(10), 20,
                1000).pollTrigger()).isEqualTo("every 30s");
        assertThatThrownBy(() -> new DashboardProperties(Duration.ofSeconds(55), Duration.ofMinutes(5),
                Duration.ofSeconds(10), 20, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DashboardProperties(Duration.ofSeconds(90), Duration.ofMinutes(5),
                Duration.ZERO, 20, 1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DashboardProperties(Duration.ofSeconds(30), Duration.ofMinutes(5),
                Duration.ZERO, 20, 2_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFigureIsSharedWithinItsScopeForItsMaxAgeOnly() {
        ScopedCache<List<Integer>> cache = new ScopedCache<>(Duration.ofSeconds(10));
        AtomicInteger computed = new AtomicInteger();
        DataScope city = DataScope.everything();
        DataScope department = DataScope.of(Set.of(7L));
        Instant t = Instant.parse("2026-11-25T02:00:00Z");

        assertThat(cache.get(city, t, () -> List.of(computed.incrementAndGet()))).containsExactly(1);
        assertThat(cache.get(city, t.plusSeconds(9), () -> List.of(computed.incrementAndGet()))).containsExactly(1);
        assertThat(cache.get(department, t.plusSeconds(9), () -> List.of(computed.incrementAndGet())))
                .containsExactly(2);
        assertThat(cache.get(city, t.plusSeconds(10), () -> List.of(computed.incrementAndGet()))).containsExactly(3);
        // a clock moved back (tests) never serves a figure from the future
        assertThat(cache.get(city, t, () -> List.of(computed.incrementAndGet()))).containsExactly(4);

        ScopedCache<Integer> none = new ScopedCache<>(Duration.ZERO);
        assertThat(none.get(city, t, computed::incrementAndGet)).isEqualTo(5);
        assertThat(none.get(city, t, computed::incrementAndGet)).isEqualTo(6);
    }
}
