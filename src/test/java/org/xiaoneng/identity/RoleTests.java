package org.xiaoneng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class RoleTests {

    @Test
    void onlyTheSystemAdminManagesAccountsAndVerifiesTheAuditChain() {
        for (Role role : Role.values()) {
            boolean admin = role == Role.SYSTEM_ADMIN;
            assertThat(role.permissions().contains(Permission.IDENTITY_ACCOUNT_VIEW)).as(role.name()).isEqualTo(admin);
            assertThat(role.permissions().contains(Permission.IDENTITY_ACCOUNT_EDIT)).as(role.name()).isEqualTo(admin);
            assertThat(role.permissions().contains(Permission.AUDIT_CHAIN_VERIFY)).as(role.name()).isEqualTo(admin);
        }
        assertThat(Role.SYSTEM_ADMIN.permissions()).containsExactlyInAnyOrder(Permission.values());
    }

    @Test
    void caseworkRolesOnlyViewTheirDepartmentsOrganization() {
        for (Role role : EnumSet.of(Role.WINDOW_CLERK, Role.HANDLER, Role.REVIEWER, Role.APPROVER)) {
            assertThat(role.permissions()).as(role.name())
                    .filteredOn(p -> !p.code().startsWith("casework:")).containsExactlyInAnyOrder(
                    Permission.ORGANIZATION_DEPARTMENT_VIEW, Permission.ORGANIZATION_FUNCTION_VIEW,
                    Permission.ORGANIZATION_POSITION_VIEW, Permission.ORGANIZATION_STAFF_VIEW,
                    Permission.CATALOG_ITEM_VIEW, Permission.INQUIRY_INQUIRY_RECORD, Permission.INQUIRY_INQUIRY_VIEW,
                    Permission.SUPERVISION_SANCTION_APPEAL);
            assertThat(role.where()).isEqualTo(Role.Where.DEPARTMENT);
            assertThat(role.coversSubdepartmentsByDefault()).isFalse();
        }
    }

    @Test
    void theWindowTakesInCasesHandlersWorkThemAndOnlyApproversDecide() {
        assertThat(Role.WINDOW_CLERK.permissions()).filteredOn(p -> p.code().startsWith("casework:"))
                .containsExactlyInAnyOrder(Permission.CASEWORK_CASE_VIEW, Permission.CASEWORK_CASE_RECEIVE,
                        Permission.CASEWORK_CASE_ACCEPT);
        for (Role role : EnumSet.of(Role.HANDLER, Role.REVIEWER)) {
            assertThat(role.permissions()).as(role.name()).filteredOn(p -> p.code().startsWith("casework:"))
                    .containsExactlyInAnyOrder(Permission.CASEWORK_CASE_VIEW, Permission.CASEWORK_CASE_HANDLE);
        }
        assertThat(Role.APPROVER.permissions()).filteredOn(p -> p.code().startsWith("casework:"))
                .containsExactlyInAnyOrder(Permission.CASEWORK_CASE_VIEW, Permission.CASEWORK_CASE_HANDLE,
                        Permission.CASEWORK_CASE_DECIDE);
        for (Role role : EnumSet.of(Role.SUPERVISOR, Role.LEADER, Role.DEPARTMENT_ADMIN)) {
            boolean overseer = role != Role.DEPARTMENT_ADMIN;
            assertThat(role.permissions()).as(role.name()).filteredOn(p -> p.code().startsWith("casework:"))
                    .containsExactlyInAnyOrderElementsOf(overseer ? EnumSet.of(Permission.CASEWORK_CASE_VIEW)
                            : EnumSet.noneOf(Permission.class));
        }
    }

    @Test
    void departmentAdminEditsHisSubtreeAndSeesItsAuditTrailButNoReports() {
        assertThat(Role.DEPARTMENT_ADMIN.permissions()).contains(Permission.ORGANIZATION_POSITION_EDIT,
                Permission.ORGANIZATION_STAFF_EDIT, Permission.ORGANIZATION_ABSENCE_EDIT,
                Permission.ORGANIZATION_FUNCTION_EDIT, Permission.ORGANIZATION_DEPARTMENT_EDIT,
                Permission.AUDIT_ENTRY_VIEW).doesNotContain(Permission.ORGANIZATION_REPORT_VIEW);
        assertThat(Role.DEPARTMENT_ADMIN.coversSubdepartmentsByDefault()).isTrue();
    }

    @Test
    void supervisorsAndLeadersViewEverythingButEditNothing() {
        for (Role role : EnumSet.of(Role.SUPERVISOR, Role.LEADER)) {
            assertThat(role.permissions()).as(role.name()).contains(Permission.ORGANIZATION_REPORT_VIEW,
                    Permission.AUDIT_ENTRY_VIEW, Permission.ORGANIZATION_STAFF_VIEW);
            assertThat(role.permissions()).as(role.name()).allMatch(p -> !p.code().endsWith(":edit"));
            assertThat(role.alwaysCoversSubdepartments()).isTrue();
        }
    }

    @Test
    void onlyDepartmentAdminsAndTheSystemAdminEditAndPublishTheCatalog() {
        for (Role role : Role.values()) {
            boolean editor = role == Role.DEPARTMENT_ADMIN || role == Role.SYSTEM_ADMIN;
            assertThat(role.permissions()).as(role.name()).contains(Permission.CATALOG_ITEM_VIEW);
            assertThat(role.permissions().contains(Permission.CATALOG_ITEM_EDIT)).as(role.name()).isEqualTo(editor);
            assertThat(role.permissions().contains(Permission.CATALOG_ITEM_PUBLISH)).as(role.name()).isEqualTo(editor);
        }
        for (Role role : EnumSet.of(Role.DEPARTMENT_ADMIN, Role.SUPERVISOR, Role.LEADER, Role.SYSTEM_ADMIN)) {
            assertThat(role.permissions()).as(role.name()).contains(Permission.CATALOG_REPORT_VIEW);
        }
    }

    @Test
    void everyStaffMemberLogsFirstInquiriesAndOnlyOverseersSeeTheirDepartmentsAll() {
        for (Role role : Role.values()) {
            assertThat(role.permissions()).as(role.name())
                    .contains(Permission.INQUIRY_INQUIRY_RECORD, Permission.INQUIRY_INQUIRY_VIEW);
            boolean overseer = role == Role.SUPERVISOR || role == Role.LEADER || role == Role.SYSTEM_ADMIN;
            assertThat(role.permissions().contains(Permission.INQUIRY_INQUIRY_OVERSEE)).as(role.name())
                    .isEqualTo(overseer);
        }
    }

    @Test
    void onlySupervisorsLeadersAndTheSystemAdminWatchTheDeadlines() {
        for (Role role : Role.values()) {
            boolean watcher = role == Role.SUPERVISOR || role == Role.LEADER || role == Role.SYSTEM_ADMIN;
            assertThat(role.permissions().contains(Permission.SUPERVISION_DEADLINE_VIEW)).as(role.name())
                    .isEqualTo(watcher);
        }
        assertThat(Permission.SUPERVISION_DEADLINE_VIEW.code()).isEqualTo("supervision:deadline:view");
    }

    @Test
    void supervisorsOrderAndSanctionDepartmentsAnswerAndLeadersDecideAppeals() {
        assertThat(Role.SUPERVISOR.permissions()).contains(Permission.SUPERVISION_RULE_CONFIGURE,
                Permission.SUPERVISION_ORDER_ISSUE, Permission.SUPERVISION_SANCTION_DECIDE)
                .doesNotContain(Permission.SUPERVISION_ORDER_RESPOND, Permission.SUPERVISION_APPEAL_DECIDE);
        assertThat(Role.LEADER.permissions()).contains(Permission.SUPERVISION_ORDER_RESPOND,
                Permission.SUPERVISION_APPEAL_DECIDE).doesNotContain(Permission.SUPERVISION_ORDER_ISSUE,
                Permission.SUPERVISION_SANCTION_DECIDE, Permission.SUPERVISION_RULE_CONFIGURE);
        assertThat(Role.DEPARTMENT_ADMIN.permissions()).contains(Permission.SUPERVISION_ORDER_RESPOND);
        for (Role role : Role.values()) {
            assertThat(role.permissions()).as(role.name()).contains(Permission.SUPERVISION_SANCTION_APPEAL);
        }
    }

    @Test
    void permissionCodesFollowModuleResourceAction() {
        for (Permission permission : Permission.values()) {
            assertThat(permission.code()).matches("[a-z]+:[a-z]+:[a-z]+");
        }
        assertThat(Role.HANDLER.authority()).isEqualTo("ROLE_HANDLER");
    }
}
