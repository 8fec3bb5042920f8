package org.xiaoneng.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.Applicant;
import org.xiaoneng.casework.ApplicantKind;
import org.xiaoneng.catalog.Commitments;
import org.xiaoneng.catalog.DepartmentLabel;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.MaterialForm;
import org.xiaoneng.catalog.MaterialSource;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.platform.Actor;

/** A licensing item like SWJ-XK-001 (promised 20 working days) for plain unit tests, and instants in Shanghai. */
final class TestItems {

    static final String FORM = "申请书";
    static final String LICENCE = "营业执照副本";
    static final String APPOINTMENT = "董事会成员委派书";
    static final String CREDIT = "资信证明";
    static final Actor CLERK = new Actor("clerk1", "综合受理窗口岗", null, null);
    static final Actor APPROVER = new Actor("approver1", "审批岗", null, null);
    static final Actor HANDLER = new Actor("handler1", "承办岗", null, null);
    static final Actor REVIEWER = new Actor("reviewer1", "审核岗", null, null);
    /** The position of the item's 决定 stage. */
    static final Long DECISION_POSITION = 112L;
    static final Applicant APPLICANT = new Applicant(ApplicantKind.INDIVIDUAL, "张三", "110101199003077777",
            "13812345678");

    private TestItems() {
    }

    static ItemVersion item(boolean joint) {
        return item(joint, TimeLimit.workingDays(20));
    }

    static ItemVersion item(boolean joint, TimeLimit promised) {
        DepartmentLabel swj = new DepartmentLabel(11, "SWJ", "市商务局");
        List<Material> materials = List.of(
                material(FORM, true, false), material(LICENCE, true, false), material(APPOINTMENT, true, true),
                material(CREDIT, false, false));
        List<ProcessStage> stages = List.of(
                new ProcessStage("受理", List.of(new ProcessTask(20, "市行政服务中心", 200, "综合受理窗口岗", 1))),
                new ProcessStage("审查", joint
                        ? List.of(new ProcessTask(11, "市商务局", 110, "承办岗", 10),
                                new ProcessTask(12, "市工商局", 120, "承办岗", 8))
                        : List.of(new ProcessTask(11, "市商务局", 110, "承办岗", 10))),
                new ProcessStage("审核", List.of(new ProcessTask(11, "市商务局", 111, "审核岗", 1))),
                new ProcessStage("决定", List.of(new ProcessTask(11, "市商务局", 112, "审批岗", 1))));
        ItemDetails details = new ItemDetails("外商投资企业设立审批", ItemKind.LICENSING, swj, List.of(), null,
                List.of(), List.of(), materials, TimeLimit.workingDays(20), promised, 2, List.of(),
                true, null, true, Commitments.none(), List.of(), stages);
        return new ItemVersion(joint ? 8 : 7, 3, "SWJ-XK-001", 1, Instant.parse("2025-01-01T00:00:00Z"), "admin",
                details);
    }

    static Material material(String name, boolean required, boolean mayBeMissing) {
        return new Material(name, MaterialSource.APPLICANT, MaterialForm.ORIGINAL, 1, required, mayBeMissing, null,
                null, "");
    }

    /** 10:00 in Shanghai on the day. */
    static Instant at(String day) {
        return LocalDate.parse(day).atTime(LocalTime.of(10, 0)).atZone(StatutoryCalendar.ZONE).toInstant();
    }

    static LocalDate date(String day) {
        return LocalDate.parse(day);
    }
}
