package org.xiaoneng.calendar.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.calendar.DayKind;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.calendar.internal.CalendarCsv;
import org.xiaoneng.calendar.internal.CalendarEditor;
import org.xiaoneng.calendar.internal.DayCommand;
import org.xiaoneng.calendar.internal.ImportResult;
import org.xiaoneng.platform.DomainException;

/**
 * System admins keep the calendar: a year's special days listed, added, edited and removed one by one, or a CSV file
 * imported whole. With htmx each action answers the editor fragment (message or refusal included); without, a
 * redirect after success or the page with the refusal.
 */
@Controller
@RequestMapping("/console/calendar")
class CalendarConsolePage {

    static final String PAGE = "calendar/console";
    static final String EDITOR = "calendar/partials/editor :: editor";
    static final String EDIT = "hasAuthority('calendar:day:edit')";

    private final StatutoryCalendar calendar;
    private final CalendarEditor editor;
    private final SpringValidatorAdapter validator;
    private final MessageSource messages;

    CalendarConsolePage(StatutoryCalendar calendar, CalendarEditor editor, Validator validator,
            MessageSource messages) {
        this.calendar = calendar;
        this.editor = editor;
        this.validator = new SpringValidatorAdapter(validator);
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(EDIT)
    String page(@RequestParam(required = false) @Nullable Integer year,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        return show(year(year), htmx, model);
    }

    @GetMapping(value = "/export", produces = "text/csv")
    @PreAuthorize(EDIT)
    ResponseEntity<String> export(@RequestParam(required = false) @Nullable Integer year) {
        int shown = year(year);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("calendar-" + shown + ".csv").build().toString())
                .body(editor.exportCsv(shown));
    }

    @PostMapping("/days")
    @PreAuthorize(EDIT)
    String create(@ModelAttribute("form") DayForm form, BindingResult binding,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        DayCommand command = valid(form, binding);
        if (command == null) {
            return refused(year(year), htmx, model, response, null);
        }
        try {
            editor.create(command);
        } catch (DomainException e) {
            return refused(year(year), htmx, model, response, e);
        }
        return done(command.date().getYear(), "calendar.console.created", htmx, model, redirect);
    }

    @PostMapping("/days/{date}")
    @PreAuthorize(EDIT)
    String update(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @ModelAttribute("edit") DayForm form, BindingResult binding,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        form.setDate(date.toString());
        DayCommand command = valid(form, binding);
        if (command == null) {
            return refused(date.getYear(), htmx, model, response, null);
        }
        try {
            editor.update(date, command);
        } catch (DomainException e) {
            return refused(date.getYear(), htmx, model, response, e);
        } catch (OptimisticLockingFailureException e) {
            return changedMeanwhile(date.getYear(), htmx, model, response);
        }
        return done(date.getYear(), "calendar.console.updated", htmx, model, redirect);
    }

    @PostMapping("/days/{date}/remove")
    @PreAuthorize(EDIT)
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam int version,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            editor.remove(date, version);
        } catch (DomainException e) {
            return refused(date.getYear(), htmx, model, response, e);
        } catch (OptimisticLockingFailureException e) {
            return changedMeanwhile(date.getYear(), htmx, model, response);
        }
        return done(date.getYear(), "calendar.console.removed", htmx, model, redirect);
    }

    @PostMapping("/import")
    @PreAuthorize(EDIT)
    String importCsv(@RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable Integer year,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        int shown = year(year);
        if (file == null || file.isEmpty()) {
            model.addAttribute("importProblems", List.of(text("calendar.csv.noFile")));
            return rejected(shown, htmx, model, response);
        }
        ImportResult result;
        try {
            result = editor.importCsv(CsvText.decode(file.getBytes()));
        } catch (DomainException e) {
            return refused(shown, htmx, model, response, e);
        }
        if (!result.applied()) {
            model.addAttribute("importProblems", result.problems().stream().map(this::problem).toList());
            return rejected(shown, htmx, model, response);
        }
        String message = text("calendar.console.imported", result.created(), result.updated(), result.unchanged());
        if (htmx == null) {
            redirect.addFlashAttribute("calendarMessageText", message);
            return "redirect:/console/calendar?year=" + shown;
        }
        model.addAttribute("calendarMessageText", message);
        return show(shown, htmx, model);
    }

    private @Nullable DayCommand valid(DayForm form, BindingResult binding) {
        DayCommand command = form.toCommand();
        if (command == null) {
            binding.rejectValue("date", "calendar.input.date", new Object[] {form.getDate()}, null);
            return null;
        }
        validator.validate(command, binding);
        return binding.hasErrors() ? null : command;
    }

    private String show(int year, @Nullable String htmx, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("noticeLoaded", calendar.year(year).noticeLoaded());
        model.addAttribute("days", editor.year(year));
        model.addAttribute("years", Years.all(calendar.today()));
        model.addAttribute("kinds", DayKind.values());
        Map<DayKind, String> kindCss = new EnumMap<>(DayKind.class);
        for (DayKind kind : DayKind.values()) {
            kindCss.put(kind, YearGrid.css(kind));
        }
        model.addAttribute("kindCss", kindCss);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DayForm.startingOn(year));
        }
        return htmx != null ? EDITOR : PAGE;
    }

    private String done(int year, String messageKey, @Nullable String htmx, Model model,
            RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addFlashAttribute("calendarMessage", messageKey);
            return "redirect:/console/calendar?year=" + year;
        }
        model.addAttribute("calendarMessage", messageKey);
        model.addAttribute("form", DayForm.startingOn(year));
        return show(year, htmx, model);
    }

    private String refused(int year, @Nullable String htmx, Model model, HttpServletResponse response,
            @Nullable DomainException e) {
        if (e != null) {
            model.addAttribute("calendarError",
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale()));
        } else {
            model.addAttribute("calendarError", text("calendar.console.invalid"));
        }
        return rejected(year, htmx, model, response);
    }

    /** Somebody saved the day after this admin loaded it: show the current state with the platform's message. */
    private String changedMeanwhile(int year, @Nullable String htmx, Model model, HttpServletResponse response) {
        model.addAttribute("calendarError", text("error.concurrentChange"));
        if (htmx == null) {
            response.setStatus(409);
        }
        return show(year, htmx, model);
    }

    private String rejected(int year, @Nullable String htmx, Model model, HttpServletResponse response) {
        if (htmx == null) {
            response.setStatus(422); // htmx swaps only successful answers; a full page may say it was refused
        }
        return show(year, htmx, model);
    }

    private String problem(CalendarCsv.Problem problem) {
        String detail = text(problem.key(), problem.arguments().toArray());
        return problem.line() == 0 ? detail : text("calendar.csv.line", String.valueOf(problem.line()), detail);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    private int year(@Nullable Integer year) {
        return Years.shown(year, calendar.today());
    }
}
