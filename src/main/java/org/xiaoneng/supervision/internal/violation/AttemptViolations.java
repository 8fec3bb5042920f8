package org.xiaoneng.supervision.internal.violation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseActionRefused;
import org.xiaoneng.supervision.ViolationRule;

/**
 * The rules casework enforces by refusing — so the violation is the attempt ({@link CaseActionRefused}): a second
 * correction notice on one application (二次补正), a refusal without reasons, a suspension without the reason the
 * applicant is told in writing, an extension by someone who cannot approve it or without its written reason, an act
 * in a position the person neither holds nor deputises that day. Each attempt is recorded once.
 */
@Component
class AttemptViolations {

    private final RuleSettings settings;
    private final ViolationRecorder recorder;
    private final People people;

    AttemptViolations(RuleSettings settings, ViolationRecorder recorder, People people) {
        this.settings = settings;
        this.recorder = recorder;
        this.people = people;
    }

    @ApplicationModuleListener
    void on(CaseActionRefused attempt) {
        ViolationRule rule = ruleOf(attempt.refusal());
        if (rule == null || !settings.of(rule).enabled()) {
            return;
        }
        Responsible responsible = people.ofAccount(attempt.actor().account(), attempt.positionId(),
                attempt.departmentIdOfItem());
        List<String> evidence = new ArrayList<>();
        if (attempt.earlierEventSeq() != null) {
            evidence.add("case-event:" + attempt.caseId() + ":" + attempt.earlierEventSeq());
        }
        evidence.add("attempt:" + attempt.attemptId());
        evidence.add("audit:" + attempt.action());
        String description = "supervision.violation.description." + rule;
        List<String> args = List.of();
        switch (rule) {
            case SECOND_CORRECTION -> args = List.of(String.valueOf(attempt.earlierEventSeq()));
            case EXTENSION_WITHOUT_APPROVAL -> description += attempt.refusal().endsWith("notApprover")
                    ? ".notApprover" : ".noReason";
            case ACTING_WITHOUT_POSITION -> args = List.of(responsible.positionName() == null ? ""
                    : responsible.positionName());
            default -> {
            }
        }
        recorder.record(new NewViolation(rule, rule + ":attempt:" + attempt.attemptId(), responsible,
                attempt.itemCode(), attempt.itemName(), attempt.caseId(), attempt.number(), attempt.occurredAt(),
                description, args, evidence));
    }

    private static @Nullable ViolationRule ruleOf(String refusal) {
        return switch (refusal) {
            case "casework.correction.onlyOnce" -> ViolationRule.SECOND_CORRECTION;
            case "casework.refuse.reasonsRequired" -> ViolationRule.REFUSAL_WITHOUT_REASON;
            case "casework.suspend.reasonRequired" -> ViolationRule.SUSPENSION_WITHOUT_NOTICE;
            case "casework.extension.reasonRequired", "casework.extension.notApprover" ->
                ViolationRule.EXTENSION_WITHOUT_APPROVAL;
            case "casework.position.notActing" -> ViolationRule.ACTING_WITHOUT_POSITION;
            default -> null;
        };
    }
}
