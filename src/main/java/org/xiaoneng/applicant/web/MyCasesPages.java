package org.xiaoneng.applicant.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.applicant.ApplicantIdentity;
import org.xiaoneng.casework.ApplicantCase;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.RatingLevel;
import org.xiaoneng.platform.DomainException;

/**
 * The applicant's own cases (我的办件): the list, and one case with its timeline, due date, whom to call, materials,
 * the correction notice with the resubmission form (补正), withdrawal before the decision (撤回), and the rating once
 * it is closed (办件评价). Another applicant's case is not found.
 */
@Controller
class MyCasesPages {

    static final Set<CaseState> WITHDRAWABLE = EnumSet.of(CaseState.RECEIVED, CaseState.CORRECTION_REQUESTED,
            CaseState.ACCEPTED, CaseState.IN_PROCESS, CaseState.SUSPENDED);

    private final ApplicantIdentity identity;
    private final Casework casework;
    private final MessageSource messages;

    MyCasesPages(ApplicantIdentity identity, Casework casework, MessageSource messages) {
        this.identity = identity;
        this.casework = casework;
        this.messages = messages;
    }

    @GetMapping("/portal/my/cases")
    String list(Model model) {
        ApplicantIdentity.SignedIn me = identity.require();
        model.addAttribute("me", me);
        model.addAttribute("cases", casework.ofApplicant(me.applicant()));
        return "applicant/cases";
    }

    @GetMapping("/portal/my/cases/{id}")
    String one(@PathVariable long id, Model model) {
        ApplicantIdentity.SignedIn me = identity.require();
        ApplicantCase mine = casework.forApplicant(id, me.applicant());
        model.addAttribute("me", me);
        model.addAttribute("mine", mine);
        model.addAttribute("c", mine.view());
        model.addAttribute("withdrawable", WITHDRAWABLE.contains(mine.view().state()));
        model.addAttribute("levels", RatingLevel.values());
        model.addAttribute("rating", mine.view().state() == CaseState.CLOSED ? casework.rating(id).orElse(null)
                : null);
        return "applicant/case";
    }

    @PostMapping("/portal/my/cases/{id}/resubmission")
    String resubmit(@PathVariable long id, @RequestParam int version,
            @RequestParam(name = "materials", required = false) @Nullable List<String> materials, Locale locale,
            RedirectAttributes redirect) {
        ApplicantIdentity.SignedIn me = identity.require();
        return act(id, redirect, locale, "applicant.case.resubmitted", () -> casework.resubmitOnline(id, version,
                materials == null ? List.of() : materials, me.applicant()));
    }

    @PostMapping("/portal/my/cases/{id}/withdrawal")
    String withdraw(@PathVariable long id, @RequestParam int version, @RequestParam String reason, Locale locale,
            RedirectAttributes redirect) {
        ApplicantIdentity.SignedIn me = identity.require();
        return act(id, redirect, locale, "applicant.case.withdrawn",
                () -> casework.withdrawOnline(id, version, reason.isBlank() ? "-" : reason, me.applicant()));
    }

    @PostMapping("/portal/my/cases/{id}/rating")
    String rate(@PathVariable long id, @RequestParam RatingLevel level,
            @RequestParam(required = false) @Nullable String comment, Locale locale, RedirectAttributes redirect) {
        ApplicantIdentity.SignedIn me = identity.require();
        return act(id, redirect, locale, "applicant.rating.thanks",
                () -> casework.rate(id, me.applicant(), level, comment));
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", messages.getMessage(done, null, locale));
        } catch (DomainException refused) {
            if (refused instanceof org.xiaoneng.platform.NotFoundException) {
                throw refused;
            }
            redirect.addFlashAttribute("refused",
                    messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        }
        return "redirect:/portal/my/cases/" + id;
    }
}
