package org.paceline.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paceline.node.status.StatusOptions;

/**
 * A resource that fails on its node, on a two-node cluster of processes with Debian's Dummy,
 * ping and Stateful agents: restarted in place with its fail-count, then moved to the other
 * node at migration-threshold, with nothing ever active twice as the observer sees it.
 */
class ResourceFailuresProcessTest {
    private static final String CONFIGURATION = """
            property stonith-enabled=true
            rsc_defaults migration-threshold=2
            primitive fence-dev stonith:fence_paceline_test params %s op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy op monitor interval=1s timeout=20s
            primitive ping ocf:pacemaker:ping params host_list=127.0.0.1 multiplier=100 dampen=0 \\
                op monitor interval=10s timeout=30s
            clone ping-clone ping
            primitive stateful ocf:pacemaker:Stateful \\
                op monitor interval=5s role=Promoted timeout=20s \\
                op monitor interval=6s role=Unpromoted timeout=20s
            clone stateful-clone stateful meta promotable=true promoted-max=1
            location vip-prefers-pm01 vip 100: pm01
            """;
    private static final StatusOptions FAIL_COUNTS = new StatusOptions(true, true, false, false, false, false,
            "crm_mon -1 -r -f");

    private Path folder;
    private LabCluster cluster;
    private Observer observer;
    private LabOperator operator;

    @BeforeEach
    void start() throws Exception {
        folder = Files.createTempDirectory("paceline-resource-failure-test-");
        cluster = LabCluster.create(folder.resolve("cluster"), "t", List.of("pm01", "pm02"), 17900, true);
        observer = new Observer(cluster, Set.of("vip"), Map.of("stateful", 1), Duration.ofMillis(50));
        cluster.startAll();
        operator = new LabOperator(cluster.config("pm02").socket());
        assertTrue(LabCluster.await(Duration.ofSeconds(60), () -> operator.status().contains("Online: [ pm01 pm02 ]")),
                operator.status());
        assertEquals(null, operator.load("t.crm", CONFIGURATION.formatted(cluster.testFenceParameters())));
        assertTrue(LabCluster.await(Duration.ofSeconds(60), () -> observer.hostsOf("vip").equals(Set.of("pm01"))
                && operator.status().contains("Promoted: [ ")), operator.status());
    }

    @AfterEach
    void stop() throws Exception {
        observer.close();
        cluster.close();
        LabCluster.remove(folder);
        assertEquals(List.of(), observer.violations(), "the observer saw vip active, or stateful promoted, twice");
    }

    @Test
    void lostResource_isRestartedInPlace_thenMovedAtMigrationThreshold() throws Exception {
        lose("pm01");
        assertTrue(LabCluster.await(Duration.ofSeconds(30), () -> operator.status(FAIL_COUNTS)
                .contains("vip: migration-threshold=2 fail-count=1") && observer.hostsOf("vip").equals(Set.of("pm01"))),
                operator.status(FAIL_COUNTS));
        assertTrue(journal().stream().anyMatch(line -> line.endsWith("Resource vip does not work. (rc=7) not running")),
                String.join("\n", journal()));
        assertTrue(LabCluster.await(Duration.ofSeconds(30),
                () -> operator.status().contains("vip\t(ocf:heartbeat:Dummy):\t Started pm01")), operator.status());

        lose("pm01");
        assertTrue(LabCluster.await(Duration.ofSeconds(30), () -> observer.hostsOf("vip").equals(Set.of("pm02"))
                && operator.status().contains("vip\t(ocf:heartbeat:Dummy):\t Started pm02")),
                operator.status(FAIL_COUNTS));
        assertTrue(operator.status(FAIL_COUNTS).contains("vip: migration-threshold=2 fail-count=2"),
                operator.status(FAIL_COUNTS));
        assertTrue(!cluster.isPoweredOff("pm01") && !cluster.isPoweredOff("pm02"), "a resource failure fences nobody");
    }

    /** The agent's state goes, as when the service dies under it: the next monitor says 7. */
    private void lose(String node) throws Exception {
        Path state = cluster.config(node).agentTemporary().resolve("Dummy-vip.state");
        assertTrue(LabCluster.await(Duration.ofSeconds(10), () -> Files.exists(state)), "vip's state on " + node);
        Files.delete(state);
    }

    /** The operational log of both nodes: the DC, whichever it is, writes the journal. */
    private List<String> journal() throws Exception {
        var lines = new java.util.ArrayList<String>();
        for (String node : cluster.nodes()) {
            lines.addAll(cluster.operationalLog(node));
        }
        return lines;
    }
}
