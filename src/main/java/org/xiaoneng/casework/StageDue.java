package org.xiaoneng.casework;

import java.time.LocalDate;

/** The due date of one stage of the case's process, from the stage limits counted from acceptance. */
public record StageDue(String stage, int workingDays, LocalDate due) {
}
