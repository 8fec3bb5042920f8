package org.xiaoneng.organization;

/** A function (职能) as other modules see it, with its one lead department. */
public record FunctionRef(long id, String code, String name, long leadDepartmentId, boolean active) {
}
