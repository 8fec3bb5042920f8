package org.xiaoneng.catalog.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.xiaoneng.catalog.internal.ImportJobView;
import org.xiaoneng.catalog.internal.ImportJobs;
import org.xiaoneng.platform.DomainException;

/**
 * Console: the catalog as an Excel workbook — export buttons, the upload form, and a started import's page, whose
 * progress part htmx polls every second until the import has finished, then shows the result or the row-level errors.
 */
@Controller
@RequestMapping("/console/catalog/excel")
class CatalogExcelPages {

    static final String PAGE = "catalog/excel";
    static final String JOB_FRAGMENT = "catalog/partials/excel-job :: job";

    private final CatalogExcelDownload download;
    private final ImportJobs jobs;
    private final MessageSource messages;

    CatalogExcelPages(CatalogExcelDownload download, ImportJobs jobs, MessageSource messages) {
        this.download = download;
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('catalog:item:view')")
    public String page() {
        return PAGE;
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('catalog:item:view')")
    public void export(@RequestParam(defaultValue = "false") boolean drafts, HttpServletResponse response)
            throws IOException {
        download.write(drafts, response);
    }

    @PostMapping("/imports")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    public String submit(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean publish, Locale locale, HttpServletResponse response,
            Model model) throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            ImportJobView job = jobs.submit(file == null || file.getOriginalFilename() == null ? ""
                    : file.getOriginalFilename(), file == null ? null : file.getContentType(), content, publish,
                    locale);
            return "redirect:/console/catalog/excel/imports/" + job.id();
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute(CatalogConsole.FORM_ERROR,
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
            return PAGE;
        }
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasAuthority('catalog:item:edit')")
    public String job(@PathVariable String id, Locale locale, HttpServletRequest request, Model model) {
        model.addAttribute("job", jobs.get(id, locale));
        return CatalogConsole.htmx(request) ? JOB_FRAGMENT : PAGE;
    }
}
