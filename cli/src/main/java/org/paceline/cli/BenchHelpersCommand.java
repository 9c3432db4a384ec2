package org.paceline.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paceline bench helpers}: the agent-facing helpers' latency against a real daemon, in the lab's own JVM. */
@Command(name = "helpers", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Start a one-node lab cluster (a real node daemon on loopback with the test fence device, a Dummy and a",
            "promotable Stateful clone, pgsql's attributes set), run each helper agents call (crm_attribute,",
            "crm_node -n, attrd_updater, crm_mon -1 --output-as=xml, crm_resource -W, pacemakerd -$) N times as a",
            "process from sbin/, and print the medians and CPU per call against the 50 ms bar and Pacemaker's own",
            "21-32 ms. Exit codes: 0 all within the bar, 1 one is over, 2 usage or the lab is not built."
        })
final class BenchHelpersCommand implements Callable<Integer> {
    static final String MAIN_CLASS = "org.paceline.lab.bench.HelperBench";
    static final int EXIT_USAGE = 2;

    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "21",
            description = "Timed calls per helper (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--base-port", paramLabel = "PORT", defaultValue = "19600",
            description = "The lab node's cluster port (default: ${DEFAULT-VALUE}).")
    int basePort;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        var err = spec.commandLine().getErr();
        if (runs < 1) {
            err.println("paceline bench helpers: --runs must be at least 1");
            err.flush();
            return EXIT_USAGE;
        }
        if (basePort < 1 || basePort > 65535) {
            err.println("paceline bench helpers: --base-port must be a port number");
            err.flush();
            return EXIT_USAGE;
        }
        return LabJvm.run("paceline bench helpers", err, MAIN_CLASS, List.of(),
                List.of(Integer.toString(runs), Integer.toString(basePort)));
    }
}
