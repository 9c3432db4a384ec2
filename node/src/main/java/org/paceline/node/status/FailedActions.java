package org.paceline.node.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Cib;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;

/**
 * The failed operations crm_mon lists: each resource's {@code <id>_last_failure_0} record on
 * each node, as the status section keeps it until a cleanup forgets it.
 */
final class FailedActions {
    private FailedActions() {}

    /** One failure, with what crm_mon prints of it. */
    record Failure(String node, String resource, OperationRecord record) {
        String key() {
            return resource + "_" + record.operation() + "_" + (record.interval() == null ? "0" : record.interval());
        }

        int rc() {
            return record.rc().orElse(1);
        }

        String exitReason() {
            return record.extras().attributes().get("exit-reason").orElse("");
        }
    }

    static List<Failure> of(Cib cib) {
        var failures = new ArrayList<Failure>();
        for (NodeState node : cib.status().nodes()) {
            for (ResourceHistory history : node.resourceHistories()) {
                for (OperationRecord record : history.operations()) {
                    if (record.id() != null && record.id().endsWith("_last_failure_0")) {
                        failures.add(new Failure(node.uname(), history.id(), record));
                    }
                }
            }
        }
        return failures;
    }

    /** {@code * vip-rep_monitor_10000 on pm01 'not running' (7): call=66, status='complete', ...}. */
    static String line(Failure failure, ZoneId zone) {
        var record = failure.record();
        var line = new StringBuilder("  * ").append(failure.key()).append(" on ").append(failure.node()).append(" '")
                .append(exitText(failure.rc())).append("' (").append(failure.rc()).append("): call=")
                .append(record.callId() == null ? "0" : record.callId()).append(", status='")
                .append(statusText(record.status().orElse(0))).append("', exitreason='").append(failure.exitReason())
                .append('\'');
        if (record.lastRcChange() != null) {
            try {
                line.append(", last-rc-change='").append(StatusFacts.ctime(
                        Instant.ofEpochSecond(Long.parseLong(record.lastRcChange().trim())), zone)).append('\'');
            } catch (NumberFormatException e) {
                line.append(", last-rc-change='").append(record.lastRcChange()).append('\'');
            }
        }
        line.append(", queued=").append(orZero(record.queueTime())).append("ms, exec=")
                .append(orZero(record.execTime())).append("ms");
        return line.toString();
    }

    /** The OCF exit code's words, as Pacemaker prints them. */
    static String exitText(int rc) {
        return switch (rc) {
            case 0 -> "ok";
            case 1 -> "error";
            case 2 -> "invalid parameter";
            case 3 -> "unimplemented feature";
            case 4 -> "insufficient privileges";
            case 5 -> "not installed";
            case 6 -> "not configured";
            case 7 -> "not running";
            case 8 -> "promoted";
            case 9 -> "promoted (failed)";
            case 190 -> "degraded";
            case 191 -> "degraded promoted";
            default -> "unknown";
        };
    }

    /** The executor's status words ({@code op-status}), as Pacemaker prints them. */
    static String statusText(int status) {
        return switch (status) {
            case -1 -> "pending";
            case 0 -> "complete";
            case 1 -> "Cancelled";
            case 2 -> "Timed Out";
            case 3 -> "NOT SUPPORTED";
            case 4 -> "Error";
            case 5 -> "Not installed";
            case 6 -> "Not connected";
            case 7 -> "Invalid parameter";
            default -> "unknown";
        };
    }

    private static String orZero(String millis) {
        return millis == null ? "0" : millis;
    }
}
