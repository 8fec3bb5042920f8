package org.xiaoneng.catalog.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.internal.CatalogWorkbookExport;

/** Sends the catalog workbook as a download named after the catalog and the day, e.g. 事项目录-2026-11-28.xlsx. */
@Component
class CatalogExcelDownload {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final CatalogWorkbookExport export;
    private final MessageSource messages;
    private final Clock clock;

    CatalogExcelDownload(CatalogWorkbookExport export, MessageSource messages, Clock clock) {
        this.export = export;
        this.messages = messages;
        this.clock = clock;
    }

    void write(boolean drafts, HttpServletResponse response) throws IOException {
        String name = messages.getMessage("catalog.excel.fileName", new Object[] {LocalDate.now(clock).toString()},
                java.util.Locale.SIMPLIFIED_CHINESE) + ".xlsx";
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(drafts, response.getOutputStream());
    }
}
