package org.xiaoneng.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.supervision.ViolationRule;
import org.xiaoneng.supervision.internal.violation.ViolationView;
import org.xiaoneng.supervision.internal.violation.ViolationWorkbook;
import org.xiaoneng.supervision.internal.violation.Violations;

/**
 * 违规记录: the violations supervision found, latest first, filtered by rule, department and date — within the
 * viewer's data scope (a department leader sees his department's; another department's violation is out of scope).
 * The detail shows the evidence with links to the case. With {@code HX-Request} the list answers only its results.
 */
@Controller
@RequestMapping("/console/supervision/violations")
@PreAuthorize("hasAuthority('supervision:violation:view')")
class ViolationPages {

    static final String LIST = "supervision/violations";
    static final String RESULTS = "supervision/violations-results :: results";
    static final String DETAIL = "supervision/violations-detail";

    private final Violations violations;
    private final ViolationWorkbook workbook;

    ViolationPages(Violations violations, ViolationWorkbook workbook) {
        this.violations = violations;
        this.workbook = workbook;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable ViolationRule rule,
            @RequestParam(required = false) @Nullable Long department,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        List<ViolationView> found = violations.list(rule, department, from, to);
        model.addAttribute("violations", found.stream().limit(Violations.MAX_LIST).toList());
        model.addAttribute("truncated", found.size() > Violations.MAX_LIST);
        model.addAttribute("limit", Violations.MAX_LIST);
        model.addAttribute("rules", ViolationRule.values());
        model.addAttribute("departments", violations.departments());
        model.addAttribute("rule", rule);
        model.addAttribute("department", department);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        return htmx == null ? LIST : RESULTS;
    }

    /** The list of the same filters as an Excel workbook, every row (not only the first page); audited. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) @Nullable ViolationRule rule,
            @RequestParam(required = false) @Nullable Long department,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            Locale locale, HttpServletResponse response) throws IOException {
        workbook.write(rule, department, from, to, locale, ExcelDownloads.open(response, workbook.fileName(locale)));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("v", violations.find(id));
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        return DETAIL;
    }
}
