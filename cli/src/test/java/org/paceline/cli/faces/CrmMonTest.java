package org.paceline.cli.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.paceline.cli.harness.AgainstHarnessDaemon;

/** crm_mon's text and XML, and every face's answer when no daemon runs. */
class CrmMonTest extends AgainstHarnessDaemon {
    @Test
    void oneShot_rfA_showsNodesResourcesAttributesAndMigrationSummary() {
        var run = FaceRun.of(socket, "crm_mon", "-1", "-rfA");
        assertEquals(0, run.exitCode(), run.err());
        String text = run.out().replaceFirst("Last updated: [^\n]* on pm01", "Last updated: NOW on pm01");
        assertEquals("""
                Cluster Summary:
                  * Stack: corosync
                  * Current DC: pm01 (version 2.1.5-paceline) - partition with quorum
                  * Last updated: NOW on pm01
                  * 2 nodes configured
                  * 7 resource instances configured

                Node List:
                  * Online: [ pm01 pm02 ]

                Full List of Resources:
                  * Resource Group: master-group:
                    * vip-master\t(ocf:heartbeat:IPaddr2):\t Started pm01
                    * vip-rep\t(ocf:heartbeat:IPaddr2):\t Started pm01
                  * Clone Set: msPostgresql [pgsql] (promotable):
                    * Promoted: [ pm01 ]
                    * Unpromoted: [ pm02 ]
                  * Clone Set: clnPing [prmPing]:
                    * Started: [ pm01 pm02 ]
                  * fence-pm01\t(stonith:fence_dummy):\t Started pm02

                Node Attributes:
                  * Node: pm01:
                    * default_ping_set                \t: 100      \s
                    * master-pgsql                    \t: 1000     \s
                    * pgsql-status                    \t: PRI      \s
                  * Node: pm02:
                    * default_ping_set                \t: 100      \s
                    * master-pgsql                    \t: 100      \s
                    * pgsql-status                    \t: HS:sync  \s

                Migration Summary:
                  * Node: pm01:
                    * vip-rep: migration-threshold=0 fail-count=1 last-failure='Wed Dec  3 12:00:00 2025'

                Failed Resource Actions:
                  * vip-rep_monitor_10000 on pm01 'not running' (7): call=21, status='complete', exitreason='none', \
                last-rc-change='Wed Dec  3 12:00:00 2025', queued=0ms, exec=0ms
                """, text);
    }

    @Test
    void withoutR_stoppedResourcesAreLeftOut() throws IOException {
        FaceRun.of(socket, "crm_resource", "-B", "-r", "fence-pm01", "-N", "pm02", "-Q");
        // Banned but its history still says it runs there: what crm_mon shows is the status, not the plan.
        var active = FaceRun.of(socket, "crm_mon", "-1");
        assertTrue(active.out().contains("\nActive Resources:\n"), active.out());
        assertTrue(!active.out().contains("Node Attributes:") && !active.out().contains("Migration Summary:"));
        // The failure shows without -f; a cleanup forgets it.
        assertTrue(active.out().contains("\nFailed Resource Actions:\n  * vip-rep_monitor_10000 on pm01 'not running'"));
        FaceRun.of(socket, "crm_resource", "-C", "-r", "vip-rep");
        assertTrue(!FaceRun.of(socket, "crm_mon", "-1").out().contains("Failed Resource Actions"));
    }

    @Test
    void simple_isOneLineWithNagiosCode() {
        assertEquals(new FaceRun(0, "CLUSTER OK: 2 nodes online, 7 resource instances configured\n", ""),
                FaceRun.of(socket, "crm_mon", "-s"));
        FaceRun.of(socket, "stonith_admin", "-C", "pm02");
        assertEquals(new FaceRun(1, "CLUSTER WARN: offline node: pm02\n", ""), FaceRun.of(socket, "crm_mon", "-s"));
    }

    @Test
    void groupByNode_listsEachNodesResources() {
        var run = FaceRun.of(socket, "crm_mon", "-1", "-n");
        assertTrue(run.out().contains("""
                Node List:
                  * Node pm01: online:
                    * Resources:
                      * vip-master\t(ocf:heartbeat:IPaddr2):\t Started
                      * vip-rep\t(ocf:heartbeat:IPaddr2):\t Started
                      * pgsql\t(ocf:heartbeat:pgsql):\t Promoted
                      * prmPing\t(ocf:pacemaker:ping):\t Started
                  * Node pm02: online:
                """), run.out());
    }

    @Test
    void withoutOneShot_redrawsUntilInterrupted() throws Exception {
        var bytes = new java.io.ByteArrayOutputStream();
        var out = new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8);
        var code = new java.util.concurrent.atomic.AtomicInteger(-1);
        var env = Map.of("PACELINE_SOCKET", socket.toString());
        Thread view = Thread.ofVirtual().start(() -> code.set(Faces.run("crm_mon", new String[] {"-A", "-i", "100ms"},
                out, out, env)));
        // An attribute set after the first screen shows up on a later one: it redraws from a fresh answer.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (screens(bytes) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        FaceRun.of(socket, "crm_attribute", "-l", "reboot", "-N", "pm02", "-n", "seen-by-refresh", "-v", "1");
        while (!bytes.toString(StandardCharsets.UTF_8).contains("seen-by-refresh") && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        view.interrupt();
        view.join(5000);
        assertEquals(0, code.get());
        assertTrue(screens(bytes) >= 2, bytes.toString(StandardCharsets.UTF_8));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("seen-by-refresh"));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("\033[H\033[2JCluster Summary:\n"));
    }

    private static int screens(java.io.ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).split("\033\\[H\033\\[2J", -1).length - 1;
    }

    /** The very patterns ocf:heartbeat:pgsql runs over {@code crm_mon -1 --output-as=xml}, by grep itself. */
    @Test
    void xml_matchesPgsqlsGrepPatterns() throws Exception {
        var run = FaceRun.of(socket, "crm_mon", "-1", "--output-as=xml");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("<pacemaker-result api-version=\"2.25\" request=\"crm_mon -1 --output-as=xml\">\n"));
        assertEquals(0, grep(run.out(), "-q", "-i", "-E", "<resource id=\"pgsql\" .* role=\"(Promoted|Master)\""));
        assertEquals(0, grep(run.out(), "-q", "-i", "<node name=\"pm02\" .* online=\"true\""));
        assertEquals(0, grep(run.out(), "-q", "-i", "<node name=\"pm01\" .* online"));
        assertEquals(1, grep(run.out(), "-q", "-i", "<node name=\"pm03\" .* online"));
        FaceRun.of(socket, "stonith_admin", "--confirm", "pm02");
        var after = FaceRun.of(socket, "crm_mon", "-1", "--output-as=xml").out();
        assertEquals(1, grep(after, "-q", "-i", "<node name=\"pm02\" .* online=\"true\""));
        assertEquals(0, grep(after, "-q", "-i", "<node name=\"pm02\" .* online"));
    }

    @Test
    void noDaemon_everyFaceSaysSoInOneLine_andExitsNotConnected() {
        Path missing = dir.resolve("none.sock");
        var env = Map.of("PACELINE_SOCKET", missing.toString());
        for (String[] call : new String[][] {{"crm_mon", "-1"}, {"crm_attribute", "-n", "x", "-G"},
                {"crm_node", "-n"}, {"attrd_updater", "-n", "x", "-Q"}, {"crm_resource", "-W", "-r", "x"},
                {"cibadmin", "-Q"}, {"stonith_admin", "-L"}}) {
            var run = FaceRun.of(env, call[0], java.util.Arrays.copyOfRange(call, 1, call.length));
            assertEquals(new FaceRun(102, "", call[0] + ": Paceline is not running on this node (no socket at "
                    + missing + ")\n"), run);
        }
        // pacemakerd -$ needs no daemon: the shell functions ask it before anything runs.
        assertEquals(0, FaceRun.of(env, "pacemakerd", "-$").exitCode());
    }

    private static int grep(String input, String... args) throws Exception {
        var command = new java.util.ArrayList<String>();
        command.add("grep");
        command.addAll(java.util.List.of(args));
        var process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        return process.waitFor();
    }
}
