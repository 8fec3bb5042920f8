package org.xiaoneng.catalog;

/** The organization function (职能) an item implements, as it stood when the version was saved. */
public record FunctionLabel(long id, String code, String name) {
}
