package org.paceline.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.paceline.lab.scenario.fencing.Demonstration;

/**
 * Runs one fencing demonstration as {@code paceline demo fencing} would, in a temporary
 * folder removed afterwards, and gives its story; skipped (never passed) when it needs
 * root or namespaces this machine cannot give.
 */
final class DemonstrationRun {
    private DemonstrationRun() {}

    /** The story told; fails the test, with the whole story, unless the demonstration passed. */
    static String passes(Demonstration demonstration, int basePort) throws Exception {
        if (demonstration.needsRoot()) {
            var why = LabNetwork.unavailable();
            assumeTrue(why.isEmpty(), () -> demonstration.title() + " is not run: " + why.orElse(""));
        }
        var output = new ByteArrayOutputStream();
        Path folder = Files.createTempDirectory("paceline-fencing-demo-");
        Demonstration.Outcome outcome;
        try {
            outcome = demonstration.run(folder.resolve("cluster"), basePort,
                    new PrintStream(output, true, StandardCharsets.UTF_8));
        } finally {
            LabCluster.remove(folder);
        }
        String story = output.toString(StandardCharsets.UTF_8);
        // Kept by surefire beside the report: what the operator would have watched, pass or fail.
        System.out.println(story);
        assertTrue(outcome.passed(), outcome.summary() + "\n" + story);
        return story;
    }
}
