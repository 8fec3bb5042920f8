package org.xiaoneng.identity.internal;

import java.util.List;

/** One page of a search for accounts; {@code page} counts from 0. */
public record AccountPage(List<AccountView> accounts, long total, int page, int size) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
