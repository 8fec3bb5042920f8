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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;
import org.xiaoneng.identity.Role;
import org.xiaoneng.identity.internal.AccountQueries;
import org.xiaoneng.identity.internal.AccountService;
import org.xiaoneng.identity.internal.AccountView;
import org.xiaoneng.identity.internal.Departments;
import org.xiaoneng.identity.internal.NewAccount;
import org.xiaoneng.identity.internal.NewGrant;
import org.xiaoneng.platform.DomainException;

/**
 * The system admin's account pages: search, create, and one page per account to edit it, grant and revoke roles over
 * departments, reset its password, unlock, deactivate and reactivate. Refusals (password policy, separation of
 * duties) are shown next to the form that caused them.
 */
@Controller
@RequestMapping("/console/identity/accounts")
class AccountsController {

    static final String LIST = "identity/accounts/list";
    static final String LIST_RESULTS = "identity/partials/account-results :: results";
    static final String NEW = "identity/accounts/new";
    static final String DETAIL = "identity/accounts/detail";
    static final String GRANTS = "identity/partials/grants :: grants";

    private final AccountQueries queries;
    private final AccountService service;
    private final Departments departments;
    private final MessageSource messages;

    AccountsController(AccountQueries queries, AccountService service, Departments departments,
            MessageSource messages) {
        this.queries = queries;
        this.service = service;
        this.departments = departments;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('identity:account:view')")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", queries.search(q, page));
        return htmx != null ? LIST_RESULTS : LIST;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    String newAccount(Model model) {
        model.addAttribute("form", new AccountForms.NewAccountForm());
        model.addAttribute("departments", departments.tree());
        return NEW;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('identity:account:edit')")
    String create(@Valid @ModelAttribute("form") AccountForms.NewAccountForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                String username = service.create(new NewAccount(form.getUsername(), form.getDisplayName(),
                        form.getHomeDepartmentId(), form.getPassword()));
                redirect.addFlashAttribute("message", "identity.accounts.created");
                return redirectTo(username);
            } catch (DomainException e) {
                model.addAttribute("formError", text(e));
            }
        }
        form.setPassword("");
        model.addAttribute("departments", departments.tree());
        return NEW;
    }

    @GetMapping("/{username}")
    @PreAuthorize("hasAuthority('identity:account:view')")
    String detail(@PathVariable String username, Model model) {
        return detailPage(username, model);
    }

    @PostMapping("/{username}")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    String updateProfile(@PathVariable String username,
            @Valid @ModelAttribute("profileForm") AccountForms.ProfileForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.updateProfile(username, form.getDisplayName(), form.getHomeDepartmentId(),
                        form.getVersion());
                redirect.addFlashAttribute("message", "identity.accounts.saved");
                return redirectTo(username);
            } catch (DomainException e) {
                model.addAttribute("profileError", text(e));
            }
        }
        return detailPage(username, model);
    }

    @PostMapping("/{username}/grants")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    String grant(@PathVariable String username, @Valid @ModelAttribute("grantForm") AccountForms.GrantForm form,
            BindingResult binding, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors() && form.getRole() != null) {
            try {
                service.grant(username, new NewGrant(form.getRole(), form.getDepartmentId(),
                        form.getIncludeSubdepartments()));
                if (htmx == null) {
                    redirect.addFlashAttribute("message", "identity.grants.granted");
                    return redirectTo(username);
                }
                model.addAttribute("grantMessage", "identity.grants.granted");
                model.addAttribute("grantForm", new AccountForms.GrantForm());
            } catch (DomainException e) {
                model.addAttribute("grantError", text(e));
            }
        }
        return htmx != null ? grantsFragment(username, model) : detailPage(username, model);
    }

    @PostMapping("/{username}/grants/{grantId}/revoke")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    String revoke(@PathVariable String username, @PathVariable long grantId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        try {
            service.revoke(username, grantId);
            if (htmx == null) {
                redirect.addFlashAttribute("message", "identity.grants.revoked");
                return redirectTo(username);
            }
            model.addAttribute("grantMessage", "identity.grants.revoked");
        } catch (DomainException e) {
            model.addAttribute("grantError", text(e));
        }
        return htmx != null ? grantsFragment(username, model) : detailPage(username, model);
    }

    @PostMapping("/{username}/password")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    String resetPassword(@PathVariable String username,
            @Valid @ModelAttribute("resetForm") AccountForms.ResetPasswordForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.resetPassword(username, form.getNewPassword());
                redirect.addFlashAttribute("message", "identity.accounts.passwordReset");
                return redirectTo(username);
            } catch (DomainException e) {
                model.addAttribute("resetError", text(e));
            }
        }
        form.setNewPassword("");
        return detailPage(username, model);
    }

    @PostMapping("/{username}/unlock")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, "identity.accounts.unlocked", () -> service.unlock(username));
    }

    @PostMapping("/{username}/deactivate")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    String deactivate(@PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, "identity.accounts.deactivated", () -> service.deactivate(username));
    }

    @PostMapping("/{username}/reactivate")
    @PreAuthorize("hasAuthority('identity:account:edit')")
    String reactivate(@PathVariable String username, RedirectAttributes redirect) {
        return act(username, redirect, "identity.accounts.reactivated", () -> service.reactivate(username));
    }

    private String act(String username, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e));
        }
        return redirectTo(username);
    }

    private String detailPage(String username, Model model) {
        AccountView account = queries.get(username);
        model.addAttribute("account", account);
        model.addAttribute("departments", departments.tree());
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("profileForm")) {
            AccountForms.ProfileForm profile = new AccountForms.ProfileForm();
            profile.setDisplayName(account.displayName());
            profile.setHomeDepartmentId(account.homeDepartmentId());
            profile.setVersion(account.version());
            model.addAttribute("profileForm", profile);
        }
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new AccountForms.GrantForm());
        }
        if (!model.containsAttribute("resetForm")) {
            model.addAttribute("resetForm", new AccountForms.ResetPasswordForm());
        }
        return DETAIL;
    }

    private String grantsFragment(String username, Model model) {
        model.addAttribute("account", queries.get(username));
        model.addAttribute("departments", departments.tree());
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("grantForm")) {
            model.addAttribute("grantForm", new AccountForms.GrantForm());
        }
        return GRANTS;
    }

    private String text(DomainException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
    }

    private static String redirectTo(String username) {
        return "redirect:/console/identity/accounts/" + UriUtils.encodePathSegment(username, "UTF-8");
    }
}
