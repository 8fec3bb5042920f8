package org.xiaoneng.organization.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.PersonalData;

/** A staff member. Leaves (deactivation) only once no active position depends on them. */
final class Staff {

    private final @Nullable Long id;
    private long departmentId;
    private String name;
    private String employeeNumber;
    private @Nullable String mobile;
    private @Nullable String account;
    private boolean active;
    private final int version;

    Staff(@Nullable Long id, long departmentId, String name, String employeeNumber, @Nullable String mobile,
            @Nullable String account, boolean active, int version) {
        this.id = id;
        this.departmentId = departmentId;
        this.name = name;
        this.employeeNumber = employeeNumber;
        this.mobile = mobile;
        this.account = account;
        this.active = active;
        this.version = version;
    }

    static Staff create(StaffCommand command) {
        Staff staff = new Staff(null, command.departmentId(), "", "", null, null, true, 0);
        staff.apply(command);
        return staff;
    }

    void edit(StaffCommand command) {
        if (!active) {
            throw new DomainException("organization.staff.inactive", name);
        }
        apply(command);
    }

    private void apply(StaffCommand command) {
        departmentId = command.departmentId();
        name = command.name().strip();
        employeeNumber = command.employeeNumber().strip().toUpperCase();
        mobile = blankToNull(command.mobile());
        account = blankToNull(command.account());
    }

    /** Refused while the person still holds active positions: their work would have nobody to go to. */
    void deactivate(List<String> heldPositions) {
        if (!active) {
            throw new DomainException("organization.staff.inactive", name);
        }
        if (!heldPositions.isEmpty()) {
            throw new DomainException("organization.staff.stillHolds", name, String.join("、", heldPositions));
        }
        active = false;
    }

    /** For the audit trail: the phone number already masked. */
    String summary(RecordNames names) {
        return name + " (" + employeeNumber + ", " + names.department(departmentId)
                + (mobile == null ? "" : ", mobile " + PersonalData.maskPhone(mobile))
                + (account == null ? "" : ", account " + account) + (active ? "" : ", inactive") + ")";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Nullable Long id() {
        return id;
    }

    long departmentId() {
        return departmentId;
    }

    String name() {
        return name;
    }

    String employeeNumber() {
        return employeeNumber;
    }

    @Nullable String mobile() {
        return mobile;
    }

    @Nullable String account() {
        return account;
    }

    boolean active() {
        return active;
    }

    int version() {
        return version;
    }
}
