/**
 * Supervision (电子监察): the efficiency office's watch over every deadline in the city. It keeps its own ledger of
 * watched deadlines, registered from the owning modules' events (casework's
 * {@link org.xiaoneng.casework.CaseDeadlinesChanged}) and never read from their tables; a sweep lights each one green,
 * yellow or red on the statutory calendar and alerts the responsible staff member (and, on red, the department
 * leader). Other modules use {@link org.xiaoneng.supervision.Supervision}; each light change is audited as a
 * {@link org.xiaoneng.supervision.DeadlineLightChanged}, published with the rest of its sweep batch as one
 * {@link org.xiaoneng.platform.AuditableEvents}. It also finds violations of its rules
 * ({@link org.xiaoneng.supervision.ViolationRule}) from red lights, casework's facts and refused attempts
 * ({@link org.xiaoneng.casework.CaseActed}, {@link org.xiaoneng.casework.CaseActionRefused}) and identity's role
 * grants ({@link org.xiaoneng.identity.DutyConflicts}), records each once and publishes
 * {@link org.xiaoneng.supervision.ViolationFound}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = {"casework", "calendar", "identity", "notification", "organization", "platform"})
@org.jspecify.annotations.NullMarked
package org.xiaoneng.supervision;
