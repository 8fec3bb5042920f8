/**
 * The platform: what every capability stands on but that holds no business rule — the acting person
 * ({@link org.xiaoneng.platform.Actor}), the data scope of staff ({@link org.xiaoneng.platform.DataScope}), the
 * contract of audited changes ({@link org.xiaoneng.platform.AuditableEvent}), domain errors, masking of personal data,
 * and (internally) the embedded database, security, locale, layouts and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
@org.jspecify.annotations.NullMarked
package org.xiaoneng.platform;
