package org.paceline.cli.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The cases run and counted: one line per case that does not fully agree, then per tier
 * how many agree in (a) the whole output and (b) the Transition Summary, then the (b)
 * totals alone on the last line.
 */
public final class ConformanceReport {
    private ConformanceReport() {}

    /** Runs every case, two at a time per core; the outcomes come back in name order. */
    public static List<CaseOutcome> run(List<ConformanceCase> cases) {
        return cases.parallelStream().map(CaseRunner::run)
                .sorted(Comparator.comparing(CaseOutcome::name)).toList();
    }

    /** The report's lines. */
    public static List<String> lines(List<CaseOutcome> outcomes) {
        var lines = new ArrayList<String>();
        for (CaseOutcome outcome : outcomes) {
            if (!outcome.outputMatches() || !outcome.summaryMatches()) {
                lines.add(outcome.oneLine());
            }
        }
        var byTier = new TreeMap<String, List<CaseOutcome>>();
        for (CaseOutcome outcome : outcomes) {
            byTier.computeIfAbsent(outcome.tier(), tier -> new ArrayList<>()).add(outcome);
        }
        byTier.forEach((tier, inTier) -> lines.add(tier + ": output " + count(inTier, true) + "/" + inTier.size()
                + " agree, transition summary " + count(inTier, false) + "/" + inTier.size() + " agree"));
        int passed = count(outcomes, false);
        lines.add(passed + " passed, " + (outcomes.size() - passed) + " failed");
        return lines;
    }

    private static int count(List<CaseOutcome> outcomes, boolean wholeOutput) {
        int count = 0;
        for (CaseOutcome outcome : outcomes) {
            if (wholeOutput ? outcome.outputMatches() : outcome.summaryMatches()) {
                count++;
            }
        }
        return count;
    }
}
