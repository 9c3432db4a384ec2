package org.paceline.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.node.store.AttributeOwner;
import org.paceline.node.store.CibUpdate;

class StopFailureSimTest {
    private static final String PAIR = """
            property stonith-enabled=%s
            primitive fence-dev stonith:fence_paceline_test params pcmk_host_list="pm01 pm02" op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy op monitor interval=10s timeout=20s op stop interval=0 timeout=20s on-fail=%s
            location vip-prefers-pm01 vip 100: pm01
            """;

    private static void standby(SimCluster cluster, String node) {
        cluster.update("pm02", new CibUpdate.SetAttribute(new AttributeOwner.NodeAttributes(node), null, "standby", "on"));
    }

    @Test
    void stopFailureWithOnFailFence_fencesTheNode_thenTheResourceRunsElsewhere() {
        var cluster = SimClusters.configured(31, PAIR.formatted("true", "fence"), "pm01", "pm02");
        cluster.agents().inject("pm01", "vip", "stop", new SimAgents.Fault.Fails(1));
        standby(cluster, "pm01");
        cluster.runFor(Duration.ofSeconds(30));
        assertTrue(cluster.history().contains("pm02 info: Succeeded to STONITH (reboot) pm01 by pm02."),
                SimClusters.story(cluster));
        assertEquals(Set.of("pm02"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
    }

    @Test
    void stopFailureWithOnFailBlock_leavesTheResourceWhereItIs_andStartsItNowhereElse() {
        var cluster = SimClusters.configured(32, PAIR.formatted("false", "block"), "pm01", "pm02");
        cluster.agents().inject("pm01", "vip", "stop", new SimAgents.Fault.Fails(1));
        standby(cluster, "pm01");
        cluster.runFor(Duration.ofSeconds(30));
        assertEquals(Set.of("pm01"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
        assertTrue(cluster.history().contains("pm01 error: Resource vip failed to stop. (rc=1) error"),
                SimClusters.story(cluster));
    }
}
