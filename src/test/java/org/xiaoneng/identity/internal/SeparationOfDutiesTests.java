package org.xiaoneng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xiaoneng.identity.internal.RuleTree.CITY;
import static org.xiaoneng.identity.internal.RuleTree.JCJ;
import static org.xiaoneng.identity.internal.RuleTree.SWJ;
import static org.xiaoneng.identity.internal.RuleTree.SWJ_BGS;
import static org.xiaoneng.identity.internal.RuleTree.SWJ_WZK;
import static org.xiaoneng.identity.internal.RuleTree.XNB;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.xiaoneng.identity.Role;

class SeparationOfDutiesTests {

    private static RoleGrant approver(@Nullable Long department, boolean sub) {
        return new RoleGrant(10L, 1, Role.APPROVER, department, sub, Instant.EPOCH, "test");
    }

    private static RoleGrant supervisor(@Nullable Long department) {
        return new RoleGrant(20L, 1, Role.SUPERVISOR, department, true, Instant.EPOCH, "test");
    }

    /** Whether the two grants conflict, checked in both orders — the rule must not depend on which came first. */
    private static boolean conflict(RoleGrant first, RoleGrant second) {
        boolean forward = SeparationOfDuties.conflictWith(second, List.of(first), RuleTree::subtreeOf).isPresent();
        boolean backward = SeparationOfDuties.conflictWith(first, List.of(second), RuleTree::subtreeOf).isPresent();
        assertThat(forward).as("the same answer in both orders").isEqualTo(backward);
        return forward;
    }

    @Test
    void approverAndSupervisorOverTheSameDepartmentConflict() {
        assertThat(conflict(approver(SWJ, false), supervisor(SWJ))).isTrue();
    }

    @Test
    void aCityWideSupervisorCoversEveryDepartment() {
        assertThat(conflict(approver(SWJ_BGS, false), supervisor(null))).isTrue();
        assertThat(conflict(approver(XNB, false), supervisor(null))).isTrue();
    }

    @Test
    void aSupervisorOverAnAncestorCoversTheApproversDepartment() {
        assertThat(conflict(approver(SWJ_WZK, false), supervisor(SWJ))).isTrue();
        assertThat(conflict(approver(SWJ_WZK, false), supervisor(CITY))).isTrue();
    }

    @Test
    void anApproverCoveringSubdepartmentsConflictsWithASupervisorBelow() {
        assertThat(conflict(approver(SWJ, true), supervisor(SWJ_BGS))).isTrue();
        assertThat(conflict(approver(SWJ, false), supervisor(SWJ_BGS))).isFalse();
    }

    @Test
    void differentBranchesDoNotConflict() {
        assertThat(conflict(approver(SWJ, true), supervisor(JCJ))).isFalse();
        assertThat(conflict(approver(SWJ_BGS, false), supervisor(SWJ_WZK))).isFalse();
    }

    @Test
    void otherRolesNeverConflict() {
        RoleGrant handler = new RoleGrant(30L, 1, Role.HANDLER, SWJ, false, Instant.EPOCH, "test");
        RoleGrant leader = new RoleGrant(40L, 1, Role.LEADER, null, true, Instant.EPOCH, "test");
        assertThat(conflict(handler, supervisor(SWJ))).isFalse();
        assertThat(conflict(approver(SWJ, true), leader)).isFalse();
        assertThat(SeparationOfDuties.conflictWith(approver(SWJ, false), List.of(approver(JCJ, false)),
                RuleTree::subtreeOf)).isEmpty();
    }

    @Test
    void theConflictingGrantIsNamed() {
        RoleGrant held = supervisor(JCJ);
        assertThat(SeparationOfDuties.conflictWith(approver(XNB, false), List.of(approver(SWJ, false), held),
                RuleTree::subtreeOf)).contains(held);
    }
}
