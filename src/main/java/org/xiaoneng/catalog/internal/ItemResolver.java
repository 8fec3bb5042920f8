package org.xiaoneng.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.Commitments;
import org.xiaoneng.catalog.DepartmentLabel;
import org.xiaoneng.catalog.Fee;
import org.xiaoneng.catalog.FunctionLabel;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;
import org.xiaoneng.catalog.TimeLimit;
import org.xiaoneng.catalog.internal.ItemDraftCommand.LimitCommand;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.FunctionRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;

/**
 * Turns what a person wrote ({@link ItemDraftCommand}, references by id) into item content: every department,
 * position and function is checked through the {@link OrganizationDirectory} (it must exist and be active, and a
 * task's position must sit in the task's department), every fee standard and file must exist (files: uploaded for this
 * very item), and the names are copied in, so that a frozen version keeps saying what was published. Then
 * {@link ItemRules} apply.
 */
@Component
class ItemResolver {

    private final OrganizationDirectory directory;
    private final FeeStandardRepository fees;
    private final FileRepository files;

    ItemResolver(OrganizationDirectory directory, FeeStandardRepository fees, FileRepository files) {
        this.directory = directory;
        this.fees = fees;
        this.files = files;
    }

    /** The content of the command, for the item with this id (0 for a new item, which has no files yet). */
    ItemDetails resolve(ItemDraftCommand command, long itemId) {
        Map<Long, DepartmentRef> departments = directory.departments().stream()
                .collect(Collectors.toMap(DepartmentRef::id, Function.identity()));
        DepartmentLabel lead = department(departments, command.leadDepartmentId(), "leadDepartmentId");
        List<DepartmentLabel> co = new ArrayList<>();
        for (Long id : list(command.coDepartmentIds())) {
            co.add(department(departments, id, "coDepartmentIds"));
        }
        FunctionLabel function = null;
        if (command.functionId() != null) {
            FunctionRef ref = directory.function(command.functionId()).filter(FunctionRef::active)
                    .orElseThrow(() -> new InvalidItem("functionId", "catalog.rule.unknownFunction",
                            command.functionId()));
            function = new FunctionLabel(ref.id(), ref.code(), ref.name());
        }
        TimeLimit promised = limit(command.promisedLimit());
        ItemDetails details = new ItemDetails(command.name().strip(), command.kind(), lead, co, function,
                list(command.legalBases()).stream()
                        .map(b -> new LegalBasis(b.document().strip(), text(b.articles()))).toList(),
                list(command.conditions()).stream().map(String::strip).toList(),
                materials(command, itemId),
                limit(command.statutoryLimit()), promised,
                command.yellowThresholdDays() != null ? command.yellowThresholdDays()
                        : ItemRules.defaultYellowThreshold(promised),
                fees(command), Boolean.TRUE.equals(command.inServiceCenter()),
                command.window() == null || command.window().isBlank() ? null : command.window().strip(),
                Boolean.TRUE.equals(command.onlineApplication()),
                command.commitments() == null ? Commitments.none()
                        : new Commitments(text(command.commitments().quality()),
                                text(command.commitments().attitude()), text(command.commitments().time())),
                list(command.themes()).stream().map(String::strip).distinct().toList(),
                stages(command, departments));
        ItemRules.check(details);
        return details;
    }

    private List<Material> materials(ItemDraftCommand command, long itemId) {
        List<Material> materials = new ArrayList<>();
        List<ItemDraftCommand.MaterialCommand> given = list(command.materials());
        for (int i = 0; i < given.size(); i++) {
            ItemDraftCommand.MaterialCommand m = given.get(i);
            checkFile(m.blankFormFileId(), itemId, "materials[" + i + "].blankFormFileId");
            checkFile(m.sampleFileId(), itemId, "materials[" + i + "].sampleFileId");
            materials.add(new Material(m.name().strip(), m.source(), m.form(), m.copies(), m.required(),
                    Boolean.TRUE.equals(m.mayBeMissingWithCommitment()), m.blankFormFileId(), m.sampleFileId(),
                    text(m.note())));
        }
        return materials;
    }

    private void checkFile(@Nullable Long fileId, long itemId, String field) {
        if (fileId != null && !files.itemOf(fileId).map(item -> item == itemId).orElse(false)) {
            throw new InvalidItem(field, "catalog.rule.unknownFile", fileId);
        }
    }

    private List<Fee> fees(ItemDraftCommand command) {
        List<Fee> resolved = new ArrayList<>();
        List<ItemDraftCommand.FeeCommand> given = list(command.fees());
        for (int i = 0; i < given.size(); i++) {
            ItemDraftCommand.FeeCommand fee = given.get(i);
            int index = i;
            FeeStandardView standard = fees.find(fee.standardId()).filter(FeeStandardView::active)
                    .orElseThrow(() -> new InvalidItem("fees[" + index + "].standardId",
                            "catalog.rule.unknownFeeStandard", fee.standardId()));
            resolved.add(new Fee(standard.id(), standard.name(), standard.legalBasis(), standard.lowerBound(),
                    standard.upperBound(), standard.unit(), text(fee.note())));
        }
        return resolved;
    }

    private List<ProcessStage> stages(ItemDraftCommand command, Map<Long, DepartmentRef> departments) {
        List<ProcessStage> stages = new ArrayList<>();
        List<ItemDraftCommand.StageCommand> given = list(command.stages());
        for (int s = 0; s < given.size(); s++) {
            List<ProcessTask> tasks = new ArrayList<>();
            List<ItemDraftCommand.TaskCommand> stageTasks = list(given.get(s).tasks());
            for (int t = 0; t < stageTasks.size(); t++) {
                ItemDraftCommand.TaskCommand task = stageTasks.get(t);
                String field = "stages[" + s + "].tasks[" + t + "]";
                DepartmentLabel department = department(departments, task.departmentId(), field + ".departmentId");
                PositionRef position = directory.position(task.positionId()).filter(PositionRef::active)
                        .orElseThrow(() -> new InvalidItem(field + ".positionId", "catalog.rule.unknownPosition",
                                task.positionId()));
                if (position.departmentId() != department.id()) {
                    throw new InvalidItem(field + ".positionId", "catalog.rule.positionElsewhere", position.name(),
                            department.name());
                }
                tasks.add(new ProcessTask(department.id(), department.name(), position.id(), position.name(),
                        task.workingDays()));
            }
            stages.add(new ProcessStage(given.get(s).name().strip(), tasks));
        }
        return stages;
    }

    private static DepartmentLabel department(Map<Long, DepartmentRef> departments, @Nullable Long id,
            String field) {
        DepartmentRef ref = id == null ? null : departments.get(id);
        if (ref == null || !ref.active()) {
            throw new InvalidItem(field, "catalog.rule.unknownDepartment", Objects.toString(id));
        }
        return new DepartmentLabel(ref.id(), ref.code(), ref.name());
    }

    private static TimeLimit limit(LimitCommand limit) {
        return new TimeLimit(limit.unit(), limit.amount());
    }

    private static String text(@Nullable String text) {
        return text == null ? "" : text.strip();
    }

    private static <T> List<T> list(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
