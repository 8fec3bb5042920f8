package org.xiaoneng.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Downloads handed out as attachments: the name in RFC 5987 form (Chinese names survive), the stored type, and
 * {@code nosniff} so a browser never runs a file as something else.
 */
public final class Attachments {

    private Attachments() {
    }

    /** A 200 response ready for the body (and further headers such as an ETag). */
    public static ResponseEntity.BodyBuilder attachment(String filename, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff");
    }
}
