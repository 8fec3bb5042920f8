/**
 * Identity: staff accounts, the roles they hold over departments, sign-in with lockout, the password policy and the
 * separation of duties between approving and supervising. Roles map to the permission codes every controller checks
 * ({@link org.xiaoneng.identity.Role}); a signed-in account carries its data scope (the departments its grants cover).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"organization", "platform"})
@org.jspecify.annotations.NullMarked
package org.xiaoneng.identity;
