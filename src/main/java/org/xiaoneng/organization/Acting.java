package org.xiaoneng.organization;

import org.jspecify.annotations.Nullable;

/**
 * The answer to "who acts for position P on date D".
 *
 * @param positionId       the position asked about
 * @param staffId          the person who acts
 * @param staffName        their name
 * @param account          their account, if they have one
 * @param actingPositionId the position they hold (P itself, or a deputy position in P's chain)
 * @param asDeputy         true when they act as deputy because the holder of P is away
 * @param absentStaffName  the holder of P who is away, when {@code asDeputy}
 */
public record Acting(long positionId, long staffId, String staffName, @Nullable String account, long actingPositionId,
        boolean asDeputy, @Nullable String absentStaffName) {
}
