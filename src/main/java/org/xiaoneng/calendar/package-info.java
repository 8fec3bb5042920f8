/**
 * The statutory calendar (限时办结的时钟): which days are working days as the law counts them — weekdays, minus the
 * holidays of the State Council's yearly notices and of the city, plus the weekend days those notices turn into
 * working days (调休) — and deadline arithmetic over them. Other modules use
 * {@link org.xiaoneng.calendar.StatutoryCalendar} and react to {@link org.xiaoneng.calendar.CalendarCorrected}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = "platform")
@org.jspecify.annotations.NullMarked
package org.xiaoneng.calendar;
