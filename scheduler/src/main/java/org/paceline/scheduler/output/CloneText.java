package org.paceline.scheduler.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ObjIntConsumer;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * A clone's lines: its header, instances that need a line of their own, then
 * "Promoted: [ ... ]", "Started: [ ... ]" (or "Unpromoted:") and "Stopped: [ ... ]".
 */
final class CloneText {
    private final ClusterState state;
    private final ObjIntConsumer<ResourceInstance> full;
    private final List<String> lines;
    private boolean headerDone;
    private String header;

    CloneText(ClusterState state, ObjIntConsumer<ResourceInstance> full, List<String> lines) {
        this.state = state;
        this.full = full;
        this.lines = lines;
    }

    void render(ResourceInstance clone, int depth) {
        header = ResourceListText.indent(depth) + "Clone Set: " + clone.id() + " [" + childId(clone) + "]"
                + PrimitiveText.flags(headerFlags(clone)) + ":";
        boolean unique = clone.unique();
        var promoted = new ArrayList<ClusterNode>();
        var started = new ArrayList<ClusterNode>();
        for (ResourceInstance child : clone.children()) {
            boolean partiallyActive = ResourceActivity.active(child, false);
            boolean printFull = false;
            if (child.orphan()) {
                printFull = partiallyActive;
            } else if (unique) {
                printFull = true;
            } else if (pending(child)) {
                printFull = true;
            } else if (!partiallyActive) {
                continue;
            } else if (ResourceActivity.anyOrphan(child) || ResourceActivity.anyUnmanaged(child)
                    || ResourceActivity.anyFailed(child)) {
                printFull = true;
            } else if (ResourceActivity.active(child, true)) {
                List<ClusterNode> where = ResourceActivity.locations(child);
                if (where.size() == 1) {
                    ClusterNode location = where.getFirst();
                    if (!location.online() && location.unclean()) {
                        printFull = true;
                    } else if (ResourceListText.isPromotedRole(ResourceActivity.role(child))) {
                        promoted.add(location);
                    } else {
                        started.add(location);
                    }
                } else {
                    printFull = true;
                }
            } else {
                printFull = true;
            }
            if (printFull) {
                header();
                full.accept(child, depth + 1);
            }
        }
        String item = ResourceListText.indent(depth + 1);
        if (!promoted.isEmpty()) {
            header();
            lines.add(item + "Promoted: [ " + ResourceListText.names(promoted) + " ]");
        }
        if (!started.isEmpty()) {
            header();
            String label = "Started";
            if (clone.isPromotable()) {
                label = configuredRole(clone) == Role.UNPROMOTED ? "Unpromoted (target-role)" : "Unpromoted";
            }
            lines.add(item + label + ": [ " + ResourceListText.names(started) + " ]");
        }
        Map<String, List<String>> stopped = new TreeMap<>();
        int activeInstances = promoted.size() + started.size();
        if (!unique && activeInstances < cloneMax(clone)) {
            String word = configuredRole(clone) == Role.STOPPED ? "Stopped (disabled)" : "Stopped";
            for (ClusterNode node : allowedNodes(clone)) {
                if (clone.runningOn().contains(node)) {
                    continue;
                }
                Integer probe = probeOn(clone, node);
                String status = probe != null ? "Stopped (" + PrimitiveText.exitText(probe) + ")" : word;
                stopped.computeIfAbsent(status, s -> new ArrayList<>()).add(node.name());
            }
        }
        for (Map.Entry<String, List<String>> entry : stopped.entrySet()) {
            header();
            var names = new ArrayList<>(entry.getValue());
            names.sort(NodeNameOrder.INSTANCE);
            lines.add(item + entry.getKey() + ": [ " + String.join(" ", names) + " ]");
        }
        header();
    }

    private void header() {
        if (!headerDone) {
            lines.add(header);
            headerDone = true;
        }
    }

    private static boolean pending(ResourceInstance child) {
        return child.pendingTask() != null;
    }

    private static String childId(ResourceInstance clone) {
        if (clone.config() instanceof org.paceline.cib.resources.Clone c && c.child() != null) {
            return c.child().id();
        }
        return "";
    }

    private static List<String> headerFlags(ResourceInstance clone) {
        var flags = new ArrayList<String>();
        if (clone.isPromotable()) {
            flags.add("promotable");
        }
        if (clone.unique()) {
            flags.add("unique");
        }
        if (PrimitiveText.disabled(clone)) {
            flags.add("disabled");
        }
        if (clone.maintenance()) {
            flags.add("maintenance");
        } else if (!clone.managed()) {
            flags.add("unmanaged");
        }
        return flags;
    }

    /** The role the clone (or, failing that, its child) is configured to take. */
    private static Role configuredRole(ResourceInstance clone) {
        String target = clone.meta().get("target-role");
        if (target == null && !clone.children().isEmpty()) {
            target = clone.children().getFirst().meta().get("target-role");
        }
        return Role.parse(target).orElse(Role.UNKNOWN);
    }

    private int cloneMax(ResourceInstance clone) {
        String max = clone.meta().get("clone-max");
        if (max != null) {
            try {
                return Integer.parseInt(max.trim());
            } catch (NumberFormatException e) {
                // the default below
            }
        }
        return state.nodes().size();
    }

    private List<ClusterNode> allowedNodes(ResourceInstance clone) {
        var nodes = new ArrayList<ClusterNode>();
        for (ClusterNode node : state.nodes()) {
            if (state.options().symmetric() || knownOn(clone, node)) {
                nodes.add(node);
            }
        }
        nodes.sort((a, b) -> NodeNameOrder.INSTANCE.compare(a.name(), b.name()));
        return nodes;
    }

    private static boolean knownOn(ResourceInstance clone, ClusterNode node) {
        return clone.primitives().stream().anyMatch(p -> p.history().containsKey(node));
    }

    private static Integer probeOn(ResourceInstance clone, ClusterNode node) {
        for (ResourceInstance primitive : clone.primitives()) {
            Integer rc = PrimitiveText.failedProbe(primitive, node);
            if (rc != null && primitive.failedProbes().containsKey(node)) {
                return rc;
            }
        }
        return null;
    }
}
