package org.xiaoneng.supervision.internal.violation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.supervision.ViolationRule;

/**
 * A violation as a detector found it, before it is recorded.
 *
 * @param evidenceKey     the facts that prove it, unique over the register: the same facts are recorded once
 * @param descriptionKey  a key of the supervision bundle, describing it with {@code descriptionArgs}
 * @param evidence        references to the proving events ({@code case-event:12:5}, {@code light-change:88}, …)
 */
record NewViolation(ViolationRule rule, String evidenceKey, Responsible responsible, @Nullable String itemCode,
        @Nullable String itemName, @Nullable Long caseId, @Nullable String caseNumber, Instant occurredAt,
        String descriptionKey, List<String> descriptionArgs, List<String> evidence) {

    NewViolation {
        descriptionArgs = List.copyOf(descriptionArgs);
        evidence = List.copyOf(evidence);
    }
}
