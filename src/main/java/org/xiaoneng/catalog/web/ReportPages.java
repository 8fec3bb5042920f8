package org.xiaoneng.catalog.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xiaoneng.catalog.internal.OneMatterReportService;

/** Console: the one-matter-one-department report (一件事情由一个部门来承担). */
@Controller
class ReportPages {

    static final String REPORT = "catalog/report";

    private final OneMatterReportService report;

    ReportPages(OneMatterReportService report) {
        this.report = report;
    }

    @GetMapping("/console/catalog/report")
    @PreAuthorize("hasAuthority('catalog:report:view')")
    public String report(Model model) {
        model.addAttribute("report", report.report());
        return REPORT;
    }
}
