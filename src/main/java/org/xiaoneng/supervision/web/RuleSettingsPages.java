package org.xiaoneng.supervision.web;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.supervision.ViolationRule;
import org.xiaoneng.supervision.internal.violation.RuleSettings;


/**
 * 违规规则设置 (the efficiency office): each rule switched on or off and given its parameter. A setting that makes no
 * sense is refused with the page shown again (422) and nothing changed; a change is audited and applies from the
 * next detection.
 */
@Controller
@RequestMapping("/console/supervision/rules")
@PreAuthorize("hasAuthority('supervision:rule:configure')")
class RuleSettingsPages {

    static final String PAGE = "supervision/rules";

    private final RuleSettings settings;
    private final ConsoleForms forms;

    RuleSettingsPages(RuleSettings settings, ConsoleForms forms) {
        this.settings = settings;
        this.forms = forms;
    }

    @GetMapping
    String page(Model model) {
        return show(model, null, null);
    }

    /** {@code days} arrives as typed, so that a word or a fraction is refused with a message, not a 400. */
    @PostMapping("/{rule}")
    String change(@PathVariable String rule, @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(required = false) @Nullable String days, @RequestParam int version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        ViolationRule which = rule(rule);
        try {
            settings.change(which, enabled, days(days), version);
        } catch (DomainException e) {
            forms.refused(e, model, response);
            return show(model, which, days);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "supervision.rules.saved");
        return "redirect:/console/supervision/rules";
    }

    private String show(Model model, @Nullable ViolationRule refused, @Nullable String typed) {
        model.addAttribute("settings", settings.all());
        model.addAttribute("refused", refused);
        model.addAttribute("typed", typed);
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        return PAGE;
    }

    private static @Nullable Integer days(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("supervision.rule.parameterNotNumber");
        }
    }

    private static ViolationRule rule(String name) {
        try {
            return ViolationRule.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("violation-rule", name);
        }
    }
}
