package org.paceline.scheduler.graph;

import java.util.ArrayList;
import java.util.List;

import org.paceline.scheduler.actions.Fencing;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * Fencing and shutdowns: a {@code stonith} action per node to fence, the stops and
 * demotes on that node turned into pseudo actions that complete with it, starts that
 * need fencing held until it is done, and a {@code do_shutdown} per node leaving, after
 * every stop there. The DC goes last, so that the cluster is not left without one early.
 */
final class FencingActions {
    private final ClusterState state;
    private final ActionTable table;

    FencingActions(ClusterState state, ActionTable table) {
        this.state = state;
        this.table = table;
    }

    void create() {
        List<ClusterNode> targets = Fencing.targets(state);
        DraftAction dcDown = null;
        var others = new ArrayList<DraftAction>();
        var shutdowns = new ArrayList<DraftAction>();
        for (ClusterNode node : NodeOrder.sorted(state.nodes())) {
            if (targets.contains(node)) {
                DraftAction fence = fence(node);
                if (node.isDc()) {
                    dcDown = fence;
                } else {
                    if (!state.options().concurrentFencing() && !others.isEmpty()) {
                        ActionTable.edge(others.getLast(), fence, false);
                    }
                    others.add(fence);
                }
            } else if (node.online() && node.shutdown() && !node.isRemote()) {
                DraftAction down = shutdown(node);
                if (node.isDc()) {
                    dcDown = down;
                } else {
                    shutdowns.add(down);
                }
            }
        }
        if (dcDown != null) {
            if (dcDown.task.equals("do_shutdown")) {
                for (DraftAction s : shutdowns) {
                    ActionTable.edge(s, dcDown, false);
                }
            }
            if (state.options().concurrentFencing()) {
                for (DraftAction fence : others) {
                    ActionTable.edge(fence, dcDown, false);
                }
            } else if (!others.isEmpty()) {
                ActionTable.edge(others.getLast(), dcDown, false);
            }
        }
    }

    private DraftAction fence(ClusterNode node) {
        String action = state.options().fencingAction();
        DraftAction fence = table.create(null, "stonith", "stonith-" + node.name() + "-" + action, node, 0,
                DraftAction.Kind.CLUSTER, true);
        fence.meta.put("CRM_meta_stonith_action", action);
        long priorityDelay = PriorityFencingDelay.seconds(state, node);
        if (priorityDelay >= 0) {
            fence.meta.put(PriorityFencingDelay.ATTRIBUTE, Long.toString(priorityDelay));
        }
        for (ResourceInstance top : state.resources()) {
            for (ResourceInstance resource : top.primitives()) {
                if (resource.managed()) {
                    orderAgainst(fence, resource, top);
                }
            }
        }
        return fence;
    }

    private void orderAgainst(DraftAction fence, ResourceInstance resource, ResourceInstance top) {
        String requires = requires(resource);
        for (DraftAction action : table.of(resource)) {
            boolean gated = action.task.equals("start") || action.task.equals("promote");
            if (gated && requires.equals("fencing")) {
                ActionTable.edge(fence, action, false);
            } else if (gated && requires.equals("quorum") && action.task.equals("start")
                    && !ProbeSchedule.knownOn(resource, fence.node)) {
                // Its state on the node being fenced is unknown: it may be active there until fenced.
                ActionTable.edge(fence, action, false);
            }
        }
        boolean implied = requires.equals("fencing");
        DraftAction parentStop = table.of(top, "stop").stream().findFirst().orElse(null);
        for (DraftAction action : table.of(resource)) {
            if (action.node == fence.node && (action.task.equals("stop") || action.task.equals("demote"))) {
                action.kind = DraftAction.Kind.PSEUDO;
                if (implied) {
                    ActionTable.edge(fence, action, false);
                    if (parentStop != null && action.task.equals("stop")) {
                        ActionTable.edge(fence, parentStop, false);
                    }
                }
            }
        }
    }

    /** What a resource's start needs first: fencing, quorum or nothing ({@code requires}). */
    private String requires(ResourceInstance resource) {
        String requires = resource.meta().get("requires");
        if (requires != null) {
            return requires.equals("unfencing") ? "fencing" : requires;
        }
        if (!state.options().fencingEnabled() || resource.primitive() != null && resource.primitive().isFencingDevice()) {
            return "quorum";
        }
        return "fencing";
    }

    private DraftAction shutdown(ClusterNode node) {
        DraftAction down = table.create(null, "do_shutdown", "do_shutdown-" + node.name(), node, 0,
                DraftAction.Kind.CLUSTER, true);
        down.meta.put("CRM_meta_op_no_wait", "true");
        for (DraftAction action : table.all()) {
            if (action.node == node && action.task.equals("stop") && action.resource != null) {
                ActionTable.edge(action, down, false);
            }
        }
        return down;
    }
}
