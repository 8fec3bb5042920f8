package org.xiaoneng.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.identity.Role;

/**
 * The console's forms, as plain beans so that Thymeleaf's {@code th:field} can read them back after an error.
 * Passwords are never sent back to the page.
 */
final class AccountForms {

    private AccountForms() {
    }

    /** Create an account. */
    static class NewAccountForm {
        @NotBlank
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{1,63}", message = "{identity.account.usernameInvalid}")
        private String username = "";
        @NotBlank
        @Size(max = 100)
        private String displayName = "";
        private @Nullable Long homeDepartmentId;
        @NotBlank
        @Size(max = 200)
        private String password = "";

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public @Nullable Long getHomeDepartmentId() {
            return homeDepartmentId;
        }

        public void setHomeDepartmentId(@Nullable Long homeDepartmentId) {
            this.homeDepartmentId = homeDepartmentId;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }
    }

    /** Edit display name and home department. */
    static class ProfileForm {
        @NotBlank
        @Size(max = 100)
        private String displayName = "";
        private @Nullable Long homeDepartmentId;
        @NotNull
        private Integer version = 0;

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public @Nullable Long getHomeDepartmentId() {
            return homeDepartmentId;
        }

        public void setHomeDepartmentId(@Nullable Long homeDepartmentId) {
            this.homeDepartmentId = homeDepartmentId;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }
    }

    /** Grant a role over a department (none chosen: the whole city). */
    static class GrantForm {
        @NotNull
        private @Nullable Role role;
        private @Nullable Long departmentId;
        /** null: the role's default; true or false: as chosen. */
        private @Nullable Boolean includeSubdepartments;

        public @Nullable Role getRole() {
            return role;
        }

        public void setRole(@Nullable Role role) {
            this.role = role;
        }

        public @Nullable Long getDepartmentId() {
            return departmentId;
        }

        public void setDepartmentId(@Nullable Long departmentId) {
            this.departmentId = departmentId;
        }

        public @Nullable Boolean getIncludeSubdepartments() {
            return includeSubdepartments;
        }

        public void setIncludeSubdepartments(@Nullable Boolean includeSubdepartments) {
            this.includeSubdepartments = includeSubdepartments;
        }
    }

    /** A system admin sets a new password. */
    static class ResetPasswordForm {
        @NotBlank
        @Size(max = 200)
        private String newPassword = "";

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }
    }

    /** A person changes their own password. */
    static class OwnPasswordForm {
        @NotBlank
        private String currentPassword = "";
        @NotBlank
        @Size(max = 200)
        private String newPassword = "";
        @NotBlank
        private String confirmation = "";

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getConfirmation() {
            return confirmation;
        }

        public void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }
    }
}
