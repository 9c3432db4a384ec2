package org.paceline.cli.harness;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;

import org.paceline.cli.faces.Faces;

/**
 * The training run that records the faces' AOT cache (or CDS archive): runs every helper
 * the way agents call them, in one JVM, against a harness daemon already serving on
 * {@code $PACELINE_SOCKET}. The daemon runs in a process of its own
 * ({@code scripts/prepare-faces.sh} starts it) because a JDK AOT cache loads every class
 * it holds at start-up: the daemon's classes in it would slow every helper down.
 */
public final class FaceTraining {
    private FaceTraining() {}

    public static void main(String[] args) {
        var quiet = new PrintStream(OutputStream.nullOutputStream(), false);
        var env = new HashMap<>(System.getenv());
        env.put("OCF_RESOURCE_INSTANCE", "pgsql");
        int failures = 0;
        for (int round = 0; round < 3; round++) {
            for (String[] call : HelperCalls.TRAINING) {
                int code = Faces.run(call[0], Arrays.copyOfRange(call, 1, call.length), quiet, System.err, env);
                // An absent attribute answers 105 on purpose; anything else means the daemon is not there.
                if (code != 0 && code != 105) {
                    failures++;
                }
            }
        }
        if (failures > 0) {
            System.err.println("face training: " + failures + " calls failed");
            System.exit(1);
        }
    }
}
