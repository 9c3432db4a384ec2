package org.paceline.scheduler.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.rules.Values;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.ResourceHistory;

/**
 * Reads every node's operation history into the resources: where each runs, in which
 * role, what failed. Online nodes are read first, then (with fencing) the rest, so that
 * anonymous clone instances are numbered as Pacemaker numbers them.
 */
final class HistoryReading {
    private final ClusterState state;
    private final ResourceTree tree;

    HistoryReading(ClusterState state) {
        this.state = state;
        this.tree = new ResourceTree(state);
    }

    void readAll() {
        var done = new java.util.HashSet<ClusterNode>();
        for (NodeState entry : state.cib().status().nodes()) {
            ClusterNode node = nodeOf(entry);
            if (node != null && node.online() && done.add(node)) {
                readNode(entry, node);
            }
        }
        if (state.options.fencingEnabled()) {
            for (NodeState entry : state.cib().status().nodes()) {
                ClusterNode node = nodeOf(entry);
                if (node != null && done.add(node)) {
                    readNode(entry, node);
                }
            }
        }
        failCounts();
    }

    private ClusterNode nodeOf(NodeState entry) {
        for (ClusterNode node : state.nodes) {
            if (entry.id() != null && entry.id().equals(node.id())) {
                return node;
            }
        }
        return entry.uname() == null ? null : state.node(entry.uname()).orElse(null);
    }

    private void readNode(NodeState entry, ClusterNode node) {
        for (ResourceHistory history : entry.resourceHistories()) {
            ResourceInstance instance = instanceFor(history, node);
            if (instance == null) {
                continue;
            }
            var outcome = new NodeHistory(instance.primitive(), history.operations(), state.options.fencingEnabled());
            record(instance, node, outcome);
        }
    }

    private void record(ResourceInstance instance, ClusterNode node, NodeHistory outcome) {
        instance.history.put(node, outcome.sorted);
        if (outcome.pendingTask != null) {
            instance.pendingTask = outcome.pendingTask;
            instance.pendingNode = node;
        }
        if (outcome.hardErrorHere) {
            instance.bannedFrom.put(node, "hard error");
        }
        if (outcome.fatalError) {
            instance.fatalFailure = true;
        }
        if (outcome.stopFailed) {
            instance.bannedFrom.put(node, "stop failed");
        }
        if (outcome.failed) {
            instance.failed = true;
            instance.failedOn.add(node);
            if (outcome.onFail.compareTo(instance.onFail) > 0) {
                instance.onFail = outcome.onFail;
            }
        }
        if (outcome.role.isActive()) {
            instance.runningOn.add(node);
            instance.roleOn.put(node, outcome.role);
            if (outcome.role.compareTo(instance.role) > 0 || !instance.role.isActive()) {
                instance.role = outcome.role;
            }
            consequences(instance, node, outcome);
        } else if (instance.role == Role.UNKNOWN && outcome.role == Role.STOPPED) {
            instance.role = Role.STOPPED;
        }
    }

    /** What a failure or an unexpected place does to the node and the resource. */
    private void consequences(ResourceInstance instance, ClusterNode node, NodeHistory outcome) {
        if (!node.online() && !node.unclean() && instance.managed && state.options.fencingEnabled()) {
            // Active on a node that left without stopping it: only fencing makes it safe.
            node.unclean = true;
            node.fenceReason = instance.id() + " is thought to be active there";
        }
        if (!outcome.failed || node.unclean()) {
            return;
        }
        switch (outcome.onFail) {
            case FENCE -> {
                node.unclean = true;
                node.fenceReason = instance.id() + " failed there";
            }
            case STANDBY -> node.standbyOnFail = true;
            case BLOCK -> {
                instance.blocked = true;
                instance.managed = false;
            }
            default -> { }
        }
    }

    /** The instance a node's history of {@code history.id()} belongs to; creates orphans. */
    private ResourceInstance instanceFor(ResourceHistory history, ClusterNode node) {
        String id = history.id();
        String base = stripInstance(id);
        ResourceInstance configured = configuredPrimitive(base);
        if (configured != null && configured.clone().isPresent()) {
            ResourceInstance clone = configured.clone().get();
            if (Values.isTrue(clone.meta().get("globally-unique"))) {
                ResourceInstance exact = state.byId.get(id);
                return exact != null ? exact : orphanInstance(clone, base, node);
            }
            return anonymousInstance(clone, base, node);
        }
        ResourceInstance exact = state.byId.get(id);
        if (exact != null && exact.variant() == ResourceInstance.Variant.PRIMITIVE) {
            return exact;
        }
        return orphan(history);
    }

    /** The configured primitive named {@code base} (the instance 0 stands for a clone's child). */
    private ResourceInstance configuredPrimitive(String base) {
        ResourceInstance direct = state.byId.get(base);
        if (direct != null && direct.variant() == ResourceInstance.Variant.PRIMITIVE) {
            return direct;
        }
        for (ResourceInstance r : state.allResources()) {
            if (r.variant() == ResourceInstance.Variant.PRIMITIVE && r.configId().equals(base) && r.clone().isPresent()) {
                return r;
            }
        }
        return null;
    }

    /**
     * Pacemaker's choice for an anonymous clone: the instance already active (or pending)
     * on this node, else the first instance active nowhere, else a new orphan instance.
     */
    private ResourceInstance anonymousInstance(ResourceInstance clone, String base, ClusterNode node) {
        ResourceInstance inactive = null;
        boolean skipInactive = false;
        for (ResourceInstance child : clone.children()) {
            List<ClusterNode> where = locations(child);
            ResourceInstance candidate = memberNamed(child, base);
            if (!where.isEmpty()) {
                if (where.contains(node) && candidate != null) {
                    if (!candidate.runningOn.isEmpty()) {
                        skipInactive = true;
                        continue;
                    }
                    return usable(candidate, clone, node) ? candidate : orphanInstance(clone, base, node);
                }
            } else if (!skipInactive && inactive == null && !child.blocked && candidate != null) {
                if (candidate.pendingNode == null || candidate.pendingNode == node) {
                    inactive = candidate;
                }
            }
        }
        if (inactive != null && !skipInactive && usable(inactive, clone, node)) {
            return inactive;
        }
        return orphanInstance(clone, base, node);
    }

    /** An instance of a resource that needs no fencing is not used up by an offline node. */
    private boolean usable(ResourceInstance instance, ResourceInstance clone, ClusterNode node) {
        boolean needsFencing = needsFencing(instance);
        if (!needsFencing && (!node.online() || node.unclean()) && clone.children().size() < state.nodes.size()) {
            return false;
        }
        return true;
    }

    private boolean needsFencing(ResourceInstance instance) {
        String requires = instance.meta().get("requires");
        if (requires == null) {
            boolean stonith = instance.primitive() != null && instance.primitive().isFencingDevice();
            return state.options.fencingEnabled() && !stonith;
        }
        return requires.equals("fencing") || requires.equals("unfencing");
    }

    private static List<ClusterNode> locations(ResourceInstance child) {
        var nodes = new ArrayList<ClusterNode>();
        for (ResourceInstance r : child.selfAndDescendants()) {
            for (ClusterNode n : r.runningOn) {
                if (!nodes.contains(n)) {
                    nodes.add(n);
                }
            }
            if (r.pendingNode != null && !nodes.contains(r.pendingNode)) {
                nodes.add(r.pendingNode);
            }
        }
        return nodes;
    }

    private static ResourceInstance memberNamed(ResourceInstance instance, String base) {
        for (ResourceInstance r : instance.selfAndDescendants()) {
            if (r.variant() == ResourceInstance.Variant.PRIMITIVE && r.configId().equals(base)) {
                return r;
            }
        }
        return null;
    }

    private ResourceInstance orphanInstance(ResourceInstance clone, String base, ClusterNode node) {
        ResourceInstance added = tree.addInstance(clone);
        for (ResourceInstance r : added.selfAndDescendants()) {
            r.orphan = true;
        }
        return memberNamed(added, base);
    }

    /** History of a resource no longer configured: kept so that it can be stopped. */
    private ResourceInstance orphan(ResourceHistory history) {
        ResourceInstance known = state.byId.get(history.id());
        if (known != null && known.orphan()) {
            return known;
        }
        var primitive = new Primitive(history.id(), history.resourceClass(), history.provider(), history.type(),
                null, null, List.of(), Attrs.EMPTY, List.of(), Extras.NONE);
        var instance = new ResourceInstance(history.id(), history.id(), ResourceInstance.Variant.PRIMITIVE,
                primitive, primitive, null);
        instance.orphan = true;
        state.resources.add(instance);
        state.byId.put(instance.id(), instance);
        return instance;
    }

    static String stripInstance(String id) {
        int colon = id.lastIndexOf(':');
        if (colon > 0 && colon < id.length() - 1 && id.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            return id.substring(0, colon);
        }
        return id;
    }

    /** Fail counts and last failures from node attributes ({@code fail-count-RSC#OP_INTERVAL}). */
    private void failCounts() {
        for (ClusterNode node : state.nodes) {
            for (Map.Entry<String, String> attribute : node.attributes().entrySet()) {
                String name = attribute.getKey();
                boolean count = name.startsWith("fail-count-");
                boolean last = name.startsWith("last-failure-");
                if (!count && !last) {
                    continue;
                }
                String rest = name.substring(count ? "fail-count-".length() : "last-failure-".length());
                int hash = rest.indexOf('#');
                String resourceId = hash >= 0 ? rest.substring(0, hash) : rest;
                long value = org.paceline.cib.rules.Score.parse(attribute.getValue());
                for (ResourceInstance instance : instancesFor(resourceId, node)) {
                    if (count) {
                        instance.failCounts.merge(node, (int) value, org.paceline.cib.rules.Score::add);
                    } else {
                        instance.lastFailure.merge(node, value, Math::max);
                    }
                }
            }
        }
    }

    /** Fail counts name the configured id; for an anonymous clone, the instance with history on that node. */
    private List<ResourceInstance> instancesFor(String resourceId, ClusterNode node) {
        ResourceInstance exact = state.byId.get(resourceId);
        if (exact != null && exact.variant() == ResourceInstance.Variant.PRIMITIVE && exact.clone().isEmpty()) {
            return List.of(exact);
        }
        var matches = new ArrayList<ResourceInstance>();
        for (ResourceInstance r : state.allResources()) {
            if (r.variant() == ResourceInstance.Variant.PRIMITIVE
                    && (r.id().equals(resourceId) || r.configId().equals(resourceId)) && r.history.containsKey(node)) {
                matches.add(r);
            }
        }
        if (matches.isEmpty() && exact != null && exact.variant() == ResourceInstance.Variant.PRIMITIVE) {
            matches.add(exact);
        }
        return matches.isEmpty() ? matches : List.of(matches.getFirst());
    }
}
