package org.xiaoneng.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.organization.internal.DepartmentCommand;
import org.xiaoneng.organization.internal.DepartmentService;
import org.xiaoneng.organization.internal.DepartmentView;
import org.xiaoneng.organization.internal.ResultPage;
import org.xiaoneng.organization.internal.Search;

@RestController
@RequestMapping("/api/v1/organization/departments")
@Tag(name = "Organization: departments", description = "The department tree (city → bureau → office)")
class DepartmentApi {

    private final DepartmentService departments;

    DepartmentApi(DepartmentService departments) {
        this.departments = departments;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:department:view')")
    @Operation(summary = "Search departments of your data scope, in tree order")
    public ResultPage<DepartmentView> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return departments.search(Search.of(q, page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:department:view')")
    @Operation(summary = "One department")
    public DepartmentView get(@PathVariable long id) {
        return departments.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('organization:department:edit')")
    @Operation(summary = "Create a department under a parent of your data scope")
    public DepartmentView create(@Valid @RequestBody DepartmentCommand command) {
        return departments.create(command);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:department:edit')")
    @Operation(summary = "Edit a department (send the version you read; 409 if it changed meanwhile)")
    public DepartmentView update(@PathVariable long id, @Valid @RequestBody DepartmentCommand command) {
        departments.update(id, command);
        return departments.get(id);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('organization:department:edit')")
    @Operation(summary = "Deactivate a department without active sub-departments, staff or positions")
    public DepartmentView deactivate(@PathVariable long id) {
        departments.deactivate(id);
        return departments.get(id);
    }
}
