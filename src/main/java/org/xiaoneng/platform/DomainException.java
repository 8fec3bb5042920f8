package org.xiaoneng.platform;

/**
 * A rule of the domain refused what was asked. The message is a key of the message bundles, so that the person sees it
 * in their language; the web layer answers 422 (or 409 for conflicts) with the translated message. Nothing was changed.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
