package org.paceline.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ResourceFailureSimTest {
    private static final String PAIR = """
            property stonith-enabled=true
            primitive fence-dev stonith:fence_paceline_test params pcmk_host_list="pm01 pm02" op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy op monitor interval=10s timeout=20s %s
            location vip-prefers-pm01 vip 100: pm01
            """;

    @Test
    void lostResource_isRestartedInPlace_withItsFailCount() {
        var cluster = SimClusters.configured(11, PAIR.formatted(""), "pm01", "pm02");
        assertEquals(Set.of("pm01"), cluster.agents().hostsOf("vip"));
        cluster.agents().lose("pm01", "vip");
        cluster.runFor(Duration.ofSeconds(15));
        assertEquals(Set.of("pm01"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
        var history = cluster.history();
        int failed = SimClusters.indexOf(history, "pm01 error: Resource vip does not work. (rc=7) not running", 0);
        int restarted = SimClusters.indexOf(history, "pm01 info: Resource vip started. (rc=0) ok", failed);
        assertTrue(failed >= 0 && restarted > failed, SimClusters.story(cluster));
        String failCount = cluster.core("pm01").cib().status().node("pm01").orElseThrow().transientSets().stream()
                .flatMap(set -> set.pairs().stream()).filter(pair -> pair.name().startsWith("fail-count-vip"))
                .map(pair -> pair.value()).findFirst().orElse(null);
        assertEquals("1", failCount, SimClusters.story(cluster));
    }

    @Test
    void failureAtMigrationThreshold_movesTheResource_andNothingRunsTwice() {
        var cluster = SimClusters.configured(12, PAIR.formatted("meta migration-threshold=1"), "pm01", "pm02");
        cluster.agents().lose("pm01", "vip");
        cluster.runFor(Duration.ofSeconds(15));
        assertEquals(Set.of("pm02"), cluster.agents().hostsOf("vip"), SimClusters.story(cluster));
        assertTrue(cluster.history().contains("pm01 info: fail-over succeeded."), SimClusters.story(cluster));
    }
}
