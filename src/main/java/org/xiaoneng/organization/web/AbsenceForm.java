package org.xiaoneng.organization.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.xiaoneng.organization.internal.AbsenceCommand;

/** The "mark away" form's fields; validated as an {@link AbsenceCommand}. */
public class AbsenceForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private String reason = "";

    static AbsenceForm startingOn(LocalDate day) {
        AbsenceForm form = new AbsenceForm();
        form.from = day;
        form.to = day;
        return form;
    }

    AbsenceCommand toCommand() {
        return new AbsenceCommand(from, to, reason);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
