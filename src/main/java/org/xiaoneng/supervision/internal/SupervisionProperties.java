package org.xiaoneng.supervision.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Settings of supervision ({@code xiaoneng.supervision.*}).
 *
 * @param sweepEnabled   whether this node runs the sweep on its schedule (tests call it themselves); several nodes
 *                       may all run it: one sweeps at a time
 * @param sweepInterval  how often the sweep runs (between the end of one run and the start of the next)
 * @param sweepBatch     rows one sweep transaction takes at most; a run repeats until a batch is not full
 * @param leaderPosition the code of a department's head position, with {@code {department}} standing for the
 *                       department's code (the demo city's heads sit in {@code SWJ-JZ}, {@code GSJ-JZ}, …). The
 *                       leader told of a red light is whoever acts for that position today (its holder, or the
 *                       deputy of an absent holder); a department without such a position (an office) answers through
 *                       its parent department's
 */
@ConfigurationProperties("xiaoneng.supervision")
record SupervisionProperties(@DefaultValue("true") boolean sweepEnabled, @DefaultValue("PT1M") Duration sweepInterval,
        @DefaultValue("1000") int sweepBatch, @DefaultValue("{department}-JZ") String leaderPosition) {

    SupervisionProperties {
        if (sweepBatch < 1) {
            throw new IllegalArgumentException("xiaoneng.supervision.sweep-batch must be at least 1");
        }
        if (!leaderPosition.contains("{department}")) {
            throw new IllegalArgumentException("xiaoneng.supervision.leader-position must contain {department}");
        }
    }

    /** The head position's code of the department with this code. */
    String leaderPositionCode(String departmentCode) {
        return leaderPosition.replace("{department}", departmentCode);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SupervisionProperties.class)
    @EnableScheduling
    static class Enable {
    }
}
