package org.paceline.node.daemon;

import java.time.Duration;

import org.paceline.cib.Cib;
import org.paceline.node.controller.OperationRequest;
import org.paceline.node.executor.FenceOperation;
import org.paceline.node.fencer.FenceResult;
import org.paceline.node.store.UpdateOutcome;

/** What a {@link NodeCore} asks its loop to do, in the order given. */
public sealed interface NodeEffect {

    /** Persist this copy of the CIB, then report {@link NodeEvent.CibWritten}. */
    record WriteCib(Cib cib) implements NodeEffect {}

    /** Send a message to one member (dropped when it is not in the view). */
    record Send(String toNode, ClusterMessage message) implements NodeEffect {}

    /** Answer a local client's update. */
    record AnswerClient(String requestId, UpdateOutcome outcome) implements NodeEffect {}

    /** Answer a local client's fencing request. */
    record AnswerFence(String requestId, FenceResult result) implements NodeEffect {}

    /** Run a resource agent's operation here, then report {@link NodeEvent.OperationExecuted}. */
    record Execute(int callId, OperationRequest request) implements NodeEffect {}

    /** Kill a running operation; a late result is ignored. */
    record CancelExecution(int callId) implements NodeEffect {}

    /** Run a fence device's agent here, then report {@link NodeEvent.FenceAgentExecuted}. */
    record RunFenceAgent(String operationId, FenceOperation operation) implements NodeEffect {}

    record CancelFenceAgent(String operationId) implements NodeEffect {}

    /** Fire {@link NodeEvent.TimerFired} after the delay; setting an id again replaces it. */
    record SetTimer(String timerId, Duration delay) implements NodeEffect {}

    record CancelTimer(String timerId) implements NodeEffect {}

    /** Nothing runs here any more after a requested shutdown: the daemon may exit. */
    record ShutdownReady() implements NodeEffect {}

    /** A line for the full log. */
    record Log(DaemonLog.Severity severity, String part, String text) implements NodeEffect {}

    /**
     * A line for the operational log, in pm_logconv's wording: the DC writes the cluster's
     * journal, each line under the node it is about.
     */
    record OperationalLog(String node, DaemonLog.Severity severity, String text) implements NodeEffect {}
}
