package org.xiaoneng.organization.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.DomainException;

/**
 * A position (职位) with its written responsibilities, its holder and its deputy position (AB角). Whether a deputy is
 * acceptable depends on other positions (same department family, no loop) and is checked by {@link PositionService};
 * the position itself refuses to be its own deputy and to change once closed.
 */
final class Position {

    private final @Nullable Long id;
    private long departmentId;
    private String code;
    private String name;
    private String responsibilities;
    private @Nullable Long deputyPositionId;
    private @Nullable Long holderStaffId;
    private boolean active;
    private final int version;

    Position(@Nullable Long id, long departmentId, String code, String name, String responsibilities,
            @Nullable Long deputyPositionId, @Nullable Long holderStaffId, boolean active, int version) {
        this.id = id;
        this.departmentId = departmentId;
        this.code = code;
        this.name = name;
        this.responsibilities = responsibilities;
        this.deputyPositionId = deputyPositionId;
        this.holderStaffId = holderStaffId;
        this.active = active;
        this.version = version;
    }

    static Position create(PositionCommand command) {
        Position position = new Position(null, command.departmentId(), "", "", "", null, null, true, 0);
        position.apply(command);
        return position;
    }

    void edit(PositionCommand command) {
        requireActive();
        apply(command);
    }

    private void apply(PositionCommand command) {
        if (id != null && id.equals(command.deputyPositionId())) {
            throw new DomainException("organization.position.ownDeputy", command.name());
        }
        departmentId = command.departmentId();
        code = command.code().strip().toUpperCase();
        name = command.name().strip();
        responsibilities = command.responsibilities() == null ? "" : command.responsibilities().strip();
        deputyPositionId = command.deputyPositionId();
        holderStaffId = command.holderStaffId();
    }

    void assign(@Nullable Long staffId) {
        requireActive();
        holderStaffId = staffId;
    }

    /**
     * Closes the position and frees its holder. Refused while active positions still name it as their deputy: their
     * holders' work would silently skip a link of the chain.
     */
    void deactivate(List<String> positionsRelyingOnIt) {
        requireActive();
        if (!positionsRelyingOnIt.isEmpty()) {
            throw new DomainException("organization.position.stillDeputy", name, String.join("、", positionsRelyingOnIt));
        }
        active = false;
        holderStaffId = null;
    }

    private void requireActive() {
        if (!active) {
            throw new DomainException("organization.position.inactive", name);
        }
    }

    String summary(RecordNames names) {
        return code + " " + name + " [" + names.department(departmentId)
                + (deputyPositionId == null ? "" : ", deputy " + names.position(deputyPositionId))
                + (holderStaffId == null ? ", vacant" : ", held by " + names.staff(holderStaffId))
                + (active ? "" : ", inactive") + "]";
    }

    @Nullable Long id() {
        return id;
    }

    long departmentId() {
        return departmentId;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String responsibilities() {
        return responsibilities;
    }

    @Nullable Long deputyPositionId() {
        return deputyPositionId;
    }

    @Nullable Long holderStaffId() {
        return holderStaffId;
    }

    boolean active() {
        return active;
    }

    int version() {
        return version;
    }
}
