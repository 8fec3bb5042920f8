package org.xiaoneng.supervision.internal.order;

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
 * The supervision orders list as an Excel workbook: every order of the state filter that the caller sees (as issuer
 * or as the department answering), in the console's order (open ones first, latest first), read through a cursor;
 * titles masked of personal data, texts in the viewer's language; audited as {@code supervision.export.orders}.
 */
@Service
public class OrderWorkbook {

    static final String LIST = "orders";
    private static final List<Column> COLUMNS = List.of(Column.of("supervision.order.number"),
            Column.of("supervision.order.department"), Column.wide("supervision.order.titleLabel"),
            Column.of("supervision.export.column.origin"), Column.of("supervision.order.responseDue"),
            Column.of("supervision.order.stateLabel"), Column.of("supervision.order.escalationLabel"));

    private final OrderRepository orders;
    private final SupervisionOrders supervisionOrders;
    private final ListWorkbooks workbooks;

    OrderWorkbook(OrderRepository orders, SupervisionOrders supervisionOrders, ListWorkbooks workbooks) {
        this.orders = orders;
        this.supervisionOrders = supervisionOrders;
        this.workbooks = workbooks;
    }

    /** Writes the list of the filter to {@code out} and records the export; returns the number of rows. */
    public long write(@Nullable OrderState state, Locale locale, OutputStream out) {
        DataScope scope = supervisionOrders.visibleScope();
        ListWorkbooks.Export export = new ListWorkbooks.Export(LIST, "supervision-order-list",
                "state=" + (state == null ? "ANY" : state.name()), scope, "supervision.export.sheet.orders", COLUMNS);
        return workbooks.write(export, locale, out, sheet -> orders.stream(scope, state, ListWorkbooks.MAX_ROWS,
                o -> sheet.add(o.number(), sheet.departmentName(o.departmentId()), PersonalData.maskText(o.title()),
                        sheet.text("supervision.order.origin." + o.origin()), o.responseDue().toString(),
                        sheet.text("supervision.order.state." + o.state()),
                        sheet.text("supervision.order.escalation." + o.escalation()))));
    }

    public String fileName(Locale locale) {
        return workbooks.fileName(LIST, locale);
    }
}
