package org.xiaoneng.supervision.internal.violation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.DataScope;
import org.xiaoneng.platform.NotFoundException;
import org.xiaoneng.platform.OutOfScopeException;
import org.xiaoneng.supervision.ViolationRule;

/** The register as the console reads it, always within the viewer's data scope for {@value #VIEW}. */
@Component
@Transactional(readOnly = true)
public class Violations {

    public static final String VIEW = "supervision:violation:view";
    /** Most violations the console lists at once. */
    public static final int MAX_LIST = 200;

    private final ViolationRegister register;
    private final OrganizationDirectory organization;
    private final CurrentActor currentActor;

    Violations(ViolationRegister register, OrganizationDirectory organization, CurrentActor currentActor) {
        this.register = register;
        this.organization = organization;
        this.currentActor = currentActor;
    }

    /** Latest first, at most {@link #MAX_LIST} + 1 (so the caller can tell there are more). */
    public List<ViolationView> list(@Nullable ViolationRule rule, @Nullable Long departmentId,
            @Nullable LocalDate from, @Nullable LocalDate to) {
        Map<Long, String> names = new HashMap<>();
        organization.departments().forEach(d -> names.put(d.id(), d.name()));
        return register.list(scope(), new ViolationRegister.Filter(rule, departmentId, from, to), MAX_LIST + 1)
                .stream().map(v -> v.withDepartmentName(names.getOrDefault(v.departmentId(), ""))).toList();
    }

    /** One violation; not found, or out of scope when it is another department's. */
    public ViolationView find(long id) {
        ViolationView v = register.find(id).orElseThrow(() -> new NotFoundException("violation", id));
        if (!scope().allows(v.departmentId())) {
            throw new OutOfScopeException();
        }
        return v.withDepartmentName(organization.department(v.departmentId()).map(DepartmentRef::name).orElse(""));
    }

    /** The departments the viewer may filter by. */
    public List<DepartmentRef> departments() {
        DataScope scope = scope();
        return organization.departments().stream().filter(d -> scope.allows(d.id())).toList();
    }

    DataScope scope() {
        return currentActor.dataScopeFor(VIEW);
    }
}
