package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.scheduler.Scheduler;

class ResourceFailureTest {

    @Test
    void monitorFails_failCountRecorded_andRestartedInPlace() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        cluster.clearHistory();
        cluster.kill("vip", "pm01");
        cluster.elapse(Duration.ofSeconds(10));

        assertEquals("1", Records.attribute(cluster.cib(), "pm01", "fail-count-vip#monitor_10000").orElse(null));
        assertTrue(Records.attribute(cluster.cib(), "pm01", "last-failure-vip#monitor_10000").isPresent());
        var failure = Records.operation(cluster.cib(), "pm01", "vip", "vip_last_failure_0").orElseThrow();
        assertEquals("7", failure.rcCode());
        assertEquals("monitor", failure.operation());
        // The group restarts in place, its members in order: app stops first, vip starts first.
        assertEquals(List.of("stop app on pm01", "stop vip on pm01", "start vip on pm01", "start app on pm01"),
                cluster.history());
        assertEquals(Set.of("pm01"), cluster.runningOn("vip"));
        assertEquals(List.of(
                "pm01 error: Resource vip does not work. (rc=7) not running",
                "pm01 info: Resource app tries to stop.",
                "pm01 info: Resource app stopped. (rc=0) ok",
                "pm01 info: Resource vip tries to stop.",
                "pm01 info: Resource vip stopped. (rc=0) ok",
                "pm01 info: Resource vip tries to start.",
                "pm01 info: Resource vip started. (rc=0) ok",
                "pm01 info: Resource app tries to start.",
                "pm01 info: Resource app started. (rc=0) ok"), cluster.logLines());
    }

    @Test
    void monitorFails_atMigrationThreshold_groupMovesToOtherNode_asAFailover() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup("",
                "<nvpair id=\"rd-mt\" name=\"migration-threshold\" value=\"1\"/>"), "pm01", "pm01", "pm02");
        cluster.clearHistory();
        cluster.kill("vip", "pm01");
        cluster.elapse(Duration.ofSeconds(10));

        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertEquals(Set.of("pm02"), cluster.runningOn("app"));
        assertEquals(List.of("stop app on pm01", "stop vip on pm01", "start vip on pm02", "start app on pm02"),
                cluster.history());
        assertEquals(List.of(
                "pm01 error: Resource vip does not work. (rc=7) not running",
                "pm01 error: Start to fail-over.",
                "pm01 info: Resource app tries to stop.",
                "pm01 info: Resource app stopped. (rc=0) ok",
                "pm01 info: Resource vip tries to stop.",
                "pm01 info: Resource vip stopped. (rc=0) ok",
                "pm02 info: Resource vip tries to start.",
                "pm02 info: Resource vip started. (rc=0) ok",
                "pm02 info: Resource app tries to start.",
                "pm02 info: Resource app started. (rc=0) ok",
                "pm01 info: Resource vip : Started on pm02",
                "pm01 info: Resource app : Started on pm02",
                "pm01 info: fail-over succeeded."), cluster.logLines());
        var succeeded = (OperationalEvent.FailoverSucceeded) cluster.log().getLast();
        assertEquals(OperationalEvent.FailoverCause.Kind.RESOURCE_FAILURE, succeeded.cause().kind());
        assertEquals("vip", succeeded.cause().subject());
        assertEquals(4, succeeded.steps().size(), succeeded.steps().toString());
        assertEquals("start app on pm02", succeeded.steps().getLast().description());
        assertFalse(succeeded.took().isNegative());
        // Stable afterwards: the recorded state asks for nothing more.
        assertTrue(Scheduler.schedule(cluster.cib(), cluster.now()).graph().isEmpty());
    }

    @Test
    void monitorKeepsAnsweringTheSame_nothingIsRecordedAgain() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        cluster.clearHistory();
        cluster.elapse(Duration.ofSeconds(60));
        assertTrue(cluster.effects().stream().noneMatch(e -> e instanceof ControllerEffect.RecordResult),
                cluster.effects().toString());
        assertTrue(cluster.history().isEmpty(), cluster.history().toString());
    }

    @Test
    void startFails_recordedWithItsRc_andTheGroupStartsOnTheOtherNode() {
        var cluster = new ClusterDriver(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        cluster.failNext("vip", "start", "pm01", 1);
        cluster.begin();
        var failure = Records.operation(cluster.cib(), "pm01", "vip", "vip_last_failure_0").orElseThrow();
        assertEquals("1", failure.rcCode());
        assertEquals("0", failure.opStatus());
        assertEquals("start", failure.operation());
        // start-failure-is-fatal (the default): the count is INFINITY at once, which bans pm01.
        assertEquals("INFINITY", Records.attribute(cluster.cib(), "pm01", "fail-count-vip#start_0").orElse(null));
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertEquals(Set.of("pm02"), cluster.runningOn("app"));
        assertTrue(cluster.logLines().contains("pm01 error: Resource vip failed to start. (rc=1) error"),
                cluster.logLines().toString());
        assertTrue(Scheduler.schedule(cluster.cib(), cluster.now()).graph().isEmpty());
    }
}
