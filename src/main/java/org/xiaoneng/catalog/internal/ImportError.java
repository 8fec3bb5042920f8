package org.xiaoneng.catalog.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * One thing wrong with an imported workbook, where Excel shows it: the sheet, the row number as Excel numbers it
 * (1 is the header; 0 means the file as a whole) and the column, with a message key of the catalog bundle and its
 * arguments. Kept as keys, not text, so that the same import reads in Chinese or English, whoever looks at it.
 *
 * @param sheetKey  {@code catalog.excel.sheet.<sheet>}, or null for the whole file
 * @param columnKey {@code catalog.excel.col.<sheet>.<column>}, or null for the whole row
 */
public record ImportError(@Nullable String sheetKey, int row, @Nullable String columnKey, String messageKey,
        Object[] arguments) {

    public ImportError {
        arguments = arguments.clone();
    }

    static ImportError ofFile(String messageKey, Object... arguments) {
        return new ImportError(null, 0, null, messageKey, arguments);
    }

    static ImportError at(CatalogWorkbook.Sheet sheet, int row, CatalogWorkbook.@Nullable Column column,
            String messageKey, Object... arguments) {
        return new ImportError("catalog.excel.sheet." + sheet.key, row, column == null ? null : column.headerKey(),
                messageKey, arguments);
    }

    /** The error in the reader's language. */
    public View in(MessageSource messages, Locale locale) {
        return new View(sheetKey == null ? "" : messages.getMessage(sheetKey, null, sheetKey, locale), row,
                columnKey == null ? "" : messages.getMessage(columnKey, null, columnKey, locale),
                messages.getMessage(messageKey, arguments, messageKey, locale));
    }

    /** An error as a person reads it; sheet and column are empty when the error concerns the whole file or row. */
    public record View(String sheet, int row, String column, String message) {
    }
}
