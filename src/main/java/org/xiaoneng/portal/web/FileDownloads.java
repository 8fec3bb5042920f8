package org.xiaoneng.portal.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xiaoneng.catalog.CatalogFile;
import org.xiaoneng.catalog.ItemCatalog;

/**
 * Blank forms and samples (空白表格, 示范文本) of published items, for anyone. Only files a published version names are
 * served — any version ever published, as older versions stay readable for the cases that point at them; anything else
 * is 404, whether it exists or not. Always an attachment, never sniffed, so an uploaded HTML file cannot run as a page
 * of ours. Files never change, so their SHA-256 is a strong ETag; browsers revalidate and get 304.
 */
@Controller
class FileDownloads {

    private final ItemCatalog catalog;

    FileDownloads(ItemCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/portal/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long fileId) {
        CatalogFile file = catalog.publishedFile(fileId).orElseThrow(() -> NotPublished.file(fileId));
        // Spring answers 304 itself when If-None-Match names this ETag
        return ResponseEntity.ok().eTag("\"" + file.sha256() + "\"")
                .cacheControl(CacheControl.noCache())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(mediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build()
                                .toString())
                .body(file.content());
    }

    private static MediaType mediaType(String contentType) {
        try {
            return MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
