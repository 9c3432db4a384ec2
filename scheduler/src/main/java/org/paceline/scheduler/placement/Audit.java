package org.paceline.scheduler.placement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * Why each resource's scores are what they are: every change placement makes to a
 * resource's score on a node, with the constraint, rule, failure or preference behind
 * it, in the order they were made. What {@code simulate --explain} prints.
 */
public final class Audit {
    /**
     * One change to one score.
     *
     * @param node  the node, or null for a change that applies to every node
     * @param delta what was added ({@link #SET} entries replace the score instead)
     * @param set   whether the score was replaced by {@code delta} rather than added to
     */
    public record Entry(ClusterNode node, int delta, boolean set, String why) {}

    static final boolean SET = true;

    private final Map<ResourceInstance, List<Entry>> entries = new IdentityHashMap<>();

    void add(ResourceInstance resource, ClusterNode node, int delta, String why) {
        if (delta != 0) {
            entries.computeIfAbsent(resource, k -> new ArrayList<>()).add(new Entry(node, delta, false, why));
        }
    }

    void set(ResourceInstance resource, ClusterNode node, int value, String why) {
        entries.computeIfAbsent(resource, k -> new ArrayList<>()).add(new Entry(node, value, true, why));
    }

    /** The changes made to one resource's scores, oldest first. */
    public List<Entry> of(ResourceInstance resource) {
        return Collections.unmodifiableList(entries.getOrDefault(resource, List.of()));
    }
}
