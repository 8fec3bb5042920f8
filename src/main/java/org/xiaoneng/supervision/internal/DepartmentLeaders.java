package org.xiaoneng.supervision.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;

/**
 * Finds the leader of a department, who hears of its red lights: whoever acts today for the department's head
 * position, named by {@code xiaoneng.supervision.leader-position} (see {@link SupervisionProperties}); a department
 * without one answers through its parent.
 */
@Component
public class DepartmentLeaders {

    private final OrganizationDirectory organization;
    private final SupervisionProperties properties;

    DepartmentLeaders(OrganizationDirectory organization, SupervisionProperties properties) {
        this.organization = organization;
        this.properties = properties;
    }

    /** Who leads the department on the date; empty when no head position up the tree or nobody acts for it. */
    public Optional<Acting> leaderOf(long departmentId, LocalDate date) {
        Set<Long> seen = new HashSet<>();
        Optional<DepartmentRef> department = organization.department(departmentId);
        while (department.isPresent() && seen.add(department.get().id())) {
            Optional<PositionRef> head = organization.positionByCode(
                    properties.leaderPositionCode(department.get().code())).filter(PositionRef::active);
            if (head.isPresent()) {
                return organization.whoActsFor(head.get().id(), date);
            }
            Long parent = department.get().parentId();
            department = parent == null ? Optional.empty() : organization.department(parent);
        }
        return Optional.empty();
    }
}
