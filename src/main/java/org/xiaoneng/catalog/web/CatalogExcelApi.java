package org.xiaoneng.catalog.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.xiaoneng.catalog.internal.ImportJobView;
import org.xiaoneng.catalog.internal.ImportJobs;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog: Excel", description = "The whole catalog as an Excel workbook: export, and all-or-nothing import")
class CatalogExcelApi {

    private final CatalogExcelDownload download;
    private final ImportJobs jobs;

    CatalogExcelApi(CatalogExcelDownload download, ImportJobs jobs) {
        this.download = download;
        this.jobs = jobs;
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    @Operation(summary = "The items your data scope leads as an .xlsx workbook: current published versions, or with "
            + "drafts=true the drafts where there are some")
    public void export(@RequestParam(defaultValue = "false") boolean drafts, HttpServletResponse response)
            throws IOException {
        download.write(drafts, response);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    @Operation(summary = "Start importing a workbook in the background (202 and Location of the job); the same file "
            + "sent again while its import runs answers the same job")
    public ResponseEntity<ImportJobView> submit(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean publish, Locale locale) throws IOException {
        ImportJobView job = jobs.submit(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getContentType(), file.getBytes(), publish, locale);
        return ResponseEntity.accepted().location(URI.create("/api/v1/catalog/imports/" + job.id())).body(job);
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    @Operation(summary = "An import you started: state, progress, then its result or its row-level errors")
    public ImportJobView job(@PathVariable String id, Locale locale) {
        return jobs.get(id, locale);
    }
}
