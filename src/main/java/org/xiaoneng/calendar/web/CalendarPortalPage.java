package org.xiaoneng.calendar.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.calendar.Deadline;
import org.xiaoneng.calendar.LimitUnit;
import org.xiaoneng.calendar.StatutoryCalendar;

/**
 * Public page (no login): a year's calendar with its holidays and adjusted working days (调休) marked, and a small
 * deadline calculator that answers like the API.
 */
@Controller
class CalendarPortalPage {

    static final String PAGE = "calendar/portal";
    static final String RESULT_FRAGMENT = "calendar/partials/calculator :: result";

    private final StatutoryCalendar calendar;
    private final MessageSource messages;

    CalendarPortalPage(StatutoryCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    @GetMapping("/portal/calendar")
    @PreAuthorize("permitAll()")
    String page(@RequestParam(required = false) @Nullable Integer year,
            @RequestParam(required = false) @Nullable String start,
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String amount,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        LocalDate today = calendar.today();
        int shown = Years.shown(year, today);
        if (start != null) {
            calculate(start, unit, amount, model);
        }
        if (htmx != null && start != null) {
            return RESULT_FRAGMENT;
        }
        model.addAttribute("grid", YearGrid.of(calendar.year(shown), today));
        model.addAttribute("years", Years.all(calendar.today()));
        model.addAttribute("firstDay", StatutoryCalendar.FIRST_DAY);
        model.addAttribute("lastDay", StatutoryCalendar.LAST_DAY);
        model.addAttribute("units", LimitUnit.values());
        model.addAttribute("start", start == null ? today.toString() : start);
        model.addAttribute("unit", unit == null ? "WORKING_DAYS" : unit);
        model.addAttribute("amount", amount == null ? "20" : amount);
        return PAGE;
    }

    private void calculate(String start, @Nullable String unit, @Nullable String amount, Model model) {
        CalculatorInput input = new CalculatorInput();
        String days = amount == null ? "" : amount;
        Optional<Deadline> deadline;
        if ("SAME_DAY".equals(unit)) {
            deadline = input.deadline(calendar, start, null, null, "true");
        } else if (days.isBlank()) {
            input.errors().reject("calendar.calculator.amountRequired");
            deadline = Optional.empty();
        } else if ("NATURAL_DAYS".equals(unit)) {
            deadline = input.deadline(calendar, start, null, days, null);
        } else {
            deadline = input.deadline(calendar, start, days, null, null);
        }
        deadline.ifPresent(d -> {
            model.addAttribute("deadline", d);
            model.addAttribute("dueSpecial", calendar.specialDay(d.due()).orElse(null));
        });
        List<String> problems = input.errors().getAllErrors().stream()
                .map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
                .toList();
        model.addAttribute("problems", problems);
    }
}
