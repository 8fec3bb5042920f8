package org.xiaoneng.catalog.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.internal.CatalogWorkbook.Column;
import org.xiaoneng.catalog.internal.CatalogWorkbook.Sheet;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of an uploaded catalog workbook with POI's event API (SAX): the sheets are streamed, never built as a
 * whole in memory, so a 10 MB file costs little more than its bytes. Cells are read as Excel shows them (a number as
 * its formatted text, a formula as its cached result). Blank rows are skipped; columns are found by their header, so
 * their order does not matter and extra columns are ignored.
 */
@Component
class CatalogWorkbookReader {

    /** A data row of a sheet: its number as Excel shows it, and the text of each known column. */
    record CellRow(Sheet sheet, int number, Map<Column, String> values) {

        String get(Column column) {
            return values.getOrDefault(column, "").strip();
        }

        /** The cell as written, only without trailing blanks: multi-line cells keep their line breaks. */
        String raw(Column column) {
            return values.getOrDefault(column, "");
        }
    }

    /** The rows of the four data sheets, or the reasons the file could not be read. */
    record Rows(Map<Sheet, List<CellRow>> sheets, List<ImportError> errors) {

        int total() {
            return sheets.values().stream().mapToInt(List::size).sum();
        }
    }

    private final CatalogWorkbook layout;

    CatalogWorkbookReader(CatalogWorkbook layout) {
        this.layout = layout;
    }

    Rows read(byte[] content) {
        Map<Sheet, List<CellRow>> sheets = new EnumMap<>(Sheet.class);
        List<ImportError> errors = new ArrayList<>();
        String problem = formatProblem(content);
        if (problem != null) {
            return new Rows(sheets, List.of(ImportError.ofFile(problem)));
        }
        int[] budget = {CatalogImport.MAX_ROWS};
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator iterator = reader.getSheetIterator();
            while (iterator.hasNext()) {
                try (InputStream in = iterator.next()) {
                    Sheet sheet = layout.sheet(iterator.getSheetName()).orElse(null);
                    if (sheet == null || sheet == Sheet.GUIDE || sheets.containsKey(sheet)) {
                        continue;
                    }
                    SheetHandler handler = new SheetHandler(sheet, budget);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, handler,
                            new DataFormatter(java.util.Locale.ROOT), false));
                    parser.parse(new InputSource(in));
                    sheets.put(sheet, handler.rows);
                    errors.addAll(handler.missingColumns());
                }
            }
        } catch (TooManyRows e) {
            return new Rows(Map.of(), List.of(ImportError.ofFile("catalog.excel.error.tooManyRows",
                    CatalogImport.MAX_ROWS)));
        } catch (Exception e) {
            // not an Excel 2007+ workbook after all (a zip of something else, a damaged file): nothing internal leaks
            return new Rows(Map.of(), List.of(ImportError.ofFile("catalog.excel.error.notXlsx")));
        }
        for (Sheet sheet : Sheet.data()) {
            if (!sheets.containsKey(sheet)) {
                errors.add(ImportError.ofFile("catalog.excel.error.missingSheet",
                        layout.sheetName(sheet, CatalogWorkbook.FILE_LOCALE)));
            }
        }
        return new Rows(sheets, errors);
    }

    /** Why the bytes are no .xlsx at all, judged by their first bytes; null when they may be one (a zip). */
    static @Nullable String formatProblem(byte[] content) {
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return null;
        }
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
                && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0) {
            return "catalog.excel.error.legacyXls";
        }
        return "catalog.excel.error.notXlsx";
    }

    private static final class TooManyRows extends RuntimeException {

        TooManyRows() {
            super(null, null, false, false);
        }
    }

    /** Collects one sheet: the header row maps column positions to columns, every later non-blank row is kept. */
    private final class SheetHandler implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Sheet sheet;
        private final int[] budget;
        private final Map<Integer, Column> columns = new HashMap<>();
        private final List<CellRow> rows = new ArrayList<>();
        private boolean headerSeen;
        private Map<Column, String> current = new EnumMap<>(Column.class);
        private Map<Integer, String> header = new HashMap<>();
        private int rowNumber;

        SheetHandler(Sheet sheet, int[] budget) {
            this.sheet = sheet;
            this.budget = budget;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            current = new EnumMap<>(Column.class);
            header = new HashMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerSeen) {
                if (header.isEmpty()) {
                    return;
                }
                headerSeen = true;
                header.forEach((index, text) -> layout.column(sheet, text).ifPresent(c -> columns.put(index, c)));
                return;
            }
            if (current.values().stream().allMatch(String::isBlank)) {
                return;
            }
            if (--budget[0] < 0) {
                throw new TooManyRows();
            }
            rows.add(new CellRow(sheet, rowNumber, current));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (formattedValue == null) {
                return;
            }
            int index = new CellReference(reference).getCol();
            if (!headerSeen) {
                if (!formattedValue.isBlank()) {
                    header.put(index, formattedValue);
                }
                return;
            }
            Column column = columns.get(index);
            if (column != null && column.read) {
                current.put(column, formattedValue.stripTrailing());
            }
        }

        List<ImportError> missingColumns() {
            List<ImportError> missing = new ArrayList<>();
            for (Column column : sheet.columns()) {
                if (column.read && !columns.containsValue(column)) {
                    missing.add(ImportError.at(sheet, 1, null, "catalog.excel.error.missingColumn",
                            layout.text(column.headerKey(), CatalogWorkbook.FILE_LOCALE)));
                }
            }
            return missing;
        }
    }
}
