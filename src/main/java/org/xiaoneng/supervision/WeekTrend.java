package org.xiaoneng.supervision;

import java.time.LocalDate;

/**
 * The lights that came on in one week (Monday to Sunday, Beijing time): how many deadlines turned yellow and how many
 * turned red, as the sweep recorded the changes.
 */
public record WeekTrend(LocalDate weekStart, long newYellows, long newReds) {
}
