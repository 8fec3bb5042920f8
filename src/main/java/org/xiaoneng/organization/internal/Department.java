package org.xiaoneng.organization.internal;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.DomainException;

/** A department of the tree. Guards what may change: only active departments are edited, and only unused ones closed. */
final class Department {

    private final @Nullable Long id;
    private @Nullable Long parentId;
    private String code;
    private String name;
    private DepartmentKind kind;
    private int sortOrder;
    private boolean active;
    private final int version;

    Department(@Nullable Long id, @Nullable Long parentId, String code, String name, DepartmentKind kind,
            int sortOrder, boolean active, int version) {
        this.id = id;
        this.parentId = parentId;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.sortOrder = sortOrder;
        this.active = active;
        this.version = version;
    }

    static Department create(DepartmentCommand command) {
        Department department = new Department(null, null, "", "", command.kind(), 0, true, 0);
        department.apply(command);
        return department;
    }

    void edit(DepartmentCommand command) {
        if (!active) {
            throw new DomainException("organization.department.inactive", name);
        }
        apply(command);
    }

    private void apply(DepartmentCommand command) {
        if (command.parentId() == null && command.kind() != DepartmentKind.CITY) {
            throw new DomainException("organization.department.parentRequired");
        }
        parentId = command.parentId();
        code = command.code().strip().toUpperCase();
        name = command.name().strip();
        kind = command.kind();
        sortOrder = command.sortOrder() == null ? 0 : command.sortOrder();
    }

    /**
     * Closes the department. Refused while anything still works in it: active sub-departments, active staff, active
     * positions — they must move or close first, or the tree would hold people nobody can find.
     */
    void deactivate(long activeChildren, long activeStaff, long activePositions) {
        if (!active) {
            throw new DomainException("organization.department.alreadyInactive", name);
        }
        if (activeChildren > 0 || activeStaff > 0 || activePositions > 0) {
            throw new DomainException("organization.department.stillInUse", name, activeChildren, activeStaff,
                    activePositions);
        }
        active = false;
    }

    String summary() {
        return code + " " + name + " [" + kind + (parentId == null ? "" : ", parent " + parentId)
                + (active ? "" : ", inactive") + "]";
    }

    @Nullable Long id() {
        return id;
    }

    @Nullable Long parentId() {
        return parentId;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    DepartmentKind kind() {
        return kind;
    }

    int sortOrder() {
        return sortOrder;
    }

    boolean active() {
        return active;
    }

    int version() {
        return version;
    }
}
