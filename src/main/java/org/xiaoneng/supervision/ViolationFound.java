package org.xiaoneng.supervision;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Supervision found a violation of one of its rules: published once per violation, inside the transaction that records
 * it. Supervision orders and the accountability policy react to it.
 *
 * @param violationId  the violation's identity in supervision's register
 * @param staffId      the person responsible, when one is known
 * @param positionId   the position they acted in (or should have acted in), when known
 * @param departmentId the department responsible
 * @param caseNumber   the case concerned, when the rule is about a case
 * @param occurredAt   when the violating act (or omission) happened
 */
public record ViolationFound(long violationId, ViolationRule rule, @Nullable Long staffId, @Nullable Long positionId,
        long departmentId, @Nullable String itemCode, @Nullable Long caseId, @Nullable String caseNumber,
        Instant occurredAt) {
}
