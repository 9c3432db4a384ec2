package org.paceline.scheduler.graph;

import java.util.List;
import java.util.Set;

import org.paceline.cib.resources.Clone;
import org.paceline.scheduler.actions.ActionPlan;
import org.paceline.scheduler.actions.PlannedAction;
import org.paceline.scheduler.placement.Placement;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * Each resource's actions in the order Pacemaker creates them, with the orderings that
 * tie a resource's own actions together: for a primitive its cancellations, demotes,
 * stops, start, promote and recurring monitors; for a group or clone its members' or
 * instances' actions, then its own pseudo actions (start, running, stop, stopped, and
 * promote, promoted, demote, demoted when promotable).
 */
final class ResourceActions {
    /** Pacemaker's INFINITY, the priority of the pseudo actions that complete a clone's change. */
    static final int INFINITY = 1_000_000;

    private final ActionPlan plan;
    private final Placement placement;
    private final ActionTable table;
    private final Set<ClusterNode> fenced;
    private final RecurringMonitors monitors;
    private final Migrations migrations;

    ResourceActions(ActionPlan plan, ActionTable table, Set<ClusterNode> fenced) {
        this.plan = plan;
        this.placement = plan.placement();
        this.table = table;
        this.fenced = fenced;
        this.monitors = new RecurringMonitors(placement, table);
        this.migrations = new Migrations(placement, table);
    }

    Migrations migrations() {
        return migrations;
    }

    void create(ResourceInstance resource) {
        switch (resource.variant()) {
            case PRIMITIVE -> primitive(resource);
            case GROUP -> group(resource);
            case CLONE -> clone(resource);
            case BUNDLE -> { }
        }
    }

    private void primitive(ResourceInstance r) {
        List<DraftAction> cancels = monitors.cancellations(r, required(plan.first(r, "promote")),
                plan.actions(r, "demote").stream().anyMatch(ResourceActions::required));
        for (PlannedAction demote : plan.actions(r, "demote")) {
            own(r, demote);
        }
        for (PlannedAction stop : plan.actions(r, "stop")) {
            DraftAction early = table.find(r, "stop", stop.node());
            if (early != null) {
                early.inGraph = inGraph(r, stop);
                early.kind = kind(stop);
            } else {
                own(r, stop);
            }
        }
        PlannedAction start = plan.first(r, "start");
        DraftAction startAction = start != null && start.node() != null ? own(r, start) : null;
        PlannedAction promote = plan.first(r, "promote");
        DraftAction promoteAction = promote != null && promote.node() != null ? own(r, promote) : null;
        for (DraftAction cancel : cancels) {
            table.order(cancel, r, promoteAction != null ? "promote" : "demote", false);
        }
        table.order(r, "demote", r, "stop", false);
        table.order(r, "stop", r, "start", false);
        table.order(r, "demote", r, "promote", false);
        table.order(r, "start", r, "promote", true);
        monitors.create(r, startAction, promoteAction, start != null && start.runnable());
        migrations.create(r, startAction);
    }

    /** A planned action of the resource itself, in the graph when required and runnable. */
    private DraftAction own(ResourceInstance r, PlannedAction planned) {
        String task = planned.task();
        return table.create(r, task, r.id() + "_" + task + "_0", planned.node(), 0, kind(planned), inGraph(r, planned));
    }

    /** An action on a node to be fenced only completes with the fencing. */
    private static DraftAction.Kind kind(PlannedAction planned) {
        return planned.node() != null && planned.node().unclean() ? DraftAction.Kind.PSEUDO : DraftAction.Kind.RESOURCE;
    }

    private boolean inGraph(ResourceInstance r, PlannedAction planned) {
        ClusterNode node = planned.node();
        boolean implied = node != null && node.unclean();
        String task = planned.task();
        if (task.equals("start") && task.equals(r.pendingTask()) && node == r.pendingNode() && planned.runnable()) {
            // A start still in flight is run again: its outcome is unknown.
            return true;
        }
        return required(planned) && (!implied || fenced.contains(node));
    }

    static boolean required(PlannedAction action) {
        return action != null && !action.optional() && action.runnable();
    }

    private void group(ResourceInstance group) {
        List<ResourceInstance> members = group.children();
        members.forEach(this::create);
        pseudo(group, "start", 0);
        pseudo(group, "running", 0);
        pseudo(group, "stop", 0);
        pseudo(group, "stopped", 0);
        collectiveOrderings(group);
        ResourceInstance previous = null;
        for (ResourceInstance member : members) {
            table.order(group, "stop", member, "stop", false);
            table.order(member, "stop", group, "stopped", false);
            table.order(group, "start", member, "start", false);
            table.order(member, "start", group, "running", true);
            if (previous != null) {
                table.order(previous, "start", member, "start", true);
                table.order(member, "stop", previous, "stop", false);
            }
            previous = member;
        }
    }

    private void clone(ResourceInstance clone) {
        clone.children().forEach(this::create);
        pseudo(clone, "start", 0);
        pseudo(clone, "running", INFINITY);
        pseudo(clone, "stop", 0);
        pseudo(clone, "stopped", INFINITY);
        boolean promotable = clone.config() instanceof Clone c && c.promotable();
        if (promotable) {
            pseudo(clone, "promote", 0);
            pseudo(clone, "promoted", INFINITY);
            pseudo(clone, "demote", 0);
            pseudo(clone, "demoted", INFINITY);
        }
        collectiveOrderings(clone);
        for (ResourceInstance instance : clone.children()) {
            // A grouped instance has started when its group is running.
            boolean grouped = instance.variant() == ResourceInstance.Variant.GROUP;
            table.order(clone, "stop", instance, "stop", false);
            table.order(instance, grouped ? "stopped" : "stop", clone, "stopped", false);
            table.order(clone, "start", instance, "start", false);
            table.order(instance, grouped ? "running" : "start", clone, "running", true);
            if (promotable) {
                for (ResourceInstance primitive : instance.primitives()) {
                    table.order(clone, "promote", primitive, "promote", false);
                    table.order(primitive, "promote", clone, "promoted", true);
                    table.order(clone, "demote", primitive, "demote", false);
                    table.order(primitive, "demote", clone, "demoted", false);
                }
            }
        }
        if (promotable) {
            table.order(clone, "promote", clone, "promoted", true);
            table.order(clone, "demote", clone, "demoted", false);
            table.order(clone, "running", clone, "promote", true);
            table.order(clone, "demoted", clone, "promote", false);
            table.order(clone, "demoted", clone, "stop", false);
        }
    }

    private void collectiveOrderings(ResourceInstance collective) {
        table.order(collective, "start", collective, "running", true);
        table.order(collective, "stop", collective, "stopped", false);
        table.order(collective, "stopped", collective, "start", false);
    }

    private void pseudo(ResourceInstance collective, String task, int priority) {
        DraftAction action = table.create(collective, task, collective.id() + "_" + task + "_0", null, 0,
                DraftAction.Kind.PSEUDO, false);
        action.priority = priority;
    }

    /**
     * Whether each collective's pseudo actions are in the graph: start and running when a
     * member or instance starts, stop and stopped when one stops, and so on.
     */
    void settleCollectives(ResourceInstance resource) {
        if (resource.variant() == ResourceInstance.Variant.PRIMITIVE) {
            return;
        }
        resource.children().forEach(this::settleCollectives);
        settle(resource, "start", "start", "running");
        settle(resource, "stop", "stop", "stopped");
        settle(resource, "promote", "promote", "promoted");
        settle(resource, "demote", "demote", "demoted");
    }

    private void settle(ResourceInstance collective, String childTask, String... own) {
        boolean any = false;
        for (ResourceInstance child : collective.children()) {
            for (DraftAction action : table.of(child, childTask)) {
                any |= action.inGraph;
            }
        }
        for (String task : own) {
            for (DraftAction action : table.of(collective, task)) {
                action.inGraph = any;
            }
        }
    }
}
