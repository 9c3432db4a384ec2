package org.paceline.lab.scenario.fencing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One of seed 000's fencing demonstrations, run on a two-node cluster of daemon processes
 * on this machine and told as an operator would watch it: the status before and after,
 * the operational log's lines, and what the operator does.
 *
 * <p>{@code paceline demo fencing} runs each and prints one line with its outcome; the
 * lab's tests run each and fail on anything but a pass. A demonstration leaves nothing
 * running, whatever its outcome, and an observer outside the daemons judges it: a
 * service active on two nodes at once fails it, whatever else went well.
 */
public interface Demonstration {
    /** What is shown, in a few words: the line {@code paceline demo fencing} prints for it. */
    String title();

    /** Whether this demonstration needs root (network namespaces, to cut a network). */
    boolean needsRoot();

    /**
     * Runs the demonstration in {@code folder} (new and empty; the caller removes it), with
     * node {@code i} on ports from {@code basePort + 10 i}, telling the story on {@code out}.
     */
    Outcome run(Path folder, int basePort, PrintStream out) throws IOException, InterruptedException;

    /** How it went: passed, or failed with the first thing that went wrong, in one line. */
    record Outcome(boolean passed, String summary) {
        public static Outcome pass(String summary) {
            return new Outcome(true, summary);
        }

        public static Outcome fail(String summary) {
            return new Outcome(false, summary);
        }
    }
}
