package org.paceline.scheduler.actions;

import java.util.ArrayList;
import java.util.List;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;

/** Which nodes this transition fences: the unclean ones, when fencing is enabled and allowed. */
public final class Fencing {
    private Fencing() {}

    public static List<ClusterNode> targets(ClusterState state) {
        var nodes = new ArrayList<ClusterNode>();
        if (!canFence(state)) {
            return nodes;
        }
        for (ClusterNode node : state.nodes()) {
            if (node.unclean() && node.kind() == ClusterNode.Kind.MEMBER) {
                nodes.add(node);
            }
        }
        return nodes;
    }

    /** Fencing needs it enabled, and quorum unless the cluster is told to ignore its loss. */
    public static boolean canFence(ClusterState state) {
        if (!state.options().fencingEnabled()) {
            return false;
        }
        return state.haveQuorum() || state.options().noQuorumPolicy().equals("ignore");
    }
}
