package org.xiaoneng.casework.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.xiaoneng.casework.CaseEventType;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event payloads as stored JSON. A mapper of its own, independent of the web's settings, so that stored events read
 * the same forever; unknown fields are skipped so that events written by newer code stay readable.
 */
@Component
class CaseEventJson {

    private static final Map<CaseEventType, Class<? extends CasePayload>> TYPES = new EnumMap<>(CaseEventType.class);

    static {
        TYPES.put(CaseEventType.RECEIVED, CasePayload.Received.class);
        TYPES.put(CaseEventType.CORRECTION_REQUESTED, CasePayload.CorrectionRequested.class);
        TYPES.put(CaseEventType.RESUBMITTED, CasePayload.Resubmitted.class);
        TYPES.put(CaseEventType.ACCEPTED, CasePayload.Accepted.class);
        TYPES.put(CaseEventType.DEEMED_ACCEPTED, CasePayload.DeemedAccepted.class);
        TYPES.put(CaseEventType.REFUSED, CasePayload.Refused.class);
        TYPES.put(CaseEventType.PROCESSING_STARTED, CasePayload.Started.class);
        TYPES.put(CaseEventType.TASK_CLAIMED, CasePayload.TaskClaimed.class);
        TYPES.put(CaseEventType.TASK_COMPLETED, CasePayload.TaskCompleted.class);
        TYPES.put(CaseEventType.SUSPENDED, CasePayload.Suspended.class);
        TYPES.put(CaseEventType.RESUMED, CasePayload.Resumed.class);
        TYPES.put(CaseEventType.EXTENDED, CasePayload.Extended.class);
        TYPES.put(CaseEventType.DECIDED, CasePayload.Decided.class);
        TYPES.put(CaseEventType.CERTIFICATE_ISSUED, CasePayload.CertificateIssued.class);
        TYPES.put(CaseEventType.DELIVERED, CasePayload.Delivered.class);
        TYPES.put(CaseEventType.CLOSED, CasePayload.Closed.class);
        TYPES.put(CaseEventType.WITHDRAWN, CasePayload.Withdrawn.class);
    }

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    String write(Object payload) {
        return mapper.writeValueAsString(payload);
    }

    CasePayload read(CaseEventType type, String json) {
        return mapper.readValue(json, TYPES.get(type));
    }
}
