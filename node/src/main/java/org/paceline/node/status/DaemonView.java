package org.paceline.node.status;

import java.util.List;

/**
 * The daemon's view of the cluster at one moment, as the faces show it.
 *
 * @param localNodeId the local node's id in the membership (corosync's nodeid)
 * @param dcNode      the designated controller, or null while there is none
 * @param quorate     whether this node's partition has quorum
 * @param nodes       every node known, configured or seen
 * @param partition   the names of the nodes in this node's partition, in membership order
 * @param lastChange  what crm_mon shows after "Last change:", or null when unknown
 */
public record DaemonView(String localNode, String localNodeId, String dcNode, boolean quorate,
                         List<NodeEntry> nodes, List<String> partition, String lastChange) {
    public DaemonView {
        nodes = List.copyOf(nodes);
        partition = List.copyOf(partition);
    }
}
