package org.xiaoneng.supervision.internal.accountability;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.PersonalData;
import org.xiaoneng.supervision.internal.export.ListWorkbooks;
import org.xiaoneng.supervision.internal.export.ListWorkbooks.Column;

/**
 * The warnings and sanctions list as an Excel workbook: every one of the state filter in the departments the caller
 * decides on (or decides appeals for), in the console's order (proposals and pending appeals first), read through a
 * cursor; names and grounds masked of personal data, texts in the viewer's language; audited as
 * {@code supervision.export.sanctions}.
 */
@Service
public class SanctionWorkbook {

    static final String LIST = "sanctions";
    private static final List<Column> COLUMNS = List.of(Column.of("supervision.sanction.kindLabel"),
            Column.of("supervision.sanction.person"), Column.of("supervision.order.department"),
            Column.wide("supervision.sanction.grounds"), Column.of("supervision.sanction.stateLabel"),
            Column.of("supervision.sanction.appealLabel"));

    private final SanctionRepository sanctions;
    private final Accountability accountability;
    private final ListWorkbooks workbooks;

    SanctionWorkbook(SanctionRepository sanctions, Accountability accountability, ListWorkbooks workbooks) {
        this.sanctions = sanctions;
        this.accountability = accountability;
        this.workbooks = workbooks;
    }

    /** Writes the list of the filter to {@code out} and records the export; returns the number of rows. */
    public long write(@Nullable SanctionState state, Locale locale, OutputStream out) {
        DataScope scope = accountability.officeScope();
        ListWorkbooks.Export export = new ListWorkbooks.Export(LIST, "sanction-list",
                "state=" + (state == null ? "ANY" : state.name()), scope, "supervision.export.sheet.sanctions",
                COLUMNS);
        return workbooks.write(export, locale, out, sheet -> sanctions.stream(scope, state, ListWorkbooks.MAX_ROWS,
                s -> sheet.add(sheet.text("supervision.sanction.kind." + s.kind()),
                        PersonalData.maskText(s.staffName()), sheet.departmentName(s.departmentId()),
                        PersonalData.maskText(s.grounds()), sheet.text("supervision.sanction.state." + s.state()),
                        s.appealState() == AppealState.NONE ? ""
                                : sheet.text("supervision.sanction.appeal." + s.appealState()))));
    }

    public String fileName(Locale locale) {
        return workbooks.fileName(LIST, locale);
    }
}
