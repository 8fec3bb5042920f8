package org.xiaoneng.supervision.internal.violation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.supervision.ViolationRule;

/**
 * A recorded violation as the console shows it.
 *
 * @param descriptionKey   a key of the supervision bundle; with {@code descriptionArgs} the readable description
 * @param evidence         references to the proving events, see {@link EvidenceRef}
 */
public record ViolationView(long id, ViolationRule rule, @Nullable Long staffId, @Nullable String staffName,
        @Nullable String account, @Nullable Long positionId, @Nullable String positionName, long departmentId,
        String departmentName, @Nullable String itemCode, @Nullable String itemName, @Nullable Long caseId,
        @Nullable String caseNumber, Instant occurredAt, Instant foundAt, String descriptionKey,
        List<String> descriptionArgs, List<String> evidence) {

    public ViolationView {
        descriptionArgs = List.copyOf(descriptionArgs);
        evidence = List.copyOf(evidence);
    }

    ViolationView withDepartmentName(String name) {
        return new ViolationView(id, rule, staffId, staffName, account, positionId, positionName, departmentId, name,
                itemCode, itemName, caseId, caseNumber, occurredAt, foundAt, descriptionKey, descriptionArgs,
                evidence);
    }

    /** The evidence, each reference parsed for display. */
    public List<EvidenceRef> evidenceRefs() {
        return evidence.stream().map(EvidenceRef::parse).toList();
    }

    /** The description's arguments as an array, for the message source. */
    public Object[] arguments() {
        return descriptionArgs.toArray();
    }
}
