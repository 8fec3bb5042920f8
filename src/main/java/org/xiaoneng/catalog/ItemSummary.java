package org.xiaoneng.catalog;

import java.time.Instant;
import java.util.List;

/** A published item as the catalog lists it: its current version in brief. */
public record ItemSummary(long itemId, String code, long versionId, int number, String name, ItemKind kind,
        DepartmentLabel leadDepartment, List<DepartmentLabel> coDepartments, List<String> themes,
        TimeLimit statutoryLimit, TimeLimit promisedLimit, boolean free, boolean inServiceCenter,
        boolean onlineApplication, Instant publishedAt) {
}
