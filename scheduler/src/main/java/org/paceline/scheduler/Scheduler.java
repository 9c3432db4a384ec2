package org.paceline.scheduler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.scheduler.actions.ActionPlan;
import org.paceline.scheduler.actions.TransitionSummary;
import org.paceline.scheduler.graph.GraphBuilder;
import org.paceline.scheduler.placement.Placement;
import org.paceline.scheduler.state.ClusterState;

/** Decides what the cluster should do next. Same CIB and instant, same answer. */
public final class Scheduler {
    private Scheduler() {}

    /** One scheduling run: pure, deterministic, never throws on a CIB the reader accepted. */
    public static Decision schedule(Cib cib, Instant now) {
        return schedule(ClusterState.unpack(cib, now));
    }

    /**
     * One scheduling run on a CIB already unpacked at its instant: the same answer as
     * {@link #schedule(Cib, Instant)} with that CIB and instant. Lets crm_simulate unpack
     * once for the status it prints and the run; the state is only read.
     */
    public static Decision schedule(ClusterState state) {
        Placement placement = Placement.of(state);
        ActionPlan plan = ActionPlan.of(placement);
        Summary summary = TransitionSummary.of(plan);
        var notes = new ArrayList<String>(state.notes());
        return new Decision(GraphBuilder.build(plan), List.of(), summary, TransitionSummary.fenceLines(state), notes);
    }
}
