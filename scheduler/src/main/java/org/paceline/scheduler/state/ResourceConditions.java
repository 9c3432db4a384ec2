package org.paceline.scheduler.state;

/**
 * After the history: what the meta attributes and the cluster say of each resource
 * (managed or not, target role), and the roles of collectives from their members.
 */
final class ResourceConditions {
    private final ClusterState state;

    ResourceConditions(ClusterState state) {
        this.state = state;
    }

    void apply() {
        for (ResourceInstance top : state.resources) {
            apply(top);
        }
    }

    private void apply(ResourceInstance resource) {
        var meta = resource.meta();
        resource.targetRole = Role.parse(meta.get("target-role")).orElse(null);
        if (resource.targetRole == Role.STARTED) {
            resource.targetRole = null;
        }
        for (ResourceInstance child : resource.children()) {
            apply(child);
        }
        if (resource.variant() != ResourceInstance.Variant.PRIMITIVE) {
            Role highest = resource.children().isEmpty() ? Role.STOPPED : Role.UNKNOWN;
            for (ResourceInstance child : resource.children()) {
                if (child.role.compareTo(highest) > 0) {
                    highest = child.role;
                }
                if (child.failed) {
                    resource.failed = true;
                }
                for (ClusterNode node : child.runningOn) {
                    if (!resource.runningOn.contains(node)) {
                        resource.runningOn.add(node);
                    }
                }
            }
            resource.role = highest == Role.UNKNOWN ? Role.STOPPED : highest;
        } else if (resource.role == Role.UNKNOWN) {
            resource.role = Role.STOPPED;
        }
    }
}
