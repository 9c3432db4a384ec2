package org.paceline.node.controller;

import java.util.Collection;

import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.ResourceAction;

/**
 * How many agent actions a transition runs at once: {@code batch-limit} across the
 * cluster, {@code node-action-limit} per node. Fencing and pseudo actions are not
 * counted: they use no agent slot on the node acted on, and holding back a fencing
 * holds back the recovery that waits for it.
 *
 * <p>Pacemaker's default for both is 0, "automatic": it throttles by the nodes' measured
 * CPU load and allows twice the CPU cores per node. The core has no load readings, so
 * automatic here means no cluster-wide limit and {@value #AUTOMATIC_PER_NODE} per node:
 * Pacemaker's figure for a four-core node, enough to start a group's members and a
 * clone's instances without waiting, yet not a fork storm on a node after a failover.
 *
 * @param total   most agent actions running at once in the cluster, 0 for no limit
 * @param perNode most on one node
 */
record BatchLimit(int total, int perNode) {
    static final int AUTOMATIC_PER_NODE = 8;

    /** From the cluster options as written; anything not a positive number is automatic. */
    static BatchLimit of(String batchLimit, String nodeActionLimit) {
        int total = positive(batchLimit);
        int perNode = positive(nodeActionLimit);
        return new BatchLimit(total, perNode == 0 ? AUTOMATIC_PER_NODE : perNode);
    }

    /** Whether {@code action} may start while {@code running} run. */
    boolean allows(GraphAction action, Collection<GraphAction> running) {
        if (!(action instanceof ResourceAction candidate)) {
            return true;
        }
        long agents = running.stream().filter(a -> a instanceof ResourceAction).count();
        if (total > 0 && agents >= total) {
            return false;
        }
        long onNode = running.stream().filter(a -> a instanceof ResourceAction r && r.node().equals(candidate.node()))
                .count();
        return onNode < perNode;
    }

    private static int positive(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
