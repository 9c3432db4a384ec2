package org.paceline.scheduler.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.cib.rules.Score;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * Chooses which instances of a promotable clone are promoted: each assigned instance
 * gets a promotion score (the {@code master-RSC} node attribute the agent sets, plus
 * role-specific location scores and colocations of the promoted role), and the best,
 * up to promoted-max (promoted-node-max per node), with a score of zero or more, win.
 */
final class Promotion {
    private final Placement placement;

    Promotion(Placement placement) {
        this.placement = placement;
    }

    void apply(ResourceInstance clone, List<ResourceInstance> instances) {
        int maxPromoted = CloneAssignment.number(first(clone, "promoted-max", "master-max"), 1);
        int maxPerNode = CloneAssignment.number(first(clone, "promoted-node-max", "master-node-max"), 1);
        boolean mayPromote = clone.targetRole() != Role.UNPROMOTED && clone.targetRole() != Role.STOPPED;
        Map<ResourceInstance, Integer> scores = new IdentityHashMap<>();
        var candidates = new ArrayList<ResourceInstance>();
        for (ResourceInstance instance : instances) {
            ClusterNode node = placement.assigned.get(instance);
            if (node == null) {
                continue;
            }
            for (ResourceInstance r : instance.selfAndDescendants()) {
                if (placement.nextRole(r) == Role.STARTED) {
                    placement.nextRole.put(r, Role.UNPROMOTED);
                }
            }
            scores.put(instance, score(clone, instance, node));
            candidates.add(instance);
        }
        // Which instance goes first is decided per node: each node scores its instance's
        // priority, pulled on by what must follow the promoted role (a group colocated
        // with it that cannot run there any more takes the promotion elsewhere).
        Map<ClusterNode, Integer> nodeScores = new LinkedHashMap<>(placement.allowed.get(clone));
        for (ResourceInstance instance : candidates) {
            nodeScores.put(placement.assigned.get(instance), scores.get(instance));
        }
        var assignment = new Assignment(placement);
        for (ColocationEdge edge : placement.colocations) {
            if (edge.primary() == clone && edge.primaryRole() == Role.PROMOTED
                    && (edge.influence() || clone.runningOn().isEmpty())) {
                ResourceInstance dependent = edge.dependent();
                if (dependent.variant() == ResourceInstance.Variant.GROUP && !dependent.children().isEmpty()) {
                    dependent = dependent.children().getFirst();
                }
                assignment.addColocated(dependent, nodeScores, edge, Score.colocationFactor(1.0f, edge.score()),
                        true, Collections.newSetFromMap(new IdentityHashMap<>()), false);
            }
        }
        Map<ResourceInstance, Integer> order = new IdentityHashMap<>();
        for (ResourceInstance instance : candidates) {
            order.put(instance, nodeScores.getOrDefault(placement.assigned.get(instance), scores.get(instance)));
        }
        // Highest first; ties by the instance's own priority, then the promoted one, then instance order.
        candidates.sort((a, b) -> {
            int byRank = Integer.compare(order.get(b), order.get(a));
            if (byRank != 0) {
                return byRank;
            }
            int byPriority = Integer.compare(scores.get(b), scores.get(a));
            if (byPriority != 0) {
                return byPriority;
            }
            // Among equals, the one promoted now stays promoted: no needless switch-over.
            return Boolean.compare(b.role() == Role.PROMOTED, a.role() == Role.PROMOTED);
        });
        int promoted = 0;
        Map<ClusterNode, Integer> perNode = new HashMap<>();
        for (ResourceInstance instance : candidates) {
            ClusterNode node = placement.assigned.get(instance);
            int score = scores.get(instance);
            boolean instanceMay = instance.targetRole() != Role.UNPROMOTED && instance.managed();
            if (mayPromote && instanceMay && score >= 0 && promoted < maxPromoted
                    && perNode.getOrDefault(node, 0) < maxPerNode) {
                promoted++;
                perNode.merge(node, 1, Integer::sum);
                for (ResourceInstance r : instance.selfAndDescendants()) {
                    placement.nextRole.put(r, Role.PROMOTED);
                }
            }
            placement.promotionScores.computeIfAbsent(instance, k -> new java.util.LinkedHashMap<>())
                    .put(node, order.get(instance));
        }
    }

    private int score(ResourceInstance clone, ResourceInstance instance, ClusterNode node) {
        int total = 0;
        boolean any = false;
        for (ResourceInstance r : instance.primitives()) {
            // The agent sets the score under the name it was started as: for an anonymous
            // clone that may carry an instance number, or not.
            String value = null;
            String started = r.historyNames().get(node);
            if (started != null) {
                value = node.attributes().get("master-" + started);
            }
            if (value == null) {
                value = node.attributes().get("master-" + r.id());
            }
            if (value == null && !CloneAssignment.unique(clone)) {
                value = node.attributes().get("master-" + r.configId());
            }
            if (value != null) {
                total = Score.add(total, Score.parse(value));
                any = true;
            }
        }
        if (!any) {
            // No promotion score from the agent: not promotable unless a role location says so.
            total = -1;
        }
        for (Locations.RoleScore roleScore : placement.roleScores) {
            if (roleScore.role() == Role.PROMOTED && roleScore.node() == node
                    && (roleScore.resource() == clone || roleScore.resource() == instance)) {
                total = Score.add(total, roleScore.score());
            }
        }
        for (ColocationEdge edge : placement.colocations) {
            if (edge.dependent() == clone && edge.dependentRole() == Role.PROMOTED) {
                var assignment = new Assignment(placement);
                List<ClusterNode> primaryNodes = assignment.primaryNodes(edge.primary(), edge.primaryRole());
                boolean together = primaryNodes.stream().anyMatch(p -> Assignment.sameValue(edge.nodeAttribute(), p, node));
                if (together) {
                    total = Score.add(total, edge.score());
                } else if (edge.mandatory()) {
                    total = -Score.INFINITY;
                }
            }
        }
        return total;
    }

    private static String first(ResourceInstance clone, String name, String legacy) {
        String value = clone.meta().get(name);
        return value != null ? value : clone.meta().get(legacy);
    }
}
