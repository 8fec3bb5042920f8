package org.xiaoneng.organization.internal;

import org.jspecify.annotations.Nullable;

/**
 * A search box's text and a page, as the lists take them.
 *
 * @param text what to look for in codes and names; blank for everything
 * @param page the page number, from 0
 * @param size rows per page (at most {@link ResultPage#MAX_SIZE})
 */
public record Search(String text, int page, int size) {

    public Search {
        text = text == null ? "" : text.strip();
        page = Math.max(0, page);
        size = ResultPage.clampSize(size);
    }

    public static Search of(@Nullable String text, @Nullable Integer page, @Nullable Integer size) {
        return new Search(text == null ? "" : text, page == null ? 0 : page, size == null ? 20 : size);
    }

    /** The text as an ILIKE pattern, its own wildcards escaped. */
    String pattern() {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    long offset() {
        return (long) page * size;
    }
}
