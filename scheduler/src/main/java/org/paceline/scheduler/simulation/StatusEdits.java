package org.paceline.scheduler.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.paceline.cib.Cib;
import org.paceline.cib.Extras;
import org.paceline.cib.Node;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationHistory;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.cib.status.Status;
import org.paceline.cib.status.TransientAttributes;

/**
 * The edits crm_simulate makes to a CIB's status section: a node's state found or
 * created, brought up or down, given transient attributes and operation history.
 * Each edit returns a new value; nothing is changed in place.
 */
final class StatusEdits {
    /** What crm_simulate writes as the origin of the entries it makes. */
    static final String ORIGIN = "crm_simulate";

    private StatusEdits() {}

    /**
     * The node's state entry: found by name, else by the id its configuration gives
     * (then named), else a new one whose id is the configured id or the name.
     */
    static NodeState node(Cib cib, String uname) {
        return node(cib, uname, null);
    }

    /** As {@link #node(Cib, String)}, preferring {@code id} (when not null) to the configured id. */
    static NodeState node(Cib cib, String uname, String preferredId) {
        Optional<NodeState> byName = cib.status().node(uname);
        if (byName.isPresent()) {
            return byName.get();
        }
        String id = preferredId != null ? preferredId
                : cib.configuration().node(uname).map(Node::id).orElse(uname);
        for (NodeState state : cib.status().nodes()) {
            if (id.equals(state.id())) {
                return new NodeState(state.id(), uname, state.inCcm(), state.crmd(), state.join(), state.expected(),
                        state.transientAttributes(), state.lrm(), state.extras());
            }
        }
        return new NodeState(id, uname, null, null, null, null, null, null, Extras.NONE);
    }

    /** The CIB with this node state in place of the entry with its id, or added last. */
    static Cib put(Cib cib, NodeState node) {
        var nodes = new ArrayList<NodeState>();
        boolean replaced = false;
        for (NodeState state : cib.status().nodes()) {
            if (!replaced && state.id().equals(node.id())) {
                nodes.add(node);
                replaced = true;
            } else {
                nodes.add(state);
            }
        }
        if (!replaced) {
            nodes.add(node);
        }
        Status status = cib.status();
        return cib.withStatus(new Status(nodes, status.ticketsAttributes(), status.tickets(), status.extras()));
    }

    /** The node as a member that is up (or, with {@code up} false, cleanly down). */
    static NodeState membership(NodeState node, boolean up) {
        var extras = new Extras(node.extras().attributes().with("crm-debug-origin", ORIGIN), node.extras().children());
        return up
                ? new NodeState(node.id(), node.uname(), "true", "online", "member", "member",
                        node.transientAttributes(), node.lrm(), extras)
                : new NodeState(node.id(), node.uname(), "false", "offline", "down", "down",
                        node.transientAttributes(), node.lrm(), extras);
    }

    /** The node as it is after it failed: the controller still thinks it a member, membership lost it. */
    static NodeState failed(NodeState node) {
        NodeState up = membership(node, true);
        return new NodeState(up.id(), up.uname(), "false", up.crmd(), up.join(), up.expected(),
                up.transientAttributes(), up.lrm(), up.extras());
    }

    /** The node without its operation history and transient attributes, as after it left. */
    static NodeState forgotten(NodeState node) {
        return new NodeState(node.id(), node.uname(), node.inCcm(), node.crmd(), node.join(), node.expected(),
                null, null, node.extras());
    }

    /** A transient attribute's current value on the node, if any. */
    static Optional<String> transientAttribute(NodeState node, String name) {
        for (NvSet set : node.transientSets()) {
            Optional<String> value = set.value(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The node with a transient attribute set in its first attribute set (created when missing). */
    static NodeState withTransientAttribute(NodeState node, String name, String value) {
        TransientAttributes attributes = node.transientAttributes() == null
                ? new TransientAttributes(node.id(), List.of(), Extras.NONE) : node.transientAttributes();
        var sets = new ArrayList<>(attributes.sets());
        if (sets.isEmpty()) {
            sets.add(NvSet.of(SetKind.INSTANCE, "status-" + node.id(), List.of()));
        }
        NvSet first = sets.getFirst();
        var pairs = new ArrayList<NvPair>();
        boolean replaced = false;
        for (NvPair pair : first.pairs()) {
            if (!replaced && name.equals(pair.name())) {
                pairs.add(new NvPair(pair.id(), pair.idRef(), name, value, pair.extras()));
                replaced = true;
            } else {
                pairs.add(pair);
            }
        }
        if (!replaced) {
            pairs.add(NvPair.of(first.id() + "-" + name, name, value));
        }
        sets.set(0, new NvSet(first.kind(), first.id(), first.idRef(), first.score(), first.rules(), pairs,
                first.extras()));
        return new NodeState(node.id(), node.uname(), node.inCcm(), node.crmd(), node.join(), node.expected(),
                new TransientAttributes(attributes.id(), sets, attributes.extras()), node.lrm(), node.extras());
    }

    /** The node's history of a resource under this id, if any. */
    static Optional<ResourceHistory> history(NodeState node, String resourceId) {
        return node.resourceHistories().stream().filter(r -> resourceId.equals(r.id())).findFirst();
    }

    /** The node with this resource history in place of the one with its id, or added last. */
    static NodeState withHistory(NodeState node, ResourceHistory history) {
        OperationHistory lrm = node.lrm() == null
                ? new OperationHistory(node.id(), null, true, List.of(), Extras.NONE) : node.lrm();
        var resources = new ArrayList<ResourceHistory>();
        boolean replaced = false;
        for (ResourceHistory resource : lrm.resources()) {
            if (!replaced && resource.id().equals(history.id())) {
                resources.add(history);
                replaced = true;
            } else {
                resources.add(resource);
            }
        }
        if (!replaced) {
            resources.add(history);
        }
        var newLrm = new OperationHistory(lrm.id(), lrm.resourcesId(), true, resources, lrm.extras());
        return new NodeState(node.id(), node.uname(), node.inCcm(), node.crmd(), node.join(), node.expected(),
                node.transientAttributes(), newLrm, node.extras());
    }

    /** The history with this record in place of the one with its id, or added last. */
    static ResourceHistory withRecord(ResourceHistory history, OperationRecord record) {
        var operations = new ArrayList<OperationRecord>();
        boolean replaced = false;
        for (OperationRecord operation : history.operations()) {
            if (!replaced && operation.id().equals(record.id())) {
                operations.add(record);
                replaced = true;
            } else {
                operations.add(operation);
            }
        }
        if (!replaced) {
            operations.add(record);
        }
        return new ResourceHistory(history.id(), history.resourceClass(), history.provider(), history.type(),
                operations, history.extras());
    }

    /** The call id after the highest one in the history: simulated results are always the newest. */
    static int nextCallId(ResourceHistory history) {
        int highest = 0;
        for (OperationRecord operation : history.operations()) {
            OptionalInt call = operation.call();
            if (call.isPresent() && call.getAsInt() > highest) {
                highest = call.getAsInt();
            }
        }
        return highest + 1;
    }
}
