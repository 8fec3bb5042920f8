package org.xiaoneng.calendar.web;

import java.time.LocalDate;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.calendar.CalendarYear;
import org.xiaoneng.calendar.Deadline;
import org.xiaoneng.calendar.LimitUnit;
import org.xiaoneng.calendar.StatutoryCalendar;

/**
 * The public calendar API (no login): deadlines, working days between two days, a year's special days. A bad or
 * out-of-range parameter is answered 400 (RFC 9457) with a message for each parameter in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working days as the law counts them (行政许可法 art. 82): public, no login")
class CalendarApi {

    private final StatutoryCalendar calendar;

    CalendarApi(StatutoryCalendar calendar) {
        this.calendar = calendar;
    }

    /** A due date; only the parameter given among workingDays, naturalDays and sameDay is echoed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeadlineAnswer(LocalDate start, @Nullable Integer workingDays, @Nullable Integer naturalDays,
            @Nullable Boolean sameDay, LocalDate due, boolean provisional, long revision) {

        static DeadlineAnswer of(Deadline deadline) {
            return new DeadlineAnswer(deadline.start(),
                    deadline.unit() == LimitUnit.WORKING_DAYS ? deadline.amount() : null,
                    deadline.unit() == LimitUnit.NATURAL_DAYS ? deadline.amount() : null,
                    deadline.unit() == LimitUnit.SAME_DAY ? Boolean.TRUE : null,
                    deadline.due(), deadline.provisional(), deadline.revision());
        }
    }

    record WorkingDaysAnswer(LocalDate from, LocalDate to, int workingDays, boolean provisional) {
    }

    @GetMapping("/deadline")
    @PreAuthorize("permitAll()")
    @Operation(summary = "Due date: the N-th working day after start, N natural days after it (moved to the next "
            + "working day when that is a day off), or same day (即办). The start day is never counted.")
    public DeadlineAnswer deadline(
            @Parameter(description = "start day, yyyy-MM-dd, 2005-01-01..2099-12-31", example = "2025-09-26")
            @RequestParam(required = false) @Nullable String start,
            @Parameter(description = "limit in working days (0..3650)", example = "20")
            @RequestParam(required = false) @Nullable String workingDays,
            @Parameter(description = "limit in natural days (0..3650)")
            @RequestParam(required = false) @Nullable String naturalDays,
            @Parameter(description = "same-day item (即办): sameDay or sameDay=true")
            @RequestParam(required = false) @Nullable String sameDay) throws BindException {
        CalculatorInput input = new CalculatorInput();
        Optional<Deadline> deadline = input.deadline(calendar, start, workingDays, naturalDays, sameDay);
        if (deadline.isEmpty()) {
            throw new BindException(input.errors());
        }
        return DeadlineAnswer.of(deadline.get());
    }

    @GetMapping("/working-days")
    @PreAuthorize("permitAll()")
    @Operation(summary = "Working days after from, up to and including to (negative when to comes first)")
    public WorkingDaysAnswer workingDays(
            @Parameter(description = "yyyy-MM-dd", example = "2025-09-26")
            @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "yyyy-MM-dd", example = "2025-10-30")
            @RequestParam(required = false) @Nullable String to) throws BindException {
        CalculatorInput input = new CalculatorInput();
        Optional<LocalDate> first = input.date("from", from);
        Optional<LocalDate> last = input.date("to", to);
        if (first.isEmpty() || last.isEmpty()) {
            throw new BindException(input.errors());
        }
        return new WorkingDaysAnswer(first.get(), last.get(),
                calendar.workingDaysBetween(first.get(), last.get()), calendar.provisional(first.get(), last.get()));
    }

    @GetMapping("/years/{year}")
    @PreAuthorize("permitAll()")
    @Operation(summary = "A year's holidays, adjusted working days (调休) and local days off, and whether its State "
            + "Council notice is loaded")
    public CalendarYear year(@PathVariable int year) throws BindException {
        CalculatorInput input = new CalculatorInput();
        if (input.date("year", year + "-01-01").isEmpty()) {
            throw new BindException(input.errors());
        }
        return calendar.year(year);
    }
}
