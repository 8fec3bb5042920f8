package org.xiaoneng.identity.internal;

/**
 * A department as the account pages offer it for choice: in tree order, with its depth for indentation.
 *
 * @param depth 0 for a top department, 1 for its children, and so on
 */
public record DepartmentOption(long id, String code, String name, int depth, boolean active) {

    /** The name indented by its depth (ideographic spaces, which a select keeps). */
    public String indentedName() {
        return "\u3000".repeat(depth) + name;
    }
}
