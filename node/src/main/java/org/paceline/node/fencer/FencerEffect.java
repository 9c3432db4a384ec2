package org.paceline.node.fencer;

import java.time.Instant;

import org.paceline.node.executor.FenceOperation;

/** What the {@link Fencer} asks its loop to do, in the order given. */
public sealed interface FencerEffect {

    /**
     * Run a fence agent through the executor's {@code FenceAgent} and report its end as
     * {@link FencerEvent.AgentFinished} with the same id.
     *
     * @param device  the device it is run for
     * @param purpose what the run is for: {@code fence} (the fencing action itself), or
     *                {@code list}, {@code status}, {@code metadata} (asking the device)
     */
    record RunFenceAgent(String operationId, String device, String purpose, FenceOperation operation)
            implements FencerEffect {}

    /**
     * One device of an attempt failed for good (its retries spent): only reported, for the
     * operational log of the node that ran it. An attempt that runs out of its fencing
     * timeout reports no device failure: its {@link FencingCompleted} says why.
     *
     * @param exitCode     the run's exit code as the executor read it (5 for a cluster-glue
     *                     plugin's failed reset)
     * @param nextFollows  whether the attempt goes on with the next level's devices
     */
    record DeviceFailed(String target, FenceAction action, String device, int exitCode, boolean nextFollows)
            implements FencerEffect {}

    /** Kill a run handed out earlier (the whole attempt ran out of time); its end is still reported. */
    record CancelFenceAgent(String operationId) implements FencerEffect {}

    /** Report {@link FencerEvent.TimerFired} with this id at {@code at} (or as soon after as possible). */
    record SetTimer(String timerId, Instant at) implements FencerEffect {}

    /** A request is over: tell its requester, and record it where the cluster shows fencing results. */
    record FencingCompleted(FenceResult result) implements FencerEffect {}
}
