package org.paceline.scheduler.state;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.ResourceHistory;

/**
 * Reads every node's operation history into the resources: where each runs, in which
 * role, what failed, and what that does to the node.
 *
 * <p>Nodes are read in the order Pacemaker reads them, because anonymous clone instances
 * are numbered in that order: with fencing, every cluster node in status order; without
 * it, only online cluster nodes (an offline node's history cannot be trusted and needs no
 * stop). A remote node is read once its connection is started, a guest node once its
 * container is too.
 */
final class HistoryReading {
    private final ClusterState state;
    private final ResourceTree tree;
    private final boolean fencing;
    private final boolean shutdownLock;
    private final Set<ClusterNode> read = new HashSet<>();

    HistoryReading(ClusterState state) {
        this.state = state;
        this.tree = new ResourceTree(state);
        this.fencing = state.options.fencingEnabled();
        this.shutdownLock = state.options.flag(org.paceline.cib.ClusterOption.SHUTDOWN_LOCK);
    }

    void readAll() {
        boolean more = true;
        while (more) {
            more = pass(false);
        }
        pass(fencing);
        for (ClusterNode node : state.nodes) {
            if (node.isRemote() && !read.contains(node)) {
                new RemoteNodeStatus(state).decide(node);
            }
        }
        failCounts();
    }

    /** One pass over the status entries; true when a node was read (others may depend on it). */
    private boolean pass(boolean remaining) {
        boolean progressed = false;
        for (NodeState entry : state.cib().status().nodes()) {
            ClusterNode node = nodeOf(entry);
            if (node == null || read.contains(node) || !ready(node, remaining)) {
                continue;
            }
            if (node.isRemote()) {
                new RemoteNodeStatus(state).decide(node);
                new RemoteNodeStatus(state).attributes(node, entry);
            }
            read.add(node);
            readNode(entry, node);
            progressed = true;
        }
        return progressed;
    }

    private boolean ready(ClusterNode node, boolean remaining) {
        if (remaining) {
            return true;
        }
        if (node.kind() == ClusterNode.Kind.GUEST) {
            ResourceInstance connection = node.connection;
            ResourceInstance container = connection == null ? null : connection.container;
            return connection != null && connection.role == Role.STARTED
                    && (container == null || container.role == Role.STARTED);
        }
        if (node.kind() == ClusterNode.Kind.REMOTE) {
            ResourceInstance connection = node.connection;
            return connection != null && (shutdownLock || connection.role == Role.STARTED);
        }
        return fencing || shutdownLock || node.online();
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
            if (history.id() == null || history.operations().isEmpty()) {
                continue;
            }
            ResourceInstance instance = instanceFor(history, node);
            instance.historyNames.put(node, history.id());
            var policy = new FailurePolicy(instance.primitive(), state.cib().configuration().operationDefaults(),
                    fencing);
            boolean promotable = instance.top().isPromotable();
            var outcome = new NodeHistory(history.operations(), policy, promotable, instance.managed,
                    canFence(node));
            new NodeConsequences(state).apply(instance, node, outcome);
        }
    }

    private Boolean haveDevice;

    private boolean canFence(ClusterNode node) {
        if (haveDevice == null) {
            haveDevice = state.allResources().stream()
                    .anyMatch(r -> r.primitive() != null && r.primitive().isFencingDevice());
        }
        return fencing && haveDevice && (state.haveQuorum || state.options.noQuorumPolicy().equals("ignore") || node.online());
    }

    /** The resource a node's history entry belongs to, as Pacemaker finds it; creates orphans. */
    private ResourceInstance instanceFor(ResourceHistory history, ClusterNode node) {
        String id = history.id();
        ResourceInstance found = state.byId.get(id);
        ResourceInstance clone = null;
        if (found == null) {
            // A history named rsc (or rsc:7) of an anonymous clone: look for the clone through rsc:0.
            ResourceInstance zero = state.byId.get(stripInstance(id) + ":0");
            if (zero != null && zero.variant() == ResourceInstance.Variant.PRIMITIVE && zero.clone().isPresent()
                    && !zero.unique()) {
                clone = zero.clone().get();
            }
        } else if (found.variant() != ResourceInstance.Variant.PRIMITIVE) {
            return orphan(history);
        } else if (found.clone().isPresent() && !found.unique()) {
            clone = found.clone().get();
        } else {
            return found;
        }
        if (clone == null) {
            return orphan(history);
        }
        return anonymousInstance(clone, stripInstance(id), node);
    }

    /**
     * Pacemaker's choice for an anonymous clone: the instance already active (or pending)
     * on this node, else the first instance active nowhere, else a new orphan instance.
     */
    private ResourceInstance anonymousInstance(ResourceInstance clone, String base, ClusterNode node) {
        ResourceInstance chosen = null;
        ResourceInstance inactive = null;
        boolean skipInactive = false;
        for (ResourceInstance child : clone.children()) {
            if (chosen != null) {
                break;
            }
            List<ClusterNode> where = locations(child);
            if (!where.isEmpty()) {
                if (where.getFirst() == node) {
                    ResourceInstance member = memberNamed(child, base);
                    if (member != null && !member.runningOn.isEmpty()) {
                        // A second history of one anonymous clone on one node: the rest are orphans.
                        skipInactive = true;
                    } else {
                        chosen = member;
                    }
                }
            } else if (!skipInactive && inactive == null && !child.blocked) {
                inactive = memberNamed(child, base);
                if (inactive != null && inactive.pendingNode != null && inactive.pendingNode != node) {
                    inactive = null;
                }
            }
        }
        if (chosen == null && !skipInactive) {
            chosen = inactive;
        }
        // An instance that needs no fencing does not use up a number on a node that left.
        if (chosen != null && !needsFencing(chosen) && (!node.online() || node.unclean())
                && node.kind() != ClusterNode.Kind.GUEST && !universal(clone)) {
            chosen = null;
        }
        if (chosen == null) {
            ResourceInstance added = tree.addInstance(clone);
            chosen = memberNamed(added, base);
        }
        return chosen;
    }

    /** A clone with an instance for every node. */
    private boolean universal(ResourceInstance clone) {
        String max = clone.meta().get("clone-max");
        if (max == null) {
            return true;
        }
        try {
            return Integer.parseInt(max.trim()) >= state.nodes.size();
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private boolean needsFencing(ResourceInstance instance) {
        String requires = instance.meta().get("requires");
        boolean fencingDevice = instance.primitive() != null && instance.primitive().isFencingDevice();
        if (requires == null || fencingDevice) {
            return fencing && !fencingDevice;
        }
        return fencing && (requires.equals("fencing") || requires.equals("unfencing"));
    }

    private static List<ClusterNode> locations(ResourceInstance child) {
        var nodes = new ArrayList<ClusterNode>();
        for (ResourceInstance r : child.primitives()) {
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

    /** History of a resource no longer configured (or no longer a primitive): kept so that it can be stopped. */
    private ResourceInstance orphan(ResourceHistory history) {
        ResourceInstance known = state.byId.get(history.id());
        if (known != null && known.orphan() && known.variant() == ResourceInstance.Variant.PRIMITIVE) {
            return known;
        }
        var primitive = new Primitive(history.id(), history.resourceClass(), history.provider(), history.type(),
                null, null, List.of(), Attrs.EMPTY, List.of(), Extras.NONE);
        var instance = new ResourceInstance(history.id(), history.id(), ResourceInstance.Variant.PRIMITIVE,
                primitive, primitive, null);
        instance.orphan = true;
        tree.inheritDefaults(instance);
        tree.manage(instance);
        if (!state.options.flag(org.paceline.cib.ClusterOption.STOP_REMOVED_RESOURCES)) {
            instance.managed = false;
        }
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
                // A count is a score (INFINITY caps it); a last failure is epoch seconds, far above any score.
                long value = count ? org.paceline.cib.rules.Score.parse(attribute.getValue())
                        : epochSeconds(attribute.getValue());
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

    private static long epochSeconds(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
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
