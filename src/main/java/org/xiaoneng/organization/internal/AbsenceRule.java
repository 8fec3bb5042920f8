package org.xiaoneng.organization.internal;

import java.time.LocalDate;
import java.util.Collection;

import org.xiaoneng.platform.DomainException;

/** 外出登记: a valid date range (both days inclusive) that does not overlap another absence of the same person. */
final class AbsenceRule {

    /** The longest absence recorded in one go; a longer one is almost always a typing error. */
    static final int MAX_DAYS = 366;

    private AbsenceRule() {
    }

    /** A period somebody is already away. */
    record Period(LocalDate from, LocalDate to) {
        boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
            return !from.isAfter(otherTo) && !otherFrom.isAfter(to);
        }
    }

    static void check(LocalDate from, LocalDate to, Collection<Period> existing) {
        if (to.isBefore(from)) {
            throw new DomainException("organization.absence.rangeInvalid", from, to);
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DomainException("organization.absence.tooLong", MAX_DAYS);
        }
        for (Period period : existing) {
            if (period.overlaps(from, to)) {
                throw new DomainException("organization.absence.overlaps", period.from(), period.to());
            }
        }
    }
}
