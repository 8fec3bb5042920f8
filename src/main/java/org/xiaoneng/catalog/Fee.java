package org.xiaoneng.catalog;

import java.math.BigDecimal;

/**
 * A fee charged for an item: a reference to a fee standard (收费标准) and a copy of its figures as they stood when the
 * version was published. Charges default to the lower bound (按下限收费); the fees module checks them against the
 * standard with this id.
 *
 * @param note how the fee applies to this item, e.g. 按建筑面积计收; may be empty
 */
public record Fee(long standardId, String name, String legalBasis, BigDecimal lowerBound, BigDecimal upperBound,
        String unit, String note) {
}
