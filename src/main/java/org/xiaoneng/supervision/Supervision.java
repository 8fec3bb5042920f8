package org.xiaoneng.supervision;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.xiaoneng.platform.CurrentActor;
import org.xiaoneng.supervision.internal.Boards;
import org.xiaoneng.supervision.internal.SweepRun;

/**
 * What other modules (and this module's web layer) may do with supervision. The ledger itself is fed by events, never
 * by calls: see the package documentation.
 */
@Service
public class Supervision {

    /** The permission to see the console; its data scope decides which departments' deadlines are shown. */
    public static final String VIEW = "supervision:deadline:view";
    /** Most lit deadlines the console lists at once. */
    public static final int MAX_LIST = 200;

    private final SweepRun sweep;
    private final Boards boards;
    private final CurrentActor currentActor;

    Supervision(SweepRun sweep, Boards boards, CurrentActor currentActor) {
        this.sweep = sweep;
        this.boards = boards;
        this.currentActor = currentActor;
    }

    /**
     * Sweeps now (the schedule calls it every minute): every watched deadline whose light changed since the last sweep
     * gets its new light, its history entry, its audit entry and its alerts — once, even when several nodes sweep at
     * the same moment (a node that finds another sweeping returns 0). Returns the number of lights changed.
     */
    public int sweep() {
        return sweep.run();
    }

    /**
     * The console's board in the caller's data scope for {@value #VIEW} (a department leader's own department, a
     * supervisor's whole city): counts by light and the yellow and red deadlines, optionally of one light.
     */
    public LightBoard board(@Nullable Light light) {
        return boards.board(currentActor.dataScopeFor(VIEW), light, MAX_LIST);
    }
}
