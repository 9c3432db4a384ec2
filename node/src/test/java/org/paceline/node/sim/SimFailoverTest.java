package org.paceline.node.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.crm.CrmReader;
import org.paceline.node.store.CibUpdate;

class SimFailoverTest {
    private static final String CONFIGURATION = """
            property stonith-enabled=true no-quorum-policy=ignore
            primitive fence-dev stonith:fence_paceline_test \\
                params pcmk_host_list="pm01 pm02" \\
                op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy \\
                op monitor interval=10s timeout=20s
            location vip-prefers-pm01 vip 100: pm01
            """;

    private static SimCluster started(long seed) {
        var cluster = SimCluster.start(seed, Cib.of(org.paceline.cib.Configuration.EMPTY), "pm01", "pm02");
        var configuration = CrmReader.read("test.crm", CONFIGURATION).orThrow().cib().configuration();
        String request = cluster.update("pm02", new CibUpdate.ReplaceConfiguration(configuration));
        cluster.runFor(Duration.ofSeconds(10));
        assertTrue(cluster.answer(request).isPresent(), "the configuration was not acknowledged");
        return cluster;
    }

    @Test
    void configuredResource_startsWhereItPrefers() {
        var cluster = started(1);
        assertEquals(Set.of("pm01"), cluster.agents().hostsOf("vip"), String.join("\n", cluster.history()));
    }

    @Test
    void hostRunningTheResourceCrashes_isFencedFirst_thenTheResourceRunsOnTheSurvivor() {
        var cluster = started(2);
        cluster.crash("pm01");
        cluster.runFor(Duration.ofSeconds(15));
        assertEquals(Set.of("pm02"), cluster.agents().hostsOf("vip"), String.join("\n", cluster.history()));
        List<String> history = cluster.history();
        int crashed = indexOf(history, "pm01: (crashed)", 0);
        int fenced = indexOf(history, "pm02 info: Succeeded to STONITH (reboot) pm01 by pm02.", crashed);
        int started = indexOf(history, "pm02 info: Resource vip started. (rc=0) ok", crashed);
        assertTrue(crashed >= 0 && fenced > crashed && started > fenced, String.join("\n", history));
        assertTrue(history.getLast().endsWith("fail-over succeeded."), String.join("\n", history));
    }

    private static int indexOf(List<String> lines, String line, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        return -1;
    }
}
