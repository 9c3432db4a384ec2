package org.paceline.scheduler.output;

import java.util.ArrayList;
import java.util.List;

import org.paceline.scheduler.state.ClusterNode;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/** Whether a resource counts as active for display, where it is, and in which role, as crm_mon judges. */
final class ResourceActivity {
    private ResourceActivity() {}

    /**
     * Active somewhere: a primitive on any node but an offline one it is managed on;
     * a collective when all its members are ({@code all}) or any is.
     */
    static boolean active(ResourceInstance resource, boolean all) {
        if (resource.variant() == ResourceInstance.Variant.PRIMITIVE) {
            for (ClusterNode node : resource.runningOn()) {
                if (node.unclean() || node.online() || !resource.managed()) {
                    return true;
                }
            }
            return false;
        }
        boolean any = false;
        boolean every = true;
        for (ResourceInstance child : resource.children()) {
            if (active(child, all)) {
                any = true;
            } else {
                every = false;
            }
        }
        return any && (!all || every);
    }

    /** Every node its primitives run on, in the order found. */
    static List<ClusterNode> locations(ResourceInstance resource) {
        var nodes = new ArrayList<ClusterNode>();
        for (ResourceInstance primitive : resource.primitives()) {
            for (ClusterNode node : primitive.runningOn()) {
                if (!nodes.contains(node)) {
                    nodes.add(node);
                }
            }
        }
        return nodes;
    }

    /** The highest role of its primitives. */
    static Role role(ResourceInstance resource) {
        Role highest = Role.UNKNOWN;
        for (ResourceInstance primitive : resource.primitives()) {
            if (primitive.role().compareTo(highest) > 0) {
                highest = primitive.role();
            }
        }
        return highest;
    }

    static boolean anyOrphan(ResourceInstance resource) {
        return resource.selfAndDescendants().stream().anyMatch(ResourceInstance::orphan);
    }

    static boolean anyUnmanaged(ResourceInstance resource) {
        return resource.selfAndDescendants().stream().anyMatch(r -> !r.managed());
    }

    static boolean anyFailed(ResourceInstance resource) {
        return resource.selfAndDescendants().stream().anyMatch(ResourceInstance::failed);
    }
}
