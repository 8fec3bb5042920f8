package org.xiaoneng.casework.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.InboxTask;

/** The caller's inbox (待办) over HTTP. */
@RestController
@Tag(name = "Casework: inbox", description = "待办: open tasks of the positions the caller acts for today")
class InboxApi {

    private final Casework casework;

    InboxApi(Casework casework) {
        this.casework = casework;
    }

    @GetMapping("/api/v1/casework/inbox")
    @PreAuthorize("hasAuthority('casework:case:view')")
    @Operation(summary = "Open tasks of every position the caller acts for today (own, and as deputy AB角)")
    List<InboxTask> inbox() {
        return casework.inbox();
    }
}
