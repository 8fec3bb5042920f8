package org.xiaoneng.organization.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.PersonalData;

/**
 * A staff member as lists and forms show them; {@code positions} names the active positions they hold. The mobile
 * number is masked unless the reader needs it (see {@link #masked()}).
 */
public record StaffView(long id, long departmentId, String departmentName, String name, String employeeNumber,
        @Nullable String mobile, @Nullable String account, boolean active, int version, String positions) {

    public StaffView masked() {
        return new StaffView(id, departmentId, departmentName, name, employeeNumber, PersonalData.maskPhone(mobile),
                account, active, version, positions);
    }
}
