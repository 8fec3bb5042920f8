package org.xiaoneng.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * through the notification outbox after the sweep batch commits ({@link SweptLightAlerts}) — so a change rolled back
 * sends nothing and each change is announced once (keyed by the change's id, whatever the deliveries). Yellow and red go to the person answering for the deadline: whoever
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

    /**
     * The lookups of one sweep batch, made once per department, position and person however many of the batch's
     * changes need them (a batch is one transaction on one day: the answers cannot differ between its changes).
     */
    final class Lookups {

        private final LocalDate today;
        private final Map<Long, String> departmentNames = new HashMap<>();
        private final Map<Long, Optional<Acting>> acting = new HashMap<>();
        private final Map<Long, Optional<StaffContact>> contacts = new HashMap<>();
        private final Map<Long, Optional<StaffContact>> leaderContacts = new HashMap<>();

        Lookups(LocalDate today) {
            this.today = today;
        }

        String departmentName(long departmentId) {
            return departmentNames.computeIfAbsent(departmentId,
                    id -> organization.department(id).map(DepartmentRef::name).orElse(""));
        }

        Optional<Acting> whoActsFor(long positionId) {
            return acting.computeIfAbsent(positionId, id -> organization.whoActsFor(id, today));
        }

        Optional<StaffContact> activeContact(long staffId) {
            return contacts.computeIfAbsent(staffId,
                    id -> organization.staffContact(id).filter(StaffContact::active));
        }

        Optional<StaffContact> leader(long departmentId) {
            return leaderContacts.computeIfAbsent(departmentId, id -> leaders.leaderOf(id, today)
                    .map(Acting::staffId).flatMap(this::activeContact));
        }
    }

    /** The lookups for one batch of changes swept on {@code today}. */
    Lookups lookups(LocalDate today) {
        return new Lookups(today);
    }

    /** Queues the alerts of one light change with the batch's lookups; returns the number of messages queued. */
    int alert(Ledger.Swept change, Lookups lookups) {
        // the lights are declared in the order they escalate: GREEN, YELLOW, RED
        if (change.to() == Light.GREEN || change.to().ordinal() < change.from().ordinal()) {
            return 0;
        }
        if (change.subject() == DeadlineSubject.SUPERVISION_ORDER) {
            return 0; // the order module alerts the department leader of its escalation in its own words
        }
        Optional<StaffContact> responsible = responsible(change, lookups);
        String department = lookups.departmentName(change.departmentId());
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
            Optional<StaffContact> leader = lookups.leader(change.departmentId());
            if (leader.isPresent() && (responsible.isEmpty()
                    || leader.get().staffId() != responsible.get().staffId())) {
                queued += send(leader.get(), "supervision.redLeader", arguments, change, "leader");
            }
        }
        return queued;
    }

    private Optional<StaffContact> responsible(Ledger.Swept change, Lookups lookups) {
        Long staffId = change.staffId();
        if (!change.staffAssigned() && change.positionId() != null) {
            // who acts for the position today, not who did when the deadline was registered
            staffId = lookups.whoActsFor(change.positionId()).map(Acting::staffId).orElse(staffId);
        }
        return staffId == null ? Optional.empty() : lookups.activeContact(staffId);
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
