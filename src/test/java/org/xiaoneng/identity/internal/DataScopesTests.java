package org.xiaoneng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.xiaoneng.platform.DataScope;

class DataScopesTests {

    private static RoleGrant grant(Role role, @Nullable Long department, boolean sub) {
        return new RoleGrant(1L, 1, role, department, sub, Instant.EPOCH, "test");
    }

    private static DataScope scopeOf(RoleGrant... grants) {
        return DataScopes.of(List.of(grants), RuleTree::subtreeOf);
    }

    @Test
    void noGrantNoData() {
        assertThat(scopeOf()).isEqualTo(DataScope.nothing());
    }

    @Test
    void aHandlerSeesHisDepartmentOnly() {
        assertThat(scopeOf(grant(Role.HANDLER, SWJ, false)).departmentIds()).containsExactly(SWJ);
        assertThat(scopeOf(grant(Role.HANDLER, SWJ, false)).all()).isFalse();
    }

    @Test
    void aGrantCoveringSubdepartmentsAddsThem() {
        assertThat(scopeOf(grant(Role.DEPARTMENT_ADMIN, SWJ, true)).departmentIds())
                .containsExactlyInAnyOrder(SWJ, SWJ_BGS, SWJ_WZK);
    }

    @Test
    void grantsAreUnited() {
        assertThat(scopeOf(grant(Role.HANDLER, SWJ_BGS, false), grant(Role.REVIEWER, JCJ, false)).departmentIds())
                .containsExactlyInAnyOrder(SWJ_BGS, JCJ);
    }

    @Test
    void oversightOverTheWholeCitySeesEverything() {
        for (Role role : List.of(Role.SUPERVISOR, Role.LEADER, Role.SYSTEM_ADMIN)) {
            assertThat(scopeOf(grant(Role.HANDLER, SWJ, false), grant(role, null, true)).all()).as(role.name())
                    .isTrue();
        }
    }

    @Test
    void aSupervisorOverADepartmentSeesItsWholeSubtreeEvenIfTheFlagSaysNo() {
        assertThat(scopeOf(grant(Role.SUPERVISOR, JCJ, false)).departmentIds()).containsExactlyInAnyOrder(JCJ, XNB);
    }

    @Test
    void aDepartmentRoleHeldCityWideByCorruptDataGivesNothing() {
        assertThat(scopeOf(grant(Role.HANDLER, null, false))).isEqualTo(DataScope.nothing());
    }
}
