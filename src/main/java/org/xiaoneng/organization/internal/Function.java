package org.xiaoneng.organization.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.DomainException;

/**
 * A function (职能) of the 三定 规定: exactly one lead department, and possibly other departments that claim it too.
 * The lead is never also listed as a claimant.
 */
final class Function {

    private final @Nullable Long id;
    private String code;
    private String name;
    private String description;
    private long leadDepartmentId;
    private Set<Long> claimDepartmentIds;
    private boolean active;
    private final int version;

    Function(@Nullable Long id, String code, String name, String description, long leadDepartmentId,
            Set<Long> claimDepartmentIds, boolean active, int version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.description = description;
        this.leadDepartmentId = leadDepartmentId;
        this.claimDepartmentIds = new LinkedHashSet<>(claimDepartmentIds);
        this.active = active;
        this.version = version;
    }

    static Function create(FunctionCommand command) {
        Function function = new Function(null, "", "", "", command.leadDepartmentId(), Set.of(), true, 0);
        function.apply(command);
        return function;
    }

    void edit(FunctionCommand command) {
        if (!active) {
            throw new DomainException("organization.function.inactive", name);
        }
        apply(command);
    }

    private void apply(FunctionCommand command) {
        code = command.code().strip().toUpperCase();
        name = command.name().strip();
        description = command.description() == null ? "" : command.description().strip();
        leadDepartmentId = command.leadDepartmentId();
        List<Long> claims = command.claimDepartmentIds() == null ? List.of() : command.claimDepartmentIds();
        claimDepartmentIds = new LinkedHashSet<>(claims);
        claimDepartmentIds.remove(leadDepartmentId);
    }

    void deactivate() {
        if (!active) {
            throw new DomainException("organization.function.inactive", name);
        }
        active = false;
    }

    String summary() {
        return code + " " + name + " [lead " + leadDepartmentId + (claimDepartmentIds.isEmpty() ? ""
                : ", also claimed by " + claimDepartmentIds) + (active ? "" : ", inactive") + "]";
    }

    @Nullable Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    long leadDepartmentId() {
        return leadDepartmentId;
    }

    Set<Long> claimDepartmentIds() {
        return Set.copyOf(claimDepartmentIds);
    }

    boolean active() {
        return active;
    }

    int version() {
        return version;
    }
}
