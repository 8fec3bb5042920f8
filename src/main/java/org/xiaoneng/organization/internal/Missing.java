package org.xiaoneng.organization.internal;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xiaoneng.platform.NotFoundException;

/** A record that does not exist, its kind named in the reader's language ({@code organization.record.<kind>}). */
final class Missing extends NotFoundException {

    private final String kind;
    private final long id;

    Missing(String kind, long id) {
        super(kind, id);
        this.kind = kind;
        this.id = id;
    }

    @Override
    public Object[] arguments() {
        return new Object[] {new DefaultMessageSourceResolvable("organization.record." + kind), String.valueOf(id)};
    }
}
