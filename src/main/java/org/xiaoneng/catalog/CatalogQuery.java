package org.xiaoneng.catalog;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the published catalog; every criterion is optional.
 *
 * @param departmentId items led by, or jointly handled with, this department
 * @param text         part of the item's name or code (Chinese partial words match)
 * @param page         from 0
 * @param size         1 to 500
 */
public record CatalogQuery(@Nullable Long departmentId, @Nullable ItemKind kind, @Nullable String theme,
        @Nullable String text, int page, int size) {

    public static final int MAX_SIZE = 500;

    public CatalogQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        theme = theme == null || theme.isBlank() ? null : theme.strip();
        page = Math.max(0, page);
        size = Math.max(1, Math.min(size, MAX_SIZE));
    }

    public static CatalogQuery all(int page, int size) {
        return new CatalogQuery(null, null, null, null, page, size);
    }
}
