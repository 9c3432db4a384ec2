package org.paceline.node.controller;

import java.time.Duration;
import java.util.List;

import org.paceline.node.store.CibUpdate;

/** What the controller asks its loop to do; {@link Controller#ready()} gives them in order. */
public sealed interface ControllerEffect {

    /** Hand the request to the node's {@link LocalResources} (this node's, or a peer's over the network). */
    record RunOperation(OperationRequest request) implements ControllerEffect {}

    /** Stop the node repeating a recurring monitor; the node reports the cancellation as a result. */
    record CancelRecurring(String node, OperationRequest cancel) implements ControllerEffect {}

    /**
     * Ask the fencer to fence {@code target}; it answers with {@code FencingFinished}.
     *
     * @param priorityDelay the scheduler's {@code priority-fencing-delay} for this target, which
     *                      the fencer waits in place of the devices' own delays; null when none applies
     */
    record Fence(String target, String action, java.time.Duration priorityDelay) implements ControllerEffect {
        public Fence(String target, String action) {
            this(target, action, null);
        }
    }

    /**
     * Apply these updates to the CIB through the store, in order. The loop advances this
     * effect once the store has applied (acknowledged) them.
     */
    record RecordResult(List<CibUpdate> updates) implements ControllerEffect {
        public RecordResult {
            updates = List.copyOf(updates);
        }
    }

    /** Fire {@code TimerFired(timerId)} after {@code delay}; setting an id again replaces it. */
    record SetTimer(String timerId, Duration delay) implements ControllerEffect {}

    /** Forget the timer; nothing happens when it is not set. */
    record CancelTimer(String timerId) implements ControllerEffect {}

    /** Nothing runs on the node any more: it may stop its daemon (the graph's {@code do_shutdown}). */
    record ShutdownReady(String node) implements ControllerEffect {}

    /** One line of the operational log, as structured data. */
    record OperationalLog(OperationalEvent event) implements ControllerEffect {}
}
