package org.paceline.scheduler.graph;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * An action while the graph is being built: numbered in the order it was created (the
 * order Pacemaker creates its actions in, which decides the synapse order), owned by a
 * resource or by the cluster, in the graph or merely a point that orderings pass through.
 * Mutable; confined to one {@link GraphBuilder} run.
 */
final class DraftAction {
    /** What element the action becomes. */
    enum Kind { RESOURCE, PSEUDO, CLUSTER }

    final int id;
    final ResourceInstance resource;
    String task;
    final String key;
    final ClusterNode node;
    final long intervalMillis;
    Kind kind;
    boolean inGraph;
    int priority;
    /** The actions that must complete first, whether or not they end up in the graph. */
    final Set<DraftAction> before = new LinkedHashSet<>();
    /** The actions waiting for this one, through orderings that carry a requirement onwards. */
    final Set<DraftAction> impliesThen = new LinkedHashSet<>();
    final Set<DraftAction> after = new LinkedHashSet<>();
    final TreeMap<String, String> meta = new TreeMap<>();

    DraftAction(int id, ResourceInstance resource, String task, String key, ClusterNode node, long intervalMillis,
                Kind kind, boolean inGraph) {
        this.id = id;
        this.resource = resource;
        this.task = task;
        this.key = key;
        this.node = node;
        this.intervalMillis = intervalMillis;
        this.kind = kind;
        this.inGraph = inGraph;
    }

    boolean isProbe() {
        return task.equals("monitor") && intervalMillis == 0;
    }

    @Override
    public String toString() {
        return id + ":" + key + (node == null ? "" : "@" + node.name()) + (inGraph ? "" : " (not in graph)");
    }
}
