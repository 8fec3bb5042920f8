package org.xiaoneng.casework.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.xiaoneng.calendar.StatutoryCalendar;
import org.xiaoneng.casework.CaseHistoryEntry;
import org.xiaoneng.casework.CaseState;
import org.xiaoneng.casework.CaseView;
import org.xiaoneng.casework.Casework;
import org.xiaoneng.casework.DeliveryMethod;
import org.xiaoneng.casework.NoticeKind;
import org.xiaoneng.casework.Outcome;
import org.xiaoneng.casework.SpecialProcedure;
import org.xiaoneng.catalog.ItemCatalog;
import org.xiaoneng.catalog.ItemVersion;
import org.xiaoneng.catalog.Material;
import org.xiaoneng.platform.CurrentActor;

/**
 * Everything the case page shows — the case, its dates, timeline in the reader's language, notices, files, tasks and
 * rating — and the step forms the person may use now, each with its defaults unless a refused form is being shown
 * again with what was entered.
 */
@Component
class CasePage {

    static final String VIEW = "casework/case";

    private final Casework casework;
    private final ItemCatalog catalog;
    private final StatutoryCalendar calendar;
    private final CaseTimeline timeline;
    private final ActingPositions positions;
    private final CurrentActor currentActor;
    private final Clock clock;

    CasePage(Casework casework, ItemCatalog catalog, StatutoryCalendar calendar, CaseTimeline timeline,
            ActingPositions positions, CurrentActor currentActor, Clock clock) {
        this.casework = casework;
        this.catalog = catalog;
        this.calendar = calendar;
        this.timeline = timeline;
        this.positions = positions;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    String render(long caseId, Model model, Locale locale) {
        CaseView view = casework.find(caseId);
        Optional<ItemVersion> item = catalog.version(view.itemVersionId());
        LocalDate today = LocalDate.ofInstant(clock.instant(), StatutoryCalendar.ZONE);
        model.addAttribute("view", view);
        model.addAttribute("today", today);
        model.addAttribute("zone", StatutoryCalendar.ZONE);
        model.addAttribute("remaining", remaining(view));
        model.addAttribute("timeline", timeline.rows(view.history(), locale));
        model.addAttribute("notices", notices(view.history()));
        model.addAttribute("files", casework.files(caseId));
        model.addAttribute("rating", casework.rating(caseId).orElse(null));
        List<ActingPositions.Choice> choices = positions.choices(view, item);
        Set<String> steps = CaseSteps.possible(view, currentActor::holds);
        if (!view.openTasks().isEmpty() && choices.stream().noneMatch(ActingPositions.Choice::hasOpenTask)) {
            // a decision is made in the position whose task is open (once every stage is done, by any approver)
            steps.remove(CaseSteps.DECIDE);
        }
        model.addAttribute("steps", steps);
        model.addAttribute("positions", choices);
        model.addAttribute("preselected", ActingPositions.preselected(choices));
        model.addAttribute("committable", item.map(v -> v.details().materials().stream()
                .filter(Material::mayBeMissingWithCommitment).map(Material::name).collect(Collectors.toSet()))
                .orElse(Set.of()));
        model.addAttribute("procedures", SpecialProcedure.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("methods", DeliveryMethod.values());
        defaults(model, view.version());
        return VIEW;
    }

    private void defaults(Model model, int version) {
        addIfAbsent(model, "correction", CaseForms.RowsEntry.none());
        addIfAbsent(model, "acceptance", CaseForms.RowsEntry.none());
        addIfAbsent(model, "resubmission", CaseForms.RowsEntry.none());
        addIfAbsent(model, "refusal", new CaseForms.ReasonForm(version, ""));
        addIfAbsent(model, "suspension",
                new CaseForms.SuspensionForm(version, null, SpecialProcedure.EXPERT_REVIEW, ""));
        addIfAbsent(model, "resumption", new CaseForms.ResumptionForm(version, null, ""));
        addIfAbsent(model, "extension", new CaseForms.ExtensionForm(version, null, ""));
        addIfAbsent(model, "decision", new CaseForms.DecisionForm(version, null, Outcome.APPROVED, "", ""));
        addIfAbsent(model, "certificate", new CaseForms.CertificateForm(version, ""));
        addIfAbsent(model, "delivery", new CaseForms.DeliveryForm(version, DeliveryMethod.WINDOW));
        addIfAbsent(model, "withdrawal", new CaseForms.ReasonForm(version, ""));
    }

    /** The blank form, unless the form is being shown again (a form that could not be bound at all is blank). */
    private static void addIfAbsent(Model model, String name, Object value) {
        if (model.getAttribute(name) == null) {
            model.addAttribute(name, value);
        }
    }

    /**
     * Working days left to the date that matters now: the intake decision while received, the case's due date while
     * the clock runs; none once decided, finished, or while the clock stands still.
     */
    private @Nullable Integer remaining(CaseView view) {
        CaseState state = view.state();
        if (state == CaseState.RECEIVED) {
            return calendar.remainingWorkingDays(view.deadlines().acceptanceDue());
        }
        LocalDate due = view.deadlines().due();
        boolean running = state == CaseState.ACCEPTED || state == CaseState.IN_PROCESS;
        return running && due != null ? calendar.remainingWorkingDays(due) : null;
    }

    /** The notices issued, each kind once, in the order of the events that issued them. */
    private static List<NoticeKind> notices(List<CaseHistoryEntry> history) {
        return history.stream().map(CaseHistoryEntry::type).map(NoticeKind::issuedBy).flatMap(Optional::stream)
                .distinct().toList();
    }
}
