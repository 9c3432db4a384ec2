package org.paceline.node.controller;

import java.util.Optional;

import org.paceline.cib.Cib;
import org.paceline.cib.NvSet;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;

/** Reads what a test's CIB records: a history entry, a transient attribute. */
final class Records {
    private Records() {}

    static Optional<OperationRecord> operation(Cib cib, String node, String resource, String id) {
        return cib.status().node(node).flatMap(state -> state.resourceHistories().stream()
                .filter(h -> h.id().equals(resource)).findFirst())
                .flatMap(history -> history.operations().stream().filter(op -> op.id().equals(id)).findFirst());
    }

    static Optional<ResourceHistory> history(Cib cib, String node, String resource) {
        return cib.status().node(node).flatMap(state -> state.resourceHistories().stream()
                .filter(h -> h.id().equals(resource)).findFirst());
    }

    static Optional<String> attribute(Cib cib, String node, String name) {
        Optional<NodeState> state = cib.status().node(node);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        for (NvSet set : state.get().transientSets()) {
            Optional<String> value = set.value(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }
}
