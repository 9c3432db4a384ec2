package org.paceline.cli.conformance;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.paceline.cli.Main;

/**
 * Runs one case through the {@code crm_simulate} face in this process, exactly as the
 * command line runs it, and compares the output with Pacemaker's.
 */
public final class CaseRunner {
    private CaseRunner() {}

    /** Runs the case; whatever goes wrong, even a crash, is that case's failure. */
    public static CaseOutcome run(ConformanceCase conformanceCase) {
        try {
            List<String> expected = Files.readAllLines(conformanceCase.summary());
            var text = new StringWriter();
            // Pacemaker's summaries hold standard error too (a deprecation warning), in order.
            var both = new PrintWriter(text, true);
            Main.run("crm_simulate", both, both, conformanceCase.commandLine().toArray(String[]::new));
            both.flush();
            List<String> actual = text.toString().lines().toList();
            return compare(conformanceCase, expected, actual);
        } catch (IOException e) {
            return new CaseOutcome(conformanceCase.name(), conformanceCase.tier(), false, false,
                    "cannot read the summary: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return new CaseOutcome(conformanceCase.name(), conformanceCase.tier(), false, false, "crashed: " + e);
        }
    }

    /** Compares a run's output with Pacemaker's: (a) line by line, (b) the Transition Summary as a sorted list. */
    static CaseOutcome compare(ConformanceCase conformanceCase, List<String> expected, List<String> actual) {
        List<String> expectedLines = normalized(expected);
        List<String> actualLines = normalized(actual);
        List<String> expectedSummary = summary(expectedLines);
        List<String> actualSummary = summary(actualLines);
        boolean outputMatches = expectedLines.equals(actualLines);
        boolean summaryMatches = expectedSummary.equals(actualSummary);
        String difference = "";
        if (!summaryMatches) {
            difference = "transition summary differs: " + firstDifference(expectedSummary, actualSummary);
        } else if (!outputMatches) {
            difference = "output differs at line " + (firstIndex(expectedLines, actualLines) + 1) + ": "
                    + firstDifference(expectedLines, actualLines);
        }
        return new CaseOutcome(conformanceCase.name(), conformanceCase.tier(), outputMatches, summaryMatches, difference);
    }

    /** Each line with runs of whitespace as one space and no trailing space; trailing blank lines dropped. */
    static List<String> normalized(List<String> lines) {
        var result = new ArrayList<String>();
        for (String line : lines) {
            result.add(line.replaceAll("\\s+", " ").stripTrailing());
        }
        while (!result.isEmpty() && result.getLast().isEmpty()) {
            result.removeLast();
        }
        return result;
    }

    /** The lines under "Transition Summary:" up to the next blank line, sorted. */
    static List<String> summary(List<String> normalizedLines) {
        var lines = new ArrayList<String>();
        int start = normalizedLines.indexOf("Transition Summary:");
        if (start < 0) {
            return List.of("(no Transition Summary)");
        }
        for (int i = start + 1; i < normalizedLines.size() && !normalizedLines.get(i).isEmpty(); i++) {
            lines.add(normalizedLines.get(i));
        }
        lines.sort(null);
        return lines;
    }

    private static int firstIndex(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        return i;
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        int i = firstIndex(expected, actual);
        String wanted = i < expected.size() ? "\"" + expected.get(i) + "\"" : "(nothing more)";
        String got = i < actual.size() ? "\"" + actual.get(i) + "\"" : "(nothing more)";
        return "expected " + wanted + ", got " + got;
    }
}
