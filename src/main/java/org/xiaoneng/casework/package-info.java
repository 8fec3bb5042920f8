/**
 * Casework (办件): the service center's work on applications, from receipt through acceptance, processing on the
 * statutory clock, decision and delivery. A case is event-sourced: its events are the source of truth and every due
 * date is derived from them and the {@link org.xiaoneng.calendar.StatutoryCalendar}. Other modules use
 * {@link org.xiaoneng.casework.Casework} and listen to {@link org.xiaoneng.casework.CaseTransitioned}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework",
        allowedDependencies = {"catalog", "calendar", "notification", "organization", "platform"})
@org.jspecify.annotations.NullMarked
package org.xiaoneng.casework;
