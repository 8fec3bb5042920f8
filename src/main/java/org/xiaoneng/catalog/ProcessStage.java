package org.xiaoneng.catalog;

import java.util.List;

/**
 * A stage of an item's process (办理流程), e.g. 受理, 审查, 决定, 送达. Its tasks run in parallel; the stage ends when all
 * of them have, so it takes as long as its longest task.
 */
public record ProcessStage(String name, List<ProcessTask> tasks) {

    public ProcessStage {
        tasks = List.copyOf(tasks);
    }

    /** The stage's limit: the longest of its parallel tasks. */
    public int workingDays() {
        return tasks.stream().mapToInt(ProcessTask::workingDays).max().orElse(0);
    }
}
