package org.xiaoneng.catalog;

import java.util.List;

/** One page of a catalog list: the rows, the page number (from 0), the page size and how many rows match in all. */
public record CatalogPage<T>(List<T> items, int page, int size, long total) {

    public CatalogPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
