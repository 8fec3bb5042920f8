package org.xiaoneng.casework.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.ReceivableItem;
import org.xiaoneng.casework.ReceiveApplication;
import org.xiaoneng.casework.ReceivedCase;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;

/**
 * 案件办理 in the console: the cases in the person's scope, 收件 at the window with the applicant present, and the case
 * page (everything about one case, with the forms of the steps it allows now — those are posted to
 * {@link CaseStepPages}). Material files are uploaded here so that a refused file is explained on the page.
 */
@Controller
@RequestMapping("/console/cases")
class CasePages {

    static final String LIST = "casework/cases";
    static final String RECEIVE = "casework/receive";
    private static final String KEY_PATTERN = "[A-Za-z0-9_-]{8,100}";
    static final String MATERIALS_FRAGMENT = "casework/partials/receive-materials :: materials";

    private final Casework casework;
    private final ItemCatalog catalog;
    private final CasePage page;
    private final ConsoleForms forms;

    CasePages(Casework casework, ItemCatalog catalog, CasePage page, ConsoleForms forms) {
        this.casework = casework;
        this.catalog = catalog;
        this.page = page;
        this.forms = forms;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('casework:case:view')")
    String list(@RequestParam(required = false) @Nullable CaseState state, Model model) {
        model.addAttribute("cases", casework.list(state));
        model.addAttribute("state", state);
        model.addAttribute("states", CaseState.values());
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        return LIST;
    }

    /** The receipt form; with {@code item}, that item's materials (only them, for htmx, when the item changes). */
    @GetMapping("/new")
    @PreAuthorize("hasAuthority('casework:case:receive')")
    String receiveForm(@RequestParam(required = false) @Nullable String item, HttpServletRequest request,
            Model model) {
        model.addAttribute("receive", CaseForms.ReceiveForm.blank(item, UUID.randomUUID().toString()));
        prepare(model, item, casework.receivableItems());
        return ConsoleForms.htmx(request) ? MATERIALS_FRAGMENT : RECEIVE;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('casework:case:receive')")
    String receive(@ModelAttribute("receive") CaseForms.@Nullable ReceiveForm bound, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<ReceivableItem> items = casework.receivableItems();
        if (bound == null) {
            // a value none of the choices (an applicant kind that does not exist): the form again, blank
            model.addAttribute("receive", CaseForms.ReceiveForm.blank(null, UUID.randomUUID().toString()));
            response.setStatus(422);
            prepare(model, null, items);
            return RECEIVE;
        }
        CaseForms.ReceiveForm form = bound;
        Optional<ItemVersion> item = receivable(form.item(), items);
        ReceiveApplication.ApplicantData applicant = new ReceiveApplication.ApplicantData(form.kind(),
                orEmpty(form.name()), orEmpty(form.idNumber()), orEmpty(form.phone()),
                form.email() == null || form.email().isBlank() ? null : form.email());
        boolean valid = forms.valid(applicant, result);
        if (item.isEmpty()) {
            result.addError(new FieldError("receive", "item", form.item(), false,
                    new String[] {"casework.console.receive.itemRequired"}, null, null));
            valid = false;
        }
        if (valid) {
            try {
                ReceivedCase received = casework.receive(new ReceiveApplication(item.get().id(), applicant,
                        Channel.WINDOW, form.supplied()), key(form.key()));
                redirect.addFlashAttribute(ConsoleForms.FLASH, "casework.console.received");
                return "redirect:/console/cases/" + received.view().id();
            } catch (DomainException e) {
                forms.refused(e, model, response);
            }
        } else {
            response.setStatus(422);
        }
        prepare(model, form.item(), items);
        return RECEIVE;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('casework:case:view')")
    String show(@PathVariable long id, Model model, Locale locale) {
        return page.render(id, model, locale);
    }

    @PostMapping("/{id}/files")
    @PreAuthorize("hasAuthority('casework:case:receive')")
    String upload(@PathVariable long id, @RequestParam(required = false) @Nullable String material,
            @RequestPart(required = false) @Nullable MultipartFile file, Model model, Locale locale,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (material == null || material.isBlank() || file == null) {
                throw new DomainException("casework.console.file.missing");
            }
            casework.attach(id, material, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (DomainException e) {
            forms.refused(e, model, response);
            return page.render(id, model, locale);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "casework.console.fileAttached");
        return "redirect:/console/cases/" + id;
    }

    private void prepare(Model model, @Nullable String code, List<ReceivableItem> items) {
        model.addAttribute("items", items);
        model.addAttribute("kinds", ApplicantKind.values());
        model.addAttribute("item", receivable(code, items).orElse(null));
    }

    /** The form's idempotency key, when it is one (a double submission then answers the same case). */
    private static @Nullable String key(@Nullable String key) {
        return key != null && key.matches(KEY_PATTERN) ? key : null;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The current version of the item, if it is one the person may receive (and it has a process to run). */
    private Optional<ItemVersion> receivable(@Nullable String code, List<ReceivableItem> items) {
        if (code == null || code.isBlank() || items.stream().noneMatch(i -> i.code().equals(code))) {
            return Optional.empty();
        }
        return catalog.currentVersion(code).filter(v -> !v.details().process().isEmpty());
    }
}
