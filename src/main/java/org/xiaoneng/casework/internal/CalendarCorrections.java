package org.xiaoneng.casework.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.CalendarCorrected;

/**
 * Keeps the stored dates of open cases in step with the calendar: after a correction is committed (the calendar
 * already computes with it), the cases it can move get their dates recomputed from their events.
 */
@Component
class CalendarCorrections {

    private final CaseService cases;

    CalendarCorrections(CaseService cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(CalendarCorrected correction) {
        cases.recomputeDatesFrom(correction.earliest());
    }
}
