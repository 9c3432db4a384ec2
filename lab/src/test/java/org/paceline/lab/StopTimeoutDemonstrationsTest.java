package org.paceline.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.paceline.lab.scenario.fencing.Demonstration;
import org.paceline.lab.scenario.fencing.StopTimeoutBlocked;
import org.paceline.lab.scenario.fencing.StopTimeoutFenced;

/**
 * Seed 000's stop-timeout demonstrations on two daemon processes on loopback, run through
 * the same classes as {@code paceline demo fencing}: each must pass, the observer outside
 * the daemons included, and the story it told is the failure message when it does not.
 */
class StopTimeoutDemonstrationsTest {
    @Test
    void stopTimeout_withoutFencing_onFailBlock_leavesPgBlocked_untilTheOperatorCleansItUp() throws Exception {
        String story = passes(new StopTimeoutBlocked(), 19000);
        assertTrue(story.contains("FAILED, blocked"), story);
        assertTrue(story.contains("Resource prmPg failed to stop. (Timed Out)"), story);
        assertTrue(story.contains("saw nothing of grpPg active on both nodes"), story);
    }

    @Test
    void stopTimeout_withFencing_onFailFence_fencesPm1_andTheGroupRunsOnPm2() throws Exception {
        String story = passes(new StopTimeoutFenced(), 19100);
        assertTrue(story.contains("Node pm1: UNCLEAN (online)"), story);
        assertTrue(story.contains("Try to STONITH (reboot) pm1."), story);
        assertTrue(story.contains("Succeeded to STONITH (reboot) pm1 by pm2."), story);
        assertTrue(story.contains("OFFLINE: [ pm1 ]"), story);
        assertTrue(story.contains("saw nothing of grpPg active on both nodes"), story);
    }

    /** Runs the demonstration in a temporary folder and returns its story, failing with it unless it passed. */
    private static String passes(Demonstration demonstration, int basePort) throws Exception {
        var output = new ByteArrayOutputStream();
        Path folder = Files.createTempDirectory("paceline-fencing-test-");
        Demonstration.Outcome outcome;
        try {
            outcome = demonstration.run(folder.resolve("cluster"), basePort,
                    new PrintStream(output, true, StandardCharsets.UTF_8));
        } finally {
            LabCluster.remove(folder);
        }
        String story = output.toString(StandardCharsets.UTF_8);
        assertTrue(outcome.passed(), outcome.summary() + "\n" + story);
        return story;
    }
}
