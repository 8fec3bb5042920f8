package org.xiaoneng.catalog.internal;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.platform.NotFoundException;

/** A catalog record that does not exist, its kind named in the reader's language ({@code catalog.record.<kind>}). */
final class Missing extends NotFoundException {

    private final String kind;
    private final String id;

    Missing(String kind, Object id) {
        super(kind, id);
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    @Override
    public Object[] arguments() {
        return new Object[] {new DefaultMessageSourceResolvable("catalog.record." + kind), id};
    }
}
