package org.xiaoneng.casework.internal;

import java.time.Instant;

import org.xiaoneng.casework.CaseAuditable;
import org.xiaoneng.casework.NoticeKind;
import org.xiaoneng.platform.Actor;

/**
 * A written notice of a case was printed (downloaded as PDF): the audit trail records who printed which kind of notice
 * of which case. No personal data: the summary names the kind only.
 */
public record CaseNoticePrinted(Actor actor, long caseId, String number, NoticeKind kind, long departmentIdOfItem,
        Instant occurredAt) implements CaseAuditable {

    @Override
    public String action() {
        return "casework.notice.printed";
    }

    @Override
    public String after() {
        return "notice " + kind.slug();
    }

    @Override
    public Long departmentId() {
        return departmentIdOfItem;
    }
}
