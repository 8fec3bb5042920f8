package org.xiaoneng.supervision;

import java.util.List;
import java.util.Map;

/**
 * What the supervision console shows, within the viewer's data scope: the watched deadlines (open or suspended) by
 * light, and the yellow and red ones, red first, earliest due first.
 *
 * @param truncated true when more lit deadlines exist than {@code lit} holds
 */
public record LightBoard(Map<Light, Long> counts, List<LitDeadline> lit, boolean truncated) {

    public LightBoard {
        counts = Map.copyOf(counts);
        lit = List.copyOf(lit);
    }

    public long count(Light light) {
        return counts.getOrDefault(light, 0L);
    }
}
