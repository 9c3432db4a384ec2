package org.paceline.scheduler.graph;

import java.util.SequencedMap;

/**
 * An action the cluster itself carries out on a node ({@code crm_event}): fencing
 * ({@code stonith}, with the fencing action in the attributes), {@code do_shutdown},
 * clearing a fail count.
 *
 * @param node   the node acted on
 * @param nodeId its id
 */
public record ClusterAction(int id, String task, String key, String node, String nodeId,
                            SequencedMap<String, String> attributes) implements GraphAction {
    public ClusterAction {
        attributes = java.util.Collections.unmodifiableSequencedMap(new java.util.LinkedHashMap<>(attributes));
    }
}
