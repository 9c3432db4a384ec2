package org.paceline.scheduler.graph;

import java.util.SequencedMap;

/**
 * An action that marks a point in the graph rather than running anything
 * ({@code pseudo_event}): a group or clone started, notifications confirmed, a stop
 * implied by fencing.
 */
public record PseudoAction(int id, String task, String key, SequencedMap<String, String> attributes)
        implements GraphAction {
    public PseudoAction {
        attributes = java.util.Collections.unmodifiableSequencedMap(new java.util.LinkedHashMap<>(attributes));
    }
}
