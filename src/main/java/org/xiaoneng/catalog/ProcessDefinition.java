package org.xiaoneng.catalog;

import java.util.List;

/**
 * The process of one published item version, for the casework to execute: stages in order, each with parallel tasks
 * (department, position, working-day limit). Immutable, like the version it comes from; the sum of the stages' limits
 * fits within the promised limit.
 *
 * @param versionId          the item version this process belongs to
 * @param promisedLimit      the item's promised limit (承诺时限)
 * @param statutoryLimit     the item's statutory limit (法定时限)
 * @param yellowThresholdDays working days left at which a case's light turns yellow
 */
public record ProcessDefinition(long versionId, long itemId, String code, int number, TimeLimit promisedLimit,
        TimeLimit statutoryLimit, int yellowThresholdDays, List<ProcessStage> stages) {

    public ProcessDefinition {
        stages = List.copyOf(stages);
    }

    /** The process of the version. */
    public static ProcessDefinition of(ItemVersion version) {
        ItemDetails details = version.details();
        return new ProcessDefinition(version.id(), version.itemId(), version.code(), version.number(),
                details.promisedLimit(), details.statutoryLimit(), details.yellowThresholdDays(), details.process());
    }
}
