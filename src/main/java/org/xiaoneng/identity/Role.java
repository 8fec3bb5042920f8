package org.xiaoneng.identity;

import static org.xiaoneng.identity.Permission.AUDIT_CHAIN_VERIFY;
import static org.xiaoneng.identity.Permission.AUDIT_ENTRY_VIEW;
import static org.xiaoneng.identity.Permission.CATALOG_ITEM_EDIT;
import static org.xiaoneng.identity.Permission.CATALOG_ITEM_PUBLISH;
import static org.xiaoneng.identity.Permission.CATALOG_ITEM_VIEW;
import static org.xiaoneng.identity.Permission.CASEWORK_CASE_ACCEPT;
import static org.xiaoneng.identity.Permission.CASEWORK_CASE_DECIDE;
import static org.xiaoneng.identity.Permission.CASEWORK_CASE_HANDLE;
import static org.xiaoneng.identity.Permission.CASEWORK_CASE_RECEIVE;
import static org.xiaoneng.identity.Permission.CASEWORK_CASE_VIEW;
import static org.xiaoneng.identity.Permission.CATALOG_REPORT_VIEW;
import static org.xiaoneng.identity.Permission.IDENTITY_ACCOUNT_EDIT;
import static org.xiaoneng.identity.Permission.IDENTITY_ACCOUNT_VIEW;
import static org.xiaoneng.identity.Permission.INQUIRY_INQUIRY_OVERSEE;
import static org.xiaoneng.identity.Permission.INQUIRY_INQUIRY_RECORD;
import static org.xiaoneng.identity.Permission.INQUIRY_INQUIRY_VIEW;
import static org.xiaoneng.identity.Permission.NOTIFICATION_OUTBOX_VIEW;
import static org.xiaoneng.identity.Permission.ORGANIZATION_ABSENCE_EDIT;
import static org.xiaoneng.identity.Permission.ORGANIZATION_DEPARTMENT_EDIT;
import static org.xiaoneng.identity.Permission.ORGANIZATION_DEPARTMENT_VIEW;
import static org.xiaoneng.identity.Permission.ORGANIZATION_FUNCTION_EDIT;
import static org.xiaoneng.identity.Permission.ORGANIZATION_FUNCTION_VIEW;
import static org.xiaoneng.identity.Permission.ORGANIZATION_POSITION_EDIT;
import static org.xiaoneng.identity.Permission.ORGANIZATION_POSITION_VIEW;
import static org.xiaoneng.identity.Permission.ORGANIZATION_REPORT_VIEW;
import static org.xiaoneng.identity.Permission.ORGANIZATION_STAFF_EDIT;
import static org.xiaoneng.identity.Permission.ORGANIZATION_STAFF_VIEW;
import static org.xiaoneng.identity.Permission.SUPERVISION_APPEAL_DECIDE;
import static org.xiaoneng.identity.Permission.SUPERVISION_DEADLINE_VIEW;
import static org.xiaoneng.identity.Permission.SUPERVISION_ORDER_ISSUE;
import static org.xiaoneng.identity.Permission.SUPERVISION_ORDER_RESPOND;
import static org.xiaoneng.identity.Permission.SUPERVISION_RULE_CONFIGURE;
import static org.xiaoneng.identity.Permission.SUPERVISION_SANCTION_APPEAL;
import static org.xiaoneng.identity.Permission.SUPERVISION_SANCTION_DECIDE;
import static org.xiaoneng.identity.Permission.SUPERVISION_VIOLATION_VIEW;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The staff roles of PRODUCT.md and the permission codes each carries — the one place where that mapping lives.
 * A role is always held over a department (its data scope), or over the whole city where the role allows it.
 *
 * <table>
 * <caption>Roles, where they may be held, and their permissions</caption>
 * <tr><th>role</th><th>held over</th><th>sub-departments</th><th>permissions</th></tr>
 * <tr><td>every role</td><td></td><td></td><td>inquiry:inquiry:record|view (首问: whoever is asked first owns the
 *     inquiry); supervision:sanction:appeal (one's own warnings and sanctions)</td></tr>
 * <tr><td>WINDOW_CLERK, HANDLER, REVIEWER, APPROVER</td><td>a department</td><td>only when granted so</td>
 *     <td>organization:department|function|position|staff:view; catalog:item:view; casework:case:view, and:
 *     clerk casework:case:receive|accept; handler and reviewer casework:case:handle; approver
 *     casework:case:handle|decide</td></tr>
 * <tr><td>DEPARTMENT_ADMIN</td><td>a department</td><td>yes by default</td>
 *     <td>the four organization views; organization:department|function|position|staff:edit,
 *     organization:absence:edit; audit:entry:view; catalog:item:view|edit|publish, catalog:report:view;
 *     supervision:order:respond</td></tr>
 * <tr><td>SUPERVISOR, LEADER</td><td>the whole city or a department</td><td>always</td>
 *     <td>the four organization views; organization:report:view; audit:entry:view; catalog:item:view,
 *     catalog:report:view; casework:case:view; inquiry:inquiry:oversee; supervision:deadline|violation:view; the
 *     supervisor also notification:outbox:view, supervision:rule:configure, supervision:order:issue,
 *     supervision:sanction:decide; the leader also supervision:order:respond, supervision:appeal:decide</td></tr>
 * <tr><td>SYSTEM_ADMIN</td><td>the whole city only</td><td>—</td>
 *     <td>every permission, including identity:account:view|edit, audit:chain:verify and calendar:day:edit</td></tr>
 * </table>
 *
 * The public (citizens and enterprises) and exchange clients (department systems) are not staff and hold no role
 * here; they come with the portal and exchange modules.
 */
public enum Role {

    /** 窗口受理员: takes in applications at the service center's windows. */
    WINDOW_CLERK(Where.DEPARTMENT, false, false, with(viewer(), CASEWORK_CASE_VIEW, CASEWORK_CASE_RECEIVE,
            CASEWORK_CASE_ACCEPT)),
    /** 承办人: processes the steps of a case. */
    HANDLER(Where.DEPARTMENT, false, false, with(viewer(), CASEWORK_CASE_VIEW, CASEWORK_CASE_HANDLE)),
    /** 审核人: reviews a handler's work before a decision. */
    REVIEWER(Where.DEPARTMENT, false, false, with(viewer(), CASEWORK_CASE_VIEW, CASEWORK_CASE_HANDLE)),
    /** 审批人: decides (approves or denies); may never supervise the same department. */
    APPROVER(Where.DEPARTMENT, false, false, with(viewer(), CASEWORK_CASE_VIEW, CASEWORK_CASE_HANDLE,
            CASEWORK_CASE_DECIDE)),
    /** 部门管理员: keeps his department's organization data (and its sub-departments') up to date. */
    DEPARTMENT_ADMIN(Where.DEPARTMENT, true, false, departmentAdmin()),
    /** 效能监察员 (efficiency office): watches cases and departments; may never approve where he supervises. */
    SUPERVISOR(Where.CITY_OR_DEPARTMENT, true, true, supervisor()),
    /** 领导: reads everything in his scope, including reports and the audit trail. */
    LEADER(Where.CITY_OR_DEPARTMENT, true, true, leader()),
    /** 系统管理员: accounts, roles and the platform; holds every permission, over the whole city. */
    SYSTEM_ADMIN(Where.CITY, true, true, EnumSet.allOf(Permission.class));

    /** Where a role may be held. */
    public enum Where {
        /** Over one department (and perhaps its sub-departments). */
        DEPARTMENT,
        /** Over the whole city, or over one department and its sub-departments. */
        CITY_OR_DEPARTMENT,
        /** Over the whole city only. */
        CITY
    }

    private final Where where;
    private final boolean subdepartmentsByDefault;
    private final boolean alwaysSubdepartments;
    private final Set<Permission> permissions;

    Role(Where where, boolean subdepartmentsByDefault, boolean alwaysSubdepartments, Set<Permission> permissions) {
        this.where = where;
        this.subdepartmentsByDefault = subdepartmentsByDefault;
        this.alwaysSubdepartments = alwaysSubdepartments;
        this.permissions = Collections.unmodifiableSet(EnumSet.copyOf(permissions));
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    /** The Spring authority naming the role itself, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public Where where() {
        return where;
    }

    /** Whether a grant of this role covers the department's sub-departments unless told otherwise. */
    public boolean coversSubdepartmentsByDefault() {
        return subdepartmentsByDefault;
    }

    /** Whether a grant of this role over a department always covers its sub-departments (oversight reaches down). */
    public boolean alwaysCoversSubdepartments() {
        return alwaysSubdepartments;
    }

    private static Set<Permission> viewer() {
        return EnumSet.of(ORGANIZATION_DEPARTMENT_VIEW, ORGANIZATION_FUNCTION_VIEW, ORGANIZATION_POSITION_VIEW,
                ORGANIZATION_STAFF_VIEW, CATALOG_ITEM_VIEW, INQUIRY_INQUIRY_RECORD, INQUIRY_INQUIRY_VIEW,
                SUPERVISION_SANCTION_APPEAL);
    }

    private static Set<Permission> with(Set<Permission> base, Permission... more) {
        Set<Permission> permissions = EnumSet.copyOf(base);
        permissions.addAll(java.util.List.of(more));
        return permissions;
    }

    private static Set<Permission> departmentAdmin() {
        Set<Permission> permissions = viewer();
        permissions.addAll(EnumSet.of(ORGANIZATION_DEPARTMENT_EDIT, ORGANIZATION_FUNCTION_EDIT,
                ORGANIZATION_POSITION_EDIT, ORGANIZATION_STAFF_EDIT, ORGANIZATION_ABSENCE_EDIT, AUDIT_ENTRY_VIEW,
                CATALOG_ITEM_EDIT, CATALOG_ITEM_PUBLISH, CATALOG_REPORT_VIEW, SUPERVISION_ORDER_RESPOND));
        return permissions;
    }

    /** The efficiency office also watches whether applicants were told (notifications and their delivery). */
    private static Set<Permission> supervisor() {
        Set<Permission> permissions = overseer();
        permissions.addAll(EnumSet.of(NOTIFICATION_OUTBOX_VIEW, SUPERVISION_RULE_CONFIGURE, SUPERVISION_ORDER_ISSUE,
                SUPERVISION_SANCTION_DECIDE));
        return permissions;
    }

    /** A leader answers his department's supervision orders and decides appeals against sanctions in his scope. */
    private static Set<Permission> leader() {
        Set<Permission> permissions = overseer();
        permissions.addAll(EnumSet.of(SUPERVISION_ORDER_RESPOND, SUPERVISION_APPEAL_DECIDE));
        return permissions;
    }

    private static Set<Permission> overseer() {
        Set<Permission> permissions = viewer();
        permissions.addAll(EnumSet.of(ORGANIZATION_REPORT_VIEW, AUDIT_ENTRY_VIEW, CATALOG_REPORT_VIEW,
                CASEWORK_CASE_VIEW, INQUIRY_INQUIRY_OVERSEE,
                SUPERVISION_DEADLINE_VIEW, SUPERVISION_VIOLATION_VIEW));
        return permissions;
    }
}
