package org.paceline.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.scheduler.explain.ResourceExplanation;
import org.paceline.scheduler.state.ClusterState;

/**
 * One scheduling run never throws on a CIB the reader accepts: every one of Pacemaker's
 * regression inputs is scheduled, and every resource in it explained, without an exception.
 */
class SchedulerNeverThrowsTest {
    @Test
    void schedule_everyRegressionInput_neverThrows() throws Exception {
        String folder = System.getProperty("paceline.conformance");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "xml")), "conformance cases not found");
        var thrown = new ArrayList<String>();
        List<Path> inputs;
        try (Stream<Path> files = Files.list(Path.of(folder, "xml"))) {
            inputs = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path input : inputs) {
            var parsed = CibXmlReader.read(input.getFileName().toString(), Files.readString(input));
            if (!parsed.isValid()) {
                continue;
            }
            var cib = parsed.orThrow().cib();
            Instant now = Instant.ofEpochSecond(1_700_000_000);
            try {
                Scheduler.schedule(cib, now);
                for (var resource : ClusterState.unpack(cib, now).resources()) {
                    ResourceExplanation.of(cib, now, resource.id());
                }
            } catch (RuntimeException | StackOverflowError e) {
                thrown.add(input.getFileName() + ": " + e);
            }
        }
        assertEquals(List.of(), thrown);
    }
}
