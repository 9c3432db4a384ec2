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
        subcommands = BenchHelpersCommand.class)
public final class BenchCommand implements Runnable {
    static final String COMPARISON_CLASS = "org.paceline.bench.scheduler.SchedulerComparison";
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "scheduler", mixinStandardHelpOptions = true,
            description = {
                "Time Paceline's scheduler (in-process, after warm-up, median of N rounds) and Pacemaker's",
                "crm_simulate -x FILE -R -Q (a process per run, net of its start-up) on each CIB of DIR that",
                "crm_simulate accepts, and on generated clusters of 16 and 50 nodes; print medians per size",
                "bucket and, last, the overall ratio (Pacemaker / Paceline: higher is better for Paceline).",
                "DIR defaults to ../shared/conformance/pacemaker-scheduler next to the Paceline tree.",
                "Exit codes: 0 compared, 1 nothing could be compared, 2 usage or no crm_simulate."
            })
    int scheduler(
            @Parameters(arity = "0..1", paramLabel = "DIR", description = "A folder of CIB XML files (or of xml/*.xml).")
            Path folder,
            @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
                    description = "Timed runs per input and scheduler (default: ${DEFAULT-VALUE}).") int rounds,
            @Option(names = "--crm-simulate", paramLabel = "PATH", defaultValue = "/usr/sbin/crm_simulate",
                    description = "Pacemaker's crm_simulate (default: ${DEFAULT-VALUE}).") Path crmSimulate,
            @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
                    description = "Longest one run may take (default: ${DEFAULT-VALUE}).") int timeoutSeconds,
            @Option(names = "--no-generated", description = "Leave out the generated clusters.") boolean noGenerated) {
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
        if (folder != null) {
            arguments.add(folder.toString());
        }
        arguments.addAll(List.of("--rounds", Integer.toString(rounds), "--crm-simulate", crmSimulate.toString(),
                "--timeout", Integer.toString(timeoutSeconds)));
        if (noGenerated) {
            arguments.add("--no-generated");
        }
        return run(commandLine(Path.of(home), arguments), spec.commandLine().getOut(), err);
    }

    /** The JVM that runs the comparison: this Java, the bench module's class path, the full JIT. */
    static List<String> commandLine(Path home, List<String> arguments) {
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Path target = home.resolve("bench").resolve("target");
        String classPath = target.resolve("classes") + java.io.File.pathSeparator + target.resolve("lib").resolve("*");
        var command = new ArrayList<>(List.of(javaCommand.toString(), "-Xmx2g", "-Dpaceline.home=" + home,
                "-cp", classPath, COMPARISON_CLASS));
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
