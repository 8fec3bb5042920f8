package org.xiaoneng.catalog.internal;

import java.util.Arrays;
import java.util.List;

import org.xiaoneng.catalog.Commitments;
import org.xiaoneng.catalog.DepartmentLabel;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.MaterialForm;
import org.xiaoneng.catalog.MaterialSource;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;
import org.xiaoneng.catalog.TimeLimit;

/** Item content for unit tests. */
final class Items {

    static final DepartmentLabel SWJ = new DepartmentLabel(11, "SWJ", "市商务局");

    private Items() {
    }

    static ItemDetails details(TimeLimit statutory, TimeLimit promised, ProcessStage... stages) {
        return new ItemDetails("外商投资企业设立审批", ItemKind.LICENSING, SWJ, List.of(), null,
                List.of(new LegalBasis("《中华人民共和国外商投资法》", "第四条")), List.of("投资者依法设立"),
                List.of(new Material("申请书", MaterialSource.APPLICANT, MaterialForm.ORIGINAL, 1, true, false, null,
                        null, "")),
                statutory, promised, ItemRules.defaultYellowThreshold(promised), List.of(), true, "2号窗口", true,
                Commitments.none(), List.of("企业开办"), Arrays.asList(stages));
    }

    /** A stage whose parallel tasks take these working days each. */
    static ProcessStage stage(String name, int... days) {
        return new ProcessStage(name, Arrays.stream(days)
                .mapToObj(d -> new ProcessTask(11, "市商务局", 100 + d, "承办岗", d)).toList());
    }

    static ItemDetails renamed(ItemDetails d, String name) {
        return new ItemDetails(name, d.kind(), d.leadDepartment(), d.coDepartments(), d.function(), d.legalBases(),
                d.conditions(), d.materials(), d.statutoryLimit(), d.promisedLimit(), d.yellowThresholdDays(),
                d.fees(), d.inServiceCenter(), d.window(), d.onlineApplication(), d.commitments(), d.themes(),
                d.process());
    }

    static ItemDetails withThreshold(ItemDetails d, int threshold) {
        return new ItemDetails(d.name(), d.kind(), d.leadDepartment(), d.coDepartments(), d.function(),
                d.legalBases(), d.conditions(), d.materials(), d.statutoryLimit(), d.promisedLimit(), threshold,
                d.fees(), d.inServiceCenter(), d.window(), d.onlineApplication(), d.commitments(), d.themes(),
                d.process());
    }

    static ItemDetails withMaterials(ItemDetails d, List<Material> materials) {
        return new ItemDetails(d.name(), d.kind(), d.leadDepartment(), d.coDepartments(), d.function(),
                d.legalBases(), d.conditions(), materials, d.statutoryLimit(), d.promisedLimit(),
                d.yellowThresholdDays(), d.fees(), d.inServiceCenter(), d.window(), d.onlineApplication(),
                d.commitments(), d.themes(), d.process());
    }

    /** Publishable: 受理 1 + 审查 2 + 决定 1 + 送达 1 = 5 working days, the promise. */
    static ItemDetails publishable() {
        return details(TimeLimit.workingDays(20), TimeLimit.workingDays(5), stage("受理", 1), stage("审查", 2),
                stage("决定", 1), stage("送达", 1));
    }
}
