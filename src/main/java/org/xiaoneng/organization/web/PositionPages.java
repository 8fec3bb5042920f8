package org.xiaoneng.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.xiaoneng.organization.internal.DepartmentView;
import org.xiaoneng.organization.internal.PositionCommand;
import org.xiaoneng.organization.internal.PositionService;
import org.xiaoneng.organization.internal.PositionView;
import org.xiaoneng.organization.internal.Search;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;

/**
 * Console: positions (职位) — list and search, create and edit with a deputy (AB角) and a holder, deactivate, the
 * position's page with its "who acts on date" box, and the printable 职位职责说明.
 */
@Controller
@RequestMapping("/console/organization/positions")
class PositionPages {

    static final String LIST = "organization/positions";
    static final String LIST_FRAGMENT = "organization/partials/positions :: list";
    static final String FORM = "organization/position-form";
    static final String LINKS_FRAGMENT = "organization/partials/position-links :: links";
    static final String DETAIL = "organization/position";
    static final String ACTING_FRAGMENT = "organization/partials/acting :: result";
    static final String PRINT = "organization/position-print";
    static final String BASE = "/console/organization/positions";

    private final PositionService positions;
    private final DepartmentService departments;
    private final ConsoleForms support;
    private final Clock clock;

    PositionPages(PositionService positions, DepartmentService departments, ConsoleForms support, Clock clock) {
        this.positions = positions;
        this.departments = departments;
        this.support = support;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:position:view')")
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "0") long departmentId, HttpServletRequest request, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("departments", departments.choices());
        model.addAttribute("page", positions.search(Search.of(q, page, 50), departmentId));
        return ConsoleForms.htmx(request) ? LIST_FRAGMENT : LIST;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization:position:edit')")
    public String createForm(@RequestParam(required = false) Long departmentId, Model model) {
        PositionForm form = new PositionForm();
        List<DepartmentView> choices = departments.choices();
        form.setDepartmentId(departmentId != null ? departmentId
                : choices.stream().filter(d -> d.depth() > 0).findFirst().or(() -> choices.stream().findFirst())
                        .map(DepartmentView::id).orElse(null));
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:position:edit')")
    public String create(@ModelAttribute("form") PositionForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PositionCommand command = form.toCommand();
        if (!support.valid(command, result)) {
            response.setStatus(400);
            return form(model, form, null);
        }
        long id;
        try {
            id = positions.create(command);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, form, null);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.saved");
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:position:view')")
    public String detail(@PathVariable long id, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("position", positions.get(id));
        model.addAttribute("day", today);
        model.addAttribute("acting", positions.acting(id, today).orElse(null));
        return DETAIL;
    }

    /** "Who acts on date": the fragment for htmx, the position's page otherwise. */
    @GetMapping("/{id}/acting")
    @PreAuthorize("hasAuthority('organization:position:view')")
    public String acting(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            HttpServletRequest request, Model model) {
        model.addAttribute("position", positions.get(id));
        model.addAttribute("day", date);
        model.addAttribute("acting", positions.acting(id, date).orElse(null));
        return ConsoleForms.htmx(request) ? ACTING_FRAGMENT : DETAIL;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization:position:edit')")
    public String editForm(@PathVariable long id, Model model) {
        return form(model, PositionForm.of(positions.get(id)), id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:position:edit')")
    public String update(@PathVariable long id, @ModelAttribute("form") PositionForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PositionCommand command = form.toCommand();
        if (!support.valid(command, result)) {
            response.setStatus(400);
            return form(model, form, id);
        }
        try {
            positions.update(id, command);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, form, id);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.saved");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('organization:position:edit')")
    public String deactivate(@PathVariable long id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            positions.deactivate(id);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, PositionForm.of(positions.get(id)), id);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.deactivated");
        return "redirect:" + BASE;
    }

    /** The deputy and holder selects for a department (htmx, when the form's department changes). */
    @GetMapping("/links")
    @PreAuthorize("hasAuthority('organization:position:edit')")
    public String links(@RequestParam long departmentId, @RequestParam(required = false) Long positionId,
            @RequestParam(required = false) Long deputyPositionId, @RequestParam(required = false) Long holderStaffId,
            Model model) {
        PositionForm form = new PositionForm();
        form.setDepartmentId(departmentId);
        form.setDeputyPositionId(deputyPositionId);
        form.setHolderStaffId(holderStaffId);
        model.addAttribute("form", form);
        addLinks(model, departmentId, positionId);
        return LINKS_FRAGMENT;
    }

    /** The 职位职责说明 of one position, or of every active position of a department, one per printed page. */
    @GetMapping({"/{id}/print", "/print"})
    @PreAuthorize("hasAuthority('organization:position:view')")
    public String print(@PathVariable(required = false) Long id, @RequestParam(required = false) Long departmentId,
            Model model) {
        List<PositionView> sheets = id != null ? List.of(positions.get(id))
                : departmentId != null ? positions.printable(departmentId) : List.of();
        model.addAttribute("positions", sheets);
        model.addAttribute("printedOn", LocalDate.now(clock));
        return PRINT;
    }

    private String form(Model model, PositionForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("positionId", id);
        model.addAttribute("position", id == null ? null : positions.get(id));
        model.addAttribute("departments", departments.choices());
        if (form.getDepartmentId() != null) {
            addLinks(model, form.getDepartmentId(), id);
        } else {
            model.addAttribute("deputies", List.of());
            model.addAttribute("holders", List.of());
        }
        return FORM;
    }

    private void addLinks(Model model, long departmentId, Long positionId) {
        model.addAttribute("positionId", positionId);
        model.addAttribute("deputies", positions.deputyChoices(departmentId, positionId == null ? 0 : positionId));
        model.addAttribute("holders", positions.holderChoices(departmentId));
    }
}
