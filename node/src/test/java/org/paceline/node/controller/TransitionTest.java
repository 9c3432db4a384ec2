package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.PseudoAction;
import org.paceline.scheduler.graph.ResourceAction;
import org.paceline.scheduler.graph.Synapse;
import org.paceline.scheduler.graph.TransitionGraph;

/** The execution rules of one graph, on hand-made graphs. */
class TransitionTest {
    private static final Instant T0 = Instant.EPOCH;

    private static ResourceAction start(int id, String resource, String node) {
        return new ResourceAction(id, "start", resource + "_start_0", resource, resource, "ocf", "heartbeat", "Dummy",
                0, node, node, new LinkedHashMap<>());
    }

    private static Transition transition(BatchLimit limit, Synapse... synapses) {
        return new Transition(1, "uuid", new TransitionGraph(1, "60s", "60s", 0, List.of(synapses)), limit);
    }

    private static List<Integer> ids(List<GraphAction> actions) {
        return actions.stream().map(GraphAction::id).toList();
    }

    @Test
    void inputsFirst_pseudoActionsAtOnce_thenWhatTheyRelease() {
        var t = transition(new BatchLimit(0, 8),
                new Synapse(0, 0, start(1, "a", "n1"), List.of()),
                new Synapse(1, 0, new PseudoAction(2, "running", "grp_running_0", new LinkedHashMap<>()), List.of(1)),
                new Synapse(2, 0, start(3, "b", "n1"), List.of(2)));
        assertEquals(List.of(1), ids(t.start(T0)));
        assertEquals(List.of(), ids(t.start(T0)));
        t.confirm(1);
        assertEquals(List.of(3), ids(t.start(T0)), "the pseudo action completes at once and releases b");
        t.confirm(3);
        assertTrue(t.finished());
        assertFalse(t.aborted());
    }

    @Test
    void readySynapses_startByPriority_withinTheBatchLimit() {
        var t = transition(new BatchLimit(1, 8),
                new Synapse(0, 0, start(1, "a", "n1"), List.of()),
                new Synapse(1, 5, start(2, "b", "n2"), List.of()));
        assertEquals(List.of(2), ids(t.start(T0)));
        t.confirm(2);
        assertEquals(List.of(1), ids(t.start(T0)));
    }

    @Test
    void failure_abortsNothingNewStarts_andEndsWhenTheRunningAnswered() {
        var t = transition(new BatchLimit(0, 8),
                new Synapse(0, 0, start(1, "a", "n1"), List.of()),
                new Synapse(1, 0, start(2, "b", "n2"), List.of()),
                new Synapse(2, 0, start(3, "c", "n1"), List.of(1)));
        assertEquals(List.of(1, 2), ids(t.start(T0)));
        t.fail(1, "a failed");
        assertTrue(t.aborted());
        assertEquals(List.of(), ids(t.start(T0)));
        assertFalse(t.finished(), "b still runs");
        t.confirm(2);
        assertTrue(t.finished());
        assertEquals("a failed", t.abortReason());
    }

    @Test
    void actionConfirmedWhenStarted_releasesItsSuccessorOnTheNextStart() {
        var shutdown = new ClusterAction(1, "do_shutdown", "do_shutdown-n1", "n1", "1", new LinkedHashMap<>());
        var t = transition(new BatchLimit(0, 8),
                new Synapse(0, 0, shutdown, List.of()),
                new Synapse(1, 0, start(2, "a", "n2"), List.of(1)));
        assertEquals(List.of(1), ids(t.start(T0)));
        t.confirm(1);
        assertEquals(List.of(2), ids(t.start(T0)));
    }
}
