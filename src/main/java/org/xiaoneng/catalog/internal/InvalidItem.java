package org.xiaoneng.catalog.internal;

import org.xiaoneng.platform.DomainException;

/**
 * An item's content breaks a catalog rule. {@code field} names the part of {@link ItemDraftCommand} at fault (for
 * example {@code promisedLimit.amount} or {@code stages}), so that a form can show the message beside it.
 */
public class InvalidItem extends DomainException {

    private final String field;

    public InvalidItem(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
