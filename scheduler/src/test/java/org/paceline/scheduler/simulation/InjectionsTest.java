package org.paceline.scheduler.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.scheduler.simulation.SimulationFixtures.twoNodes;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.ClusterOption;
import org.paceline.cib.status.NodeState;
import org.paceline.cib.status.OperationRecord;
import org.paceline.cib.status.ResourceHistory;

/** crm_simulate's what-if changes: what each does to the CIB and what it prints. */
class InjectionsTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000);

    private static Injections.Applied apply(Injections injections) {
        return injections.apply(twoNodes(), NOW);
    }

    private static Injections nodes(List<String> up, List<String> down, List<String> failed) {
        return new Injections(up, down, failed, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null);
    }

    private static Injections inject(String... specs) {
        return new Injections(List.of(), List.of(), List.of(), List.of(specs), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null);
    }

    @Test
    void apply_nodeDown_marksItDownAndForgetsItsHistory() {
        var applied = apply(nodes(List.of(), List.of("node1"), List.of()));
        NodeState node1 = applied.cib().status().node("node1").orElseThrow();
        assertEquals(List.of("  * Taking node node1 offline"), applied.lines());
        assertEquals("false", node1.inCcm());
        assertEquals("offline", node1.crmd());
        assertEquals("down", node1.expected());
        assertNull(node1.lrm());
    }

    @Test
    void apply_nodeFail_leavesItExpectedButOutOfMembership() {
        var applied = apply(nodes(List.of(), List.of(), List.of("node2")));
        NodeState node2 = applied.cib().status().node("node2").orElseThrow();
        assertEquals(List.of("  * Failing node node2"), applied.lines());
        assertEquals("false", node2.inCcm());
        assertEquals("online", node2.crmd());
        assertEquals("member", node2.join());
    }

    @Test
    void apply_nodeUpWithoutState_createsItUnderItsConfiguredId() {
        var cib = twoNodes();
        var withoutNode2 = cib.withStatus(new org.paceline.cib.status.Status(List.of(cib.status().nodes().getFirst()),
                null, List.of(), null));
        var applied = nodes(List.of("node2"), List.of(), List.of()).apply(withoutNode2, NOW);
        NodeState node2 = applied.cib().status().node("node2").orElseThrow();
        assertEquals(List.of("  * Bringing node node2 online"), applied.lines());
        assertEquals("2", node2.id());
        assertEquals("member", node2.join());
    }

    @Test
    void apply_failedMonitorInjected_createsHistoryFromTheConfigurationAndCountsTheFailure() {
        var applied = apply(inject("rsc1_monitor_10000@node2=7"));
        assertEquals(List.of(
                "  * Injecting rsc1_monitor_10000@node2=7 into the configuration",
                "  * Injecting attribute fail-count-rsc1#monitor_10000=value++ into /node_state '2'",
                "  * Injecting attribute last-failure-rsc1#monitor_10000=1700000000 into /node_state '2'"),
                applied.lines());
        NodeState node2 = applied.cib().status().node("node2").orElseThrow();
        ResourceHistory history = node2.resourceHistories().getFirst();
        assertEquals("rsc1", history.id());
        assertEquals("ocf", history.resourceClass());
        assertEquals("Dummy", history.type());
        OperationRecord record = history.operations().getFirst();
        assertEquals("rsc1_last_failure_0", record.id());
        assertEquals("7", record.rcCode());
        assertEquals("10000", record.interval());
        assertEquals("1", StatusEdits.transientAttribute(node2, "fail-count-rsc1#monitor_10000").orElseThrow());
    }

    @Test
    void apply_sameFailureTwice_raisesTheCountToTwo() {
        var applied = apply(inject("rsc1_monitor_10000@node1=1", "rsc1_monitor_10000@node1=1"));
        NodeState node1 = applied.cib().status().node("node1").orElseThrow();
        assertEquals("2", StatusEdits.transientAttribute(node1, "fail-count-rsc1#monitor_10000").orElseThrow());
    }

    @Test
    void apply_successfulResult_isRecordedWithoutFailCount() {
        var applied = apply(inject("rsc1_start_0@node2=0"));
        assertEquals(1, applied.lines().size());
        NodeState node2 = applied.cib().status().node("node2").orElseThrow();
        assertEquals("rsc1_last_0", node2.resourceHistories().getFirst().operations().getFirst().id());
        assertTrue(node2.transientSets().isEmpty());
    }

    @Test
    void apply_unknownResourceOrBadSpec_areErrorsAndChangeNothing() {
        var applied = apply(inject("nosuch_start_0@node1=1", "garbage"));
        assertEquals(twoNodes(), applied.cib());
        assertEquals(2, applied.errors().size());
        assertEquals("--op-inject: invalid resource name: nosuch", applied.errors().getFirst());
        assertTrue(applied.errors().get(1).startsWith("--op-inject: invalid operation \"garbage\""),
                applied.errors().get(1));
    }

    @Test
    void apply_ticketsQuorumAndWatchdog_areSetAndPrinted() {
        var injections = new Injections(List.of(), List.of(), List.of(), List.of(), List.of(), List.of("ticketA"),
                List.of("ticketB"), List.of("ticketA"), List.of(), "false", "true");
        var applied = apply(injections);
        assertEquals(List.of(
                "  * Setting quorum: false",
                "  * Setting watchdog: true",
                "  * Granting ticket ticketA",
                "  * Revoking ticket ticketB",
                "  * Making ticket ticketA standby"), applied.lines());
        var cib = applied.cib();
        assertEquals("false", cib.extras().attributes().getOrNull("have-quorum"));
        assertEquals("true", cib.configuration().clusterProperty(ClusterOption.HAVE_WATCHDOG).orElseThrow());
        var ticketA = cib.status().tickets().getFirst();
        assertEquals("ticketA", ticketA.id());
        assertEquals("true", ticketA.extras().attributes().getOrNull("granted"));
        assertEquals("true", ticketA.extras().attributes().getOrNull("standby"));
        assertEquals("false", cib.status().tickets().get(1).extras().attributes().getOrNull("granted"));
    }

    @Test
    void changesInput_onlyOperationFailures_isFalse() {
        var onlyFailures = new Injections(List.of(), List.of(), List.of(), List.of(), List.of("rsc1_start_0@node1=1"),
                List.of(), List.of(), List.of(), List.of(), null, null);
        assertEquals(false, onlyFailures.changesInput());
        assertEquals(false, Injections.NONE.changesInput());
    }
}
