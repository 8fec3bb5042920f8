package org.xiaoneng.inquiry.internal;

/** A desk an inquiry is handed to: a position of the organization, in its department. */
record Desk(long positionId, String positionName, long departmentId) {
}
