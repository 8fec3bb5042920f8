package org.xiaoneng.identity.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small department tree for rule tests.
 *
 * <pre>
 * 1 city
 * ├── 2 SWJ ── 3 SWJ-BGS, 4 SWJ-WZK
 * └── 5 JCJ ── 6 XNB
 * </pre>
 */
final class RuleTree {

    static final long CITY = 1;
    static final long SWJ = 2;
    static final long SWJ_BGS = 3;
    static final long SWJ_WZK = 4;
    static final long JCJ = 5;
    static final long XNB = 6;

    private static final Map<Long, List<Long>> CHILDREN = Map.of(CITY, List.of(SWJ, JCJ), SWJ,
            List.of(SWJ_BGS, SWJ_WZK), JCJ, List.of(XNB));

    private RuleTree() {
    }

    static Set<Long> subtreeOf(long id) {
        Set<Long> ids = new HashSet<>();
        ids.add(id);
        for (Long child : CHILDREN.getOrDefault(id, List.of())) {
            ids.addAll(subtreeOf(child));
        }
        return ids;
    }
}
