package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.node.store.AttributeOwner;
import org.paceline.node.store.CibUpdate;
import org.paceline.scheduler.Scheduler;

class AbortTest {

    @Test
    void cibChangesMidTransition_nothingNewStarts_inFlightAwaited_thenReplanned() {
        var cluster = new ClusterDriver(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        cluster.holdNext("vip", "start", "pm01");
        cluster.begin();
        assertTrue(cluster.controller().transitionInFlight());
        assertFalse(cluster.history().contains("start app on pm01"));

        // The operator puts pm01 in standby while vip's start is still running there.
        cluster.externalUpdate(new CibUpdate.SetTransientAttribute("pm01", "standby", "on"));
        assertFalse(cluster.history().contains("start app on pm01"), "an aborted transition starts nothing new");
        assertTrue(cluster.controller().transitionInFlight(), "the running start is awaited");

        cluster.clearHistory();
        cluster.releaseHeld();
        // vip's start is recorded, then the new plan moves the group off the standby node.
        assertEquals("0", Records.operation(cluster.cib(), "pm01", "vip", "vip_last_0").orElseThrow().rcCode());
        assertEquals(List.of("stop vip on pm01", "start vip on pm02", "start app on pm02"),
                cluster.history().stream().filter(line -> !line.contains("fence-dev")).toList());
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertEquals(Set.of("pm02"), cluster.runningOn("app"));
        assertFalse(cluster.controller().transitionInFlight());
        assertTrue(Scheduler.schedule(cluster.cib(), cluster.now()).graph().isEmpty());
    }

    @Test
    void echoOfOwnRecording_isNotARelevantChange() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        cluster.clearHistory();
        // The store announces the same committed CIB again: nothing to plan.
        cluster.controller().step(new ControllerEvent.CibChanged(cluster.cib(), cluster.now()));
        cluster.run();
        assertFalse(cluster.controller().transitionInFlight());
        assertTrue(cluster.effects().isEmpty(), cluster.effects().toString());
    }

    @Test
    void standbyNode_resourcesMoveOff_andBackWhenItIsOnlineAgain() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        cluster.externalUpdate(new CibUpdate.SetTransientAttribute("pm01", "standby", "on"));
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        cluster.externalUpdate(new CibUpdate.DeleteTransientAttribute("pm01", "standby"));
        assertEquals(Set.of("pm01"), cluster.runningOn("vip"));
        assertEquals(Set.of("pm01"), cluster.runningOn("app"));
    }

    @Test
    void nodeInMaintenance_nothingIsStoppedOrStartedThere() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        cluster.clearHistory();
        cluster.externalUpdate(new CibUpdate.SetAttribute(new AttributeOwner.NodeAttributes("pm01"), null,
                "maintenance", "true"));
        cluster.kill("vip", "pm01");
        cluster.elapse(java.time.Duration.ofSeconds(30));
        // Pacemaker also cancels the node's monitors here; Paceline's scheduler does not plan
        // that yet, so the monitor still reports. Nothing may stop or start all the same.
        assertTrue(cluster.history().stream().noneMatch(line -> line.startsWith("stop ") || line.startsWith("start ")),
                cluster.history().toString());
    }
}
