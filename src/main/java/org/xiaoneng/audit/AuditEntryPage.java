package org.xiaoneng.audit;

import java.util.List;

/**
 * One page of audit entries, newest first.
 *
 * @param entries       the entries of this page
 * @param page          this page's number, from 0
 * @param size          the page size asked for
 * @param totalElements entries matching the filters (within the viewer's scope)
 * @param totalPages    pages in all
 */
public record AuditEntryPage(List<AuditEntry> entries, int page, int size, long totalElements, int totalPages) {

    public AuditEntryPage {
        entries = List.copyOf(entries);
    }

    public static AuditEntryPage of(List<AuditEntry> entries, int page, int size, long totalElements) {
        int totalPages = (int) ((totalElements + size - 1) / size);
        return new AuditEntryPage(entries, page, size, totalElements, totalPages);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages;
    }
}
