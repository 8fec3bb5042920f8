package org.xiaoneng.organization.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.internal.PositionCommand;
import org.xiaoneng.organization.internal.PositionService;
import org.xiaoneng.organization.internal.PositionView;
import org.xiaoneng.organization.internal.ResultPage;
import org.xiaoneng.organization.internal.Search;

@RestController
@RequestMapping("/api/v1/organization/positions")
@Tag(name = "Organization: positions", description = "Positions (职位), their holders and deputies (AB角)")
class PositionApi {

    /** The answer to "who acts for the position on the date"; {@code acting} is null when nobody does. */
    record ActingAnswer(long positionId, LocalDate date, @Nullable Acting acting) {
    }

    /** Who holds a position; null leaves it vacant. */
    record HolderCommand(@Nullable Long staffId) {
    }

    private final PositionService positions;

    PositionApi(PositionService positions) {
        this.positions = positions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('organization:position:view')")
    @Operation(summary = "Search positions of your data scope")
    public ResultPage<PositionView> search(@RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") long departmentId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return positions.search(Search.of(q, page, size), departmentId);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:position:view')")
    @Operation(summary = "One position with its written responsibilities (职位职责说明)")
    public PositionView get(@PathVariable long id) {
        return positions.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('organization:position:edit')")
    @Operation(summary = "Create a position, optionally with a deputy position and a holder")
    public PositionView create(@Valid @RequestBody PositionCommand command) {
        return positions.get(positions.create(command));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('organization:position:edit')")
    @Operation(summary = "Edit a position (a deputy loop is refused)")
    public PositionView update(@PathVariable long id, @Valid @RequestBody PositionCommand command) {
        positions.update(id, command);
        return positions.get(id);
    }

    @PutMapping("/{id}/holder")
    @PreAuthorize("hasAnyAuthority('organization:position:edit', 'organization:staff:edit')")
    @Operation(summary = "Assign a staff member to the position, or leave it vacant")
    public PositionView assign(@PathVariable long id, @RequestBody HolderCommand command) {
        positions.assign(id, command.staffId());
        return positions.get(id);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('organization:position:edit')")
    @Operation(summary = "Deactivate a position that is no other active position's deputy")
    public PositionView deactivate(@PathVariable long id) {
        positions.deactivate(id);
        return positions.get(id);
    }

    @GetMapping("/{id}/acting")
    @PreAuthorize("hasAuthority('organization:position:view')")
    @Operation(summary = "Who acts for the position on the date: the holder, or the deputy chain when the holder is away")
    public ActingAnswer acting(@PathVariable long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return new ActingAnswer(id, date, positions.acting(id, date).orElse(null));
    }
}
