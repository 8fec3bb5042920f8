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
import org.xiaoneng.organization.internal.DepartmentService;
import org.xiaoneng.organization.internal.FunctionCommand;
import org.xiaoneng.organization.internal.FunctionService;
import org.xiaoneng.organization.internal.OverlapReportService;
import org.xiaoneng.organization.internal.Search;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;

/** Console: functions (职能) with their lead and claiming departments, and the overlap report (清理职能). */
@Controller
@RequestMapping("/console/organization")
class FunctionPages {

    static final String LIST = "organization/functions";
    static final String LIST_FRAGMENT = "organization/partials/functions :: list";
    static final String FORM = "organization/function-form";
    static final String OVERLAPS = "organization/overlaps";
    static final String BASE = "/console/organization/functions";

    private final FunctionService functions;
    private final DepartmentService departments;
    private final OverlapReportService overlaps;
    private final ConsoleForms support;

    FunctionPages(FunctionService functions, DepartmentService departments, OverlapReportService overlaps,
            ConsoleForms support) {
        this.functions = functions;
        this.departments = departments;
        this.overlaps = overlaps;
        this.support = support;
    }

    @GetMapping("/functions")
    @PreAuthorize("hasAuthority('organization:function:view')")
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "0") long departmentId, HttpServletRequest request, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("departments", departments.choices());
        model.addAttribute("page", functions.search(Search.of(q, page, 50), departmentId));
        return ConsoleForms.htmx(request) ? LIST_FRAGMENT : LIST;
    }

    @GetMapping("/functions/new")
    @PreAuthorize("hasAuthority('organization:function:edit')")
    public String createForm(Model model) {
        return form(model, new FunctionForm(), null);
    }

    @PostMapping("/functions")
    @PreAuthorize("hasAuthority('organization:function:edit')")
    public String create(@ModelAttribute("form") FunctionForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        FunctionCommand command = form.toCommand();
        if (!support.valid(command, result)) {
            response.setStatus(400);
            return form(model, form, null);
        }
        try {
            functions.create(command);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, form, null);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.saved");
        return "redirect:" + BASE;
    }

    @GetMapping("/functions/{id}/edit")
    @PreAuthorize("hasAuthority('organization:function:edit')")
    public String editForm(@PathVariable long id, Model model) {
        return form(model, FunctionForm.of(functions.get(id)), id);
    }

    @PostMapping("/functions/{id}")
    @PreAuthorize("hasAuthority('organization:function:edit')")
    public String update(@PathVariable long id, @ModelAttribute("form") FunctionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        FunctionCommand command = form.toCommand();
        if (!support.valid(command, result)) {
            response.setStatus(400);
            return form(model, form, id);
        }
        try {
            functions.update(id, command);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, form, id);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.saved");
        return "redirect:" + BASE;
    }

    @PostMapping("/functions/{id}/deactivate")
    @PreAuthorize("hasAuthority('organization:function:edit')")
    public String deactivate(@PathVariable long id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            functions.deactivate(id);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, FunctionForm.of(functions.get(id)), id);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.deactivated");
        return "redirect:" + BASE;
    }

    @GetMapping("/overlaps")
    @PreAuthorize("hasAuthority('organization:report:view')")
    public String overlaps(Model model) {
        model.addAttribute("report", overlaps.report());
        return OVERLAPS;
    }

    private String form(Model model, FunctionForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("functionId", id);
        model.addAttribute("function", id == null ? null : functions.get(id));
        // the lead must be one of the person's departments; any active department may claim the function too
        model.addAttribute("leads", departments.choices());
        model.addAttribute("claimants", departments.allActive());
        return FORM;
    }
}
