package org.xiaoneng.casework.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseNotice;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.NoticeKind;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.PdfDocuments;

/**
 * Renders a case's written notice (文书) as PDF in the request's language, for the console and the API alike; each
 * rendering is a print and goes to the audit trail ({@link Casework#printNotice}).
 */
@Component
class NoticePdfs {

    static final String TEMPLATE = "casework/pdf/notice";

    private final Casework casework;
    private final PdfDocuments pdf;
    private final MessageSource messages;

    NoticePdfs(Casework casework, PdfDocuments pdf, MessageSource messages) {
        this.casework = casework;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** The kind named in a URL ({@code receipt}, {@code refusal}, …); an unknown one is not found. */
    static NoticeKind kind(String slug) {
        return NoticeKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("notice", slug));
    }

    ResponseEntity<byte[]> download(long caseId, String slug, Locale locale) {
        CaseNotice notice = casework.printNotice(caseId, kind(slug));
        byte[] bytes = pdf.render(TEMPLATE, Map.of("n", notice, "fontFamily", PdfDocuments.FONT_FAMILY), locale);
        String title = messages.getMessage(notice.kind() == NoticeKind.DECISION
                ? "casework.notice.title.decision." + notice.outcome() : "casework.notice.title." + notice.kind().slug(),
                null, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(notice.number() + " " + title + ".pdf", StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
