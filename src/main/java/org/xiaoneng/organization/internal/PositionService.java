package org.xiaoneng.organization.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.platform.ConflictException;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.DomainException;

/**
 * Positions (职位), their written responsibilities, holders and deputies (AB角). A deputy must be another active
 * position of the same department, its parent or one of its children. Deputies may stand in for each other (互为AB角,
 * the usual pairing): the walk that finds who acts stops where it started. Everything stays within the person's data
 * scope; every change is audited.
 */
@Service
@Transactional
public class PositionService {

    /** Changes are allowed only where a role carrying this permission is held. */
    static final String EDIT = "organization:position:edit";

    static final String RECORD = "position";

    private final PositionRepository positions;
    private final DepartmentRepository departments;
    private final StaffRepository staff;
    private final DirectoryQueries directory;
    private final CurrentActor currentActor;
    private final OrganizationAudit audit;

    private final RecordNames names;

    PositionService(PositionRepository positions, DepartmentRepository departments, StaffRepository staff,
            DirectoryQueries directory, CurrentActor currentActor, OrganizationAudit audit, RecordNames names) {
        this.names = names;
        this.positions = positions;
        this.departments = departments;
        this.staff = staff;
        this.directory = directory;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public ResultPage<PositionView> search(Search search, long departmentId) {
        return positions.search(currentActor.dataScope(), search, departmentId);
    }

    @Transactional(readOnly = true)
    public PositionView get(long id) {
        PositionView view = positions.view(id).orElseThrow(() -> new Missing(RECORD, id));
        currentActor.dataScope().check(view.departmentId());
        return view;
    }

    /** The active positions of a department, for printing its 职位职责说明. */
    @Transactional(readOnly = true)
    public List<PositionView> printable(long departmentId) {
        currentActor.dataScope().check(departmentId);
        return positions.activeOfDepartment(departmentId);
    }

    /** Positions that may be named deputy of a position of the department (other than {@code exceptId}). */
    @Transactional(readOnly = true)
    public List<PositionView> deputyChoices(long departmentId, long exceptId) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        return scope.allows(departmentId) ? positions.deputyChoices(scope, departmentId, exceptId) : List.of();
    }

    /** Active staff who may hold a position of the department: its own, its parent's and its children's. */
    @Transactional(readOnly = true)
    public List<StaffView> holderChoices(long departmentId) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        return scope.allows(departmentId) ? staff.activeIn(scope, positions.family(departmentId)) : List.of();
    }

    /** Who acts for the position on the day (see {@link DeputyRule}). */
    @Transactional(readOnly = true)
    public Optional<Acting> acting(long id, LocalDate day) {
        get(id);
        return directory.whoActsFor(id, day);
    }

    public long create(PositionCommand command) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        Position position = Position.create(command);
        checkLinks(scope, position, 0);
        checkCodeFree(position.code(), 0);
        long id = positions.insert(position);
        audit.changed(RECORD, "created", id, null, position.summary(names), position.departmentId());
        return id;
    }

    public void update(long id, PositionCommand command) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        Position position = load(id, scope);
        DepartmentService.checkVersion(position.version(), command.version());
        String before = position.summary(names);
        position.edit(command);
        if (position.deputyPositionId() != null) {
            positions.lockDeputies(); // against a concurrent deactivation of the new deputy
        }
        checkLinks(scope, position, id);
        checkCodeFree(position.code(), id);
        positions.update(position);
        audit.changed(RECORD, "updated", id, before, position.summary(names), position.departmentId());
    }

    /** Puts the staff member in the position (or leaves it vacant when {@code staffId} is null). */
    public void assign(long id, @Nullable Long staffId) {
        DataScope scope = currentActor.dataScopeFor(EDIT);
        Position position = load(id, scope);
        String before = position.summary(names);
        position.assign(staffId);
        checkHolder(scope, staffId);
        positions.update(position);
        audit.changed(RECORD, staffId == null ? "unassigned" : "assigned", id, before, position.summary(names),
                position.departmentId());
    }

    public void deactivate(long id) {
        Position position = load(id, currentActor.dataScopeFor(EDIT));
        String before = position.summary(names);
        positions.lockDeputies();
        position.deactivate(positions.activeDependants(id));
        positions.update(position);
        audit.changed(RECORD, "deactivated", id, before, position.summary(names), position.departmentId());
    }

    private Position load(long id, DataScope scope) {
        Position position = positions.find(id).orElseThrow(() -> new Missing(RECORD, id));
        scope.check(position.departmentId());
        return position;
    }

    private void checkLinks(DataScope scope, Position position, long id) {
        long departmentId = position.departmentId();
        Department department = departments.find(departmentId)
                .orElseThrow(() -> new Missing(DepartmentService.RECORD, departmentId));
        scope.check(departmentId);
        if (!department.active()) {
            throw new DomainException("organization.department.inactive", department.name());
        }
        Long deputyId = position.deputyPositionId();
        if (deputyId != null) {
            Position deputy = positions.find(deputyId).orElseThrow(() -> new Missing(RECORD, deputyId));
            scope.check(deputy.departmentId());
            if (deputyId == id) {
                throw new DomainException("organization.position.ownDeputy", position.name());
            }
            if (!deputy.active()) {
                throw new DomainException("organization.position.deputyInactive", deputy.name());
            }
            if (!positions.family(departmentId).contains(deputy.departmentId())) {
                throw new DomainException("organization.position.deputyTooFar", deputy.name(), department.name());
            }
        }
        checkHolder(scope, position.holderStaffId());
    }

    private void checkHolder(DataScope scope, @Nullable Long staffId) {
        if (staffId == null) {
            return;
        }
        Staff holder = staff.find(staffId).orElseThrow(() -> new Missing(StaffService.RECORD, staffId));
        scope.check(holder.departmentId());
        if (!holder.active()) {
            throw new DomainException("organization.staff.inactive", holder.name());
        }
    }

    private void checkCodeFree(String code, long exceptId) {
        if (positions.codeTaken(code, exceptId)) {
            throw new ConflictException("organization.position.codeTaken", code);
        }
    }
}
