package org.xiaoneng.supervision.internal.order;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.PdfDocuments;
import org.xiaoneng.platform.RecordChanged;

/**
 * The rectification recommendation (整改建议书) of a supervision order as PDF, in the reader's language, with the
 * project's CJK font. Each rendering is a print and goes to the audit trail.
 */
@Component
public class RectificationDocuments {

    static final String TEMPLATE = "supervision/orders-rectification-pdf";

    /** A rendered document and the name to download it under. */
    public record Document(String filename, byte[] pdf) {
    }

    private final SupervisionOrders orders;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RectificationDocuments(SupervisionOrders orders, PdfDocuments pdf, MessageSource messages,
            CurrentActor currentActor, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.pdf = pdf;
        this.messages = messages;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Document render(long orderId, Locale locale) {
        OrderView order = orders.find(orderId);
        byte[] bytes = pdf.render(TEMPLATE, Map.of("o", order, "fontFamily", PdfDocuments.FONT_FAMILY), locale);
        events.publishEvent(new RecordChanged(currentActor.actor(), "supervision.order.printed", "supervision-order",
                String.valueOf(order.id()), null, order.number() + " rectification", clock.instant(),
                order.departmentId()));
        String title = messages.getMessage("supervision.rectification.title", null, locale);
        return new Document(order.number() + " " + title + ".pdf", bytes);
    }
}
