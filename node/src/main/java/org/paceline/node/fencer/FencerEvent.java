package org.paceline.node.fencer;

import java.time.Instant;
import java.util.Map;

import org.paceline.cib.Cib;
import org.paceline.node.executor.OpResult;

/** What goes into the {@link Fencer}; each event carries the instant it happened at. */
public sealed interface FencerEvent {
    Instant at();

    /**
     * A new CIB (devices, their parameters, the topology, the fencing timeout) and the
     * node attributes topology levels may name ({@code target-attribute}).
     *
     * @param nodeAttributes per node name, its attributes (permanent and transient)
     */
    record CibChanged(Cib cib, Map<String, Map<String, String>> nodeAttributes, Instant at) implements FencerEvent {}

    /** Someone wants a node fenced. */
    record FenceRequested(FenceRequest request, Instant at) implements FencerEvent {}

    /** A {@link FencerEffect.RunFenceAgent} ended, as the executor reports it. */
    record AgentFinished(String operationId, OpResult result, Instant at) implements FencerEvent {}

    /** A {@link FencerEffect.SetTimer} came due. */
    record TimerFired(String timerId, Instant at) implements FencerEvent {}
}
