package org.xiaoneng.casework.web;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.NoticeDocument;
import org.xiaoneng.casework.NoticeKind;
import org.xiaoneng.casework.internal.NoticeDocuments;
import org.xiaoneng.platform.Attachments;
import org.xiaoneng.platform.NotFoundException;

/**
 * Serves a case's written notice (文书) as PDF in the request's language, for the console and the API alike; each
 * rendering is a print and goes to the audit trail ({@link Casework#printNotice}).
 */
@Component
class NoticePdfs {

    private final Casework casework;
    private final NoticeDocuments documents;

    NoticePdfs(Casework casework, NoticeDocuments documents) {
        this.casework = casework;
        this.documents = documents;
    }

    /** The kind named in a URL ({@code receipt}, {@code refusal}, …); an unknown one is not found. */
    static NoticeKind kind(String slug) {
        return NoticeKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("notice", slug));
    }

    ResponseEntity<byte[]> download(long caseId, String slug, Locale locale) {
        return asAttachment(documents.render(casework.printNotice(caseId, kind(slug)), locale));
    }

    /** A PDF notice as a download that is never sniffed into something else. */
    static ResponseEntity<byte[]> asAttachment(NoticeDocument document) {
        return Attachments.attachment(document.filename(), MediaType.APPLICATION_PDF).body(document.pdf());
    }
}
