package org.paceline.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NodeFailureSimTest {
    private static final String PAIR = """
            property stonith-enabled=true
            primitive fence-pm01 stonith:fence_paceline_test params pcmk_host_list=pm01 pcmk_delay_base=%s \\
                op monitor interval=60s
            primitive fence-pm02 stonith:fence_paceline_test params pcmk_host_list=pm02 op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy op monitor interval=10s timeout=20s
            primitive stateful ocf:pacemaker:Stateful op monitor interval=10s role=Promoted timeout=20s \\
                op monitor interval=11s role=Unpromoted timeout=20s
            clone stateful-clone stateful meta promotable=true
            location vip-prefers-pm01 vip 100: pm01
            colocation vip-with-promoted inf: vip stateful-clone:Promoted
            """;

    @Test
    void crashedNode_isFencedBeforeItsResourceRunsOnTheSurvivor() {
        var cluster = SimClusters.configured(21, PAIR.formatted("0s"), "pm01", "pm02");
        assertEquals(Set.of("pm01"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
        cluster.crash("pm01");
        cluster.runFor(Duration.ofSeconds(20));
        assertEquals(Set.of("pm02"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
        assertEquals(Set.of("pm02"), cluster.agents().promotedOn("stateful"), SimClusters.story(cluster));
        var history = cluster.history();
        int crashed = SimClusters.indexOf(history, "pm01: (crashed)", 0);
        int fenced = SimClusters.indexOf(history, "pm02 info: Succeeded to STONITH (reboot) pm01 by pm02.", crashed);
        int started = SimClusters.indexOf(history, "pm02 info: Resource vip started. (rc=0) ok", crashed);
        assertTrue(crashed >= 0 && fenced > crashed && started > fenced, SimClusters.story(cluster));
    }

    @Test
    void splitBrain_leavesExactlyOneSurvivor_theOneRunningTheService() {
        // The active node's fencing waits: the standby side fences second, and by then it is gone.
        var cluster = SimClusters.configured(22, PAIR.formatted("5s"), "pm01", "pm02");
        cluster.partition(List.of(Set.of("pm01"), Set.of("pm02")));
        cluster.runFor(Duration.ofSeconds(30));
        assertTrue(cluster.isRunning("pm01"), SimClusters.story(cluster));
        assertTrue(!cluster.isRunning("pm02"), SimClusters.story(cluster));
        assertEquals(Set.of("pm01"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
    }

    @Test
    void splitBrainWithPriorityFencingDelay_theNodeRunningTheServiceSurvives() {
        var cluster = SimClusters.configured(25, """
                property stonith-enabled=true priority-fencing-delay=5s
                primitive fence-dev stonith:fence_paceline_test params pcmk_host_list="pm01 pm02" op monitor interval=60s
                primitive vip ocf:heartbeat:Dummy op monitor interval=10s timeout=20s meta priority=10
                location vip-prefers-pm02 vip 100: pm02
                """, "pm01", "pm02");
        assertEquals(Set.of("pm02"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
        cluster.partition(List.of(Set.of("pm01"), Set.of("pm02")));
        cluster.runFor(Duration.ofSeconds(30));
        assertTrue(cluster.isRunning("pm02") && !cluster.isRunning("pm01"), SimClusters.story(cluster));
        assertEquals(Set.of("pm02"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
    }

    @Test
    void daemonKilledAndRestarted_rejoinsWithTheClustersCib_andNothingMoves() {
        var cluster = SimClusters.configured(23, PAIR.formatted("0s"), "pm01", "pm02");
        cluster.killDaemon("pm02");
        cluster.runFor(Duration.ofSeconds(10));
        // Its daemon gone, the DC cannot know what pm02 still runs: pm02 is fenced.
        assertTrue(cluster.history().contains("pm01 info: Succeeded to STONITH (reboot) pm02 by pm01."),
                SimClusters.story(cluster));
        cluster.restart("pm02");
        cluster.runFor(Duration.ofSeconds(20));
        assertEquals(cluster.core("pm01").cib().version(), cluster.core("pm02").cib().version(),
                SimClusters.story(cluster));
        assertEquals(Set.of("pm01"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
        assertEquals(Set.of("pm01", "pm02"), cluster.agents().hostsOf("stateful"), SimClusters.story(cluster));
    }

    @Test
    void sameSeed_replaysTheSameRun() {
        var first = SimClusters.configured(24, PAIR.formatted("0s"), "pm01", "pm02");
        var second = SimClusters.configured(24, PAIR.formatted("0s"), "pm01", "pm02");
        first.crash("pm01");
        second.crash("pm01");
        first.runFor(Duration.ofSeconds(20));
        second.runFor(Duration.ofSeconds(20));
        assertEquals(first.history(), second.history());
        assertEquals(first.fullLog(), second.fullLog());
    }
}
