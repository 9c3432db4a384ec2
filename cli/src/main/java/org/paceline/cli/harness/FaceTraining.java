package org.paceline.cli.harness;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;

import org.paceline.cli.faces.Faces;

/**
 * The training run that records one face's AOT cache (or CDS archive): runs that face's
 * calls the way agents and operators make them, in one JVM, against a harness daemon
 * already serving on {@code $PACELINE_SOCKET}. Each face gets a cache of its own, and the
 * daemon runs in a process of its own ({@code scripts/prepare-faces.sh} starts it),
 * because a JDK AOT cache loads every class it holds at start-up: another face's classes,
 * or the daemon's, in it would slow every call down (one cache for all the faces cost
 * {@code pacemakerd -$} 8 ms a call, {@code crm_node -n} 6 ms).
 */
public final class FaceTraining {
    private FaceTraining() {}

    /** {@code FaceTraining FACE}: trains the calls of that face (crm_attribute, crm_mon, ...). */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: FaceTraining FACE");
            System.exit(64);
        }
        String face = args[0];
        var quiet = new PrintStream(OutputStream.nullOutputStream(), false);
        var env = new HashMap<>(System.getenv());
        env.put("OCF_RESOURCE_INSTANCE", "pgsql");
        int failures = 0;
        for (int round = 0; round < 3; round++) {
            for (String[] call : HelperCalls.TRAINING) {
                if (!call[0].equals(face)) {
                    continue;
                }
                int code = Faces.run(call[0], Arrays.copyOfRange(call, 1, call.length), quiet, System.err, env);
                // An absent attribute answers 105 on purpose; anything else means the daemon is not there.
                if (code != 0 && code != 105) {
                    failures++;
                }
            }
        }
        if (failures > 0) {
            System.err.println("face training: " + failures + " calls of " + face + " failed");
            System.exit(1);
        }
    }
}
