package org.xiaoneng.supervision.web;

import java.time.LocalDate;
import java.util.List;

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

    ViolationPages(Violations violations) {
        this.violations = violations;
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

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("v", violations.find(id));
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        return DETAIL;
    }
}
