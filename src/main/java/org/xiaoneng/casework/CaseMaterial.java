package org.xiaoneng.casework;

import org.jspecify.annotations.Nullable;

/**
 * One of the item's materials (by its name in the catalog) as it stands in a case.
 *
 * @param note why it is defective, or the commitment's wording; may be empty
 * @param dueOn for a {@link MaterialStatus#COMMITTED} material, the day it must be supplied by
 */
public record CaseMaterial(String name, boolean required, MaterialStatus status, String note,
        java.time.@Nullable LocalDate dueOn) {
}
