package org.xiaoneng.identity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * tree to choose from. The directory has no "all departments" query, so the tree is found from the departments that
 * accounts already live in or hold roles over, walked up to their top department and down its whole subtree.
 */
@Component
public class Departments {

    private final OrganizationDirectory directory;
    private final AccountRepository accounts;

    Departments(OrganizationDirectory directory, AccountRepository accounts) {
        this.directory = directory;
        this.accounts = accounts;
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

    /** Every department reachable from the known ones, in tree order (siblings in the order they were created). */
    public List<DepartmentOption> tree() {
        Map<Long, DepartmentRef> byId = new HashMap<>();
        Set<Long> roots = new LinkedHashSet<>();
        for (Long known : accounts.knownDepartmentIds()) {
            Long top = topOf(known, byId);
            if (top != null) {
                roots.add(top);
            }
        }
        for (Long root : roots) {
            for (Long id : directory.subtreeOf(root)) {
                byId.computeIfAbsent(id, key -> directory.department(key).orElse(null));
            }
        }
        Map<Long, List<DepartmentRef>> children = new HashMap<>();
        List<DepartmentRef> tops = new ArrayList<>();
        for (DepartmentRef department : byId.values()) {
            if (department == null) {
                continue;
            }
            if (department.parentId() == null || !byId.containsKey(department.parentId())) {
                tops.add(department);
            } else {
                children.computeIfAbsent(department.parentId(), key -> new ArrayList<>()).add(department);
            }
        }
        List<DepartmentOption> options = new ArrayList<>();
        tops.sort(Comparator.comparingLong(DepartmentRef::id));
        tops.forEach(top -> addWithChildren(top, 0, children, options));
        return options;
    }

    private @Nullable Long topOf(long id, Map<Long, DepartmentRef> byId) {
        Set<Long> seen = new HashSet<>();
        Long current = id;
        Long top = null;
        while (current != null && seen.add(current)) {
            DepartmentRef department = byId.computeIfAbsent(current, key -> directory.department(key).orElse(null));
            if (department == null) {
                break;
            }
            top = department.id();
            current = department.parentId();
        }
        return top;
    }

    private static void addWithChildren(DepartmentRef department, int depth, Map<Long, List<DepartmentRef>> children,
            List<DepartmentOption> options) {
        options.add(new DepartmentOption(department.id(), department.code(), department.name(), depth,
                department.active()));
        List<DepartmentRef> below = children.getOrDefault(department.id(), new ArrayList<>());
        below.sort(Comparator.comparingLong(DepartmentRef::id));
        below.forEach(child -> addWithChildren(child, depth + 1, children, options));
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
