package org.xiaoneng.inquiry.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.xiaoneng.inquiry.FirstInquiries;
import org.xiaoneng.inquiry.InquirySummary;
import org.xiaoneng.inquiry.InquiryView;
import org.xiaoneng.inquiry.RecordInquiry;
import org.xiaoneng.inquiry.RecordedInquiry;

/**
 * First inquiries (首问登记) over HTTP. Every change quotes the inquiry's {@code version} as last read (a stale one
 * answers 409 and changes nothing); logging one may carry an {@code Idempotency-Key} so that a retry never logs a
 * second inquiry (201 the first time, 200 with the same inquiry afterwards). Contact phones are masked in every answer.
 */
@RestController
@RequestMapping("/api/v1/inquiries")
@Tag(name = "First inquiries", description = "首问登记: log, answer, hand on to a desk, confirm at the desk, follow up")
class InquiryApi {

    /** Which inquiries to list. */
    enum ListKind {
        /** the caller's own (first received), latest first */
        MINE,
        /** the caller's own, unanswered and older than xiaoneng.inquiry.unresolved-after, oldest first */
        UNRESOLVED,
        /** handed to the desks the caller acts for today (own, and as deputy), not answered, oldest first */
        DESK,
        /** overseers (inquiry:inquiry:oversee): every inquiry of the departments in scope, latest first */
        DEPARTMENT
    }

    record AnswerRequest(@NotNull Integer version, @NotBlank @Size(max = 2000) String answer) {
    }

    record HandoverRequest(@NotNull Integer version, @NotNull Long deskPositionId,
            @NotBlank @Size(max = 2000) String note) {
    }

    record ConfirmationRequest(@NotNull Integer version) {
    }

    record FollowUpRequest(@NotNull Integer version, @NotBlank @Size(max = 2000) String note) {
    }

    private final FirstInquiries inquiries;

    InquiryApi(FirstInquiries inquiries) {
        this.inquiries = inquiries;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    @Operation(summary = "Log a first inquiry (首问登记); the caller is its first receiver and owner. Retries with the "
            + "same Idempotency-Key return the same inquiry")
    ResponseEntity<InquiryView> record(@RequestBody @Valid RecordInquiry inquiry,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        RecordedInquiry recorded = inquiries.record(inquiry, idempotencyKey);
        if (!recorded.created()) {
            return ResponseEntity.ok(recorded.view());
        }
        return ResponseEntity.created(URI.create("/api/v1/inquiries/" + recorded.view().id())).body(recorded.view());
    }

    @GetMapping
    @PreAuthorize("hasAuthority('inquiry:inquiry:view')")
    @Operation(summary = "Inquiries: MINE (default), UNRESOLVED (mine, older than the setting), DESK (handed to my "
            + "desks), DEPARTMENT (overseers: the departments in scope; unresolved=true for only those); at most 100")
    List<InquirySummary> list(@RequestParam(defaultValue = "MINE") ListKind list,
            @Parameter(description = "with DEPARTMENT: only the unresolved ones")
            @RequestParam(defaultValue = "false") boolean unresolved) {
        return switch (list) {
            case MINE -> inquiries.mine();
            case UNRESOLVED -> inquiries.unresolved();
            case DESK -> inquiries.desk();
            case DEPARTMENT -> inquiries.inScope(unresolved);
        };
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('inquiry:inquiry:view')")
    @Operation(summary = "An inquiry with its history and what the caller may do with it (phone masked)")
    InquiryView get(@PathVariable long id) {
        return inquiries.find(id);
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    @Operation(summary = "Answer (答复): by the first receiver, or by the desk once it confirmed")
    InquiryView answer(@PathVariable long id, @RequestBody @Valid AnswerRequest request) {
        return inquiries.answer(id, request.version(), request.answer());
    }

    @PostMapping("/{id}/handover")
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    @Operation(summary = "Hand on (转交) to a desk (position) with a note; the first receiver owns it until the desk "
            + "confirms")
    InquiryView handOver(@PathVariable long id, @RequestBody @Valid HandoverRequest request) {
        return inquiries.handOn(id, request.version(), request.deskPositionId(), request.note());
    }

    @PostMapping("/{id}/confirmation")
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    @Operation(summary = "Confirm (确认接收) at the receiving desk: its holder, or the deputy (AB角) when the holder is "
            + "away; the desk owns the inquiry from now on")
    InquiryView confirm(@PathVariable long id, @RequestBody @Valid ConfirmationRequest request) {
        return inquiries.confirm(id, request.version());
    }

    @PostMapping("/{id}/follow-ups")
    @PreAuthorize("hasAuthority('inquiry:inquiry:record')")
    @Operation(summary = "Add a follow-up note (跟进), at any time, by the first receiver or the receiving desk")
    InquiryView followUp(@PathVariable long id, @RequestBody @Valid FollowUpRequest request) {
        return inquiries.followUp(id, request.version(), request.note());
    }
}
