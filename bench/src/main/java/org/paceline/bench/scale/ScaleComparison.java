package org.paceline.bench.scale;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.paceline.bench.generated.ClusterCondition;
import org.paceline.bench.generated.ClusterShape;
import org.paceline.bench.generated.GeneratedCluster;
import org.paceline.bench.run.ScratchFolder;
import org.paceline.cib.Cib;
import org.paceline.cib.Parsed;
import org.paceline.cib.xml.CibXmlWriter;

/**
 * {@code paceline bench scheduler}: for each shape, healthy and with a node lost, the
 * generated file is scheduled by Paceline warm in this JVM, then run through
 * {@code paceline simulate -S -x FILE} and Pacemaker's {@code crm_simulate -S -x FILE}
 * as whole processes, one after the other so that neither competes with the other for
 * the processor. Both get {@code -S} (schedule, then simulate the transition and print
 * the resulting status): the same work, and the Transition Summary both print.
 *
 * <p>Exit codes: 0 measured (whether or not the bars are met), 1 a run failed, 2 usage.
 */
public final class ScaleComparison {
    /** crm_simulate runs once only when one run takes longer than this: the median of one is the run. */
    private static final long ONE_PACEMAKER_RUN_NANOS = 30_000_000_000L;
    private static final int MAX_PACEMAKER_ROUNDS = 3;
    /**
     * Paceline's whole-process runs go on until they add up to this, however many rounds were
     * asked for: a 16x1000 process takes half a second, where the median of five is the noise's.
     */
    private static final long MIN_PROCESS_NANOS = 5_000_000_000L;
    private static final int MAX_PROCESS_ROUNDS = 25;

    private final ScaleOptions options;
    private final Path launcher;
    private final boolean pacemaker;
    private final PrintStream out;
    private final PrintStream err;
    private final TimedProcess processes;
    private final Path scratch;

    private ScaleComparison(ScaleOptions options, Path launcher, boolean pacemaker, PrintStream out, PrintStream err,
                            Path scratch) {
        this.options = options;
        this.launcher = launcher;
        this.pacemaker = pacemaker;
        this.out = out;
        this.err = err;
        this.scratch = scratch;
        this.processes = new TimedProcess(options.timeout(), scratch);
    }

    public static void main(String[] arguments) {
        System.exit(run(arguments, System.out, System.err));
    }

    /** Runs the benchmark the arguments ask for; returns the exit code. */
    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        Parsed<ScaleOptions> parsed = ScaleOptions.parse(arguments);
        if (parsed instanceof Parsed.Invalid<ScaleOptions> invalid) {
            invalid.problems().forEach(problem -> err.println(problem.oneLine()));
            return 2;
        }
        String home = System.getProperty("paceline.home");
        if (home == null || !Files.isExecutable(Path.of(home, "paceline"))) {
            err.println(ScaleOptions.COMMAND + ": the Paceline tree is unknown (run it through ./paceline bench scheduler)");
            return 2;
        }
        ScaleOptions options = parsed.orThrow();
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("paceline-bench-");
            boolean pacemaker = Files.isExecutable(options.crmSimulate());
            return new ScaleComparison(options, Path.of(home, "paceline"), pacemaker, out, err, scratch).measure();
        } catch (IOException e) {
            err.println(ScaleOptions.COMMAND + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(ScaleOptions.COMMAND + ": interrupted");
            return 1;
        } finally {
            ScratchFolder.remove(scratch);
        }
    }

    private int measure() throws IOException, InterruptedException {
        String version = pacemaker ? pacemakerVersion() : null;
        var rows = new ArrayList<ScaleRow>();
        for (ClusterShape shape : options.shapes()) {
            for (ClusterCondition condition : ClusterCondition.values()) {
                ScaleRow row = measure(shape, condition);
                if (row == null) {
                    return 1;
                }
                rows.add(row);
            }
        }
        out.println("Scheduler at scale: generated running clusters (nodes x primitives), healthy and with one node lost");
        out.println("warm: Scheduler.schedule in this JVM (Java " + Runtime.version().feature() + ", -Xmx "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB), median of at least " + options.rounds()
                + " runs and " + WarmTiming.MIN_TIMED_NANOS / 1_000_000_000L + " s of runs, after at least 3 warm-up runs"
                + " and 5 s; heap: the heap pools' peaks summed over those runs");
        out.println("paceline: " + launcher + " simulate -S -x FILE, a whole process (launcher and JVM start included),"
                + " median of at least " + options.rounds() + " runs and " + MIN_PROCESS_NANOS / 1_000_000_000L
                + " s of runs (at most " + MAX_PROCESS_ROUNDS + ")");
        out.println("crm_simulate: " + (pacemaker ? options.crmSimulate() + " -S -x FILE (" + version
                + "), a whole process, median of up to " + MAX_PACEMAKER_ROUNDS + " (one when a run takes over 30 s)"
                : "not installed at " + options.crmSimulate() + " (Debian: apt-get install pacemaker-cli-utils)"));
        out.println("rss: peak resident memory of the process, " + (TimedProcess.measuresMemory()
                ? "from " + TimedProcess.GNU_TIME + " -f %M" : "unknown (" + TimedProcess.GNU_TIME + " is not installed)"));
        out.println("the issue's figures for crm_simulate 2.1.5 on such CIBs: 4x100 about 0.1 s; 16x1000 about 4.8 s and"
                + " 530 MB; 32x5000 more than 3 minutes and about 5 GB");
        ScaleReport.lines(rows, Runtime.getRuntime().maxMemory()).forEach(out::println);
        out.flush();
        return 0;
    }

    private ScaleRow measure(ClusterShape shape, ClusterCondition condition) throws IOException, InterruptedException {
        String label = shape.name() + " " + condition.label();
        Path file = scratch.resolve(shape.name() + "-" + condition.label() + ".xml");
        WarmTiming.Result warm;
        {
            Cib cib = GeneratedCluster.of(shape, condition);
            Files.writeString(file, CibXmlWriter.write(cib), StandardCharsets.UTF_8);
            progress(label + ": generated, " + Files.size(file) / (1 << 20) + " MiB; scheduling warm");
            warm = WarmTiming.of(cib, GeneratedCluster.now(), options.rounds());
        }
        progress(label + ": warm " + ScaleReport.duration(warm.medianNanos()) + " (median of " + warm.runs() + " runs, "
                + warm.decision().summary().changes().size() + " changes); paceline simulate -S");
        var pacelineTimes = new ArrayList<Long>();
        long pacelineRss = -1;
        List<String> pacelineSummary = null;
        long processTotal = 0;
        while (pacelineTimes.size() < options.rounds()
                || processTotal < MIN_PROCESS_NANOS && pacelineTimes.size() < MAX_PROCESS_ROUNDS) {
            TimedProcess.Run run = processes.run(List.of(launcher.toString(), "simulate", "-S", "-x", file.toString()));
            if (!run.succeeded()) {
                err.println(ScaleOptions.COMMAND + ": paceline simulate failed on " + label + ": exit code "
                        + run.exitCode() + ": " + run.output().lines().limit(5).toList());
                return null;
            }
            pacelineTimes.add(run.nanos());
            processTotal += run.nanos();
            pacelineRss = Math.max(pacelineRss, run.peakRssKib());
            pacelineSummary = SummaryLines.of(run.output());
        }
        long pacelineNanos = median(pacelineTimes);
        progress(label + ": paceline simulate " + ScaleReport.duration(pacelineNanos) + " (median of "
                + pacelineTimes.size() + " runs)");

        long pacemakerNanos = -1;
        long pacemakerRss = -1;
        String note = null;
        List<String> pacemakerSummary = null;
        if (!pacemaker) {
            note = "not installed";
        } else if (!options.runsPacemaker(shape)) {
            note = "left out at " + shape.name() + ": it would take hours (--crm-simulate-largest runs it)";
        } else {
            var times = new ArrayList<Long>();
            for (int round = 0; round < MAX_PACEMAKER_ROUNDS; round++) {
                progress(label + ": crm_simulate -S, run " + (round + 1));
                TimedProcess.Run run = processes.run(List.of(options.crmSimulate().toString(), "-S", "-x",
                        file.toString()));
                if (!run.succeeded()) {
                    note = run.nanos() < 0 ? run.output() : "exit code " + run.exitCode() + ": "
                            + run.output().lines().filter(line -> !line.isBlank()).findFirst().orElse("");
                    break;
                }
                times.add(run.nanos());
                pacemakerRss = Math.max(pacemakerRss, run.peakRssKib());
                pacemakerSummary = SummaryLines.of(run.output());
                if (run.nanos() > ONE_PACEMAKER_RUN_NANOS) {
                    break;
                }
            }
            if (!times.isEmpty()) {
                pacemakerNanos = median(times);
                progress(label + ": crm_simulate " + ScaleReport.duration(pacemakerNanos));
            }
        }
        Files.deleteIfExists(file);
        return new ScaleRow(shape, condition, warm.medianNanos(), warm.peakHeapBytes(), pacelineNanos, pacelineRss,
                pacemakerNanos, pacemakerRss, note, pacelineSummary, pacemakerSummary);
    }

    private String pacemakerVersion() throws IOException, InterruptedException {
        TimedProcess.Run run = processes.run(List.of(options.crmSimulate().toString(), "--version"));
        return run.output().lines().findFirst().orElse("(no version)").strip();
    }

    private void progress(String line) {
        err.println(line);
        err.flush();
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
