package org.xiaoneng.casework.internal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.casework.Applicant;
import org.xiaoneng.casework.CaseEventDetail;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.Commitment;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.MaterialStatus;
import org.xiaoneng.casework.NoticeLine;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.casework.TaskOutcome;

/**
 * The facts each kind of case event carries, stored as the event's JSON payload. Records only, so that a stored event
 * reads the same forever; a new fact gets a new field with a default, never a changed meaning.
 */
sealed interface CasePayload {

    /** A short, personal-data-free summary for the timeline and the audit trail. */
    String summary();

    /** The event's facts, for a page to put in the reader's language (no personal data of the applicant). */
    CaseEventDetail detail();

    record Received(long itemVersionId, Applicant applicant, Channel channel, List<String> supplied)
            implements CasePayload {
        public String summary() {
            return channel + ", " + supplied.size() + " materials";
        }

        public CaseEventDetail detail() {
            return EventDetails.of().channel(channel).supplied(supplied).build();
        }
    }

    record CorrectionRequested(List<NoticeLine> lines) implements CasePayload {
        public String summary() {
            return String.join("; ", lines.stream().map(l -> l.material() + " (" + l.problem() + ")").toList());
        }

        public CaseEventDetail detail() {
            EventDetails detail = EventDetails.of();
            lines.forEach(l -> detail.material(l.material(), l.problem(), l.reason(), null));
            return detail.build();
        }
    }

    record Resubmitted(List<String> supplied) implements CasePayload {
        public String summary() {
            return String.join("; ", supplied);
        }

        public CaseEventDetail detail() {
            return EventDetails.of().supplied(supplied).build();
        }
    }

    record Accepted(List<Commitment> commitments) implements CasePayload {
        public String summary() {
            return commitments.isEmpty() ? "" : "容缺: " + String.join("; ",
                    commitments.stream().map(c -> c.material() + " by " + c.dueOn()).toList());
        }

        public CaseEventDetail detail() {
            EventDetails detail = EventDetails.of();
            commitments.forEach(c -> detail.material(c.material(), MaterialStatus.COMMITTED, c.wording(), c.dueOn()));
            return detail.build();
        }
    }

    /** @param acceptedOn the day of receipt, from which the case counts as accepted */
    record DeemedAccepted(LocalDate acceptedOn) implements CasePayload {
        public String summary() {
            return "accepted from " + acceptedOn;
        }

        public CaseEventDetail detail() {
            return EventDetails.of().date(acceptedOn).build();
        }
    }

    record Refused(String reasons) implements CasePayload {
        public String summary() {
            return reasons;
        }

        public CaseEventDetail detail() {
            return EventDetails.of().text(reasons).build();
        }
    }

    record Started() implements CasePayload {
        public String summary() {
            return "";
        }

        public CaseEventDetail detail() {
            return EventDetails.none();
        }
    }

    record TaskClaimed(int taskNo) implements CasePayload {
        public String summary() {
            return "task " + taskNo;
        }

        public CaseEventDetail detail() {
            return EventDetails.of().task(taskNo, null, null).build();
        }
    }

    /** @param returnToStage for a return, the 0-based stage sent back to */
    record TaskCompleted(int taskNo, TaskOutcome outcome, String opinion, @Nullable Integer returnToStage)
            implements CasePayload {
        public String summary() {
            return "task " + taskNo + " " + outcome + (returnToStage == null ? "" : " to stage " + (returnToStage + 1))
                    + (opinion.isEmpty() ? "" : ": " + opinion);
        }

        public CaseEventDetail detail() {
            return EventDetails.of().task(taskNo, outcome, returnToStage).text(opinion).build();
        }
    }

    record Suspended(SpecialProcedure procedure, String reason) implements CasePayload {
        public String summary() {
            return procedure + ": " + reason;
        }

        public CaseEventDetail detail() {
            return EventDetails.of().procedure(procedure).text(reason).build();
        }
    }

    record Resumed(String note) implements CasePayload {
        public String summary() {
            return note;
        }

        public CaseEventDetail detail() {
            return EventDetails.of().text(note).build();
        }
    }

    /** @param approvedBy the approver's account (审批人) */
    record Extended(int workingDays, String reason, String approvedBy) implements CasePayload {
        public String summary() {
            return "+" + workingDays + " working days: " + reason;
        }

        public CaseEventDetail detail() {
            return EventDetails.of().extension(workingDays, approvedBy).text(reason).build();
        }
    }

    record Decided(Outcome outcome, String reasons, String legalBasis) implements CasePayload {
        public String summary() {
            return outcome + ": " + reasons + " (" + legalBasis + ")";
        }

        public CaseEventDetail detail() {
            return EventDetails.of().decision(outcome, legalBasis).text(reasons).build();
        }
    }

    record CertificateIssued(String certificateNumber) implements CasePayload {
        public String summary() {
            return certificateNumber;
        }

        public CaseEventDetail detail() {
            return EventDetails.of().certificate(certificateNumber).build();
        }
    }

    record Delivered(DeliveryMethod method) implements CasePayload {
        public String summary() {
            return method.name();
        }

        public CaseEventDetail detail() {
            return EventDetails.of().delivery(method).build();
        }
    }

    record Closed() implements CasePayload {
        public String summary() {
            return "";
        }

        public CaseEventDetail detail() {
            return EventDetails.none();
        }
    }

    record Withdrawn(String reason) implements CasePayload {
        public String summary() {
            return reason;
        }

        public CaseEventDetail detail() {
            return EventDetails.of().text(reason).build();
        }
    }
}
