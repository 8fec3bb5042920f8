package org.xiaoneng.platform;

/** The record belongs to a department outside the caller's data scope; answered as 403. */
public class OutOfScopeException extends DomainException {

    public OutOfScopeException() {
        super("error.outOfScope");
    }
}
