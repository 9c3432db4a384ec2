package org.paceline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.paceline.cli.harness.HelperBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code paceline bench helpers}: the agent-facing helpers' latency, each call a whole process. */
@Command(name = "helpers", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {
            "Start the harness daemon (a real CIB store serving a PostgreSQL pair) on a temporary socket, run",
            "each helper agents call (crm_attribute, crm_node -n, attrd_updater, crm_mon -1 --output-as=xml,",
            "crm_resource -W, pacemakerd -$) N times as a process from sbin/, and print the medians against",
            "the 50 ms bar and Pacemaker's own 21-32 ms. Exit codes: 0 all within the bar, 1 one is over, 2 usage."
        })
public final class BenchHelpersCommand implements Callable<Integer> {
    @Option(names = {"-n", "--runs"}, paramLabel = "N", defaultValue = "21",
            description = "Timed calls per helper (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String home = System.getProperty("paceline.home");
        var err = spec.commandLine().getErr();
        if (home == null || !Files.isExecutable(Path.of(home, "sbin", "crm_mon"))) {
            err.println("paceline bench helpers: run it through the paceline launcher (sbin/ is not found)");
            err.flush();
            return 2;
        }
        if (runs < 1) {
            err.println("paceline bench helpers: --runs must be at least 1");
            err.flush();
            return 2;
        }
        return HelperBenchmark.run(Path.of(home, "sbin"), runs, spec.commandLine().getOut());
    }
}
