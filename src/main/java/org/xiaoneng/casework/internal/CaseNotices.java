package org.xiaoneng.casework.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.Applicant;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.casework.CaseNotice;
import org.xiaoneng.casework.NoticeKind;
import org.xiaoneng.casework.NoticeLine;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffPost;
import org.xiaoneng.platform.DomainException;

/**
 * Composes a written notice (文书) from the case's recorded events: the latest event of the notice's kind issues it and
 * supplies its facts and date. No such event yet (no receipt before acceptance, no refusal notice for a case that was
 * not refused…) → {@code casework.notice.notIssued.<kind>}.
 */
final class CaseNotices {

    private CaseNotices() {
    }

    static Set<CaseEventType> issuedBy(NoticeKind kind) {
        return switch (kind) {
            case RECEIPT -> EnumSet.of(CaseEventType.ACCEPTED, CaseEventType.DEEMED_ACCEPTED);
            case REFUSAL -> EnumSet.of(CaseEventType.REFUSED);
            case CORRECTION -> EnumSet.of(CaseEventType.CORRECTION_REQUESTED);
            case SUSPENSION -> EnumSet.of(CaseEventType.SUSPENDED);
            case EXTENSION -> EnumSet.of(CaseEventType.EXTENDED);
            case DECISION -> EnumSet.of(CaseEventType.DECIDED);
        };
    }

    static CaseNotice compose(Case c, String queryCode, NoticeKind kind, OrganizationDirectory organization,
            CaseworkProperties properties) {
        Set<CaseEventType> types = issuedBy(kind);
        List<CaseEvent> history = c.history();
        CaseEvent event = null;
        for (int i = history.size() - 1; i >= 0 && event == null; i--) {
            if (types.contains(history.get(i).type())) {
                event = history.get(i);
            }
        }
        if (event == null) {
            throw new DomainException("casework.notice.notIssued." + kind.slug(), c.number());
        }
        var dates = c.deadlines();
        LocalDate due = dates.due();
        List<NoticeLine> lines = List.of();
        String reasons = null;
        SpecialProcedure procedure = null;
        int extensionDays = 0;
        String approvedBy = null;
        Outcome outcome = null;
        String legalBasis = null;
        CasePayload payload = event.payload();
        if (payload instanceof CasePayload.CorrectionRequested p) {
            lines = p.lines();
        } else if (payload instanceof CasePayload.Refused p) {
            reasons = p.reasons();
        } else if (payload instanceof CasePayload.Suspended p) {
            procedure = p.procedure();
            reasons = p.reason();
        } else if (payload instanceof CasePayload.Extended p) {
            extensionDays = p.workingDays();
            reasons = p.reason();
            approvedBy = organization.postOf(p.approvedBy()).map(StaffPost::staffName).orElse(p.approvedBy());
            due = event.deadline() != null ? event.deadline() : due;
        } else if (payload instanceof CasePayload.Decided p) {
            outcome = p.outcome();
            reasons = p.reasons();
            legalBasis = p.legalBasis();
        } else if (payload instanceof CasePayload.Accepted || payload instanceof CasePayload.DeemedAccepted) {
            // the due date as the receipt announced it
            due = event.deadline() != null ? event.deadline() : due;
        }
        var details = c.item().details();
        String office = organization.department(details.leadDepartment().id()).map(DepartmentRef::name)
                .orElse(details.leadDepartment().name());
        String serviceCenter = organization.departmentByCode(properties.serviceCenterCode())
                .map(DepartmentRef::name).orElse("");
        Applicant applicant = c.applicant();
        return new CaseNotice(kind, c.id(), c.number(), kind == NoticeKind.RECEIPT ? queryCode : null,
                c.item().code(), details.name(), applicant.kind(), applicant.name(),
                applicant.masked().idNumber(), c.receivedAt(), dates.acceptedOn(),
                event.type() == CaseEventType.DEEMED_ACCEPTED, details.promisedLimit(),
                due, lines, reasons, procedure, extensionDays, approvedBy, outcome, legalBasis, office,
                serviceCenter, properties.contactPhone(), properties.complaintPhone(), event.occurredAt(),
                LocalDate.ofInstant(event.occurredAt(), StatutoryCalendar.ZONE));
    }
}
