package org.xiaoneng.casework.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.casework.CaseMaterial;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.Commitment;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.casework.NoticeLine;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;

/**
 * The steps of a case, posted from the case page: each quotes the case's version as the page showed it. Done: back
 * to the case page with a message. Refused by the case's rules: the page again, 422, with the reason in the reader's
 * language; changed by someone else meanwhile: 409, the page as it now stands. Invalid input: 422 with the fields
 * marked. Nothing is changed in either case.
 */
@Controller
@RequestMapping("/console/cases/{id}")
class CaseStepPages {

    private final Casework casework;
    private final CasePage page;
    private final ConsoleForms forms;
    private final MessageSource messages;

    CaseStepPages(Casework casework, CasePage page, ConsoleForms forms, MessageSource messages) {
        this.casework = casework;
        this.page = page;
        this.forms = forms;
        this.messages = messages;
    }

    @PostMapping("/correction-notice")
    @PreAuthorize("hasAuthority('casework:case:accept')")
    String correction(@PathVariable long id, @RequestParam int version,
            @RequestParam(name = "defective", required = false) @Nullable List<Integer> ticked,
            @RequestParam Map<String, String> params, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        List<CaseMaterial> materials = casework.find(id).materials();
        Set<Integer> rows = rows(ticked, materials.size());
        Map<Integer, String> reasons = new HashMap<>();
        Map<Integer, String> errors = new HashMap<>();
        List<MaterialDefect> defects = new ArrayList<>();
        for (int n = 0; n < materials.size(); n++) {
            String reason = params.getOrDefault("reason-" + n, "").strip();
            reasons.put(n, reason);
            if (rows.contains(n)) {
                if (reason.isEmpty() || reason.length() > 500) {
                    errors.put(n, text(locale, "casework.console.correction.reasonRequired"));
                } else {
                    defects.add(new MaterialDefect(materials.get(n).name(), reason));
                }
            }
        }
        model.addAttribute("correction", new CaseForms.RowsEntry(rows, reasons, Map.of(), errors));
        return step(id, errors.isEmpty(), model, locale, response, redirect, "casework.console.done.correction",
                () -> casework.requestCorrection(id, version, defects));
    }

    @PostMapping("/resubmission")
    @PreAuthorize("hasAuthority('casework:case:receive')")
    String resubmission(@PathVariable long id, @RequestParam int version,
            @RequestParam(name = "supplied", required = false) @Nullable List<Integer> ticked, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        List<NoticeLine> notice = casework.find(id).correctionNotice();
        Set<Integer> rows = rows(ticked, notice.size());
        List<String> supplied = rows.stream().map(n -> notice.get(n).material()).toList();
        Map<Integer, String> errors = rows.isEmpty()
                ? Map.of(-1, text(locale, "casework.console.resubmission.nothingTicked")) : Map.of();
        model.addAttribute("resubmission", new CaseForms.RowsEntry(rows, Map.of(), Map.of(), errors));
        return step(id, errors.isEmpty(), model, locale, response, redirect, "casework.console.done.resubmission",
                () -> casework.resubmit(id, version, supplied));
    }

    @PostMapping("/acceptance")
    @PreAuthorize("hasAuthority('casework:case:accept')")
    String accept(@PathVariable long id, @RequestParam int version,
            @RequestParam(name = "commit", required = false) @Nullable List<Integer> ticked,
            @RequestParam Map<String, String> params, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        List<CaseMaterial> materials = casework.find(id).materials();
        Set<Integer> rows = rows(ticked, materials.size());
        Map<Integer, String> wordings = new HashMap<>();
        Map<Integer, String> dates = new HashMap<>();
        Map<Integer, String> errors = new HashMap<>();
        List<Commitment> commitments = new ArrayList<>();
        for (int n : rows) {
            String wording = params.getOrDefault("wording-" + n, "").strip();
            String date = params.getOrDefault("due-" + n, "").strip();
            wordings.put(n, wording);
            dates.put(n, date);
            LocalDate dueOn = date(date);
            if (dueOn == null) {
                errors.put(n, text(locale, "casework.console.acceptance.dueRequired"));
            } else if (wording.isEmpty() || wording.length() > 500) {
                errors.put(n, text(locale, "casework.console.acceptance.wordingRequired"));
            } else {
                commitments.add(new Commitment(materials.get(n).name(), dueOn, wording));
            }
        }
        model.addAttribute("acceptance", new CaseForms.RowsEntry(rows, wordings, dates, errors));
        return step(id, errors.isEmpty(), model, locale, response, redirect, "casework.console.done.acceptance",
                () -> casework.accept(id, version, commitments));
    }

    @PostMapping("/refusal")
    @PreAuthorize("hasAuthority('casework:case:accept')")
    String refuse(@PathVariable long id, @ModelAttribute("refusal") CaseForms.@Nullable ReasonForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, valid(form, result), model, locale, response, redirect, "casework.console.done.refusal",
                () -> casework.refuse(id, form.version(), form.reason()));
    }

    @PostMapping("/processing")
    @PreAuthorize("hasAuthority('casework:case:handle')")
    String start(@PathVariable long id, @ModelAttribute("start") CaseForms.@Nullable StepForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, valid(form, result), model, locale, response, redirect, "casework.console.done.start",
                () -> casework.startProcessing(id, form.version(), form.positionId()));
    }

    @PostMapping("/suspension")
    @PreAuthorize("hasAuthority('casework:case:handle')")
    String suspend(@PathVariable long id, @ModelAttribute("suspension") CaseForms.@Nullable SuspensionForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, valid(form, result), model, locale, response, redirect,
                "casework.console.done.suspension",
                () -> casework.suspend(id, form.version(), form.positionId(), form.procedure(), form.reason()));
    }

    @PostMapping("/resumption")
    @PreAuthorize("hasAuthority('casework:case:handle')")
    String resume(@PathVariable long id, @ModelAttribute("resumption") CaseForms.@Nullable ResumptionForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, valid(form, result), model, locale, response, redirect,
                "casework.console.done.resumption",
                () -> casework.resume(id, form.version(), form.positionId(),
                        form.note() == null ? "" : form.note()));
    }

    @PostMapping("/extension")
    @PreAuthorize("hasAuthority('casework:case:decide')")
    String extend(@PathVariable long id, @ModelAttribute("extension") CaseForms.@Nullable ExtensionForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, valid(form, result), model, locale, response, redirect,
                "casework.console.done.extension",
                () -> casework.extend(id, form.version(), form.positionId(), form.reason()));
    }

    @PostMapping("/decision")
    @PreAuthorize("hasAuthority('casework:case:decide')")
    String decide(@PathVariable long id, @ModelAttribute("decision") CaseForms.@Nullable DecisionForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, valid(form, result), model, locale, response, redirect,
                "casework.console.done.decision",
                () -> casework.decide(id, form.version(), form.positionId(), form.outcome(), form.reasons(),
                        form.legalBasis()));
    }

    @PostMapping("/certificate")
    @PreAuthorize("hasAuthority('casework:case:handle')")
    String certificate(@PathVariable long id, @ModelAttribute("certificate") CaseForms.@Nullable CertificateForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, valid(form, result), model, locale, response, redirect,
                "casework.console.done.certificate",
                () -> casework.issueCertificate(id, form.version(), form.certificateNumber()));
    }

    @PostMapping("/delivery")
    @PreAuthorize("hasAuthority('casework:case:receive')")
    String deliver(@PathVariable long id, @ModelAttribute("delivery") CaseForms.@Nullable DeliveryForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, valid(form, result), model, locale, response, redirect,
                "casework.console.done.delivery",
                () -> casework.deliver(id, form.version(), form.method()));
    }

    @PostMapping("/closing")
    @PreAuthorize("hasAuthority('casework:case:receive')")
    String close(@PathVariable long id, @ModelAttribute("closing") CaseForms.@Nullable StepForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, valid(form, result), model, locale, response, redirect, "casework.console.done.closing",
                () -> casework.close(id, form.version()));
    }

    @PostMapping("/withdrawal")
    @PreAuthorize("hasAuthority('casework:case:receive')")
    String withdraw(@PathVariable long id, @ModelAttribute("withdrawal") CaseForms.@Nullable ReasonForm form,
            BindingResult result, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, valid(form, result), model, locale, response, redirect,
                "casework.console.done.withdrawal", () -> casework.withdraw(id, form.version(), form.reason()));
    }

    /** Takes the step when the form is valid; otherwise, or when the case refuses it, the page again. */
    private String step(long id, boolean valid, Model model, Locale locale, HttpServletResponse response,
            RedirectAttributes redirect, String done, Runnable step) {
        if (valid) {
            try {
                step.run();
                redirect.addFlashAttribute(ConsoleForms.FLASH, done);
                return "redirect:/console/cases/" + id;
            } catch (DomainException e) {
                forms.refused(e, model, response);
            }
        } else {
            response.setStatus(422);
            model.addAttribute(ConsoleForms.FORM_ERROR, text(locale, "casework.console.invalid"));
        }
        return page.render(id, model, locale);
    }

    /**
     * Whether the bound form is valid; a value that could not be converted (none of a select's choices) leaves no form
     * at all, and is as invalid as a blank required field.
     */
    private boolean valid(@Nullable Object form, BindingResult result) {
        return form != null && forms.valid(form, result);
    }

    /** The ticked rows that exist, in order. */
    private static Set<Integer> rows(@Nullable List<Integer> ticked, int size) {
        Set<Integer> rows = new LinkedHashSet<>();
        if (ticked != null) {
            ticked.stream().filter(n -> n != null && n >= 0 && n < size).sorted().forEach(rows::add);
        }
        return rows;
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
