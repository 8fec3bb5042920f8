package org.xiaoneng.supervision.internal.violation;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;
import org.xiaoneng.organization.StaffContact;
import org.xiaoneng.organization.StaffPost;

/** Resolves accounts, staff and positions to the person, position and department a violation names. */
@Component
class People {

    private final OrganizationDirectory organization;

    People(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /**
     * The account's person and post; {@code position} (the position acted in, when known) takes the post's place and
     * its department answers; without either, {@code fallbackDepartment}.
     */
    Responsible ofAccount(@Nullable String account, @Nullable Long position, long fallbackDepartment) {
        Optional<StaffPost> post = account == null ? Optional.empty() : organization.postOf(account);
        Optional<PositionRef> acted = position == null ? Optional.empty() : organization.position(position);
        Long staffId = post.map(StaffPost::staffId).orElse(null);
        String staffName = post.map(StaffPost::staffName).orElse(null);
        if (acted.isPresent()) {
            return new Responsible(staffId, staffName, account, acted.get().id(), acted.get().name(),
                    acted.get().departmentId());
        }
        return post.map(p -> new Responsible(p.staffId(), p.staffName(), account, p.positionId(), p.positionName(),
                        p.departmentId()))
                .orElse(new Responsible(null, null, account, null, null, fallbackDepartment));
    }

    /** A staff member in a position (either may be unknown). */
    Responsible of(@Nullable Long staffId, @Nullable String staffName, @Nullable Long positionId,
            @Nullable String positionName, long departmentId) {
        Optional<StaffContact> staff = staffId == null ? Optional.empty() : organization.staffContact(staffId);
        return new Responsible(staffId, staff.map(StaffContact::name).orElse(staffName),
                staff.map(StaffContact::account).orElse(null), positionId, positionName, departmentId);
    }

    String departmentName(@Nullable Long departmentId) {
        return departmentId == null ? "" : organization.department(departmentId).map(DepartmentRef::name).orElse("");
    }
}
