/**
 * Audit trail (专项审计, 离任审计, 过错追究): every change any module makes, recorded from the
 * {@link org.xiaoneng.platform.AuditableEvent}s the modules publish — who (account, position, as deputy for whom), what,
 * which record, before and after, when and from where. The trail is append-only and hash-chained; this module is its
 * only writer. Other modules read and verify it through {@link org.xiaoneng.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"platform", "organization"})
@org.jspecify.annotations.NullMarked
package org.xiaoneng.audit;
