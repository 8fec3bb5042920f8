package org.xiaoneng.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseTask;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffPost;
import org.xiaoneng.platform.CurrentActor;

/**
 * The positions the signed-in person may act in on a case today, for the steps done in a position (start, suspend,
 * resume, extend, decide): their own post, and every position of the case's process whose absent holder they stand in
 * for as deputy (AB角) — the same positions their inbox shows. Positions outside the process are left out, since the
 * case refuses them anyway.
 */
@Component
class ActingPositions {

    /**
     * A choice in the position list.
     *
     * @param positionId   null for the person's own post (the facade's "no position" acts in it)
     * @param absentHolder the holder the person stands in for, when acting as deputy
     * @param hasOpenTask  the case has an open task in this position (preselected, since a decision is made there)
     */
    record Choice(@Nullable Long positionId, @Nullable String positionName, @Nullable String absentHolder,
            boolean hasOpenTask) {

        public boolean own() {
            return positionId == null;
        }
    }

    private final OrganizationDirectory organization;
    private final CurrentActor currentActor;
    private final Clock clock;

    ActingPositions(OrganizationDirectory organization, CurrentActor currentActor, Clock clock) {
        this.organization = organization;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Own post first, then the deputy positions; {@code item} is the case's version (its process). */
    List<Choice> choices(CaseView view, Optional<ItemVersion> item) {
        String account = currentActor.actor().account();
        LocalDate today = LocalDate.ofInstant(clock.instant(), StatutoryCalendar.ZONE);
        Optional<StaffPost> own = organization.postOf(account);
        Map<Long, String> processPositions = new LinkedHashMap<>();
        item.ifPresent(version -> version.details().process().stream().flatMap(stage -> stage.tasks().stream())
                .forEach(task -> processPositions.putIfAbsent(task.positionId(), task.positionName())));
        List<Long> open = view.openTasks().stream().map(CaseTask::positionId).toList();
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(null, own.map(StaffPost::positionName).orElse(null), null,
                own.map(post -> open.contains(post.positionId())).orElse(false)));
        for (Acting acting : organization.positionsActedBy(account, today)) {
            boolean ownPost = own.map(post -> post.positionId() == acting.positionId()).orElse(false);
            String name = processPositions.get(acting.positionId());
            if (!ownPost && name != null) {
                choices.add(new Choice(acting.positionId(), name, acting.asDeputy() ? acting.absentStaffName() : null,
                        open.contains(acting.positionId())));
            }
        }
        return choices;
    }

    /** The choice to preselect: the first with an open task of the case, else the own post. */
    static @Nullable Long preselected(List<Choice> choices) {
        return choices.stream().filter(Choice::hasOpenTask).findFirst().map(Choice::positionId).orElse(null);
    }
}
