package org.xiaoneng.organization;

/** The position a staff member holds: who they are and where they sit. */
public record StaffPost(long staffId, String staffName, long positionId, String positionName, long departmentId) {
}
