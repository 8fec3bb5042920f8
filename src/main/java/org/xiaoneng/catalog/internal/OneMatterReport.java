package org.xiaoneng.catalog.internal;

import java.util.List;

/**
 * One matter, one department (一件事情由一个部门来承担): {@code similar} lists pairs of items led by different
 * departments whose names are near-identical (trigram similarity at least {@code threshold}) — the likeliest one matter
 * handled twice; {@code misplaced} lists items that implement a function whose lead department is another one.
 */
public record OneMatterReport(List<SimilarPair> similar, List<Misplaced> misplaced, double threshold) {

    /** Two items of different departments with near-identical names. */
    public record SimilarPair(long firstId, String firstCode, String firstName, String firstDepartmentName,
            long secondId, String secondCode, String secondName, String secondDepartmentName, double similarity) {
    }

    /** An item whose function (职能) belongs to another department's function list. */
    public record Misplaced(long itemId, String code, String name, String departmentName, long functionId,
            String functionCode, String functionName, String functionDepartmentName) {
    }
}
