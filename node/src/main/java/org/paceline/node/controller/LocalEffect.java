package org.paceline.node.controller;

import java.time.Duration;

/** What a node's {@link LocalResources} asks its loop to do. */
public sealed interface LocalEffect {

    /**
     * Run the agent call (through {@code OcfAgent}, {@code LsbScript} or the fencer, by the
     * request's class) and answer with {@code Finished(callId, result)}.
     */
    record Execute(int callId, OperationRequest request) implements LocalEffect {}

    /** Kill the running call; its {@code Finished}, if it still comes, is ignored. */
    record CancelExecution(int callId) implements LocalEffect {}

    /** Fire {@code TimerFired(timerId)} after {@code delay}; setting an id again replaces it. */
    record SetTimer(String timerId, Duration delay) implements LocalEffect {}

    record CancelTimer(String timerId) implements LocalEffect {}

    /** Send the report to the DC ({@code OperationFinished} there). */
    record Report(OperationReport report) implements LocalEffect {}
}
