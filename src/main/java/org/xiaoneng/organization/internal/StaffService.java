package org.xiaoneng.organization.internal;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.DomainException;

/**
 * Staff: search, create, edit, deactivate within the person's data scope. Mobile numbers are masked in lists; only
 * those who edit staff see them in full, on a single record.
 */
@Service
@Transactional
public class StaffService {

    /** Changes are allowed only where a role carrying this permission is held. */
    static final String EDIT = "organization:staff:edit";

    static final String RECORD = "staff";
    /** The permission of those who manage accounts (the identity module's system admins). */
    private static final String ACCOUNT_ADMIN = "identity:account:edit";

    private final StaffRepository staff;
    private final DepartmentRepository departments;
    private final PositionRepository positions;
    private final CurrentActor currentActor;
    private final OrganizationAudit audit;

    private final RecordNames names;

    StaffService(StaffRepository staff, DepartmentRepository departments, PositionRepository positions,
            CurrentActor currentActor, OrganizationAudit audit, RecordNames names) {
        this.names = names;
        this.staff = staff;
        this.departments = departments;
        this.positions = positions;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** Masked mobile numbers. */
    @Transactional(readOnly = true)
    public ResultPage<StaffView> search(Search search, long departmentId) {
        ResultPage<StaffView> page = staff.search(currentActor.dataScope(), search, departmentId);
        return new ResultPage<>(page.items().stream().map(StaffView::masked).toList(), page.page(), page.size(),
                page.total());
    }

    /** One staff member; the mobile number in full only when {@code revealMobile}. */
    @Transactional(readOnly = true)
    public StaffView get(long id, boolean revealMobile) {
        StaffView view = staff.view(id).orElseThrow(() -> new Missing(RECORD, id));
        currentActor.dataScope().check(view.departmentId());
        return revealMobile ? view : view.masked();
    }

    /** The active positions the staff member holds. */
    @Transactional(readOnly = true)
    public java.util.List<PositionView> positionsOf(long id) {
        get(id, false);
        return positions.heldBy(id);
    }

    public long create(StaffCommand command) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        Staff person = Staff.create(command);
        checkAccountLink(null, person.account());
        check(scope, person, 0);
        long id = staff.insert(person);
        audit.changed(RECORD, "created", id, null, person.summary(names), person.departmentId());
        return id;
    }

    public void update(long id, StaffCommand command) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        Staff person = load(id, scope);
        DepartmentService.checkVersion(person.version(), command.version());
        String before = person.summary(names);
        String accountBefore = person.account();
        person.edit(command);
        checkAccountLink(accountBefore, person.account());
        check(scope, person, id);
        staff.update(person);
        audit.changed(RECORD, "updated", id, before, person.summary(names), person.departmentId());
    }

    public void deactivate(long id) {
        Staff person = load(id, currentActor.dataScopeFor(EDIT));
        String before = person.summary(names);
        person.deactivate(positions.heldBy(id).stream().map(PositionView::name).toList());
        staff.update(person);
        audit.changed(RECORD, "deactivated", id, before, person.summary(names), person.departmentId());
    }

    /**
     * The account link decides whose sign-in holds a position (and so whose work is whose): only a system admin, who
     * manages accounts, may set or change it — a department admin could otherwise put his own account in any seat.
     */
    private void checkAccountLink(@Nullable String before, @Nullable String after) {
        if (!Objects.equals(before, after) && !currentActor.holds(ACCOUNT_ADMIN)) {
            throw new DomainException("organization.staff.accountLinkAdminOnly");
        }
    }

    /** Where the person may record absences (外出). */
    DataScope absenceScope() {
        return currentActor.dataScopeFor("organization:absence:edit");
    }

    Staff load(long id, DataScope scope) {
        Staff person = staff.find(id).orElseThrow(() -> new Missing(RECORD, id));
        scope.check(person.departmentId());
        return person;
    }

    private void check(DataScope scope, Staff person, long exceptId) {
        long departmentId = person.departmentId();
        Department department = departments.find(departmentId)
                .orElseThrow(() -> new Missing(DepartmentService.RECORD, departmentId));
        scope.check(departmentId);
        if (!department.active()) {
            throw new DomainException("organization.department.inactive", department.name());
        }
        if (staff.employeeNumberTaken(person.employeeNumber(), exceptId)) {
            throw new ConflictException("organization.staff.employeeNumberTaken", person.employeeNumber());
        }
        if (person.account() != null && staff.accountTaken(person.account(), exceptId)) {
            throw new ConflictException("organization.staff.accountTaken", person.account());
        }
    }
}
