package org.paceline.node.store;

import static org.paceline.node.store.CibUpdates.problem;

import java.util.List;
import java.util.Optional;

import org.paceline.cib.Cib;
import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;
import org.paceline.cib.Parsed;
import org.paceline.cib.SetKind;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.Status;
import org.paceline.cib.status.TransientAttributes;

/**
 * A node's transient attributes, kept as Pacemaker's attribute manager writes them:
 * {@code transient_attributes id=<node id>} holding the set {@code status-<node id>}.
 */
final class TransientAttributeEdits {
    private TransientAttributeEdits() {}

    static Parsed<Status> set(Cib cib, CibUpdate.SetTransientAttribute update) {
        if (blank(update.node()) || blank(update.name()) || update.value() == null) {
            return Parsed.invalid(problem("a transient attribute needs a node, a name and a value"));
        }
        NodeState state = NodeStates.orNew(cib, update.node(), null);
        TransientAttributes attributes = state.transientAttributes() != null ? state.transientAttributes()
                : new TransientAttributes(state.id(), List.of(), Extras.NONE);
        String setId = attributes.sets().stream().filter(s -> s.kind() == SetKind.INSTANCE).map(NvSet::id)
                .findFirst().orElse("status-" + state.id());
        return NameValueEdits.set(attributes.sets(), SetKind.INSTANCE, setId, update.name(), update.value(),
                        setId, "node \"" + update.node() + "\" transient attributes")
                .map(sets -> NodeStates.put(cib.status(), withAttributes(state,
                        new TransientAttributes(attributes.id(), sets, attributes.extras()))));
    }

    static Parsed<Status> delete(Cib cib, CibUpdate.DeleteTransientAttribute update) {
        if (blank(update.node()) || blank(update.name())) {
            return Parsed.invalid(problem("deleting a transient attribute needs a node and a name"));
        }
        Optional<NodeState> state = cib.status().node(update.node());
        if (state.isEmpty() || state.get().transientAttributes() == null) {
            return Parsed.valid(cib.status());
        }
        TransientAttributes attributes = state.get().transientAttributes();
        var sets = NameValueEdits.delete(attributes.sets(), SetKind.INSTANCE, null, update.name());
        return Parsed.valid(NodeStates.put(cib.status(), withAttributes(state.get(),
                new TransientAttributes(attributes.id(), sets, attributes.extras()))));
    }

    /** Every transient attribute of the node gone, element and all, as when it leaves the cluster. */
    static Parsed<Status> clear(Cib cib, CibUpdate.ClearTransientAttributes update) {
        if (blank(update.node())) {
            return Parsed.invalid(problem("the node's name is missing"));
        }
        return Parsed.valid(cib.status().node(update.node())
                .map(state -> NodeStates.put(cib.status(), withAttributes(state, null)))
                .orElse(cib.status()));
    }

    private static NodeState withAttributes(NodeState s, TransientAttributes attributes) {
        return new NodeState(s.id(), s.uname(), s.inCcm(), s.crmd(), s.join(), s.expected(), attributes, s.lrm(),
                s.extras());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
