package org.paceline.scheduler.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import org.paceline.cib.rules.IntervalSpec;
import org.paceline.cib.status.OperationRecord;

/**
 * What one node's operation history says of one resource: its role there, the most
 * severe failure still in force and its policy, what is in flight. Operations are read
 * oldest call first; a later success clears a recoverable failure, as Pacemaker does.
 */
final class NodeHistory {
    /** Executor status codes ({@code op-status}). */
    static final int DONE = 0;
    static final int CANCELLED = 1;
    static final int TIMED_OUT = 2;
    static final int NOT_SUPPORTED = 3;
    static final int ERROR = 4;
    static final int HARD_ERROR = 5;
    static final int FATAL_ERROR = 6;
    static final int NOT_INSTALLED = 7;
    static final int PENDING = -1;

    /** Agent exit codes with a meaning for the role or the failure's severity. */
    static final int OK = 0;
    static final int INVALID_PARAMETER = 2;
    static final int UNIMPLEMENTED = 3;
    static final int INSUFFICIENT_PRIVILEGES = 4;
    static final int AGENT_NOT_INSTALLED = 5;
    static final int NOT_CONFIGURED = 6;
    static final int NOT_RUNNING = 7;
    static final int RUNNING_PROMOTED = 8;
    static final int FAILED_PROMOTED = 9;
    static final int DEGRADED_PROMOTED = 191;

    Role role = Role.UNKNOWN;
    ResourceInstance.OnFail onFail = ResourceInstance.OnFail.IGNORE;
    boolean stopFailed;
    boolean hardErrorHere;
    boolean fatalError;
    boolean failureIgnored;
    /** An operation found the agent missing where on-fail said to ignore failures. */
    boolean agentMissing;
    /** A stop that failed with a hard error where nothing can fence: only a person can act. */
    boolean blockedByStopFailure;
    /** The agent's exit code of a probe that found the agent missing, or null. */
    Integer maskedProbeRc;
    String pendingTask;
    final List<OperationRecord> sorted;
    OperationRecord lastFailure;

    private final FailurePolicy policy;
    private final boolean promotable;
    private final boolean managed;
    private final boolean canFence;

    NodeHistory(List<OperationRecord> operations, FailurePolicy policy, boolean promotable, boolean managed,
                boolean canFence) {
        this.policy = policy;
        this.promotable = promotable;
        this.managed = managed;
        this.canFence = canFence;
        this.sorted = sortByCall(operations);
        for (OperationRecord op : sorted) {
            read(op);
        }
    }

    /**
     * Oldest call first; an operation still in flight (call -1) counts as the newest. One
     * call recorded twice (the operation and its last failure) is ordered by when its
     * result last changed, then the later-written entry first, as Pacemaker reads them.
     */
    static List<OperationRecord> sortByCall(List<OperationRecord> operations) {
        if (operations.size() < 2) {
            // Most histories are one probe: already in order, and with no completed call beside it, never left over.
            return new ArrayList<>(operations);
        }
        var copy = new ArrayList<>(operations.reversed());
        copy.sort(Comparator.comparingLong(NodeHistory::callOrder).thenComparingLong(NodeHistory::lastChange));
        long lastCompleted = copy.stream().filter(op -> callOrder(op) != Long.MAX_VALUE)
                .mapToLong(NodeHistory::lastChange).max().orElse(0);
        // An operation still shown in flight but older than a completed one was left over: it is not in flight.
        copy.removeIf(op -> callOrder(op) == Long.MAX_VALUE && lastChange(op) > 0 && lastChange(op) < lastCompleted);
        return copy;
    }

    private static long lastChange(OperationRecord op) {
        try {
            return op.lastRcChange() == null ? 0 : Long.parseLong(op.lastRcChange().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long callOrder(OperationRecord op) {
        OptionalInt call = op.call();
        if (call.isEmpty() || call.getAsInt() < 0) {
            return Long.MAX_VALUE;
        }
        return call.getAsInt();
    }

    static boolean isProbe(OperationRecord op) {
        return "monitor".equals(op.operation()) && intervalMillis(op) == 0;
    }

    /** A recorded interval is in milliseconds, unlike a configured one (seconds unless a unit says otherwise). */
    static long intervalMillis(OperationRecord op) {
        if (op.interval() == null) {
            return 0;
        }
        try {
            return Long.parseLong(op.interval().trim());
        } catch (NumberFormatException e) {
            return IntervalSpec.millis(op.interval()).orElse(0);
        }
    }

    /** A probe that found the agent missing: read as "not running", shown as "(Not installed)". */
    static boolean isMaskedProbeFailure(OperationRecord op) {
        return isProbe(op) && (op.rc().orElse(OK) == AGENT_NOT_INSTALLED || op.status().orElse(DONE) == NOT_INSTALLED);
    }

    private long currentInterval;

    private void read(OperationRecord op) {
        String task = op.operation();
        if (task == null || task.equals("notify") || task.equals("meta-data") || task.equals("validate-all")) {
            return;
        }
        long interval = intervalMillis(op);
        currentInterval = interval;
        int status = op.status().orElse(DONE);
        int rc = op.rc().orElse(OK);
        int expected = expectedRc(op, task, interval);
        boolean probe = task.equals("monitor") && interval == 0;
        if (status == CANCELLED) {
            return;
        }
        if (status == DONE || status == ERROR) {
            // The executor's "done" or "error" is judged again against the result expected.
            status = statusFromExitCode(task, interval, probe, rc, expected);
        }
        if (isMaskedProbeFailure(op)) {
            maskedProbeRc = rc;
            hardErrorHere = true;
            role = Role.STOPPED;
            clearPastFailure();
            return;
        }
        switch (status) {
            case PENDING -> pending(task, interval);
            case DONE -> succeeded(task, rc);
            case NOT_INSTALLED -> {
                hardErrorHere = true;
                // A missing agent cannot be ignored: shown failed whatever on-fail says.
                agentMissing = policy.of(task, interval) == ResourceInstance.OnFail.IGNORE;
                failed(op, task, interval, rc);
            }
            default -> {
                ResourceInstance.OnFail chosen = policy.of(task, interval);
                if (chosen == ResourceInstance.OnFail.IGNORE
                        || chosen == ResourceInstance.OnFail.RESTART_CONTAINER && task.equals("stop")) {
                    // The failure is pretended away: the operation counts as having succeeded.
                    succeeded(task, expected);
                    failureIgnored = true;
                    return;
                }
                failed(op, task, interval, rc);
                if (status == HARD_ERROR) {
                    hardErrorHere = true;
                } else if (status == FATAL_ERROR) {
                    fatalError = true;
                }
            }
        }
    }

    /** The executor status an exit code amounts to, given the result the controller expected. */
    private int statusFromExitCode(String task, long interval, boolean probe, int rc, int expected) {
        int status = rc == expected ? DONE : ERROR;
        switch (rc) {
            case OK -> {
                if (probe) {
                    status = DONE;
                }
            }
            case NOT_RUNNING -> {
                if (probe || expected == rc || !managed) {
                    status = DONE;
                    role = Role.STOPPED;
                    onFail = ResourceInstance.OnFail.IGNORE;
                }
            }
            case RUNNING_PROMOTED -> {
                if (probe) {
                    status = DONE;
                }
                role = Role.PROMOTED;
            }
            case FAILED_PROMOTED, DEGRADED_PROMOTED -> {
                role = Role.PROMOTED;
                status = ERROR;
            }
            case NOT_CONFIGURED -> status = FATAL_ERROR;
            case UNIMPLEMENTED, AGENT_NOT_INSTALLED, INVALID_PARAMETER, INSUFFICIENT_PRIVILEGES -> {
                if (rc == UNIMPLEMENTED && interval > 0) {
                    status = NOT_SUPPORTED;
                } else {
                    if (task.equals("stop") && !canFence) {
                        blockedByStopFailure = true;
                    }
                    status = HARD_ERROR;
                }
            }
            default -> {
                if (status == DONE) {
                    status = ERROR;
                }
            }
        }
        return status;
    }

    private void pending(String task, long interval) {
        switch (task) {
            case "start" -> setActive();
            case "promote" -> role = Role.PROMOTED;
            default -> { }
        }
        if (pendingTask == null && (interval != 0 || !task.equals("monitor"))) {
            pendingTask = task;
        }
    }

    private void succeeded(String task, int rc) {
        boolean clear = false;
        if (rc == NOT_RUNNING) {
            clear = true;
        } else if (task.equals("monitor")) {
            // The same monitor succeeding again ends its own earlier failure.
            clear = lastFailure != null && "monitor".equals(lastFailure.operation())
                    && intervalMillis(lastFailure) == currentInterval;
            if (role.compareTo(Role.STARTED) < 0) {
                setActive();
            }
        } else {
            switch (task) {
                case "start", "migrate_from" -> {
                    role = Role.STARTED;
                    clear = true;
                }
                case "stop" -> {
                    role = Role.STOPPED;
                    clear = true;
                }
                case "promote" -> {
                    role = Role.PROMOTED;
                    clear = true;
                }
                case "demote" -> {
                    clear = onFail == ResourceInstance.OnFail.DEMOTE;
                    role = Role.UNPROMOTED;
                }
                case "migrate_to" -> role = Role.STARTED;
                default -> {
                    if (role.compareTo(Role.STARTED) < 0) {
                        setActive();
                    }
                }
            }
        }
        if (clear) {
            clearPastFailure();
        }
    }

    private void setActive() {
        role = promotable ? Role.UNPROMOTED : Role.STARTED;
    }

    /** A completed stop, start or promotion ends the consequences of earlier recoverable failures. */
    private void clearPastFailure() {
        switch (onFail) {
            case STOP, STANDBY, FENCE -> { }
            default -> onFail = ResourceInstance.OnFail.IGNORE;
        }
    }

    private void failed(OperationRecord op, String task, long interval, int rc) {
        ResourceInstance.OnFail chosen = policy.of(task, interval);
        lastFailure = op;
        if (ResourceInstance.OnFail.moreSevere(chosen, onFail)) {
            onFail = chosen;
        }
        switch (task) {
            case "stop" -> stopFailed = true;
            case "promote" -> role = Role.PROMOTED;
            case "demote" -> {
                if (chosen == ResourceInstance.OnFail.BLOCK) {
                    role = Role.PROMOTED;
                } else if (rc == NOT_RUNNING) {
                    role = Role.STOPPED;
                } else {
                    // Staying promoted would loop; it is stopped during recovery anyway.
                    role = Role.UNPROMOTED;
                }
            }
            default -> { }
        }
        if (isProbe(op) && rc == AGENT_NOT_INSTALLED) {
            role = Role.STOPPED;
        } else if (role.compareTo(Role.STARTED) < 0) {
            setActive();
        }
    }

    /** The result the controller expected, from the transition key ({@code action:transition:rc:uuid}). */
    static int expectedRc(OperationRecord op, String task, long interval) {
        String key = op.transitionKey();
        if (key != null) {
            // The third field, read in place: one history holds tens of thousands of keys.
            int first = key.indexOf(':');
            int second = first < 0 ? -1 : key.indexOf(':', first + 1);
            int third = second < 0 ? -1 : key.indexOf(':', second + 1);
            if (third >= 0 && hasFourthField(key, third)) {
                try {
                    return Integer.parseInt(key, second + 1, third, 10);
                } catch (NumberFormatException e) {
                    // fall through to the default
                }
            }
        }
        return task.equals("monitor") && interval == 0 ? NOT_RUNNING : OK;
    }

    /** Whether anything but colons follows the third colon: what {@code split(":")} counts as a fourth field. */
    private static boolean hasFourthField(String key, int third) {
        for (int i = third + 1; i < key.length(); i++) {
            if (key.charAt(i) != ':') {
                return true;
            }
        }
        return false;
    }
}
