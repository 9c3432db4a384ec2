package org.paceline.bench.generated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.scheduler.actions.DefinitionChange;

/**
 * Writes operation histories as a controller would have: call ids counted per node,
 * actions per transition, and each record's {@code op-digest} as Pacemaker computes
 * it (the parameters alone for a one-off operation, the parameters and the timeout
 * for a recurring monitor), so that the definition reads unchanged. Not thread-safe.
 */
final class OperationRecords {
    /** The monitor timeout {@link GeneratedConfiguration} configures, in milliseconds as a digest takes it. */
    static final String MONITOR_TIMEOUT_MILLIS = "20000";
    private static final String DC_UUID = "5e1f0c2a-8d3b-4c7e-9a61-2f4b7d9e0c13";
    private static final int OK = 0;
    private static final int UNKNOWN_ERROR = 1;
    private static final int NOT_RUNNING = 7;
    private static final int RUNNING_PROMOTED = 8;

    private final Map<String, Integer> callIds = new LinkedHashMap<>();
    private int action;

    /** One resource's history on one node. */
    ResourceHistory history(ClusterLayout.PrimitiveSpec primitive, String node, Activity activity) {
        String id = primitive.id();
        Map<String, String> parameters = parameters(primitive);
        String oneOff = DefinitionChange.digest(parameters);
        var operations = new ArrayList<OperationRecord>();
        switch (activity) {
            case PROBED -> operations.add(record(id + "_last_0", "monitor", 0, NOT_RUNNING, NOT_RUNNING, oneOff, node));
            case RUNNING -> {
                operations.add(record(id + "_last_0", "start", 0, OK, OK, oneOff, node));
                operations.add(monitor(primitive, parameters, GeneratedConfiguration.monitorInterval(primitive), OK, node));
            }
            case PROMOTED -> {
                operations.add(record(id + "_last_0", "promote", 0, OK, OK, oneOff, node));
                operations.add(monitor(primitive, parameters, GeneratedConfiguration.PROMOTED_MONITOR_MILLIS,
                        RUNNING_PROMOTED, node));
            }
            case UNPROMOTED -> {
                operations.add(record(id + "_last_0", "start", 0, OK, OK, oneOff, node));
                operations.add(monitor(primitive, parameters, GeneratedConfiguration.UNPROMOTED_MONITOR_MILLIS, OK, node));
            }
            case START_FAILED -> {
                operations.add(record(id + "_last_failure_0", "start", 0, UNKNOWN_ERROR, OK, oneOff, node));
                operations.add(record(id + "_last_0", "stop", 0, OK, OK, oneOff, node));
            }
        }
        return new ResourceHistory(id, primitive.resourceClass(), primitive.provider(), primitive.type(),
                operations, null);
    }

    private OperationRecord monitor(ClusterLayout.PrimitiveSpec primitive, Map<String, String> parameters,
                                    long intervalMillis, int rc, String node) {
        var withTimeout = new LinkedHashMap<>(parameters);
        withTimeout.put("CRM_meta_timeout", MONITOR_TIMEOUT_MILLIS);
        return record(primitive.id() + "_monitor_" + intervalMillis, "monitor", intervalMillis, rc, rc,
                DefinitionChange.digest(withTimeout), node);
    }

    private static Map<String, String> parameters(ClusterLayout.PrimitiveSpec primitive) {
        var parameters = new LinkedHashMap<String, String>();
        List<String> params = primitive.params();
        for (int i = 0; i < params.size(); i += 2) {
            parameters.put(params.get(i), params.get(i + 1));
        }
        return parameters;
    }

    private OperationRecord record(String id, String operation, long intervalMillis, int rc, int expectedRc,
                                   String digest, String node) {
        int call = callIds.merge(node, 1, Integer::sum);
        action++;
        String key = (1 + action / 1000) + ":" + action + ":" + expectedRc + ":" + DC_UUID;
        String when = Long.toString(GeneratedStatus.EXECUTION_DATE - 3600 + action % 3000);
        return new OperationRecord(id, operation, Long.toString(intervalMillis), Integer.toString(rc), "0",
                Integer.toString(call), when, when, "25", "0", key, "0:" + rc + ";" + key, digest, node,
                Extras.of(Attrs.of("crm-debug-origin", "do_update_resource", "crm_feature_set",
                        GeneratedStatus.FEATURE_SET)));
    }
}
