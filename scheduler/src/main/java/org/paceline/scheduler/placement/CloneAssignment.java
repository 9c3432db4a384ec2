package org.paceline.scheduler.placement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.cib.rules.Score;
import org.paceline.cib.rules.Values;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * Spreads a clone's instances over the nodes: instances keep the node they run on when
 * they may, the rest go to the best nodes with room (clone-node-max), up to clone-max.
 * A promotable clone then promotes its best instances.
 */
final class CloneAssignment {
    private final Placement placement;
    private final Assignment assignment;

    CloneAssignment(Placement placement, Assignment assignment) {
        this.placement = placement;
        this.assignment = assignment;
    }

    void assign(ResourceInstance clone) {
        int maxTotal = number(clone.meta().get("clone-max"), clone.children().size());
        int maxPerNode = number(clone.meta().get("clone-node-max"), 1);
        List<ResourceInstance> instances = new ArrayList<>();
        for (ResourceInstance instance : clone.children()) {
            if (!instance.orphan()) {
                instances.add(instance);
            }
        }
        // Whatever the clone is colocated with is placed first, also for colocations of one
        // role only, which promotion below needs to know.
        for (ColocationEdge edge : placement.colocations) {
            if (edge.dependent() == clone && !placement.deciding.contains(edge.primary())) {
                assignment.assign(edge.primary());
            }
        }
        // What the clone as a whole is colocated with applies to each instance.
        Map<ClusterNode, Integer> cloneScores = new LinkedHashMap<>(placement.allowed.get(clone));
        assignment.applyPrimaries(clone, cloneScores);
        placement.allowed.put(clone, cloneScores);
        for (ResourceInstance instance : instances) {
            for (ResourceInstance r : instance.selfAndDescendants()) {
                var scores = placement.allowed.get(r);
                for (Map.Entry<ClusterNode, Integer> entry : scores.entrySet()) {
                    Integer cloneScore = cloneScores.get(entry.getKey());
                    if (cloneScore != null && cloneScore <= -Score.INFINITY) {
                        entry.setValue(-Score.INFINITY);
                    }
                }
            }
        }
        Map<ClusterNode, Integer> perNode = new HashMap<>();
        int total = 0;
        var remaining = new ArrayList<ResourceInstance>();
        for (ResourceInstance instance : instances) {
            ClusterNode current = currentNode(instance);
            if (current != null && total < maxTotal && perNode.getOrDefault(current, 0) < maxPerNode
                    && placement.usable(current) && instance.managed() && allowedOn(instance, current)) {
                if (assignInstance(instance, current, perNode, maxPerNode)) {
                    total++;
                    perNode.merge(current, 1, Integer::sum);
                    continue;
                }
            }
            remaining.add(instance);
        }
        for (ResourceInstance instance : remaining) {
            if (total >= maxTotal) {
                stop(instance);
                continue;
            }
            if (assignInstance(instance, null, perNode, maxPerNode)) {
                total++;
                perNode.merge(placement.assigned.get(instance), 1, Integer::sum);
            }
        }
        for (ResourceInstance orphan : clone.children()) {
            if (orphan.orphan()) {
                stop(orphan);
            }
        }
        if (clone.isPromotable()) {
            new Promotion(placement).apply(clone, instances);
        }
        Role highest = Role.STOPPED;
        for (ResourceInstance instance : clone.children()) {
            Role role = placement.nextRole(instance);
            if (role.compareTo(highest) > 0) {
                highest = role;
            }
        }
        placement.nextRole.put(clone, highest);
    }

    private boolean assignInstance(ResourceInstance instance, ClusterNode prefer, Map<ClusterNode, Integer> perNode,
                                   int maxPerNode) {
        var saved = new java.util.IdentityHashMap<ResourceInstance, Map<ClusterNode, Integer>>();
        for (ResourceInstance r : instance.selfAndDescendants()) {
            saved.put(r, new LinkedHashMap<>(placement.allowed.get(r)));
        }
        // Nodes already holding as many instances as allowed are out for this one.
        for (ResourceInstance r : instance.selfAndDescendants()) {
            var scores = placement.allowed.get(r);
            for (ClusterNode node : scores.keySet()) {
                if (perNode.getOrDefault(node, 0) >= maxPerNode) {
                    scores.put(node, -Score.INFINITY);
                    placement.audit.set(r, node, -Score.INFINITY, "clone-node-max " + maxPerNode
                            + ": the node already runs as many instances as allowed");
                }
            }
            if (prefer != null) {
                for (ClusterNode node : scores.keySet()) {
                    if (node != prefer) {
                        scores.put(node, -Score.INFINITY);
                        placement.audit.set(r, node, -Score.INFINITY, "instance stays on " + prefer.name()
                                + ", where it runs");
                    }
                }
            }
        }
        placement.decided.remove(instance);
        assignment.assign(instance);
        if (placement.assigned.get(instance) != null) {
            return true;
        }
        if (prefer != null) {
            // Keeping it where it runs did not work out: let the second pass try every node.
            for (ResourceInstance r : instance.selfAndDescendants()) {
                placement.allowed.put(r, saved.get(r));
                placement.decided.remove(r);
                placement.nextRole.remove(r);
            }
        }
        return false;
    }

    private void stop(ResourceInstance instance) {
        for (ResourceInstance r : instance.selfAndDescendants()) {
            placement.assigned.remove(r);
            placement.nextRole.put(r, Role.STOPPED);
            placement.decided.add(r);
        }
    }

    private boolean allowedOn(ResourceInstance instance, ClusterNode node) {
        for (ResourceInstance r : instance.selfAndDescendants()) {
            Integer score = placement.allowed.get(r).get(node);
            if (score == null || score < 0) {
                return false;
            }
        }
        return true;
    }

    private static ClusterNode currentNode(ResourceInstance instance) {
        var nodes = new ArrayList<ClusterNode>();
        for (ResourceInstance r : instance.selfAndDescendants()) {
            for (ClusterNode node : r.runningOn()) {
                if (!nodes.contains(node)) {
                    nodes.add(node);
                }
            }
        }
        return nodes.size() == 1 ? nodes.getFirst() : null;
    }

    static int number(String text, int fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static boolean unique(ResourceInstance clone) {
        return Values.isTrue(clone.meta().get("globally-unique"));
    }
}
