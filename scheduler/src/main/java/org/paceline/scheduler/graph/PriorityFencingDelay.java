package org.paceline.scheduler.graph;

import java.util.List;

import org.paceline.cib.ClusterOption;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * {@code priority-fencing-delay}: when a partition without the majority fences a lost node
 * that runs the most important resources, the fencing waits, so that in a split the side
 * holding the service fences first and survives. A node's priority is the sum of the
 * {@code priority} meta attributes of what runs on it, a promoted instance counting one
 * more. The delay goes on the fencing action; the fencer waits it before the
 * devices' own {@code pcmk_delay_*}, to which it is added.
 */
final class PriorityFencingDelay {
    static final String ATTRIBUTE = "CRM_meta_priority_fencing_delay";

    private PriorityFencingDelay() {}

    /** The delay in seconds for fencing {@code target} because it was lost, or -1 when none applies. */
    static long seconds(ClusterState state, ClusterNode target) {
        long delay = state.options().millis(ClusterOption.PRIORITY_FENCING_DELAY) / 1000;
        if (delay <= 0 || target.isRemote() || target.online()) {
            return -1;
        }
        List<ClusterNode> members = state.nodes().stream().filter(node -> !node.isRemote()).toList();
        long online = members.stream().filter(ClusterNode::online).count();
        long top = Long.MIN_VALUE;
        long lowest = Long.MAX_VALUE;
        for (ClusterNode node : members) {
            long priority = priority(state, node);
            top = Math.max(top, priority);
            lowest = Math.min(lowest, priority);
        }
        // The majority fences at once; so does everyone when no node matters more than another.
        if (online > members.size() / 2 || top == lowest || priority(state, target) < top) {
            return 0;
        }
        return delay;
    }

    /** What runs on the node, and what runs on the guests it hosts: a guest goes down with its host. */
    private static long priority(ClusterState state, ClusterNode node) {
        long sum = 0;
        for (ResourceInstance top : state.resources()) {
            for (ResourceInstance primitive : top.primitives()) {
                long weight = ResourcePriority.of(primitive) + (primitive.role() == Role.PROMOTED ? 1 : 0);
                for (ClusterNode where : primitive.runningOn()) {
                    if (where.equals(node) || (where.kind() == ClusterNode.Kind.GUEST && hosts(state, where, node))) {
                        sum += weight;
                    }
                }
            }
        }
        return sum;
    }

    /** Whether {@code host} runs the container of {@code guest}. */
    private static boolean hosts(ClusterState state, ClusterNode guest, ClusterNode host) {
        for (ResourceInstance top : state.resources()) {
            for (ResourceInstance primitive : top.primitives()) {
                if (guest.name().equals(primitive.primitive().meta("remote-node").orElse(null))) {
                    return primitive.runningOn().contains(host);
                }
            }
        }
        return false;
    }
}
