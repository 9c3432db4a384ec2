package org.paceline.node.controller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.paceline.cib.Attrs;
import org.paceline.cib.Cib;
import org.paceline.cib.Extras;
import org.paceline.cib.NvSet;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.node.executor.ExecutorStatus;
import org.paceline.node.executor.OpResult;
import org.paceline.node.store.CibUpdate;
import org.paceline.scheduler.actions.DefinitionChange;
import org.paceline.node.executor.ExecutorSettings;
import org.paceline.scheduler.simulation.HistoryEntries;

/**
 * The status-section updates that record what happened, in the form Pacemaker 2.1's
 * controller writes: {@code lrm_rsc_op} entries with transition key and magic,
 * call-id, rc-code, op-status, last-rc-change, exec-time, queue-time and op-digest; the
 * {@code fail-count-RSC#OP_INTERVAL} and {@code last-failure-RSC#OP_INTERVAL} transient
 * attributes of a failure; a fenced or departed node's state. The scheduler reads
 * exactly these to apply migration-threshold, failure-timeout and on-fail.
 */
final class StatusRecording {
    /** Pacemaker's op-status codes ({@code PCMK_EXEC_*}), as recorded. */
    static final int DONE = 0;
    static final int CANCELLED = 1;
    static final int TIMED_OUT = 2;
    static final int ERROR = 4;
    static final int NOT_INSTALLED = 7;

    /** What Pacemaker's controller writes as the origin of a result it records. */
    private static final String ORIGIN = "do_update_resource";
    /** Pacemaker's rc for a result the node never sent ({@code PCMK_OCF_UNKNOWN_ERROR}). */
    private static final int UNKNOWN_ERROR = 1;
    private static final int FAIL_COUNT_INFINITY = 1_000_000;

    private StatusRecording() {}

    /**
     * The updates recording a node's answer. {@code view} is the CIB as the controller
     * knows it, with its own writes applied: a fail count counts up from what it holds.
     */
    static List<CibUpdate> result(Cib view, OperationReport report, boolean startFailureIsFatal) {
        OperationRequest request = report.request();
        OpResult result = report.result();
        var updates = new ArrayList<CibUpdate>();
        if (request.task().equals("notify")) {
            // Pacemaker keeps no history of notifications.
            return updates;
        }
        int status = opStatus(result.status());
        String task = request.task().equals("cancel") ? "monitor" : request.task();
        int recordedStatus = request.task().equals("cancel") ? CANCELLED : status;
        updates.add(record(request, task, result.rc(), recordedStatus, report.callId(),
                result.ended(), result.duration().toMillis(), result.exitReason()));
        if (!report.succeeded() && countsAsFailure(request, result)) {
            updates.addAll(failure(view, request, result.ended(), startFailureIsFatal));
        }
        if (request.stopsResource() && report.succeeded()) {
            // A stopped resource repeats nothing: its recurring entries go, as Pacemaker erases them.
            updates.addAll(recurringCancelled(view, request.node(), request.resource(), request, result.ended()));
        }
        return updates;
    }

    /**
     * The updates recording that the node never answered within the action's timeout and
     * the cluster delay: Pacemaker records it as timed out with an unknown error.
     */
    static List<CibUpdate> lost(Cib view, OperationRequest request, Instant now, boolean startFailureIsFatal) {
        var updates = new ArrayList<CibUpdate>();
        updates.add(record(request, request.task(), UNKNOWN_ERROR, TIMED_OUT, 0, now, 0, "timed out"));
        updates.addAll(failure(view, request, now, startFailureIsFatal));
        return updates;
    }

    /**
     * A fenced node, or one that left after stopping everything: down in every membership
     * field, its history and transient attributes cleared, as Pacemaker erases them (what
     * it ran is known to be stopped).
     */
    static List<CibUpdate> nodeDown(Cib view, String node) {
        var updates = new ArrayList<CibUpdate>();
        updates.add(new CibUpdate.UpdateNodeState(node, null, "false", "offline", "down", "down"));
        updates.add(new CibUpdate.ClearTransientAttributes(node));
        view.status().node(node).ifPresent(state -> state.resourceHistories()
                .forEach(history -> updates.add(new CibUpdate.ForgetResourceHistory(node, history.id()))));
        return updates;
    }

    /**
     * The DC's marks on the cib element, as Pacemaker's DC writes them on election: the
     * feature set (Pacemaker's scheduler reads per-operation fail counts only from 3.0.13
     * on) and which node decides.
     */
    static List<CibUpdate> dcMarks(Cib view, String dc) {
        var updates = new ArrayList<CibUpdate>();
        updates.add(new CibUpdate.SetCibAttribute("crm_feature_set", ExecutorSettings.DEFAULT_FEATURE_SET));
        view.configuration().node(dc).ifPresent(node -> updates.add(new CibUpdate.SetCibAttribute("dc-uuid", node.id())));
        return updates;
    }

    /** Membership lost the node; the controller still expects it: the scheduler will want it fenced. */
    static CibUpdate nodeLost(String node) {
        return new CibUpdate.UpdateNodeState(node, null, "false", "offline", null, null);
    }

    /** A node joined: a member, online, expected up. */
    static CibUpdate nodeJoined(String node, String nodeId) {
        return new CibUpdate.UpdateNodeState(node, nodeId, "true", "online", "member", "member");
    }

    /** The transient attribute with which Pacemaker asks the scheduler to move everything off a node. */
    static CibUpdate shutdownRequested(String node, Instant now) {
        return new CibUpdate.SetTransientAttribute(node, "shutdown", Long.toString(now.getEpochSecond()));
    }

    /** Executor status to Pacemaker's op-status. */
    static int opStatus(ExecutorStatus status) {
        return switch (status) {
            case DONE -> DONE;
            case CANCELLED -> CANCELLED;
            case TIMED_OUT -> TIMED_OUT;
            case NOT_INSTALLED -> NOT_INSTALLED;
            case ERROR -> ERROR;
        };
    }

    /** A transient attribute of a node in the view, if set. */
    static Optional<String> transientAttribute(Cib view, String node, String name) {
        Optional<NodeState> state = view.status().node(node);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        for (NvSet set : state.get().transientSets()) {
            Optional<String> value = set.value(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a failed result raises the fail count: a probe that finds the resource
     * running or stopped is news, not a failure (the scheduler acts on what it found).
     */
    private static boolean countsAsFailure(OperationRequest request, OpResult result) {
        if (request.task().equals("cancel")) {
            return false;
        }
        return !(request.isProbe() && result.status() == ExecutorStatus.DONE && (result.rc() == 0 || result.rc() == 7));
    }

    /**
     * fail-count up by one (unless on-fail=ignore), or INFINITY for a failed start while
     * {@code start-failure-is-fatal} holds, and last-failure now, as Pacemaker 2.1's
     * controller does: the scheduler reads a fatal start failure from that count alone.
     */
    private static List<CibUpdate> failure(Cib view, OperationRequest request, Instant at,
                                           boolean startFailureIsFatal) {
        var updates = new ArrayList<CibUpdate>();
        String task = request.task();
        long interval = request.intervalMillis();
        if (!request.onFail().equalsIgnoreCase("ignore")) {
            String name = HistoryEntries.failCountName(request.resource(), task, interval);
            int count = transientAttribute(view, request.node(), name).map(StatusRecording::count).orElse(0);
            boolean fatal = startFailureIsFatal && task.equals("start");
            updates.add(new CibUpdate.SetTransientAttribute(request.node(), name,
                    fatal || count + 1 >= FAIL_COUNT_INFINITY ? "INFINITY" : Integer.toString(count + 1)));
        }
        // The time of the failure is kept even when ignored, so that it is still shown.
        updates.add(new CibUpdate.SetTransientAttribute(request.node(),
                HistoryEntries.lastFailureName(request.resource(), task, interval), Long.toString(at.getEpochSecond())));
        return updates;
    }

    private static List<CibUpdate> recurringCancelled(Cib view, String node, String resource, OperationRequest stop,
                                                      Instant at) {
        var updates = new ArrayList<CibUpdate>();
        Optional<NodeState> state = view.status().node(node);
        if (state.isEmpty()) {
            return updates;
        }
        for (ResourceHistory history : state.get().resourceHistories()) {
            if (!history.id().equals(resource)) {
                continue;
            }
            for (OperationRecord op : history.operations()) {
                long interval = parseLong(op.interval());
                if (interval > 0 && op.id().equals(resource + "_" + op.operation() + "_" + interval)) {
                    updates.add(new CibUpdate.RecordOperation(node, resource, stop.resourceClass(), stop.provider(),
                            stop.type(), new OperationRecord(op.id(), op.operation(), op.interval(), "0",
                            Integer.toString(CANCELLED), op.callId(), Long.toString(at.getEpochSecond()), null, "0",
                            "0", op.transitionKey(), op.transitionMagic(), op.opDigest(), node, op.extras())));
                }
            }
        }
        return updates;
    }

    private static CibUpdate record(OperationRequest request, String task, int rc, int opStatus, int callId,
                                    Instant at, long execMillis, String exitReason) {
        String operationKey = request.resource() + "_" + task + "_" + request.intervalMillis();
        Attrs extra = Attrs.of("operation_key", operationKey, "crm-debug-origin", ORIGIN,
                "crm_feature_set", ExecutorSettings.DEFAULT_FEATURE_SET, "exit-reason", exitReason == null ? "" : exitReason);
        String id = request.intervalMillis() > 0 ? operationKey : request.resource() + "_last_0";
        var record = new OperationRecord(id, task, Long.toString(request.intervalMillis()), Integer.toString(rc),
                Integer.toString(opStatus), Integer.toString(callId), Long.toString(at.getEpochSecond()), null,
                Long.toString(Math.max(0, execMillis)), "0", request.transitionKey(),
                TransitionKey.magic(opStatus, rc, request.transitionKey()), digest(request), request.node(),
                Extras.of(extra));
        return new CibUpdate.RecordOperation(request.node(), request.resource(), request.resourceClass(),
                request.provider(), request.type(), record);
    }

    /**
     * The digest of the instance parameters, as the scheduler compares it to see a changed
     * definition. A recurring operation's digest also covers its timeout, as Pacemaker's
     * (which clears a failure's fail count when the failed operation's digest no longer
     * matches, so a wrong digest here would forget failures).
     */
    private static String digest(OperationRequest request) {
        var parameters = new LinkedHashMap<String, String>();
        request.attributes().forEach((name, value) -> {
            if (!name.startsWith("CRM_meta_") && !name.equals("crm_feature_set") && value != null) {
                parameters.put(name, value);
            }
        });
        String timeout = request.attributes().get("CRM_meta_timeout");
        if (request.intervalMillis() > 0 && timeout != null) {
            parameters.put("CRM_meta_timeout", timeout);
        }
        return DefinitionChange.digest(parameters);
    }

    private static int count(String value) {
        String text = value.trim();
        if (text.equalsIgnoreCase("INFINITY") || text.equalsIgnoreCase("+INFINITY")) {
            return FAIL_COUNT_INFINITY;
        }
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long parseLong(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
