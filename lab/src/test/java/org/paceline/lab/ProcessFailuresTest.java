package org.paceline.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures of whole nodes on a two-node cluster of separate processes on loopback, with
 * Debian's Dummy agent and the test fence device, judged by an observer outside the daemons.
 */
class ProcessFailuresTest {
    private static final String CONFIGURATION = """
            property stonith-enabled=true
            primitive fence-dev stonith:fence_paceline_test \\
                params %s op monitor interval=60s
            primitive vip ocf:heartbeat:Dummy op monitor interval=2s timeout=20s
            location vip-prefers-pm01 vip 100: pm01
            """;

    private Path folder;
    private LabCluster cluster;
    private Observer observer;

    @BeforeEach
    void start() throws Exception {
        folder = Files.createTempDirectory("paceline-process-test-");
        cluster = LabCluster.create(folder.resolve("cluster"), "t", List.of("pm01", "pm02"), 17800, true);
        observer = new Observer(cluster, Set.of("vip"), Map.of(), Duration.ofMillis(50));
        cluster.startAll();
        var operator = new LabOperator(cluster.config("pm02").socket());
        assertTrue(LabCluster.await(Duration.ofSeconds(60), () -> operator.status().contains("Online: [ pm01 pm02 ]")),
                operator.status());
        String problem = operator.load("t.crm", CONFIGURATION.formatted(cluster.testFenceParameters()));
        assertEquals(null, problem);
        assertTrue(LabCluster.await(Duration.ofSeconds(60), () -> observer.hostsOf("vip").equals(Set.of("pm01"))),
                operator.status());
    }

    @AfterEach
    void stop() throws Exception {
        observer.close();
        cluster.close();
        LabCluster.remove(folder);
        assertEquals(List.of(), observer.violations(), "the observer saw vip active on two nodes");
    }

    @Test
    void hungNode_isLostWithinTheHangTimeout_fenced_andItsResourceRunsOnTheOther() throws Exception {
        Instant hung = Instant.now();
        cluster.signal("pm01", "STOP");
        var operator = new LabOperator(cluster.config("pm02").socket());
        assertTrue(LabCluster.await(Duration.ofSeconds(30), () -> cluster.isPoweredOff("pm01")
                && observer.hostsOf("vip").equals(Set.of("pm02"))), operator.status());
        List<String> log = cluster.operationalLog("pm02");
        assertTrue(log.stream().anyMatch(line -> line.endsWith("Node pm01 is lost")), String.join("\n", log));
        assertTrue(log.stream().anyMatch(line -> line.endsWith("Succeeded to STONITH (reboot) pm01 by pm02.")),
                String.join("\n", log));
        Duration detection = Duration.between(hung, lostAt(cluster, "pm02", "pm01"));
        // The configured hang timeout is 3 s; membership's own suspicion check adds about half a second.
        assertTrue(detection.toMillis() < 5_000, "pm01 was seen lost only after " + detection.toMillis() + " ms");
    }

    @Test
    void daemonKilled_isFenced_restarts_andRejoinsWithoutMovingAnything() throws Exception {
        cluster.killDaemon("pm02");
        var operator = new LabOperator(cluster.config("pm01").socket());
        assertTrue(LabCluster.await(Duration.ofSeconds(30), () -> cluster.isPoweredOff("pm02")), operator.status());
        cluster.start("pm02");
        assertTrue(LabCluster.await(Duration.ofSeconds(60), () -> operator.status().contains("Online: [ pm01 pm02 ]")),
                operator.status());
        var rejoined = new LabOperator(cluster.config("pm02").socket());
        assertTrue(LabCluster.await(Duration.ofSeconds(30), () -> rejoined.status().contains("vip\t(ocf:heartbeat:Dummy):\t Started pm01")),
                rejoined.status());
        assertEquals(Set.of("pm01"), observer.hostsOf("vip"));
    }

    @Test
    void liveCib_replaysWithNothingToDo_inPacelineAndInPacemakersCrmSimulate() throws Exception {
        var operator = new LabOperator(cluster.config("pm01").socket());
        // The agent's state file comes first; the start's record follows once on both disks.
        assertTrue(LabCluster.await(Duration.ofSeconds(30),
                () -> operator.status().contains("vip\t(ocf:heartbeat:Dummy):\t Started pm01")), operator.status());
        // Settled: the recurring monitor's first result is recorded too, so the cluster plans nothing at all.
        String[] xml = new String[1];
        assertTrue(LabCluster.await(Duration.ofSeconds(30), () -> {
            xml[0] = liveCib(cluster.config("pm01").socket());
            var cib = org.paceline.cib.xml.CibXmlReader.read("live", xml[0]).orThrow().cib();
            return org.paceline.scheduler.Scheduler.schedule(cib, Instant.now()).graph().isEmpty();
        }), xml[0]);
        Path crmSimulate = Path.of("/usr/sbin/crm_simulate");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(crmSimulate),
                "Debian's pacemaker-cli-utils is not installed: Pacemaker's crm_simulate is not compared");
        Path dump = folder.resolve("live.xml");
        Files.writeString(dump, xml[0]);
        Process run = new ProcessBuilder(crmSimulate.toString(), "-S", "-x", dump.toString()).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes());
        assertEquals(0, run.waitFor(), output);
        assertTrue(!output.contains("Schema validation of configuration is disabled"), output);
        String summary = output.substring(output.indexOf("Transition Summary:"), output.indexOf("Executing Cluster Transition:"));
        assertEquals("Transition Summary:", summary.strip(), output);
    }

    private static String liveCib(Path socket) {
        try (var client = org.paceline.node.ipc.IpcClient.connect(socket)) {
            return ((org.paceline.node.ipc.IpcReply.CibXml) client.call(new org.paceline.node.ipc.IpcRequest.QueryCib(null)))
                    .xml();
        } catch (org.paceline.node.ipc.DaemonUnreachable e) {
            return "";
        }
    }

    /** When the full log of {@code on} says {@code lost} left its view. */
    private static Instant lostAt(LabCluster cluster, String on, String lost) throws Exception {
        Path log = cluster.config(on).logFile();
        for (String line : Files.readAllLines(log)) {
            if (line.contains("paceline-logconv: warning: Node " + lost + " is lost")) {
                // "Dec 3 14:12:46.123 pm02 ...": this year, this zone.
                String stamp = line.substring(0, line.indexOf(' ' + on + ' '));
                var parsed = java.time.LocalDateTime.parse(java.time.Year.now() + " " + stamp,
                        java.time.format.DateTimeFormatter.ofPattern("yyyy MMM d HH:mm:ss.SSS", java.util.Locale.ROOT));
                return parsed.atZone(java.time.ZoneId.systemDefault()).toInstant();
            }
        }
        throw new AssertionError("no loss of " + lost + " in " + log);
    }
}
