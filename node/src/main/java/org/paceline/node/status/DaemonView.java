package org.paceline.node.status;

import java.util.List;

import org.paceline.node.fencer.FenceHistoryEntry;

/**
 * The daemon's view of the cluster at one moment, as the faces show it.
 *
 * @param localNodeId the local node's id in the membership (corosync's nodeid)
 * @param dcNode      the designated controller, or null while there is none
 * @param quorate     whether this node's partition has quorum
 * @param nodes       every node known, configured or seen
 * @param partition   the names of the nodes in this node's partition, in membership order
 * @param lastChange  what crm_mon shows after "Last change:", or null when unknown
 * @param fencing     the fencing attempts this node knows of, oldest first: crm_mon shows the
 *                    failed and pending ones, so that an operator sees why a node stays UNCLEAN
 */
public record DaemonView(String localNode, String localNodeId, String dcNode, boolean quorate,
                         List<NodeEntry> nodes, List<String> partition, String lastChange,
                         List<FenceHistoryEntry> fencing) {
    public DaemonView {
        nodes = List.copyOf(nodes);
        partition = List.copyOf(partition);
        fencing = List.copyOf(fencing);
    }

    /** A view without fencing history (a daemon with no fencer of its own). */
    public DaemonView(String localNode, String localNodeId, String dcNode, boolean quorate,
                      List<NodeEntry> nodes, List<String> partition, String lastChange) {
        this(localNode, localNodeId, dcNode, quorate, nodes, partition, lastChange, List.of());
    }
}
