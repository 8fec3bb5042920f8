package org.xiaoneng.supervision.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.Supervision;

/**
 * 电子监察: the watched deadlines by light and the yellow and red ones, each with its case, department, position, due
 * day and working days overdue — within the viewer's data scope (a department leader sees his department's). The
 * results refresh themselves every minute; with {@code HX-Request} only the results are rendered.
 */
@Controller
@RequestMapping("/console/supervision")
@PreAuthorize("hasAuthority('supervision:deadline:view')")
class SupervisionPages {

    static final String PAGE = "supervision/board";
    static final String FRAGMENT = "supervision/partials/board :: results";

    private final Supervision supervision;

    SupervisionPages(Supervision supervision) {
        this.supervision = supervision;
    }

    @GetMapping
    String board(@RequestParam(required = false) @Nullable Light light,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("board", supervision.board(light));
        model.addAttribute("light", light);
        model.addAttribute("lights", Light.values());
        model.addAttribute("limit", Supervision.MAX_LIST);
        return htmx == null ? PAGE : FRAGMENT;
    }
}
