package org.paceline.scheduler.state;

/**
 * What one node's history of one resource does to the resource and the node: where it
 * runs, whether it failed, and the failure policy's effect (fence or stand the node by,
 * block the resource). Pacemaker applies these once per node, after all its operations.
 */
final class NodeConsequences {
    private final ClusterState state;

    NodeConsequences(ClusterState state) {
        this.state = state;
    }

    void apply(ResourceInstance instance, ClusterNode node, NodeHistory outcome) {
        instance.history.put(node, outcome.sorted);
        if (outcome.pendingTask != null && instance.pendingTask == null) {
            instance.pendingTask = outcome.pendingTask;
            instance.pendingNode = node;
        }
        if (outcome.maskedProbeRc != null) {
            instance.failedProbes.put(node, outcome.maskedProbeRc);
        }
        if (outcome.agentMissing) {
            instance.failed = true;
        }
        if (outcome.failureIgnored) {
            instance.failureIgnored = true;
        }
        if (outcome.hardErrorHere) {
            instance.bannedFrom.put(node, "hard error");
        }
        if (outcome.fatalError) {
            instance.fatalFailure = true;
        }
        if (outcome.stopFailed) {
            instance.bannedFrom.put(node, "stop failed");
        }
        if (outcome.blockedByStopFailure) {
            instance.managed = false;
            instance.blocked = true;
        }
        if (outcome.lastFailure != null) {
            instance.failedOn.add(node);
        }
        boolean active = outcome.role.isActive();
        if (active && !node.online() && !node.maintenance() && instance.managed) {
            activeOnLostNode(instance, node);
        }
        // On a node that will be fenced anyway, a failure needs no handling of its own.
        ResourceInstance.OnFail onFail = node.unclean() ? ResourceInstance.OnFail.IGNORE : outcome.onFail;
        switch (onFail) {
            case DEMOTE, RESTART_CONTAINER, RESET_REMOTE -> instance.failed = true;
            case FENCE -> fence(node, instance.id() + " failed there");
            case STANDBY -> {
                node.standby = true;
                node.standbyOnFail = true;
            }
            case BLOCK -> {
                instance.managed = false;
                instance.blocked = true;
            }
            default -> { }
        }
        if (ResourceInstance.OnFail.moreSevere(onFail, instance.onFail)) {
            instance.onFail = onFail;
        }
        if (active) {
            addRunning(instance, node);
            if (onFail != ResourceInstance.OnFail.IGNORE) {
                instance.failed = true;
            }
            instance.roleOn.put(node, outcome.role);
        }
        if (outcome.role.compareTo(instance.role) > 0) {
            instance.role = outcome.role;
        }
    }

    /** Active on a node that left without stopping it: only fencing makes that safe. */
    private void activeOnLostNode(ResourceInstance instance, ClusterNode node) {
        if (node.kind() == ClusterNode.Kind.GUEST) {
            instance.failed = true;
            fence(node, instance.id() + " is thought to be active there");
        } else if (state.options.fencingEnabled()) {
            fence(node, instance.id() + " is thought to be active there");
        }
    }

    private void addRunning(ResourceInstance instance, ClusterNode node) {
        if (!instance.runningOn.contains(node)) {
            instance.runningOn.add(node);
        }
        node.running.add(instance);
        if (node.maintenance()) {
            instance.managed = false;
            instance.maintenance = true;
        }
        if (instance.runningOn.size() > 1 && instance.managed
                && "block".equals(instance.meta().get("multiple-active"))) {
            instance.managed = false;
            instance.blocked = true;
        }
    }

    static void fence(ClusterNode node, String reason) {
        if (node.kind() == ClusterNode.Kind.GUEST) {
            node.remoteRequiresReset = true;
            return;
        }
        if (!node.unclean) {
            node.unclean = true;
            node.fenceReason = reason;
        }
    }
}
