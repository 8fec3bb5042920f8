package org.xiaoneng.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;

/** A PDF with Chinese text keeps the text: the shipped font is embedded and its glyphs are mapped back to Unicode. */
class PdfDocumentsTests {

    @Test
    void chineseTextSurvivesIntoThePdf() throws Exception {
        PdfDocuments pdf = new PdfDocuments(new TemplateEngine());
        byte[] bytes = pdf.fromXhtml("""
                <html><head><style>body { font-family: '%s'; }</style></head>
                <body><h1>办事指南</h1><p>外商投资企业设立登记 — 承诺时限 5 个工作日</p></body></html>"""
                .formatted(PdfDocuments.FONT_FAMILY));

        assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("办事指南").contains("外商投资企业设立登记").contains("5 个工作日");
        }
    }
}
