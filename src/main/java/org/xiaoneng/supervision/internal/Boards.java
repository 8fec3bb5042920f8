package org.xiaoneng.supervision.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.DeadlineState;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.LightBoard;
import org.xiaoneng.supervision.LitDeadline;

/** The console's reads of the ledger, always within a data scope. */
@Component
@Transactional(readOnly = true)
public class Boards {

    private final Ledger ledger;
    private final OrganizationDirectory organization;
    private final StatutoryCalendar calendar;
    private final Clock clock;

    Boards(Ledger ledger, OrganizationDirectory organization, StatutoryCalendar calendar, Clock clock) {
        this.ledger = ledger;
        this.organization = organization;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LightBoard board(DataScope scope, @Nullable Light light, int limit) {
        Instant now = clock.instant();
        Map<Long, String> departments = new HashMap<>();
        organization.departments().forEach(d -> departments.put(d.id(), d.name()));
        List<Ledger.LitRow> rows = ledger.lit(scope, light, limit + 1);
        List<LitDeadline> lit = rows.stream().limit(limit).map(row -> {
            int left = calendar.remainingWorkingDays(now, row.dueOn());
            return new LitDeadline(row.id(), row.subject(), row.caseId(), row.caseNumber(), row.itemName(),
                    row.stageName(), row.departmentId(), departments.getOrDefault(row.departmentId(), ""),
                    row.positionName(), row.staffName(), row.dueOn(), row.light(),
                    row.light() == Light.RED ? Math.max(1, -left) : 0,
                    row.light() == Light.YELLOW ? Math.max(0, left) : 0,
                    row.state() == DeadlineState.SUSPENDED, row.lightChangedAt());
        }).toList();
        return new LightBoard(ledger.countsByLight(scope), lit, rows.size() > limit);
    }
}
