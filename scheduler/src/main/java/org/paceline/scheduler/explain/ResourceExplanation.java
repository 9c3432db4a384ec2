package org.paceline.scheduler.explain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.paceline.cib.Cib;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.rules.Score;
import org.paceline.scheduler.actions.ActionPlan;
import org.paceline.scheduler.actions.PlannedAction;
import org.paceline.scheduler.placement.Audit;
import org.paceline.scheduler.placement.Placement;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/** The explanation of one resource's placement and actions in one scheduling run, as lines of text. */
public final class ResourceExplanation {
    private ResourceExplanation() {}

    /** Explains {@code resourceId} (a primitive, group, clone or instance); a problem when there is no such resource. */
    public static Parsed<List<String>> of(Cib cib, Instant now, String resourceId) {
        ClusterState state = ClusterState.unpack(cib, now);
        var targets = new ArrayList<ResourceInstance>();
        for (ResourceInstance r : state.allResources()) {
            if (r.id().equals(resourceId) || r.configId().equals(resourceId) && r.variant() == ResourceInstance.Variant.PRIMITIVE) {
                targets.addAll(r.primitives());
            }
        }
        if (targets.isEmpty()) {
            return Parsed.invalid(new Problem("--explain", 0, 0, "no resource \"" + resourceId + "\" in this CIB"));
        }
        Placement placement = Placement.of(state);
        ActionPlan plan = ActionPlan.of(placement);
        var lines = new ArrayList<String>();
        for (ResourceInstance r : targets.stream().distinct().toList()) {
            explain(r, state, placement, plan, lines);
        }
        return Parsed.valid(List.copyOf(lines));
    }

    private static void explain(ResourceInstance r, ClusterState state, Placement placement, ActionPlan plan,
                                List<String> lines) {
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.add(r.id() + " (" + (r.primitive() == null ? "?" : r.primitive().agent()) + ")");
        lines.add("  now:  " + describe(r.runningOn().isEmpty() ? Role.STOPPED : r.role(), r.runningOn())
                + (r.failed() ? ", failed on " + names(r.failedOn()) : "") + (r.managed() ? "" : ", unmanaged"));
        ClusterNode next = placement.assignedNode(r).orElse(null);
        lines.add("  next: " + describe(placement.nextRole(r), next == null ? List.of() : List.of(next)));
        lines.add("  scores:");
        Map<ClusterNode, Integer> scores = placement.scores(r);
        List<Audit.Entry> entries = placement.audit().of(r);
        for (ClusterNode node : state.nodes()) {
            Integer score = scores.get(node);
            String unusable = unusable(node);
            lines.add("    " + node.name() + ": " + (score == null ? "not allowed (asymmetric cluster, no location names it)"
                    : Score.format(score)) + (unusable == null ? "" : "  [" + unusable + "]")
                    + (node == next ? "  <- chosen" : ""));
            for (Audit.Entry entry : entries) {
                if (entry.node() == node || entry.node() == null) {
                    String amount = entry.set() ? "= " + Score.format(entry.delta())
                            : (entry.delta() >= 0 ? "+ " : "- ") + Score.format(Math.abs(entry.delta()));
                    lines.add("      " + amount + "  " + entry.why());
                }
            }
        }
        ResourceInstance instance = r;
        while (instance.parent().isPresent() && instance.parent().get().variant() != ResourceInstance.Variant.CLONE) {
            instance = instance.parent().get();
        }
        placement.promotionScore(instance).ifPresent(score -> lines.add("  promotion rank: " + Score.format(score)
                + " (the agent's master-" + r.configId() + " score, promoted-role locations and colocations,"
                + " and the pull of what must follow the promoted role; the highest ranks are promoted)"));
        var actions = new ArrayList<String>();
        for (String task : List.of("stop", "demote", "start", "promote")) {
            for (PlannedAction action : plan.actions(r, task)) {
                if (action.optional() && action.runnable()) {
                    continue; // nothing to do: it stays as it is
                }
                if (action.node() == null && action.optional()) {
                    continue;
                }
                actions.add("    " + task + (action.node() == null ? "" : " on " + action.node().name()) + ": "
                        + (action.runnable() ? "will run" : "cannot run (blocked)")
                        + (action.reason() == null ? "" : ", because of " + action.reason()));
            }
        }
        lines.add("  actions:" + (actions.isEmpty() ? " none" : ""));
        lines.addAll(actions);
    }

    private static String describe(Role role, List<ClusterNode> nodes) {
        if (nodes.isEmpty() || !role.isActive()) {
            return "Stopped";
        }
        return role.text() + " on " + names(nodes);
    }

    private static String names(List<ClusterNode> nodes) {
        return String.join(", ", nodes.stream().map(ClusterNode::name).toList());
    }

    /** Why nothing can be placed on the node, or null when it can host resources. */
    private static String unusable(ClusterNode node) {
        if (node.unclean()) {
            return "unclean: will be fenced";
        }
        if (!node.online()) {
            return "offline";
        }
        if (node.pending()) {
            return "pending: still joining";
        }
        if (node.standby() || node.standbyOnFail()) {
            return "standby";
        }
        if (node.maintenance()) {
            return "maintenance";
        }
        if (node.shutdown()) {
            return "shutting down";
        }
        return null;
    }
}
