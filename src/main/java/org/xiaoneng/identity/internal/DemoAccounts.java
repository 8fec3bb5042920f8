package org.xiaoneng.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.identity.Role;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffPost;

/**
 * The demo accounts of 示范市, all with the published password {@value #PASSWORD}; created only with the demo data on
 * and no account yet (see {@link InitialAccountsPlan}), and printed at start-up so that a newcomer can sign in.
 */
@Component
class DemoAccounts {

    static final String PASSWORD = "Demo@2026";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    /**
     * One demo account.
     *
     * @param homeCode   the code of its home department (the department of its post, when it has one, wins)
     * @param grantCode  the code of the department its role is held over, or null for the whole city
     * @param label      its display name when the organization has no staff member for it
     */
    record Spec(String username, String label, String homeCode, Role role, @Nullable String grantCode,
            boolean subdepartments) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("admin", "系统管理员", "SFB", Role.SYSTEM_ADMIN, null, true),
            new Spec("clerk1", "窗口受理员", "XZFWZX", Role.WINDOW_CLERK, "XZFWZX", false),
            new Spec("handler1", "承办人", "SWJ", Role.HANDLER, "SWJ", false),
            new Spec("handler2", "承办人B", "SWJ", Role.HANDLER, "SWJ", false),
            new Spec("reviewer1", "审核人", "SWJ", Role.REVIEWER, "SWJ", false),
            new Spec("approver1", "审批人", "SWJ", Role.APPROVER, "SWJ", false),
            new Spec("approver2", "副局长", "SWJ", Role.APPROVER, "SWJ", false),
            new Spec("deptadmin1", "部门管理员", "SWJ", Role.DEPARTMENT_ADMIN, "SWJ", true),
            new Spec("supervisor1", "效能监察员", "XNB", Role.SUPERVISOR, null, true),
            new Spec("leader1", "副市长", "SFB", Role.LEADER, null, true));

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(JdbcClient jdbc, OrganizationDirectory directory, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public void create() {
        // one hash for all: they share the published password anyway, and bcrypt costs ~0.1 s per hash at start-up
        String hash = passwordEncoder.encode(PASSWORD);
        Instant now = clock.instant();
        for (Spec spec : SPECS) {
            StaffPost post = directory.postOf(spec.username()).orElse(null);
            long home = post != null ? post.departmentId() : department(spec.homeCode()).id();
            String name = post != null ? post.staffName() : spec.label();
            Long grantDepartment = spec.grantCode() == null ? null : department(spec.grantCode()).id();
            Long accountId = jdbc.sql("""
                    INSERT INTO identity_account (username, password_hash, display_name, home_department_id,
                        password_changed_at, created_at)
                    VALUES (:username, :hash, :name, :home, :now, :now) RETURNING id""")
                    .param("username", spec.username()).param("hash", hash).param("name", name)
                    .param("home", home).param("now", now.atOffset(java.time.ZoneOffset.UTC))
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO identity_role_grant (account_id, role, department_id, include_subdepartments,
                        granted_at, granted_by)
                    VALUES (:account, :role, :department, :sub, :now, 'system')""")
                    .param("account", accountId).param("role", spec.role().name())
                    .param("department", grantDepartment).param("sub", spec.subdepartments())
                    .param("now", now.atOffset(java.time.ZoneOffset.UTC))
                    .update();
        }
        log.info("Demo accounts created (demo data only; a production start has none):\n{}", format(table()));
    }

    /** Printed on every demo start, so that whoever started it can sign in. */
    public void print() {
        log.info("Demo accounts (demo data only; the password unless changed since):\n{}", format(table()));
    }

    private static List<String[]> table() {
        List<String[]> table = new ArrayList<>();
        for (Spec spec : SPECS) {
            table.add(new String[] {spec.username(), spec.role().name(),
                spec.grantCode() == null ? "whole city" : spec.grantCode() + (spec.subdepartments()
                        ? " + sub-departments" : ""), PASSWORD});
        }
        return table;
    }

    private DepartmentRef department(String code) {
        return directory.departmentByCode(code).orElseThrow(() -> new IllegalStateException(
                "Demo accounts need the demo department " + code + ", which the organization demo data should have "
                        + "created first"));
    }

    static String format(List<String[]> rows) {
        String[] header = {"account", "role", "over department", "password"};
        int[] widths = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] row : all) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        String rule = rule(widths);
        text.append(rule);
        for (int r = 0; r < all.size(); r++) {
            text.append('|');
            for (int i = 0; i < widths.length; i++) {
                text.append(' ').append(pad(all.get(r)[i], widths[i])).append(" |");
            }
            text.append('\n');
            if (r == 0) {
                text.append(rule);
            }
        }
        return text.append(rule).toString();
    }

    private static String rule(int[] widths) {
        StringBuilder rule = new StringBuilder("+");
        for (int width : widths) {
            rule.append("-".repeat(width + 2)).append('+');
        }
        return rule.append('\n').toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
