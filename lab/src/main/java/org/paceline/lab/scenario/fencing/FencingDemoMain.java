package org.paceline.lab.scenario.fencing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paceline.lab.LabCluster;

/**
 * The lab's entry point for {@code paceline demo fencing}: runs each of seed 000's fencing
 * demonstrations in a new temporary folder (removed afterwards unless
 * {@code PACELINE_DEMO_KEEP} is set), then prints one line per demonstration and
 * {@code N passed, N failed}; exits 0 only when all passed. A demonstration that needs root
 * is not run without it, and counts as failed.
 */
public final class FencingDemoMain {
    /** Ports well above the usual ones and apart from {@code paceline demo}'s; each demonstration 100 further. */
    static final int BASE_PORT = 17500;
    static final int PORT_STEP = 100;

    private FencingDemoMain() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        var lines = new ArrayList<String>();
        int passed = 0;
        List<Demonstration> demonstrations = FencingDemonstrations.all();
        boolean root = isRoot();
        for (int i = 0; i < demonstrations.size(); i++) {
            Demonstration demonstration = demonstrations.get(i);
            System.out.println();
            System.out.println("#### " + demonstration.title());
            if (demonstration.needsRoot() && !root) {
                String line = "NOT RUN " + demonstration.title() + ": needs root (network namespaces)";
                System.out.println(line);
                lines.add(line);
                continue;
            }
            Demonstration.Outcome outcome = runInTemporaryFolder(demonstration, BASE_PORT + PORT_STEP * i);
            lines.add((outcome.passed() ? "PASSED " : "FAILED ") + demonstration.title() + ": " + outcome.summary());
            passed += outcome.passed() ? 1 : 0;
        }
        System.out.println();
        lines.forEach(System.out::println);
        int failed = demonstrations.size() - passed;
        System.out.println(passed + " passed, " + failed + " failed");
        System.exit(failed == 0 ? 0 : 1);
    }

    private static Demonstration.Outcome runInTemporaryFolder(Demonstration demonstration, int basePort)
            throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("paceline-demo-fencing-");
        try {
            return demonstration.run(folder.resolve("cluster"), basePort, System.out);
        } catch (IOException | RuntimeException e) {
            return Demonstration.Outcome.fail("it broke off: " + e);
        } finally {
            if (System.getenv("PACELINE_DEMO_KEEP") == null) {
                LabCluster.remove(folder);
            } else {
                System.out.println("(kept " + folder + ")");
            }
        }
    }

    /** Root, as network namespaces need: user id 0, read from /proc (the JDK has no call for it). */
    private static boolean isRoot() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Uid:")).findFirst()
                    .map(line -> line.split("\\s+")[1].equals("0")).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }
}
