package org.paceline.scheduler.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;

/**
 * How a simulated operation result enters a node's history, the way the controller
 * records a real one: under {@code RSC_last_0} for one-shot operations,
 * {@code RSC_last_failure_0} for failures, the operation key for recurring monitors and
 * migrations; and how a failure raises the node's fail count.
 *
 * <p>Public for the names only: the controller records real results under the same
 * attribute names and feature set, so that both write what the scheduler reads.
 */
public final class HistoryEntries {
    /** The transition-key suffix Pacemaker uses for results no transition asked for. */
    static final String FAKE_TRANSITION = "xxxxxxxx-xrsc-opxx-xxxx-xxxxxxxxxxxx";
    public static final String FEATURE_SET = "3.19.0";

    private HistoryEntries() {}

    /**
     * The history with one more result.
     *
     * @param parameters the action's attributes ({@code CRM_meta_*} and instance
     *                   parameters): notifications and migrations take details from them
     */
    static ResourceHistory record(ResourceHistory history, String task, long intervalMillis, int rc, int targetRc,
                                  String node, Map<String, String> parameters, Instant now) {
        int callId = StatusEdits.nextCallId(history);
        String rscId = history.id();
        String key = rscId + "_" + task + "_" + intervalMillis;
        int resultRc = rc;
        var ids = new ArrayList<String>();
        if (task.equals("notify")) {
            // Notification results are never failures: the controller ignores their outcome.
            ids.add(rscId + "_" + parameters.getOrDefault("CRM_meta_notify_type", "")
                    + "_notify_" + parameters.getOrDefault("CRM_meta_notify_operation", "") + "_0");
            resultRc = 0;
        } else if (task.equals("migrate_to") || task.equals("migrate_from")) {
            ids.add(key);
        } else if (rc != targetRc) {
            ids.add(rscId + "_last_failure_0");
            if (intervalMillis == 0) {
                ids.add(rscId + "_last_0");
            }
        } else if (intervalMillis > 0) {
            ids.add(key);
        } else {
            ids.add(rscId + "_last_0");
        }
        String transitionKey = callId + ":-1:" + targetRc + ":" + FAKE_TRANSITION;
        String time = Long.toString(now.getEpochSecond());
        ResourceHistory result = history;
        for (String id : ids) {
            Attrs extra = Attrs.of("operation_key", key, "crm-debug-origin", StatusEdits.ORIGIN,
                    "crm_feature_set", FEATURE_SET, "exit-reason", "");
            if (task.startsWith("migrate_")) {
                extra = extra.with("migrate_source", parameters.get("CRM_meta_migrate_source"))
                        .with("migrate_target", parameters.get("CRM_meta_migrate_target"));
            }
            result = StatusEdits.withRecord(result, new OperationRecord(id, task, Long.toString(intervalMillis),
                    Integer.toString(resultRc), "0", Integer.toString(callId), time, null, "0", "0",
                    transitionKey, "0:" + resultRc + ";" + transitionKey, null, node, Extras.of(extra)));
        }
        return result;
    }

    /** A new, empty history of a resource, with its agent. */
    static ResourceHistory empty(String id, String resourceClass, String provider, String type) {
        return new ResourceHistory(id, resourceClass, provider, type, List.of(), Extras.NONE);
    }

    /** The transient attribute counting a resource's failures of one operation. */
    public static String failCountName(String resource, String task, long intervalMillis) {
        return "fail-count-" + resource + "#" + task + "_" + intervalMillis;
    }

    /** The transient attribute recording when a resource's operation last failed. */
    public static String lastFailureName(String resource, String task, long intervalMillis) {
        return "last-failure-" + resource + "#" + task + "_" + intervalMillis;
    }

    /**
     * The node with the fail count raised for a failed result, and the lines saying so;
     * a success, or a probe finding the resource stopped, raises nothing.
     */
    static NodeState countFailure(NodeState node, String resource, String task, long intervalMillis, int rc,
                                  Instant now, List<String> lines) {
        if (rc == 0 || (rc == 7 && intervalMillis == 0)) {
            return node;
        }
        String countName = failCountName(resource, task, intervalMillis);
        String lastName = lastFailureName(resource, task, intervalMillis);
        String time = Long.toString(now.getEpochSecond());
        lines.add("  * Injecting attribute " + countName + "=value++ into /node_state '" + node.id() + "'");
        lines.add("  * Injecting attribute " + lastName + "=" + time + " into /node_state '" + node.id() + "'");
        // "value++" is how the CIB raises a number: the stored value is the old one plus one.
        int count = StatusEdits.transientAttribute(node, countName).map(HistoryEntries::count).orElse(0);
        NodeState counted = StatusEdits.withTransientAttribute(node, countName, count >= 1_000_000 ? "INFINITY"
                : Integer.toString(count + 1));
        return StatusEdits.withTransientAttribute(counted, lastName, time);
    }

    private static int count(String value) {
        String text = value.trim();
        if (text.equalsIgnoreCase("INFINITY") || text.equalsIgnoreCase("+INFINITY")) {
            return 1_000_000;
        }
        try {
            return Math.max(0, Math.min(1_000_000, Integer.parseInt(text)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
