package org.paceline.scheduler.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.paceline.cib.ClusterOption;
import org.paceline.cib.rules.Values;
import org.paceline.scheduler.actions.ActionPlan;
import org.paceline.scheduler.actions.Fencing;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * The builder of the transition graph Pacemaker would give for an action plan: each
 * resource's required actions, probes, recurring monitors, collectives' pseudo actions,
 * fencing and shutdowns, each waiting for the actions ordered before it.
 *
 * <p>Actions are numbered in the order Pacemaker creates them (active monitors, probes,
 * then resource by resource, then fencing), and synapses follow Pacemaker's layout: for
 * each resource in configuration order its actions newest first (a group before its
 * members, a clone after its instances), then the cluster's own actions. The order
 * matters: the controller, like crm_simulate, fires ready synapses in that order.
 */
public final class GraphBuilder {
    private final ActionPlan plan;
    private final ClusterState state;
    private final ActionTable table = new ActionTable();

    private GraphBuilder(ActionPlan plan) {
        this.plan = plan;
        this.state = plan.placement().state();
    }

    /** The graph for the plan; deterministic, never throws on a plan the scheduler made. */
    public static TransitionGraph build(ActionPlan plan) {
        return new GraphBuilder(plan).run();
    }

    private TransitionGraph run() {
        if (state.options().maintenanceMode()) {
            return graph(List.of());
        }
        var monitors = new RecurringMonitors(plan.placement(), table);
        monitors.markActive();
        new ProbeSchedule(plan.placement(), table).create();
        Set<ClusterNode> fenced = new HashSet<>(Fencing.targets(state));
        var resources = new ResourceActions(plan, table, fenced);
        for (ResourceInstance top : ResourcePriority.ordered(state)) {
            resources.create(top);
        }
        for (ResourceInstance top : state.resources()) {
            resources.settleCollectives(top);
        }
        new ConfiguredOrderings(state, table).create();
        table.resolve();
        resources.migrations().carryOverOrders();
        new FencingActions(state, table).create();
        new ProbeOrderings(state, table).create();
        var attributes = new ActionAttributes(state);
        for (DraftAction action : table.all()) {
            if (action.inGraph) {
                attributes.fill(action);
            }
        }
        return graph(layout());
    }

    /** The actions in synapse order: resource by resource, newest first, then the cluster's own. */
    private List<DraftAction> layout() {
        var ordered = new LinkedHashSet<DraftAction>();
        for (ResourceInstance top : ResourcePriority.ordered(state)) {
            visit(top, ordered);
        }
        List<DraftAction> rest = new ArrayList<>(table.all());
        Collections.reverse(rest);
        ordered.addAll(rest);
        return ordered.stream().filter(a -> a.inGraph).toList();
    }

    private void visit(ResourceInstance resource, Set<DraftAction> ordered) {
        switch (resource.variant()) {
            case PRIMITIVE, BUNDLE -> ordered.addAll(newestFirst(resource));
            case GROUP -> {
                ordered.addAll(newestFirst(resource));
                resource.children().forEach(child -> visit(child, ordered));
            }
            case CLONE -> {
                resource.children().forEach(child -> visit(child, ordered));
                ordered.addAll(newestFirst(resource));
            }
        }
    }

    private List<DraftAction> newestFirst(ResourceInstance resource) {
        var actions = new ArrayList<>(table.of(resource));
        Collections.reverse(actions);
        return actions;
    }

    private TransitionGraph graph(List<DraftAction> actions) {
        var synapses = new ArrayList<Synapse>();
        for (DraftAction action : actions) {
            List<Integer> inputs = action.before.stream().filter(a -> a.inGraph).map(a -> a.id).sorted().toList();
            int priority = Math.max(action.priority, action.resource == null ? 0 : ResourcePriority.of(action.resource));
            synapses.add(new Synapse(synapses.size(), priority, convert(action), inputs));
        }
        String delay = state.options().get(ClusterOption.CLUSTER_DELAY);
        String fencingTimeout = state.options().get(ClusterOption.FENCING_TIMEOUT);
        return new TransitionGraph(0, delay == null ? "60s" : delay, fencingTimeout == null ? "60s" : fencingTimeout,
                0, synapses);
    }

    private static GraphAction convert(DraftAction action) {
        return switch (action.kind) {
            case PSEUDO -> new PseudoAction(action.id, action.task, action.key, action.meta);
            case CLUSTER -> new ClusterAction(action.id, action.task, action.key, action.node.name(),
                    action.node.id(), action.meta);
            case RESOURCE -> {
                ResourceInstance r = action.resource;
                var primitive = r.primitive();
                boolean unique = r.clone().map(c -> Values.isTrue(c.meta().get("globally-unique"))).orElse(false);
                yield new ResourceAction(action.id, action.task, action.key, unique ? r.id() : r.configId(), r.id(),
                        primitive == null ? null : primitive.resourceClass(),
                        primitive == null ? null : primitive.provider(), primitive == null ? null : primitive.type(),
                        action.intervalMillis, action.node.name(), action.node.id(), action.meta);
            }
        };
    }
}
