package org.xiaoneng.catalog;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.xiaoneng.organization.OrganizationDirectory;

/** Draft JSON for the catalog API, on the demo organization; every test item gets a code and name of its own. */
public final class Drafts {

    public final OrganizationDirectory directory;
    public final JdbcClient jdbc;

    public Drafts(OrganizationDirectory directory, JdbcClient jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    public static String tag() {
        return "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    public long department(String code) {
        return directory.departmentByCode(code).orElseThrow().id();
    }

    public long position(String code) {
        return jdbc.sql("SELECT id FROM organization_position WHERE code = :code").param("code", code)
                .query(Long.class).single();
    }

    /** A publishable SWJ draft: promise 5 of 20 working days, 受理 1 + 审查 2 + 决定 1 + 送达 1. */
    public String swj(String name) {
        return draft(name, "SWJ", 20, 5, List.of(
                Map.entry("受理", "XZFWZX-ZHSL:1"), Map.entry("审查", "SWJ-CB:2"), Map.entry("决定", "SWJ-SP:1"),
                Map.entry("送达", "XZFWZX-ZHSL:1")));
    }

    /** A draft of the department; each stage's tasks as "POSITION-CODE:days", comma-separated for parallel tasks. */
    public String draft(String name, String department, int statutory, int promised,
            List<Map.Entry<String, String>> stages) {
        StringBuilder process = new StringBuilder();
        for (Map.Entry<String, String> stage : stages) {
            StringBuilder tasks = new StringBuilder();
            for (String task : stage.getValue().split(",")) {
                String[] parts = task.split(":");
                long position = position(parts[0]);
                long positionDepartment = jdbc.sql("SELECT department_id FROM organization_position WHERE id = :id")
                        .param("id", position).query(Long.class).single();
                tasks.append(tasks.isEmpty() ? "" : ",").append("""
                        {"departmentId": %d, "positionId": %d, "workingDays": %s}"""
                        .formatted(positionDepartment, position, parts[1]));
            }
            process.append(process.isEmpty() ? "" : ",").append("""
                    {"name": "%s", "tasks": [%s]}""".formatted(stage.getKey(), tasks));
        }
        return """
                {"name": "%s", "kind": "LICENSING", "leadDepartmentId": %d,
                 "legalBases": [{"document": "《中华人民共和国行政许可法》", "articles": "第十二条"}],
                 "conditions": ["依法设立的企业"],
                 "materials": [{"name": "申请书", "source": "APPLICANT", "form": "ORIGINAL", "copies": 1,
                                "required": true}],
                 "statutoryLimit": {"unit": "WORKING_DAYS", "amount": %d},
                 "promisedLimit": {"unit": "WORKING_DAYS", "amount": %d},
                 "inServiceCenter": true, "window": "综合受理窗口", "onlineApplication": true,
                 "commitments": {"quality": "一次性告知", "attitude": "首问负责", "time": "承诺提速"},
                 "themes": ["企业开办"],
                 "stages": [%s]}""".formatted(name, department(department), statutory, promised, process);
    }

    public static String create(String code, String draft) {
        return "{\"code\": \"%s\", \"draft\": %s}".formatted(code, draft);
    }

    public static String update(int version, String draft) {
        return "{\"version\": %d, \"draft\": %s}".formatted(version, draft);
    }
}
