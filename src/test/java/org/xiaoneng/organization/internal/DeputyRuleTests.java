package org.xiaoneng.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.xiaoneng.organization.Acting;
import org.xiaoneng.organization.internal.DeputyRule.Holder;
import org.xiaoneng.organization.internal.DeputyRule.Seat;

class DeputyRuleTests {

    private final Map<Long, Seat> seats = new HashMap<>();

    private void seat(long id, Long deputy, Long staff, boolean available) {
        seats.put(id, new Seat(id, true, deputy, staff == null ? null
                : new Holder(staff, "staff" + staff, "account" + staff, available)));
    }

    private Optional<Acting> whoActsFor(long position) {
        return DeputyRule.resolve(position, seats);
    }

    @Test
    void thePresentHolderActsForHimself() {
        seat(1, 2L, 10L, true);
        seat(2, null, 20L, true);
        Acting acting = whoActsFor(1).orElseThrow();
        assertThat(acting.staffId()).isEqualTo(10);
        assertThat(acting.actingPositionId()).isEqualTo(1);
        assertThat(acting.asDeputy()).isFalse();
        assertThat(acting.absentStaffName()).isNull();
        assertThat(acting.account()).isEqualTo("account10");
    }

    @Test
    void theDeputyActsWhenTheHolderIsAway() {
        seat(1, 2L, 10L, false);
        seat(2, null, 20L, true);
        Acting acting = whoActsFor(1).orElseThrow();
        assertThat(acting.positionId()).isEqualTo(1);
        assertThat(acting.staffId()).isEqualTo(20);
        assertThat(acting.actingPositionId()).isEqualTo(2);
        assertThat(acting.asDeputy()).isTrue();
        assertThat(acting.absentStaffName()).isEqualTo("staff10");
    }

    @Test
    void theChainIsFollowedPastAbsentHoldersAndVacancies() {
        seat(1, 2L, 10L, false);
        seat(2, 3L, 20L, false);
        seat(3, 4L, null, true); // vacant
        seat(4, 5L, 40L, true);
        seat(5, null, 50L, true);
        Acting acting = whoActsFor(1).orElseThrow();
        assertThat(acting.staffId()).isEqualTo(40);
        assertThat(acting.actingPositionId()).isEqualTo(4);
        assertThat(acting.absentStaffName()).isEqualTo("staff10");
    }

    @Test
    void aVacantPositionIsCoveredByItsDeputyWithNobodyNamedAbsent() {
        seat(1, 2L, null, true);
        seat(2, null, 20L, true);
        Acting acting = whoActsFor(1).orElseThrow();
        assertThat(acting.staffId()).isEqualTo(20);
        assertThat(acting.asDeputy()).isTrue();
        assertThat(acting.absentStaffName()).isNull();
    }

    @Test
    void anInactivePositionInTheChainCountsAsVacant() {
        seat(1, 2L, 10L, false);
        seats.put(2L, new Seat(2, false, 3L, new Holder(20, "staff20", null, true)));
        seat(3, null, 30L, true);
        assertThat(whoActsFor(1).orElseThrow().staffId()).isEqualTo(30);
    }

    @Test
    void nobodyWhenEveryoneInTheChainIsAway() {
        seat(1, 2L, 10L, false);
        seat(2, 3L, 20L, false);
        seat(3, null, 30L, false);
        assertThat(whoActsFor(1)).isEmpty();
    }

    @Test
    void aCycleStopsTheWalkInsteadOfLooping() {
        seat(1, 2L, 10L, false);
        seat(2, 3L, 20L, false);
        seat(3, 1L, 30L, false);
        assertThat(whoActsFor(1)).isEmpty();
        seat(3, 1L, 30L, true);
        assertThat(whoActsFor(1).orElseThrow().staffId()).isEqualTo(30);
    }

    @Test
    void aPositionThatIsItsOwnDeputyEndsTheChain() {
        seat(1, 1L, 10L, false);
        assertThat(whoActsFor(1)).isEmpty();
    }

    @Test
    void neverLeavesTheChainEvenWhenOthersArePresent() {
        seat(1, 2L, 10L, false);
        seat(2, null, 20L, false);
        seat(3, null, 30L, true); // present, but not in 1's chain
        seat(4, 1L, 40L, true);   // names 1 as its deputy: points into the chain, not out of it
        assertThat(whoActsFor(1)).isEmpty();
    }

    @Test
    void anUnknownPositionHasNobody() {
        assertThat(whoActsFor(99)).isEmpty();
    }

    @Test
    void aChainBrokenByAMissingSeatStops() {
        seat(1, 2L, 10L, false);
        assertThat(whoActsFor(1)).isEmpty();
    }
}
