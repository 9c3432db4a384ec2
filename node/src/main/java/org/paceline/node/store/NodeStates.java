package org.paceline.node.store;

import static org.paceline.node.store.CibUpdates.problem;

import java.util.ArrayList;
import java.util.Optional;

import org.paceline.cib.Cib;
import org.paceline.cib.Extras;
import org.paceline.cib.Node;
import org.paceline.cib.Parsed;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.Status;

/** A node's {@code node_state} in the status section: found or created, and put back in its place. */
final class NodeStates {
    private NodeStates() {}

    /** The membership fields changed; null fields are left as they are. */
    static Parsed<Status> update(Cib cib, CibUpdate.UpdateNodeState update) {
        if (update.node() == null || update.node().isBlank()) {
            return Parsed.invalid(problem("the node's name is missing"));
        }
        NodeState state = orNew(cib, update.node(), update.nodeId());
        NodeState changed = new NodeState(state.id(), state.uname(),
                or(update.inCcm(), state.inCcm()), or(update.crmd(), state.crmd()),
                or(update.join(), state.join()), or(update.expected(), state.expected()),
                state.transientAttributes(), state.lrm(), state.extras());
        return Parsed.valid(put(cib.status(), changed));
    }

    /** The node's state, or a new empty one with the id Pacemaker gives it. */
    static NodeState orNew(Cib cib, String uname, String nodeId) {
        Optional<NodeState> existing = cib.status().node(uname);
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = nodeId != null ? nodeId
                : cib.configuration().node(uname).map(Node::id).orElse(uname);
        return new NodeState(id, uname, null, null, null, null, null, null, Extras.NONE);
    }

    /** The status with this node's state replaced in place, or appended when it is new. */
    static Status put(Status status, NodeState state) {
        var nodes = new ArrayList<NodeState>();
        boolean replaced = false;
        for (NodeState node : status.nodes()) {
            if (!replaced && state.uname().equals(node.uname())) {
                nodes.add(state);
                replaced = true;
            } else {
                nodes.add(node);
            }
        }
        if (!replaced) {
            nodes.add(state);
        }
        return new Status(nodes, status.ticketsAttributes(), status.tickets(), status.extras());
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
