package org.xiaoneng.identity.web;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.identity.internal.AccountService;
import org.xiaoneng.platform.DomainException;

/** Every signed-in person changes their own password here, proving they know the current one. */
@Controller
@RequestMapping("/console/identity/password")
class OwnPasswordController {

    static final String PAGE = "identity/password";

    private final AccountService service;
    private final MessageSource messages;

    OwnPasswordController(AccountService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String form(Model model) {
        model.addAttribute("form", new AccountForms.OwnPasswordForm());
        return PAGE;
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    String change(@Valid @ModelAttribute("form") AccountForms.OwnPasswordForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword(), form.getConfirmation());
                redirect.addFlashAttribute("message", "identity.password.changed");
                return "redirect:/console/identity/password";
            } catch (DomainException e) {
                model.addAttribute("formError", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                        LocaleContextHolder.getLocale()));
            }
        }
        return PAGE; // the password fields are never written back into the page
    }
}
