package org.xiaoneng.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Documents people print or keep — service guides, receipts, notices — as PDF, rendered from a Thymeleaf template in
 * the language of the request. Chinese renders with the shipped Droid Sans Fallback font (Apache-2.0,
 * {@code fonts/DroidSansFallbackFull.ttf}), registered under {@link #FONT_FAMILY}: the renderer ignores system fonts,
 * and a fresh machine has no CJK font anyway.
 *
 * <p>Templates for PDFs must be well-formed XHTML (every element closed, {@code &#160;} rather than {@code &nbsp;}),
 * use {@code font-family: 'Xiaoneng CJK'}, and carry their own CSS (no scripts, no external resources).
 */
@Component
public class PdfDocuments {

    /** The CSS font family that renders Chinese in PDFs. */
    public static final String FONT_FAMILY = "Xiaoneng CJK";

    private static final String FONT = "fonts/DroidSansFallbackFull.ttf";

    private final ITemplateEngine templates;
    private final byte[] font;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = new ClassPathResource(FONT).getInputStream()) {
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The CJK font " + FONT + " is missing from the build", e);
        }
    }

    /** Renders the template (for example {@code catalog/pdf/guide}) with the variables, in the given language. */
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        return fromXhtml(templates.process(template, new Context(locale, variables)));
    }

    /** Renders a well-formed XHTML document. */
    public byte[] fromXhtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }
}
