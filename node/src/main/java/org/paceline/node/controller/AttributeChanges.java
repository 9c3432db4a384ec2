package org.paceline.node.controller;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.paceline.cib.Cib;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.status.NodeState;
import org.paceline.node.controller.OperationalEvent.FailoverCause;

/**
 * Which node attribute another writer changed between two views: a ping or disk-check
 * attribute dropping is how a network or disk failure reaches the scheduler, and so
 * may begin a fail-over. The controller's own bookkeeping attributes (fail counts, last
 * failures, shutdown) are no such cause.
 */
final class AttributeChanges {
    private AttributeChanges() {}

    /** The first changed attribute, by node name then attribute name; empty when none changed. */
    static Optional<FailoverCause> first(Cib before, Cib after) {
        var nodes = new TreeMap<String, NodeState>();
        before.status().nodes().forEach(n -> nodes.put(n.uname() == null ? n.id() : n.uname(), n));
        after.status().nodes().forEach(n -> nodes.putIfAbsent(n.uname() == null ? n.id() : n.uname(), n));
        for (String node : nodes.keySet()) {
            Map<String, String> old = attributes(before, node);
            Map<String, String> now = attributes(after, node);
            var names = new TreeMap<String, Boolean>();
            old.keySet().forEach(n -> names.put(n, true));
            now.keySet().forEach(n -> names.put(n, true));
            for (String name : names.keySet()) {
                if (!bookkeeping(name) && !java.util.Objects.equals(old.get(name), now.get(name))) {
                    return Optional.of(new FailoverCause(FailoverCause.Kind.ATTRIBUTE_CHANGE, name, node));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean bookkeeping(String name) {
        return name.startsWith("fail-count-") || name.startsWith("last-failure-") || name.equals("shutdown")
                || name.equals("terminate");
    }

    private static Map<String, String> attributes(Cib cib, String node) {
        var values = new TreeMap<String, String>();
        cib.status().node(node).ifPresent(state -> {
            for (NvSet set : state.transientSets()) {
                for (NvPair pair : set.pairs()) {
                    if (pair.name() != null) {
                        values.putIfAbsent(pair.name(), pair.value());
                    }
                }
            }
        });
        return values;
    }
}
