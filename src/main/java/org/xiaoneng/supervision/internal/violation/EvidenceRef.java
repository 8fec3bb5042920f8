package org.xiaoneng.supervision.internal.violation;

import org.jspecify.annotations.Nullable;

/**
 * One piece of evidence of a violation: {@code case-event:<case>:<seq>} (an event of the case's timeline, also in the
 * audit trail), {@code light-change:<id>} (a light change of supervision's ledger, audited), {@code deadline:<id>}
 * (a watched deadline), {@code attempt:<uuid>} (a refused attempt, audited by casework), {@code grant:<id>} (a role
 * grant), {@code audit:<action>} (the audit entries of that action on the record).
 *
 * @param kind    the part before the first colon
 * @param caseId  the case, for a case event
 * @param value   the rest (the event's number for a case event)
 */
public record EvidenceRef(String kind, @Nullable Long caseId, String value, String raw) {

    /** The arguments of its message ({@code supervision.evidence.<kind>}). */
    public Object[] args() {
        return new Object[] {value};
    }

    static EvidenceRef parse(String raw) {
        String[] parts = raw.split(":", 3);
        if (parts.length == 3 && parts[0].equals("case-event")) {
            try {
                return new EvidenceRef(parts[0], Long.valueOf(parts[1]), parts[2], raw);
            } catch (NumberFormatException e) {
                return new EvidenceRef("other", null, raw, raw);
            }
        }
        int colon = raw.indexOf(':');
        return colon < 0 ? new EvidenceRef("other", null, raw, raw)
                : new EvidenceRef(raw.substring(0, colon), null, raw.substring(colon + 1), raw);
    }
}
