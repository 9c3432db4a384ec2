package org.paceline.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.cib.crm.CrmReader;
import org.paceline.node.store.CibUpdate;

class ConfigurationChangeSimTest {
    private static final String BEFORE = """
            property stonith-enabled=true
            primitive fence-dev stonith:fence_paceline_test params pcmk_host_list="pm01 pm02" op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy op monitor interval=10s timeout=20s op start interval=0 timeout=20s
            location vip-prefers-pm01 vip 100: pm01
            """;

    @Test
    void changeWhileAStartRuns_isPlannedOnceTheStartEnds_andBothTakeEffect() {
        var cluster = SimClusters.configured(41, BEFORE, "pm01", "pm02");
        cluster.agents().lose("pm01", "vip");
        // The restart's start hangs until its 20 s timeout; meanwhile an operator adds a resource.
        cluster.agents().inject("pm01", "vip", "start", new SimAgents.Fault.Hangs());
        cluster.runFor(Duration.ofSeconds(12));
        var added = CrmReader.read("after.crm", BEFORE + """
                primitive app ocf:heartbeat:Dummy op monitor interval=10s timeout=20s
                """).orThrow().cib().configuration();
        String request = cluster.update("pm02", new CibUpdate.ReplaceConfiguration(added));
        cluster.runFor(Duration.ofSeconds(5));
        assertTrue(cluster.answer(request).isPresent(), "the change was not acknowledged while the start ran");
        assertEquals(Set.of(), cluster.agents().hostsOf("app"),
                "nothing new may start before the running transition ends: " + SimClusters.story(cluster));
        cluster.runFor(Duration.ofSeconds(60));
        assertEquals(1, cluster.agents().hostsOf("app").size(), SimClusters.story(cluster));
        assertEquals(1, cluster.agents().hostsOf("vip").size(), SimClusters.story(cluster));
        assertTrue(cluster.history().contains("pm01 error: Resource vip failed to start. (Timed Out)"),
                SimClusters.story(cluster));
    }
}
