package org.paceline.cli;

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
            "Exit codes: 0 every bar met, 1 one was not, 2 usage or the lab is not built."
        })
final class BenchFailoverCommand implements Callable<Integer> {
    static final String MAIN_CLASS = "org.paceline.lab.bench.FailoverBench";
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--runs"}, defaultValue = "5", description = "Runs of each failure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws InterruptedException {
        if (runs < 1) {
            spec.commandLine().getErr().println("paceline bench failover: --runs must be at least 1");
            spec.commandLine().getErr().flush();
            return EXIT_USAGE;
        }
        return LabJvm.run("paceline bench failover", spec.commandLine().getErr(), MAIN_CLASS, List.of(),
                List.of(Integer.toString(runs)));
    }
}
