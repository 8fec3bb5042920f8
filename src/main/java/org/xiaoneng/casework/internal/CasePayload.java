package org.xiaoneng.casework.internal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.casework.Applicant;
import org.xiaoneng.casework.Channel;
import org.xiaoneng.casework.Commitment;
import org.xiaoneng.casework.DeliveryMethod;
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

    record Received(long itemVersionId, Applicant applicant, Channel channel, List<String> supplied)
            implements CasePayload {
        public String summary() {
            return channel + ", " + supplied.size() + " materials";
        }
    }

    record CorrectionRequested(List<NoticeLine> lines) implements CasePayload {
        public String summary() {
            return String.join("; ", lines.stream().map(l -> l.material() + " (" + l.problem() + ")").toList());
        }
    }

    record Resubmitted(List<String> supplied) implements CasePayload {
        public String summary() {
            return String.join("; ", supplied);
        }
    }

    record Accepted(List<Commitment> commitments) implements CasePayload {
        public String summary() {
            return commitments.isEmpty() ? "" : "容缺: " + String.join("; ",
                    commitments.stream().map(c -> c.material() + " by " + c.dueOn()).toList());
        }
    }

    /** @param acceptedOn the day of receipt, from which the case counts as accepted */
    record DeemedAccepted(LocalDate acceptedOn) implements CasePayload {
        public String summary() {
            return "accepted from " + acceptedOn;
        }
    }

    record Refused(String reasons) implements CasePayload {
        public String summary() {
            return reasons;
        }
    }

    record Started() implements CasePayload {
        public String summary() {
            return "";
        }
    }

    record TaskClaimed(int taskNo) implements CasePayload {
        public String summary() {
            return "task " + taskNo;
        }
    }

    /** @param returnToStage for a return, the 0-based stage sent back to */
    record TaskCompleted(int taskNo, TaskOutcome outcome, String opinion, @Nullable Integer returnToStage)
            implements CasePayload {
        public String summary() {
            return "task " + taskNo + " " + outcome + (returnToStage == null ? "" : " to stage " + (returnToStage + 1))
                    + (opinion.isEmpty() ? "" : ": " + opinion);
        }
    }

    record Suspended(SpecialProcedure procedure, String reason) implements CasePayload {
        public String summary() {
            return procedure + ": " + reason;
        }
    }

    record Resumed(String note) implements CasePayload {
        public String summary() {
            return note;
        }
    }

    /** @param approvedBy the approver's account (审批人) */
    record Extended(int workingDays, String reason, String approvedBy) implements CasePayload {
        public String summary() {
            return "+" + workingDays + " working days: " + reason;
        }
    }

    record Decided(Outcome outcome, String reasons, String legalBasis) implements CasePayload {
        public String summary() {
            return outcome + ": " + reasons + " (" + legalBasis + ")";
        }
    }

    record CertificateIssued(String certificateNumber) implements CasePayload {
        public String summary() {
            return certificateNumber;
        }
    }

    record Delivered(DeliveryMethod method) implements CasePayload {
        public String summary() {
            return method.name();
        }
    }

    record Closed() implements CasePayload {
        public String summary() {
            return "";
        }
    }

    record Withdrawn(String reason) implements CasePayload {
        public String summary() {
            return reason;
        }
    }
}
