package org.xiaoneng.supervision.internal.dashboard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the supervision dashboard ({@code xiaoneng.supervision.dashboard.*}).
 *
 * @param refresh          how often an open dashboard polls for its live parts. A light change is on screen at most
 *                         this long (plus one request) after its threshold passed: the dashboard reads lights as of
 *                         now, so the sweep interval does not add to it. At most 60 s to keep that promise
 * @param openTallyMaxAge  how old the count of all watched deadlines behind the green counts may be (one index-only
 *                         scan of every watched row per node and period; lights changing never move it, only
 *                         registrations and closings do)
 * @param liveMaxAge       how long viewers of the same scope share the yellow and red counts (a poll reads them from
 *                         the lit rows, a few per cent of the ledger). It adds to how late a light change can show:
 *                         refresh + liveMaxAge must stay within 60 s
 * @param listLimit        rows in the dashboard's short lists (today's new reds, the oldest overdue)
 * @param exportMaxRows    most rows one Excel export writes (an .xlsx sheet holds 1,048,575 below its header)
 */
@ConfigurationProperties("xiaoneng.supervision.dashboard")
public record DashboardProperties(@DefaultValue("PT30S") Duration refresh,
        @DefaultValue("PT5M") Duration openTallyMaxAge, @DefaultValue("PT10S") Duration liveMaxAge,
        @DefaultValue("20") int listLimit,
        @DefaultValue("1048575") int exportMaxRows) {

    public DashboardProperties {
        if (refresh.compareTo(Duration.ofSeconds(5)) < 0 || refresh.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException("xiaoneng.supervision.dashboard.refresh must be from 5 s to 60 s");
        }
        if (openTallyMaxAge.isNegative() || liveMaxAge.isNegative()) {
            throw new IllegalArgumentException("xiaoneng.supervision.dashboard: the max ages must not be negative");
        }
        if (refresh.plus(liveMaxAge).compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException(
                    "xiaoneng.supervision.dashboard: refresh + live-max-age must stay within 60 s");
        }
        if (listLimit < 1 || exportMaxRows < 1 || exportMaxRows > 1_048_575) {
            throw new IllegalArgumentException(
                    "xiaoneng.supervision.dashboard: list-limit at least 1, export-max-rows from 1 to 1048575");
        }
    }

    /** The polling interval as htmx writes it, for example {@code every 30s}. */
    public String pollTrigger() {
        return "every " + refresh.toSeconds() + "s";
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DashboardProperties.class)
    static class Enable {
    }
}
