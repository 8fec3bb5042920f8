package org.xiaoneng.catalog.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.catalog.DepartmentLabel;
import org.xiaoneng.catalog.Fee;
import org.xiaoneng.catalog.ItemDetails;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.LegalBasis;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.catalog.MaterialForm;
import org.xiaoneng.catalog.MaterialSource;
import org.xiaoneng.catalog.ProcessStage;
import org.xiaoneng.catalog.ProcessTask;
import org.xiaoneng.catalog.internal.CatalogWorkbook.Column;
import org.xiaoneng.catalog.internal.CatalogWorkbook.Sheet;
import org.xiaoneng.catalog.internal.CatalogWorkbookQueries.Exported;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;
import org.xiaoneng.platform.CurrentActor;

/**
 * Writes the catalog as a workbook (see {@link CatalogWorkbook}): the items the reader's data scope leads, with their
 * current published version (or, on request, their draft), one row per item, material, fee and process task, and a
 * guide sheet that explains every column. Streaming (SXSSF): only a window of rows per sheet is in memory, so a
 * catalog of any size exports in constant memory. Reading the catalog is public information, so the reading scope
 * ({@link CurrentActor#dataScope()}) applies, not an edit scope.
 */
@Service
public class CatalogWorkbookExport {

    /** How far down the drop-down lists of the enum columns reach. */
    static final int VALIDATED_ROWS = CatalogImport.MAX_ROWS + 1;

    private final CatalogWorkbookQueries queries;
    private final CatalogWorkbook layout;
    private final OrganizationDirectory directory;
    private final FeeStandardRepository feeStandards;
    private final CurrentActor currentActor;

    CatalogWorkbookExport(CatalogWorkbookQueries queries, CatalogWorkbook layout, OrganizationDirectory directory,
            FeeStandardRepository feeStandards, CurrentActor currentActor) {
        this.queries = queries;
        this.feeStandards = feeStandards;
        this.layout = layout;
        this.directory = directory;
        this.currentActor = currentActor;
    }

    /** Writes the workbook; {@code drafts}: items with a draft are written with their draft instead. */
    @Transactional(readOnly = true)
    public void write(boolean drafts, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            new Writer(workbook).write(drafts);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are gone already (dispose); nothing else to release
            }
        }
    }

    /** One export: its sheets, styles and the look-ups of codes by id. */
    private final class Writer {

        private final SXSSFWorkbook workbook;
        private final Map<Sheet, SXSSFSheet> sheets = new EnumMap<>(Sheet.class);
        private final Map<Sheet, Integer> next = new EnumMap<>(Sheet.class);
        private final CellStyle header;
        private final CellStyle wrapped;
        private final Map<Long, String> departmentCodes;
        private final Map<Long, String> positionCodes = new HashMap<>();
        private final Map<Long, String> fileNames = new HashMap<>();
        private final Map<Long, String> standardCodes = new HashMap<>();

        Writer(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            departmentCodes = directory.departments().stream()
                    .collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::code));
            directory.activePositions().forEach(p -> positionCodes.put(p.id(), p.code()));
        }

        void write(boolean drafts) {
            for (Sheet sheet : Sheet.data()) {
                SXSSFSheet created = workbook.createSheet(layout.sheetName(sheet, CatalogWorkbook.FILE_LOCALE));
                sheets.put(sheet, created);
                headerRow(sheet, created);
                next.put(sheet, 1);
            }
            dropDowns();
            queries.exported(currentActor.dataScope(), drafts, this::item);
            guide();
        }

        private void headerRow(Sheet sheet, SXSSFSheet target) {
            Row row = target.createRow(0);
            List<Column> columns = sheet.columns();
            for (int i = 0; i < columns.size(); i++) {
                row.createCell(i).setCellValue(layout.text(columns.get(i).headerKey(), CatalogWorkbook.FILE_LOCALE));
                row.getCell(i).setCellStyle(header);
                target.setColumnWidth(i, columns.get(i).width * 256 + 512);
            }
            target.createFreezePane(0, 1);
        }

        private void item(Exported exported) {
            ItemDetails d = exported.details();
            String code = exported.code();
            Map<Column, Object> values = new EnumMap<>(Column.class);
            values.put(Column.CODE, code);
            values.put(Column.NAME, d.name());
            values.put(Column.KIND, layout.label(d.kind()));
            values.put(Column.LEAD, d.leadDepartment().code());
            values.put(Column.CO_DEPARTMENTS,
                    String.join("、", d.coDepartments().stream().map(DepartmentLabel::code).toList()));
            values.put(Column.FUNCTION, d.function() == null ? "" : d.function().code());
            values.put(Column.STATUTORY_UNIT, layout.label(d.statutoryLimit().unit()));
            values.put(Column.STATUTORY_AMOUNT, d.statutoryLimit().amount());
            values.put(Column.PROMISED_UNIT, layout.label(d.promisedLimit().unit()));
            values.put(Column.PROMISED_AMOUNT, d.promisedLimit().amount());
            values.put(Column.YELLOW, d.yellowThresholdDays());
            values.put(Column.IN_CENTER, layout.yesNo(d.inServiceCenter()));
            values.put(Column.WINDOW, d.window() == null ? "" : d.window());
            values.put(Column.ONLINE, layout.yesNo(d.onlineApplication()));
            values.put(Column.QUALITY, d.commitments().quality());
            values.put(Column.ATTITUDE, d.commitments().attitude());
            values.put(Column.TIME, d.commitments().time());
            values.put(Column.THEMES, String.join("、", d.themes()));
            values.put(Column.CONDITIONS, String.join("\n", d.conditions()));
            values.put(Column.LEGAL_BASES, String.join("\n", d.legalBases().stream().map(Writer::basis).toList()));
            values.put(Column.EXPORTED_FROM, exported.draft()
                    ? layout.text("catalog.excel.exportedDraft", CatalogWorkbook.FILE_LOCALE)
                    : layout.text("catalog.excel.exportedVersion", CatalogWorkbook.FILE_LOCALE,
                            exported.versionNumber()));
            row(Sheet.ITEMS, values);

            List<Material> materials = d.materials();
            for (int i = 0; i < materials.size(); i++) {
                Material m = materials.get(i);
                Map<Column, Object> material = new EnumMap<>(Column.class);
                material.put(Column.M_CODE, code);
                material.put(Column.M_ORDER, i + 1);
                material.put(Column.M_NAME, m.name());
                material.put(Column.M_SOURCE, layout.label(m.source()));
                material.put(Column.M_FORM, layout.label(m.form()));
                material.put(Column.M_COPIES, m.copies());
                material.put(Column.M_REQUIRED, layout.yesNo(m.required()));
                material.put(Column.M_COMMITMENT, layout.yesNo(m.mayBeMissingWithCommitment()));
                material.put(Column.M_BLANK_FORM, file(m.blankFormFileId()));
                material.put(Column.M_SAMPLE, file(m.sampleFileId()));
                material.put(Column.M_NOTE, m.note());
                row(Sheet.MATERIALS, material);
            }
            List<Fee> fees = d.fees();
            for (int i = 0; i < fees.size(); i++) {
                Map<Column, Object> fee = new EnumMap<>(Column.class);
                fee.put(Column.F_CODE, code);
                fee.put(Column.F_ORDER, i + 1);
                fee.put(Column.F_STANDARD, standardCode(fees.get(i)));
                fee.put(Column.F_STANDARD_NAME, fees.get(i).name());
                fee.put(Column.F_NOTE, fees.get(i).note());
                row(Sheet.FEES, fee);
            }
            List<ProcessStage> stages = d.process();
            for (int s = 0; s < stages.size(); s++) {
                for (ProcessTask task : stages.get(s).tasks()) {
                    Map<Column, Object> row = new EnumMap<>(Column.class);
                    row.put(Column.P_CODE, code);
                    row.put(Column.P_STAGE, s + 1);
                    row.put(Column.P_STAGE_NAME, stages.get(s).name());
                    row.put(Column.P_DEPARTMENT, departmentCodes.getOrDefault(task.departmentId(), ""));
                    row.put(Column.P_POSITION, positionCode(task.positionId()));
                    row.put(Column.P_DAYS, task.workingDays());
                    row(Sheet.PROCESS, row);
                }
            }
        }

        private void row(Sheet sheet, Map<Column, Object> values) {
            int number = next.merge(sheet, 1, Integer::sum) - 1;
            Row row = sheets.get(sheet).createRow(number);
            List<Column> columns = sheet.columns();
            for (int i = 0; i < columns.size(); i++) {
                Object value = values.get(columns.get(i));
                if (value instanceof Integer n) {
                    row.createCell(i).setCellValue(n);
                } else if (value != null && !value.toString().isEmpty()) {
                    row.createCell(i).setCellValue(value.toString());
                    if (value.toString().contains("\n")) {
                        row.getCell(i).setCellStyle(wrapped);
                    }
                }
            }
        }

        /** Drop-down lists for the enum and yes/no columns (other values stay possible: English, enum names). */
        private void dropDowns() {
            Map<Column, String[]> lists = new EnumMap<>(Column.class);
            String[] yesNo = {layout.yesNo(true), layout.yesNo(false)};
            lists.put(Column.KIND, labels(ItemKind.values()));
            lists.put(Column.STATUTORY_UNIT, labels(LimitUnit.values()));
            lists.put(Column.PROMISED_UNIT, labels(LimitUnit.values()));
            lists.put(Column.IN_CENTER, yesNo);
            lists.put(Column.ONLINE, yesNo);
            lists.put(Column.M_SOURCE, labels(MaterialSource.values()));
            lists.put(Column.M_FORM, labels(MaterialForm.values()));
            lists.put(Column.M_REQUIRED, yesNo);
            lists.put(Column.M_COMMITMENT, yesNo);
            lists.forEach((column, values) -> {
                SXSSFSheet sheet = sheets.get(column.sheet);
                int index = column.sheet.columns().indexOf(column);
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                        new CellRangeAddressList(1, VALIDATED_ROWS, index, index));
                validation.setShowErrorBox(false);
                sheet.addValidationData(validation);
            });
        }

        private String[] labels(Enum<?>[] values) {
            return java.util.Arrays.stream(values).map(layout::label).toArray(String[]::new);
        }

        /** The guide sheet (说明): what the workbook is, the rules of an import, and every column with its values. */
        private void guide() {
            SXSSFSheet sheet = workbook.createSheet(layout.sheetName(Sheet.GUIDE, CatalogWorkbook.FILE_LOCALE));
            sheet.setColumnWidth(0, 14 * 256);
            sheet.setColumnWidth(1, 22 * 256);
            sheet.setColumnWidth(2, 90 * 256);
            int number = 0;
            for (String key : List.of("catalog.excel.guide.intro", "catalog.excel.guide.rules",
                    "catalog.excel.guide.codes")) {
                Row row = sheet.createRow(number++);
                row.createCell(0).setCellValue(layout.text(key, CatalogWorkbook.FILE_LOCALE));
            }
            number++;
            Row head = sheet.createRow(number++);
            String[] heads = {"catalog.excel.guide.sheet", "catalog.excel.guide.column", "catalog.excel.guide.meaning"};
            for (int i = 0; i < heads.length; i++) {
                head.createCell(i).setCellValue(layout.text(heads[i], CatalogWorkbook.FILE_LOCALE));
                head.getCell(i).setCellStyle(header);
            }
            for (Sheet data : Sheet.data()) {
                for (Column column : data.columns()) {
                    Row row = sheet.createRow(number++);
                    row.createCell(0).setCellValue(layout.sheetName(data, CatalogWorkbook.FILE_LOCALE));
                    row.createCell(1).setCellValue(layout.text(column.headerKey(), CatalogWorkbook.FILE_LOCALE));
                    row.createCell(2).setCellValue(layout.text(column.helpKey(), CatalogWorkbook.FILE_LOCALE,
                            allowed(column)));
                    row.getCell(2).setCellStyle(wrapped);
                }
            }
        }

        private String allowed(Column column) {
            String yesNo = layout.yesNo(true) + "、" + layout.yesNo(false);
            return switch (column) {
                case KIND -> layout.allowed(ItemKind.class);
                case STATUTORY_UNIT, PROMISED_UNIT -> layout.allowed(LimitUnit.class);
                case M_SOURCE -> layout.allowed(MaterialSource.class);
                case M_FORM -> layout.allowed(MaterialForm.class);
                case IN_CENTER, ONLINE, M_REQUIRED, M_COMMITMENT -> yesNo;
                default -> "";
            };
        }

        private String file(@Nullable Long fileId) {
            if (fileId == null) {
                return "";
            }
            String name = fileNames.computeIfAbsent(fileId, id -> queries.fileName(id).orElse(""));
            return CatalogImport.fileReference(fileId, name);
        }

        private String positionCode(long positionId) {
            return positionCodes.computeIfAbsent(positionId,
                    id -> directory.position(id).map(PositionRef::code).orElse(""));
        }

        private static String basis(LegalBasis basis) {
            return basis.articles().isEmpty() ? basis.document()
                    : basis.document() + CatalogWorkbook.BASIS_SEPARATOR + basis.articles();
        }

        private String standardCode(Fee fee) {
            return standardCodes.computeIfAbsent(fee.standardId(), id -> feeStandards.find(id)
                    .map(FeeStandardView::code).orElse("#" + id));
        }
    }
}
