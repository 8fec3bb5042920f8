package org.xiaoneng.casework.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.casework.Applicant;
import org.xiaoneng.casework.CaseEventType;
import org.xiaoneng.casework.NoticeLine;
import org.xiaoneng.casework.OnlineApplicant;
import org.xiaoneng.notification.Channel;
import org.xiaoneng.notification.NotificationRequest;
import org.xiaoneng.notification.Notifications;

/**
 * Tells the applicant about the steps that concern them — acceptance (also deemed), refusal, the correction notice,
 * suspension, extension, decision — in the portal inbox, by e-mail when they gave an address and by SMS. Queued in the
 * transaction that records the step (the outbox), keyed by case and event number, so a step rolled back sends
 * nothing and a step is never announced twice.
 */
@Component
class ApplicantNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Notifications notifications;
    private final MessageSource messages;

    ApplicantNotices(Notifications notifications, MessageSource messages) {
        this.notifications = notifications;
        this.messages = messages;
    }

    /** Queues a notice for each of the case's newly recorded events that the applicant must hear about. */
    void announce(Case c, @Nullable Long applicantAccountId) {
        for (CaseEvent event : c.pendingEvents()) {
            List<String> arguments = arguments(c, event);
            if (arguments == null) {
                continue;
            }
            Applicant applicant = c.applicant();
            String reference = applicantAccountId == null ? "case:" + c.number()
                    : new OnlineApplicant(applicantAccountId).inboxReference();
            notifications.send(new NotificationRequest(
                    new NotificationRequest.Recipient(reference, applicant.name(), applicant.email(),
                            applicant.phone(), null),
                    EnumSet.allOf(Channel.class), template(event.type()), arguments, c.number(),
                    "case:" + c.id() + ":" + event.seq(), c.item().details().leadDepartment().id()));
        }
    }

    private @Nullable List<String> arguments(Case c, CaseEvent event) {
        String number = c.number();
        String item = c.item().details().name();
        return switch (event.type()) {
            case ACCEPTED, DEEMED_ACCEPTED -> List.of(number, item,
                    String.valueOf(c.deadlines().acceptedOn()), text(event.deadline()));
            case REFUSED -> List.of(number, item, ((CasePayload.Refused) event.payload()).reasons());
            case CORRECTION_REQUESTED -> List.of(number, item, String.join("、",
                    ((CasePayload.CorrectionRequested) event.payload()).lines().stream().map(NoticeLine::material)
                            .toList()));
            case SUSPENDED -> {
                CasePayload.Suspended suspended = (CasePayload.Suspended) event.payload();
                yield List.of(number, item, label("procedure", suspended.procedure().name()) + "："
                        + suspended.reason());
            }
            case EXTENDED -> List.of(number, item, text(event.deadline()),
                    ((CasePayload.Extended) event.payload()).reason());
            case DECIDED -> List.of(number, item,
                    label("outcome", ((CasePayload.Decided) event.payload()).outcome().name()));
            default -> null;
        };
    }

    private static String template(CaseEventType type) {
        return switch (type) {
            case ACCEPTED, DEEMED_ACCEPTED -> "case.accepted";
            case REFUSED -> "case.refused";
            case CORRECTION_REQUESTED -> "case.correction";
            case SUSPENDED -> "case.suspended";
            case EXTENDED -> "case.extended";
            case DECIDED -> "case.decided";
            default -> throw new IllegalArgumentException(type.name());
        };
    }

    private String label(String kind, String name) {
        return messages.getMessage("casework.applicantNotice." + kind + "." + name, null, name, CHINESE);
    }

    private static String text(@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
