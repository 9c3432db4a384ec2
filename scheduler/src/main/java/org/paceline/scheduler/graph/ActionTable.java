package org.paceline.scheduler.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * Every action of one graph build, numbered in creation order, with the orderings
 * between them. Orderings are first recorded between resources' tasks, as constraints
 * name them, and resolved to the actions that exist once all are created.
 */
final class ActionTable {
    /** An ordering as a constraint states it: a task of one resource before a task of another. */
    record Relation(ResourceInstance firstResource, String firstTask, DraftAction first,
                    ResourceInstance thenResource, String thenTask, DraftAction then, boolean impliesThen) {}

    private final List<DraftAction> all = new ArrayList<>();
    private final Map<ResourceInstance, List<DraftAction>> byResource = new IdentityHashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private int resolved;

    DraftAction create(ResourceInstance resource, String task, String key, ClusterNode node, long intervalMillis,
                       DraftAction.Kind kind, boolean inGraph) {
        var action = new DraftAction(all.size() + 1, resource, task, key, node, intervalMillis, kind, inGraph);
        all.add(action);
        if (resource != null) {
            byResource.computeIfAbsent(resource, r -> new ArrayList<>()).add(action);
        }
        return action;
    }

    /** All actions in creation order. */
    List<DraftAction> all() {
        return all;
    }

    /** The resource's actions in creation order. */
    List<DraftAction> of(ResourceInstance resource) {
        return byResource.getOrDefault(resource, List.of());
    }

    List<DraftAction> of(ResourceInstance resource, String task) {
        var found = new ArrayList<DraftAction>();
        List<DraftAction> actions = of(resource);
        for (int i = 0; i < actions.size(); i++) {
            DraftAction action = actions.get(i);
            if (action.task.equals(task)) {
                found.add(action);
            }
        }
        return found;
    }

    DraftAction find(ResourceInstance resource, String task, ClusterNode node) {
        List<DraftAction> actions = of(resource);
        for (int i = 0; i < actions.size(); i++) {
            DraftAction action = actions.get(i);
            if (action.task.equals(task) && action.node == node && action.intervalMillis == 0) {
                return action;
            }
        }
        return null;
    }

    List<DraftAction> probes(ResourceInstance resource) {
        var found = new ArrayList<DraftAction>();
        List<DraftAction> actions = of(resource);
        for (int i = 0; i < actions.size(); i++) {
            DraftAction action = actions.get(i);
            if (action.isProbe()) {
                found.add(action);
            }
        }
        return found;
    }

    /** Records that a task of one resource comes before a task of another (or the same). */
    void order(ResourceInstance first, String firstTask, ResourceInstance then, String thenTask, boolean impliesThen) {
        if (first != null && then != null) {
            relations.add(new Relation(first, firstTask, null, then, thenTask, null, impliesThen));
        }
    }

    /** Records that one action comes before another. */
    void order(DraftAction first, DraftAction then, boolean impliesThen) {
        if (first != null && then != null && first != then) {
            relations.add(new Relation(first.resource, first.task, first, then.resource, then.task, then, impliesThen));
        }
    }

    /** Records that one action comes before a task of a resource. */
    void order(DraftAction first, ResourceInstance then, String thenTask, boolean impliesThen) {
        if (first != null && then != null) {
            relations.add(new Relation(first.resource, first.task, first, then, thenTask, null, impliesThen));
        }
    }

    List<Relation> relations() {
        return List.copyOf(relations);
    }

    /** The actions a relation's first side stands for. */
    List<DraftAction> firsts(Relation relation) {
        return relation.first() != null ? List.of(relation.first()) : nonRecurring(relation.firstResource(), relation.firstTask());
    }

    /** The actions a relation's then side stands for. */
    List<DraftAction> thens(Relation relation) {
        return relation.then() != null ? List.of(relation.then()) : nonRecurring(relation.thenResource(), relation.thenTask());
    }

    private List<DraftAction> nonRecurring(ResourceInstance resource, String task) {
        List<DraftAction> actions = of(resource);
        // Mostly one action: a list is made only for a second one.
        DraftAction single = null;
        List<DraftAction> found = null;
        for (int i = 0; i < actions.size(); i++) {
            DraftAction action = actions.get(i);
            if (action.task.equals(task) && action.intervalMillis == 0 && !action.isProbe()) {
                if (single == null) {
                    single = action;
                } else {
                    if (found == null) {
                        found = new ArrayList<>();
                        found.add(single);
                    }
                    found.add(action);
                }
            }
        }
        return found != null ? found : single != null ? List.of(single) : List.of();
    }

    /** Turns every relation recorded since the last call into edges between the actions it stands for. */
    void resolve() {
        for (; resolved < relations.size(); resolved++) {
            Relation relation = relations.get(resolved);
            List<DraftAction> firsts = firsts(relation);
            List<DraftAction> thens = thens(relation);
            for (int i = 0; i < firsts.size(); i++) {
                for (int j = 0; j < thens.size(); j++) {
                    edge(firsts.get(i), thens.get(j), relation.impliesThen());
                }
            }
        }
    }

    static void edge(DraftAction first, DraftAction then, boolean impliesThen) {
        if (first == then) {
            return;
        }
        then.before.add(first);
        first.after.add(then);
        if (impliesThen) {
            first.impliesThen.add(then);
        }
    }
}
