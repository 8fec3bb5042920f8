package org.xiaoneng.inquiry.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;

/** The desks an inquiry may be handed to: every active position, grouped by department in the directory's order. */
@Component
class DeskChoices {

    /** The active positions of one department. */
    record Group(String department, List<PositionRef> positions) {
    }

    private final OrganizationDirectory organization;

    DeskChoices(OrganizationDirectory organization) {
        this.organization = organization;
    }

    List<Group> groups() {
        Map<Long, List<PositionRef>> byDepartment = new LinkedHashMap<>();
        for (PositionRef position : organization.activePositions()) {
            byDepartment.computeIfAbsent(position.departmentId(), id -> new ArrayList<>()).add(position);
        }
        List<Group> groups = new ArrayList<>();
        for (DepartmentRef department : organization.departments()) {
            List<PositionRef> positions = byDepartment.get(department.id());
            if (positions != null) {
                groups.add(new Group(department.name(), positions));
            }
        }
        return groups;
    }
}
