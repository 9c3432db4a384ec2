package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.scheduler.Scheduler;

/** The seeds' kind (2) failover on a promotable clone: demote and stop on one node, promote on the other. */
class PromotableFailoverTest {

    @Test
    void startUp_promotesOnThePreferredNode_thenStartsVipThere_andIsStable() {
        var cluster = ClusterDriver.started(TestCibs.promotable(""), "pm01", "pm01", "pm02");
        assertEquals(Set.of("pm01", "pm02"), cluster.runningOn("pgsql"));
        assertEquals(Set.of("pm01"), cluster.promotedOn("pgsql"));
        assertEquals(Set.of("pm01"), cluster.runningOn("vip-master"));
        var promoted = Records.operation(cluster.cib(), "pm01", "pgsql", "pgsql_monitor_9000").orElseThrow();
        assertEquals("8", promoted.rcCode(), "the promoted instance's monitor expects and records 8");
        // The promoted instance's history holds its promote, not its start: still running, nothing to redo.
        assertTrue(Scheduler.schedule(cluster.cib(), cluster.now()).graph().isEmpty());
    }

    @Test
    void vipMasterFails_atMigrationThreshold_demoteStopThenPromoteOnStandby_asTheSeedShows() {
        var cluster = ClusterDriver.started(TestCibs.promotable(
                "<nvpair id=\"rd-mt\" name=\"migration-threshold\" value=\"1\"/>"), "pm01", "pm01", "pm02");
        cluster.clearHistory();
        cluster.kill("vip-master", "pm01");
        cluster.elapse(Duration.ofSeconds(10));

        assertEquals(Set.of("pm02"), cluster.promotedOn("pgsql"));
        assertEquals(Set.of("pm02"), cluster.runningOn("vip-master"));
        assertEquals(List.of(
                "pm01 error: Resource vip-master does not work. (rc=7) not running",
                "pm01 error: Start to fail-over.",
                "pm01 info: Resource vip-master tries to stop.",
                "pm01 info: Resource vip-master stopped. (rc=0) ok",
                "pm01 info: Resource pgsql tries to demote.",
                "pm01 info: Resource pgsql demoted. (rc=0) ok",
                "pm02 info: Resource pgsql tries to promote.",
                "pm02 info: Resource pgsql promoted. (rc=0) ok",
                "pm02 info: Resource vip-master tries to start.",
                "pm02 info: Resource vip-master started. (rc=0) ok",
                "pm01 info: Resource vip-master : Started on pm02",
                "pm01 info: fail-over succeeded."), cluster.logLines());
        // Role changes swap the role monitors: each node's LRM repeats only its new role's.
        assertEquals(List.of(10_000L), cluster.node("pm01").recurringMonitors().stream()
                .filter(r -> r.resource().equals("pgsql")).map(OperationRequest::intervalMillis).toList());
        assertEquals(List.of(9_000L), cluster.node("pm02").recurringMonitors().stream()
                .filter(r -> r.resource().equals("pgsql")).map(OperationRequest::intervalMillis).toList());
        assertTrue(Scheduler.schedule(cluster.cib(), cluster.now()).graph().isEmpty());
    }
}
