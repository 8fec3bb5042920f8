package org.xiaoneng.catalog.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.MaterialForm;
import org.xiaoneng.catalog.MaterialSource;

/**
 * The layout of the catalog workbook (事项目录 Excel), shared by export and import: its sheets, their columns, and the
 * words written for enum values and yes/no. Every header and value comes from the catalog bundle: the file is written
 * in Chinese (the language of the people who fill it in), and the import reads Chinese and English headers and
 * values as well as the enum names (LICENSING, WORKING_DAYS...), so that a file edited by a script also loads.
 * Departments, positions, functions and fee standards are named by code, never by database id, so that a file moves
 * between installations.
 */
@Component
class CatalogWorkbook {

    static final Locale FILE_LOCALE = Locale.SIMPLIFIED_CHINESE;
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** What one cell may list several of (themes, co-departments): separated by any of these. */
    static final String LIST_SEPARATORS = "[、，,；;\\s]+";
    /** Between a legal basis's document and its articles, within its line. */
    static final String BASIS_SEPARATOR = "｜";

    /** A sheet of the workbook; {@code key} names it in the bundle ({@code catalog.excel.sheet.<key>}). */
    enum Sheet {
        ITEMS("items"), MATERIALS("materials"), FEES("fees"), PROCESS("process"), GUIDE("guide");

        final String key;

        Sheet(String key) {
            this.key = key;
        }

        List<Column> columns() {
            return Arrays.stream(Column.values()).filter(c -> c.sheet == this).toList();
        }

        static List<Sheet> data() {
            return List.of(ITEMS, MATERIALS, FEES, PROCESS);
        }
    }

    /**
     * A column: its sheet, its key ({@code catalog.excel.col.<sheet>.<key>} for the header,
     * {@code catalog.excel.help.<sheet>.<key>} for the explanation on the guide sheet), its width in characters, and
     * whether the import reads it (reference columns such as the fee standard's name are for people only).
     */
    enum Column {
        CODE(Sheet.ITEMS, "code", 14), NAME(Sheet.ITEMS, "name", 30), KIND(Sheet.ITEMS, "kind", 10),
        LEAD(Sheet.ITEMS, "lead", 12), CO_DEPARTMENTS(Sheet.ITEMS, "coDepartments", 16),
        FUNCTION(Sheet.ITEMS, "function", 12), STATUTORY_UNIT(Sheet.ITEMS, "statutoryUnit", 12),
        STATUTORY_AMOUNT(Sheet.ITEMS, "statutoryAmount", 10), PROMISED_UNIT(Sheet.ITEMS, "promisedUnit", 12),
        PROMISED_AMOUNT(Sheet.ITEMS, "promisedAmount", 10), YELLOW(Sheet.ITEMS, "yellow", 12),
        IN_CENTER(Sheet.ITEMS, "inCenter", 10), WINDOW(Sheet.ITEMS, "window", 16), ONLINE(Sheet.ITEMS, "online", 10),
        QUALITY(Sheet.ITEMS, "quality", 30), ATTITUDE(Sheet.ITEMS, "attitude", 30), TIME(Sheet.ITEMS, "time", 30),
        THEMES(Sheet.ITEMS, "themes", 18), CONDITIONS(Sheet.ITEMS, "conditions", 40),
        LEGAL_BASES(Sheet.ITEMS, "legalBases", 50), EXPORTED_FROM(Sheet.ITEMS, "exportedFrom", 12, false),

        M_CODE(Sheet.MATERIALS, "code", 14), M_ORDER(Sheet.MATERIALS, "order", 6), M_NAME(Sheet.MATERIALS, "name", 36),
        M_SOURCE(Sheet.MATERIALS, "source", 14), M_FORM(Sheet.MATERIALS, "form", 14),
        M_COPIES(Sheet.MATERIALS, "copies", 6), M_REQUIRED(Sheet.MATERIALS, "required", 8),
        M_COMMITMENT(Sheet.MATERIALS, "commitment", 8), M_BLANK_FORM(Sheet.MATERIALS, "blankForm", 24),
        M_SAMPLE(Sheet.MATERIALS, "sample", 24), M_NOTE(Sheet.MATERIALS, "note", 36),

        F_CODE(Sheet.FEES, "code", 14), F_ORDER(Sheet.FEES, "order", 6), F_STANDARD(Sheet.FEES, "standard", 14),
        F_STANDARD_NAME(Sheet.FEES, "standardName", 30, false), F_NOTE(Sheet.FEES, "note", 36),

        P_CODE(Sheet.PROCESS, "code", 14), P_STAGE(Sheet.PROCESS, "stage", 8),
        P_STAGE_NAME(Sheet.PROCESS, "stageName", 14), P_DEPARTMENT(Sheet.PROCESS, "department", 14),
        P_POSITION(Sheet.PROCESS, "position", 18), P_DAYS(Sheet.PROCESS, "days", 12);

        final Sheet sheet;
        final String key;
        final int width;
        final boolean read;

        Column(Sheet sheet, String key, int width) {
            this(sheet, key, width, true);
        }

        Column(Sheet sheet, String key, int width, boolean read) {
            this.sheet = sheet;
            this.key = key;
            this.width = width;
            this.read = read;
        }

        String headerKey() {
            return "catalog.excel.col." + sheet.key + "." + key;
        }

        String helpKey() {
            return "catalog.excel.help." + sheet.key + "." + key;
        }
    }

    private final MessageSource messages;
    private final Map<String, Sheet> sheetsByName = new HashMap<>();
    private final Map<Sheet, Map<String, Column>> columnsByHeader = new HashMap<>();
    private final Map<Class<?>, Map<String, Enum<?>>> enumsByLabel = new HashMap<>();
    private final Map<String, Boolean> yesNo = new HashMap<>();

    CatalogWorkbook(MessageSource messages) {
        this.messages = messages;
        for (Locale locale : List.of(FILE_LOCALE, Locale.ENGLISH)) {
            for (Sheet sheet : Sheet.values()) {
                sheetsByName.put(normalize(sheetName(sheet, locale)), sheet);
                for (Column column : sheet.columns()) {
                    columnsByHeader.computeIfAbsent(sheet, s -> new HashMap<>())
                            .put(normalize(text(column.headerKey(), locale)), column);
                }
            }
            labels(ItemKind.class, "catalog.kind.", locale);
            labels(LimitUnit.class, "catalog.unit.", locale);
            labels(MaterialSource.class, "catalog.source.", locale);
            labels(MaterialForm.class, "catalog.materialForm.", locale);
            yesNo.put(normalize(text("catalog.excel.yes", locale)), true);
            yesNo.put(normalize(text("catalog.excel.no", locale)), false);
        }
        for (String yes : List.of("Y", "YES", "TRUE", "1", "√")) {
            yesNo.put(yes, true);
        }
        for (String no : List.of("N", "NO", "FALSE", "0", "×")) {
            yesNo.put(no, false);
        }
    }

    String sheetName(Sheet sheet, Locale locale) {
        return text("catalog.excel.sheet." + sheet.key, locale);
    }

    Optional<Sheet> sheet(String name) {
        return Optional.ofNullable(sheetsByName.get(normalize(name)));
    }

    Optional<Column> column(Sheet sheet, String header) {
        return Optional.ofNullable(columnsByHeader.getOrDefault(sheet, Map.of()).get(normalize(header)));
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** The word the file uses for an enum value, e.g. 行政许可 for LICENSING. */
    String label(Enum<?> value) {
        return text(prefix(value.getDeclaringClass()) + value.name(), FILE_LOCALE);
    }

    String yesNo(boolean value) {
        return text(value ? "catalog.excel.yes" : "catalog.excel.no", FILE_LOCALE);
    }

    /** The value a cell names: its Chinese or English label, or the constant's name; empty when it names none. */
    <E extends Enum<E>> Optional<E> parse(Class<E> type, String cell) {
        Enum<?> value = enumsByLabel.getOrDefault(type, Map.of()).get(normalize(cell));
        return Optional.ofNullable(value).map(type::cast);
    }

    Optional<Boolean> parseYesNo(String cell) {
        return Optional.ofNullable(yesNo.get(normalize(cell)));
    }

    /** The allowed values of an enum column, as the file writes them, for messages and the guide sheet. */
    String allowed(Class<? extends Enum<?>> type) {
        return String.join("、", Arrays.stream(type.getEnumConstants()).map(this::label).toList());
    }

    private void labels(Class<? extends Enum<?>> type, String prefix, Locale locale) {
        Map<String, Enum<?>> byLabel = enumsByLabel.computeIfAbsent(type, t -> new HashMap<>());
        for (Enum<?> value : type.getEnumConstants()) {
            byLabel.put(normalize(value.name()), value);
            byLabel.put(normalize(text(prefix + value.name(), locale)), value);
        }
    }

    private static String prefix(Class<?> type) {
        if (type == ItemKind.class) {
            return "catalog.kind.";
        }
        if (type == LimitUnit.class) {
            return "catalog.unit.";
        }
        if (type == MaterialSource.class) {
            return "catalog.source.";
        }
        if (type == MaterialForm.class) {
            return "catalog.materialForm.";
        }
        throw new IllegalArgumentException("no labels for " + type);
    }

    /** Case, surrounding blanks and full-width spaces do not matter when a cell is compared with a label. */
    static String normalize(@Nullable String text) {
        return text == null ? "" : text.replace('\u3000', ' ').strip().toUpperCase(Locale.ROOT);
    }
}
