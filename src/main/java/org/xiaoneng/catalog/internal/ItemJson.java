package org.xiaoneng.catalog.internal;

import org.springframework.stereotype.Component;
import org.xiaoneng.catalog.ItemDetails;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Item content as stored JSON (drafts and frozen versions). A mapper of its own, independent of the web's settings, so
 * that stored documents read the same forever; unknown fields are skipped and missing ones take their defaults, so
 * that documents written by older code stay readable. {@link #SCHEMA} is stored beside each frozen version.
 */
@Component
class ItemJson {

    static final int SCHEMA = 1;

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    String write(ItemDetails details) {
        return mapper.writeValueAsString(details);
    }

    ItemDetails read(String json) {
        return mapper.readValue(json, ItemDetails.class);
    }
}
