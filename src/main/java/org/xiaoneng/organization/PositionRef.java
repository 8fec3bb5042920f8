package org.xiaoneng.organization;

/** A position (职位) as other modules see it: where it sits and whether it is still in use. */
public record PositionRef(long id, String code, String name, long departmentId, boolean active) {
}
