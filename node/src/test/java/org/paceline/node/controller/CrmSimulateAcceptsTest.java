package org.paceline.node.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.cib.Cib;
import org.paceline.cib.xml.CibXmlWriter;

/**
 * What the controller records is read by Pacemaker's own crm_simulate (Debian's
 * pacemaker-cli-utils) as a live cluster's dump: it accepts it, sees what runs where and
 * the fail counts, and plans nothing more once everything succeeded.
 */
class CrmSimulateAcceptsTest {
    private static final Path CRM_SIMULATE = Path.of("/usr/sbin/crm_simulate");

    @TempDir
    Path directory;

    @Test
    void recordedStartUp_crmSimulateSeesTheGroupRunning_andPlansNothing() throws Exception {
        assumeTrue(Files.isExecutable(CRM_SIMULATE), "Pacemaker's crm_simulate is not installed here");
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        String output = simulate(cluster.cib());
        assertTrue(output.contains("vip\t(ocf:heartbeat:Dummy):\t Started pm01"), output);
        assertTrue(output.contains("app\t(ocf:heartbeat:Dummy):\t Started pm01"), output);
        assertEquals(List.of(), transitionSummary(output), output);
    }

    @Test
    void recordedFailover_crmSimulateSeesTheFailCount_andPlansNothing() throws Exception {
        assumeTrue(Files.isExecutable(CRM_SIMULATE), "Pacemaker's crm_simulate is not installed here");
        var cluster = ClusterDriver.started(TestCibs.dummyGroup("",
                "<nvpair id=\"rd-mt\" name=\"migration-threshold\" value=\"1\"/>"), "pm01", "pm01", "pm02");
        cluster.kill("vip", "pm01");
        cluster.elapse(Duration.ofSeconds(10));
        String output = simulate(cluster.cib());
        assertTrue(output.contains("vip\t(ocf:heartbeat:Dummy):\t Started pm02"), output);
        assertEquals(List.of(), transitionSummary(output), output);
    }

    @Test
    void recordedStartUp_crmSimulateExecutesAWhatIfTransitionOnIt() throws Exception {
        // Executing writes new records into the dump: Pacemaker 2.1.5 refuses a feature set newer than its own.
        assumeTrue(Files.isExecutable(CRM_SIMULATE), "Pacemaker's crm_simulate is not installed here");
        var cluster = ClusterDriver.started(TestCibs.dummyGroup(), "pm01", "pm01", "pm02");
        String output = simulate(cluster.cib(), "--node-fail", "pm01");
        assertTrue(output.lines().anyMatch(line -> line.matches("\\s*\\* Move\\s+vip\\s+\\( pm01 -> pm02 \\)")), output);
        assertTrue(output.contains("vip\t(ocf:heartbeat:Dummy):\t Started pm02"), output);
    }

    private String simulate(Cib cib, String... whatIf) throws IOException, InterruptedException {
        Path file = directory.resolve("recorded.xml");
        Files.writeString(file, CibXmlWriter.write(cib));
        var command = new java.util.ArrayList<>(List.of(CRM_SIMULATE.toString(), "-S", "-x", file.toString()));
        command.addAll(List.of(whatIf));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "crm_simulate did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    /** The action lines under "Transition Summary:", up to the next section. */
    private static List<String> transitionSummary(String output) {
        List<String> lines = output.lines().toList();
        int start = lines.indexOf("Transition Summary:");
        assertTrue(start >= 0, output);
        return lines.subList(start + 1, lines.size()).stream().takeWhile(line -> !line.isBlank() && line.startsWith(" "))
                .toList();
    }
}
