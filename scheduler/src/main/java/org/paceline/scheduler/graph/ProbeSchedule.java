package org.paceline.scheduler.graph;

import java.util.List;

import org.paceline.cib.rules.Values;
import org.paceline.scheduler.placement.Placement;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;

/**
 * The probes of one transition: a one-shot monitor ({@code RSC_monitor_0}, expecting
 * "not running") of each resource on each node where its state is unknown, because
 * that node has no history of it. Nodes are visited in name order, resources in
 * configuration order; an anonymous clone is probed through one instance per node.
 * A location's {@code resource-discovery} may rule a node out ({@link ResourceDiscovery}).
 */
final class ProbeSchedule {
    private final ClusterState state;
    private final Placement placement;
    private final ActionTable table;
    private final ResourceDiscovery discovery;

    ProbeSchedule(Placement placement, ActionTable table) {
        this.state = placement.state();
        this.placement = placement;
        this.table = table;
        this.discovery = new ResourceDiscovery(state);
    }

    void create() {
        if (!Values.isTrue(state.options().values().getOrDefault("enable-startup-probes", "true"))) {
            return;
        }
        // Sorted once: the order is the same on every node.
        List<ResourceInstance> ordered = ResourcePriority.ordered(state);
        for (ClusterNode node : NodeOrder.sorted(state.nodes())) {
            if (!node.online() || node.unclean() || node.pending() || node.kind() == ClusterNode.Kind.PING
                    || node.kind() == ClusterNode.Kind.GUEST) {
                continue;
            }
            for (ResourceInstance resource : ordered) {
                probe(resource, node);
            }
        }
    }

    private void probe(ResourceInstance resource, ClusterNode node) {
        switch (resource.variant()) {
            case PRIMITIVE -> primitive(resource, node);
            case GROUP -> resource.children().forEach(child -> probe(child, node));
            case CLONE -> clone(resource, node);
            case BUNDLE -> { }
        }
    }

    private void clone(ResourceInstance clone, ClusterNode node) {
        List<ResourceInstance> instances = clone.children();
        if (instances.isEmpty()) {
            return;
        }
        if (Values.isTrue(clone.meta().get("globally-unique"))) {
            instances.forEach(instance -> probe(instance, node));
            return;
        }
        // One instance of an anonymous clone tells the state of all on that node.
        ResourceInstance chosen = null;
        for (ResourceInstance instance : instances) {
            if (instance.primitives().stream().anyMatch(p -> knownOn(p, node))) {
                chosen = instance;
                break;
            }
        }
        for (ResourceInstance instance : instances) {
            if (chosen == null && placement.assignedNode(instance).filter(n -> n == node).isPresent()) {
                chosen = instance;
            }
        }
        probe(chosen == null ? instances.getFirst() : chosen, node);
    }

    private void primitive(ResourceInstance resource, ClusterNode node) {
        if (resource.orphan() || knownOn(resource, node) || !discovery.allowed(resource, node)) {
            return;
        }
        if (node.isRemote() && resource.primitive() != null && resource.primitive().isFencingDevice()) {
            return;
        }
        DraftAction probe = table.create(resource, "monitor", resource.id() + "_monitor_0", node, 0,
                DraftAction.Kind.RESOURCE, true);
        probe.meta.put("CRM_meta_op_target_rc", "7");
        // A clone instance's probe gates the whole clone's start, a primitive's its own.
        ResourceInstance top = resource.clone().orElse(resource);
        table.order(probe, top, "start", false);
    }

    /** Whether the node's history says anything of the resource. */
    static boolean knownOn(ResourceInstance resource, ClusterNode node) {
        var operations = resource.history().get(node);
        return operations != null && !operations.isEmpty();
    }
}
