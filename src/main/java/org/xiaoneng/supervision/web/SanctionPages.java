package org.xiaoneng.supervision.web;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.supervision.internal.accountability.Accountability;
import org.xiaoneng.supervision.internal.accountability.AppealState;
import org.xiaoneng.supervision.internal.accountability.SanctionKind;
import org.xiaoneng.supervision.internal.accountability.SanctionState;
import org.xiaoneng.supervision.internal.accountability.SanctionView;
import org.xiaoneng.supervision.internal.accountability.SanctionWorkbook;

/**
 * 效能告诫与问责: the proposals of the policy for supervisors to confirm or dismiss with a reason, the appeals for
 * those who decide them, and each staff member's own confirmed warnings and sanctions with the one appeal. Every
 * change quotes the version last read. With {@code HX-Request} the list renders its results alone.
 */
@Controller
@RequestMapping("/console/supervision/sanctions")
class SanctionPages {

    static final String LIST = "supervision/sanctions";
    static final String LIST_FRAGMENT = "supervision/sanctions :: results";
    static final String MINE = "supervision/sanctions-mine";
    static final String DETAIL = "supervision/sanctions-detail";

    record DecisionForm(@NotNull Integer version, @Nullable SanctionKind kind,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record AppealForm(@NotNull Integer version, @NotBlank @Size(max = 4000) String grounds) {
    }

    record AppealDecisionForm(@NotNull Integer version, @NotNull Boolean upheld,
            @NotBlank @Size(max = 2000) String reason) {
    }

    private final Accountability accountability;
    private final SanctionWorkbook workbook;
    private final ConsoleForms forms;

    SanctionPages(Accountability accountability, SanctionWorkbook workbook, ConsoleForms forms) {
        this.accountability = accountability;
        this.workbook = workbook;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('supervision:sanction:decide', 'supervision:appeal:decide')")
    String list(@RequestParam(required = false) @Nullable SanctionState state, HttpServletRequest request,
            Model model) {
        model.addAttribute("sanctions", accountability.list(state));
        model.addAttribute("state", state);
        model.addAttribute("states", SanctionState.values());
        return ConsoleForms.htmx(request) ? LIST_FRAGMENT : LIST;
    }

    /** The list of the same filter as an Excel workbook, every row (not only the first page); audited. */
    @GetMapping("/export")
    @PreAuthorize("hasAnyAuthority('supervision:sanction:decide', 'supervision:appeal:decide')")
    void export(@RequestParam(required = false) @Nullable SanctionState state, Locale locale,
            HttpServletResponse response) throws IOException {
        workbook.write(state, locale, ExcelDownloads.open(response, workbook.fileName(locale)));
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('supervision:sanction:appeal')")
    String mine(Model model) {
        model.addAttribute("sanctions", accountability.mine());
        return MINE;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('supervision:sanction:decide', 'supervision:appeal:decide', "
            + "'supervision:sanction:appeal')")
    String detail(@PathVariable long id, Model model) {
        return page(accountability.find(id), model);
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize("hasAuthority('supervision:sanction:decide')")
    String confirm(@PathVariable long id, @ModelAttribute("decision") DecisionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return forms.submit(form, result, model, response, redirect, "supervision.sanction.flash.confirmed",
                "/console/supervision/sanctions/" + id,
                () -> accountability.confirm(id, form.version(),
                        form.kind() == null ? accountability.find(id).kind() : form.kind(), form.reason()),
                () -> page(accountability.find(id), model));
    }

    @PostMapping("/{id}/dismiss")
    @PreAuthorize("hasAuthority('supervision:sanction:decide')")
    String dismiss(@PathVariable long id, @ModelAttribute("decision") DecisionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return forms.submit(form, result, model, response, redirect, "supervision.sanction.flash.dismissed",
                "/console/supervision/sanctions/" + id,
                () -> accountability.dismiss(id, form.version(), form.reason()),
                () -> page(accountability.find(id), model));
    }

    @PostMapping("/{id}/appeal")
    @PreAuthorize("hasAuthority('supervision:sanction:appeal')")
    String appeal(@PathVariable long id, @ModelAttribute("appeal") AppealForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return forms.submit(form, result, model, response, redirect, "supervision.sanction.flash.appealed",
                "/console/supervision/sanctions/" + id,
                () -> accountability.appeal(id, form.version(), form.grounds()),
                () -> page(accountability.find(id), model));
    }

    @PostMapping("/{id}/appeal-decision")
    @PreAuthorize("hasAuthority('supervision:appeal:decide')")
    String decideAppeal(@PathVariable long id, @ModelAttribute("appealDecision") AppealDecisionForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return forms.submit(form, result, model, response, redirect, "supervision.sanction.flash.appealDecided",
                "/console/supervision/sanctions/" + id,
                () -> accountability.decideAppeal(id, form.version(), form.upheld(), form.reason()),
                () -> page(accountability.find(id), model));
    }

    private String page(SanctionView sanction, Model model) {
        model.addAttribute("sanction", sanction);
        model.addAttribute("mayDecide", sanction.state() == SanctionState.PROPOSED
                && accountability.mayDecide(sanction.departmentId()) && !accountability.isOwn(sanction));
        model.addAttribute("mayAppeal", sanction.state() == SanctionState.CONFIRMED
                && sanction.appealState() == AppealState.NONE && accountability.isOwn(sanction));
        model.addAttribute("mayDecideAppeal", sanction.appealState() == AppealState.PENDING
                && accountability.mayDecideAppeal(sanction));
        // the kind proposed or a heavier one (never a lighter: the server refuses it); leader accountability stays
        model.addAttribute("kinds", sanction.proposedKind() == SanctionKind.LEADER_ACCOUNTABILITY
                ? new SanctionKind[] {SanctionKind.LEADER_ACCOUNTABILITY}
                : Stream.of(SanctionKind.WARNING, SanctionKind.CRITICISM, SanctionKind.ADMONITION,
                        SanctionKind.ORGANIZATIONAL, SanctionKind.DISCIPLINARY)
                        .filter(k -> k.compareTo(sanction.proposedKind()) >= 0).toArray(SanctionKind[]::new));
        if (!model.containsAttribute("decision")) {
            model.addAttribute("decision", new DecisionForm(sanction.version(), sanction.kind(), ""));
        }
        if (!model.containsAttribute("appeal")) {
            model.addAttribute("appeal", new AppealForm(sanction.version(), ""));
        }
        if (!model.containsAttribute("appealDecision")) {
            model.addAttribute("appealDecision", new AppealDecisionForm(sanction.version(), Boolean.TRUE, ""));
        }
        return DETAIL;
    }
}
