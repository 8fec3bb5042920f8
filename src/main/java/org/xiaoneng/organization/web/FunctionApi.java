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
import org.xiaoneng.organization.internal.FunctionCommand;
import org.xiaoneng.organization.internal.FunctionService;
import org.xiaoneng.organization.internal.FunctionView;
import org.xiaoneng.organization.internal.OverlapReport;
import org.xiaoneng.organization.internal.OverlapReportService;
import org.xiaoneng.organization.internal.ResultPage;
import org.xiaoneng.organization.internal.Search;

@RestController
@RequestMapping("/api/v1/organization")
@Tag(name = "Organization: functions", description = "Functions (职能), their lead department, and overlaps (清理职能)")
class FunctionApi {

    private final FunctionService functions;
    private final OverlapReportService overlaps;

    FunctionApi(FunctionService functions, OverlapReportService overlaps) {
        this.functions = functions;
        this.overlaps = overlaps;
    }

    @GetMapping("/functions")
    @PreAuthorize("hasAuthority('organization:function:view')")
    @Operation(summary = "Search functions led or claimed by departments of your data scope")
    public ResultPage<FunctionView> search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") long departmentId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return functions.search(Search.of(q, page, size), departmentId);
    }

    @GetMapping("/functions/{id}")
    @PreAuthorize("hasAuthority('organization:function:view')")
    @Operation(summary = "One function")
    public FunctionView get(@PathVariable long id) {
        return functions.get(id);
    }

    @PostMapping("/functions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('organization:function:edit')")
    @Operation(summary = "Create a function led by a department of your data scope")
    public FunctionView create(@Valid @RequestBody FunctionCommand command) {
        return functions.get(functions.create(command));
    }

    @PutMapping("/functions/{id}")
    @PreAuthorize("hasAuthority('organization:function:edit')")
    @Operation(summary = "Edit a function, its lead and its claiming departments")
    public FunctionView update(@PathVariable long id, @Valid @RequestBody FunctionCommand command) {
        functions.update(id, command);
        return functions.get(id);
    }

    @PostMapping("/functions/{id}/deactivate")
    @PreAuthorize("hasAuthority('organization:function:edit')")
    @Operation(summary = "Deactivate a function")
    public FunctionView deactivate(@PathVariable long id) {
        functions.deactivate(id);
        return functions.get(id);
    }

    @GetMapping("/overlaps")
    @PreAuthorize("hasAuthority('organization:report:view')")
    @Operation(summary = "Overlap report: functions claimed by several departments, near-identical function names")
    public OverlapReport overlaps() {
        return overlaps.report();
    }
}
