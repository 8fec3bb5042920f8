package org.xiaoneng.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.casework.CaseRated;
import org.xiaoneng.casework.CaseRating;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.OnlineApplicant;
import org.xiaoneng.casework.RatingLevel;
import org.xiaoneng.platform.Actor;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.NotFoundException;

/**
 * 办件评价: the applicant of a closed online case rates it once, on the five levels with an optional comment. The
 * rating names the item, the lead department and the staff accounts that completed the case's tasks (from its
 * events), and is published as {@link CaseRated} inside the transaction.
 */
@Service
@Transactional
public class Ratings {

    static final int COMMENT_LIMIT = 500;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Ratings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public CaseRating rate(long caseId, OnlineApplicant applicant, RatingLevel level, @Nullable String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_LIMIT) {
            throw new DomainException("casework.rating.commentTooLong", COMMENT_LIMIT);
        }
        Owned owned = jdbc.sql("""
                SELECT number, item_id, item_code, lead_department_id, state FROM casework_case
                WHERE id = :id AND applicant_account_id = :account FOR UPDATE""")
                .param("id", caseId).param("account", applicant.accountId())
                .query((rs, n) -> new Owned(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        CaseState.valueOf(rs.getString(5))))
                .optional().orElseThrow(() -> new NotFoundException("case", caseId));
        if (owned.state() != CaseState.CLOSED) {
            throw new DomainException("casework.rating.notClosed");
        }
        List<String> staff = List.copyOf(new LinkedHashSet<>(jdbc.sql("""
                SELECT actor_account FROM casework_case_event
                WHERE case_id = :id AND type IN ('TASK_COMPLETED', 'DECIDED', 'DELIVERED')
                  AND actor_account NOT LIKE 'applicant:%' AND actor_account <> :system
                ORDER BY seq""")
                .param("id", caseId).param("system", Actor.SYSTEM_ACCOUNT).query(String.class).list()));
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                INSERT INTO casework_rating (case_id, item_id, item_code, lead_department_id, staff_accounts, level,
                    comment, rated_at, applicant_account_id)
                VALUES (:caseId, :itemId, :itemCode, :department, CAST(:staff AS text[]), :level, :comment, :now,
                    :account)
                ON CONFLICT (case_id) DO NOTHING""")
                .param("caseId", caseId).param("itemId", owned.itemId()).param("itemCode", owned.itemCode())
                .param("department", owned.leadDepartmentId()).param("staff", staff.toArray(String[]::new))
                .param("level", level.name()).param("comment", text).param("now", Timestamp.from(now))
                .param("account", applicant.accountId())
                .update();
        if (inserted == 0) {
            throw new DomainException("casework.rating.already");
        }
        CaseRating rating = new CaseRating(caseId, owned.number(), owned.itemId(), owned.itemCode(),
                owned.leadDepartmentId(), staff, level, text, now, applicant.accountId());
        events.publishEvent(new CaseRated(rating, new Actor(applicant.actorAccount(), null, null, null)));
        return rating;
    }

    @Transactional(readOnly = true)
    public Optional<CaseRating> rating(long caseId) {
        return jdbc.sql("""
                SELECT r.case_id, c.number, r.item_id, r.item_code, r.lead_department_id, r.staff_accounts, r.level,
                       r.comment, r.rated_at, r.applicant_account_id
                FROM casework_rating r JOIN casework_case c ON c.id = r.case_id WHERE r.case_id = :id""")
                .param("id", caseId)
                .query((rs, n) -> new CaseRating(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5), Arrays.asList((String[]) rs.getArray(6).getArray()),
                        RatingLevel.valueOf(rs.getString(7)), rs.getString(8), rs.getTimestamp(9).toInstant(),
                        rs.getLong(10)))
                .optional();
    }

    private record Owned(String number, long itemId, String itemCode, long leadDepartmentId, CaseState state) {
    }
}
