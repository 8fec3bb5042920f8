package org.xiaoneng.identity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;

/**
 * Departments as the identity module needs them, asked of {@link OrganizationDirectory}: names for display and the
 * tree to choose from.
 */
@Component
public class Departments {

    private final OrganizationDirectory directory;

    Departments(OrganizationDirectory directory) {
        this.directory = directory;
    }

    public Optional<DepartmentRef> find(long id) {
        return directory.department(id);
    }

    public Optional<DepartmentRef> findByCode(String code) {
        return directory.departmentByCode(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** A name finder that asks the directory once per department. */
    public Names names() {
        return new Names();
    }

    /** Every department of the city, in tree order (siblings in their display order). */
    public List<DepartmentOption> tree() {
        List<DepartmentRef> all = directory.departments();
        Set<Long> ids = new HashSet<>();
        all.forEach(department -> ids.add(department.id()));
        Map<Long, List<DepartmentRef>> children = new HashMap<>();
        List<DepartmentRef> tops = new ArrayList<>();
        for (DepartmentRef department : all) {
            if (department.parentId() == null || !ids.contains(department.parentId())) {
                tops.add(department);
            } else {
                children.computeIfAbsent(department.parentId(), key -> new ArrayList<>()).add(department);
            }
        }
        List<DepartmentOption> options = new ArrayList<>();
        tops.forEach(top -> addWithChildren(top, 0, children, options, new HashSet<>()));
        return options;
    }

    private static void addWithChildren(DepartmentRef department, int depth, Map<Long, List<DepartmentRef>> children,
            List<DepartmentOption> options, Set<Long> seen) {
        if (!seen.add(department.id())) {
            return;
        }
        options.add(new DepartmentOption(department.id(), department.code(), department.name(), depth,
                department.active()));
        children.getOrDefault(department.id(), List.of())
                .forEach(child -> addWithChildren(child, depth + 1, children, options, seen));
    }

    /** Department names, each asked once; null for the whole city or an unknown department. */
    public final class Names {

        private final Map<Long, Optional<DepartmentRef>> seen = new HashMap<>();

        public @Nullable String of(@Nullable Long id) {
            if (id == null) {
                return null;
            }
            return seen.computeIfAbsent(id, directory::department).map(DepartmentRef::name).orElse(null);
        }

        /** {@code 市商务局(SWJ)}, for audit summaries. */
        public String labelOf(@Nullable Long id) {
            if (id == null) {
                return "city";
            }
            return seen.computeIfAbsent(id, directory::department)
                    .map(department -> department.name() + "(" + department.code() + ")")
                    .orElse("#" + id);
        }
    }
}
