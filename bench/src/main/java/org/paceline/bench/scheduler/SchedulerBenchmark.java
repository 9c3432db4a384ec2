package org.paceline.bench.scheduler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.paceline.bench.generated.ClusterCondition;
import org.paceline.bench.generated.ClusterShape;
import org.paceline.bench.generated.GeneratedCluster;
import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.scheduler.Decision;
import org.paceline.scheduler.Scheduler;
import org.paceline.scheduler.simulation.EffectiveDate;

/**
 * JMH benchmarks of {@link Scheduler#schedule}: on the generated medium, 16x1000 and
 * 32x10000 healthy clusters by default, or on any CIB file given as the {@code input} parameter
 * ({@code -p input=PATH}). Run from the Paceline tree after {@code ./build package}:
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' org.openjdk.jmh.Main SchedulerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchedulerBenchmark {
    /** A generated shape ({@code small}, {@code medium}, {@code 16x1000}, ...) or the path of a CIB XML file. */
    @Param({"medium", "16x1000", "32x10000"})
    public String input;

    private Cib cib;
    private String xml;
    private Instant now;

    @Setup(Level.Trial)
    public void read() throws IOException {
        var shape = ClusterShape.preset(input);
        xml = shape.isPresent() ? GeneratedCluster.xml(shape.get(), ClusterCondition.HEALTHY) : Files.readString(Path.of(input));
        Parsed<Document> parsed = CibXmlReader.read(input, xml);
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            throw new IllegalStateException("the benchmark input does not read: " + invalid.problems().getFirst().oneLine());
        }
        cib = parsed.orThrow().cib();
        // The CIB's execution date when it has one: a run that depends on the day is no benchmark.
        now = EffectiveDate.of(cib, null, ZoneOffset.UTC, Instant.parse("2025-01-01T00:00:00Z")).orThrow().now();
    }

    /** Scheduling a CIB already read. */
    @Benchmark
    public Decision schedule() {
        return Scheduler.schedule(cib, now);
    }

    /** Reading the XML, then scheduling: what a crm_simulate run does after start-up. */
    @Benchmark
    public Decision readAndSchedule() {
        return Scheduler.schedule(CibXmlReader.read(input, xml).orThrow().cib(), now);
    }
}
