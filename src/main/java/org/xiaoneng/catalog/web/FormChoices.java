package org.xiaoneng.catalog.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.xiaoneng.catalog.ItemKind;
import org.xiaoneng.catalog.LimitUnit;
import org.xiaoneng.catalog.MaterialForm;
import org.xiaoneng.catalog.MaterialSource;
import org.xiaoneng.catalog.internal.FileRow;
import org.xiaoneng.catalog.internal.ItemService;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.FunctionRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.PositionRef;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;

/** The choices the item form offers: departments, positions by department, functions, fee standards, files. */
@Component
class FormChoices {

    /** The active positions of one department, for a select's option group. */
    record PositionGroup(String departmentName, List<PositionRef> positions) {
    }

    private final OrganizationDirectory directory;
    private final ItemService items;
    private final CurrentActor currentActor;

    FormChoices(OrganizationDirectory directory, ItemService items, CurrentActor currentActor) {
        this.directory = directory;
        this.items = items;
        this.currentActor = currentActor;
    }

    /** Departments to choose from: active ones; as lead only those within the person's data scope. */
    List<DepartmentRef> departments() {
        return directory.departments().stream().filter(DepartmentRef::active).toList();
    }

    List<DepartmentRef> leadChoices() {
        DataScope scope = currentActor.dataScope();
        return departments().stream().filter(d -> scope.allows(d.id()) && d.parentId() != null).toList();
    }

    Map<Long, Long> departmentOfPosition() {
        return directory.activePositions().stream()
                .collect(Collectors.toMap(PositionRef::id, PositionRef::departmentId));
    }

    void addTo(Model model, List<FileRow> files) {
        Map<Long, String> names = departments().stream()
                .collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::name));
        Map<Long, List<PositionRef>> byDepartment = new LinkedHashMap<>();
        for (PositionRef position : directory.activePositions()) {
            byDepartment.computeIfAbsent(position.departmentId(), k -> new ArrayList<>()).add(position);
        }
        model.addAttribute("departments", departments());
        model.addAttribute("leadChoices", leadChoices());
        model.addAttribute("positionGroups", byDepartment.entrySet().stream()
                .filter(e -> names.containsKey(e.getKey()))
                .map(e -> new PositionGroup(names.get(e.getKey()), e.getValue())).toList());
        model.addAttribute("functions", directory.functions().stream().filter(FunctionRef::active).toList());
        model.addAttribute("feeStandards", items.feeStandards());
        model.addAttribute("files", files);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("units", LimitUnit.values());
        model.addAttribute("sources", MaterialSource.values());
        model.addAttribute("materialForms", MaterialForm.values());
    }
}
