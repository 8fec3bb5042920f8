package org.xiaoneng.portal.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xiaoneng.platform.PdfDocuments;
import org.xiaoneng.portal.internal.Guide;
import org.xiaoneng.portal.internal.Guides;

/**
 * The service guide (办事指南) of an item: its current version, or an older one by id (cases keep the version they were
 * accepted under, so applicants must be able to read it). Printable from the browser, and as a PDF.
 */
@Controller
class GuidePages {

    static final String GUIDE = "portal/guide";
    static final String PDF = "portal/pdf/guide";

    private final Guides guides;
    private final PdfDocuments pdf;

    GuidePages(Guides guides, PdfDocuments pdf) {
        this.guides = guides;
        this.pdf = pdf;
    }

    @GetMapping("/portal/items/{code}")
    String current(@PathVariable String code, Locale locale, Model model) {
        model.addAttribute("guide", guides.current(code, locale).orElseThrow(() -> NotPublished.item(code)));
        return GUIDE;
    }

    @GetMapping("/portal/items/{code}/versions/{versionId}")
    String version(@PathVariable String code, @PathVariable long versionId, Locale locale, Model model) {
        model.addAttribute("guide",
                guides.version(code, versionId, locale).orElseThrow(() -> NotPublished.version(versionId)));
        return GUIDE;
    }

    @GetMapping("/portal/items/{code}.pdf")
    ResponseEntity<byte[]> currentPdf(@PathVariable String code, Locale locale) {
        return pdf(guides.current(code, locale).orElseThrow(() -> NotPublished.item(code)), locale);
    }

    @GetMapping("/portal/items/{code}/versions/{versionId}.pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable String code, @PathVariable long versionId, Locale locale) {
        return pdf(guides.version(code, versionId, locale).orElseThrow(() -> NotPublished.version(versionId)),
                locale);
    }

    private ResponseEntity<byte[]> pdf(Guide guide, Locale locale) {
        byte[] bytes = pdf.render(PDF, Map.of("guide", guide, "fontFamily", PdfDocuments.FONT_FAMILY), locale);
        String name = guide.version().code() + " " + guide.details().name() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
