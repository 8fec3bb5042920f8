package org.xiaoneng.supervision;

import java.time.Instant;

/**
 * One recorded light change of a watched deadline.
 *
 * @param cause {@code clock} when time passed, else what moved the dates ({@code casework.case.extended}, ...)
 */
public record LightHistoryEntry(Light from, Light to, Instant changedAt, String cause) {
}
