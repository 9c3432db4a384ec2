package org.paceline.scheduler.placement;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * Node capacity under a placement-strategy other than "default": each node offers the
 * amounts its utilization attributes name, each resource takes the amounts its own
 * utilization names, and a resource goes only where all of them still fit.
 */
final class Capacity {
    private final String strategy;
    private final Map<ClusterNode, Map<String, Long>> remaining = new HashMap<>();

    Capacity(ClusterState state) {
        this.strategy = state.options().placementStrategy();
        for (ClusterNode node : state.nodes()) {
            remaining.put(node, amounts(node.utilization()));
        }
    }

    /** Whether utilization counts at all (placement-strategy utilization, minimal or balanced). */
    boolean counts() {
        return !strategy.equals("default");
    }

    boolean balanced() {
        return strategy.equals("balanced");
    }

    boolean minimal() {
        return strategy.equals("minimal");
    }

    /** Whether what {@code resource} needs (with the members that must follow it) fits on the node. */
    boolean fits(ResourceInstance resource, ClusterNode node) {
        return fits(needs(resource), node);
    }

    /** Whether the given amounts fit in what is left on the node. */
    boolean fits(Map<String, Long> needs, ClusterNode node) {
        if (!counts()) {
            return true;
        }
        Map<String, Long> free = remaining.get(node);
        for (Map.Entry<String, Long> need : needs.entrySet()) {
            if (need.getValue() > free.getOrDefault(need.getKey(), 0L)) {
                return false;
            }
        }
        return true;
    }

    void take(ResourceInstance resource, ClusterNode node) {
        if (!counts()) {
            return;
        }
        Map<String, Long> free = remaining.get(node);
        for (Map.Entry<String, Long> need : amounts(resource.utilization()).entrySet()) {
            free.merge(need.getKey(), -need.getValue(), Long::sum);
        }
    }

    /** Positive when {@code a} has more room left than {@code b} in more of the resource kinds. */
    int compareRoom(ClusterNode a, ClusterNode b) {
        Map<String, Long> ra = remaining.get(a);
        Map<String, Long> rb = remaining.get(b);
        int result = 0;
        var names = new java.util.TreeSet<String>(ra.keySet());
        names.addAll(rb.keySet());
        for (String name : names) {
            long x = ra.getOrDefault(name, 0L);
            long y = rb.getOrDefault(name, 0L);
            if (x > y) {
                result++;
            } else if (x < y) {
                result--;
            }
        }
        return result;
    }

    /** The resource's needs plus those of others that must follow it there. */
    static Map<String, Long> withFollowers(ResourceInstance resource, java.util.List<ResourceInstance> followers) {
        var total = new LinkedHashMap<>(needs(resource));
        for (ResourceInstance follower : followers) {
            amounts(follower.utilization()).forEach((name, amount) -> total.merge(name, amount, Long::sum));
        }
        return total;
    }

    /** A group's first member brings the whole group with it. */
    static Map<String, Long> needs(ResourceInstance resource) {
        var parent = resource.parent().orElse(null);
        if (parent != null && parent.variant() == ResourceInstance.Variant.GROUP
                && parent.children().getFirst() == resource) {
            var total = new LinkedHashMap<String, Long>();
            for (ResourceInstance member : parent.children()) {
                amounts(member.utilization()).forEach((name, amount) -> total.merge(name, amount, Long::sum));
            }
            return total;
        }
        return amounts(resource.utilization());
    }

    private static Map<String, Long> amounts(Map<String, String> values) {
        var amounts = new LinkedHashMap<String, Long>();
        values.forEach((name, value) -> {
            try {
                amounts.put(name, Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                // not a number: Pacemaker counts such an amount as nothing
            }
        });
        return amounts;
    }
}
