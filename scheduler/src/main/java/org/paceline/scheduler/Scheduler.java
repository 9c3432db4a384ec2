package org.paceline.scheduler;

import java.time.Instant;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.scheduler.graph.TransitionGraph;

/** Decides what the cluster should do next. Same CIB and instant, same answer. */
public final class Scheduler {
    private Scheduler() {}

    /** One scheduling run: pure, deterministic, never throws on a CIB the reader accepted. */
    public static Decision schedule(Cib cib, Instant now) {
        // Placement and actions come in the next steps of this stage.
        return new Decision(TransitionGraph.EMPTY, List.of(), Summary.EMPTY, List.of());
    }
}
