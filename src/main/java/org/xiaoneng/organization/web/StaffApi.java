package org.xiaoneng.organization.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.organization.internal.AbsenceCommand;
import org.xiaoneng.organization.internal.AbsenceService;
import org.xiaoneng.organization.internal.AbsenceView;
import org.xiaoneng.organization.internal.ResultPage;
import org.xiaoneng.organization.internal.Search;
import org.xiaoneng.organization.internal.StaffCommand;
import org.xiaoneng.organization.internal.StaffService;
import org.xiaoneng.organization.internal.StaffView;

@RestController
@RequestMapping("/api/v1/organization/staff")
@Tag(name = "Organization: staff", description = "Staff and their absences (外出登记)")
class StaffApi {

    private final StaffService staff;
    private final AbsenceService absences;

    StaffApi(StaffService staff, AbsenceService absences) {
        this.staff = staff;
        this.absences = absences;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:staff:view')")
    @Operation(summary = "Search staff of your data scope (mobile numbers masked)")
    public ResultPage<StaffView> search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") long departmentId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return staff.search(Search.of(q, page, size), departmentId);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:staff:view')")
    @Operation(summary = "One staff member (the mobile number in full only for those who edit staff)")
    public StaffView get(@PathVariable long id, Authentication authentication) {
        return staff.get(id, editsStaff(authentication));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('organization:staff:edit')")
    @Operation(summary = "Create a staff member")
    public StaffView create(@Valid @RequestBody StaffCommand command) {
        return staff.get(staff.create(command), true);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:staff:edit')")
    @Operation(summary = "Edit a staff member")
    public StaffView update(@PathVariable long id, @Valid @RequestBody StaffCommand command) {
        staff.update(id, command);
        return staff.get(id, true);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('organization:staff:edit')")
    @Operation(summary = "Deactivate a staff member who holds no active position")
    public StaffView deactivate(@PathVariable long id) {
        staff.deactivate(id);
        return staff.get(id, true);
    }

    @GetMapping("/{id}/absences")
    @PreAuthorize("hasAuthority('organization:staff:view')")
    @Operation(summary = "The staff member's absences, latest first")
    public List<AbsenceView> absences(@PathVariable long id) {
        return absences.of(id);
    }

    @PostMapping("/{id}/absences")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('organization:absence:edit')")
    @Operation(summary = "Mark the staff member away for a date range (both days inclusive; no overlaps)")
    public AbsenceView markAway(@PathVariable long id, @Valid @RequestBody AbsenceCommand command) {
        long absenceId = absences.markAway(id, command);
        return absences.of(id).stream().filter(a -> a.id() == absenceId).findFirst().orElseThrow();
    }

    @DeleteMapping("/{id}/absences/{absenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('organization:absence:edit')")
    @Operation(summary = "Cancel an absence")
    public void cancel(@PathVariable long id, @PathVariable long absenceId) {
        absences.cancel(id, absenceId);
    }

    private static boolean editsStaff(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> StaffPages.STAFF_EDIT.equals(a.getAuthority()));
    }
}
