package org.xiaoneng.supervision.internal.accountability;

/**
 * The efficiency office's policy for supervision orders and accountability, as it stands; the order module and the
 * evaluation read it afresh each time, so a change applies from the next sweep.
 *
 * @param orderResponseDays      working days a department has to respond to an order (the blue stage)
 * @param orderOrangeDays        working days the orange stage lasts after a missed response deadline, before red
 * @param autoOrderOnViolation   issue an order automatically for each violation found
 * @param autoOrderOnRed         issue an order automatically for each case deadline that turns red
 * @param warningRedLights       red lights of one person …
 * @param warningWindowDays      … within this many days propose an efficiency warning (效能告诫)
 * @param admonitionWarnings     confirmed warnings of one person …
 * @param admonitionWindowMonths … within this many months propose an admonition (诫勉)
 * @param leaderRedLights        red lights of one department in one calendar month propose leader accountability
 * @param warningViolations      violations of the rules of conduct of one person within {@code warningWindowDays}
 *                               that propose an efficiency warning too (0: they do not); overdue steps and cases count
 *                               as red lights instead
 * @param version                for optimistic locking of the settings page
 */
public record Policy(int orderResponseDays, int orderOrangeDays, boolean autoOrderOnViolation, boolean autoOrderOnRed,
        int warningRedLights, int warningWindowDays, int admonitionWarnings, int admonitionWindowMonths,
        int leaderRedLights, int warningViolations, int version) {

    /** Most working days of one ladder stage; longer would not be supervision any more. */
    public static final int MAX_STAGE_DAYS = 60;
    /** Longest window of the warning rule in days. */
    public static final int MAX_WINDOW_DAYS = 366;
    /** Longest window of the admonition rule in months. */
    public static final int MAX_WINDOW_MONTHS = 36;
    /** Most violations the warning rule may wait for. */
    public static final int MAX_WARNING_VIOLATIONS = 100;

    /** A one-line summary for the audit trail. */
    String summary() {
        return "order " + orderResponseDays + "+" + orderOrangeDays + "wd, auto violation=" + autoOrderOnViolation
                + " red=" + autoOrderOnRed + "; warning " + warningRedLights + " reds/" + warningWindowDays
                + "d or " + warningViolations + " violations; admonition " + admonitionWarnings + " warnings/" + admonitionWindowMonths + "m; leader "
                + leaderRedLights + " reds/month";
    }
}
