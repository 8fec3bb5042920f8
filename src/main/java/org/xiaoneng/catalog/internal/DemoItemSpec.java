package org.xiaoneng.catalog.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.MaterialForm;
import org.xiaoneng.catalog.MaterialSource;
import org.xiaoneng.catalog.internal.ItemDraftCommand.LegalBasisCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.LimitCommand;

/**
 * One demo item, written with department, position, function and fee-standard codes; {@link DemoCatalog} turns the
 * codes into ids and the spec into an {@link ItemDraftCommand}, so demo items pass the same checks as any other.
 */
final class DemoItemSpec {

    record MaterialSpec(String name, MaterialSource source, MaterialForm form, int copies, boolean required,
            boolean commitment, @Nullable String blankForm) {
    }

    record TaskSpec(String positionCode, int workingDays) {
    }

    record StageSpec(String name, List<TaskSpec> tasks) {
    }

    record FeeSpec(String standardCode, String note) {
    }

    final String code;
    final String department;
    final String name;
    final ItemKind kind;
    final List<String> coDepartments = new ArrayList<>();
    @Nullable String function;
    final List<String> themes = new ArrayList<>();
    final List<LegalBasisCommand> legalBases = new ArrayList<>();
    final List<String> conditions = new ArrayList<>();
    final List<MaterialSpec> materials = new ArrayList<>();
    LimitCommand statutory = new LimitCommand(LimitUnit.WORKING_DAYS, 20);
    LimitCommand promised = new LimitCommand(LimitUnit.WORKING_DAYS, 5);
    final List<FeeSpec> fees = new ArrayList<>();
    boolean inServiceCenter = true;
    String window = "综合受理窗口";
    boolean online = true;
    final List<StageSpec> stages = new ArrayList<>();

    private DemoItemSpec(String code, String department, String name, ItemKind kind) {
        this.code = code;
        this.department = department;
        this.name = name;
        this.kind = kind;
    }

    static DemoItemSpec item(String code, String department, String name, ItemKind kind) {
        return new DemoItemSpec(code, department, name, kind);
    }

    DemoItemSpec themes(String... themes) {
        this.themes.addAll(List.of(themes));
        return this;
    }

    DemoItemSpec basis(String document, String articles) {
        legalBases.add(new LegalBasisCommand(document, articles));
        return this;
    }

    DemoItemSpec condition(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A required material the applicant brings, original and copy, one copy. */
    DemoItemSpec material(String name) {
        return material(name, MaterialSource.APPLICANT, MaterialForm.ORIGINAL_AND_COPY, 1, true, false);
    }

    DemoItemSpec material(String name, MaterialSource source, MaterialForm form, int copies, boolean required,
            boolean commitment) {
        materials.add(new MaterialSpec(name, source, form, copies, required, commitment, null));
        return this;
    }

    /** A required application form, with a blank form to download. */
    DemoItemSpec form(String name) {
        materials.add(new MaterialSpec(name, MaterialSource.APPLICANT, MaterialForm.ORIGINAL, 1, true, false, name));
        return this;
    }

    DemoItemSpec limits(LimitUnit unit, int statutoryAmount, LimitUnit promisedUnit, int promisedAmount) {
        statutory = new LimitCommand(unit, statutoryAmount);
        promised = new LimitCommand(promisedUnit, promisedAmount);
        return this;
    }

    DemoItemSpec workingDays(int statutoryAmount, int promisedAmount) {
        return limits(LimitUnit.WORKING_DAYS, statutoryAmount, LimitUnit.WORKING_DAYS, promisedAmount);
    }

    DemoItemSpec fee(String standardCode, String note) {
        fees.add(new FeeSpec(standardCode, note));
        return this;
    }

    DemoItemSpec function(String functionCode) {
        function = functionCode;
        return this;
    }

    DemoItemSpec jointWith(String... departments) {
        coDepartments.addAll(List.of(departments));
        return this;
    }

    DemoItemSpec window(String window) {
        this.window = window;
        return this;
    }

    DemoItemSpec outsideCenter(String window) {
        inServiceCenter = false;
        this.window = window;
        return this;
    }

    DemoItemSpec offline() {
        online = false;
        return this;
    }

    DemoItemSpec stage(String name, TaskSpec... tasks) {
        stages.add(new StageSpec(name, List.of(tasks)));
        return this;
    }

    /** 受理 at the center's window, 审查 by the department's 科员岗, 决定 by its head, 送达 at the window. */
    DemoItemSpec standardProcess(int reviewDays, int decideDays) {
        return stage("受理", task("XZFWZX-ZHSL", 1))
                .stage("审查", task(department + "-KY", reviewDays))
                .stage("决定", task(department + "-JZ", decideDays))
                .stage("送达", task("XZFWZX-ZHSL", 1));
    }

    static TaskSpec task(String positionCode, int workingDays) {
        return new TaskSpec(positionCode, workingDays);
    }
}
