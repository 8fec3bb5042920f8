package org.xiaoneng.catalog.internal;

import java.time.Instant;

/** An uploaded file of an item, without its bytes. */
public record FileRow(long id, String name, String contentType, long size, String sha256, Instant uploadedAt,
        String uploadedBy) {
}
