package org.xiaoneng.supervision.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseHistoryEntry;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.OutOfScopeException;
import org.xiaoneng.supervision.DeadlineDetail;
import org.xiaoneng.supervision.DeadlineFilter;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.Supervision;
import org.xiaoneng.supervision.WeekTrend;
import org.xiaoneng.supervision.internal.dashboard.DashboardProperties;
import org.xiaoneng.supervision.internal.dashboard.Dashboards;
import org.xiaoneng.supervision.internal.dashboard.DeadlineWorkbook;
import org.xiaoneng.supervision.internal.dashboard.ExportList;

/**
 * 电子监察看板: the live dashboard of the watched deadlines — counts by light, department and item, today's new reds,
 * the oldest overdue, the weekly trend and the yellow and red deadlines — within the viewer's data scope (a department
 * leader sees his department's). Its live part polls every {@code xiaoneng.supervision.dashboard.refresh} (30 s); with
 * {@code HX-Request} only that part is rendered. Counts drill down to the list of their deadlines, a deadline to its
 * light history and its case's timeline; every list exports to Excel.
 */
@Controller
@RequestMapping("/console/supervision")
@PreAuthorize("hasAuthority('supervision:deadline:view')")
class SupervisionPages {

    static final String PAGE = "supervision/board";
    static final String FRAGMENT = "supervision/partials/dashboard :: live";
    static final String LIST_PAGE = "supervision/deadlines";
    static final String LIST_FRAGMENT = "supervision/partials/deadlines :: results";
    static final String DETAIL_PAGE = "supervision/deadline";
    static final String CASE_VIEW = "casework:case:view";

    private final Supervision supervision;
    private final Dashboards dashboards;
    private final DeadlineWorkbook workbook;
    private final DashboardProperties properties;
    private final Casework casework;
    private final CurrentActor currentActor;

    SupervisionPages(Supervision supervision, Dashboards dashboards, DeadlineWorkbook workbook,
            DashboardProperties properties, Casework casework, CurrentActor currentActor) {
        this.supervision = supervision;
        this.dashboards = dashboards;
        this.workbook = workbook;
        this.properties = properties;
        this.casework = casework;
        this.currentActor = currentActor;
    }

    @GetMapping
    String board(@RequestParam(required = false) @Nullable Light light, HttpServletRequest request, Model model) {
        model.addAttribute("dashboard", dashboards.dashboard());
        model.addAttribute("board", supervision.board(light));
        model.addAttribute("light", light);
        model.addAttribute("lights", Light.values());
        model.addAttribute("limit", Supervision.MAX_LIST);
        model.addAttribute("poll", properties.pollTrigger());
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        if (ConsoleForms.htmx(request)) {
            return FRAGMENT;
        }
        List<WeekTrend> trend = dashboards.trend();
        model.addAttribute("trend", trend);
        model.addAttribute("trendJson", json(trend));
        return PAGE;
    }

    /** The weekly trend for the chart: new yellows and reds per week, oldest week first. */
    @GetMapping(path = "/trend", produces = "application/json")
    @ResponseBody
    List<WeekTrend> trend() {
        return dashboards.trend();
    }

    /** A drill-down: the deadlines of one light (yellow and red without), department and item. */
    @GetMapping("/deadlines")
    String deadlines(@RequestParam(required = false) @Nullable Light light,
            @RequestParam(required = false) @Nullable Long department,
            @RequestParam(required = false) @Nullable String item, HttpServletRequest request, Model model) {
        DeadlineFilter filter = filter(light, department, item);
        model.addAttribute("filter", filter);
        model.addAttribute("list", dashboards.deadlines(filter, Supervision.MAX_LIST));
        model.addAttribute("departmentName", department == null ? null : dashboards.departmentName(department));
        model.addAttribute("limit", Supervision.MAX_LIST);
        model.addAttribute("poll", properties.pollTrigger());
        return ConsoleForms.htmx(request) ? LIST_FRAGMENT : LIST_PAGE;
    }

    /** A deadline: its light now and as recorded, its light changes, and its case's timeline if the viewer may see it. */
    @GetMapping("/deadlines/{id}")
    String deadline(@PathVariable long id, Model model) {
        DeadlineDetail detail = dashboards.detail(id);
        model.addAttribute("detail", detail);
        model.addAttribute("d", detail.deadline());
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        model.addAttribute("timeline", timeline(detail.deadline().caseId()));
        return DETAIL_PAGE;
    }

    /** The list as shown, as an Excel workbook; the export is recorded in the audit trail. */
    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "deadlines") String list,
            @RequestParam(required = false) @Nullable Light light,
            @RequestParam(required = false) @Nullable Long department,
            @RequestParam(required = false) @Nullable String item, Locale locale, HttpServletResponse response)
            throws IOException {
        ExportList which = exportList(list);
        DeadlineFilter filter = filter(light, department, item);
        workbook.write(which, filter, locale, ExcelDownloads.open(response, workbook.fileName(which, locale)));
    }

    /**
     * The case's timeline through casework's public API, which checks the viewer's data scope for cases; null when
     * there is no case, or the viewer may not see it (no {@value #CASE_VIEW}, or the case is outside their scope).
     */
    private @Nullable List<CaseHistoryEntry> timeline(@Nullable Long caseId) {
        if (caseId == null || !currentActor.holds(CASE_VIEW)) {
            return null;
        }
        try {
            CaseView view = casework.find(caseId);
            return view.history();
        } catch (OutOfScopeException | NotFoundException e) {
            return null;
        }
    }

    /** The filter; a department outside the viewer's scope is refused (403), not shown empty. */
    private DeadlineFilter filter(@Nullable Light light, @Nullable Long department, @Nullable String item) {
        if (department != null) {
            dashboards.scope().check(department);
        }
        return new DeadlineFilter(light, department, item);
    }

    /** The trend for the chart, in the page (dates and counts only: nothing to escape beyond the attribute). */
    static String json(List<WeekTrend> trend) {
        return trend.stream().map(w -> "{\"weekStart\":\"%s\",\"newYellows\":%d,\"newReds\":%d}"
                .formatted(w.weekStart(), w.newYellows(), w.newReds())).collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static ExportList exportList(String list) {
        for (ExportList candidate : ExportList.values()) {
            if (candidate.slug().equals(list)) {
                return candidate;
            }
        }
        throw new NotFoundException("export", list);
    }
}
