package org.xiaoneng.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseEventDetail;
import org.xiaoneng.casework.CaseHistoryEntry;
import org.xiaoneng.platform.Actor;

/**
 * Words a case's timeline in the reader's language: what each event did (from its facts, not from the technical
 * summary) and who did it — staff by account, the applicant and the platform by what they are.
 */
@Component
class CaseTimeline {

    /** One line of the timeline: the entry, who acted (in words) and what the event said (in words). */
    record Row(CaseHistoryEntry entry, String who, String what) {
    }

    private static final String APPLICANT_PREFIX = "applicant:";

    private final MessageSource messages;

    CaseTimeline(MessageSource messages) {
        this.messages = messages;
    }

    List<Row> rows(List<CaseHistoryEntry> history, Locale locale) {
        return history.stream().map(e -> new Row(e, who(e.account(), locale), what(e, locale))).toList();
    }

    private String who(String account, Locale locale) {
        if (account.startsWith(APPLICANT_PREFIX)) {
            return text(locale, "casework.timeline.applicant");
        }
        if (Actor.SYSTEM_ACCOUNT.equals(account)) {
            return text(locale, "casework.timeline.system");
        }
        return account;
    }

    private String what(CaseHistoryEntry entry, Locale locale) {
        CaseEventDetail d = entry.detail();
        List<String> parts = new ArrayList<>();
        switch (entry.type()) {
            case RECEIVED -> parts.add(text(locale, "casework.timeline.received",
                    label(locale, "casework.channel", d.channel()), d.materials().size(), materials(d, locale)));
            case CORRECTION_REQUESTED, RESUBMITTED, ACCEPTED -> {
                if (!d.materials().isEmpty()) {
                    parts.add(materials(d, locale));
                }
            }
            case DEEMED_ACCEPTED -> parts.add(text(locale, "casework.timeline.deemed", String.valueOf(d.date())));
            case TASK_CLAIMED -> parts.add(text(locale, "casework.timeline.claimed", d.taskNo()));
            case TASK_COMPLETED -> {
                parts.add(text(locale, "casework.timeline.completed", d.taskNo(),
                        label(locale, "casework.taskOutcome", d.taskOutcome())));
                if (d.returnToStage() != null) {
                    parts.add(text(locale, "casework.timeline.returnedTo", d.returnToStage() + 1));
                }
            }
            case SUSPENDED -> parts.add(label(locale, "casework.procedure", d.procedure()));
            case EXTENDED -> parts.add(text(locale, "casework.timeline.extended", d.workingDays(), d.approvedBy()));
            case DECIDED -> {
                parts.add(label(locale, "casework.outcome", d.outcome()));
                parts.add(text(locale, "casework.timeline.basis", d.legalBasis()));
            }
            case CERTIFICATE_ISSUED -> parts.add(text(locale, "casework.timeline.certificate",
                    d.certificateNumber()));
            case DELIVERED -> parts.add(label(locale, "casework.deliveryMethod", d.deliveryMethod()));
            default -> {
                // the event's name says it all (started, resumed, closed…); a written text follows below
            }
        }
        if (d.text() != null) {
            parts.add(text(locale, "casework.timeline.text", d.text()));
        }
        return String.join(text(locale, "casework.timeline.separator"), parts);
    }

    private String materials(CaseEventDetail d, Locale locale) {
        return String.join(text(locale, "casework.timeline.listSeparator"), d.materials().stream()
                .map(line -> switch (line.status()) {
                    case SUPPLIED -> line.material();
                    case MISSING -> text(locale, "casework.timeline.missing", line.material());
                    case DEFECTIVE -> text(locale, "casework.timeline.defective", line.material(), line.reason());
                    case COMMITTED -> text(locale, "casework.timeline.committed", line.material(),
                            String.valueOf(line.dueOn()));
                }).toList());
    }

    private String label(Locale locale, String prefix, @Nullable Enum<?> value) {
        return value == null ? "" : text(locale, prefix + "." + value.name());
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
