package org.paceline.bench.scheduler;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.paceline.bench.generated.ClusterCondition;
import org.paceline.bench.generated.ClusterShape;
import org.paceline.bench.generated.GeneratedCluster;
import org.paceline.bench.run.ScratchFolder;
import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.cib.xml.CibXmlWriter;
import org.paceline.scheduler.simulation.EffectiveDate;

/**
 * {@code paceline bench scheduler --conformance}: Paceline's scheduler against Pacemaker's
 * crm_simulate on the same inputs, measured in the same run. For each CIB of the
 * folder that crm_simulate accepts, and for the generated small and medium clusters
 * with a node lost (the sizes of the scheduler issue are {@code org.paceline.bench.scale}'s),
 * times crm_simulate as a process and {@code Scheduler.schedule} in this JVM (after a
 * warm-up, the median of the rounds), then prints medians per size bucket and, last,
 * the overall ratio. Pacemaker's runs come first and Paceline's after, so that
 * neither competes with the other for the processor.
 *
 * <p>Exit codes: 0 compared, 1 nothing could be compared, 2 usage or crm_simulate missing.
 */
public final class SchedulerComparison {
    private static final List<ClusterShape> GENERATED = List.of(ClusterShape.SMALL, ClusterShape.MEDIUM);
    private static final int PROGRESS_EVERY = 100;
    private static final int STARTUP_RUNS_FIRST = 5;
    private static final int STARTUP_RUN_EVERY = 10;

    private final ComparisonOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final Path scratch;

    private SchedulerComparison(ComparisonOptions options, PrintStream out, PrintStream err, Path scratch) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.scratch = scratch;
    }

    public static void main(String[] arguments) {
        System.exit(run(arguments, System.out, System.err));
    }

    /** Runs the comparison the arguments ask for; returns the exit code. */
    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        String home = System.getProperty("paceline.home");
        Parsed<ComparisonOptions> parsed = ComparisonOptions.parse(arguments, home == null ? null : Path.of(home));
        if (parsed instanceof Parsed.Invalid<ComparisonOptions> invalid) {
            invalid.problems().forEach(problem -> err.println(problem.oneLine()));
            return 2;
        }
        ComparisonOptions options = parsed.orThrow();
        if (!Files.isExecutable(options.crmSimulate())) {
            err.println(ComparisonOptions.COMMAND + ": " + options.crmSimulate()
                    + ": no such program (Pacemaker's crm_simulate; Debian: apt-get install pacemaker-cli-utils)");
            return 2;
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("paceline-bench-");
            return new SchedulerComparison(options, out, err, scratch).compare();
        } catch (IOException e) {
            err.println(ComparisonOptions.COMMAND + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(ComparisonOptions.COMMAND + ": interrupted");
            return 1;
        } finally {
            ScratchFolder.remove(scratch);
        }
    }

    private int compare() throws IOException, InterruptedException {
        var reference = new CrmSimulateProcess(options.crmSimulate(), options.timeout());
        String version = reference.version();
        if (!version.startsWith("Pacemaker")) {
            err.println(ComparisonOptions.COMMAND + ": " + options.crmSimulate() + " is not Pacemaker's crm_simulate: "
                    + version);
            return 2;
        }
        var tally = new ComparisonTally();
        // The only clock read: "now" for inputs that name no date, as crm_simulate takes it.
        Instant clock = Instant.now();
        List<PreparedInput> prepared = prepare(inputs(), clock, tally);

        ComparisonInput trivial = write("trivial", GeneratedCluster.trivialXml(), "trivial");
        CrmSimulateProcess.Acceptance trivialRun = reference.accepts(trivial);
        if (!trivialRun.accepted()) {
            err.println(ComparisonOptions.COMMAND + ": crm_simulate does not accept a one-node CIB: " + trivialRun.reason());
            return 1;
        }
        // Start-up is sampled all along, between inputs, so that it is measured under the
        // same conditions (caches, the JIT compiling in this JVM) as the runs it is taken from.
        var startupTimes = new ArrayList<Long>();
        for (int round = 0; round < STARTUP_RUNS_FIRST; round++) {
            startupTimes.add(reference.timeNanos(trivial));
        }
        var pacemakerTimes = new ArrayList<Long>();
        var accepted = new ArrayList<PreparedInput>();
        for (int i = 0; i < prepared.size(); i++) {
            PreparedInput input = prepared.get(i);
            CrmSimulateProcess.Acceptance acceptance = reference.accepts(input.input());
            long median = acceptance.accepted() ? timeReference(reference, input.input()) : -1;
            if (median < 0) {
                tally.rejected(input.input().name(), acceptance.accepted() ? "failed while timed" : acceptance.reason());
            } else {
                accepted.add(input);
                pacemakerTimes.add(median);
            }
            if (i % STARTUP_RUN_EVERY == 0) {
                startupTimes.add(reference.timeNanos(trivial));
            }
            progress(i + 1, prepared.size());
        }
        startupTimes.removeIf(time -> time < 0);
        if (startupTimes.isEmpty()) {
            err.println(ComparisonOptions.COMMAND + ": crm_simulate failed on a one-node CIB it accepted before");
            return 1;
        }
        long startup = Median.of(startupTimes);

        var measurements = new ArrayList<Measurement>();
        try (var paceline = new PacelineRuns(options.rounds(), options.timeout())) {
            paceline.warmUp(accepted, tally);
            for (int i = 0; i < accepted.size(); i++) {
                PreparedInput input = accepted.get(i);
                PacelineTiming.Times times = paceline.time(input, tally);
                if (times != null) {
                    measurements.add(new Measurement(input.input(), pacemakerTimes.get(i), times.scheduleNanos(),
                            times.readAndScheduleNanos()));
                }
            }
        }

        out.println("Scheduler comparison: Pacemaker's crm_simulate (" + version + ", " + options.crmSimulate()
                + " -x FILE -R -Q, one process per run) and Paceline's Scheduler.schedule (in this JVM, Java "
                + Runtime.version().feature() + ")");
        out.println("inputs: " + (options.folder() == null ? "no folder" : prepared.size() - generatedCount()
                + " from " + options.folder()) + (options.generated() ? "; generated: " + GENERATED : ""));
        tally.lines().forEach(out::println);
        out.println("crm_simulate start-up: " + ComparisonReport.millis(startup) + " (median of " + startupTimes.size()
                + " runs on a one-node CIB, between the inputs; \"net\" is a run's time minus this)");
        out.println("each figure: median of " + options.rounds() + " rounds per input, then median over the bucket;"
                + " Paceline warmed up first; ratio = net / Paceline, ratio-rs = net / Paceline read+schedule,"
                + " - where crm_simulate's net time is lost in its start-up's noise");
        if (measurements.isEmpty()) {
            out.println("nothing compared");
            return 1;
        }
        ComparisonReport.lines(measurements, startup).forEach(out::println);
        out.flush();
        return 0;
    }

    private List<ComparisonInput> inputs() throws IOException {
        var inputs = new ArrayList<ComparisonInput>();
        if (options.folder() != null) {
            inputs.addAll(ComparisonInput.inFolder(options.folder()));
        }
        if (options.generated()) {
            for (ClusterShape shape : GENERATED) {
                inputs.add(write("generated-" + shape.name(), GeneratedCluster.xml(shape, ClusterCondition.NODE_LOST), "generated " + shape.name()));
            }
        }
        return inputs;
    }

    private int generatedCount() {
        return options.generated() ? GENERATED.size() : 0;
    }

    /** Reads each input as Paceline would, renaming Pacemaker 3 option names into a copy both will read. */
    private List<PreparedInput> prepare(List<ComparisonInput> inputs, Instant clock, ComparisonTally tally)
            throws IOException {
        var prepared = new ArrayList<PreparedInput>();
        for (ComparisonInput input : inputs) {
            String text = Files.readString(input.file(), java.nio.charset.StandardCharsets.UTF_8);
            Parsed<Document> read = CibXmlReader.read(input.file().getFileName().toString(), text);
            if (read instanceof Parsed.Invalid<Document> invalid) {
                tally.unreadable(input.name(), invalid.problems().getFirst().oneLine());
                continue;
            }
            Cib cib = read.orThrow().cib();
            var renamed = PacemakerOptionNames.renamed(cib);
            if (renamed.isPresent()) {
                tally.renamed(input.name());
                cib = renamed.get();
                text = CibXmlWriter.write(cib);
                Path copy = scratch.resolve("renamed-" + input.name() + ".xml");
                Files.writeString(copy, text, java.nio.charset.StandardCharsets.UTF_8);
                input = input.withFile(copy);
            }
            Parsed<EffectiveDate> date = EffectiveDate.of(cib, input.setDatetime(), ZoneId.systemDefault(), clock);
            if (date instanceof Parsed.Invalid<EffectiveDate> invalid) {
                tally.unreadable(input.name(), invalid.problems().getFirst().oneLine());
                continue;
            }
            prepared.add(new PreparedInput(input, text, cib, date.orThrow().now()));
        }
        return prepared;
    }

    private long timeReference(CrmSimulateProcess reference, ComparisonInput input)
            throws IOException, InterruptedException {
        var times = new ArrayList<Long>();
        for (int round = 0; round < options.rounds(); round++) {
            long time = reference.timeNanos(input);
            if (time < 0) {
                return -1;
            }
            times.add(time);
        }
        return Median.of(times);
    }

    private ComparisonInput write(String name, String text, String bucket) throws IOException {
        Path file = scratch.resolve(name + ".xml");
        Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        return new ComparisonInput(name, file, null, bucket);
    }

    private void progress(int done, int total) {
        if (done % PROGRESS_EVERY == 0 || done == total) {
            err.println("crm_simulate: " + done + "/" + total + " inputs timed");
        }
    }
}
