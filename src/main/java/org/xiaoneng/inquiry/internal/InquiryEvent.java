package org.xiaoneng.inquiry.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.inquiry.InquiryEventType;
import org.xiaoneng.platform.Actor;

/** One recorded step of a first inquiry (a row of inquiry_event). */
record InquiryEvent(int seq, InquiryEventType type, Actor actor, Instant occurredAt, @Nullable String text,
        @Nullable Long deskPositionId, @Nullable String deskName) {
}
