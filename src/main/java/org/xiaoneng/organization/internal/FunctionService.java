package org.xiaoneng.organization.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.DomainException;

/**
 * Functions (职能): each has exactly one lead department; other departments may claim it too. A person sees the
 * functions his departments lead or claim, and edits those his departments lead. Claimants may be any active
 * department: recording who else claims a function is how overlaps come to light.
 */
@Service
@Transactional
public class FunctionService {

    /** Changes are allowed only where a role carrying this permission is held. */
    static final String EDIT = "organization:function:edit";

    static final String RECORD = "function";

    private final FunctionRepository functions;
    private final DepartmentRepository departments;
    private final CurrentActor currentActor;
    private final OrganizationAudit audit;

    FunctionService(FunctionRepository functions, DepartmentRepository departments, CurrentActor currentActor,
            OrganizationAudit audit) {
        this.functions = functions;
        this.departments = departments;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResultPage<FunctionView> search(Search search, long departmentId) {
        return functions.search(currentActor.dataScope(), search, departmentId);
    }

    @Transactional(readOnly = true)
    public FunctionView get(long id) {
        FunctionView view = functions.view(id).orElseThrow(() -> new Missing(RECORD, id));
        if (!functions.visible(id, currentActor.dataScope())) {
            throw new org.xiaoneng.platform.OutOfScopeException();
        }
        return view;
    }

    public long create(FunctionCommand command) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        Function function = Function.create(command);
        checkDepartments(scope, function);
        checkCodeFree(function.code(), 0);
        long id = functions.insert(function);
        audit.changed(RECORD, "created", id, null, function.summary(), function.leadDepartmentId());
        return id;
    }

    public void update(long id, FunctionCommand command) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        Function function = load(id, scope);
        DepartmentService.checkVersion(function.version(), command.version());
        String before = function.summary();
        function.edit(command);
        checkDepartments(scope, function);
        checkCodeFree(function.code(), id);
        functions.update(function);
        audit.changed(RECORD, "updated", id, before, function.summary(), function.leadDepartmentId());
    }

    public void deactivate(long id) {
        Function function = load(id, currentActor.dataScopeFor(EDIT));
        String before = function.summary();
        function.deactivate();
        functions.update(function);
        audit.changed(RECORD, "deactivated", id, before, function.summary(), function.leadDepartmentId());
    }

    private Function load(long id, DataScope scope) {
        Function function = functions.find(id).orElseThrow(() -> new Missing(RECORD, id));
        scope.check(function.leadDepartmentId());
        return function;
    }

    private void checkDepartments(DataScope scope, Function function) {
        long lead = function.leadDepartmentId();
        Department department = departments.find(lead).orElseThrow(() -> new Missing(DepartmentService.RECORD, lead));
        scope.check(lead);
        if (!department.active()) {
            throw new DomainException("organization.department.inactive", department.name());
        }
        for (long claimant : function.claimDepartmentIds()) {
            Department other = departments.find(claimant)
                    .orElseThrow(() -> new Missing(DepartmentService.RECORD, claimant));
            if (!other.active()) {
                throw new DomainException("organization.department.inactive", other.name());
            }
        }
    }

    private void checkCodeFree(String code, long exceptId) {
        if (functions.codeTaken(code, exceptId)) {
            throw new ConflictException("organization.function.codeTaken", code);
        }
    }
}
