package org.xiaoneng.supervision.internal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;

/**
 * Writes a console list as an Excel workbook (.xlsx), streaming: the caller hands the rows over as it reads them from
 * a database cursor ({@link #cursor}) and SXSSF keeps only a window of rows in memory, so an export of any size runs
 * in constant memory. Headers and sheet name come from the message bundles in the viewer's language; each export is
 * recorded in the audit trail as {@code supervision.export.<list>} with its filter and row count
 * ({@link ListExported}). Callers apply the list's own scope and filters and mask personal data as the screen does.
 */
@Service
public class ListWorkbooks {

    /** The rows a sheet holds below its header: the most one export writes. */
    public static final int MAX_ROWS = 1_048_575;

    /** One column: its header's message key and its width in characters. */
    public record Column(String key, int width) {

        public static Column of(String key) {
            return new Column(key, 16);
        }

        public static Column wide(String key) {
            return new Column(key, 30);
        }
    }

    /**
     * What is exported.
     *
     * @param list       the list's slug: the audit action is {@code supervision.export.<list>}, the file name
     *                   {@code supervision.export.file.<list>}
     * @param recordType the audit entry's record type
     * @param filter     the filter as the audit trail records it (no personal data)
     * @param scope      the viewer's data scope for the list: an entry of one department's scope is that department's
     * @param sheetKey   the message key of the sheet's name
     */
    public record Export(String list, String recordType, String filter, DataScope scope, String sheetKey,
            List<Column> columns) {

        public Export {
            columns = List.copyOf(columns);
        }
    }

    private final MessageSource messages;
    private final OrganizationDirectory organization;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate auditing;

    ListWorkbooks(MessageSource messages, OrganizationDirectory organization, CurrentActor currentActor,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.messages = messages;
        this.organization = organization;
        this.currentActor = currentActor;
        this.events = events;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.auditing = new TransactionTemplate(transactions);
        this.auditing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A client that reads in pages of 500 rows through a cursor, for the rows of an export (PostgreSQL streams only
     * inside a transaction: {@link #write} runs the rows in one).
     */
    public static JdbcClient cursor(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        return JdbcClient.create(new NamedParameterJdbcTemplate(template));
    }

    /** Hands each row of a {@link #cursor} query over as it is read, mapped. */
    public static <T> RowCallbackHandler each(RowMapper<T> mapper, Consumer<T> each) {
        return rs -> each.accept(mapper.mapRow(rs, rs.getRow()));
    }

    /**
     * Writes the header, then the rows {@code rows} adds (inside a read-only transaction), to {@code out}, and records
     * the export; returns the number of data rows written.
     */
    public long write(Export export, Locale locale, OutputStream out, Consumer<ListSheet> rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            ListSheet sheet = new ListSheet(sheet(workbook, export, locale), locale);
            reading.executeWithoutResult(status -> rows.accept(sheet));
            workbook.write(out);
            long written = sheet.rows();
            auditing.executeWithoutResult(status -> events.publishEvent(new ListExported(currentActor.actor(),
                    export.list(), export.recordType(), export.filter(), written, single(export.scope()),
                    clock.instant())));
            return written;
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

    /** The file's name in the viewer's language, for example 监察时限-2026-11-29.xlsx. */
    public String fileName(String list, Locale locale) {
        return text("supervision.export.file." + list, locale,
                LocalDate.ofInstant(clock.instant(), StatutoryCalendar.ZONE)) + ".xlsx";
    }

    private SXSSFSheet sheet(SXSSFWorkbook workbook, Export export, Locale locale) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        SXSSFSheet sheet = workbook.createSheet(text(export.sheetKey(), locale));
        Row row = sheet.createRow(0);
        for (int i = 0; i < export.columns().size(); i++) {
            Column column = export.columns().get(i);
            row.createCell(i).setCellValue(text(column.key(), locale));
            row.getCell(i).setCellStyle(header);
            sheet.setColumnWidth(i, column.width() * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static @Nullable Long single(DataScope scope) {
        return !scope.all() && scope.departmentIds().size() == 1 ? scope.departmentIds().iterator().next() : null;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** The sheet being written: rows are added below the header in order, and counted. */
    public final class ListSheet {

        private final SXSSFSheet sheet;
        private final Locale locale;
        private @Nullable Map<Long, String> departments;
        private int rows;

        private ListSheet(SXSSFSheet sheet, Locale locale) {
            this.sheet = sheet;
            this.locale = locale;
        }

        /** Adds a row: numbers as numbers, anything else as its text, null as an empty cell. */
        public void add(@Nullable Object... cells) {
            Row row = sheet.createRow(++rows);
            for (int i = 0; i < cells.length; i++) {
                Object cell = cells[i];
                if (cell instanceof Number number) {
                    row.createCell(i).setCellValue(number.doubleValue());
                } else {
                    row.createCell(i).setCellValue(cell == null ? "" : cell.toString());
                }
            }
        }

        /** A message in the viewer's language. */
        public String text(String key, @Nullable Object... arguments) {
            return ListWorkbooks.this.text(key, locale, arguments);
        }

        /** A department's name, as the lists show it (all names are read once per export). */
        public String departmentName(long id) {
            if (departments == null) {
                departments = organization.departments().stream()
                        .collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::name));
            }
            return departments.getOrDefault(id, "");
        }

        public long rows() {
            return rows;
        }
    }
}
