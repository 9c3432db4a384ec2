package org.paceline.cib;

import java.util.List;
import java.util.Optional;

/**
 * Cluster properties the cluster itself acts on, under their current names, the
 * names they had before (Pacemaker 3 renamed the {@code stonith-*} family), and the
 * default that holds when none is set.
 */
public enum ClusterOption {
    FENCING_ENABLED("true", "fencing-enabled", "stonith-enabled"),
    FENCING_ACTION("reboot", "fencing-action", "stonith-action"),
    FENCING_TIMEOUT("60s", "fencing-timeout", "stonith-timeout"),
    FENCING_WATCHDOG_TIMEOUT("0", "fencing-watchdog-timeout", "stonith-watchdog-timeout"),
    FENCING_MAX_ATTEMPTS("10", "fencing-max-attempts", "stonith-max-attempts"),
    STARTUP_FENCING("true", "startup-fencing"),
    CONCURRENT_FENCING("true", "concurrent-fencing"),
    PRIORITY_FENCING_DELAY("0", "priority-fencing-delay"),
    FENCE_REACTION("stop", "fence-reaction"),
    NO_QUORUM_POLICY("stop", "no-quorum-policy"),
    SYMMETRIC_CLUSTER("true", "symmetric-cluster"),
    MAINTENANCE_MODE("false", "maintenance-mode"),
    STOP_ALL_RESOURCES("false", "stop-all-resources"),
    STOP_REMOVED_RESOURCES("true", "stop-removed-resources", "stop-orphan-resources"),
    CANCEL_REMOVED_ACTIONS("true", "cancel-removed-actions", "stop-orphan-actions"),
    START_FAILURE_IS_FATAL("true", "start-failure-is-fatal"),
    CLUSTER_RECHECK_INTERVAL("15min", "cluster-recheck-interval"),
    BATCH_LIMIT("0", "batch-limit"),
    MIGRATION_LIMIT("-1", "migration-limit"),
    NODE_ACTION_LIMIT("0", "node-action-limit"),
    PLACEMENT_STRATEGY("default", "placement-strategy"),
    SHUTDOWN_LOCK("false", "shutdown-lock"),
    SHUTDOWN_LOCK_LIMIT("0", "shutdown-lock-limit"),
    NODE_HEALTH_STRATEGY("none", "node-health-strategy"),
    NODE_HEALTH_BASE("0", "node-health-base"),
    NODE_HEALTH_GREEN("0", "node-health-green"),
    NODE_HEALTH_YELLOW("0", "node-health-yellow"),
    NODE_HEALTH_RED("-INFINITY", "node-health-red"),
    NODE_PENDING_TIMEOUT("0", "node-pending-timeout"),
    ENABLE_ACL("false", "enable-acl"),
    ENABLE_STARTUP_PROBES("true", "enable-startup-probes"),
    CLUSTER_DELAY("60s", "cluster-delay"),
    DC_DEADTIME("20s", "dc-deadtime"),
    TRANSITION_DELAY("0s", "transition-delay", "crmd-transition-delay"),
    SHUTDOWN_ESCALATION("20min", "shutdown-escalation"),
    HAVE_WATCHDOG("false", "have-watchdog"),
    CLUSTER_NAME("", "cluster-name"),
    CLUSTER_INFRASTRUCTURE("", "cluster-infrastructure"),
    DC_VERSION("", "dc-version");

    private final String defaultValue;
    private final List<String> names;

    ClusterOption(String defaultValue, String... names) {
        this.defaultValue = defaultValue;
        this.names = List.of(names);
    }

    /** The current name first, then older names still accepted. */
    public List<String> names() {
        return names;
    }

    public String currentName() {
        return names.getFirst();
    }

    public String defaultValue() {
        return defaultValue;
    }

    public static Optional<ClusterOption> byName(String name) {
        for (ClusterOption option : values()) {
            if (option.names.contains(name)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
