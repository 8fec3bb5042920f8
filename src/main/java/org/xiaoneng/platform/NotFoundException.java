package org.xiaoneng.platform;

/** The record asked for does not exist (or is outside the caller's data scope, which must not be revealed). */
public class NotFoundException extends DomainException {

    public NotFoundException(String recordType, Object id) {
        super("error.notFound", recordType, String.valueOf(id));
    }
}
