package org.paceline.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.paceline.cib.Cib;
import org.paceline.cib.Node;
import org.paceline.cib.status.NodeState;
import org.paceline.scheduler.simulation.StatusView;

/**
 * The cluster status as only its node list: each cluster node online, offline, or
 * unclean (lost while expected, so needing fencing), as crm_simulate lists them.
 * Stands in until the full status printer is wired in.
 */
final class NodeListStatusView implements StatusView {
    /** Node names in crm_mon's order: letters alike, numbers by value ("node2" before "node10"). */
    private static final Comparator<String> NATURAL = NodeListStatusView::compareNaturally;

    @Override
    public String render(Cib cib, Instant now) {
        var unclean = new ArrayList<String>();
        var online = new ArrayList<String>();
        var offline = new ArrayList<String>();
        for (String name : clusterNodes(cib)) {
            NodeState state = cib.status().node(name).orElse(null);
            if (state != null && isUp(state)) {
                online.add(name);
            } else if (state != null && wasExpected(state)) {
                unclean.add(name);
            } else {
                offline.add(name);
            }
        }
        var lines = new StringBuilder("  * Node List:\n");
        for (String name : unclean) {
            lines.append("    * Node ").append(name).append(": UNCLEAN (offline)\n");
        }
        if (!online.isEmpty()) {
            lines.append("    * Online: [ ").append(String.join(" ", online)).append(" ]\n");
        }
        if (!offline.isEmpty()) {
            lines.append("    * OFFLINE: [ ").append(String.join(" ", offline)).append(" ]\n");
        }
        return lines.toString();
    }

    /** Configured cluster nodes (not remote or ping nodes) and nodes seen only in the status, sorted. */
    private static List<String> clusterNodes(Cib cib) {
        var names = new ArrayList<String>();
        for (Node node : cib.configuration().nodes()) {
            String type = node.type() == null ? "member" : node.type();
            if (node.uname() != null && (type.equals("member") || type.equals("normal"))) {
                names.add(node.uname());
            }
        }
        for (NodeState state : cib.status().nodes()) {
            boolean remote = state.extras().attributes().has("remote_node");
            if (state.uname() != null && !remote && !names.contains(state.uname())) {
                names.add(state.uname());
            }
        }
        names.sort(NATURAL);
        return names;
    }

    private static boolean isUp(NodeState state) {
        return truthy(state.inCcm()) && (state.crmd() == null || isOnline(state.crmd()))
                && (state.join() == null || state.join().equals("member"));
    }

    /** Down while the cluster still counted on it: it may still be running resources. */
    private static boolean wasExpected(NodeState state) {
        return !truthy(state.inCcm()) && ((state.crmd() != null && isOnline(state.crmd()))
                || "member".equals(state.join()) || "member".equals(state.expected()));
    }

    private static boolean truthy(String value) {
        if (value == null) {
            return false;
        }
        String text = value.trim().toLowerCase(Locale.ROOT);
        // Since Pacemaker 2.1.7 a join time stands for "true".
        return text.equals("true") || text.equals("yes") || text.equals("on") || text.equals("1")
                || (!text.isEmpty() && !text.equals("0") && text.chars().allMatch(Character::isDigit));
    }

    private static boolean isOnline(String crmd) {
        String text = crmd.trim();
        return text.equals("online") || (!text.isEmpty() && !text.equals("0") && text.chars().allMatch(Character::isDigit));
    }

    private static int compareNaturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int startI = i;
                int startJ = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                String numberA = a.substring(startI, i).replaceFirst("^0+(?=.)", "");
                String numberB = b.substring(startJ, j).replaceFirst("^0+(?=.)", "");
                int byLength = Integer.compare(numberA.length(), numberB.length());
                int byDigits = byLength != 0 ? byLength : numberA.compareTo(numberB);
                if (byDigits != 0) {
                    return byDigits;
                }
            } else {
                int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
