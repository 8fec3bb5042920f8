package org.xiaoneng.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rule that keeps the department tree a tree and deputy chains free of loops. */
class ChainsTests {

    // the department tree: 1 ← 2 ← 3 ← 4, and 1 ← 5
    private final Map<Long, Long> parents = new HashMap<>(Map.of(2L, 1L, 3L, 2L, 4L, 3L, 5L, 1L));

    @Test
    void movingADepartmentUnderItsOwnDescendantIsALoop() {
        assertThat(Chains.wouldCloseLoop(2, 4L, parents)).isTrue();
        assertThat(Chains.wouldCloseLoop(2, 3L, parents)).isTrue();
        assertThat(Chains.wouldCloseLoop(1, 5L, parents)).isTrue();
    }

    @Test
    void aDepartmentUnderItselfIsALoop() {
        assertThat(Chains.wouldCloseLoop(3, 3L, parents)).isTrue();
    }

    @Test
    void movingUnderASiblingBranchOrToTheTopIsFine() {
        assertThat(Chains.wouldCloseLoop(3, 5L, parents)).isFalse();
        assertThat(Chains.wouldCloseLoop(4, 1L, parents)).isFalse();
        assertThat(Chains.wouldCloseLoop(2, null, parents)).isFalse();
    }

    @Test
    void anExistingLoopElsewhereDoesNotHangTheCheck() {
        Map<Long, Long> broken = Map.of(20L, 21L, 21L, 20L);
        assertThat(Chains.wouldCloseLoop(30, 20L, broken)).isFalse();
    }
}
