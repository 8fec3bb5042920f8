package org.xiaoneng.organization;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xiaoneng.organization.internal.DirectoryCache;
import org.xiaoneng.organization.internal.DirectoryQueries;
import org.xiaoneng.platform.Actor;

/**
 * What other modules may ask of the organization: departments and their tree, positions and functions, the post a
 * staff account holds, and who acts for a position on a date (the holder, or the deputy chain when the holder is away).
 * Answers are kept while the directory's revision stays the same ({@link DirectoryCache}).
 */
@Service
// joins the caller's transaction; on its own, each answer is one statement and needs none
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class OrganizationDirectory {

    private final DirectoryQueries queries;
    private final DirectoryCache cache;

    OrganizationDirectory(DirectoryQueries queries, DirectoryCache cache) {
        this.queries = queries;
        this.cache = cache;
    }

    /** The department with this id, if it exists. */
    public Optional<DepartmentRef> department(long departmentId) {
        return cache.get(Arrays.asList("department", departmentId), () -> queries.department(departmentId));
    }

    /** The department with this code (for example {@code SWJ}), if it exists. */
    public Optional<DepartmentRef> departmentByCode(String code) {
        return cache.get(Arrays.asList("departmentByCode", code), () -> queries.departmentByCode(code));
    }

    /** Every department, active or not, siblings in their display order; for pickers and reports of other modules. */
    public List<DepartmentRef> departments() {
        return cache.get(Arrays.asList("departments"), () -> List.copyOf(queries.departments()));
    }

    /** The department and all departments below it. Empty when it does not exist. */
    public Set<Long> subtreeOf(long departmentId) {
        return cache.get(Arrays.asList("subtreeOf", departmentId),
                () -> Collections.unmodifiableSet(queries.subtreeOf(departmentId)));
    }

    /** The position with this id, active or not, if it exists. */
    public Optional<PositionRef> position(long positionId) {
        return cache.get(Arrays.asList("position", positionId), () -> queries.position(positionId));
    }

    /** The position with this code (for example {@code SWJ-JZ}), active or not, if it exists. */
    public Optional<PositionRef> positionByCode(String code) {
        return cache.get(Arrays.asList("positionByCode", code), () -> queries.positionByCode(code));
    }

    /** Name, account and mobile number of a staff member, active or not, to alert them (supervision). */
    public Optional<StaffContact> staffContact(long staffId) {
        return cache.get(Arrays.asList("staffContact", staffId), () -> queries.staffContact(staffId));
    }

    /** Every active position, by department and code; for pickers of other modules. */
    public List<PositionRef> activePositions() {
        return cache.get(Arrays.asList("activePositions"), () -> List.copyOf(queries.activePositions()));
    }

    /** The function (职能) with this id, active or not, if it exists. */
    public Optional<FunctionRef> function(long functionId) {
        return cache.get(Arrays.asList("function", functionId), () -> queries.function(functionId));
    }

    /** Every function, active or not, by code; for pickers and reports of other modules. */
    public List<FunctionRef> functions() {
        return cache.get(Arrays.asList("functions"), () -> List.copyOf(queries.functions()));
    }

    /** The active staff member linked to this account, with or without a position; their in-app inbox key. */
    public Optional<Long> staffIdOf(String account) {
        return cache.get(Arrays.asList("staffIdOf", account), () -> queries.staffIdOf(account));
    }

    /** The active position held by the staff member linked to this account, if any. */
    public Optional<StaffPost> postOf(String account) {
        return cache.get(Arrays.asList("postOf", account), () -> queries.postOf(account));
    }

    /**
     * Who acts for the position on the date: its holder when present, otherwise the holder of its deputy position
     * (following the deputy chain, never leaving it); empty when nobody in the chain is present.
     */
    public Optional<Acting> whoActsFor(long positionId, LocalDate date) {
        return cache.get(Arrays.asList("whoActsFor", positionId, date), () -> queries.whoActsFor(positionId, date));
    }

    /**
     * The positions the account acts for on the date: those it holds whose holder is present (itself), and those whose
     * absent holder it stands in for as deputy (AB角) — the inboxes it works that day.
     */
    public List<Acting> positionsActedBy(String account, LocalDate date) {
        List<Long> reach = cache.get(Arrays.asList("positionsWithinDeputyReach", account),
                () -> List.copyOf(queries.positionsWithinDeputyReach(account)));
        return reach.stream()
                .flatMap(id -> whoActsFor(id, date).stream())
                .filter(acting -> account.equals(acting.account()))
                .toList();
    }

    /**
     * The actor as the audit trail must record them when they do the work of position P on the date: in P itself when
     * they hold it, or in their own position "as deputy for" P when P's holder is away and the chain names them.
     * Empty when the account is not the one who acts for P that day — the caller refuses the action.
     */
    public Optional<Actor> actorFor(Actor actor, long positionId, LocalDate date) {
        return whoActsFor(positionId, date)
                .filter(acting -> actor.account().equals(acting.account()))
                .map(acting -> {
                    String position = positionName(positionId);
                    if (!acting.asDeputy()) {
                        return new Actor(actor.account(), position, null, actor.address());
                    }
                    return actor.asDeputyFor(positionName(acting.actingPositionId()), position);
                });
    }

    private String positionName(long positionId) {
        return cache.get(Arrays.asList("positionName", positionId), () -> queries.positionName(positionId))
                .orElseThrow();
    }
}
