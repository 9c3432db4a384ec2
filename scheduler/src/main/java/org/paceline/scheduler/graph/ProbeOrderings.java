package org.paceline.scheduler.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * The orderings probes imply, as Pacemaker adds them: a resource whose stop comes before
 * some action must have been probed before that action too (it may be active where
 * nobody knows); and a probe comes before the stop of anything its resource's start
 * would restart.
 */
final class ProbeOrderings {
    private final ClusterState state;
    private final ActionTable table;

    ProbeOrderings(ClusterState state, ActionTable table) {
        this.state = state;
        this.table = table;
    }

    void create() {
        beforeStopsThen();
        beforeRestarts();
    }

    /** "Stop A then X" means "probe A then X": A's state must be known before X relies on it being stopped. */
    private void beforeStopsThen() {
        for (ActionTable.Relation relation : table.relations()) {
            ResourceInstance first = relation.firstResource();
            if (first == null || first == relation.thenResource() || !"stop".equals(relation.firstTask())
                    || first.variant() != ResourceInstance.Variant.PRIMITIVE) {
                continue;
            }
            var probes = table.probes(first);
            if (probes.isEmpty()) {
                continue;
            }
            for (DraftAction then : table.thens(relation)) {
                for (DraftAction probe : probes) {
                    if (neededBefore(probe, then)) {
                        ActionTable.edge(probe, then, false);
                    }
                }
            }
        }
    }

    private static boolean neededBefore(DraftAction probe, DraftAction then) {
        if (then.task.equals("do_shutdown") && then.node != null && then.node != probe.node) {
            return false;
        }
        return !(then.task.equals("stonith") && then.node == probe.node && "on".equals(then.meta.get("CRM_meta_stonith_action")));
    }

    /** A probe comes before the stop (or demote) of whatever the probed resource's start restarts (or re-promotes). */
    private void beforeRestarts() {
        for (ResourceInstance resource : state.allResources()) {
            for (DraftAction probe : table.probes(resource)) {
                for (DraftAction then : new ArrayList<>(probe.after)) {
                    follow(probe, then, new HashSet<>());
                }
            }
        }
    }

    private void follow(DraftAction probe, DraftAction after, Set<DraftAction> visited) {
        if (!visited.add(after)) {
            return;
        }
        ResourceInstance afterResource = after.resource;
        if (afterResource != null && afterResource.variant() == ResourceInstance.Variant.PRIMITIVE
                && afterResource != probe.resource) {
            String undo = after.task.equals("start") ? "stop" : after.task.equals("promote") ? "demote" : null;
            if (undo != null) {
                for (DraftAction then : table.of(afterResource, undo)) {
                    if (then.kind != DraftAction.Kind.PSEUDO) {
                        ActionTable.edge(probe, then, false);
                    }
                }
            }
        }
        for (DraftAction next : new ArrayList<>(after.after)) {
            if (after.impliesThen.contains(next) || descendsInto(probe, after, next)) {
                follow(probe, next, visited);
            }
        }
    }

    /** From a group's or clone's action to its own member's or instance's action. */
    private static boolean descendsInto(DraftAction probe, DraftAction after, DraftAction next) {
        ResourceInstance collective = after.resource;
        if (collective == null || collective.variant() == ResourceInstance.Variant.PRIMITIVE
                || probe.resource.parent().orElse(null) == collective || next.resource == null) {
            return false;
        }
        ResourceInstance chained = next.resource;
        boolean simple = chained.variant() == ResourceInstance.Variant.PRIMITIVE
                || chained.variant() == ResourceInstance.Variant.GROUP;
        return simple && chained.parent().orElse(null) == collective;
    }
}
