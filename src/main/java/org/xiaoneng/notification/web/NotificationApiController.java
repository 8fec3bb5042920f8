package org.xiaoneng.notification.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.notification.DeliveryState;
import org.xiaoneng.notification.NotificationView;
import org.xiaoneng.notification.Notifications;
import org.xiaoneng.platform.CurrentActor;

/** The notification outbox over HTTP, read only. */
@RestController
@Validated
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "Messages to applicants (portal, email, SMS) and their delivery")
class NotificationApiController {

    private final Notifications notifications;
    private final CurrentActor currentActor;

    NotificationApiController(Notifications notifications, CurrentActor currentActor) {
        this.notifications = notifications;
        this.currentActor = currentActor;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('notification:outbox:view')")
    @Operation(operationId = "listNotifications", summary = "Recent notifications, newest first",
            description = "Each message with its channel, masked address, state (PENDING, SENT, FAILED, SKIPPED), "
                    + "attempts, next attempt and last error, for the departments in the caller's data scope "
                    + "(messages without a department only for callers who see all). Needs notification:outbox:view.")
    List<NotificationView> notifications(
            @Parameter(description = "only messages in this state") @RequestParam(required = false)
            @Nullable DeliveryState state,
            @Parameter(description = "at most this many, 1 to 200") @RequestParam(defaultValue = "50") @Min(1)
            @Max(Notifications.MAX_LIST) int limit) {
        return notifications.recent(currentActor.dataScopeFor("notification:outbox:view"), state, limit);
    }
}
