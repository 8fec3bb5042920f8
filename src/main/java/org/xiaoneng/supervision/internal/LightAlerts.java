package org.xiaoneng.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.DepartmentRef;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.organization.StaffContact;
import org.xiaoneng.notification.Channel;
import org.xiaoneng.notification.NotificationRequest;
import org.xiaoneng.notification.Notifications;
import org.xiaoneng.supervision.DeadlineSubject;
import org.xiaoneng.supervision.Light;

/**
 * Tells people of a light change, in-app (the staff member's inbox, reference {@code staff:<id>}) and by SMS, queued
 * in the sweep's transaction through the notification outbox — so a change rolled back sends nothing and each change
 * is announced once (keyed by the change's id). Yellow and red go to the person answering for the deadline: whoever
 * took the work on, else whoever acts for its position today (the holder, or the deputy of an absent holder). Red also
 * goes to the department's leader ({@link DepartmentLeaders}), unless that is the same person. A light going back
 * (after an extension or a calendar correction) is recorded and audited but alerts nobody.
 */
@Component
class LightAlerts {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final Notifications notifications;
    private final OrganizationDirectory organization;
    private final DepartmentLeaders leaders;
    private final MessageSource messages;

    LightAlerts(Notifications notifications, OrganizationDirectory organization, DepartmentLeaders leaders,
            MessageSource messages) {
        this.notifications = notifications;
        this.organization = organization;
        this.leaders = leaders;
        this.messages = messages;
    }

    /** Queues the alerts of one light change; returns the number of messages queued. */
    int alert(Ledger.Swept change, LocalDate today) {
        // the lights are declared in the order they escalate: GREEN, YELLOW, RED
        if (change.to() == Light.GREEN || change.to().ordinal() < change.from().ordinal()) {
            return 0;
        }
        if (change.subject() == DeadlineSubject.SUPERVISION_ORDER) {
            return 0; // the order module alerts the department leader of its escalation in its own words
        }
        Optional<StaffContact> responsible = responsible(change, today);
        String department = organization.department(change.departmentId()).map(DepartmentRef::name).orElse("");
        String what = what(change);
        String staffName = responsible.map(StaffContact::name).orElse(change.staffName() == null ? ""
                : change.staffName());
        List<String> arguments = new ArrayList<>(List.of(change.caseNumber(), change.itemName(), what,
                change.dueOn().toString(), department, change.positionName() == null ? "" : change.positionName(),
                staffName));
        int queued = 0;
        if (responsible.isPresent()) {
            queued += send(responsible.get(), "supervision." + change.to().name().toLowerCase(), arguments, change,
                    "staff");
        }
        if (change.to() == Light.RED) {
            Optional<StaffContact> leader = leaders.leaderOf(change.departmentId(), today).map(Acting::staffId)
                    .flatMap(organization::staffContact).filter(StaffContact::active);
            if (leader.isPresent() && (responsible.isEmpty()
                    || leader.get().staffId() != responsible.get().staffId())) {
                queued += send(leader.get(), "supervision.redLeader", arguments, change, "leader");
            }
        }
        return queued;
    }

    private Optional<StaffContact> responsible(Ledger.Swept change, LocalDate today) {
        Long staffId = change.staffId();
        if (!change.staffAssigned() && change.positionId() != null) {
            // who acts for the position today, not who did when the deadline was registered
            staffId = organization.whoActsFor(change.positionId(), today).map(Acting::staffId).orElse(staffId);
        }
        return staffId == null ? Optional.empty()
                : organization.staffContact(staffId).filter(StaffContact::active);
    }

    private int send(StaffContact to, String template, List<String> arguments, Ledger.Swept change, String role) {
        return notifications.send(new NotificationRequest(
                new NotificationRequest.Recipient(Notifications.staffInbox(to.staffId()), to.name(), null, to.mobile(),
                        null),
                EnumSet.of(Channel.PORTAL, Channel.SMS), template, arguments, change.caseNumber(),
                "supervision:" + change.changeId() + ":" + role, change.departmentId()));
    }

    private String what(Ledger.Swept change) {
        String kind = messages.getMessage("supervision.subject." + change.subject().name(), null,
                change.subject().name(), CHINESE);
        return stage(change.stageName()) == null ? kind : kind + "（" + change.stageName() + "）";
    }

    private static @Nullable String stage(@Nullable String stageName) {
        return stageName == null || stageName.isBlank() ? null : stageName;
    }
}
