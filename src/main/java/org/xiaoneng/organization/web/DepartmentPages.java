package org.xiaoneng.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.xiaoneng.organization.internal.DepartmentCommand;
import org.xiaoneng.organization.internal.DepartmentKind;
import org.xiaoneng.organization.internal.DepartmentService;
import org.xiaoneng.organization.internal.Search;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;

/** Console: the department tree — list and search, create, edit, deactivate. */
@Controller
@RequestMapping("/console/organization/departments")
class DepartmentPages {

    static final String LIST = "organization/departments";
    static final String LIST_FRAGMENT = "organization/partials/departments :: list";
    static final String FORM = "organization/department-form";
    static final String BASE = "/console/organization/departments";

    private final DepartmentService departments;
    private final ConsoleForms support;

    DepartmentPages(DepartmentService departments, ConsoleForms support) {
        this.departments = departments;
        this.support = support;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:department:view')")
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            HttpServletRequest request, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", departments.search(Search.of(q, page, 100)));
        return ConsoleForms.htmx(request) ? LIST_FRAGMENT : LIST;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization:department:edit')")
    public String createForm(@RequestParam(required = false) Long parentId, Model model) {
        DepartmentForm form = new DepartmentForm();
        form.setParentId(parentId);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:department:edit')")
    public String create(@ModelAttribute("form") DepartmentForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        DepartmentCommand command = form.toCommand();
        if (!support.valid(command, result)) {
            response.setStatus(400);
            return form(model, form, null);
        }
        try {
            departments.create(command);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, form, null);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.saved");
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization:department:edit')")
    public String editForm(@PathVariable long id, Model model) {
        return form(model, DepartmentForm.of(departments.get(id)), id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:department:edit')")
    public String update(@PathVariable long id, @ModelAttribute("form") DepartmentForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DepartmentCommand command = form.toCommand();
        if (!support.valid(command, result)) {
            response.setStatus(400);
            return form(model, form, id);
        }
        try {
            departments.update(id, command);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, form, id);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.saved");
        return "redirect:" + BASE;
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('organization:department:edit')")
    public String deactivate(@PathVariable long id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            departments.deactivate(id);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, DepartmentForm.of(departments.get(id)), id);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.deactivated");
        return "redirect:" + BASE;
    }

    private String form(Model model, DepartmentForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("departmentId", id);
        model.addAttribute("department", id == null ? null : departments.get(id));
        model.addAttribute("parents", departments.choices().stream().filter(d -> id == null || d.id() != id).toList());
        model.addAttribute("kinds", DepartmentKind.values());
        return FORM;
    }
}
