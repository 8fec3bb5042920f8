package org.xiaoneng.organization;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xiaoneng.TestPrincipals;
import org.xiaoneng.platform.DataScope;

/** Signed-in demo staff for the organization's MockMvc tests, and look-ups in the demo organization. */
public final class Demo {

    public static final String[] ALL_ORGANIZATION = {"organization:department:view", "organization:department:edit",
        "organization:function:view", "organization:function:edit", "organization:position:view",
        "organization:position:edit", "organization:staff:view", "organization:staff:edit",
        "organization:absence:edit", "organization:report:view"};

    public static final String[] DEPARTMENT_ADMIN = {"organization:department:view", "organization:department:edit",
        "organization:function:view", "organization:function:edit", "organization:position:view",
        "organization:position:edit", "organization:staff:view", "organization:staff:edit",
        "organization:absence:edit"};

    private final JdbcClient jdbc;
    private final OrganizationDirectory directory;

    public Demo(JdbcClient jdbc, OrganizationDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The system administrator: every organization permission, and account management, over the whole city. */
    public RequestPostProcessor admin() {
        String[] permissions = java.util.Arrays.copyOf(ALL_ORGANIZATION, ALL_ORGANIZATION.length + 1);
        permissions[ALL_ORGANIZATION.length] = "identity:account:edit";
        return TestPrincipals.staff("admin", department("SFB"), DataScope.everything(), permissions);
    }

    /** deptadmin1: department admin of 市商务局 and its offices. */
    public RequestPostProcessor deptadmin1() {
        Set<Long> swj = directory.subtreeOf(department("SWJ"));
        return TestPrincipals.staff("deptadmin1", department("SWJ"), DataScope.of(swj), DEPARTMENT_ADMIN);
    }

    /** supervisor1: reads the whole city, and the overlap report. */
    public RequestPostProcessor supervisor1() {
        return TestPrincipals.staff("supervisor1", department("XNB"), DataScope.everything(),
                "organization:department:view", "organization:function:view", "organization:position:view",
                "organization:staff:view", "organization:report:view");
    }

    public long department(String code) {
        return directory.departmentByCode(code).orElseThrow().id();
    }

    public long position(String code) {
        return jdbc.sql("SELECT id FROM organization_position WHERE code = :code").param("code", code)
                .query(Long.class).single();
    }

    public long function(String code) {
        return jdbc.sql("SELECT id FROM organization_function WHERE code = :code").param("code", code)
                .query(Long.class).single();
    }

    public long staff(String employeeNumber) {
        return jdbc.sql("SELECT id FROM organization_staff WHERE employee_number = :n").param("n", employeeNumber)
                .query(Long.class).single();
    }
}
