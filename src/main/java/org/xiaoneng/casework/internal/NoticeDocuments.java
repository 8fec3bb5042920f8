package org.xiaoneng.casework.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseNotice;
import org.xiaoneng.casework.NoticeDocument;
import org.xiaoneng.casework.NoticeKind;
import org.xiaoneng.platform.PdfDocuments;

/** Renders a case's written notice as PDF in the reader's language, for staff and applicants alike. */
@Component
public class NoticeDocuments {

    static final String TEMPLATE = "casework/pdf/notice";

    private final PdfDocuments pdf;
    private final MessageSource messages;

    NoticeDocuments(PdfDocuments pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    public NoticeDocument render(CaseNotice notice, Locale locale) {
        byte[] bytes = pdf.render(TEMPLATE, Map.of("n", notice, "fontFamily", PdfDocuments.FONT_FAMILY), locale);
        String titleKey = notice.kind() == NoticeKind.DECISION ? "casework.notice.title.decision." + notice.outcome()
                : "casework.notice.title." + notice.kind().slug();
        String title = messages.getMessage(titleKey, null, locale);
        return new NoticeDocument(notice.number() + " " + title + ".pdf", bytes);
    }
}
