package org.xiaoneng.supervision.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.supervision.internal.accountability.Policies;
import org.xiaoneng.supervision.internal.accountability.Policy;

/**
 * 督办与问责设置: the escalation ladder of supervision orders and the accountability policy. Nonsense is refused with
 * a message (422) and nothing changes; a change applies from the next sweep and is audited.
 */
@Controller
@RequestMapping("/console/supervision/policy")
@PreAuthorize("hasAuthority('supervision:rule:configure')")
class PolicyPages {

    static final String PAGE = "supervision/policy";

    record PolicyForm(@NotNull Integer orderResponseDays, @NotNull Integer orderOrangeDays,
            @Nullable Boolean autoOrderOnViolation, @Nullable Boolean autoOrderOnRed,
            @NotNull Integer warningRedLights,
            @NotNull Integer warningWindowDays, @NotNull Integer admonitionWarnings,
            @NotNull Integer admonitionWindowMonths, @NotNull Integer leaderRedLights,
            @NotNull Integer warningViolations, @NotNull Integer version) {

        static PolicyForm of(Policy p) {
            return new PolicyForm(p.orderResponseDays(), p.orderOrangeDays(), p.autoOrderOnViolation(),
                    p.autoOrderOnRed(), p.warningRedLights(), p.warningWindowDays(), p.admonitionWarnings(),
                    p.admonitionWindowMonths(), p.leaderRedLights(), p.warningViolations(), p.version());
        }

        Policy policy() {
            // an unchecked box sends nothing
            return new Policy(orderResponseDays, orderOrangeDays, Boolean.TRUE.equals(autoOrderOnViolation),
                    Boolean.TRUE.equals(autoOrderOnRed),
                    warningRedLights, warningWindowDays, admonitionWarnings, admonitionWindowMonths, leaderRedLights,
                    warningViolations, version);
        }
    }

    private final Policies policies;
    private final ConsoleForms forms;

    PolicyPages(Policies policies, ConsoleForms forms) {
        this.policies = policies;
        this.forms = forms;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("policy", PolicyForm.of(policies.current()));
        return PAGE;
    }

    @PostMapping
    String save(@ModelAttribute("policy") @Nullable PolicyForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (form != null && forms.valid(form, result)) {
            try {
                policies.update(form.policy());
                redirect.addFlashAttribute(ConsoleForms.FLASH, "supervision.policy.flash.saved");
                return "redirect:/console/supervision/policy";
            } catch (DomainException e) {
                forms.refused(e, model, response);
            }
        } else {
            response.setStatus(422);
            if (model.getAttribute("policy") == null) {
                // a value that is not a number leaves no form to show: show the settings as they stand, with the error
                model.addAttribute("policy", PolicyForm.of(policies.current()));
                model.addAttribute("notANumber", true);
            }
        }
        return PAGE;
    }
}
