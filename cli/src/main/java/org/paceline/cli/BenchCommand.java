package org.paceline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paceline bench}: benchmarks, run in a JVM of their own from the bench module.
 * The launcher's JVM stops at the first JIT tier to start fast; a benchmark measures the
 * steady state a daemon runs at, so it gets the full JIT, and JMH stays off the command
 * line's class path.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Benchmarks. Needs the Paceline tree built (./paceline builds it).",
        subcommands = {BenchHelpersCommand.class, BenchFailoverCommand.class})
public final class BenchCommand implements Runnable {
    static final String COMPARISON_CLASS = "org.paceline.bench.scheduler.SchedulerComparison";
    static final String SCALE_CLASS = "org.paceline.bench.scale.ScaleComparison";
    /** The scheduler issue's memory bar: a 32x10000 cluster, generation included, within a 1 GiB heap. */
    static final String SCALE_HEAP = "-Xmx1g";
    static final String CONFORMANCE_HEAP = "-Xmx2g";
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "scheduler", mixinStandardHelpOptions = true,
            description = {
                "Generate running clusters of 16x1000, 32x5000 and 32x10000 nodes x primitives (groups, clones,",
                "promotable clones, location rules, colocations, orders, full operation histories), healthy and",
                "with one node lost; on each, time Paceline's scheduler warm in one JVM (-Xmx1g, median of N),",
                "paceline simulate -S and Pacemaker's crm_simulate -S as whole processes (left out at 32x10000",
                "unless --crm-simulate-largest), compare their Transition Summaries and say whether each bar of",
                "the scheduler issue is met. Takes about 15 minutes with crm_simulate, which needs minutes at 32x5000.",
                "--conformance compares on the CIBs of DIR instead (Pacemaker's regression inputs by default).",
                "Exit codes: 0 measured, 1 a run failed or nothing could be compared, 2 usage."
            })
    int scheduler(
            @Parameters(arity = "0..1", paramLabel = "DIR",
                    description = "With --conformance: a folder of CIB XML files (or of xml/*.xml).") Path folder,
            @Option(names = "--rounds", paramLabel = "N",
                    description = "Timed runs per file and way of running (default: 5; with --conformance 3).") Integer rounds,
            @Option(names = "--shapes", paramLabel = "NAME,...", split = ",",
                    description = "Generated shapes to run (default: 16x1000,32x5000,32x10000; also small, medium).")
            List<String> shapes,
            @Option(names = "--crm-simulate", paramLabel = "PATH", defaultValue = "/usr/sbin/crm_simulate",
                    description = "Pacemaker's crm_simulate (default: ${DEFAULT-VALUE}).") Path crmSimulate,
            @Option(names = "--timeout", paramLabel = "SECONDS",
                    description = "Longest one run may take (default: 1800; with --conformance 120).") Integer timeoutSeconds,
            @Option(names = "--crm-simulate-largest",
                    description = "Run crm_simulate at 32x10000 too (hours).") boolean largestPacemaker,
            @Option(names = "--conformance",
                    description = "Compare on a folder of CIBs and small generated clusters instead.") boolean conformance,
            @Option(names = "--no-generated", description = "With --conformance: leave out the generated clusters.")
            boolean noGenerated) {
        PrintWriter err = spec.commandLine().getErr();
        String home = System.getProperty("paceline.home");
        if (home == null) {
            err.println("paceline bench: run it through the paceline launcher (the Paceline tree is unknown)");
            err.flush();
            return EXIT_USAGE;
        }
        Path bench = Path.of(home, "bench", "target");
        if (!Files.isDirectory(bench.resolve("classes")) || !Files.isDirectory(bench.resolve("lib"))) {
            err.println("paceline bench: " + bench + ": the bench module is not built (./build -DskipTests package)");
            err.flush();
            return EXIT_USAGE;
        }
        var arguments = new ArrayList<String>();
        if (conformance) {
            if (folder != null) {
                arguments.add(folder.toString());
            }
            arguments.addAll(List.of("--rounds", Integer.toString(rounds == null ? 3 : rounds), "--crm-simulate",
                    crmSimulate.toString(), "--timeout", Integer.toString(timeoutSeconds == null ? 120 : timeoutSeconds)));
            if (noGenerated) {
                arguments.add("--no-generated");
            }
            return run(commandLine(Path.of(home), COMPARISON_CLASS, CONFORMANCE_HEAP, arguments),
                    spec.commandLine().getOut(), err);
        }
        if (folder != null || noGenerated) {
            err.println("paceline bench scheduler: DIR and --no-generated go with --conformance");
            err.flush();
            return EXIT_USAGE;
        }
        arguments.addAll(List.of("--rounds", Integer.toString(rounds == null ? 5 : rounds), "--crm-simulate",
                crmSimulate.toString(), "--timeout", Integer.toString(timeoutSeconds == null ? 1800 : timeoutSeconds)));
        if (shapes != null && !shapes.isEmpty()) {
            arguments.addAll(List.of("--shapes", String.join(",", shapes)));
        }
        if (largestPacemaker) {
            arguments.add("--crm-simulate-largest");
        }
        return run(commandLine(Path.of(home), SCALE_CLASS, SCALE_HEAP, arguments), spec.commandLine().getOut(), err);
    }

    /** The JVM that runs a benchmark: this Java, the bench module's class path, the full JIT. */
    static List<String> commandLine(Path home, String mainClass, String heap, List<String> arguments) {
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Path target = home.resolve("bench").resolve("target");
        String classPath = target.resolve("classes") + java.io.File.pathSeparator + target.resolve("lib").resolve("*");
        var command = new ArrayList<>(List.of(javaCommand.toString(), heap, "-Dpaceline.home=" + home,
                "-cp", classPath, mainClass));
        command.addAll(arguments);
        return command;
    }

    private static int run(List<String> command, PrintWriter out, PrintWriter err) {
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            Thread copyErr = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), err));
            copy(process.getInputStream(), out);
            int code = process.waitFor();
            copyErr.join();
            return code;
        } catch (IOException e) {
            err.println("paceline bench: cannot start " + command.getFirst() + ": " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Passes the child's lines on as they come: its progress shows while it runs. */
    private static void copy(InputStream from, PrintWriter to) {
        try (var reader = new BufferedReader(new InputStreamReader(from, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (to) {
                    to.println(line);
                    to.flush();
                }
            }
        } catch (IOException e) {
            // The child went away; its exit code tells what happened.
        }
    }
}
