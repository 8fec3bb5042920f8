package org.xiaoneng.platform;

import org.jspecify.annotations.Nullable;

/**
 * What the platform needs to know of a signed-in staff member; the identity module's authenticated user implements it.
 */
public interface StaffPrincipal {

    String account();

    String displayName();

    /** The department the account belongs to, or null for accounts outside any department. */
    @Nullable Long departmentId();

    /** The name of the position the account normally acts in, if any. */
    @Nullable String positionName();

    DataScope dataScope();
}
