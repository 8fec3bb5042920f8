package org.xiaoneng.platform;

/** Somebody else changed the record first, or the same thing exists already; answered as 409. */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
