package org.xiaoneng.applicant.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.applicant.internal.ApplicantAccounts;
import org.xiaoneng.platform.DomainException;

/** Sign-in (the form posts to Spring Security) and registration of applicant accounts. */
@Controller
class AccountPages {

    private final ApplicantAccounts accounts;

    AccountPages(ApplicantAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/portal/account/login")
    String login() {
        return "applicant/login";
    }

    @GetMapping("/portal/account/register")
    String registerForm() {
        return "applicant/register";
    }

    @PostMapping("/portal/account/register")
    String register(@RequestParam String phone, @RequestParam String name, @RequestParam String password,
            @RequestParam String confirmation, HttpServletRequest request, Model model) {
        try {
            if (!password.equals(confirmation)) {
                throw new DomainException("applicant.password.mismatch");
            }
            accounts.register(phone, name, password, request.getRemoteAddr());
            return "redirect:/portal/account/login?registered";
        } catch (DomainException refused) {
            model.addAttribute("error", refused.messageKey());
            model.addAttribute("phone", phone);
            model.addAttribute("name", name);
            return "applicant/register";
        }
    }
}
