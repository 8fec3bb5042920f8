package org.xiaoneng.notification;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.jspecify.annotations.Nullable;

/**
 * A notification to queue: for whom, on which channels, which message (a {@code notification.<template>.title} and
 * {@code .body} pair in the bundles, with its arguments), about what (a case number, for example) and under which
 * idempotency key — the same key never queues a second message on a channel.
 *
 * @param departmentId the department whose matter this is (decides who sees the message in the console), if any
 */
public record NotificationRequest(@Valid Recipient recipient, Set<Channel> channels, @NotBlank String template,
        List<String> arguments, @NotBlank String subjectReference, @NotBlank String idempotencyKey,
        @Nullable Long departmentId) {

    public NotificationRequest {
        channels = Set.copyOf(channels);
        arguments = List.copyOf(arguments);
    }

    /**
     * The applicant (personal data: never logged unmasked).
     *
     * @param reference   the applicant's stable reference (portal account or case applicant id); the inbox key
     * @param displayName the name to address them by
     * @param email       where email goes, if any
     * @param mobile      where SMS goes, if any
     * @param locale      the language to write in; Chinese when null
     */
    public record Recipient(@NotBlank String reference, @NotEmpty String displayName, @Nullable String email,
            @Nullable String mobile, @Nullable Locale locale) {
    }
}
