package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Time-driven re-planning: cluster-recheck-interval, which is also when an expired
 * failure-timeout is noticed (Pacemaker puts no recheck-by in the graph for it either).
 */
class RecheckTest {

    @Test
    void failureTimeoutExpires_theRecheckReplans_andTheGroupReturnsToItsPreferredNode() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(
                "<nvpair id=\"opt-cri\" name=\"cluster-recheck-interval\" value=\"30s\"/>",
                "<nvpair id=\"rd-mt\" name=\"migration-threshold\" value=\"1\"/>"
                        + "<nvpair id=\"rd-ft\" name=\"failure-timeout\" value=\"60s\"/>"), "pm01", "pm01", "pm02");
        cluster.kill("vip", "pm01");
        cluster.elapse(Duration.ofSeconds(10));
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"));
        assertTrue(cluster.controllerTimers().contains("recheck"), cluster.controllerTimers().toString());

        cluster.elapse(Duration.ofSeconds(45));
        assertEquals(Set.of("pm02"), cluster.runningOn("vip"), "the failure still counts");
        cluster.elapse(Duration.ofSeconds(30));
        // No stickiness: once pm01's failure has expired, the location preference wins again.
        assertEquals(Set.of("pm01"), cluster.runningOn("vip"));
        assertEquals(Set.of("pm01"), cluster.runningOn("app"));
    }

    @Test
    void clusterRecheckInterval_isTheRecheckTimer() {
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(
                "<nvpair id=\"opt-cri\" name=\"cluster-recheck-interval\" value=\"2min\"/>", ""), "pm01", "pm01", "pm02");
        var timer = cluster.effects().stream().filter(e -> e instanceof ControllerEffect.SetTimer t
                && t.timerId().equals("recheck")).map(ControllerEffect.SetTimer.class::cast).toList().getLast();
        assertEquals(Duration.ofMinutes(2), timer.delay());
        cluster.clearHistory();
        cluster.elapse(Duration.ofMinutes(2));
        // It fired and planned again: nothing to do, and the next recheck is set.
        assertTrue(cluster.history().isEmpty(), cluster.history().toString());
        assertTrue(cluster.effects().stream().anyMatch(e -> e instanceof ControllerEffect.SetTimer t
                && t.timerId().equals("recheck")), cluster.effects().toString());
    }
}
