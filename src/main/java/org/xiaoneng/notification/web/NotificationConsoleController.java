package org.xiaoneng.notification.web;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xiaoneng.notification.DeliveryState;
import org.xiaoneng.notification.Notifications;
import org.xiaoneng.platform.CurrentActor;

/**
 * Recent notifications for the system admin and the efficiency office: state, attempts, last error, masked recipient,
 * within the viewer's data scope. With {@code HX-Request} only the table.
 */
@Controller
@RequestMapping("/console/notifications")
class NotificationConsoleController {

    static final String PAGE = "notification/outbox";
    static final String FRAGMENT = "notification/partials/outbox :: results";
    static final int LIMIT = 100;

    private final Notifications notifications;
    private final CurrentActor currentActor;
    private final Clock clock;

    NotificationConsoleController(Notifications notifications, CurrentActor currentActor, Clock clock) {
        this.notifications = notifications;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('notification:outbox:view')")
    String outbox(@RequestParam(required = false) @Nullable DeliveryState state,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("notifications",
                notifications.recent(currentActor.dataScopeFor("notification:outbox:view"), state, LIMIT));
        model.addAttribute("states", DeliveryState.values());
        model.addAttribute("state", state);
        model.addAttribute("zone", clock.getZone());
        return htmx == null ? PAGE : FRAGMENT;
    }
}
