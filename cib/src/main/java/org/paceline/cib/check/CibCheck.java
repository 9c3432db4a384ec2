package org.paceline.cib.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.paceline.cib.Document;

/**
 * Checks a parsed configuration the way Pacemaker would read it, and reports every
 * mistake at once: a configuration is fixed in one edit, not one error per try.
 */
public final class CibCheck {
    private CibCheck() {}

    /** All findings, errors and warnings, in the order of their place in the file. */
    public static List<Finding> check(Document document) {
        var findings = new ArrayList<Finding>();
        var report = new Report(document.sources(), findings);
        var config = document.cib().configuration();
        IdCheck.run(config, report);
        ReferenceCheck.run(config, report);
        ValueCheck.run(config, report);
        OrderCycleCheck.run(config, report);
        findings.sort(Comparator.comparingInt((Finding f) -> f.problem().line() <= 0 ? Integer.MAX_VALUE : f.problem().line())
                .thenComparingInt(f -> f.problem().column()));
        return List.copyOf(findings);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }
}
