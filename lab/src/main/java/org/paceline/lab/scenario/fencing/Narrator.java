package org.paceline.lab.scenario.fencing;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.paceline.lab.LabCluster;

/**
 * How a demonstration tells its story on the operator's screen: a heading per step, what a
 * command showed indented under it, and the first thing that went wrong. Not thread-safe:
 * one demonstration's thread only.
 */
final class Narrator {
    private final PrintStream out;

    Narrator(PrintStream out) {
        this.out = out;
    }

    /** A step of the story, as a heading. */
    void step(String text) {
        out.println();
        out.println("== " + text);
    }

    /** A heading, then what a command showed, indented. */
    void show(String title, String text) {
        step(title + ":");
        text.lines().forEach(line -> out.println("  " + line));
    }

    /** The lines a node's operational log gained since it held {@code from} lines. */
    void showLog(LabCluster cluster, String node, int from) throws IOException {
        List<String> log = cluster.operationalLog(node);
        show("The operational log (pm_logconv.out) of " + node, String.join("\n", log.subList(Math.min(from, log.size()),
                log.size())));
    }

    /** Tells the failure, with what the operator saw last, and gives the outcome. */
    Demonstration.Outcome failed(String why, String seen) {
        step("FAILED: " + why);
        seen.lines().forEach(line -> out.println("  " + line));
        return Demonstration.Outcome.fail(why);
    }
}
