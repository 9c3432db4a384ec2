package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.node.store.CibUpdate;

/** The seeds' stop failures: with fencing the node is fenced before anything moves; without, the resource is blocked. */
class StopFailureTest {

    @Test
    void stopFails_withFencing_nodeIsFencedFirst_thenTheGroupMoves() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm02", "pm01", "pm02");
        cluster.clearHistory();
        cluster.failNext("app", "stop", "pm01", 1);
        cluster.externalUpdate(new CibUpdate.SetTransientAttribute("pm01", "standby", "on"));

        assertTrue(cluster.logLines().contains("pm01 error: Resource app failed to stop. (rc=1) error"),
                cluster.logLines().toString());
        assertEquals(List.of("pm01"), cluster.pendingFences());
        assertTrue(cluster.history().stream().noneMatch(line -> line.endsWith("on pm02") && !line.contains("fence-dev")),
                cluster.history().toString());

        cluster.finishFencing(true);
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertEquals(Set.of("pm02"), cluster.runningOn("app"));
    }

    @Test
    void stopFails_withoutFencing_resourceIsBlocked_andNothingStartsElsewhere() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup().replace(
                "name=\"stonith-enabled\" value=\"true\"", "name=\"stonith-enabled\" value=\"false\""),
                "pm02", "pm01", "pm02");
        cluster.clearHistory();
        cluster.failNext("app", "stop", "pm01", 1);
        cluster.externalUpdate(new CibUpdate.SetTransientAttribute("pm01", "standby", "on"));

        assertTrue(cluster.pendingFences().isEmpty());
        // app may still run on pm01: it is left there, blocked, and never started elsewhere.
        assertEquals(Set.of("pm01"), cluster.runningOn("app"));
        // vip, before app in the group, may not stop from under it: it stays too (seed 000, issue 6).
        assertEquals(Set.of("pm01"), cluster.runningOn("vip"));
        assertTrue(cluster.history().stream().noneMatch(line -> line.startsWith("start app")),
                cluster.history().toString());
        assertEquals("1", Records.attribute(cluster.cib(), "pm01", "fail-count-app#stop_0").orElse(null));
        assertTrue(org.paceline.scheduler.Scheduler.schedule(cluster.cib(), cluster.now()).graph().isEmpty());
    }

    @Test
    void stopFails_withOnFailIgnore_noFailCountNoFencing_andTheGroupMoves() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup().replace(
                "<op id=\"app-monitor\" name=\"monitor\" interval=\"10s\" timeout=\"20s\"/>",
                "<op id=\"app-monitor\" name=\"monitor\" interval=\"10s\" timeout=\"20s\"/>"
                        + "<op id=\"app-stop\" name=\"stop\" interval=\"0s\" timeout=\"20s\" on-fail=\"ignore\"/>"),
                "pm02", "pm01", "pm02");
        cluster.failNext("app", "stop", "pm01", 1);
        cluster.externalUpdate(new CibUpdate.SetTransientAttribute("pm01", "standby", "on"));

        assertTrue(cluster.pendingFences().isEmpty());
        assertTrue(Records.attribute(cluster.cib(), "pm01", "fail-count-app#stop_0").isEmpty(),
                "on-fail=ignore: the failure is not counted");
        assertTrue(Records.attribute(cluster.cib(), "pm01", "last-failure-app#stop_0").isPresent(),
                "but it is still shown");
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertTrue(cluster.runningOn("app").contains("pm02"));
    }
}
