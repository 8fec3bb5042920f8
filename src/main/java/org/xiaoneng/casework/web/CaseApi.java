package org.xiaoneng.casework.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseSummary;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.Commitment;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.MaterialDefect;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.ReceiveApplication;
import org.xiaoneng.casework.ReceivedCase;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.casework.TaskOutcome;
import org.xiaoneng.platform.DomainException;

/**
 * Cases over HTTP. Every change quotes the case's {@code version} as last read (a stale one answers 409 and changes
 * nothing, so a retried change is harmless); a receipt may carry an {@code Idempotency-Key} so that a retried receipt
 * never creates a second case (201 the first time, 200 with the same case afterwards).
 */
@RestController
@RequestMapping("/api/v1/casework/cases")
@Tag(name = "Casework: cases", description = "办件: receipt, intake decision, clock, decision, delivery")
class CaseApi {

    private static final String KEY_PATTERN = "[A-Za-z0-9_-]{8,100}";

    record VersionRequest(@NotNull Integer version) {
    }

    /** A step done in a position of the case's process ({@code positionId}, optional): as holder or deputy. */
    record StepRequest(@NotNull Integer version, @Nullable Long positionId) {
    }

    record CorrectionRequest(@NotNull Integer version, @NotNull List<@Valid MaterialDefect> defects) {
    }

    record ResubmissionRequest(@NotNull Integer version, @NotNull @Size(min = 1) List<@NotBlank String> supplied) {
    }

    record AcceptanceRequest(@NotNull Integer version, @Nullable List<@Valid Commitment> commitments) {
    }

    record ReasonRequest(@NotNull Integer version, @NotBlank @Size(max = 2000) String reason) {
    }

    record ExtensionRequest(@NotNull Integer version, @Nullable Long positionId,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record SuspensionRequest(@NotNull Integer version, @Nullable Long positionId, @NotNull SpecialProcedure procedure,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record ResumptionRequest(@NotNull Integer version, @Nullable Long positionId,
            @Nullable @Size(max = 2000) String note) {
    }

    record DecisionRequest(@NotNull Integer version, @Nullable Long positionId, @NotNull Outcome outcome, @NotBlank @Size(max = 4000) String reasons,
            @NotBlank @Size(max = 1000) String legalBasis) {
    }

    record ClaimRequest(@NotNull Integer version) {
    }

    /** {@code returnToStage} (0-based) only for a RETURN. */
    record CompletionRequest(@NotNull Integer version, @NotNull TaskOutcome outcome,
            @NotBlank @Size(max = 4000) String opinion, @Nullable Integer returnToStage) {
    }

    record CertificateRequest(@NotNull Integer version, @Nullable @Size(max = 100) String certificateNumber) {
    }

    record DeliveryRequest(@NotNull Integer version, @NotNull DeliveryMethod method) {
    }

    private final Casework casework;

    CaseApi(Casework casework) {
        this.casework = casework;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('casework:case:receive')")
    @Operation(summary = "Receive an application (收件); retries with the same Idempotency-Key return the same case")
    ResponseEntity<CaseView> receive(@RequestBody @Valid ReceiveApplication application,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        if (idempotencyKey != null && !idempotencyKey.matches(KEY_PATTERN)) {
            throw new DomainException("casework.idempotency.invalid");
        }
        ReceivedCase received = casework.receive(application, idempotencyKey);
        if (!received.created()) {
            return ResponseEntity.ok(received.view());
        }
        return ResponseEntity.created(URI.create("/api/v1/casework/cases/" + received.view().id()))
                .body(received.view());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('casework:case:view')")
    @Operation(summary = "The latest cases in the caller's data scope (at most 100), optionally in one state")
    List<CaseSummary> list(@RequestParam(required = false) @Nullable CaseState state) {
        return casework.list(state);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('casework:case:view')")
    @Operation(summary = "A case with its materials, notice, dates and timeline (applicant masked)")
    CaseView get(@PathVariable long id) {
        return casework.find(id);
    }

    @PostMapping("/{id}/correction-notice")
    @PreAuthorize("hasAuthority('casework:case:accept')")
    @Operation(summary = "Issue the one correction notice (一次性告知书): missing required materials plus the defects")
    CaseView correctionNotice(@PathVariable long id, @RequestBody @Valid CorrectionRequest request) {
        return casework.requestCorrection(id, request.version(), request.defects());
    }

    @PostMapping("/{id}/resubmission")
    @PreAuthorize("hasAuthority('casework:case:receive')")
    @Operation(summary = "Record the materials resubmitted after the notice (补正); the intake clock restarts")
    CaseView resubmission(@PathVariable long id, @RequestBody @Valid ResubmissionRequest request) {
        return casework.resubmit(id, request.version(), request.supplied());
    }

    @PostMapping("/{id}/acceptance")
    @PreAuthorize("hasAuthority('casework:case:accept')")
    @Operation(summary = "Accept (受理), optionally with 容缺 commitments for materials the item allows to follow")
    CaseView accept(@PathVariable long id, @RequestBody @Valid AcceptanceRequest request) {
        return casework.accept(id, request.version(),
                request.commitments() == null ? List.of() : request.commitments());
    }

    @PostMapping("/{id}/refusal")
    @PreAuthorize("hasAuthority('casework:case:accept')")
    @Operation(summary = "Refuse at intake (不予受理) with reasons")
    CaseView refuse(@PathVariable long id, @RequestBody @Valid ReasonRequest request) {
        return casework.refuse(id, request.version(), request.reason());
    }

    @PostMapping("/{id}/processing")
    @PreAuthorize("hasAuthority('casework:case:handle')")
    @Operation(summary = "Start processing an accepted case")
    CaseView start(@PathVariable long id, @RequestBody @Valid StepRequest request) {
        return casework.startProcessing(id, request.version(), request.positionId());
    }

    @PostMapping("/{id}/suspension")
    @PreAuthorize("hasAuthority('casework:case:handle')")
    @Operation(summary = "Suspend for a special procedure (art. 45): the clock stops")
    CaseView suspend(@PathVariable long id, @RequestBody @Valid SuspensionRequest request) {
        return casework.suspend(id, request.version(), request.positionId(), request.procedure(), request.reason());
    }

    @PostMapping("/{id}/resumption")
    @PreAuthorize("hasAuthority('casework:case:handle')")
    @Operation(summary = "Resume after the special procedure: the remaining days run again")
    CaseView resume(@PathVariable long id, @RequestBody @Valid ResumptionRequest request) {
        return casework.resume(id, request.version(), request.positionId(), request.note() == null ? "" : request.note());
    }

    @PostMapping("/{id}/extension")
    @PreAuthorize("hasAuthority('casework:case:decide')")
    @Operation(summary = "Extend once (art. 42), approved by the caller, with a written reason")
    CaseView extend(@PathVariable long id, @RequestBody @Valid ExtensionRequest request) {
        return casework.extend(id, request.version(), request.positionId(), request.reason());
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAuthority('casework:case:decide')")
    @Operation(summary = "Decide: approve or deny, with reasons and legal basis")
    CaseView decide(@PathVariable long id, @RequestBody @Valid DecisionRequest request) {
        return casework.decide(id, request.version(), request.positionId(), request.outcome(), request.reasons(), request.legalBasis());
    }

    @PostMapping("/{id}/tasks/{taskNo}/claim")
    @PreAuthorize("hasAuthority('casework:case:view')")
    @Operation(summary = "Claim a task (签收) in its position: as holder, or as deputy for the absent holder")
    CaseView claim(@PathVariable long id, @PathVariable int taskNo, @RequestBody @Valid ClaimRequest request) {
        return casework.claim(id, request.version(), taskNo);
    }

    @PostMapping("/{id}/tasks/{taskNo}/completion")
    @PreAuthorize("hasAuthority('casework:case:view')")
    @Operation(summary = "Complete a task (办理) with an opinion: PASS, RETURN (to an earlier stage) or PROPOSE_DENIAL")
    CaseView complete(@PathVariable long id, @PathVariable int taskNo,
            @RequestBody @Valid CompletionRequest request) {
        return casework.complete(id, request.version(), taskNo, request.outcome(), request.opinion(),
                request.returnToStage());
    }

    @PostMapping("/{id}/certificate")
    @PreAuthorize("hasAuthority('casework:case:handle')")
    @Operation(summary = "Issue the licence of an approval (发证, art. 44: within 10 working days of the decision)")
    CaseView certificate(@PathVariable long id, @RequestBody @Valid CertificateRequest request) {
        return casework.issueCertificate(id, request.version(), request.certificateNumber());
    }

    @PostMapping("/{id}/delivery")
    @PreAuthorize("hasAuthority('casework:case:receive')")
    @Operation(summary = "Record delivery of the decision")
    CaseView deliver(@PathVariable long id, @RequestBody @Valid DeliveryRequest request) {
        return casework.deliver(id, request.version(), request.method());
    }

    @PostMapping("/{id}/closing")
    @PreAuthorize("hasAuthority('casework:case:receive')")
    @Operation(summary = "Close a delivered case")
    CaseView close(@PathVariable long id, @RequestBody @Valid VersionRequest request) {
        return casework.close(id, request.version());
    }

    @PostMapping("/{id}/withdrawal")
    @PreAuthorize("hasAuthority('casework:case:receive')")
    @Operation(summary = "Record the applicant's withdrawal (before the decision)")
    CaseView withdraw(@PathVariable long id, @RequestBody @Valid ReasonRequest request) {
        return casework.withdraw(id, request.version(), request.reason());
    }
}
