package org.paceline.scheduler.state;

import java.util.List;
import java.util.Locale;

import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.resources.Operation;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.rules.IntervalSpec;

/**
 * The {@code on-fail} policy of a resource's operations: as configured on the operation,
 * else from the operation defaults, else Pacemaker's default (fence a failed stop when
 * fencing is enabled, block it otherwise; restart after anything else).
 */
final class FailurePolicy {
    private final Primitive primitive;
    private final List<NvSet> operationDefaults;
    private final boolean fencingEnabled;

    FailurePolicy(Primitive primitive, List<NvSet> operationDefaults, boolean fencingEnabled) {
        this.primitive = primitive;
        this.operationDefaults = operationDefaults;
        this.fencingEnabled = fencingEnabled;
    }

    ResourceInstance.OnFail of(String task, long intervalMillis) {
        ResourceInstance.OnFail configured = parse(configured(task, intervalMillis));
        if (configured != null) {
            return configured;
        }
        if (task.equals("stop")) {
            return fencingEnabled ? ResourceInstance.OnFail.FENCE : ResourceInstance.OnFail.BLOCK;
        }
        return ResourceInstance.OnFail.RESTART;
    }

    private String configured(String task, long intervalMillis) {
        if (primitive != null) {
            for (Operation op : primitive.operations()) {
                if (task.equals(op.name()) && IntervalSpec.millis(op.interval()).orElse(0) == intervalMillis) {
                    if (op.onFail().isPresent()) {
                        return op.onFail().get();
                    }
                    String fromSets = firstValue(op.sets(), "on-fail");
                    if (fromSets != null) {
                        return fromSets;
                    }
                }
            }
        }
        return firstValue(operationDefaults, "on-fail");
    }

    private static String firstValue(List<NvSet> sets, String name) {
        for (NvSet set : sets) {
            if (!set.rules().isEmpty()) {
                continue;
            }
            for (NvPair pair : set.pairs()) {
                if (name.equals(pair.name()) && pair.value() != null) {
                    return pair.value();
                }
            }
        }
        return null;
    }

    private ResourceInstance.OnFail parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "ignore" -> ResourceInstance.OnFail.IGNORE;
            case "block" -> ResourceInstance.OnFail.BLOCK;
            case "stop" -> ResourceInstance.OnFail.STOP;
            case "restart" -> ResourceInstance.OnFail.RESTART;
            case "standby" -> ResourceInstance.OnFail.STANDBY;
            // Without fencing, a node cannot be fenced: stopping is the most that can be done.
            case "fence" -> fencingEnabled ? ResourceInstance.OnFail.FENCE : ResourceInstance.OnFail.STOP;
            case "demote" -> ResourceInstance.OnFail.DEMOTE;
            case "restart-container" -> ResourceInstance.OnFail.RESTART_CONTAINER;
            case "reset" -> ResourceInstance.OnFail.RESET_REMOTE;
            default -> null;
        };
    }
}
