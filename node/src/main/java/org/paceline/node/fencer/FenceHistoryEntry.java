package org.paceline.node.fencer;

import java.time.Instant;

/**
 * One fencing attempt as the history keeps it and {@code stonith_admin -H NODE} shows it.
 *
 * @param device    the devices used (or last tried); empty when none
 * @param origin    the node that asked
 * @param delegate  the node that ran the devices
 * @param reason    why it failed; empty otherwise
 * @param completed when it ended; null while pending
 */
public record FenceHistoryEntry(String requestId, String target, FenceAction action, State state, String device,
                                String origin, String delegate, String reason, Instant started, Instant completed) {
    /** Where an attempt stands. */
    public enum State { PENDING, SUCCEEDED, FAILED }

    static FenceHistoryEntry pending(FenceRequest request, String delegate, Instant started) {
        return new FenceHistoryEntry(request.requestId(), request.target(), request.action(), State.PENDING, "",
                request.origin(), delegate, "", started, null);
    }

    static FenceHistoryEntry of(FenceResult result, Instant started) {
        FenceRequest request = result.request();
        return new FenceHistoryEntry(request.requestId(), request.target(), request.action(),
                result.succeeded() ? State.SUCCEEDED : State.FAILED, result.device(), request.origin(),
                result.executor(), result.reason(), started, result.completed());
    }
}
