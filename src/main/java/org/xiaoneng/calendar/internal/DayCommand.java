package org.xiaoneng.calendar.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.calendar.DayKind;

/**
 * What an admin sets on a date of the calendar.
 *
 * @param version the version the admin saw, for an edit or a removal; null for a new entry
 */
public record DayCommand(
        @NotNull LocalDate date,
        @NotNull DayKind kind,
        @NotBlank @Size(max = CalendarDay.NAME_MAX) String name,
        @Nullable Integer version) {
}
