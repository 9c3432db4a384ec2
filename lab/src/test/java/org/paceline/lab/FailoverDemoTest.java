package org.paceline.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.paceline.lab.scenario.FailoverDemo;

/**
 * The README's demo, as separate processes on loopback with Debian's Dummy, ping and
 * Stateful agents: the node running the group loses its power, is fenced, and the group
 * runs again elsewhere, with nothing ever active twice as the observer sees it.
 */
class FailoverDemoTest {
    @Test
    void nodeRunningTheGroupLosesPower_isFenced_andTheGroupRunsElsewhere() throws Exception {
        var output = new ByteArrayOutputStream();
        Path folder = Files.createTempDirectory("paceline-demo-test-");
        boolean passed;
        try {
            passed = new FailoverDemo(new PrintStream(output, true, StandardCharsets.UTF_8))
                    .run(folder.resolve("cluster"), 17700);
        } finally {
            LabCluster.remove(folder);
        }
        String text = output.toString(StandardCharsets.UTF_8);
        assertTrue(passed, text);
        assertTrue(text.contains("UNCLEAN (offline)"), text);
        assertTrue(text.contains("Succeeded to STONITH (reboot) pm01 by"), text);
        assertTrue(text.contains("fail-over succeeded."), text);
        assertTrue(text.contains("saw nothing run twice"), text);
    }
}
