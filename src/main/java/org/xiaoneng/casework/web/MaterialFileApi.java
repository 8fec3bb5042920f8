package org.xiaoneng.casework.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.MaterialFile;
import org.xiaoneng.casework.MaterialFileContent;
import org.xiaoneng.platform.Attachments;

/**
 * Material files (申请材料附件) of a case over HTTP. Uploads are multipart ({@code material}, {@code file}); a file
 * is served only after the caller's view permission in the case's scope was checked, always as an attachment with
 * its stored content type and {@code nosniff}, its SHA-256 as ETag.
 */
@RestController
@RequestMapping("/api/v1/casework/cases/{id}/files")
@Tag(name = "Casework: material files", description = "申请材料附件: upload (PDF, JPEG, PNG), list, download")
class MaterialFileApi {

    private final Casework casework;

    MaterialFileApi(Casework casework) {
        this.casework = casework;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('casework:case:receive')")
    @Operation(summary = "Attach a material file (PDF, JPEG or PNG by content, within the size limit) to a case")
    ResponseEntity<MaterialFile> upload(@PathVariable long id, @RequestParam String material,
            @RequestPart MultipartFile file) throws IOException {
        MaterialFile stored = casework.attach(id, material, file.getOriginalFilename(), file.getContentType(),
                file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/casework/cases/" + id + "/files/" + stored.id()))
                .body(stored);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('casework:case:view')")
    @Operation(summary = "The case's material files (metadata), oldest first")
    List<MaterialFile> list(@PathVariable long id) {
        return casework.files(id);
    }

    @GetMapping("/{fileId}")
    @PreAuthorize("hasAuthority('casework:case:view')")
    @Operation(summary = "Download one material file, as an attachment")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        MaterialFileContent content = casework.file(id, fileId);
        MaterialFile file = content.file();
        return Attachments.attachment(file.filename(), MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .eTag("\"" + file.sha256() + "\"")
                .body(content.content());
    }
}
