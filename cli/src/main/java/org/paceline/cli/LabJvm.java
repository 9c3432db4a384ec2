package org.paceline.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A JVM of the lab module's own, for the commands that drive daemons, agents and faces as
 * separate processes ({@code paceline demo}, {@code paceline bench failover}): the lab
 * depends on this module, so it cannot run inside it. Its output is this process's.
 */
final class LabJvm {
    static final int EXIT_NOT_BUILT = 2;

    private LabJvm() {}

    /** Runs {@code mainClass} of the lab with these JVM flags and arguments; its exit code, or 2 when it cannot run. */
    static int run(String command, PrintWriter err, String mainClass, List<String> flags, List<String> arguments)
            throws InterruptedException {
        String home = System.getProperty("paceline.home");
        Path target = home == null ? null : Path.of(home, "lab", "target");
        if (target == null || !Files.isDirectory(target.resolve("classes")) || !Files.isDirectory(target.resolve("lib"))) {
            err.println(command + ": the lab module is not built (run it through ./paceline, which builds it)");
            err.flush();
            return EXIT_NOT_BUILT;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var line = new ArrayList<String>();
        line.add(java);
        line.addAll(flags);
        line.addAll(List.of("-Dpaceline.home=" + home, "-cp",
                target.resolve("classes") + File.pathSeparator + target.resolve("lib").resolve("*"), mainClass));
        line.addAll(arguments);
        try {
            return new ProcessBuilder(line).inheritIO().start().waitFor();
        } catch (IOException e) {
            err.println(command + ": cannot start " + java + ": " + e.getMessage());
            err.flush();
            return EXIT_NOT_BUILT;
        }
    }
}
