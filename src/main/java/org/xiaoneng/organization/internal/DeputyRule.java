package org.xiaoneng.organization.internal;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.xiaoneng.organization.Acting;

/**
 * 外出代岗 (AB角): who acts for a position on a day. The holder when present; otherwise the holder of its deputy
 * position, then of the deputy's deputy, and so on — skipping vacant or inactive positions and holders who are away or
 * no longer active, never leaving the chain, and stopping where the chain comes back on itself. Nobody when the chain
 * runs out.
 */
public final class DeputyRule {

    private DeputyRule() {
    }

    /**
     * One position of a deputy chain as it stands on the day asked about.
     *
     * @param positionId       the position
     * @param active           whether the position is in use (an inactive one counts as vacant)
     * @param deputyPositionId its deputy position, if any
     * @param holder           who holds it, if anyone
     */
    public record Seat(long positionId, boolean active, @Nullable Long deputyPositionId, @Nullable Holder holder) {
    }

    /**
     * The holder of a position on the day asked about.
     *
     * @param available active staff and not away on that day
     */
    public record Holder(long staffId, String name, @Nullable String account, boolean available) {
    }

    /** Who acts for {@code positionId}, given the seats of its chain (others may be present and are ignored). */
    public static Optional<Acting> resolve(long positionId, Map<Long, Seat> seats) {
        Seat asked = seats.get(positionId);
        if (asked == null) {
            return Optional.empty();
        }
        String absentHolder = asked.holder() != null && !asked.holder().available() ? asked.holder().name() : null;
        Set<Long> visited = new HashSet<>();
        Long current = positionId;
        while (current != null && visited.add(current)) {
            Seat seat = seats.get(current);
            if (seat == null) {
                break;
            }
            Holder holder = seat.holder();
            if (seat.active() && holder != null && holder.available()) {
                boolean deputy = current != positionId;
                return Optional.of(new Acting(positionId, holder.staffId(), holder.name(), holder.account(), current,
                        deputy, deputy ? absentHolder : null));
            }
            current = seat.deputyPositionId();
        }
        return Optional.empty();
    }
}
