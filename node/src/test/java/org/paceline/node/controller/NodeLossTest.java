package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.scheduler.Scheduler;

class NodeLossTest {

    /** pm02 is DC and survivor; the group runs on pm01, which is lost unclean. */
    private static ClusterDriver groupOnPm01WithDcPm02() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm02", "pm01", "pm02");
        assertEquals(Set.of("pm01"), cluster.runningOn("vip"));
        cluster.clearHistory();
        return cluster;
    }

    @Test
    void nodeLostUnclean_fencedFirst_nothingStartsOnSurvivorBeforeFencingSucceeds() {
        var cluster = groupOnPm01WithDcPm02();
        cluster.crash("pm01");

        // Safety: pm01 may still run the group until it is fenced. Only the fence device,
        // which fencing itself needs, may start on the survivor meanwhile.
        assertEquals("fence pm01", cluster.history().getFirst());
        assertEquals(List.of(), groupActions(cluster.history()));
        assertEquals(List.of("pm01"), cluster.pendingFences());
        assertTrue(cluster.runningOn("vip").isEmpty() || cluster.runningOn("vip").equals(Set.of("pm01")));

        cluster.finishFencing(true);
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertEquals(Set.of("pm02"), cluster.runningOn("app"));
        List<String> history = cluster.history();
        assertEquals("fence pm01", history.getFirst());
        assertTrue(history.containsAll(List.of("start fence-dev on pm02", "start vip on pm02", "start app on pm02")),
                history.toString());
        assertTrue(history.indexOf("start vip on pm02") < history.indexOf("start app on pm02"));

        assertEquals(List.of(
                "pm02 warning: Node pm01 is lost",
                "pm02 error: Start to fail-over.",
                "pm02 info: Try to STONITH (reboot) pm01.",
                "pm02 info: Succeeded to STONITH (reboot) pm01 by pm02.",
                "pm02 info: Resource vip tries to start.",
                "pm02 info: Resource vip started. (rc=0) ok",
                "pm02 info: Resource app tries to start.",
                "pm02 info: Resource app started. (rc=0) ok"),
                cluster.logLines().stream().filter(line -> !line.contains("fence-dev") && !line.contains(" : Started"))
                        .toList().subList(0, 8));
        assertEquals("pm02 info: fail-over succeeded.", cluster.logLines().getLast());
        var succeeded = (OperationalEvent.FailoverSucceeded) cluster.log().getLast();
        assertEquals(OperationalEvent.FailoverCause.Kind.NODE_LOST, succeeded.cause().kind());
        assertTrue(succeeded.steps().stream().anyMatch(step -> step.description().equals("fence pm01 (reboot)")),
                succeeded.steps().toString());

        // The fenced node is recorded down, its history gone: nothing is thought to run there.
        var state = cluster.cib().status().node("pm01").orElseThrow();
        assertEquals("false", state.inCcm());
        assertEquals("down", state.expected());
        assertTrue(state.resourceHistories().isEmpty());
        assertTrue(Scheduler.schedule(cluster.cib(), cluster.now()).graph().isEmpty());
    }

    @Test
    void fencingFails_nothingStartsOnSurvivor_andFencingIsTriedAgain() {
        var cluster = groupOnPm01WithDcPm02();
        cluster.crash("pm01");
        cluster.finishFencing(false);

        assertEquals(List.of(), groupActions(cluster.history()));
        assertEquals(2, cluster.history().stream().filter(line -> line.equals("fence pm01")).count(),
                cluster.history().toString());
        assertEquals(List.of("pm01"), cluster.pendingFences());
        assertTrue(cluster.logLines().contains("pm02 error: Failed to STONITH (reboot) pm01 by pm02."),
                cluster.logLines().toString());
        assertFalse(cluster.logLines().contains("pm02 info: fail-over succeeded."));

        cluster.finishFencing(true);
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertEquals("pm02 info: fail-over succeeded.", cluster.logLines().getLast());
    }

    private static List<String> groupActions(List<String> history) {
        return history.stream().filter(line -> line.contains(" vip ") || line.contains(" app ")).toList();
    }

    @Test
    @org.junit.jupiter.api.DisplayName("seed 000's success line when a cluster-glue plugin fenced, seed 002's when a fence agent did (issue 6)")
    void fencedByStonithPlugin_isToldInSeed000sWords_byFenceAgent_inSeed002s() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup().replace("type=\"fence_dummy\"", "type=\"meatware\""),
                "pm02", "pm01", "pm02");
        cluster.clearHistory();
        cluster.crash("pm01");
        cluster.finishFencing(true);
        assertTrue(cluster.logLines().contains("pm02 info: Succeeded to STONITH (RESET) the Node pm01 by Node pm02."),
                cluster.logLines().toString());
        assertFalse(cluster.logLines().contains("pm02 info: Succeeded to STONITH (reboot) pm01 by pm02."),
                cluster.logLines().toString());

        var agents = groupOnPm01WithDcPm02();
        agents.crash("pm01");
        agents.finishFencing(true);
        assertTrue(agents.logLines().contains("pm02 info: Succeeded to STONITH (reboot) pm01 by pm02."),
                agents.logLines().toString());
    }

    @Test
    @org.junit.jupiter.api.DisplayName("a fail-over that only moves the fence device ends after its fencing, not when the device starts (issue 6)")
    void lostNodeRanOnlyTheFenceDevice_failoverSucceedsOnlyOnceTheNodeIsFenced() {
        var cib = TestCibs.dummyGroup().replace("rsc=\"grp\" node=\"pm01\"", "rsc=\"grp\" node=\"pm02\"");
        var cluster = ClusterDriver.started(cib, "pm02", "pm01", "pm02");
        assertEquals(Set.of("pm01"), cluster.runningOn("fence-dev"), "the device runs away from the group");
        cluster.clearHistory();
        cluster.crash("pm01");

        assertTrue(cluster.runningOn("fence-dev").contains("pm02"), "the device starts on the survivor at once: fencing needs it");
        assertEquals(List.of("pm01"), cluster.pendingFences());
        assertFalse(cluster.logLines().contains("pm02 info: fail-over succeeded."), cluster.logLines().toString());

        cluster.finishFencing(true);
        List<String> lines = cluster.logLines();
        assertEquals("pm02 info: fail-over succeeded.", lines.getLast(), lines.toString());
        assertTrue(lines.indexOf("pm02 info: Succeeded to STONITH (reboot) pm01 by pm02.") < lines.size() - 1,
                lines.toString());
    }

    @Test
    void fenceDeviceTried_isLoggedWithTheDeviceAndWhereItRan() {
        var cluster = groupOnPm01WithDcPm02();
        cluster.controller().step(new ControllerEvent.FenceDeviceTried("pm01", "reboot", "prmStonith1-1", "pm02", false,
                cluster.now()));
        cluster.run();
        assertEquals(List.of("pm02 warning: Failed to execute STONITH device prmStonith1-1 for pm01."),
                cluster.logLines());
    }
}
