package org.xiaoneng.catalog.internal;

import java.time.Instant;

/** One published version in an item's history; {@code current} marks the one the catalog shows (if it shows any). */
public record VersionRow(long id, int number, String name, Instant publishedAt, String publishedBy, boolean current) {
}
