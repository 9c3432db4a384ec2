package org.paceline.scheduler.state;

import java.util.Locale;

import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.rules.Values;
import org.paceline.cib.status.NodeState;

/**
 * Reads each node's status entry: its transient attributes, and whether it is online,
 * down, pending, or must be fenced, by the rules Pacemaker applies to the membership
 * fields ({@code in_ccm}, {@code crmd}, {@code join}, {@code expected}).
 */
final class NodeStatusReading {
    private final ClusterState state;
    private final boolean fencing;

    NodeStatusReading(ClusterState state) {
        this.state = state;
        this.fencing = state.options.fencingEnabled();
    }

    void read(NodeState entry) {
        if (Values.isTrue(entry.extras().attributes().getOrNull("remote_node"))) {
            return;
        }
        ClusterNode node = find(entry);
        // Remote and guest nodes follow their connection, decided while reading the history.
        if (node == null || !node.unseen || node.isRemote()) {
            return;
        }
        node.unseen = false;
        transientAttributes(entry, node);
        conditionsFromAttributes(node);
        node.expectedUp = "member".equals(entry.expected());
        if (fencing) {
            node.online = onlineWithFencing(entry, node);
        } else {
            node.online = onlineWithoutFencing(entry, node);
        }
        if (node.kind() == ClusterNode.Kind.PING) {
            node.online = false;
            node.unclean = false;
        }
        if (!state.haveQuorum && node.online && state.options.noQuorumPolicy().equals("fence")) {
            fence(node, "cluster does not have quorum");
        }
    }

    /** Cluster nodes with no status entry are unclean until seen, unless start-up fencing is off. */
    void finish() {
        for (ClusterNode node : state.nodes) {
            if (node.unseen && node.kind() == ClusterNode.Kind.MEMBER && fencing && state.options.startupFencing()) {
                node.unclean = true;
                node.fenceReason = null; // reported as plainly "node is unclean"
            }
        }
    }

    private ClusterNode find(NodeState entry) {
        for (ClusterNode node : state.nodes) {
            if (entry.id() != null && entry.id().equals(node.id())) {
                return node;
            }
        }
        for (ClusterNode node : state.nodes) {
            if (entry.uname() != null && entry.uname().equals(node.name())) {
                return node;
            }
        }
        return null;
    }

    private void transientAttributes(NodeState entry, ClusterNode node) {
        for (NvSet set : entry.transientSets()) {
            // A transient utilization set changes the node's capacity, not its attributes.
            var target = set.kind() == org.paceline.cib.SetKind.UTILIZATION
                    ? node.mutableUtilization() : node.mutableAttributes();
            for (NvPair pair : set.pairs()) {
                if (pair.name() != null && pair.value() != null) {
                    target.put(pair.name(), pair.value());
                }
            }
        }
    }

    private void conditionsFromAttributes(ClusterNode node) {
        var attributes = node.attributes();
        node.standby = Values.isTrue(attributes.get("standby"));
        node.maintenance = Values.isTrue(attributes.get("maintenance"));
        String shutdown = attributes.get("shutdown");
        node.shutdown = shutdown != null && !shutdown.isBlank() && !shutdown.equals("0");
    }

    private boolean onlineWithFencing(NodeState entry, ClusterNode node) {
        long member = whenMember(entry.inCcm(), state.now().getEpochSecond());
        long online = whenOnline(entry.crmd());
        String join = entry.join();
        boolean terminate = terminationRequested(node);
        if (member < 0) {
            fence(node, "peer has not been seen by the cluster");
            return false;
        }
        if ("banned".equals(join)) {
            fence(node, "peer failed Pacemaker membership criteria");
        } else if (terminate) {
            if (member <= 0 && online <= 0 && "down".equals(join)) {
                return false;
            }
            fence(node, "fencing was requested");
        } else if (entry.expected() == null || "down".equals(entry.expected())) {
            if (pendingTooLong(member, online)) {
                fence(node, "peer pending timed out on joining the process group");
            } else if (member > 0 && online > 0 && "member".equals(join)) {
                // A member on its way down is still up until it has left.
                return true;
            } else if (member > 0 || online > 0) {
                node.standby = true;
                node.pending = true;
            }
        } else if (member <= 0) {
            fence(node, "peer is no longer part of the cluster");
        } else if (online <= 0) {
            fence(node, "peer process is no longer available");
        } else if ("member".equals(join)) {
            return true;
        } else if ("pending".equals(join) || "down".equals(join)) {
            node.standby = true;
            node.pending = true;
        } else {
            fence(node, "peer was in an unknown state");
        }
        return member > 0;
    }

    /** A node that joined the membership but not the cluster, for longer than node-pending-timeout. */
    private boolean pendingTooLong(long member, long online) {
        long timeoutMillis = state.options.millis(org.paceline.cib.ClusterOption.NODE_PENDING_TIMEOUT);
        return timeoutMillis > 0 && member > 0 && online <= 0
                && state.now().getEpochSecond() >= member + timeoutMillis / 1000;
    }

    private boolean onlineWithoutFencing(NodeState entry, ClusterNode node) {
        long member = whenMember(entry.inCcm(), state.now().getEpochSecond());
        long online = whenOnline(entry.crmd());
        if (member <= 0) {
            return false;
        }
        if (online > 0) {
            return "member".equals(entry.join());
        }
        if (node.expectedUp) {
            fence(node, "peer is unexpectedly down");
        }
        return false;
    }

    private static boolean terminationRequested(ClusterNode node) {
        String value = node.attributes().get("terminate");
        if (value == null) {
            return false;
        }
        try {
            return Long.parseLong(value.trim()) != 0;
        } catch (NumberFormatException e) {
            return Values.isTrue(value);
        }
    }

    private void fence(ClusterNode node, String reason) {
        if (!node.unclean) {
            node.unclean = true;
            node.fenceReason = reason;
        }
    }

    /** -1 unknown, 0 not a member, else since when (epoch seconds; now for the old boolean form). */
    static long whenMember(String inCcm, long nowSeconds) {
        if (inCcm == null) {
            return -1;
        }
        String value = inCcm.trim().toLowerCase(Locale.ROOT);
        if (Values.isBoolean(value)) {
            return Values.isTrue(value) ? Math.max(1, nowSeconds) : 0;
        }
        try {
            long when = Long.parseLong(value);
            return when < 0 ? -1 : when;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** 0 offline (or unreadable), else since when (or 1 for the old "online" form). */
    static long whenOnline(String crmd) {
        if (crmd == null || crmd.equalsIgnoreCase("offline")) {
            return 0;
        }
        if (crmd.equalsIgnoreCase("online")) {
            return 1;
        }
        try {
            long when = Long.parseLong(crmd.trim());
            return Math.max(0, when);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
