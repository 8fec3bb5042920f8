package org.xiaoneng.supervision.internal.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.Dashboard;
import org.xiaoneng.supervision.DeadlineFilter;
import org.xiaoneng.supervision.DeadlineTally;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.LitDeadline;

/**
 * Writes a dashboard list as an Excel workbook (.xlsx), streaming: the deadlines come from a database cursor a page at
 * a time and SXSSF keeps only a window of rows in memory, so an export of any size runs in constant memory. The rows
 * are exactly what the screen shows — the same scope, lights as of now, personal data masked — in the viewer's
 * language. Each export is recorded in the audit trail ({@link DeadlinesExported}).
 */
@Service
public class DeadlineWorkbook {

    private static final List<String> DEADLINE_COLUMNS = List.of("light", "case", "item", "what", "stage",
            "department", "position", "staff", "due", "overdue", "suspended").stream()
            .map(c -> "supervision.export.column." + c).toList();

    private final DashboardSql sql;
    private final Dashboards dashboards;
    private final MessageSource messages;
    private final CurrentActor currentActor;
    private final ApplicationEventPublisher events;
    private final DashboardProperties properties;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate auditing;

    DeadlineWorkbook(DashboardSql sql, Dashboards dashboards, MessageSource messages, CurrentActor currentActor,
            ApplicationEventPublisher events, DashboardProperties properties, Clock clock,
            PlatformTransactionManager transactions) {
        this.sql = sql;
        this.dashboards = dashboards;
        this.messages = messages;
        this.currentActor = currentActor;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.auditing = new TransactionTemplate(transactions);
        this.auditing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Writes the list to {@code out} and records the export; returns the number of data rows written. */
    public long write(ExportList list, DeadlineFilter filter, Locale locale, OutputStream out) {
        DataScope scope = dashboards.scope();
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheets sheets = new Sheets(workbook, locale);
            Long rows = reading.execute(status -> switch (list) {
                case DEADLINES -> sheets.deadlines(scope, filter);
                case DEPARTMENTS -> sheets.counts(dashboards.byDepartment(), "department");
                case ITEMS -> sheets.counts(dashboards.byItem(), "item");
            });
            workbook.write(out);
            long written = rows == null ? 0 : rows;
            auditing.executeWithoutResult(status -> events.publishEvent(new DeadlinesExported(currentActor.actor(),
                    list, describe(list, filter), written, single(scope), clock.instant())));
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
    public String fileName(ExportList list, Locale locale) {
        return text("supervision.export.file." + list.slug(), locale,
                java.time.LocalDate.ofInstant(clock.instant(), org.xiaoneng.calendar.StatutoryCalendar.ZONE))
                + ".xlsx";
    }

    private static String describe(ExportList list, DeadlineFilter filter) {
        if (list != ExportList.DEADLINES) {
            return list.slug();
        }
        return "light=" + (filter.light() == null ? "LIT" : filter.light().name())
                + (filter.departmentId() == null ? "" : " department=" + filter.departmentId())
                + (filter.itemCode() == null ? "" : " item=" + filter.itemCode());
    }

    private static @org.jspecify.annotations.Nullable Long single(DataScope scope) {
        return !scope.all() && scope.departmentIds().size() == 1 ? scope.departmentIds().iterator().next() : null;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** One export's sheet and styles. */
    private final class Sheets {

        private final SXSSFWorkbook workbook;
        private final Locale locale;
        private final CellStyle header;

        Sheets(SXSSFWorkbook workbook, Locale locale) {
            this.workbook = workbook;
            this.locale = locale;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        long deadlines(DataScope scope, DeadlineFilter filter) {
            SXSSFSheet sheet = sheet("supervision.export.sheet.deadlines", DEADLINE_COLUMNS);
            Map<Long, String> departments = dashboards.departmentNames();
            Instant now = clock.instant();
            long[] written = {0};
            sql.stream(scope, filter, now, properties.exportMaxRows(), row -> {
                LitDeadline d = dashboards.deadline(row, departments, now);
                Row r = sheet.createRow((int) ++written[0]);
                r.createCell(0).setCellValue(text("supervision.light." + d.light(), locale));
                r.createCell(1).setCellValue(d.caseNumber());
                r.createCell(2).setCellValue(d.itemName());
                r.createCell(3).setCellValue(text("supervision.subject." + d.subject(), locale));
                r.createCell(4).setCellValue(d.stageName() == null ? "" : d.stageName());
                r.createCell(5).setCellValue(d.departmentName());
                r.createCell(6).setCellValue(d.positionName() == null ? "" : d.positionName());
                r.createCell(7).setCellValue(d.staffName() == null ? "" : d.staffName());
                r.createCell(8).setCellValue(d.due().toString());
                r.createCell(9).setCellValue(d.light() == Light.RED
                        ? text("supervision.overdueDays", locale, d.workingDaysOverdue())
                        : d.light() == Light.YELLOW ? text("supervision.leftDays", locale, d.workingDaysLeft()) : "");
                r.createCell(10).setCellValue(d.suspended() ? text("supervision.suspended", locale) : "");
            });
            return written[0];
        }

        long counts(List<DeadlineTally> tallies, String kind) {
            SXSSFSheet sheet = sheet("supervision.export.sheet." + kind, List.of("supervision.export.column." + kind,
                    "supervision.light.GREEN", "supervision.light.YELLOW", "supervision.light.RED",
                    "supervision.export.column.total"));
            int number = 0;
            for (DeadlineTally t : tallies) {
                Row r = sheet.createRow(++number);
                r.createCell(0).setCellValue(t.name());
                r.createCell(1).setCellValue(t.counts().green());
                r.createCell(2).setCellValue(t.counts().yellow());
                r.createCell(3).setCellValue(t.counts().red());
                r.createCell(4).setCellValue(t.counts().total());
            }
            return number;
        }

        private SXSSFSheet sheet(String nameKey, List<String> columns) {
            SXSSFSheet sheet = workbook.createSheet(text(nameKey, locale));
            Row row = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                row.createCell(i).setCellValue(text(columns.get(i), locale));
                row.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, (i == 2 ? 30 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            return sheet;
        }
    }
}
