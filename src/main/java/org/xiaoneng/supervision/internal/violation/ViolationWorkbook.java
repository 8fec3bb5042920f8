package org.xiaoneng.supervision.internal.violation;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.PersonalData;
import org.xiaoneng.supervision.ViolationRule;
import org.xiaoneng.supervision.internal.export.ListWorkbooks;
import org.xiaoneng.supervision.internal.export.ListWorkbooks.Column;

/**
 * The violations list as an Excel workbook: every violation of the filter in the viewer's scope, latest first, as the
 * console lists them (not only the first {@value Violations#MAX_LIST}), read through a cursor; names masked of
 * personal data, texts in the viewer's language; audited as {@code supervision.export.violations}.
 */
@Service
public class ViolationWorkbook {

    static final String LIST = "violations";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<Column> COLUMNS = List.of(Column.of("supervision.violations.column.occurred"),
            Column.of("supervision.violations.column.rule"), Column.of("supervision.violations.column.person"),
            Column.of("supervision.violations.column.position"), Column.of("supervision.violations.column.department"),
            Column.of("supervision.export.column.case"), Column.wide("supervision.export.column.item"),
            Column.wide("supervision.violations.column.description"));

    private final ViolationRegister register;
    private final Violations violations;
    private final ListWorkbooks workbooks;

    ViolationWorkbook(ViolationRegister register, Violations violations, ListWorkbooks workbooks) {
        this.register = register;
        this.violations = violations;
        this.workbooks = workbooks;
    }

    /** Writes the list of the filter to {@code out} and records the export; returns the number of rows. */
    public long write(@Nullable ViolationRule rule, @Nullable Long departmentId, @Nullable LocalDate from,
            @Nullable LocalDate to, Locale locale, OutputStream out) {
        DataScope scope = violations.scope();
        ViolationRegister.Filter filter = new ViolationRegister.Filter(rule, departmentId, from, to);
        ListWorkbooks.Export export = new ListWorkbooks.Export(LIST, "violation-list", describe(filter), scope,
                "supervision.export.sheet.violations", COLUMNS);
        return workbooks.write(export, locale, out, sheet -> {
            String none = sheet.text("supervision.violation.none");
            register.stream(scope, filter, ListWorkbooks.MAX_ROWS, v -> sheet.add(
                    MINUTE.format(v.occurredAt().atZone(StatutoryCalendar.ZONE)),
                    sheet.text("supervision.violation.rule." + v.rule()),
                    v.staffName() == null ? none : PersonalData.maskText(v.staffName()),
                    PersonalData.maskText(v.positionName()), sheet.departmentName(v.departmentId()),
                    v.caseNumber(), v.itemName(), sheet.text(v.descriptionKey(), v.arguments())));
        });
    }

    public String fileName(Locale locale) {
        return workbooks.fileName(LIST, locale);
    }

    private static String describe(ViolationRegister.Filter filter) {
        return "rule=" + (filter.rule() == null ? "ANY" : filter.rule().name())
                + (filter.departmentId() == null ? "" : " department=" + filter.departmentId())
                + (filter.from() == null ? "" : " from=" + filter.from())
                + (filter.to() == null ? "" : " to=" + filter.to());
    }
}
