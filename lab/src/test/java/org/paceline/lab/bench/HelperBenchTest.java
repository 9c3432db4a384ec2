package org.paceline.lab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * {@code paceline bench helpers} against a real daemon: every helper agents call answers
 * as pgsql and PG-REX's tools read it (each call's output is checked before it is timed),
 * and the report has a line per call. No time is asserted: speed is shown by the benchmark.
 */
class HelperBenchTest {

    @Test
    void benchHelpers_onAOneNodeLab_answersEveryCallAndReportsEach() throws Exception {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new HelperBench(out, 1, 19650).run();
        String report = bytes.toString(StandardCharsets.UTF_8);
        for (HelperTiming.Call call : HelperTiming.CALLS) {
            assertTrue(report.lines().anyMatch(line -> line.startsWith(call.label() + " ")),
                    "no line for " + call.label() + " in:\n" + report);
        }
        assertEquals(1, report.lines().filter(line -> line.startsWith("bar: every helper call's median")).count(),
                report);
    }
}
