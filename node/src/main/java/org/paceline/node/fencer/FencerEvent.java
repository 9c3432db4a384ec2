package org.paceline.node.fencer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.paceline.cib.Cib;
import org.paceline.cib.Node;
import org.paceline.cib.SetKind;
import org.paceline.cib.rules.AttributeSets;
import org.paceline.cib.rules.RuleContext;
import org.paceline.cib.status.NodeState;
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
    record CibChanged(Cib cib, Map<String, Map<String, String>> nodeAttributes, Instant at) implements FencerEvent {
        /**
         * The event for a committed CIB, the node attributes taken from it: each configured
         * node's instance attributes, then its transient attributes, which win.
         */
        public static CibChanged of(Cib cib, Instant at) {
            var attributes = new TreeMap<String, Map<String, String>>();
            for (Node node : cib.configuration().nodes()) {
                if (node.uname() != null) {
                    attributes.put(node.uname(), new LinkedHashMap<>(
                            AttributeSets.resolve(node.sets(SetKind.INSTANCE), RuleContext.at(at))));
                }
            }
            for (NodeState state : cib.status().nodes()) {
                if (state.uname() != null && state.transientAttributes() != null) {
                    attributes.computeIfAbsent(state.uname(), n -> new LinkedHashMap<>()).putAll(
                            AttributeSets.resolve(state.transientAttributes().sets(), RuleContext.at(at)));
                }
            }
            var frozen = new TreeMap<String, Map<String, String>>();
            attributes.forEach((node, values) -> frozen.put(node, Map.copyOf(values)));
            return new CibChanged(cib, frozen, at);
        }
    }

    /** Someone wants a node fenced. */
    record FenceRequested(FenceRequest request, Instant at) implements FencerEvent {}

    /** A {@link FencerEffect.RunFenceAgent} ended, as the executor reports it. */
    record AgentFinished(String operationId, OpResult result, Instant at) implements FencerEvent {}

    /** A {@link FencerEffect.SetTimer} came due. */
    record TimerFired(String timerId, Instant at) implements FencerEvent {}
}
