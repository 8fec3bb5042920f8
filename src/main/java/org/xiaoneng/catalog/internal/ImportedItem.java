package org.xiaoneng.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.internal.CatalogWorkbook.Column;
import org.xiaoneng.catalog.internal.CatalogWorkbook.Sheet;
import org.xiaoneng.catalog.internal.CatalogWorkbookQueries.ItemFile;
import org.xiaoneng.catalog.internal.CatalogWorkbookReader.CellRow;
import org.xiaoneng.catalog.internal.ItemDraftCommand.CommitmentsCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.FeeCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.LegalBasisCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.LimitCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.MaterialCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.StageCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.TaskCommand;
import org.xiaoneng.organization.DepartmentRef;

/**
 * One item as the workbook describes it, gathered from its row in the items sheet and its rows in the others —
 * materials and fees by their order number, process tasks by stage number and then in file order — with the row
 * of every part kept, so that a rule broken by the assembled item is reported where it can be fixed.
 */
final class ImportedItem {

    /** A field path of {@link ItemDraftCommand} with an index, e.g. {@code materials[2].name}. */
    private static final Pattern INDEX = Pattern.compile("^(\\w+)\\[(\\d+)]\\.?(.*)$");

    /** Where an import records an error it finds while assembling an item. */
    interface Errors {

        void add(ImportedItem item, Sheet sheet, int row, @Nullable Column column, String messageKey,
                Object... arguments);
    }

    record MaterialRow(CellRow row, MaterialCommand command, @Nullable FileReference blankForm,
            @Nullable FileReference sample) {
    }

    /** A file named in a material's cell: by id ("#12 申请表.docx") or by name only. */
    record FileReference(@Nullable Long id, String name, Column column) {
    }

    record FeeRow(CellRow row, FeeCommand command) {
    }

    record TaskRow(CellRow row, TaskCommand command) {
    }

    static final class StageRows {

        final String name;
        final CellRow first;
        final List<TaskRow> tasks = new ArrayList<>();

        StageRows(String name, CellRow first) {
            this.name = name;
            this.first = first;
        }
    }

    final String code;
    final CellRow row;
    boolean failed;
    int rows = 1;
    @Nullable String name;
    @Nullable ItemKind kind;
    @Nullable DepartmentRef lead;
    final List<Long> coDepartments = new ArrayList<>();
    @Nullable Long functionId;
    @Nullable LimitCommand statutory;
    @Nullable LimitCommand promised;
    @Nullable Integer yellow;
    @Nullable Boolean inServiceCenter;
    String window = "";
    @Nullable Boolean online;
    @Nullable CommitmentsCommand commitments;
    final List<String> themes = new ArrayList<>();
    final List<String> conditions = new ArrayList<>();
    final List<LegalBasisCommand> legalBases = new ArrayList<>();
    final Map<Integer, MaterialRow> materials = new TreeMap<>();
    final Map<Integer, FeeRow> fees = new TreeMap<>();
    final Map<Integer, StageRows> stages = new TreeMap<>();
    private List<MaterialRow> materialRows = List.of();
    private List<FeeRow> feeRows = List.of();
    private List<StageRows> stageRows = List.of();

    ImportedItem(String code, CellRow row) {
        this.code = code;
        this.row = row;
    }

    int rowCount() {
        return rows;
    }

    /** The command the rows describe; null when a file it names is not one of the item's (errors recorded). */
    @Nullable ItemDraftCommand command(@Nullable Long existingId, List<ItemFile> files, Errors errors) {
        materialRows = List.copyOf(materials.values());
        feeRows = List.copyOf(fees.values());
        stageRows = List.copyOf(stages.values());
        List<MaterialCommand> materialCommands = new ArrayList<>();
        for (MaterialRow material : materialRows) {
            Long blankForm = file(material.blankForm, existingId, files, material.row, errors);
            Long sample = file(material.sample, existingId, files, material.row, errors);
            MaterialCommand m = material.command;
            materialCommands.add(new MaterialCommand(m.name(), m.source(), m.form(), m.copies(), m.required(),
                    m.mayBeMissingWithCommitment(), blankForm, sample, m.note()));
        }
        if (failed || lead == null) {
            return null;
        }
        return new ItemDraftCommand(name, kind, lead.id(), List.copyOf(coDepartments), functionId,
                List.copyOf(legalBases), List.copyOf(conditions), materialCommands, statutory, promised, yellow,
                feeRows.stream().map(FeeRow::command).toList(), inServiceCenter, window, online, commitments,
                List.copyOf(themes),
                stageRows.stream().map(s -> new StageCommand(s.name, s.tasks.stream().map(TaskRow::command)
                        .toList())).toList());
    }

    /**
     * The id of a file named by a material: a file uploaded for this very item, found by its id or — in a file
     * from another installation, where ids differ — by its name.
     */
    private @Nullable Long file(@Nullable FileReference reference, @Nullable Long existingId,
            List<ItemFile> files, CellRow materialRow, Errors errors) {
        if (reference == null) {
            return null;
        }
        if (reference.id() != null) {
            for (ItemFile file : files) {
                if (file.id() == reference.id()) {
                    return file.id();
                }
            }
        }
        List<ItemFile> named = files.stream().filter(f -> f.name().equals(reference.name())).toList();
        if (existingId != null && named.size() == 1) {
            return named.get(0).id();
        }
        errors.add(this, Sheet.MATERIALS, materialRow.number(), reference.column(),
                "catalog.excel.error.fileNotOfItem", reference.name().isEmpty() ? "#" + reference.id()
                        : reference.name(), code);
        return null;
    }

    /** Where a field of the command (as {@link InvalidItem} or Jakarta Validation names it) sits in the file. */
    ImportError locate(String field, String messageKey, Object... arguments) {
        Matcher indexed = INDEX.matcher(field);
        if (indexed.matches()) {
            int index = Integer.parseInt(indexed.group(2));
            String rest = indexed.group(3);
            switch (indexed.group(1)) {
                case "materials" -> {
                    if (index < materialRows.size()) {
                        return ImportError.at(Sheet.MATERIALS, materialRows.get(index).row.number(),
                                materialColumn(rest), messageKey, arguments);
                    }
                }
                case "fees" -> {
                    if (index < feeRows.size()) {
                        return ImportError.at(Sheet.FEES, feeRows.get(index).row.number(),
                                rest.startsWith("note") ? Column.F_NOTE : Column.F_STANDARD, messageKey,
                                arguments);
                    }
                }
                case "stages" -> {
                    if (index < stageRows.size()) {
                        return stageError(stageRows.get(index), rest, messageKey, arguments);
                    }
                }
                default -> {
                    return ImportError.at(Sheet.ITEMS, row.number(), itemColumn(indexed.group(1)), messageKey,
                            arguments);
                }
            }
        }
        if (field.equals("stages") && !stageRows.isEmpty()) {
            return ImportError.at(Sheet.PROCESS, stageRows.get(0).first.number(), Column.P_DAYS, messageKey,
                    arguments);
        }
        return ImportError.at(Sheet.ITEMS, row.number(), itemColumn(field), messageKey, arguments);
    }

    private ImportError stageError(StageRows stage, String rest, String messageKey, Object[] arguments) {
        Matcher task = INDEX.matcher(rest);
        if (task.matches() && task.group(1).equals("tasks")) {
            int index = Integer.parseInt(task.group(2));
            if (index < stage.tasks.size()) {
                Column column = switch (task.group(3)) {
                    case "departmentId" -> Column.P_DEPARTMENT;
                    case "workingDays" -> Column.P_DAYS;
                    default -> Column.P_POSITION;
                };
                return ImportError.at(Sheet.PROCESS, stage.tasks.get(index).row.number(), column, messageKey,
                        arguments);
            }
        }
        return ImportError.at(Sheet.PROCESS, stage.first.number(), Column.P_STAGE_NAME, messageKey, arguments);
    }

    private static Column materialColumn(String field) {
        return switch (field.replaceAll("[.<].*", "")) {
            case "source" -> Column.M_SOURCE;
            case "form" -> Column.M_FORM;
            case "copies" -> Column.M_COPIES;
            case "required" -> Column.M_REQUIRED;
            case "mayBeMissingWithCommitment" -> Column.M_COMMITMENT;
            case "blankFormFileId" -> Column.M_BLANK_FORM;
            case "sampleFileId" -> Column.M_SAMPLE;
            case "note" -> Column.M_NOTE;
            default -> Column.M_NAME;
        };
    }

    private static @Nullable Column itemColumn(String field) {
        return switch (field.replaceAll("[\\[.].*", "")) {
            case "name" -> Column.NAME;
            case "kind" -> Column.KIND;
            case "leadDepartmentId" -> Column.LEAD;
            case "coDepartmentIds" -> Column.CO_DEPARTMENTS;
            case "functionId" -> Column.FUNCTION;
            case "legalBases" -> Column.LEGAL_BASES;
            case "conditions" -> Column.CONDITIONS;
            case "statutoryLimit" -> field.endsWith("unit") ? Column.STATUTORY_UNIT : Column.STATUTORY_AMOUNT;
            case "promisedLimit" -> field.endsWith("unit") ? Column.PROMISED_UNIT : Column.PROMISED_AMOUNT;
            case "yellowThresholdDays" -> Column.YELLOW;
            case "inServiceCenter" -> Column.IN_CENTER;
            case "window" -> Column.WINDOW;
            case "onlineApplication" -> Column.ONLINE;
            case "commitments" -> field.endsWith("attitude") ? Column.ATTITUDE
                    : field.endsWith("time") ? Column.TIME : Column.QUALITY;
            case "themes" -> Column.THEMES;
            default -> null;
        };
    }
}
