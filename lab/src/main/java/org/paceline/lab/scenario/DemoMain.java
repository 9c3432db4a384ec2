package org.paceline.lab.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.paceline.lab.LabCluster;

/**
 * The lab's entry point for {@code paceline demo}: runs the demo in a temporary folder,
 * removes it afterwards, and exits 0 when the demo went as it should, 1 when it did not.
 */
public final class DemoMain {
    /** Ports well above the usual ones, so that a cluster already running here is not disturbed. */
    static final int BASE_PORT = 17400;

    private DemoMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("paceline-demo-");
        boolean passed;
        try {
            passed = new FailoverDemo(System.out).run(folder.resolve("cluster"), BASE_PORT);
        } finally {
            if (System.getenv("PACELINE_DEMO_KEEP") == null) {
                LabCluster.remove(folder);
            } else {
                System.out.println("(kept " + folder + ")");
            }
        }
        System.out.println();
        System.out.println(passed ? "1 passed, 0 failed" : "0 passed, 1 failed");
        System.exit(passed ? 0 : 1);
    }
}
