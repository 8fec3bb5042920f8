package org.xiaoneng.casework.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.casework.CaseEventDetail;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.MaterialStatus;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.casework.TaskOutcome;

/** Builds a {@link CaseEventDetail} with only the facts an event has (the record has one field per kind of fact). */
final class EventDetails {

    private @Nullable String text;
    private @Nullable Channel channel;
    private final List<CaseEventDetail.Line> materials = new ArrayList<>();
    private @Nullable Integer taskNo;
    private @Nullable TaskOutcome taskOutcome;
    private @Nullable Integer returnToStage;
    private @Nullable SpecialProcedure procedure;
    private @Nullable Integer workingDays;
    private @Nullable String approvedBy;
    private @Nullable Outcome outcome;
    private @Nullable String legalBasis;
    private @Nullable String certificateNumber;
    private @Nullable DeliveryMethod deliveryMethod;
    private @Nullable LocalDate date;

    static EventDetails of() {
        return new EventDetails();
    }

    static CaseEventDetail none() {
        return new EventDetails().build();
    }

    /** What a person wrote; blank text is no text. */
    EventDetails text(@Nullable String value) {
        text = value == null || value.isBlank() ? null : value;
        return this;
    }

    EventDetails channel(Channel value) {
        channel = value;
        return this;
    }

    EventDetails material(String name, MaterialStatus status, String reason, @Nullable LocalDate dueOn) {
        materials.add(new CaseEventDetail.Line(name, status, reason, dueOn));
        return this;
    }

    EventDetails supplied(List<String> names) {
        names.forEach(name -> material(name, MaterialStatus.SUPPLIED, "", null));
        return this;
    }

    EventDetails task(int no, @Nullable TaskOutcome how, @Nullable Integer returnedTo) {
        taskNo = no;
        taskOutcome = how;
        returnToStage = returnedTo;
        return this;
    }

    EventDetails procedure(SpecialProcedure value) {
        procedure = value;
        return this;
    }

    EventDetails extension(int days, String approver) {
        workingDays = days;
        approvedBy = approver;
        return this;
    }

    EventDetails decision(Outcome value, String basis) {
        outcome = value;
        legalBasis = basis;
        return this;
    }

    EventDetails certificate(String number) {
        certificateNumber = number;
        return this;
    }

    EventDetails delivery(DeliveryMethod method) {
        deliveryMethod = method;
        return this;
    }

    EventDetails date(LocalDate value) {
        date = value;
        return this;
    }

    CaseEventDetail build() {
        return new CaseEventDetail(text, channel, materials, taskNo, taskOutcome, returnToStage, procedure,
                workingDays, approvedBy, outcome, legalBasis, certificateNumber, deliveryMethod, date);
    }
}
