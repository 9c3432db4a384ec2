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
            "of a node with 100 resources (the daemon's own CPU and, apart, its agents'); and a line per bar of",
            "the node daemon issue. A few minutes.",
            "Exit codes: 0 every bar met, 1 one was not, 2 usage or the lab is not built."
        })
final class BenchFailoverCommand implements Callable<Integer> {
    static final String MAIN_CLASS = "org.paceline.lab.bench.FailoverBench";
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--runs"}, defaultValue = "5", description = "Runs of each failure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--base-port", defaultValue = "18000",
            description = "The first lab's base port; each lab takes the next 50 (default: ${DEFAULT-VALUE}).")
    int basePort;

    @Option(names = "--idle-seconds", defaultValue = "60",
            description = "How long the settled idle node is measured (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--idle-only", description = "Measure the idle node only.")
    boolean idleOnly;

    @Override
    public Integer call() throws InterruptedException {
        String problem = runs < 1 ? "--runs must be at least 1"
                : idleSeconds < 1 ? "--idle-seconds must be at least 1"
                : basePort < 1024 || basePort > 65000 ? "--base-port must be between 1024 and 65000" : null;
        if (problem != null) {
            spec.commandLine().getErr().println("paceline bench failover: " + problem);
            spec.commandLine().getErr().flush();
            return EXIT_USAGE;
        }
        return LabJvm.run("paceline bench failover", spec.commandLine().getErr(), MAIN_CLASS, List.of(),
                arguments());
    }

    private List<String> arguments() {
        var arguments = new java.util.ArrayList<>(List.of("--runs", Integer.toString(runs),
                "--base-port", Integer.toString(basePort), "--idle-seconds", Integer.toString(idleSeconds)));
        if (idleOnly) {
            arguments.add("--idle-only");
        }
        return arguments;
    }
}
