package org.xiaoneng.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A watched deadline as the supervision console lists it (mostly yellow and red ones; a drill-down may list green
 * ones too). Its light is as of the moment it was read, even when the sweep has not recorded a change yet. Staff
 * names and positions come masked of personal data (ID and mobile numbers) as everywhere on screen.
 *
 * @param caseId              the case, to link to it
 * @param stageName           for a task, its stage
 * @param workingDaysOverdue  for red: working days since the due day (1 on the first day after it — a holiday
 *                            included); 0 otherwise
 * @param workingDaysLeft     for yellow: working days left up to and including the due day; 0 otherwise
 * @param suspended           true while a special procedure stops the clock (the light stands still)
 */
public record LitDeadline(long id, DeadlineSubject subject, @Nullable Long caseId, String caseNumber,
        String itemName, @Nullable String stageName, long departmentId, String departmentName,
        @Nullable String positionName, @Nullable String staffName, LocalDate due, Light light,
        int workingDaysOverdue, int workingDaysLeft, boolean suspended, @Nullable Instant lightChangedAt) {
}
