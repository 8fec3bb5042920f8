package org.xiaoneng.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.audit.AuditEntryPage;
import org.xiaoneng.audit.AuditQuery;
import org.xiaoneng.audit.AuditTrail;
import org.xiaoneng.audit.ChainVerification;
import org.xiaoneng.platform.CurrentActor;

/** The audit trail over HTTP: read entries (within the caller's data scope) and verify the hash chain. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Append-only, hash-chained record of every change; read and verify only")
class AuditApiController {

    private static final String VIEW = "audit:entry:view";

    private final AuditTrail trail;
    private final CurrentActor currentActor;

    AuditApiController(AuditTrail trail, CurrentActor currentActor) {
        this.trail = trail;
        this.currentActor = currentActor;
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAuthority('audit:entry:view')")
    @Operation(operationId = "listAuditEntries", summary = "Audit entries, newest first",
            description = "Filtered and paged. Shows entries of the departments in the caller's data scope (entries "
                    + "without a department only to callers who see all departments) and always the caller's own "
                    + "actions. ID and phone numbers are masked. Needs audit:entry:view.")
    AuditEntryPage entries(@ParameterObject AuditQuery query,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 200") @RequestParam(defaultValue = "20") @Min(1)
            @Max(AuditTrail.MAX_PAGE_SIZE) int size) {
        return trail.entries(query, currentActor.dataScopeFor(VIEW), currentActor.actor().account(), page, size);
    }

    @GetMapping("/verification")
    @PreAuthorize("hasAuthority('audit:chain:verify')")
    @Operation(operationId = "verifyAuditChain", summary = "Verify the hash chain",
            description = "Recomputes every entry's SHA-256 hash and its link to the previous entry, from the first "
                    + "entry to the current end of the chain, and names the first broken or missing entry "
                    + "(reason HASH_MISMATCH, BROKEN_LINK or GAP). Needs audit:chain:verify.")
    ChainVerification verification() {
        return trail.verify();
    }
}
