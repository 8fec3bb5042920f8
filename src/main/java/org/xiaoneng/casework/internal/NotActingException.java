package org.xiaoneng.casework.internal;

import org.xiaoneng.platform.DomainException;

/** The caller neither holds the position nor deputises for its absent holder today; names the position. */
class NotActingException extends DomainException {

    private final long positionId;

    NotActingException(long positionId, String caseNumber) {
        super(RefusedAttempts.NOT_ACTING, caseNumber);
        this.positionId = positionId;
    }

    long positionId() {
        return positionId;
    }
}
