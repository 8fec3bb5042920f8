package org.xiaoneng.catalog;

/** A department as a version names it: id, code and name as they stood when the version was saved. */
public record DepartmentLabel(long id, String code, String name) {
}
