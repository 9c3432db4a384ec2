package org.paceline.scheduler.output;

import java.util.ArrayList;
import java.util.List;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;

/**
 * The "Node List" section: nodes in an unusual condition one per line ("Node n1:
 * UNCLEAN (offline)"), then the others gathered by kind and condition ("Online: [ n2 n3 ]").
 */
final class NodeListText {
    private NodeListText() {}

    static List<String> lines(ClusterState state) {
        var lines = new ArrayList<String>();
        lines.add("  * Node List:");
        var online = new ArrayList<String>();
        var offline = new ArrayList<String>();
        var remoteOnline = new ArrayList<String>();
        var remoteOffline = new ArrayList<String>();
        var guestOnline = new ArrayList<String>();
        List<ClusterNode> nodes = new ArrayList<>(state.nodes());
        nodes.sort((a, b) -> NodeNameOrder.INSTANCE.compare(a.name(), b.name()));
        for (ClusterNode node : nodes) {
            String condition = condition(node);
            if (condition == null) {
                var list = switch (node.kind()) {
                    // An offline guest node is shown through the resource it would run in.
                    case GUEST -> node.online() ? guestOnline : new ArrayList<String>();
                    case REMOTE -> node.online() ? remoteOnline : remoteOffline;
                    case MEMBER, PING -> node.online() ? online : offline;
                };
                list.add(node.name());
                continue;
            }
            lines.add("    * " + kindWord(node) + " " + node.name() + ": " + condition);
        }
        addList(lines, "Online", online);
        addList(lines, "OFFLINE", offline);
        addList(lines, "RemoteOnline", remoteOnline);
        addList(lines, "RemoteOFFLINE", remoteOffline);
        addList(lines, "GuestOnline", guestOnline);
        return lines;
    }

    /** The condition that puts a node on a line of its own, or null for a plain online or offline node. */
    private static String condition(ClusterNode node) {
        if (node.unclean()) {
            if (node.online()) {
                return "UNCLEAN (online)";
            }
            return node.pending() ? "UNCLEAN (pending)" : "UNCLEAN (offline)";
        }
        if (node.pending()) {
            return "pending";
        }
        if (node.standbyOnFail() && node.online()) {
            return "standby (on-fail)";
        }
        if (node.standby()) {
            if (!node.online()) {
                return "OFFLINE (standby)";
            }
            return node.runningResources().isEmpty() ? "standby" : "standby (with active resources)";
        }
        if (node.maintenance()) {
            return node.online() ? "maintenance" : "OFFLINE (maintenance)";
        }
        return null;
    }

    private static String kindWord(ClusterNode node) {
        return switch (node.kind()) {
            case GUEST -> "GuestNode";
            case REMOTE -> "RemoteNode";
            case MEMBER, PING -> "Node";
        };
    }

    private static void addList(List<String> lines, String label, List<String> names) {
        if (!names.isEmpty()) {
            lines.add("    * " + label + ": [ " + String.join(" ", names) + " ]");
        }
    }
}
