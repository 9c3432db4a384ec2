package org.paceline.scheduler.state;

import java.util.List;

import org.paceline.cib.Configuration;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;

/**
 * The nodes that resources make: a remote node for each connection resource
 * ({@code ocf:pacemaker:remote}), a guest node for each resource with the meta
 * attribute {@code remote-node}. Added after the configured nodes, unless already there.
 */
final class RemoteNodes {
    private RemoteNodes() {}

    static boolean isConnection(Primitive primitive) {
        return "ocf".equals(primitive.resourceClass()) && "pacemaker".equals(primitive.provider())
                && "remote".equals(primitive.type());
    }

    static void add(ClusterState state, Configuration config) {
        List<Resource> all = config.allResources().toList();
        for (Resource resource : all) {
            if (resource instanceof Primitive p && p.id() != null && isConnection(p)) {
                addNode(state, p.id(), ClusterNode.Kind.REMOTE);
            }
        }
        for (Resource resource : all) {
            if (resource instanceof Primitive p) {
                p.meta("remote-node").ifPresent(name -> addNode(state, name, ClusterNode.Kind.GUEST));
            }
        }
    }

    private static void addNode(ClusterState state, String name, ClusterNode.Kind kind) {
        if (state.node(name).isEmpty()) {
            state.nodes.add(new ClusterNode(name, name, kind));
        }
    }
}
