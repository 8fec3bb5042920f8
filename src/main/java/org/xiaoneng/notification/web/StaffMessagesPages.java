package org.xiaoneng.notification.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.xiaoneng.notification.Notifications;
import org.xiaoneng.organization.OrganizationDirectory;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.platform.NotFoundException;

/**
 * The signed-in staff member's in-app messages (我的消息): what supervision (and any other module) sent them on the
 * portal channel under {@code staff:<staffId>}, newest first, unread highlighted, each marked read on request. Another
 * person's message is not found. An account without a staff record simply has no messages.
 */
@Controller
@RequestMapping("/console/messages")
@PreAuthorize("isAuthenticated()")
class StaffMessagesPages {

    static final String PAGE = "notification/messages";
    static final String BADGE = "notification/partials/unread :: badge";

    private final Notifications notifications;
    private final OrganizationDirectory organization;
    private final CurrentActor currentActor;
    private final Clock clock;

    StaffMessagesPages(Notifications notifications, OrganizationDirectory organization, CurrentActor currentActor,
            Clock clock) {
        this.notifications = notifications;
        this.organization = organization;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        Optional<String> me = inboxReference();
        model.addAttribute("messages", me.map(notifications::inbox).orElse(List.of()));
        model.addAttribute("zone", clock.getZone());
        return PAGE;
    }

    /** The unread count for the menu badge, loaded by htmx after the page so that no other page pays for it. */
    @GetMapping("/unread")
    String unread(Model model) {
        model.addAttribute("unread", inboxReference().map(notifications::unread).orElse(0));
        return BADGE;
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable long id) {
        Optional<String> me = inboxReference();
        if (me.isEmpty() || !notifications.markRead(me.get(), id)) {
            throw new NotFoundException("message", id);
        }
        return "redirect:/console/messages#message-" + id;
    }

    private Optional<String> inboxReference() {
        return organization.staffIdOf(currentActor.actor().account()).map(Notifications::staffInbox);
    }
}
