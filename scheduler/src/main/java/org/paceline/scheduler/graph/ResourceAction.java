package org.paceline.scheduler.graph;

import java.util.SequencedMap;

/**
 * An action an agent carries out on a node ({@code rsc_op}).
 *
 * @param resource       the resource id as configured ({@code rsc1})
 * @param longId         the instance id ({@code rsc1:1}), or the resource id when not a clone instance
 * @param resourceClass  the agent's class (ocf, stonith, ...)
 * @param provider       the agent's provider, or null
 * @param type           the agent's type
 * @param intervalMillis 0 for one-shot actions, else the recurring monitor's interval
 * @param node           the node's name
 * @param nodeId         the node's id ({@code on_node_uuid})
 */
public record ResourceAction(int id, String task, String key, String resource, String longId,
                             String resourceClass, String provider, String type, long intervalMillis,
                             String node, String nodeId, SequencedMap<String, String> attributes)
        implements GraphAction {
    public ResourceAction {
        attributes = java.util.Collections.unmodifiableSequencedMap(new java.util.LinkedHashMap<>(attributes));
    }
}
