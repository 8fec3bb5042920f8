package org.xiaoneng.organization.internal;

import java.util.List;

/**
 * 清理职能: where functions overlap. {@code shared} lists functions that more than one department claims;
 * {@code similar} lists pairs of functions led by different departments whose names are near-identical (trigram
 * similarity at least {@code threshold}), the likeliest duplicates under two names.
 */
public record OverlapReport(List<SharedFunction> shared, List<SimilarPair> similar, double threshold) {

    /** A function with its lead and the other departments that claim it. */
    public record SharedFunction(long functionId, String code, String name, String leadDepartmentName,
            List<String> claimantNames) {
    }

    /** Two functions of different departments with near-identical names. */
    public record SimilarPair(long firstId, String firstCode, String firstName, String firstDepartmentName,
            long secondId, String secondCode, String secondName, String secondDepartmentName, double similarity) {
    }
}
