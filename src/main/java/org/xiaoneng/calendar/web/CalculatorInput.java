package org.xiaoneng.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.xiaoneng.calendar.CalendarRangeException;
import org.xiaoneng.calendar.Deadline;
import org.xiaoneng.calendar.LimitUnit;
import org.xiaoneng.calendar.StatutoryCalendar;

/**
 * Reads the public calculator's parameters, for the API and the portal page alike, and names every problem by its
 * parameter in words of the bundle (a date that is no date, out of the range, several limits at once...), so that a
 * caller is told exactly what to fix. Problems land in a {@link BindingResult}: the API throws it as a
 * {@code BindException} (the platform answers 400 with each parameter's message), the page lists them.
 */
final class CalculatorInput {

    /** The longest limit accepted, in days: ten years. */
    static final int MAX_DAYS = 3650;

    private final BindingResult errors = new MapBindingResult(new HashMap<>(), "query");

    BindingResult errors() {
        return errors;
    }

    /** A required date of the covered range. */
    Optional<LocalDate> date(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(parameter, "calendar.input.required", new Object[] {parameter}, null);
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(parameter, "calendar.input.date", new Object[] {value.strip()}, null);
            return Optional.empty();
        }
        if (!StatutoryCalendar.covers(date)) {
            CalendarRangeException outside = CalendarRangeException.dateOutside(date);
            errors.rejectValue(parameter, outside.messageKey(), outside.arguments(), null);
            return Optional.empty();
        }
        return Optional.of(date);
    }

    /** An optional number of days, 0 to {@link #MAX_DAYS}. */
    Optional<Integer> days(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 0 && days <= MAX_DAYS) {
                return Optional.of(days);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.rejectValue(parameter, "calendar.input.days", new Object[] {value.strip(), String.valueOf(MAX_DAYS)}, null);
        return Optional.empty();
    }

    /**
     * The deadline asked for by {@code start} and exactly one of {@code workingDays}, {@code naturalDays} or
     * {@code sameDay=true}; empty, with the problems recorded, when the question cannot be answered.
     */
    Optional<Deadline> deadline(StatutoryCalendar calendar, @Nullable String start, @Nullable String workingDays,
            @Nullable String naturalDays, @Nullable String sameDay) {
        Optional<LocalDate> startDay = date("start", start);
        Optional<Integer> working = days("workingDays", workingDays);
        Optional<Integer> natural = days("naturalDays", naturalDays);
        boolean same = sameDay != null && (sameDay.isBlank() || Boolean.parseBoolean(sameDay.strip()));
        int limits = (present(workingDays) ? 1 : 0) + (present(naturalDays) ? 1 : 0) + (same ? 1 : 0);
        if (limits != 1) {
            errors.rejectValue("workingDays", "calendar.input.oneLimit");
        }
        if (errors.hasErrors() || startDay.isEmpty()) {
            return Optional.empty();
        }
        LimitUnit unit = working.isPresent() ? LimitUnit.WORKING_DAYS
                : natural.isPresent() ? LimitUnit.NATURAL_DAYS : LimitUnit.SAME_DAY;
        int amount = working.or(() -> natural).orElse(0);
        try {
            return Optional.of(calendar.deadline(startDay.get(), unit, amount));
        } catch (CalendarRangeException e) {
            String parameter = switch (unit) {
                case WORKING_DAYS -> "workingDays";
                case NATURAL_DAYS -> "naturalDays";
                case SAME_DAY -> "sameDay";
            };
            errors.rejectValue(parameter, e.messageKey(), e.arguments(), null);
            return Optional.empty();
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
