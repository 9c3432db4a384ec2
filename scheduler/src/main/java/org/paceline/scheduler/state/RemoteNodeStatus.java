package org.paceline.scheduler.state;

import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.rules.Values;
import org.paceline.cib.status.NodeState;

/**
 * Whether a remote or guest node is up: it follows its connection (for a guest, the
 * resource it runs in), as far as the history read so far tells.
 */
final class RemoteNodeStatus {
    private final ClusterState state;

    RemoteNodeStatus(ClusterState state) {
        this.state = state;
    }

    void decide(ClusterNode node) {
        ResourceInstance connection = node.connection;
        if (connection == null) {
            node.online = false;
            return;
        }
        if (connection.role == Role.STARTED) {
            node.online = true;
        }
        if (connection.failed) {
            node.online = false;
            if (node.kind() == ClusterNode.Kind.GUEST) {
                node.remoteRequiresReset = true;
            }
        } else if (connection.role == Role.STOPPED || connection.role == Role.UNKNOWN) {
            node.online = false;
            node.remoteRequiresReset = false;
        } else if (node.kind() == ClusterNode.Kind.GUEST && connection.runningOn.size() == 1) {
            ClusterNode host = connection.runningOn.getFirst();
            if (!host.online() && host.unclean()) {
                node.online = false;
                node.remoteRequiresReset = true;
            }
        }
    }

    /** The node's status entry: its transient attributes and what they say of it. */
    void attributes(ClusterNode node, NodeState entry) {
        if (!node.remoteRequiresReset) {
            node.unclean = false;
            node.unseen = false;
        }
        for (NvSet set : entry.transientSets()) {
            for (NvPair pair : set.pairs()) {
                if (pair.name() != null && pair.value() != null) {
                    node.mutableAttributes().put(pair.name(), pair.value());
                }
            }
        }
        String shutdown = node.attributes().get("shutdown");
        node.shutdown = shutdown != null && !shutdown.isBlank() && !shutdown.equals("0");
        node.standby = Values.isTrue(node.attributes().get("standby"));
        node.maintenance = Values.isTrue(node.attributes().get("maintenance"))
                || node.connection != null && !node.connection.managed;
    }
}
