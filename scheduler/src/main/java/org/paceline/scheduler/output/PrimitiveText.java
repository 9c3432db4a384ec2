package org.paceline.scheduler.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.paceline.cib.resources.Primitive;
import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * One primitive's line: {@code ID\t(class:provider:type):\t STATE NODE (flags)}, with
 * {@code [ n1 n2 ]} in place of the node when it is active on several.
 */
final class PrimitiveText {
    private PrimitiveText() {}

    static String line(ResourceInstance resource) {
        var text = new StringBuilder();
        text.append(printableId(resource)).append("\t(").append(agent(resource.primitive())).append("):\t");
        List<ClusterNode> running = resource.runningOn();
        ClusterNode node = running.size() == 1 ? running.getFirst()
                : running.isEmpty() ? resource.pendingNode() : null;
        Role shown = displayedRole(resource);
        if (resource.orphan()) {
            text.append(" ORPHANED");
        }
        if (resource.failed()) {
            text.append(" FAILED");
            if (ResourceListText.isPromotedRole(shown)) {
                text.append(' ').append(shown.text());
            }
        } else {
            String pending = pendingState(resource.pendingTask());
            text.append(' ').append(pending != null ? pending : shown.text());
        }
        if (node != null) {
            text.append(' ').append(node.name());
        }
        if (shown == Role.STOPPED) {
            Integer probeRc = failedProbe(resource, node);
            if (probeRc != null) {
                text.append(" (").append(exitText(probeRc)).append(") ");
            }
        }
        var flags = new ArrayList<String>();
        if (node != null && !node.online() && node.unclean()) {
            flags.add("UNCLEAN");
        }
        if ("monitor".equals(resource.pendingTask())) {
            flags.add("Monitoring");
        }
        String targetRole = resource.meta().get("target-role");
        Role target = Role.parse(targetRole).orElse(null);
        if (target == Role.STOPPED) {
            flags.add("disabled");
        } else if (target == Role.UNPROMOTED && resource.top().isPromotable()) {
            flags.add("target-role:" + targetRole);
        }
        if (resource.blocked()) {
            flags.add("blocked");
        } else if (resource.maintenance()) {
            flags.add("maintenance");
        } else if (!resource.managed()) {
            flags.add("unmanaged");
        }
        if (resource.failureIgnored()) {
            flags.add("failure ignored");
        }
        text.append(flags(flags));
        if (running.size() > 1) {
            text.append(" [ ");
            var names = new ArrayList<String>();
            running.forEach(n -> names.add(n.name()));
            text.append(String.join(" ", names)).append(" ]");
        }
        return text.toString();
    }

    /** Its id as printed: an anonymous clone's instances go by the configured id. */
    static String printableId(ResourceInstance resource) {
        return resource.clone().isPresent() && !resource.unique() ? resource.configId() : resource.id();
    }

    /** The role shown: a started instance of a promotable clone is unpromoted. */
    static Role displayedRole(ResourceInstance resource) {
        Role role = resource.role();
        if (role == Role.STARTED && resource.top().isPromotable()) {
            return Role.UNPROMOTED;
        }
        return role;
    }

    /** Whether its target role holds it stopped (or unpromoted, in a promotable clone). */
    static boolean disabled(ResourceInstance resource) {
        Role target = Role.parse(resource.meta().get("target-role")).orElse(null);
        return target == Role.STOPPED || target == Role.UNPROMOTED && resource.top().isPromotable();
    }

    static String flags(List<String> flags) {
        return flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")";
    }

    /** The exit code of a probe that found the agent missing on the node (on any node when null). */
    static Integer failedProbe(ResourceInstance resource, ClusterNode node) {
        for (Map.Entry<ClusterNode, Integer> probe : resource.failedProbes().entrySet()) {
            if (node == null || probe.getKey() == node) {
                return probe.getValue();
            }
        }
        return null;
    }

    static String exitText(int rc) {
        return switch (rc) {
            case 0 -> "OK";
            case 1 -> "error";
            case 2 -> "invalid parameter";
            case 3 -> "unimplemented feature";
            case 4 -> "insufficient privileges";
            case 5 -> "Not installed";
            case 6 -> "not configured";
            case 7 -> "not running";
            case 8 -> "promoted";
            case 9 -> "promoted (failed)";
            default -> "unknown";
        };
    }

    private static String agent(Primitive primitive) {
        if (primitive == null) {
            return "unknown:unknown";
        }
        String resourceClass = primitive.resourceClass() == null ? "unknown" : primitive.resourceClass();
        String type = primitive.type() == null ? "unknown" : primitive.type();
        boolean hasProvider = resourceClass.toLowerCase(Locale.ROOT).equals("ocf");
        String provider = hasProvider && primitive.provider() != null ? primitive.provider() + ":" : "";
        return resourceClass + ":" + provider + type;
    }

    private static String pendingState(String task) {
        if (task == null) {
            return null;
        }
        return switch (task) {
            case "start" -> "Starting";
            case "stop" -> "Stopping";
            case "migrate_to", "migrate_from" -> "Migrating";
            case "promote" -> "Promoting";
            case "demote" -> "Demoting";
            default -> null;
        };
    }
}
