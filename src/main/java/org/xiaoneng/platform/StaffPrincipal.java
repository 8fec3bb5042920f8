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

    /** Every department whose data the person sees through any of their roles. */
    DataScope dataScope();

    /**
     * The departments where the person may use this permission: only the scopes of the roles that carry it. A handler
     * of one bureau who is department admin of another may edit positions in the second bureau only.
     */
    default DataScope dataScopeFor(String permission) {
        return dataScope();
    }
}
