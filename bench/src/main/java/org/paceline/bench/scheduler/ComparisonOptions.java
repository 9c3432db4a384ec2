package org.paceline.bench.scheduler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.paceline.bench.run.BenchArguments;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/**
 * What {@code paceline bench scheduler --conformance} was asked: {@code [DIR] [--rounds N]
 * [--crm-simulate PATH] [--timeout SECONDS] [--no-generated]}.
 *
 * @param folder      the CIBs to compare on, or null for the generated clusters alone
 * @param rounds      timed runs per input and scheduler, whose median counts
 * @param crmSimulate Pacemaker's crm_simulate
 * @param timeout     how long one crm_simulate run or one input's timing in Paceline may take
 * @param generated   whether the generated small and medium clusters are compared too
 */
record ComparisonOptions(Path folder, int rounds, Path crmSimulate, Duration timeout, boolean generated) {
    static final String COMMAND = "paceline bench scheduler";
    static final int DEFAULT_ROUNDS = 3;
    static final Path DEFAULT_CRM_SIMULATE = Path.of("/usr/sbin/crm_simulate");
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);
    /** Where Pacemaker's regression inputs are, from the Paceline tree, when no DIR is given. */
    static final Path DEFAULT_FOLDER = Path.of("..", "shared", "conformance", "pacemaker-scheduler");

    static final String USAGE = "usage: " + COMMAND
            + " [DIR] [--rounds N] [--crm-simulate PATH] [--timeout SECONDS] [--no-generated]";

    /**
     * Reads the arguments; without DIR, Pacemaker's regression inputs next to the
     * Paceline tree when they are there.
     *
     * @param home the Paceline tree, or null when unknown
     */
    static Parsed<ComparisonOptions> parse(String[] arguments, Path home) {
        Path folder = null;
        int rounds = DEFAULT_ROUNDS;
        Path crmSimulate = DEFAULT_CRM_SIMULATE;
        Duration timeout = DEFAULT_TIMEOUT;
        boolean generated = true;
        try {
            for (int i = 0; i < arguments.length; i++) {
                String argument = arguments[i];
                switch (argument) {
                    case "--rounds" -> rounds = BenchArguments.positive(argument, BenchArguments.value(arguments, ++i, argument, USAGE));
                    case "--timeout" -> timeout = Duration.ofSeconds(BenchArguments.positive(argument, BenchArguments.value(arguments, ++i, argument, USAGE)));
                    case "--crm-simulate" -> crmSimulate = Path.of(BenchArguments.value(arguments, ++i, argument, USAGE));
                    case "--no-generated" -> generated = false;
                    default -> {
                        if (argument.startsWith("-") || folder != null) {
                            return invalid("unexpected argument \"" + argument + "\"; " + USAGE);
                        }
                        folder = Path.of(argument);
                    }
                }
            }
        } catch (IllegalArgumentException e) {  // also a path the file system refuses
            return invalid(e.getMessage());
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return invalid(folder + ": no such folder");
        }
        if (folder == null) {
            folder = defaultFolder(home).orElse(null);
        }
        if (folder == null && !generated) {
            return invalid("nothing to compare: no DIR, and --no-generated; " + USAGE);
        }
        return Parsed.valid(new ComparisonOptions(folder, rounds, crmSimulate, timeout, generated));
    }

    private static Optional<Path> defaultFolder(Path home) {
        if (home == null) {
            return Optional.empty();
        }
        Path folder = home.resolve(DEFAULT_FOLDER).normalize();
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    }

    private static Parsed<ComparisonOptions> invalid(String message) {
        return Parsed.invalid(new Problem(COMMAND, 0, 0, message));
    }
}
