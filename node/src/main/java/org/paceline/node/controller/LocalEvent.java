package org.paceline.node.controller;

import java.time.Instant;

import org.paceline.node.executor.OpResult;

/** What a node's {@link LocalResources} is told; each event carries its instant. */
public sealed interface LocalEvent {
    Instant now();

    /** The DC asks for an operation here (a {@code RunOperation} effect routed to this node). */
    record Requested(OperationRequest request, Instant now) implements LocalEvent {}

    /** The DC asks for a recurring monitor to stop (a {@code CancelRecurring} effect). */
    record CancelRequested(OperationRequest cancel, Instant now) implements LocalEvent {}

    /** The executor finished the call an {@code Execute} effect started. */
    record Finished(int callId, OpResult result, Instant now) implements LocalEvent {}

    /** A timer this core set went off. */
    record TimerFired(String timerId, Instant now) implements LocalEvent {}
}
