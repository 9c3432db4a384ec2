package org.paceline.scheduler.graph;

import java.util.List;

/**
 * One action and the actions it waits for.
 *
 * @param priority higher runs first among ready synapses (Pacemaker gives pseudo actions
 *                 that complete collectives INFINITY); 0 by default
 * @param inputs   the ids of the actions that must complete first
 */
public record Synapse(int id, int priority, GraphAction action, List<Integer> inputs) {
    public Synapse {
        inputs = List.copyOf(inputs);
    }
}
