package org.xiaoneng.inquiry.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
import org.xiaoneng.inquiry.FirstInquiries;
import org.xiaoneng.inquiry.InquiryChannel;
import org.xiaoneng.inquiry.InquirySummary;
import org.xiaoneng.inquiry.InquiryView;
import org.xiaoneng.inquiry.RecordedInquiry;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;

/**
 * 首问登记 in the console: my inquiries (unresolved ones highlighted), the inquiries handed to my desks, the
 * department overview for overseers, logging a new one, and the inquiry page with its history and the forms for the
 * steps the reader may take (answer, hand on, confirm, follow up). The server checks every step again.
 */
@Controller
@RequestMapping("/console/inquiries")
@PreAuthorize("hasAuthority('inquiry:inquiry:view')")
class InquiryPages {

    static final String LIST = "inquiry/list";
    static final String LIST_FRAGMENT = "inquiry/list :: inquiries";
    static final String NEW = "inquiry/new";
    static final String PAGE = "inquiry/inquiry";

    record AnswerForm(@NotNull Integer version, @NotBlank @Size(max = 2000) String answer) {
    }

    record HandOnForm(@NotNull Integer version, @NotNull Long deskPositionId, @NotBlank @Size(max = 2000) String note) {
    }

    record FollowUpForm(@NotNull Integer version, @NotBlank @Size(max = 2000) String note) {
    }

    private final FirstInquiries inquiries;
    private final DeskChoices desks;
    private final ConsoleForms forms;

    InquiryPages(FirstInquiries inquiries, DeskChoices desks, ConsoleForms forms) {
        this.inquiries = inquiries;
        this.desks = desks;
        this.forms = forms;
    }

    @GetMapping
    String mine(Model model) {
        List<InquirySummary> mine = inquiries.mine();
        model.addAttribute("unresolvedCount", inquiries.unresolved().size());
        return list("mine", mine, model);
    }

    @GetMapping("/desk")
    String desk(Model model) {
        return list("desk", inquiries.desk(), model);
    }

    /** The whole page, or only the list when htmx asks (the "only unresolved" filter). */
    @GetMapping("/department")
    @PreAuthorize("hasAuthority('inquiry:inquiry:oversee')")
    String department(@RequestParam(defaultValue = "false") boolean unresolved, Model model,
            HttpServletRequest request) {
        model.addAttribute("onlyUnresolved", unresolved);
        String page = list("department", inquiries.inScope(unresolved), model);
        return ConsoleForms.htmx(request) ? LIST_FRAGMENT : page;
    }

    private String list(String tab, List<InquirySummary> rows, Model model) {
        model.addAttribute("tab", tab);
        model.addAttribute("inquiries", rows);
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        return LIST;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    String newInquiry(Model model) {
        InquiryForm form = new InquiryForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        model.addAttribute("inquiry", form);
        return form(model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    String record(@ModelAttribute("inquiry") InquiryForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors() && forms.valid(form.toCommand(), result)) {
            try {
                String key = form.getIdempotencyKey().isBlank() ? null : form.getIdempotencyKey().strip();
                RecordedInquiry recorded = inquiries.record(form.toCommand(), key);
                redirect.addFlashAttribute(ConsoleForms.FLASH, "inquiry.flash.recorded");
                return "redirect:/console/inquiries/" + recorded.view().id();
            } catch (DomainException e) {
                forms.refused(e, model, response);
                return form(model);
            }
        }
        response.setStatus(422);
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("channels", InquiryChannel.values());
        return NEW;
    }

    @GetMapping("/{id}")
    String inquiry(@PathVariable long id, Model model) {
        return page(inquiries.find(id), model);
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    String answer(@PathVariable long id, @ModelAttribute("answerForm") AnswerForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, form, result, model, response, redirect, "inquiry.flash.answered",
                () -> inquiries.answer(id, form.version(), form.answer()));
    }

    @PostMapping("/{id}/handover")
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    String handOn(@PathVariable long id, @ModelAttribute("handOnForm") HandOnForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, form, result, model, response, redirect, "inquiry.flash.handedOn",
                () -> inquiries.handOn(id, form.version(), form.deskPositionId(), form.note()));
    }

    @PostMapping("/{id}/confirmation")
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    String confirm(@PathVariable long id, @RequestParam int version, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            inquiries.confirm(id, version);
        } catch (DomainException e) {
            forms.refused(e, model, response);
            return page(inquiries.find(id), model);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "inquiry.flash.confirmed");
        return "redirect:/console/inquiries/" + id;
    }

    @PostMapping("/{id}/follow-ups")
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    String followUp(@PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return step(id, form, result, model, response, redirect, "inquiry.flash.followedUp",
                () -> inquiries.followUp(id, form.version(), form.note()));
    }

    /** Validates the form, takes the step, and shows the page again with the reason (422/409) when refused. */
    private String step(long id, Object form, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String flash, Runnable step) {
        if (!result.hasErrors() && forms.valid(form, result)) {
            try {
                step.run();
                redirect.addFlashAttribute(ConsoleForms.FLASH, flash);
                return "redirect:/console/inquiries/" + id;
            } catch (DomainException e) {
                forms.refused(e, model, response);
            }
        } else {
            response.setStatus(422);
        }
        return page(inquiries.find(id), model);
    }

    private String page(InquiryView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        if (view.actions().handOn()) {
            model.addAttribute("deskGroups", desks.groups());
        }
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm(view.version(), ""));
        }
        if (!model.containsAttribute("handOnForm")) {
            model.addAttribute("handOnForm", new HandOnForm(view.version(), null, ""));
        }
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", new FollowUpForm(view.version(), ""));
        }
        return PAGE;
    }
}
