package org.xiaoneng.supervision.internal.violation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.identity.DutyConflict;
import org.xiaoneng.identity.DutyConflicts;
import org.xiaoneng.identity.RolesChanged;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffPost;
import org.xiaoneng.supervision.ViolationRule;

/**
 * 审批与监察兼任: an account holding approver and supervisor roles over one department. Identity refuses such a grant,
 * but older grants and a changed department tree can still make one; checked when an account's roles change and by
 * the daily scan. Each pair of grants is recorded once, against the approving department.
 */
@Component
class DutyViolations {

    private final DutyConflicts conflicts;
    private final RuleSettings settings;
    private final ViolationRecorder recorder;
    private final People people;
    private final OrganizationDirectory organization;
    private final Clock clock;

    DutyViolations(DutyConflicts conflicts, RuleSettings settings, ViolationRecorder recorder, People people,
            OrganizationDirectory organization, Clock clock) {
        this.conflicts = conflicts;
        this.settings = settings;
        this.recorder = recorder;
        this.people = people;
        this.organization = organization;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(RolesChanged changed) {
        record(conflicts.of(changed.username()));
    }

    /** The daily scan; the number recorded now. */
    int scan() {
        return record(conflicts.all());
    }

    private int record(List<DutyConflict> found) {
        if (found.isEmpty() || !settings.of(ViolationRule.APPROVER_ALSO_SUPERVISOR).enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        int recorded = 0;
        for (DutyConflict c : found) {
            StaffPost post = organization.postOf(c.username()).orElse(null);
            Responsible responsible = new Responsible(post == null ? null : post.staffId(),
                    post == null ? c.displayName() : post.staffName(), c.username(),
                    post == null ? null : post.positionId(), post == null ? null : post.positionName(),
                    c.approverDepartmentId());
            boolean city = c.supervisorDepartmentId() == null;
            String description = "supervision.violation.description.APPROVER_ALSO_SUPERVISOR" + (city ? ".city" : "");
            List<String> args = List.of(c.username(), people.departmentName(c.approverDepartmentId()),
                    city ? "" : people.departmentName(c.supervisorDepartmentId()));
            String key = "APPROVER_ALSO_SUPERVISOR:grant:" + c.approverGrantId() + ":grant:" + c.supervisorGrantId();
            if (recorder.record(new NewViolation(ViolationRule.APPROVER_ALSO_SUPERVISOR, key, responsible, null, null,
                    null, null, now, description, args, List.of("grant:" + c.approverGrantId(),
                            "grant:" + c.supervisorGrantId(), "audit:identity.role.granted"))).isPresent()) {
                recorded++;
            }
        }
        return recorded;
    }
}
