package org.paceline.node.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.paceline.cib.Cib;
import org.paceline.node.fencer.FenceHistoryEntry;
import org.paceline.node.fencer.FencingHistory;
import org.paceline.scheduler.output.ClusterStatusText;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * crm_mon's text, as Pacemaker 2.1 prints it for {@code -1} with {@code -r -f -A -n -s}:
 * the cluster summary (whose view, how fresh), the node list, the resources, node
 * attributes and the migration summary. Pure: the instant and zone come in.
 */
public final class CrmMonText {
    /** The version the summary names, in the form the OCF shell functions parse ({@code 2.1.5-...}). */
    public static final String PACEMAKER_VERSION = "2.1.5-paceline";

    private CrmMonText() {}

    /** The text and the exit code (0; with {@code -s} 0 OK, 1 warning, 2 critical, as Pacemaker's Nagios mode). */
    public record Rendered(String text, int exitCode) {}

    public static Rendered render(Cib cib, DaemonView view, Instant now, ZoneId zone, StatusOptions options) {
        ClusterState state = ClusterState.unpack(cib, now);
        if (options.simple()) {
            return simple(state, view);
        }
        var lines = new ArrayList<String>();
        summary(lines, state, view, now, zone);
        lines.add("");
        if (options.byNode()) {
            byNode(lines, state);
        } else {
            nodesAndResources(lines, state, options.inactive());
        }
        if (options.attributes()) {
            lines.add("");
            attributes(lines, state);
        }
        if (options.failCounts()) {
            lines.add("");
            migrationSummary(lines, state, zone);
        }
        var failures = FailedActions.of(cib);
        if (!failures.isEmpty()) {
            // Shown whatever the options, as Pacemaker does: a failure is what an operator must see.
            lines.add("");
            lines.add("Failed Resource Actions:");
            failures.forEach(f -> lines.add(FailedActions.line(f, zone)));
        }
        fencing(lines, view.fencing());
        return new Rendered(String.join("\n", lines) + "\n", 0);
    }

    /**
     * Failed, then pending fencing, newest first, as Pacemaker's crm_mon shows them by default:
     * a node that stays UNCLEAN because its fencing failed says so here, with the reason.
     */
    private static void fencing(List<String> lines, List<FenceHistoryEntry> history) {
        for (var state : List.of(FenceHistoryEntry.State.FAILED, FenceHistoryEntry.State.PENDING)) {
            var shown = history.reversed().stream().filter(entry -> entry.state() == state)
                    .map(entry -> "  * " + FencingHistory.line(entry)).toList();
            if (!shown.isEmpty()) {
                lines.add("");
                lines.add(state == FenceHistoryEntry.State.FAILED ? "Failed Fencing Actions:" : "Pending Fencing Actions:");
                lines.addAll(shown);
            }
        }
    }

    private static void summary(List<String> lines, ClusterState state, DaemonView view, Instant now, ZoneId zone) {
        lines.add("Cluster Summary:");
        lines.add("  * Stack: corosync");
        if (view.dcNode() == null) {
            lines.add("  * Current DC: NONE");
        } else {
            lines.add("  * Current DC: " + view.dcNode() + " (version " + PACEMAKER_VERSION + ") - partition "
                    + (view.quorate() ? "with" : "WITHOUT") + " quorum");
        }
        lines.add("  * Last updated: " + StatusFacts.ctime(now, zone) + " on " + view.localNode());
        if (view.lastChange() != null) {
            lines.add("  * Last change:  " + view.lastChange());
        }
        lines.add("  * " + state.nodes().size() + " node" + (state.nodes().size() == 1 ? "" : "s") + " configured");
        int instances = StatusFacts.instances(state).size();
        lines.add("  * " + instances + " resource instance" + (instances == 1 ? "" : "s") + " configured");
    }

    /**
     * The node list and resource list crm_simulate prints, lifted one level (crm_mon shows
     * them as top-level sections); without {@code -r} only what is active.
     */
    private static void nodesAndResources(List<String> lines, ClusterState state, boolean inactive) {
        var block = new ArrayList<String>();
        for (String line : ClusterStatusText.render(state).lines()) {
            if (line.equals("  * Node List:")) {
                block.add("Node List:");
            } else if (line.equals("  * Full List of Resources:")) {
                block.add(inactive ? "Full List of Resources:" : "Active Resources:");
            } else {
                block.add(line.startsWith("  ") ? line.substring(2) : line);
            }
        }
        lines.addAll(inactive ? block : ActiveResourceLines.keepActive(block));
    }

    private static void byNode(List<String> lines, ClusterState state) {
        lines.add("Node List:");
        for (ClusterNode node : StatusFacts.nodesByName(state)) {
            lines.add("  * Node " + node.name() + ": " + (node.online() ? "online" : "OFFLINE") + ":");
            var here = new ArrayList<String>();
            for (ResourceInstance primitive : StatusFacts.instances(state)) {
                Role role = primitive.roleOn().get(node);
                if (role != null && role.compareTo(Role.STARTED) >= 0) {
                    Role shown = role == Role.STARTED && primitive.top().isPromotable() ? Role.UNPROMOTED : role;
                    here.add("      * " + StatusFacts.printableId(primitive) + "\t("
                            + StatusFacts.agent(primitive.primitive()) + "):\t " + shown.text());
                }
            }
            if (!here.isEmpty()) {
                lines.add("    * Resources:");
                lines.addAll(here);
            }
        }
    }

    private static void attributes(List<String> lines, ClusterState state) {
        lines.add("Node Attributes:");
        for (ClusterNode node : StatusFacts.nodesByName(state)) {
            if (!node.online()) {
                continue;
            }
            lines.add("  * Node: " + node.name() + ":");
            for (Map.Entry<String, String> attribute : StatusFacts.shownAttributes(node).entrySet()) {
                lines.add(String.format("    * %-32s\t: %-10s", attribute.getKey(), attribute.getValue()));
            }
        }
    }

    private static void migrationSummary(List<String> lines, ClusterState state, ZoneId zone) {
        lines.add("Migration Summary:");
        for (ClusterNode node : StatusFacts.nodesByName(state)) {
            var failures = new ArrayList<String>();
            for (ResourceInstance primitive : StatusFacts.instances(state)) {
                Integer count = primitive.failCounts().get(node);
                if (count == null || count == 0) {
                    continue;
                }
                var line = new StringBuilder("    * ").append(StatusFacts.printableId(primitive))
                        .append(": migration-threshold=").append(StatusFacts.migrationThreshold(primitive))
                        .append(" fail-count=").append(count);
                // From the attribute itself: the unpacked state's figure is capped like a score.
                long last = StatusFacts.lastFailure(node, primitive);
                if (last > 0) {
                    line.append(" last-failure='").append(StatusFacts.ctime(Instant.ofEpochSecond(last), zone))
                            .append('\'');
                }
                failures.add(line.toString());
            }
            if (!failures.isEmpty()) {
                lines.add("  * Node: " + node.name() + ":");
                lines.addAll(failures);
            }
        }
    }

    /** {@code crm_mon -s}: one line and a Nagios-style exit code. */
    private static Rendered simple(ClusterState state, DaemonView view) {
        if (view.dcNode() == null) {
            return new Rendered("CLUSTER CRIT: No DC\n", 2);
        }
        var offline = state.nodes().stream().filter(n -> !n.online()).map(ClusterNode::name).sorted().toList();
        if (!offline.isEmpty()) {
            return new Rendered("CLUSTER WARN: offline node" + (offline.size() == 1 ? "" : "s") + ": "
                    + String.join(", ", offline) + "\n", 1);
        }
        long online = state.nodes().size();
        int instances = StatusFacts.instances(state).size();
        return new Rendered("CLUSTER OK: " + online + " node" + (online == 1 ? "" : "s") + " online, " + instances
                + " resource instance" + (instances == 1 ? "" : "s") + " configured\n", 0);
    }
}
