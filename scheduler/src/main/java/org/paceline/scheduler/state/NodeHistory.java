package org.paceline.scheduler.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import org.paceline.cib.resources.Operation;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.rules.IntervalSpec;
import org.paceline.cib.status.OperationRecord;

/**
 * What one node's operation history says of one resource: its role there, whether an
 * operation failed and how severely, what is in flight. Operations are read oldest call
 * first; each success or failure moves the role as the agent's result implies.
 */
final class NodeHistory {
    /** Executor status codes ({@code op-status}). */
    static final int DONE = 0;
    static final int CANCELLED = 1;
    static final int PENDING = -1;

    /** Agent exit codes with a meaning for the role. */
    static final int OK = 0;
    static final int NOT_RUNNING = 7;
    static final int RUNNING_PROMOTED = 8;
    static final int FAILED_PROMOTED = 9;

    Role role = Role.UNKNOWN;
    boolean failed;
    ResourceInstance.OnFail onFail = ResourceInstance.OnFail.IGNORE;
    boolean stopFailed;
    boolean hardErrorHere;
    boolean fatalError;
    String pendingTask;
    final List<OperationRecord> sorted;
    OperationRecord lastFailure;

    private final Primitive primitive;
    private final boolean fencingEnabled;

    NodeHistory(Primitive primitive, List<OperationRecord> operations, boolean fencingEnabled) {
        this.primitive = primitive;
        this.fencingEnabled = fencingEnabled;
        this.sorted = sortByCall(operations);
        for (OperationRecord op : sorted) {
            read(op);
        }
    }

    /** Oldest call first; an operation still in flight (call -1) counts as the newest. */
    static List<OperationRecord> sortByCall(List<OperationRecord> operations) {
        var copy = new ArrayList<>(operations);
        copy.sort(Comparator.comparingLong(NodeHistory::callOrder));
        return copy;
    }

    private static long callOrder(OperationRecord op) {
        OptionalInt call = op.call();
        if (call.isEmpty() || call.getAsInt() < 0) {
            return Long.MAX_VALUE;
        }
        return call.getAsInt();
    }

    private void read(OperationRecord op) {
        String task = op.operation();
        if (task == null || task.equals("notify") || task.equals("meta-data") || task.equals("reload")
                || task.equals("reload-agent") || task.equals("validate-all")) {
            return;
        }
        long interval = IntervalSpec.millis(op.interval()).orElse(0);
        int status = op.status().orElse(DONE);
        int rc = op.rc().orElse(OK);
        if (status == CANCELLED) {
            return;
        }
        if (status == PENDING) {
            pending(task, interval);
            return;
        }
        int expected = expectedRc(op, task, interval);
        boolean probe = task.equals("monitor") && interval == 0;
        if (status == DONE && (rc == expected || probe && (rc == OK || rc == NOT_RUNNING || rc == RUNNING_PROMOTED))) {
            succeeded(task, rc);
            return;
        }
        failed(op, task, interval, rc, status);
    }

    private void pending(String task, long interval) {
        pendingTask = task;
        switch (task) {
            case "start", "migrate_from" -> role = max(role, Role.STARTED);
            case "promote" -> role = Role.PROMOTED;
            case "demote" -> role = Role.PROMOTED;
            case "migrate_to" -> role = max(role, Role.STARTED);
            default -> { }
        }
    }

    private void succeeded(String task, int rc) {
        switch (task) {
            case "start", "migrate_from" -> role = Role.STARTED;
            case "stop" -> {
                role = Role.STOPPED;
                clearPastFailure();
            }
            case "promote" -> role = Role.PROMOTED;
            case "demote" -> role = Role.UNPROMOTED;
            case "monitor" -> {
                if (rc == RUNNING_PROMOTED) {
                    role = Role.PROMOTED;
                } else if (rc == NOT_RUNNING) {
                    role = Role.STOPPED;
                    clearPastFailure();
                } else if (role.compareTo(Role.STARTED) < 0) {
                    role = Role.STARTED;
                }
            }
            case "migrate_to" -> role = max(role, Role.STARTED);
            default -> { }
        }
    }

    /** A clean stop (or a probe finding it stopped) ends the consequences of earlier failures. */
    private void clearPastFailure() {
        switch (onFail) {
            case FENCE, STANDBY, RESET_REMOTE -> { }
            default -> {
                failed = false;
                onFail = ResourceInstance.OnFail.IGNORE;
            }
        }
        stopFailed = false;
    }

    private void failed(OperationRecord op, String task, long interval, int rc, int status) {
        ResourceInstance.OnFail policy = policy(task, interval);
        lastFailure = op;
        if (policy == ResourceInstance.OnFail.IGNORE) {
            if (task.equals("stop")) {
                role = Role.STOPPED;
            } else if (role.compareTo(Role.STARTED) < 0 && !task.equals("monitor")) {
                role = Role.STARTED;
            }
            return;
        }
        failed = true;
        if (policy.compareTo(onFail) > 0) {
            onFail = policy;
        }
        // Hard errors: this node (or every node) cannot run it until cleaned up.
        if (rc == 5 || rc == 2 || rc == 3 || rc == 4 || status == 7) {
            hardErrorHere = true;
        }
        if (rc == 6 || status == 6) {
            fatalError = true;
        }
        switch (task) {
            case "stop" -> {
                stopFailed = true;
                role = max(role, Role.STARTED);
            }
            case "promote", "demote" -> role = Role.PROMOTED;
            case "monitor" -> {
                if (rc == FAILED_PROMOTED || rc == RUNNING_PROMOTED) {
                    role = Role.PROMOTED;
                } else if (role.compareTo(Role.STARTED) < 0) {
                    role = Role.STARTED;
                }
            }
            default -> role = max(role, Role.STARTED);
        }
    }

    /** The on-fail policy configured for this operation, or Pacemaker's default for it. */
    ResourceInstance.OnFail policy(String task, long interval) {
        String configured = null;
        if (primitive != null) {
            for (Operation op : primitive.operations()) {
                if (task.equals(op.name()) && IntervalSpec.millis(op.interval()).orElse(0) == interval
                        && op.onFail().isPresent()) {
                    configured = op.onFail().get();
                    break;
                }
            }
        }
        if (configured != null) {
            ResourceInstance.OnFail parsed = switch (configured.toLowerCase(java.util.Locale.ROOT)) {
                case "ignore" -> ResourceInstance.OnFail.IGNORE;
                case "block" -> ResourceInstance.OnFail.BLOCK;
                case "stop" -> ResourceInstance.OnFail.STOP;
                case "restart" -> ResourceInstance.OnFail.RESTART;
                case "standby" -> ResourceInstance.OnFail.STANDBY;
                case "fence" -> fencingEnabled ? ResourceInstance.OnFail.FENCE : ResourceInstance.OnFail.STOP;
                case "demote" -> ResourceInstance.OnFail.DEMOTE;
                case "restart-container" -> ResourceInstance.OnFail.RESTART_CONTAINER;
                case "reset" -> ResourceInstance.OnFail.RESET_REMOTE;
                default -> null;
            };
            if (parsed != null) {
                return parsed;
            }
        }
        if (task.equals("stop")) {
            return fencingEnabled ? ResourceInstance.OnFail.FENCE : ResourceInstance.OnFail.BLOCK;
        }
        return ResourceInstance.OnFail.RESTART;
    }

    /** The result the controller expected, from the transition key ({@code action:transition:rc:uuid}). */
    static int expectedRc(OperationRecord op, String task, long interval) {
        String key = op.transitionKey();
        if (key != null) {
            String[] parts = key.split(":");
            if (parts.length >= 4) {
                try {
                    return Integer.parseInt(parts[2]);
                } catch (NumberFormatException e) {
                    // fall through to the default
                }
            }
        }
        return task.equals("monitor") && interval == 0 ? NOT_RUNNING : OK;
    }

    private static Role max(Role a, Role b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
