package org.xiaoneng.catalog.internal;

import java.math.BigDecimal;

/** A fee standard (收费标准): what may be charged, on which legal basis, within [lower, upper] per unit. */
public record FeeStandardView(long id, String code, String name, String legalBasis, BigDecimal lowerBound,
        BigDecimal upperBound, String unit, boolean active) {
}
