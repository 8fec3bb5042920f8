package org.xiaoneng.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.AuditableEvent;

/** An applicant rated a closed case ({@code casework.case.rated}); the assessment of the service listens to it. */
public record CaseRated(CaseRating rating, Actor actor) implements AuditableEvent {

    @Override
    public String action() {
        return "casework.case.rated";
    }

    @Override
    public String recordType() {
        return "case";
    }

    @Override
    public String recordId() {
        return rating.caseNumber();
    }

    @Override
    public @Nullable String before() {
        return null;
    }

    @Override
    public String after() {
        return rating.level().name() + (rating.comment() == null ? "" : ": " + rating.comment());
    }

    @Override
    public Instant occurredAt() {
        return rating.ratedAt();
    }

    @Override
    public Long departmentId() {
        return rating.leadDepartmentId();
    }
}
