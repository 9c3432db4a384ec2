package org.paceline.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paceline bench failover}: failover, hang and restart times on a lab cluster, in the lab's own JVM. */
@Command(name = "failover", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "On two-node clusters of separate processes on loopback (Dummy resources, the test fence device):",
            "N node power losses, N hangs (SIGSTOP) and N resource losses, each split from the survivor's log",
            "time stamps into detection, Paceline's own share and the agents' time; then the memory and idle CPU",
            "of a node with 100 resources; and a line per bar of the node daemon issue. A few minutes.",
            "Exit codes: 0 every bar met, 1 one was not, 2 the lab is not built."
        })
final class BenchFailoverCommand implements Callable<Integer> {
    static final String MAIN_CLASS = "org.paceline.lab.bench.FailoverBench";

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--runs"}, defaultValue = "5", description = "Runs of each failure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        String home = System.getProperty("paceline.home");
        Path target = home == null ? null : Path.of(home, "lab", "target");
        if (target == null || !Files.isDirectory(target.resolve("lib"))) {
            err.println("paceline bench failover: the lab module is not built (run it through ./paceline)");
            err.flush();
            return 2;
        }
        if (runs < 1) {
            err.println("paceline bench failover: --runs must be at least 1");
            err.flush();
            return 2;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = target.resolve("classes") + File.pathSeparator + target.resolve("lib").resolve("*");
        try {
            return new ProcessBuilder(List.of(java, "-Dpaceline.home=" + home, "-cp", classPath, MAIN_CLASS,
                    Integer.toString(runs))).inheritIO().start().waitFor();
        } catch (IOException e) {
            err.println("paceline bench failover: cannot start " + java + ": " + e.getMessage());
            err.flush();
            return 2;
        }
    }
}
