package org.xiaoneng.organization.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
import org.xiaoneng.organization.internal.AbsenceCommand;
import org.xiaoneng.organization.internal.AbsenceService;
import org.xiaoneng.organization.internal.DepartmentService;
import org.xiaoneng.organization.internal.PositionService;
import org.xiaoneng.organization.internal.Search;
import org.xiaoneng.organization.internal.StaffCommand;
import org.xiaoneng.organization.internal.StaffService;
import org.xiaoneng.organization.internal.StaffView;
import org.xiaoneng.platform.ConsoleForms;
import org.xiaoneng.platform.DomainException;

/**
 * Console: staff — list and search (mobile numbers masked), create, edit, deactivate, and on a person's page the
 * positions they hold, assignment to a position, and "mark away" (外出登记) with their absences.
 */
@Controller
@RequestMapping("/console/organization/staff")
class StaffPages {

    static final String LIST = "organization/staff";
    static final String LIST_FRAGMENT = "organization/partials/staff :: list";
    static final String FORM = "organization/staff-form";
    static final String DETAIL = "organization/staff-detail";
    static final String BASE = "/console/organization/staff";
    static final String STAFF_EDIT = "organization:staff:edit";

    private final StaffService staff;
    private final AbsenceService absences;
    private final PositionService positions;
    private final DepartmentService departments;
    private final ConsoleForms support;
    private final Clock clock;

    StaffPages(StaffService staff, AbsenceService absences, PositionService positions, DepartmentService departments,
            ConsoleForms support, Clock clock) {
        this.staff = staff;
        this.absences = absences;
        this.positions = positions;
        this.departments = departments;
        this.support = support;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:staff:view')")
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(defaultValue = "0") long departmentId, HttpServletRequest request, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("departmentId", departmentId);
        model.addAttribute("departments", departments.choices());
        model.addAttribute("page", staff.search(Search.of(q, page, 50), departmentId));
        return ConsoleForms.htmx(request) ? LIST_FRAGMENT : LIST;
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('organization:staff:edit')")
    public String createForm(@RequestParam(required = false) Long departmentId, Model model) {
        StaffForm form = new StaffForm();
        form.setDepartmentId(departmentId);
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('organization:staff:edit')")
    public String create(@ModelAttribute("form") StaffForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        StaffCommand command = form.toCommand();
        if (!support.valid(command, result)) {
            response.setStatus(400);
            return form(model, form, null);
        }
        long id;
        try {
            id = staff.create(command);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, form, null);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.saved");
        return "redirect:" + BASE + "/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:staff:view')")
    public String detail(@PathVariable long id, Authentication authentication, Model model) {
        return detail(id, authentication, model, AbsenceForm.startingOn(LocalDate.now(clock)));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('organization:staff:edit')")
    public String editForm(@PathVariable long id, Model model) {
        return form(model, StaffForm.of(staff.get(id, true)), id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:staff:edit')")
    public String update(@PathVariable long id, @ModelAttribute("form") StaffForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        StaffCommand command = form.toCommand();
        if (!support.valid(command, result)) {
            response.setStatus(400);
            return form(model, form, id);
        }
        try {
            staff.update(id, command);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return form(model, form, id);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.saved");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('organization:staff:edit')")
    public String deactivate(@PathVariable long id, Authentication authentication, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            staff.deactivate(id);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return detail(id, authentication, model, AbsenceForm.startingOn(LocalDate.now(clock)));
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.deactivated");
        return "redirect:" + BASE;
    }

    /** Puts the person in a position (replacing its previous holder). */
    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAnyAuthority('organization:position:edit', 'organization:staff:edit')")
    public String assign(@PathVariable long id, @RequestParam long positionId, Authentication authentication,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        staff.get(id, false);
        try {
            positions.assign(positionId, id);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return detail(id, authentication, model, AbsenceForm.startingOn(LocalDate.now(clock)));
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.assigned");
        return "redirect:" + BASE + "/" + id;
    }

    /** 外出登记: marks the person away for a date range. */
    @PostMapping("/{id}/absences")
    @PreAuthorize("hasAuthority('organization:absence:edit')")
    public String markAway(@PathVariable long id, @ModelAttribute("absence") AbsenceForm form, BindingResult result,
            Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AbsenceCommand command = form.toCommand();
        if (!support.valid(command, result)) {
            response.setStatus(400);
            return detail(id, authentication, model, form);
        }
        try {
            absences.markAway(id, command);
        } catch (DomainException e) {
            support.refused(e, model, response);
            return detail(id, authentication, model, form);
        }
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.absence.recorded");
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/absences/{absenceId}/cancel")
    @PreAuthorize("hasAuthority('organization:absence:edit')")
    public String cancelAbsence(@PathVariable long id, @PathVariable long absenceId, RedirectAttributes redirect) {
        absences.cancel(id, absenceId);
        redirect.addFlashAttribute(ConsoleForms.FLASH, "organization.absence.cancelled");
        return "redirect:" + BASE + "/" + id;
    }

    private String detail(long id, Authentication authentication, Model model, AbsenceForm absence) {
        boolean editor = authentication.getAuthorities().stream().anyMatch(a -> STAFF_EDIT.equals(a.getAuthority()));
        StaffView person = staff.get(id, editor);
        model.addAttribute("person", person);
        model.addAttribute("held", staff.positionsOf(id));
        model.addAttribute("absences", absences.of(id));
        if (!model.containsAttribute("absence")) {
            model.addAttribute("absence", absence);
        }
        model.addAttribute("assignable", positions.deputyChoices(person.departmentId(), 0));
        model.addAttribute("today", LocalDate.now(clock));
        return DETAIL;
    }

    private String form(Model model, StaffForm form, Long id) {
        model.addAttribute("form", form);
        model.addAttribute("staffId", id);
        model.addAttribute("departments", departments.choices());
        return FORM;
    }
}
