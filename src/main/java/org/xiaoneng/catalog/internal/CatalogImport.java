package org.xiaoneng.catalog.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.MaterialForm;
import org.xiaoneng.catalog.MaterialSource;
import org.xiaoneng.catalog.internal.CatalogWorkbook.Column;
import org.xiaoneng.catalog.internal.CatalogWorkbook.Sheet;
import org.xiaoneng.catalog.internal.CatalogWorkbookQueries.Existing;
import org.xiaoneng.catalog.internal.CatalogWorkbookQueries.ItemFile;
import org.xiaoneng.catalog.internal.CatalogWorkbookReader.CellRow;
import org.xiaoneng.catalog.internal.ImportedItem.FeeRow;
import org.xiaoneng.catalog.internal.ImportedItem.FileReference;
import org.xiaoneng.catalog.internal.ImportedItem.MaterialRow;
import org.xiaoneng.catalog.internal.ImportedItem.StageRows;
import org.xiaoneng.catalog.internal.ImportedItem.TaskRow;
import org.xiaoneng.catalog.internal.ItemDraftCommand.CommitmentsCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.FeeCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.LegalBasisCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.LimitCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.MaterialCommand;
import org.xiaoneng.catalog.internal.ItemDraftCommand.TaskCommand;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.FunctionRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.RecordChanged;

/**
 * Imports a catalog workbook, all or nothing. First every row of every sheet is checked — cell by cell (required
 * values, allowed words, numbers, known codes of departments, positions, functions and fee standards, duplicate codes
 * and numbers in the file, the person's edit scope), then each assembled item against the catalog's own rules (the
 * same {@link ItemResolver} and {@link ItemRules} as the console and the API) — and every error is collected with its
 * sheet, row and column. Only a file without any error is imported, in one transaction, through {@link ItemService}
 * (so every change is audited as any other): an existing code gets a new draft, a new code a new item, and on request
 * every imported draft is published. A failure midway rolls back everything.
 */
@Component
class CatalogImport {

    static final int MAX_ROWS = 20_000;
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String EDIT = "catalog:item:edit";
    static final String PUBLISH = "catalog:item:publish";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{1,31}");
    private static final Pattern FILE_REFERENCE = Pattern.compile("#(\\d+)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern CODE_SEPARATORS = Pattern.compile(CatalogWorkbook.LIST_SEPARATORS);
    private static final Pattern THEME_SEPARATORS = Pattern.compile("[、，,；;\\r\\n]+");
    private static final Pattern LINES = Pattern.compile("\\r?\\n");

    /** How far an import has got; called from the importing thread. */
    interface Progress {

        void validating(int processed, int total);

        void importing(int processed, int total);
    }

    /** What an import did, or — when {@code errors} is not empty — why it imported nothing. */
    record Outcome(List<ImportError> errors, int created, int updated, int published) {

        static Outcome refused(List<ImportError> errors) {
            return new Outcome(errors, 0, 0, 0);
        }
    }

    /** An import that failed while writing: everything written so far is rolled back. */
    static final class Aborted extends RuntimeException {

        final ImportError error;

        Aborted(ImportError error) {
            super(error.messageKey(), null, false, false);
            this.error = error;
        }
    }

    private final CatalogWorkbook layout;
    private final CatalogWorkbookReader reader;
    private final CatalogWorkbookQueries queries;
    private final OrganizationDirectory directory;
    private final FeeStandardRepository feeStandards;
    private final ItemResolver resolver;
    private final ItemService items;
    private final Validator validator;
    private final CurrentActor currentActor;
    private final CatalogAudit audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CatalogImport(CatalogWorkbook layout, CatalogWorkbookReader reader, CatalogWorkbookQueries queries,
            OrganizationDirectory directory, FeeStandardRepository feeStandards, ItemResolver resolver,
            ItemService items, Validator validator, CurrentActor currentActor, CatalogAudit audit,
            Clock clock, PlatformTransactionManager transactions) {
        this.layout = layout;
        this.reader = reader;
        this.queries = queries;
        this.directory = directory;
        this.feeStandards = feeStandards;
        this.resolver = resolver;
        this.items = items;
        this.validator = validator;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The cell text that names an uploaded file: "#id name". */
    static String fileReference(long fileId, String name) {
        return "#" + fileId + (name.isEmpty() ? "" : " " + name);
    }

    /**
     * Checks the workbook and, when it holds no error, imports it in one transaction, as the signed-in person.
     *
     * @param reference   the import's id, as the audit trail records it
     * @param description what the audit trail says was imported (file name and SHA-256)
     */
    Outcome run(byte[] content, String reference, String description, boolean publish, Progress progress) {
        if (publish && !currentActor.holds(PUBLISH)) {
            return Outcome.refused(List.of(ImportError.ofFile("catalog.excel.error.publishNotAllowed")));
        }
        CatalogWorkbookReader.Rows rows = reader.read(content);
        if (!rows.errors().isEmpty()) {
            return Outcome.refused(rows.errors());
        }
        Check check = new Check(rows, publish);
        List<Planned> plan = check.run(progress);
        if (!check.errors.isEmpty()) {
            return Outcome.refused(check.errors);
        }
        try {
            return transaction.execute(status -> apply(plan, publish, rows.total(), reference, description, progress));
        } catch (Aborted e) {
            return Outcome.refused(List.of(e.error));
        }
    }

    private Outcome apply(List<Planned> plan, boolean publish, int total, String reference, String description,
            Progress progress) {
        int created = 0;
        int updated = 0;
        int published = 0;
        int processed = 0;
        progress.importing(0, total);
        for (Planned item : plan) {
            try {
                long id;
                if (item.existingId != null) {
                    id = item.existingId;
                    items.saveDraft(id, null, item.command);
                    updated++;
                } else {
                    id = items.create(item.code, item.command);
                    created++;
                }
                if (publish) {
                    items.publish(id, null);
                    published++;
                }
            } catch (InvalidItem e) {
                throw new Aborted(item.source.locate(e.field(), e.messageKey(), e.arguments()));
            } catch (DomainException e) {
                throw new Aborted(ImportError.at(Sheet.ITEMS, item.source.row.number(), Column.CODE,
                        e.messageKey(), e.arguments()));
            }
            processed += item.source.rowCount();
            progress.importing(processed, total);
        }
        audit.publish(new RecordChanged(audit.actor(), "catalog.excel.imported", "excel", reference, null,
                description + ": " + created + " created, " + updated + " updated, " + published + " published",
                clock.instant(), null));
        return new Outcome(List.of(), created, updated, published);
    }

    /** An item ready to be written. */
    private record Planned(String code, @Nullable Long existingId, ItemDraftCommand command, ImportedItem source) {
    }

    /** The check of one workbook: the reference data looked up once, the errors collected. */
    private final class Check {

        final List<ImportError> errors = new ArrayList<>();
        private final CatalogWorkbookReader.Rows rows;
        private final boolean publish;
        private final DataScope editScope = currentActor.dataScopeFor(EDIT);
        private final DataScope publishScope = currentActor.dataScopeFor(PUBLISH);
        private final Map<String, DepartmentRef> departments;
        private final Map<String, PositionRef> positions;
        private final Map<String, FunctionRef> functions;
        private final Map<String, FeeStandardView> standardsByCode;
        private final Map<String, FeeStandardView> standardsByName;
        private final Map<String, ImportedItem> byCode = new LinkedHashMap<>();

        Check(CatalogWorkbookReader.Rows rows, boolean publish) {
            this.rows = rows;
            this.publish = publish;
            departments = directory.departments().stream()
                    .collect(Collectors.toMap(d -> key(d.code()), Function.identity(), (a, b) -> a));
            positions = directory.activePositions().stream()
                    .collect(Collectors.toMap(p -> key(p.code()), Function.identity(), (a, b) -> a));
            functions = directory.functions().stream().filter(FunctionRef::active)
                    .collect(Collectors.toMap(f -> key(f.code()), Function.identity(), (a, b) -> a));
            List<FeeStandardView> standards = feeStandards.active();
            standardsByCode = standards.stream()
                    .collect(Collectors.toMap(s -> key(s.code()), Function.identity(), (a, b) -> a));
            standardsByName = standards.stream()
                    .collect(Collectors.toMap(s -> s.name().strip(), Function.identity(), (a, b) -> a));
        }

        List<Planned> run(Progress progress) {
            int total = rows.total();
            progress.validating(0, total);
            for (CellRow row : rows.sheets().get(Sheet.ITEMS)) {
                itemRow(row);
            }
            rows.sheets().get(Sheet.MATERIALS).forEach(this::materialRow);
            rows.sheets().get(Sheet.FEES).forEach(this::feeRow);
            rows.sheets().get(Sheet.PROCESS).forEach(this::taskRow);
            Map<String, Existing> existing = queries.existing(byCode.keySet());
            Map<Long, List<ItemFile>> files = queries.filesOf(existing.values().stream().map(Existing::id).toList());
            List<Planned> plan = new ArrayList<>();
            int processed = rows.total() - byCode.values().stream().mapToInt(ImportedItem::rowCount).sum();
            for (ImportedItem item : byCode.values()) {
                Existing current = existing.get(item.code);
                if (current != null && !editScope.allows(current.leadDepartmentId())) {
                    error(item, Sheet.ITEMS, item.row.number(), Column.CODE, "catalog.excel.error.itemOutOfScope",
                            item.code);
                }
                if (item.failed) {
                    processed += item.rowCount();
                    continue;
                }
                Long existingId = current == null ? null : current.id();
                ItemDraftCommand command = item.command(existingId,
                        existingId == null ? List.of() : files.getOrDefault(existingId, List.of()), this::error);
                if (command != null && valid(item, command)) {
                    try {
                        ItemDetails details = resolver.resolve(command, existingId == null ? 0 : existingId);
                        if (publish) {
                            ItemRules.checkPublishable(details);
                        }
                        plan.add(new Planned(item.code, existingId, command, item));
                    } catch (InvalidItem e) {
                        errors.add(item.locate(e.field(), e.messageKey(), e.arguments()));
                    }
                }
                processed += item.rowCount();
                progress.validating(processed, total);
            }
            progress.validating(total, total);
            errors.sort(Comparator.comparing((ImportError e) -> order(e.sheetKey())).thenComparingInt(ImportError::row));
            return plan;
        }

        private int order(@Nullable String sheetKey) {
            for (Sheet sheet : Sheet.values()) {
                if (("catalog.excel.sheet." + sheet.key).equals(sheetKey)) {
                    return sheet.ordinal();
                }
            }
            return -1;
        }

        private boolean valid(ImportedItem item, ItemDraftCommand command) {
            boolean valid = true;
            for (ConstraintViolation<ItemDraftCommand> violation : validator.validate(command)) {
                String annotation = violation.getConstraintDescriptor().getAnnotation().annotationType()
                        .getSimpleName();
                Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
                String key;
                Object argument = null;
                switch (annotation) {
                    case "NotNull", "NotBlank", "NotEmpty" -> key = "catalog.excel.error.required";
                    case "Size" -> {
                        key = violation.getInvalidValue() instanceof Collection<?>
                                ? "catalog.excel.error.tooMany" : "catalog.excel.error.tooLong";
                        argument = attributes.get("max");
                    }
                    case "Min" -> {
                        key = "catalog.excel.error.tooSmall";
                        argument = attributes.get("value");
                    }
                    case "Max" -> {
                        key = "catalog.excel.error.tooLarge";
                        argument = attributes.get("value");
                    }
                    default -> key = "catalog.excel.error.invalid";
                }
                errors.add(argument == null ? item.locate(violation.getPropertyPath().toString(), key)
                        : item.locate(violation.getPropertyPath().toString(), key, argument));
                valid = false;
            }
            return valid;
        }

        // --- the items sheet ---

        private void itemRow(CellRow row) {
            String code = key(row.get(Column.CODE));
            if (code.isEmpty()) {
                errors.add(ImportError.at(Sheet.ITEMS, row.number(), Column.CODE, "catalog.excel.error.required"));
                return;
            }
            if (!CODE.matcher(code).matches()) {
                errors.add(ImportError.at(Sheet.ITEMS, row.number(), Column.CODE, "catalog.validation.code"));
                return;
            }
            ImportedItem previous = byCode.get(code);
            if (previous != null) {
                errors.add(ImportError.at(Sheet.ITEMS, row.number(), Column.CODE, "catalog.excel.error.duplicateCode",
                        code, previous.row.number()));
                previous.failed = true;
                return;
            }
            ImportedItem item = new ImportedItem(code, row);
            byCode.put(code, item);
            item.name = required(item, row, Column.NAME);
            item.kind = choice(item, row, Column.KIND, ItemKind.class, true);
            item.lead = department(item, row, Column.LEAD, row.get(Column.LEAD), true);
            if (item.lead != null && !editScope.allows(item.lead.id())) {
                error(item, Sheet.ITEMS, row.number(), Column.LEAD, "catalog.excel.error.leadOutOfScope",
                        item.lead.code());
            } else if (item.lead != null && publish && !publishScope.allows(item.lead.id())) {
                error(item, Sheet.ITEMS, row.number(), Column.LEAD, "catalog.excel.error.publishOutOfScope",
                        item.lead.code());
            }
            for (String co : CODE_SEPARATORS.split(row.get(Column.CO_DEPARTMENTS))) {
                if (!co.isBlank()) {
                    DepartmentRef department = department(item, row, Column.CO_DEPARTMENTS, co, true);
                    if (department != null) {
                        item.coDepartments.add(department.id());
                    }
                }
            }
            String function = key(row.get(Column.FUNCTION));
            if (!function.isEmpty()) {
                FunctionRef ref = functions.get(function);
                if (ref == null) {
                    error(item, Sheet.ITEMS, row.number(), Column.FUNCTION, "catalog.excel.error.unknownFunction",
                            row.get(Column.FUNCTION));
                } else {
                    item.functionId = ref.id();
                }
            }
            item.statutory = limit(item, row, Column.STATUTORY_UNIT, Column.STATUTORY_AMOUNT);
            item.promised = limit(item, row, Column.PROMISED_UNIT, Column.PROMISED_AMOUNT);
            item.yellow = number(item, row, Column.YELLOW, 0, 365, false);
            item.inServiceCenter = yesNo(item, row, Column.IN_CENTER, false);
            item.window = row.get(Column.WINDOW);
            item.online = yesNo(item, row, Column.ONLINE, false);
            item.commitments = new CommitmentsCommand(row.get(Column.QUALITY), row.get(Column.ATTITUDE),
                    row.get(Column.TIME));
            for (String theme : THEME_SEPARATORS.split(row.get(Column.THEMES))) {
                if (!theme.isBlank()) {
                    item.themes.add(theme.strip());
                }
            }
            for (String condition : LINES.split(row.raw(Column.CONDITIONS))) {
                if (!condition.isBlank()) {
                    item.conditions.add(condition.strip());
                }
            }
            for (String line : LINES.split(row.raw(Column.LEGAL_BASES))) {
                if (line.isBlank()) {
                    continue;
                }
                int at = line.indexOf(CatalogWorkbook.BASIS_SEPARATOR);
                if (at < 0) {
                    at = line.indexOf('|');
                }
                item.legalBases.add(at < 0 ? new LegalBasisCommand(line.strip(), "")
                        : new LegalBasisCommand(line.substring(0, at).strip(), line.substring(at + 1).strip()));
            }
        }

        private @Nullable LimitCommand limit(ImportedItem item, CellRow row, Column unitColumn, Column amountColumn) {
            LimitUnit unit = choice(item, row, unitColumn, LimitUnit.class, true);
            Integer amount = number(item, row, amountColumn, 0, 3650, unit != LimitUnit.SAME_DAY && unit != null);
            if (unit == null || (amount == null && unit != LimitUnit.SAME_DAY)) {
                return null;
            }
            return new LimitCommand(unit, amount == null ? 0 : amount);
        }

        // --- the materials, fees and process sheets ---

        private void materialRow(CellRow row) {
            ImportedItem item = owner(row, Column.M_CODE);
            if (item == null) {
                return;
            }
            Integer order = order(item, row, Column.M_ORDER, item.materials);
            String name = required(item, row, Column.M_NAME);
            MaterialSource source = choice(item, row, Column.M_SOURCE, MaterialSource.class, true);
            MaterialForm form = choice(item, row, Column.M_FORM, MaterialForm.class, true);
            Integer copies = row.get(Column.M_COPIES).isEmpty() ? Integer.valueOf(1)
                    : number(item, row, Column.M_COPIES, 1, 99, true);
            Boolean required = yesNo(item, row, Column.M_REQUIRED, null);
            Boolean commitment = yesNo(item, row, Column.M_COMMITMENT, false);
            if (order != null && name != null && source != null && form != null && copies != null
                    && required != null) {
                item.materials.put(order, new MaterialRow(row, new MaterialCommand(name, source, form, copies,
                        required, commitment, null, null, row.get(Column.M_NOTE)),
                        fileReference(item, row, Column.M_BLANK_FORM), fileReference(item, row, Column.M_SAMPLE)));
            }
        }

        private @Nullable FileReference fileReference(ImportedItem item, CellRow row, Column column) {
            String cell = row.get(column);
            if (cell.isEmpty()) {
                return null;
            }
            Matcher matcher = FILE_REFERENCE.matcher(cell);
            if (matcher.matches()) {
                return new FileReference(Long.parseLong(matcher.group(1)), matcher.group(2).strip(), column);
            }
            return new FileReference(null, cell, column);
        }

        private void feeRow(CellRow row) {
            ImportedItem item = owner(row, Column.F_CODE);
            if (item == null) {
                return;
            }
            Integer order = order(item, row, Column.F_ORDER, item.fees);
            String given = row.get(Column.F_STANDARD);
            FeeStandardView standard = null;
            if (given.isEmpty()) {
                error(item, Sheet.FEES, row.number(), Column.F_STANDARD, "catalog.excel.error.required");
            } else {
                standard = standardsByCode.get(key(given));
                if (standard == null) {
                    standard = standardsByName.get(given);
                }
                if (standard == null) {
                    error(item, Sheet.FEES, row.number(), Column.F_STANDARD,
                            "catalog.excel.error.unknownFeeStandard", given);
                }
            }
            if (order != null && standard != null) {
                item.fees.put(order, new FeeRow(row, new FeeCommand(standard.id(), row.get(Column.F_NOTE))));
            }
        }

        private void taskRow(CellRow row) {
            ImportedItem item = owner(row, Column.P_CODE);
            if (item == null) {
                return;
            }
            Integer stage = number(item, row, Column.P_STAGE, 1, 99, true);
            String stageName = required(item, row, Column.P_STAGE_NAME);
            DepartmentRef department = department(item, row, Column.P_DEPARTMENT, row.get(Column.P_DEPARTMENT),
                    true);
            PositionRef position = null;
            String positionCode = row.get(Column.P_POSITION);
            if (positionCode.isEmpty()) {
                error(item, Sheet.PROCESS, row.number(), Column.P_POSITION, "catalog.excel.error.required");
            } else {
                position = positions.get(key(positionCode));
                if (position == null) {
                    error(item, Sheet.PROCESS, row.number(), Column.P_POSITION,
                            "catalog.excel.error.unknownPosition", positionCode);
                } else if (department != null && position.departmentId() != department.id()) {
                    error(item, Sheet.PROCESS, row.number(), Column.P_POSITION,
                            "catalog.excel.error.positionElsewhere", positionCode, department.code());
                    position = null;
                }
            }
            Integer days = number(item, row, Column.P_DAYS, 0, 365, true);
            if (stage == null || stageName == null) {
                return;
            }
            StageRows stageRows = item.stages.computeIfAbsent(stage, s -> new StageRows(stageName, row));
            if (!stageRows.name.equals(stageName)) {
                error(item, Sheet.PROCESS, row.number(), Column.P_STAGE_NAME, "catalog.excel.error.stageNameDiffers",
                        stage, stageRows.name, stageRows.first.number());
            }
            if (department != null && position != null && days != null) {
                stageRows.tasks.add(new TaskRow(row, new TaskCommand(department.id(), position.id(), days)));
            }
        }

        // --- cells ---

        private @Nullable ImportedItem owner(CellRow row, Column column) {
            String code = key(row.get(column));
            if (code.isEmpty()) {
                errors.add(ImportError.at(row.sheet(), row.number(), column, "catalog.excel.error.required"));
                return null;
            }
            ImportedItem item = byCode.get(code);
            if (item == null) {
                errors.add(ImportError.at(row.sheet(), row.number(), column, "catalog.excel.error.unknownItem",
                        code));
                return null;
            }
            item.rows++;
            return item;
        }

        private <T> @Nullable Integer order(ImportedItem item, CellRow row, Column column, Map<Integer, T> taken) {
            Integer order = number(item, row, column, 1, 9999, true);
            if (order != null && taken.containsKey(order)) {
                error(item, row.sheet(), row.number(), column, "catalog.excel.error.duplicateOrder", order,
                        item.code);
                return null;
            }
            return order;
        }

        private @Nullable String required(ImportedItem item, CellRow row, Column column) {
            String value = row.get(column);
            if (value.isEmpty()) {
                error(item, row.sheet(), row.number(), column, "catalog.excel.error.required");
                return null;
            }
            return value;
        }

        private <E extends Enum<E>> @Nullable E choice(ImportedItem item, CellRow row, Column column, Class<E> type,
                boolean required) {
            String value = row.get(column);
            if (value.isEmpty()) {
                if (required) {
                    error(item, row.sheet(), row.number(), column, "catalog.excel.error.required");
                }
                return null;
            }
            E parsed = layout.parse(type, value).orElse(null);
            if (parsed == null) {
                error(item, row.sheet(), row.number(), column, "catalog.excel.error.notAllowed", value,
                        layout.allowed(type));
            }
            return parsed;
        }

        private @Nullable Boolean yesNo(ImportedItem item, CellRow row, Column column, @Nullable Boolean blank) {
            String value = row.get(column);
            if (value.isEmpty()) {
                if (blank == null) {
                    error(item, row.sheet(), row.number(), column, "catalog.excel.error.required");
                }
                return blank;
            }
            Boolean parsed = layout.parseYesNo(value).orElse(null);
            if (parsed == null) {
                error(item, row.sheet(), row.number(), column, "catalog.excel.error.notAllowed", value,
                        layout.yesNo(true) + "、" + layout.yesNo(false));
            }
            return parsed;
        }

        private @Nullable Integer number(ImportedItem item, CellRow row, Column column, int min, int max,
                boolean required) {
            String value = row.get(column);
            if (value.isEmpty()) {
                if (required) {
                    error(item, row.sheet(), row.number(), column, "catalog.excel.error.required");
                }
                return null;
            }
            try {
                BigDecimal number = new BigDecimal(value.replace(",", ""));
                int whole = number.intValueExact();
                if (whole < min || whole > max) {
                    error(item, row.sheet(), row.number(), column, "catalog.excel.error.outOfRange", value, min, max);
                    return null;
                }
                return whole;
            } catch (NumberFormatException | ArithmeticException e) {
                error(item, row.sheet(), row.number(), column, "catalog.excel.error.notANumber", value);
                return null;
            }
        }

        private @Nullable DepartmentRef department(ImportedItem item, CellRow row, Column column, String code,
                boolean required) {
            if (code.isBlank()) {
                if (required) {
                    error(item, row.sheet(), row.number(), column, "catalog.excel.error.required");
                }
                return null;
            }
            DepartmentRef department = departments.get(key(code));
            if (department == null || !department.active()) {
                error(item, row.sheet(), row.number(), column, "catalog.excel.error.unknownDepartment", code.strip());
                return null;
            }
            return department;
        }

        void error(ImportedItem item, Sheet sheet, int row, @Nullable Column column, String messageKey,
                Object... arguments) {
            item.failed = true;
            errors.add(ImportError.at(sheet, row, column, messageKey, arguments));
        }
    }
    static String key(@Nullable String code) {
        return CatalogWorkbook.normalize(code);
    }
}
