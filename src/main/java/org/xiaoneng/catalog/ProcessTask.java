package org.xiaoneng.catalog;

/**
 * One task of a process stage: the position that does it, in its department, and the working days it may take. A
 * limit of 0 means the same day.
 */
public record ProcessTask(long departmentId, String departmentName, long positionId, String positionName,
        int workingDays) {
}
