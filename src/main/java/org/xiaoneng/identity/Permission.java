package org.xiaoneng.identity;

/**
 * A permission code ({@code module:resource:action}), checked as a Spring authority on every controller method with
 * {@code @PreAuthorize("hasAuthority('organization:position:edit')")}. Which role carries which code is decided in
 * one place only: {@link Role}.
 */
public enum Permission {

    /** See departments and the department tree. */
    ORGANIZATION_DEPARTMENT_VIEW("organization:department:view"),
    /** Create, edit and deactivate (sub-)departments. */
    ORGANIZATION_DEPARTMENT_EDIT("organization:department:edit"),
    /** See departments' functions (职能). */
    ORGANIZATION_FUNCTION_VIEW("organization:function:view"),
    /** Create and edit functions and their lead department. */
    ORGANIZATION_FUNCTION_EDIT("organization:function:edit"),
    /** See positions and their written responsibilities (职位职责说明). */
    ORGANIZATION_POSITION_VIEW("organization:position:view"),
    /** Create and edit positions, their deputies (AB角) and holders. */
    ORGANIZATION_POSITION_EDIT("organization:position:edit"),
    /** See staff. */
    ORGANIZATION_STAFF_VIEW("organization:staff:view"),
    /** Create, edit and deactivate staff. */
    ORGANIZATION_STAFF_EDIT("organization:staff:edit"),
    /** Mark staff away (外出) for a date range. */
    ORGANIZATION_ABSENCE_EDIT("organization:absence:edit"),
    /** See organization reports, such as the function overlap report (清理职能). */
    ORGANIZATION_REPORT_VIEW("organization:report:view"),
    /** See accounts and their role grants. */
    IDENTITY_ACCOUNT_VIEW("identity:account:view"),
    /** Create accounts, grant and revoke roles, reset passwords, unlock, deactivate. */
    IDENTITY_ACCOUNT_EDIT("identity:account:edit"),
    /** See the item catalog (事项目录): published items, and the drafts of items within the data scope. */
    CATALOG_ITEM_VIEW("catalog:item:view"),
    /** Create items and edit their drafts, within the data scope. */
    CATALOG_ITEM_EDIT("catalog:item:edit"),
    /** Publish and unpublish items of the lead departments within the data scope. */
    CATALOG_ITEM_PUBLISH("catalog:item:publish"),
    /** See catalog reports, such as one-matter-one-department (一件事情由一个部门来承担). */
    CATALOG_REPORT_VIEW("catalog:report:view"),
    /** See the audit trail (within the data scope). */
    AUDIT_ENTRY_VIEW("audit:entry:view"),
    /** Verify the audit trail's hash chain. */
    AUDIT_CHAIN_VERIFY("audit:chain:verify"),
    /** Enter and correct the statutory calendar: holidays, adjusted working days (调休), local days off. */
    CALENDAR_DAY_EDIT("calendar:day:edit"),
    /** See the notifications sent to applicants, their delivery state and errors (addresses masked). */
    NOTIFICATION_OUTBOX_VIEW("notification:outbox:view"),
    /** See cases (办件) of the departments in scope: lead, joint or task department of the item, or the service center. */
    CASEWORK_CASE_VIEW("casework:case:view"),
    /** Receive applications (收件), record resubmissions, deliver, close, record withdrawals. */
    CASEWORK_CASE_RECEIVE("casework:case:receive"),
    /** Make the intake decision: accept (with 容缺 commitments), refuse, issue the correction notice. */
    CASEWORK_CASE_ACCEPT("casework:case:accept"),
    /** Work the steps of accepted cases: start processing, suspend for a special procedure, resume. */
    CASEWORK_CASE_HANDLE("casework:case:handle"),
    /** Decide (approve or deny) and approve the one extension. */
    CASEWORK_CASE_DECIDE("casework:case:decide"),
    /**
     * Log first inquiries (首问登记) and work them: answer, hand on to a desk, confirm at one's desk, add follow-ups.
     * Every staff role holds it: whoever is asked first owns the inquiry.
     */
    INQUIRY_INQUIRY_RECORD("inquiry:inquiry:record"),
    /** See the first inquiries one received, or that were handed to a desk one acts for. Every staff role holds it. */
    INQUIRY_INQUIRY_VIEW("inquiry:inquiry:view"),
    /** See every first inquiry of the departments in scope (received there or handed to a desk there). */
    INQUIRY_INQUIRY_OVERSEE("inquiry:inquiry:oversee"),
    /**
     * See the supervision console (电子监察): the watched deadlines and their lights, in the data scope (a department
     * leader sees his department's).
     */
    SUPERVISION_DEADLINE_VIEW("supervision:deadline:view"),
    /** See the violations supervision found (违规记录), in the data scope. */
    SUPERVISION_VIOLATION_VIEW("supervision:violation:view"),
    /**
     * Change the rules' switches and parameters, the accountability policy and the escalation ladder of supervision
     * orders (the efficiency office).
     */
    SUPERVISION_RULE_CONFIGURE("supervision:rule:configure"),
    /** Issue supervision orders (督办) to departments in scope, and close them after the department's response. */
    SUPERVISION_ORDER_ISSUE("supervision:order:issue"),
    /** Respond, for one's department, to the supervision orders it received. */
    SUPERVISION_ORDER_RESPOND("supervision:order:respond"),
    /** Confirm or dismiss proposed warnings and sanctions (效能告诫, 问责), with a reason. */
    SUPERVISION_SANCTION_DECIDE("supervision:sanction:decide"),
    /** Decide the appeals against confirmed warnings and sanctions. */
    SUPERVISION_APPEAL_DECIDE("supervision:appeal:decide"),
    /** See one's own warnings and sanctions and appeal against them. Every staff role holds it. */
    SUPERVISION_SANCTION_APPEAL("supervision:sanction:appeal");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    /** The authority string, for example {@code organization:position:edit}. */
    public String code() {
        return code;
    }
}
