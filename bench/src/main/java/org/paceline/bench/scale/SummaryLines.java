package org.paceline.bench.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * The Transition Summary of what {@code crm_simulate} (Pacemaker's or Paceline's)
 * printed, made comparable: each entry with its runs of spaces collapsed (the column
 * widths depend on the widest entry), sorted (the two list changes in the same
 * groups, not always in the same order within one).
 */
final class SummaryLines {
    private static final String HEADING = "Transition Summary:";

    private SummaryLines() {}

    /** The summary's entries, or null when the output has no Transition Summary. */
    static List<String> of(String output) {
        var entries = new ArrayList<String>();
        boolean inside = false;
        for (String line : output.lines().toList()) {
            if (line.strip().equals(HEADING)) {
                inside = true;
            } else if (inside) {
                if (line.isBlank() || !Character.isWhitespace(line.charAt(0))) {
                    break;
                }
                entries.add(line.strip().replaceAll("\\s+", " "));
            }
        }
        if (!inside) {
            return null;
        }
        entries.sort(null);
        return entries;
    }
}
