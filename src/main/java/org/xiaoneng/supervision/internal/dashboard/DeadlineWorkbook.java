package org.xiaoneng.supervision.internal.dashboard;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.supervision.DeadlineFilter;
import org.xiaoneng.supervision.DeadlineTally;
import org.xiaoneng.supervision.Light;
import org.xiaoneng.supervision.LitDeadline;
import org.xiaoneng.supervision.internal.export.ListWorkbooks;
import org.xiaoneng.supervision.internal.export.ListWorkbooks.Column;
import org.xiaoneng.supervision.internal.export.ListWorkbooks.ListSheet;

/**
 * Writes a dashboard list as an Excel workbook (.xlsx) through {@link ListWorkbooks}, streaming: the deadlines come
 * from a database cursor a page at a time. The rows are exactly what the screen shows — the same scope, lights as of
 * now, personal data masked — in the viewer's language; each export is recorded in the audit trail.
 */
@Service
public class DeadlineWorkbook {

    private static final List<Column> DEADLINE_COLUMNS = List.of(column("light"), column("case"),
            Column.wide("supervision.export.column.item"), column("what"), column("stage"), column("department"),
            column("position"), column("staff"), column("due"), column("overdue"), column("suspended"));

    private final DashboardSql sql;
    private final Dashboards dashboards;
    private final ListWorkbooks workbooks;
    private final DashboardProperties properties;
    private final Clock clock;

    DeadlineWorkbook(DashboardSql sql, Dashboards dashboards, ListWorkbooks workbooks,
            DashboardProperties properties, Clock clock) {
        this.sql = sql;
        this.dashboards = dashboards;
        this.workbooks = workbooks;
        this.properties = properties;
        this.clock = clock;
    }

    /** Writes the list to {@code out} and records the export; returns the number of data rows written. */
    public long write(ExportList list, DeadlineFilter filter, Locale locale, OutputStream out) {
        DataScope scope = dashboards.scope();
        return switch (list) {
            case DEADLINES -> workbooks.write(export(list, filter, scope, "deadlines", DEADLINE_COLUMNS), locale, out,
                    sheet -> deadlines(sheet, scope, filter));
            case DEPARTMENTS -> workbooks.write(export(list, filter, scope, "department", counts("department")),
                    locale, out, sheet -> counts(sheet, dashboards.byDepartment()));
            case ITEMS -> workbooks.write(export(list, filter, scope, "item", counts("item")), locale, out,
                    sheet -> counts(sheet, dashboards.byItem()));
        };
    }

    /** The file's name in the viewer's language, for example 监察时限-2026-11-29.xlsx. */
    public String fileName(ExportList list, Locale locale) {
        return workbooks.fileName(list.slug(), locale);
    }

    private static ListWorkbooks.Export export(ExportList list, DeadlineFilter filter, DataScope scope, String sheet,
            List<Column> columns) {
        return new ListWorkbooks.Export(list.slug(), "deadline-list", describe(list, filter), scope,
                "supervision.export.sheet." + sheet, columns);
    }

    private static String describe(ExportList list, DeadlineFilter filter) {
        if (list != ExportList.DEADLINES) {
            return list.slug();
        }
        return "light=" + (filter.light() == null ? "LIT" : filter.light().name())
                + (filter.departmentId() == null ? "" : " department=" + filter.departmentId())
                + (filter.itemCode() == null ? "" : " item=" + filter.itemCode());
    }

    private void deadlines(ListSheet sheet, DataScope scope, DeadlineFilter filter) {
        Map<Long, String> departments = dashboards.departmentNames();
        Instant now = clock.instant();
        sql.stream(scope, filter, now, properties.exportMaxRows(), row -> {
            LitDeadline d = dashboards.deadline(row, departments, now);
            sheet.add(sheet.text("supervision.light." + d.light()), d.caseNumber(), d.itemName(),
                    sheet.text("supervision.subject." + d.subject()), d.stageName(), d.departmentName(),
                    d.positionName(), d.staffName(), d.due().toString(),
                    d.light() == Light.RED ? sheet.text("supervision.overdueDays", d.workingDaysOverdue())
                            : d.light() == Light.YELLOW ? sheet.text("supervision.leftDays", d.workingDaysLeft()) : "",
                    d.suspended() ? sheet.text("supervision.suspended") : "");
        });
    }

    private static List<Column> counts(String kind) {
        return List.of(column(kind), Column.of("supervision.light.GREEN"), Column.of("supervision.light.YELLOW"),
                Column.of("supervision.light.RED"), column("total"));
    }

    private static void counts(ListSheet sheet, List<DeadlineTally> tallies) {
        for (DeadlineTally t : tallies) {
            sheet.add(t.name(), t.counts().green(), t.counts().yellow(), t.counts().red(), t.counts().total());
        }
    }

    private static Column column(String name) {
        return Column.of("supervision.export.column." + name);
    }
}
