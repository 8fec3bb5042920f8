package org.xiaoneng.organization.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Links that must never come back on themselves: a department's parent (the tree) and a position's deputy (AB角).
 */
final class Chains {

    private Chains() {
    }

    /**
     * Whether pointing {@code id} at {@code newLink} would close a loop, given every other record's current link
     * ({@code links}: record → the record it points at). Following the links from {@code newLink} must never reach
     * {@code id}. A loop elsewhere in the data (which this rule prevents, but old data might hold) ends the walk.
     */
    static boolean wouldCloseLoop(long id, @Nullable Long newLink, Map<Long, Long> links) {
        Set<Long> seen = new HashSet<>();
        Long current = newLink;
        while (current != null && seen.add(current)) {
            if (current == id) {
                return true;
            }
            current = links.get(current);
        }
        return false;
    }
}
