package org.xiaoneng.catalog.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.ItemStatus;
import org.xiaoneng.catalog.internal.FileRow;
import org.xiaoneng.catalog.internal.FileService;
import org.xiaoneng.catalog.internal.ItemDraftCommand;
import org.xiaoneng.catalog.internal.ItemSearch;
import org.xiaoneng.catalog.internal.ItemService;
import org.xiaoneng.catalog.internal.ItemView;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.OutOfScopeException;

/**
 * Console: the item catalog — list and search, create an item, edit its draft (rows of materials, fees and process
 * stages added and removed in place), publish, withdraw with a reason, upload blank forms and samples, and read any
 * published version.
 */
@Controller
@RequestMapping("/console/catalog")
class ItemPages {

    static final String LIST = "catalog/items";
    static final String LIST_FRAGMENT = "catalog/partials/items :: list";
    static final String DETAIL = "catalog/item";
    static final String FORM = "catalog/item-form";
    static final String FORM_FRAGMENT = "catalog/partials/item-form :: body";
    static final String VERSION = "catalog/version";
    static final String BASE = "/console/catalog/items";
    static final String ACTION = "_action";

    private final ItemService items;
    private final FileService files;
    private final FormChoices choices;
    private final CatalogConsole console;

    ItemPages(ItemService items, FileService files, FormChoices choices, CatalogConsole console) {
        this.items = items;
        this.files = files;
        this.choices = choices;
        this.console = console;
    }

    @GetMapping("/items")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) ItemKind kind, @RequestParam(required = false) String theme,
            @RequestParam(required = false) ItemStatus status, @RequestParam(required = false) Integer page,
            HttpServletRequest request, Model model) {
        ItemSearch search = new ItemSearch(q, departmentId, kind, theme, status, page == null ? 0 : page, 50);
        model.addAttribute("search", search);
        model.addAttribute("page", items.search(search));
        model.addAttribute("departments", choices.departments());
        model.addAttribute("themes", items.themes());
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("statuses", ItemStatus.values());
        return CatalogConsole.htmx(request) ? LIST_FRAGMENT : LIST;
    }

    @GetMapping("/items/new")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    public String createForm(Model model) {
        Long lead = choices.leadChoices().stream().findFirst().map(d -> d.id()).orElse(null);
        return form(model, ItemForm.blank(lead), null, List.of());
    }

    @PostMapping("/items")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    public String create(@ModelAttribute("form") ItemForm form, BindingResult result,
            @RequestParam(name = ACTION, required = false) @Nullable String action, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (action != null) {
            form.apply(action);
            return rows(model, form, null, List.of(), request);
        }
        form.fillTaskDepartments(choices.departmentOfPosition());
        ItemDraftCommand command = form.toCommand();
        boolean codeValid = form.getCode() != null && form.getCode().strip().matches("[A-Za-z0-9][A-Za-z0-9-]{1,31}");
        if (!codeValid) {
            result.rejectValue("code", "catalog.validation.code");
        }
        if (!console.valid(command, result) || !codeValid) {
            response.setStatus(400);
            return form(model, form, null, List.of());
        }
        long id;
        try {
            id = items.create(form.getCode(), command);
        } catch (DomainException e) {
            console.refused(e, model, response, result);
            return form(model, form, null, List.of());
        }
        redirect.addFlashAttribute(CatalogConsole.FLASH, "catalog.flash.created");
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/items/{id}")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    public String detail(@PathVariable long id, Model model) {
        model.addAttribute("item", items.get(id));
        return DETAIL;
    }

    /** The draft form: the draft under way, or a new draft started from the current version. */
    @GetMapping("/items/{id}/edit")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    public String editForm(@PathVariable long id, Model model) {
        ItemView item = items.get(id);
        if (!item.editable()) {
            throw new OutOfScopeException();
        }
        return form(model, ItemForm.of(item.code(), item.working(), item.version()), item, item.files());
    }

    @PostMapping("/items/{id}/draft")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    public String saveDraft(@PathVariable long id, @ModelAttribute("form") ItemForm form, BindingResult result,
            @RequestParam(name = ACTION, required = false) @Nullable String action, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ItemView item = items.get(id);
        if (action != null) {
            form.apply(action);
            return rows(model, form, item, item.files(), request);
        }
        form.fillTaskDepartments(choices.departmentOfPosition());
        ItemDraftCommand command = form.toCommand();
        if (!console.valid(command, result)) {
            response.setStatus(400);
            return form(model, form, item, item.files());
        }
        try {
            items.saveDraft(id, form.getVersion(), command);
        } catch (DomainException e) {
            console.refused(e, model, response, result);
            return form(model, form, item, item.files());
        }
        redirect.addFlashAttribute(CatalogConsole.FLASH, "catalog.flash.draftSaved");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/items/{id}/discard")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    public String discard(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, () -> items.discardDraft(id, version), "catalog.flash.draftDiscarded", model, response,
                redirect);
    }

    @PostMapping("/items/{id}/publish")
    @PreAuthorize("hasAuthority('catalog:item:publish')")
    public String publish(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return change(id, () -> items.publish(id, version), "catalog.flash.published", model, response, redirect);
    }

    @PostMapping("/items/{id}/unpublish")
    @PreAuthorize("hasAuthority('catalog:item:publish')")
    public String unpublish(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return change(id, () -> items.unpublish(id, version, reason), "catalog.flash.unpublished", model, response,
                redirect);
    }

    @PostMapping("/items/{id}/files")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    public String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
        String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
        byte[] content = file.getBytes();
        return change(id, () -> files.upload(id, name, type, content), "catalog.flash.uploaded", model, response,
                redirect);
    }

    @GetMapping("/versions/{versionId}")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    public String version(@PathVariable long versionId, Model model) {
        model.addAttribute("version", items.version(versionId));
        return VERSION;
    }

    private String change(long id, Runnable change, String flash, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            change.run();
        } catch (DomainException e) {
            console.refused(e, model, response, null);
            model.addAttribute("item", items.get(id));
            return DETAIL;
        }
        redirect.addFlashAttribute(CatalogConsole.FLASH, flash);
        return "redirect:" + BASE + "/" + id;
    }

    /** After a row was added or removed: the form's body for htmx, the whole page otherwise. */
    private String rows(Model model, ItemForm form, @Nullable ItemView item, List<FileRow> files,
            HttpServletRequest request) {
        form(model, form, item, files);
        return CatalogConsole.htmx(request) ? FORM_FRAGMENT : FORM;
    }

    private String form(Model model, ItemForm form, @Nullable ItemView item, List<FileRow> files) {
        model.addAttribute("form", form);
        model.addAttribute("item", item);
        choices.addTo(model, files);
        return FORM;
    }
}
