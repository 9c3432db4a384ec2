package org.paceline.scheduler.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.scheduler.simulation.SimulationFixtures.fence;
import static org.paceline.scheduler.simulation.SimulationFixtures.graph;
import static org.paceline.scheduler.simulation.SimulationFixtures.pseudo;
import static org.paceline.scheduler.simulation.SimulationFixtures.resource;
import static org.paceline.scheduler.simulation.SimulationFixtures.shutdown;
import static org.paceline.scheduler.simulation.SimulationFixtures.synapse;
import static org.paceline.scheduler.simulation.SimulationFixtures.twoNodes;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;
import org.paceline.scheduler.graph.Synapse;
import org.paceline.scheduler.graph.TransitionGraph;

/** A graph run as crm_simulate runs it: order, printed lines, recorded results, failures. */
class GraphExecutionTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000);

    private static GraphExecution.Execution run(TransitionGraph graph, String... failures) {
        return GraphExecution.run(twoNodes(), graph, List.of(failures), NOW);
    }

    private static OperationRecord record(Cib cib, String node, String resource, String id) {
        NodeState state = cib.status().node(node).orElseThrow();
        ResourceHistory history = state.resourceHistories().stream().filter(r -> r.id().equals(resource))
                .findFirst().orElseThrow();
        return history.operations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void run_actionReleasedEarlierInAPass_firesInTheSamePass() {
        var graph = graph(
                synapse(0, resource(3, "start", "rsc1", "rsc1", 0, "node2"), 2),
                synapse(1, resource(2, "stop", "rsc1", "rsc1", 0, "node1")),
                synapse(2, resource(4, "monitor", "rsc1", "rsc1", 10000, "node2"), 3));
        assertEquals(List.of(
                "  * Resource action: rsc1            stop on node1",
                "  * Resource action: rsc1            start on node2",
                "  * Resource action: rsc1            monitor=10000 on node2"), run(graph).lines(),
                "the start waits for the stop listed after it: the second pass fires it, then the monitor behind it");
    }

    @Test
    void run_eachKindOfAction_printsCrmSimulatesLines() {
        var graph = graph(
                synapse(0, pseudo(1, "clone2_start_0")),
                synapse(1, resource(2, "start", "rsc2", "rsc2:0", 0, "node2"), 1),
                synapse(2, resource(3, "cancel", "rsc1", "rsc1", 10000, "node1")),
                synapse(3, fence(4, "node2", "reboot"), 2),
                synapse(4, shutdown(5, "node1")));
        assertEquals(List.of(
                "  * Pseudo action:   clone2_start_0",
                "  * Resource action: rsc2:0          start on node2",
                "  * Resource action: rsc1            cancel=10000 on node1",
                "  * Fencing node2 (reboot)",
                "  * Cluster action:  do_shutdown on node1"), run(graph).lines());
    }

    @Test
    void run_startAndMonitor_recordLastAndRecurringResultsWithRisingCallIds() {
        var graph = graph(
                synapse(0, resource(1, "start", "rsc1", "rsc1", 0, "node2")),
                synapse(1, resource(2, "monitor", "rsc1", "rsc1", 10000, "node2"), 1));
        Cib after = run(graph).cib();
        OperationRecord start = record(after, "node2", "rsc1", "rsc1_last_0");
        assertEquals("start", start.operation());
        assertEquals("0", start.rcCode());
        assertEquals("1", start.callId());
        assertEquals("1700000000", start.lastRcChange());
        assertEquals("1:-1:0:" + HistoryEntries.FAKE_TRANSITION, start.transitionKey());
        assertEquals("0:0;1:-1:0:" + HistoryEntries.FAKE_TRANSITION, start.transitionMagic());
        OperationRecord monitor = record(after, "node2", "rsc1", "rsc1_monitor_10000");
        assertEquals("10000", monitor.interval());
        assertEquals("2", monitor.callId());
    }

    @Test
    void run_stopOnNodeWithHistory_replacesLastResultWithNextCallId() {
        Cib after = run(graph(synapse(0, resource(1, "stop", "rsc1", "rsc1", 0, "node1")))).cib();
        OperationRecord last = record(after, "node1", "rsc1", "rsc1_last_0");
        assertEquals("stop", last.operation());
        assertEquals("5", last.callId());
    }

    @Test
    void run_probe_recordsTheExpectedNotRunningResult() {
        var probe = resource(1, "monitor", "rsc1", "rsc1", 0, "node2", "CRM_meta_op_target_rc", "7");
        OperationRecord record = record(run(graph(synapse(0, probe))).cib(), "node2", "rsc1", "rsc1_last_0");
        assertEquals("7", record.rcCode());
    }

    @Test
    void run_fencing_takesTheNodeDownAndForgetsItsHistory() {
        Cib after = run(graph(synapse(0, fence(1, "node1", "reboot")))).cib();
        NodeState node1 = after.status().node("node1").orElseThrow();
        assertEquals("false", node1.inCcm());
        assertEquals("offline", node1.crmd());
        assertEquals("down", node1.join());
        assertNull(node1.lrm());
    }

    @Test
    void run_fencingOn_leavesTheNodeAsItWas() {
        Cib after = run(graph(synapse(0, fence(1, "node1", "on")))).cib();
        assertEquals("online", after.status().node("node1").orElseThrow().crmd());
    }

    @Test
    void run_injectedFailure_recordsItCountsItAndStopsWhatDependsOnIt() {
        var graph = graph(
                synapse(0, resource(1, "start", "rsc1", "rsc1", 0, "node2")),
                synapse(1, resource(2, "monitor", "rsc1", "rsc1", 10000, "node2"), 1),
                synapse(2, resource(3, "stop", "rsc2", "rsc2:0", 0, "node1")),
                synapse(3, pseudo(4, "clone2_stopped_0")));
        var execution = run(graph, "rsc1_start_0@node2=1");
        assertEquals(List.of(
                "  * Resource action: rsc1            start on node2",
                "Pretending action 1 failed with rc=1",
                "  * Injecting attribute fail-count-rsc1#start_0=value++ into /node_state '2'",
                "  * Injecting attribute last-failure-rsc1#start_0=1700000000 into /node_state '2'",
                "  * Pseudo action:   clone2_stopped_0"), execution.lines(),
                "after a failure only pseudo actions fire");
        assertTrue(execution.complete(), "a failure aborts the transition; it is not invalid");
        OperationRecord failure = record(execution.cib(), "node2", "rsc1", "rsc1_last_failure_0");
        assertEquals("1", failure.rcCode());
        assertEquals("1", StatusEdits.transientAttribute(execution.cib().status().node("node2").orElseThrow(),
                "fail-count-rsc1#start_0").orElseThrow());
    }

    @Test
    void run_failureSpecInOtherCase_stillMatches() {
        var execution = run(graph(synapse(0, resource(1, "stop", "rsc1", "rsc1", 0, "node1"))), "RSC1_stop_0@NODE1=5");
        assertTrue(execution.lines().contains("Pretending action 1 failed with rc=5"), execution.lines().toString());
    }

    @Test
    void run_inputThatNoActionProvides_isAnInvalidTransition() {
        var execution = run(graph(synapse(0, resource(1, "start", "rsc1", "rsc1", 0, "node2"), 99)));
        assertFalse(execution.complete());
        assertEquals(List.of(), execution.lines());
        assertEquals("Transition failed: terminated", execution.errors().getFirst());
    }

    @Test
    void run_emptyGraph_changesNothing() {
        var execution = run(TransitionGraph.EMPTY);
        assertEquals(twoNodes(), execution.cib());
        assertTrue(execution.complete());
    }

    @Test
    void run_synapsesWithPriority_stillFireInGraphOrderWhenNothingFailed() {
        var graph = graph(
                new Synapse(0, 0, resource(1, "stop", "rsc1", "rsc1", 0, "node1"), List.of()),
                new Synapse(1, 1_000_000, pseudo(2, "clone2_stopped_0"), List.of()));
        assertEquals("  * Resource action: rsc1            stop on node1", run(graph).lines().getFirst());
    }
}
