package org.paceline.scheduler.state;

import java.util.Locale;
import java.util.Map;

import org.paceline.cib.ClusterOption;
import org.paceline.cib.rules.IntervalSpec;
import org.paceline.cib.rules.NodeHealthScores;
import org.paceline.cib.rules.Score;
import org.paceline.cib.rules.Values;

/** The cluster properties in force for one run, read under their current or older names. */
public final class ClusterOptions {
    private final Map<String, String> values;

    ClusterOptions(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The value as written, or the option's default. */
    public String get(ClusterOption option) {
        for (String name : option.names()) {
            String value = values.get(name);
            if (value != null) {
                return value;
            }
        }
        return option.defaultValue();
    }

    public boolean flag(ClusterOption option) {
        return Values.isTrue(get(option));
    }

    public long millis(ClusterOption option) {
        return IntervalSpec.millis(get(option)).orElse(IntervalSpec.millis(option.defaultValue()).orElse(0));
    }

    public boolean fencingEnabled() {
        return flag(ClusterOption.FENCING_ENABLED);
    }

    public boolean symmetric() {
        return flag(ClusterOption.SYMMETRIC_CLUSTER);
    }

    public boolean maintenanceMode() {
        return flag(ClusterOption.MAINTENANCE_MODE);
    }

    public boolean stopAllResources() {
        return flag(ClusterOption.STOP_ALL_RESOURCES);
    }

    public boolean startFailureIsFatal() {
        return flag(ClusterOption.START_FAILURE_IS_FATAL);
    }

    public boolean startupFencing() {
        return flag(ClusterOption.STARTUP_FENCING);
    }

    public boolean concurrentFencing() {
        return flag(ClusterOption.CONCURRENT_FENCING);
    }

    /** stop, freeze, ignore, demote or fence (suicide is read as fence). */
    public String noQuorumPolicy() {
        String policy = get(ClusterOption.NO_QUORUM_POLICY).toLowerCase(Locale.ROOT);
        return switch (policy) {
            case "stop", "freeze", "ignore", "demote", "fence" -> policy;
            case "suicide" -> "fence";
            default -> "stop";
        };
    }

    public String fencingAction() {
        String action = get(ClusterOption.FENCING_ACTION).toLowerCase(Locale.ROOT);
        return action.equals("poweroff") ? "off" : action;
    }

    public String placementStrategy() {
        return get(ClusterOption.PLACEMENT_STRATEGY).toLowerCase(Locale.ROOT);
    }

    public NodeHealthScores healthScores() {
        return new NodeHealthScores(
                Score.parse(get(ClusterOption.NODE_HEALTH_RED)),
                Score.parse(get(ClusterOption.NODE_HEALTH_YELLOW)),
                Score.parse(get(ClusterOption.NODE_HEALTH_GREEN)));
    }

    /** Every property as written, by name. */
    public Map<String, String> values() {
        return values;
    }
}
