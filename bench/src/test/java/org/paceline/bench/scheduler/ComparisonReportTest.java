package org.paceline.bench.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ComparisonReportTest {
    private static final long MS = 1_000_000;
    private static final long STARTUP = 20 * MS;

    @Test
    void lines_twoBuckets_printsMediansAndRatiosPerBucketAndTheOverallRatioLast() {
        List<Measurement> measurements = List.of(
                measured("a", "< 4 KB", 21 * MS, MS / 10),
                measured("b", "< 4 KB", 22 * MS, MS / 5),
                measured("c", "< 4 KB", 24 * MS, MS),
                measured("large", "generated large", 120 * MS, 10 * MS));

        List<String> lines = ComparisonReport.lines(measurements, STARTUP);

        assertTrue(lines.get(1).startsWith("< 4 KB"), lines.get(1));
        assertTrue(lines.get(1).contains("22.000 ms") && lines.get(1).contains("2.000 ms")
                && lines.get(1).contains("10.0x"), "median process 22 ms, net 2 ms, Paceline 0.2 ms: " + lines.get(1));
        assertTrue(lines.get(2).startsWith("generated large") && lines.get(2).contains("10.0x"), lines.get(2));
        String last = lines.getLast();
        assertTrue(last.startsWith("overall ratio, Pacemaker / Paceline (higher is better for Paceline): 9.5x"),
                "(1 + 2 + 4 + 100) / (0.1 + 0.2 + 1 + 10): " + last);
        assertTrue(last.contains("over 4 inputs"), last);
    }

    @Test
    void pathological_pacelineFarSlowerThanPacemaker_isListedWorstFirst() {
        List<Measurement> measurements = List.of(
                measured("fine", "< 4 KB", 30 * MS, 2 * MS),
                measured("slow", "< 4 KB", 22 * MS, 5 * MS),
                measured("slower", "< 4 KB", 21 * MS, 8 * MS),
                measured("noise", "< 4 KB", 20 * MS, MS / 2));

        List<String> lines = ComparisonReport.pathological(measurements, STARTUP);

        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("  slower: Paceline 8.000 ms"), lines.get(1));
        assertTrue(lines.get(2).startsWith("  slow:"), lines.get(2));
    }

    @Test
    void ratio_eitherTimeIsNothing_printsADash() {
        assertEquals("-", ComparisonReport.ratio(5 * MS, 0));
        assertEquals("-", ComparisonReport.ratio(0, 5 * MS));
    }

    @Test
    void median_evenCount_isTheLowerMiddle() {
        assertEquals(2, Median.of(List.of(4L, 1L, 2L, 3L)));
        assertEquals(3, Median.of(List.of(5L, 3L, 1L)));
    }

    private static Measurement measured(String name, String bucket, long pacemaker, long paceline) {
        return new Measurement(new ComparisonInput(name, Path.of(name + ".xml"), null, bucket), pacemaker, paceline,
                2 * paceline);
    }
}
