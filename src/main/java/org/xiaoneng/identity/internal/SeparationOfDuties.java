package org.xiaoneng.identity.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.xiaoneng.identity.Role;

/**
 * 审批与监督分离: nobody may approve and supervise the same department's cases. An approver grant and a supervisor
 * grant of one account conflict when some department falls under both: a supervisor grant covers its department and
 * everything below it (or the whole city); an approver grant covers its department, and the sub-departments only when
 * the grant includes them. The order in which the grants are made does not matter.
 */
final class SeparationOfDuties {

    private SeparationOfDuties() {
    }

    /** The grant the account already holds that the proposed one would conflict with, if any. */
    static Optional<RoleGrant> conflictWith(RoleGrant proposed, Collection<RoleGrant> held,
            LongFunction<Set<Long>> subtreeOf) {
        for (RoleGrant grant : held) {
            if (proposed.role() == Role.APPROVER && grant.role() == Role.SUPERVISOR
                    && overlap(proposed, grant, subtreeOf)) {
                return Optional.of(grant);
            }
            if (proposed.role() == Role.SUPERVISOR && grant.role() == Role.APPROVER
                    && overlap(grant, proposed, subtreeOf)) {
                return Optional.of(grant);
            }
        }
        return Optional.empty();
    }

    private static boolean overlap(RoleGrant approver, RoleGrant supervisor, LongFunction<Set<Long>> subtreeOf) {
        Long approved = approver.departmentId();
        Long supervised = supervisor.departmentId();
        if (approved == null || supervised == null) {
            return true; // the whole city covers every department the other grant covers
        }
        if (approved.equals(supervised) || subtreeOf.apply(supervised).contains(approved)) {
            return true; // supervised at the approver's department or above it
        }
        return approver.coversSubdepartments() && subtreeOf.apply(approved).contains(supervised);
    }
}
