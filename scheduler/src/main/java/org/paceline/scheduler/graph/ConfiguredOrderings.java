package org.paceline.scheduler.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.rules.Score;
import org.paceline.cib.rules.Values;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * The configured orders ({@code rsc_order}) as orderings between actions. A group or
 * clone as "first" is done when its completion pseudo action is (running, stopped,
 * promoted, demoted); as "then" its own pseudo action waits. A symmetrical order also
 * orders the reverse actions the other way (stop B before stopping A).
 */
final class ConfiguredOrderings {
    private final ClusterState state;
    private final ActionTable table;

    ConfiguredOrderings(ClusterState state, ActionTable table) {
        this.state = state;
        this.table = table;
    }

    void create() {
        for (Constraint constraint : state.cib().configuration().constraints()) {
            if (constraint instanceof Order order) {
                if (order.sets().isEmpty()) {
                    single(order);
                } else {
                    sets(order);
                }
            }
        }
    }

    private void single(Order order) {
        if ("serialize".equalsIgnoreCase(order.kind())) {
            return;
        }
        boolean mandatory = mandatory(order);
        boolean symmetrical = order.symmetrical() == null || Values.isTrue(order.symmetrical());
        String firstTask = order.firstAction() == null ? "start" : order.firstAction();
        String thenTask = order.thenAction() == null ? firstTask : order.thenAction();
        ResourceInstance first = resolve(order.first());
        ResourceInstance then = resolve(order.then());
        constrain(first, firstTask, then, thenTask, mandatory, symmetrical);
    }

    private void sets(Order order) {
        if ("serialize".equalsIgnoreCase(order.kind())) {
            return;
        }
        boolean mandatory = mandatory(order);
        boolean symmetrical = order.symmetrical() == null || Values.isTrue(order.symmetrical());
        List<ResourceSet> sets = order.sets();
        for (int s = 0; s < sets.size(); s++) {
            ResourceSet set = sets.get(s);
            String task = set.attribute("action").orElse("start");
            List<ResourceInstance> members = members(set);
            boolean sequential = set.attribute("sequential").map(Values::isTrue).orElse(true);
            if (sequential) {
                for (int i = 1; i < members.size(); i++) {
                    constrain(members.get(i - 1), task, members.get(i), task, mandatory, symmetrical);
                }
            }
            if (s + 1 < sets.size()) {
                ResourceSet next = sets.get(s + 1);
                String nextTask = next.attribute("action").orElse("start");
                List<ResourceInstance> nextMembers = members(next);
                boolean nextSequential = next.attribute("sequential").map(Values::isTrue).orElse(true);
                var firsts = sequential && !members.isEmpty() ? List.of(members.getLast()) : members;
                var thens = nextSequential && !nextMembers.isEmpty() ? List.of(nextMembers.getFirst()) : nextMembers;
                for (ResourceInstance first : firsts) {
                    for (ResourceInstance then : thens) {
                        constrain(first, task, then, nextTask, mandatory, symmetrical);
                    }
                }
            }
        }
    }

    private List<ResourceInstance> members(ResourceSet set) {
        var members = new ArrayList<ResourceInstance>();
        for (String reference : set.resources()) {
            ResourceInstance found = resolve(reference);
            if (found != null) {
                members.add(found);
            }
        }
        return members;
    }

    private void constrain(ResourceInstance first, String firstTask, ResourceInstance then, String thenTask,
                           boolean mandatory, boolean symmetrical) {
        if (first == null || then == null || first == then) {
            return;
        }
        table.order(first, doneTask(first, firstTask), then, thenTask, mandatory);
        if (symmetrical) {
            String inverseFirst = inverse(firstTask);
            String inverseThen = inverse(thenTask);
            if (inverseFirst != null && inverseThen != null) {
                table.order(then, doneTask(then, inverseThen), first, inverseFirst, false);
            }
        }
    }

    /** A collective's action is complete when its completion pseudo action is. */
    private static String doneTask(ResourceInstance resource, String task) {
        if (resource.variant() == ResourceInstance.Variant.PRIMITIVE) {
            return task;
        }
        return switch (task) {
            case "start" -> "running";
            case "stop" -> "stopped";
            case "promote" -> "promoted";
            case "demote" -> "demoted";
            default -> task;
        };
    }

    private static String inverse(String task) {
        return switch (task) {
            case "start" -> "stop";
            case "stop" -> "start";
            case "promote" -> "demote";
            case "demote" -> "promote";
            default -> null;
        };
    }

    private static boolean mandatory(Order order) {
        if (order.kind() != null) {
            return order.kind().toLowerCase(Locale.ROOT).equals("mandatory");
        }
        return order.score() == null || Score.parse(order.score()) > 0;
    }

    /** The resource a constraint names: a clone's child stands for the whole clone. */
    private java.util.Map<String, ResourceInstance> byConfigId;

    private ResourceInstance resolve(String reference) {
        if (reference == null) {
            return null;
        }
        if (byConfigId == null) {
            byConfigId = new java.util.HashMap<>();
            for (ResourceInstance top : state.resources()) {
                for (ResourceInstance r : top.selfAndDescendants()) {
                    if (!r.orphan()) {
                        byConfigId.putIfAbsent(r.configId(), r.clone().orElse(r));
                    }
                }
            }
        }
        return byConfigId.get(reference);
    }
}
