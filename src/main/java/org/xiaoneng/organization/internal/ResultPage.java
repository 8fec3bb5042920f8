package org.xiaoneng.organization.internal;

import java.util.List;

/**
 * One page of a searched list.
 *
 * @param items the rows of this page
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many rows match in all
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 500;

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    static int clampSize(int size) {
        return Math.max(1, Math.min(size, MAX_SIZE));
    }
}
