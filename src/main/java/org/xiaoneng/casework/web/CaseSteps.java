package org.xiaoneng.casework.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.internal.CaseService;

/**
 * Which step forms the case page offers: those the case's state allows and the person's permissions cover. Only what
 * to show — the case checks every step again, with the data scope and the position.
 */
final class CaseSteps {

    static final String ACCEPT = "accept";
    static final String CORRECTION = "correction";
    static final String REFUSE = "refuse";
    static final String RESUBMIT = "resubmit";
    static final String START = "start";
    static final String SUSPEND = "suspend";
    static final String RESUME = "resume";
    static final String EXTEND = "extend";
    static final String DECIDE = "decide";
    static final String CERTIFICATE = "certificate";
    static final String DELIVER = "deliver";
    static final String CLOSE = "close";
    static final String WITHDRAW = "withdraw";
    static final String UPLOAD = "upload";

    private CaseSteps() {
    }

    static Set<String> possible(CaseView c, Predicate<String> holds) {
        Set<String> steps = new LinkedHashSet<>();
        CaseState state = c.state();
        boolean receive = holds.test(CaseService.RECEIVE);
        boolean accept = holds.test(CaseService.ACCEPT);
        boolean handle = holds.test(CaseService.HANDLE);
        boolean decide = holds.test(CaseService.DECIDE);
        if (state == CaseState.RECEIVED && accept) {
            steps.add(ACCEPT);
            if (c.correctionNotice().isEmpty()) {
                steps.add(CORRECTION);
            }
        }
        if ((state == CaseState.RECEIVED || state == CaseState.CORRECTION_REQUESTED) && accept) {
            steps.add(REFUSE);
        }
        if (state == CaseState.CORRECTION_REQUESTED && receive) {
            steps.add(RESUBMIT);
        }
        if (state == CaseState.ACCEPTED && handle) {
            steps.add(START);
        }
        if (state == CaseState.IN_PROCESS && handle) {
            steps.add(SUSPEND);
        }
        if (state == CaseState.SUSPENDED && handle) {
            steps.add(RESUME);
        }
        if (state == CaseState.IN_PROCESS && !c.extended() && decide) {
            steps.add(EXTEND);
        }
        if (state == CaseState.IN_PROCESS && decide) {
            steps.add(DECIDE);
        }
        if (state == CaseState.DECIDED && c.decision() == Outcome.APPROVED && c.certificateNumber() == null
                && handle) {
            steps.add(CERTIFICATE);
        }
        if (state == CaseState.DECIDED && (c.decision() != Outcome.APPROVED || c.certificateNumber() != null)
                && receive) {
            steps.add(DELIVER);
        }
        if (state == CaseState.DELIVERED && receive) {
            steps.add(CLOSE);
        }
        boolean beforeDecision = !state.isFinal() && state != CaseState.DECIDED && state != CaseState.DELIVERED;
        if (beforeDecision && receive) {
            steps.add(WITHDRAW);
        }
        if (!state.isFinal() && receive) {
            steps.add(UPLOAD);
        }
        return steps;
    }
}
