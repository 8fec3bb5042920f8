package org.xiaoneng.calendar.internal;

import java.time.LocalDate;

import org.xiaoneng.calendar.DayKind;

/** A special day as the console edits it, with the version to send back. */
public record EditableDay(LocalDate date, DayKind kind, String name, int version) {
}
