package org.xiaoneng.organization.internal;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.DomainException;
import org.xiaoneng.platform.OutOfScopeException;

/**
 * The department tree: search, create, edit, deactivate — each inside the person's data scope, each change audited.
 * A department admin works only on departments of his scope; a new top-level department needs the whole city.
 */
@Service
@Transactional
public class DepartmentService {

    /** Changes are allowed only where a role carrying this permission is held. */
    static final String EDIT = "organization:department:edit";

    static final String RECORD = "department";

    private final DepartmentRepository departments;
    private final CurrentActor currentActor;
    private final OrganizationAudit audit;

    DepartmentService(DepartmentRepository departments, CurrentActor currentActor, OrganizationAudit audit) {
        this.departments = departments;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResultPage<DepartmentView> search(Search search) {
        return departments.search(currentActor.dataScope(), search, false);
    }

    /** Active departments the person may work in, in tree order, for selects. */
    @Transactional(readOnly = true)
    public List<DepartmentView> choices() {
        return departments.search(currentActor.dataScope(), new Search("", 0, ResultPage.MAX_SIZE), true).items();
    }

    /**
     * Every active department, whatever the scope: names of departments are public knowledge, and a function's
     * claimants may be any department.
     */
    @Transactional(readOnly = true)
    public List<DepartmentView> allActive() {
        return departments.search(DataScope.everything(), new Search("", 0, ResultPage.MAX_SIZE), true).items();
    }

    @Transactional(readOnly = true)
    public DepartmentView get(long id) {
        DepartmentView view = departments.view(id).orElseThrow(() -> new Missing(RECORD, id));
        currentActor.dataScope().check(view.id());
        return view;
    }

    /**
     * Creates a department and returns it. The new department may lie outside the person's data scope as it was when
     * he signed in (a scope is a snapshot of department ids), so it is returned without a scope check: he made it.
     */
    public DepartmentView create(DepartmentCommand command) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        Department department = Department.create(command);
        checkParent(scope, department.parentId());
        checkCodeFree(department.code(), 0);
        long id = departments.insert(department);
        audit.changed(RECORD, "created", id, null, department.summary(), id);
        return departments.view(id).orElseThrow();
    }

    public void update(long id, DepartmentCommand command) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        Department department = load(id, scope);
        checkVersion(department.version(), command.version());
        String before = department.summary();
        Long oldParent = department.parentId();
        department.edit(command);
        if (!Objects.equals(oldParent, department.parentId())) {
            checkParent(scope, department.parentId());
            departments.lockTree();
            if (Chains.wouldCloseLoop(id, department.parentId(), departments.parentLinks())) {
                throw new DomainException("organization.department.cycle", department.name());
            }
        }
        checkCodeFree(department.code(), id);
        departments.update(department);
        audit.changed(RECORD, "updated", id, before, department.summary(), id);
    }

    public void deactivate(long id) {
        Department department = load(id, currentActor.dataScopeFor(EDIT));
        String before = department.summary();
        departments.lockTree();
        department.deactivate(departments.countActiveChildren(id), departments.countActiveStaff(id),
                departments.countActivePositions(id));
        departments.update(department);
        audit.changed(RECORD, "deactivated", id, before, department.summary(), id);
    }

    private Department load(long id, DataScope scope) {
        Department department = departments.find(id).orElseThrow(() -> new Missing(RECORD, id));
        scope.check(id);
        return department;
    }

    private void checkParent(DataScope scope, @Nullable Long parentId) {
        if (parentId == null) {
            if (!scope.all()) {
                throw new OutOfScopeException();
            }
            return;
        }
        Department parent = departments.find(parentId).orElseThrow(() -> new Missing(RECORD, parentId));
        scope.check(parentId);
        if (!parent.active()) {
            throw new DomainException("organization.department.inactive", parent.name());
        }
    }

    private void checkCodeFree(String code, long exceptId) {
        if (departments.codeTaken(code, exceptId)) {
            throw new ConflictException("organization.department.codeTaken", code);
        }
    }

    /** An update must say which version it edits: without it, a stale form would silently overwrite newer data. */
    static void checkVersion(int current, @Nullable Integer edited) {
        if (edited == null) {
            throw new DomainException("organization.versionRequired");
        }
        if (edited != current) {
            throw new OptimisticLockingFailureException("edited version " + edited + ", now " + current);
        }
    }
}
