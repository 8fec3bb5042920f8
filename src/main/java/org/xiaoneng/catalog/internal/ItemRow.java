package org.xiaoneng.catalog.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.ItemStatus;

/**
 * An item in the console's list, with its working name (the draft's when there is one).
 *
 * @param lastNumber the number of the latest published version, 0 when never published
 * @param hasDraft   whether a draft is under way (only shown to those who may see it)
 */
public record ItemRow(long id, String code, ItemStatus status, String name, ItemKind kind, long leadDepartmentId,
        String leadDepartmentName, List<String> themes, @Nullable Long currentVersionId, int lastNumber,
        boolean hasDraft) {
}
