package org.xiaoneng.supervision.internal.accountability;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DomainException;

/**
 * 审批与监督分离, on the server: nobody who may decide a department's cases (holds {@value #DECIDE} in a data scope
 * covering it) may issue, close or send back its supervision orders, confirm or dismiss its warnings and sanctions, or
 * decide their appeals — whatever the role that grants the power (an approver, but also a system admin, who holds every
 * permission city-wide: the efficiency office's supervisors and leaders act, not him). Identity refuses approver plus
 * supervisor grants; this guards every other way to the same powers, and data changed outside the console. The system
 * itself (a schedule, the policy) holds no permission and is never refused.
 */
@Component
public class SeparationOfDuties {

    static final String DECIDE = "casework:case:decide";

    private final CurrentActor currentActor;
    private final OrganizationDirectory organization;

    SeparationOfDuties(CurrentActor currentActor, OrganizationDirectory organization) {
        this.currentActor = currentActor;
        this.organization = organization;
    }

    /** Whether the signed-in person may decide the department's cases, and so may not supervise it. */
    public boolean bars(long departmentId) {
        return currentActor.holds(DECIDE) && currentActor.dataScopeFor(DECIDE).allows(departmentId);
    }

    /** Throws a clear refusal when the signed-in person may decide the department's cases. */
    public void check(long departmentId) {
        if (bars(departmentId)) {
            String name = organization.department(departmentId).map(DepartmentRef::name).orElse("");
            throw new DomainException("supervision.separation.refused", name);
        }
    }
}
