package org.paceline.node.store;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.paceline.cib.status.OperationRecord;

/**
 * Which entries of a resource's history an operation result replaces, as Pacemaker's
 * controller keys them: {@code <resource>_last_0} for the last non-recurring result,
 * {@code <resource>_last_failure_0} for the last failure of any kind,
 * {@code <resource>_<operation>_<intervalMillis>} for a recurring operation's last
 * result. A failed recurring operation leaves its recurring entry as it was; a cancelled
 * one removes it.
 */
final class OperationKeys {
    /** The executor's status for a completed operation, one cancelled, and one still running. */
    private static final int DONE = 0;
    private static final int CANCELLED = 1;
    private static final int PENDING = -1;

    private OperationKeys() {}

    /**
     * The history with the result recorded.
     *
     * @param intervalMillis the result's interval, already checked to be a number
     */
    static List<OperationRecord> record(List<OperationRecord> history, String resource, OperationRecord result,
                                        long intervalMillis) {
        var operations = new ArrayList<>(history);
        int status = result.status().orElse(DONE);
        String recurringKey = resource + "_" + result.operation() + "_" + intervalMillis;
        if (intervalMillis > 0 && status == CANCELLED) {
            operations.removeIf(op -> recurringKey.equals(op.id()));
            return operations;
        }
        if (failed(result)) {
            put(operations, withId(result, resource + "_last_failure_0"));
            if (intervalMillis == 0) {
                put(operations, withId(result, resource + "_last_0"));
            }
        } else {
            put(operations, withId(result, intervalMillis > 0 ? recurringKey : resource + "_last_0"));
        }
        return operations;
    }

    /**
     * Whether the result is a failure: the executor could not complete it (timed out,
     * error, not installed, ...), or the agent's exit code is not the one the transition
     * expected (the third field of the transition key; 0 without one).
     */
    static boolean failed(OperationRecord result) {
        int status = result.status().orElse(DONE);
        if (status == PENDING || status == CANCELLED) {
            return false;
        }
        if (status != DONE) {
            return true;
        }
        OptionalInt rc = result.rc();
        return rc.isPresent() && rc.getAsInt() != expectedRc(result.transitionKey());
    }

    /** The exit code a transition key ({@code action:transition:expected-rc:uuid}) expects. */
    static int expectedRc(String transitionKey) {
        if (transitionKey == null) {
            return 0;
        }
        String[] fields = transitionKey.split(":");
        if (fields.length < 3) {
            return 0;
        }
        try {
            return Integer.parseInt(fields[2].trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void put(List<OperationRecord> operations, OperationRecord record) {
        for (int i = 0; i < operations.size(); i++) {
            if (record.id().equals(operations.get(i).id())) {
                operations.set(i, record);
                return;
            }
        }
        operations.add(record);
    }

    private static OperationRecord withId(OperationRecord r, String id) {
        return new OperationRecord(id, r.operation(), r.interval(), r.rcCode(), r.opStatus(), r.callId(),
                r.lastRcChange(), r.lastRun(), r.execTime(), r.queueTime(), r.transitionKey(),
                r.transitionMagic(), r.opDigest(), r.onNode(), r.extras());
    }
}
