package org.xiaoneng.casework.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's written notices (文书) as PDF over HTTP, in the language of the request (Chinese by default). */
@RestController
@RequestMapping("/api/v1/casework/cases")
@Tag(name = "Casework: notices", description = "文书: receipt, refusal, correction, suspension, extension, decision")
class CaseNoticeApi {

    private final NoticePdfs pdfs;

    CaseNoticeApi(NoticePdfs pdfs) {
        this.pdfs = pdfs;
    }

    @GetMapping(value = "/{id}/notices/{kind}", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAuthority('casework:case:view')")
    @Operation(summary = "A written notice of the case as PDF (受理通知书, 不予受理决定书, 一次性告知书, 中止/延期办理告知书, 决定书)",
            description = "Each download is recorded in the audit trail. 422 casework.notice.notIssued.<kind> when the "
                    + "case has no such notice yet (for example no receipt before acceptance); 404 for an unknown kind.",
            responses = {
                @ApiResponse(responseCode = "200", description = "the notice",
                        content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                                schema = @Schema(type = "string", format = "binary"))),
                @ApiResponse(responseCode = "403", description = "the case is outside the caller's data scope"),
                @ApiResponse(responseCode = "404", description = "no such case or kind"),
                @ApiResponse(responseCode = "422", description = "the case has no such notice yet")})
    public ResponseEntity<byte[]> notice(@PathVariable long id,
            @Parameter(description = "receipt, refusal, correction, suspension, extension or decision")
            @PathVariable String kind, Locale locale) {
        return pdfs.download(id, kind, locale);
    }
}
