package org.paceline.scheduler.output;

import java.util.ArrayList;
import java.util.List;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * The "Full List of Resources" section: each top-level resource in configuration order
 * (then orphans still active), a group with its members, a clone as its instances
 * gathered by role and node ("Started: [ n1 n2 ]") unless an instance needs a line of its
 * own (failed, unmanaged, orphaned, pending, unique).
 */
final class ResourceListText {
    private final List<String> lines = new ArrayList<>();
    private final ClusterState state;

    private ResourceListText(ClusterState state) {
        this.state = state;
    }

    static List<String> lines(ClusterState state) {
        var text = new ResourceListText(state);
        text.lines.add("  * Full List of Resources:");
        int before = text.lines.size();
        for (ResourceInstance resource : state.resources()) {
            if (resource.orphan() && !ResourceActivity.active(resource, true)) {
                continue;
            }
            text.resource(resource, 2);
        }
        if (text.lines.size() == before) {
            text.lines.add("    * No resources");
        }
        return text.lines;
    }

    private void resource(ResourceInstance resource, int depth) {
        switch (resource.variant()) {
            case PRIMITIVE -> lines.add(indent(depth) + PrimitiveText.line(resource));
            case GROUP -> group(resource, depth);
            case CLONE -> new CloneText(state, this::resource, lines).render(resource, depth);
            case BUNDLE -> lines.add(indent(depth) + "Container bundle set: " + resource.id() + ":");
        }
    }

    private void group(ResourceInstance group, int depth) {
        var flags = new ArrayList<String>();
        if (PrimitiveText.disabled(group)) {
            flags.add("disabled");
        }
        if (group.maintenance()) {
            flags.add("maintenance");
        } else if (!group.managed()) {
            flags.add("unmanaged");
        }
        lines.add(indent(depth) + "Resource Group: " + group.id() + PrimitiveText.flags(flags) + ":");
        for (ResourceInstance member : group.children()) {
            resource(member, depth + 1);
        }
    }

    static String indent(int depth) {
        return "  ".repeat(depth) + "* ";
    }

    /** Nodes by name, in Pacemaker's order, as printed in a list ("n1 n2"). */
    static String names(List<ClusterNode> nodes) {
        var names = new ArrayList<String>();
        for (ClusterNode node : nodes) {
            names.add(node.name());
        }
        names.sort(NodeNameOrder.INSTANCE);
        return String.join(" ", names);
    }

    static boolean isPromotedRole(Role role) {
        return role.compareTo(Role.UNPROMOTED) > 0;
    }
}
