package org.paceline.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code paceline demo}: the lab's failover demonstration, run in a JVM of its own from
 * the lab module (which drives daemons, agents and faces as separate processes, and
 * depends on this module for the faces).
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "A three-node cluster on this machine (loopback) with a group, a clone, a promotable clone and",
            "the test fence device: shows the status, cuts the power of the node running the group, shows it",
            "UNCLEAN, fenced, OFFLINE and the group recovered, with the operational log, then stops everything.",
            "Exit codes: 0 the demo went as it should, 1 it did not, 2 the lab is not built."
        })
public final class DemoCommand implements java.util.concurrent.Callable<Integer> {
    static final String MAIN_CLASS = "org.paceline.lab.scenario.DemoMain";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        String home = System.getProperty("paceline.home");
        Path target = home == null ? null : Path.of(home, "lab", "target");
        if (target == null || !Files.isDirectory(target.resolve("classes")) || !Files.isDirectory(target.resolve("lib"))) {
            err.println("paceline demo: the lab module is not built (run it through ./paceline, which builds it)");
            err.flush();
            return 2;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = target.resolve("classes") + File.pathSeparator + target.resolve("lib").resolve("*");
        try {
            Process process = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dpaceline.home=" + home, "-cp", classPath, MAIN_CLASS)).inheritIO().start();
            return process.waitFor();
        } catch (IOException e) {
            err.println("paceline demo: cannot start " + java + ": " + e.getMessage());
            err.flush();
            return 2;
        }
    }
}
