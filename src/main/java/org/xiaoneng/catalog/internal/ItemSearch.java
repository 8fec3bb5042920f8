package org.xiaoneng.catalog.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.ItemStatus;

/**
 * The console's search over items; every criterion optional.
 *
 * @param text part of the code or working name
 */
public record ItemSearch(@Nullable String text, @Nullable Long departmentId, @Nullable ItemKind kind,
        @Nullable String theme, @Nullable ItemStatus status, int page, int size) {

    public static final int MAX_SIZE = 500;

    public ItemSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        theme = theme == null || theme.isBlank() ? null : theme.strip();
        departmentId = departmentId == null || departmentId == 0 ? null : departmentId;
        page = Math.max(0, page);
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    /** The text as an ILIKE pattern with its own wildcards escaped, or null. */
    @Nullable String pattern() {
        return text == null ? null
                : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    long offset() {
        return (long) page * size;
    }
}
