package org.xiaoneng.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.identity.Role;

/** The bodies the account API accepts (never an entity). Passwords are checked against the policy by the service. */
final class AccountRequests {

    private AccountRequests() {
    }

    /** A new account; it holds no role until one is granted. */
    record CreateAccount(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}") String username,
            @NotBlank @Size(max = 100) String displayName,
            @Nullable Long homeDepartmentId,
            @NotBlank @Size(max = 200) String password) {

        @Override
        public String toString() {
            return "CreateAccount[" + username + "]";
        }
    }

    /** A new display name and home department; {@code version} is the one read (optimistic locking). */
    record UpdateAccount(@NotBlank @Size(max = 100) String displayName, @Nullable Long homeDepartmentId,
            @NotNull Integer version) {
    }

    /** A role over a department ({@code departmentId} null: the whole city); sub-departments default by role. */
    record Grant(@NotNull Role role, @Nullable Long departmentId, @Nullable Boolean includeSubdepartments) {
    }

    /** A new password set by a system admin. */
    record ResetPassword(@NotBlank @Size(max = 200) String newPassword) {

        @Override
        public String toString() {
            return "ResetPassword[***]";
        }
    }

    /** The signed-in person's own password change. */
    record ChangePassword(@NotBlank String currentPassword, @NotBlank @Size(max = 200) String newPassword,
            @NotBlank String confirmation) {

        @Override
        public String toString() {
            return "ChangePassword[***]";
        }
    }
}
