package org.paceline.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.paceline.cib.CibVersion;

/** An idle cluster: recurring monitors whose result does not change record nothing, as Pacemaker records only changes. */
class IdleMonitorsSimTest {
    private static final String IDLE = """
            property stonith-enabled=false
            primitive r1 ocf:heartbeat:Dummy op monitor interval=10s timeout=20s
            primitive r2 ocf:heartbeat:Dummy op monitor interval=10s timeout=20s
            """;

    @Test
    void unchangedMonitorResults_leaveTheCibVersionAlone_onEveryNode() {
        var cluster = SimClusters.configured(21, IDLE, "pm01", "pm02");
        cluster.runFor(Duration.ofSeconds(15));
        CibVersion settled = cluster.core("pm01").cib().version();
        long monitorsBefore = monitors(cluster);
        cluster.runFor(Duration.ofSeconds(60));
        // Two resources monitored every 10 s for a minute: about twelve runs, none of them recorded.
        assertTrue(monitors(cluster) - monitorsBefore >= 10, SimClusters.story(cluster));
        for (String node : new String[] {"pm01", "pm02"}) {
            assertEquals(settled, cluster.core(node).cib().version(), node + "\n" + SimClusters.story(cluster));
        }
    }

    @Test
    void aMonitorResultThatChanges_isRecorded() {
        var cluster = SimClusters.configured(22, IDLE, "pm01", "pm02");
        cluster.runFor(Duration.ofSeconds(15));
        CibVersion settled = cluster.core("pm01").cib().version();
        String host = cluster.agents().hostsOf("r1").iterator().next();
        cluster.agents().lose(host, "r1");
        cluster.runFor(Duration.ofSeconds(15));
        assertNotEquals(settled, cluster.core("pm01").cib().version(), SimClusters.story(cluster));
    }

    private static long monitors(SimCluster cluster) {
        return cluster.agents().calls().stream().filter(call -> call.endsWith("monitor every 10000 ms")).count();
    }
}
