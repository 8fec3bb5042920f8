package org.xiaoneng.organization;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a staff member, for modules that alert staff (supervision's lights). The mobile number is personal
 * data: never log it unmasked, never show it to someone who does not need it.
 *
 * @param account the identity account, when the person has one
 * @param mobile  the mobile number for SMS, when known
 */
public record StaffContact(long staffId, String name, long departmentId, @Nullable String account,
        @Nullable String mobile, boolean active) {
}
