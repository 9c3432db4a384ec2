package org.paceline.scheduler.graph;

import java.util.List;
import java.util.Optional;

/**
 * The actions one scheduling run decided on, in synapses: what the controller executes.
 *
 * @param transitionId   the transition's number
 * @param clusterDelay   the {@code cluster-delay} property as written ("60s")
 * @param fencingTimeout the fencing timeout as written
 * @param recheckBy      the epoch second by which the scheduler must run again (a date rule
 *                       or failure-timeout expires), or 0 when nothing is due
 */
public record TransitionGraph(int transitionId, String clusterDelay, String fencingTimeout, long recheckBy,
                              List<Synapse> synapses) {
    public static final TransitionGraph EMPTY = new TransitionGraph(0, "60s", "60s", 0, List.of());

    public TransitionGraph {
        synapses = List.copyOf(synapses);
    }

    public Optional<GraphAction> action(int actionId) {
        return synapses.stream().map(Synapse::action).filter(a -> a.id() == actionId).findFirst();
    }

    public boolean isEmpty() {
        return synapses.isEmpty();
    }
}
