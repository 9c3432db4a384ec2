package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.scheduler.Scheduler;

class TimeoutTest {

    @Test
    void startTimesOutInExecutor_recordedAsTimedOut_andGroupRecoveredOnOtherNode() {
        var cluster = new ClusterDriver(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        cluster.timeOutNext("vip", "start", "pm01");
        cluster.begin();

        var failure = Records.operation(cluster.cib(), "pm01", "vip", "vip_last_failure_0").orElseThrow();
        assertEquals("2", failure.opStatus(), "Pacemaker's op-status for a timeout");
        assertEquals("1", failure.rcCode());
        assertEquals("20000", failure.execTime());
        assertTrue(cluster.logLines().contains("pm01 error: Resource vip failed to start. (Timed Out)"),
                cluster.logLines().toString());
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertTrue(Scheduler.schedule(cluster.cib(), cluster.now()).graph().isEmpty());
    }

    @Test
    void nodeNeverAnswers_afterTimeoutPlusClusterDelay_recordedTimedOut_thenItsStopTooAndItIsFenced() {
        var cluster = new ClusterDriver(TestCibs.dummyGroup(), "pm02", "pm01", "pm02");
        cluster.holdNext("vip", "start", "pm01");
        cluster.begin();
        assertTrue(cluster.controller().transitionInFlight());

        // 20 s operation timeout + 60 s cluster-delay: one second short, still waiting.
        cluster.elapse(Duration.ofSeconds(79));
        assertTrue(Records.operation(cluster.cib(), "pm01", "vip", "vip_last_failure_0").isEmpty());
        cluster.elapse(Duration.ofSeconds(1));

        var failure = Records.operation(cluster.cib(), "pm01", "vip", "vip_last_failure_0").orElseThrow();
        assertEquals("2", failure.opStatus());
        assertEquals("1", failure.rcCode());
        assertEquals("INFINITY", Records.attribute(cluster.cib(), "pm01", "fail-count-vip#start_0").orElse(null));
        assertTrue(cluster.logLines().contains("pm01 error: Resource vip failed to start. (Timed Out)"));
        // The failed start must be stopped before vip may start elsewhere; pm01 answers that neither.
        var asked = cluster.effects().stream().filter(e -> e instanceof ControllerEffect.RunOperation)
                .map(e -> ((ControllerEffect.RunOperation) e).request()).toList().getLast();
        assertEquals("vip_stop_0", asked.operationKey());
        assertEquals("pm01", asked.node());
        assertFalse(cluster.history().contains("start vip on pm02"));

        cluster.elapse(Duration.ofSeconds(80));
        // A stop that failed is settled only by fencing (on-fail=fence with fencing on).
        assertEquals(java.util.List.of("pm01"), cluster.pendingFences());
        assertFalse(cluster.history().contains("start vip on pm02"), "never started while pm01 may still run it");
        cluster.finishFencing(true);
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertEquals(Set.of("pm02"), cluster.runningOn("app"));
    }
}
