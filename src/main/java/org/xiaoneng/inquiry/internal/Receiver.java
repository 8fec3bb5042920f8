package org.xiaoneng.inquiry.internal;

/** The first receiver (首问人) of an inquiry, in the post they held when asked. */
record Receiver(String account, long staffId, String staffName, long positionId, String positionName,
        long departmentId) {
}
