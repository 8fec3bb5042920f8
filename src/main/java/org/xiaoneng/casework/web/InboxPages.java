package org.xiaoneng.casework.web;

import java.time.Clock;
import java.time.LocalDate;

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
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseTask;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.TaskOutcome;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;

/**
 * 待办: the inbox of every position the signed-in person acts for today (own, and as deputy for absent holders), and
 * the task page where a task is claimed and completed with an opinion. The server checks again on every step that
 * the person acts for the task's position.
 */
@Controller
@RequestMapping("/console/inbox")
@PreAuthorize("hasAuthority('casework:case:view')")
class InboxPages {

    /** The completion form. */
    record CompletionForm(@NotNull Integer version, @NotNull TaskOutcome outcome,
            @NotBlank @Size(max = 4000) String opinion, @Nullable Integer returnToStage) {
    }

    private final Casework casework;
    private final ConsoleForms forms;
    private final Clock clock;

    InboxPages(Casework casework, ConsoleForms forms, Clock clock) {
        this.casework = casework;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    String inbox(Model model) {
        model.addAttribute("tasks", casework.inbox());
        model.addAttribute("today", today());
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        return "casework/inbox";
    }

    @GetMapping("/{caseId}/tasks/{taskNo}")
    String task(@PathVariable long caseId, @PathVariable int taskNo, Model model) {
        CaseView view = casework.find(caseId);
        return page(view, task(view, taskNo), model);
    }

    @PostMapping("/{caseId}/tasks/{taskNo}/claim")
    String claim(@PathVariable long caseId, @PathVariable int taskNo, @RequestParam int version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            casework.claim(caseId, version, taskNo);
        } catch (DomainException e) {
            forms.refused(e, model, response);
            CaseView view = casework.find(caseId);
            return page(view, task(view, taskNo), model);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "casework.inbox.claimed");
        return "redirect:/console/inbox/" + caseId + "/tasks/" + taskNo;
    }

    @PostMapping("/{caseId}/tasks/{taskNo}/completion")
    String complete(@PathVariable long caseId, @PathVariable int taskNo,
            @ModelAttribute("completion") CompletionForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (forms.valid(form, result)) {
            try {
                casework.complete(caseId, form.version(), taskNo, form.outcome(), form.opinion(),
                        form.outcome() == TaskOutcome.RETURN ? form.returnToStage() : null);
                redirect.addFlashAttribute(ConsoleForms.FLASH, "casework.inbox.completed");
                return "redirect:/console/inbox";
            } catch (DomainException e) {
                forms.refused(e, model, response);
            }
        } else {
            response.setStatus(422);
        }
        CaseView view = casework.find(caseId);
        return page(view, task(view, taskNo), model);
    }

    private String page(CaseView view, CaseTask task, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("task", task);
        model.addAttribute("today", today());
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        model.addAttribute("outcomes", new TaskOutcome[] {TaskOutcome.PASS, TaskOutcome.RETURN,
                TaskOutcome.PROPOSE_DENIAL});
        if (!model.containsAttribute("completion")) {
            model.addAttribute("completion", new CompletionForm(view.version(), TaskOutcome.PASS, "", null));
        }
        return "casework/task";
    }

    private static CaseTask task(CaseView view, int taskNo) {
        return view.tasks().stream().filter(t -> t.taskNo() == taskNo).findFirst()
                .orElseThrow(() -> new NotFoundException("task", view.number() + "/" + taskNo));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), StatutoryCalendar.ZONE);
    }
}
