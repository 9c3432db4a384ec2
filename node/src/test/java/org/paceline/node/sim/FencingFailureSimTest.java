package org.paceline.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.node.fencer.FenceAction;
import org.paceline.node.fencer.FenceHistoryEntry;
import org.paceline.node.status.CrmMonText;
import org.paceline.node.status.DaemonView;
import org.paceline.node.status.NodeEntry;
import org.paceline.node.status.StatusOptions;
import org.paceline.scheduler.Scheduler;

/**
 * A lost node whose fencing fails or hangs: its resources must not run anywhere else, the
 * node stays UNCLEAN with the failures recorded, and only a fencing that succeeds, or the
 * operator's confirmation that the node is down, lets the service move.
 */
class FencingFailureSimTest {
    private static final String PAIR = """
            property stonith-enabled=true fencing-max-attempts=3 cluster-recheck-interval=5min
            primitive fence-dev stonith:fence_paceline_test params pcmk_host_list="pm01 pm02" \\
                pcmk_reboot_timeout=4s op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy op monitor interval=10s timeout=20s
            location vip-prefers-pm01 vip 100: pm01
            """;

    @Test
    void fencingThatFails_neverLetsTheLostNodesServiceRunElsewhere() {
        var cluster = lostWithBrokenFencing(41, new SimAgents.Fault.Fails(1));

        assertSafeAndUnclean(cluster);
        assertTrue(cluster.history().contains("pm02 error: Failed to STONITH (reboot) pm01 by pm02."),
                SimClusters.story(cluster));
    }

    @Test
    void fencingThatHangs_isCutAtItsTimeout_andNeverLetsTheLostNodesServiceRunElsewhere() {
        var cluster = lostWithBrokenFencing(42, new SimAgents.Fault.Hangs());

        assertSafeAndUnclean(cluster);
        var failed = cluster.core("pm02").fencer().history().about("pm01").stream()
                .filter(entry -> entry.state() == FenceHistoryEntry.State.FAILED).toList();
        assertTrue(failed.stream().allMatch(entry -> entry.reason().contains("timed out")), failed.toString());
    }

    @Test
    void afterFailedFencing_theOperatorsConfirmation_letsTheServiceRunOnTheSurvivor() {
        var cluster = lostWithBrokenFencing(43, new SimAgents.Fault.Fails(1));
        // The operator powered pm01 off by hand, then tells the cluster so.
        cluster.powerOff("pm01");
        String request = cluster.fence("pm02", "pm01", FenceAction.OFF, true);
        cluster.runFor(Duration.ofSeconds(20));

        assertTrue(cluster.fenceAnswer(request).map(answer -> answer.succeeded()).orElse(false),
                SimClusters.story(cluster));
        assertEquals(Set.of("pm02"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
    }

    @Test
    void repairedDevice_fencesAtTheNextChange_thenTheServiceMoves() {
        var cluster = lostWithBrokenFencing(44, new SimAgents.Fault.Fails(1));
        cluster.repairFenceAgent(SimCluster.FENCE_AGENT);
        // Given up after fencing-max-attempts, the DC tries again on the next change, as on a recheck.
        cluster.update("pm02", new org.paceline.node.store.CibUpdate.SetAttribute(
                new org.paceline.node.store.AttributeOwner.NodeAttributes("pm02"), null, "repaired", "yes"));
        cluster.runFor(Duration.ofSeconds(30));

        assertTrue(cluster.history().contains("pm02 info: Succeeded to STONITH (reboot) pm01 by pm02."),
                SimClusters.story(cluster));
        assertEquals(Set.of("pm02"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
    }

    /** pm01's daemon dies while its host keeps running vip; every fencing of it misbehaves. */
    private static SimCluster lostWithBrokenFencing(long seed, SimAgents.Fault fault) {
        var cluster = SimClusters.configured(seed, PAIR, "pm01", "pm02");
        assertEquals(Set.of("pm01"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
        cluster.breakFenceAgent(SimCluster.FENCE_AGENT, fault);
        cluster.killDaemon("pm01");
        cluster.runFor(Duration.ofSeconds(60));
        return cluster;
    }

    private static void assertSafeAndUnclean(SimCluster cluster) {
        assertEquals(Set.of("pm01"), cluster.agents().hostsOf("vip"),
                "vip runs where it ran, and nowhere else\n" + SimClusters.story(cluster));
        var core = cluster.core("pm02");
        var decision = Scheduler.schedule(core.cib(), cluster.clock().instant());
        assertTrue(decision.fencing().toString().contains("pm01"),
                "pm01 is still to be fenced: " + decision.fencing() + "\n" + SimClusters.story(cluster));
        long failures = core.fencer().history().about("pm01").stream()
                .filter(entry -> entry.state() == FenceHistoryEntry.State.FAILED).count();
        assertEquals(3, failures, "fencing-max-attempts=3 failures, then no more\n" + SimClusters.story(cluster));
        assertTrue(cluster.history().stream().anyMatch(line -> line.contains("fencing-max-attempts reached")),
                SimClusters.story(cluster));
        String crmMon = crmMon(cluster, "pm02");
        assertTrue(crmMon.contains("Node pm01: UNCLEAN (offline)"), crmMon);
        assertTrue(crmMon.contains("Failed Fencing Actions:\n  * reboot of pm01 failed: delegate=pm02, origin=pm02"),
                crmMon);
    }

    /** What {@code crm_mon -1} on {@code node} shows: its CIB, its view and its fencing history. */
    private static String crmMon(SimCluster cluster, String node) {
        var core = cluster.core(node);
        var entries = List.of(new NodeEntry("1", "pm01", false), new NodeEntry("2", "pm02", true));
        var view = new DaemonView(node, "2", core.view().coordinator(), true, entries, core.view().members(), null,
                core.fencer().history().entries());
        return CrmMonText.render(core.cib(), view, cluster.clock().instant(), ZoneOffset.UTC,
                StatusOptions.of(0, "crm_mon -1")).text();
    }
}
