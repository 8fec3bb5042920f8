package org.xiaoneng.applicant.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.applicant.ApplicantIdentity;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.ReceiveApplication;
import org.xiaoneng.casework.ReceivedCase;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;

/**
 * 网上申请: the form for an item whose published version allows online application; the applicant's phone is
 * prefilled, the materials are the item's list to tick, and a hidden idempotency key makes a double submission one
 * case.
 */
@Controller
class ApplyPages {

    private final ApplicantIdentity identity;
    private final Casework casework;
    private final ItemCatalog catalog;
    private final Validator validator;
    private final MessageSource messages;

    ApplyPages(ApplicantIdentity identity, Casework casework, ItemCatalog catalog, Validator validator,
            MessageSource messages) {
        this.identity = identity;
        this.casework = casework;
        this.catalog = catalog;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/portal/apply")
    String form(@RequestParam String item, Model model) {
        ApplicantIdentity.SignedIn me = identity.require();
        ItemVersion version = onlineItem(item);
        model.addAttribute("item", version);
        model.addAttribute("kinds", ApplicantKind.values());
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("kind", ApplicantKind.INDIVIDUAL);
        model.addAttribute("name", me.displayName());
        model.addAttribute("phone", me.phone());
        model.addAttribute("supplied", List.of());
        return "applicant/apply";
    }

    @PostMapping("/portal/apply")
    String apply(@RequestParam String item, @RequestParam ApplicantKind kind, @RequestParam String name,
            @RequestParam String idNumber, @RequestParam String phone, @RequestParam(required = false) @Nullable String email,
            @RequestParam(name = "materials", required = false) @Nullable List<String> materials,
            @RequestParam String key, Locale locale, Model model) {
        ApplicantIdentity.SignedIn me = identity.require();
        ItemVersion version = onlineItem(item);
        List<String> supplied = materials == null ? List.of() : materials;
        ReceiveApplication application = new ReceiveApplication(version.id(),
                new ReceiveApplication.ApplicantData(kind, name, idNumber, phone,
                        email == null || email.isBlank() ? null : email),
                Channel.ONLINE, supplied);
        Set<ConstraintViolation<ReceiveApplication>> violations = validator.validate(application);
        List<String> errors = violations.stream().map(ConstraintViolation::getMessage).sorted().toList();
        if (errors.isEmpty()) {
            try {
                ReceivedCase received = casework.receiveOnline(application, me.applicant(), key);
                return "redirect:/portal/my/cases/" + received.view().id();
            } catch (DomainException refused) {
                errors = List.of(messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("item", version);
        model.addAttribute("kinds", ApplicantKind.values());
        model.addAttribute("key", key);
        model.addAttribute("kind", kind);
        model.addAttribute("name", name);
        model.addAttribute("idNumber", idNumber);
        model.addAttribute("phone", phone);
        model.addAttribute("email", email);
        model.addAttribute("supplied", supplied);
        return "applicant/apply";
    }

    private ItemVersion onlineItem(String code) {
        return catalog.currentVersion(code).filter(v -> v.details().onlineApplication())
                .orElseThrow(() -> new NotFoundException("item", code));
    }
}
