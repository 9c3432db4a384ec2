package org.paceline.bench.scheduler;

import java.util.ArrayList;
import java.util.List;

/**
 * What the comparison left out or changed, by input, for the lines before the table:
 * inputs crm_simulate rejected, Paceline could not read or failed on, and inputs whose
 * option names were renamed for Pacemaker 2.1. Not thread-safe.
 */
final class ComparisonTally {
    private static final int NAMED = 5;

    private final List<String> rejected = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();
    private final List<String> renamed = new ArrayList<>();
    private final java.util.Set<String> failedNames = new java.util.HashSet<>();

    void rejected(String input, String reason) {
        rejected.add(input + " (" + reason + ")");
    }

    void unreadable(String input, String problem) {
        unreadable.add(input + " (" + problem + ")");
    }

    /** Paceline's scheduler threw or took longer than the timeout on this input. */
    void failed(String input, String what) {
        failed.add(input + " (" + what + ")");
        failedNames.add(input);
    }

    boolean hasFailed(String input) {
        return failedNames.contains(input);
    }

    void renamed(String input) {
        renamed.add(input);
    }

    List<String> lines() {
        var lines = new ArrayList<String>();
        lines.add(line("skipped, rejected by crm_simulate", rejected));
        lines.add(line("skipped, unreadable by Paceline", unreadable));
        lines.add(line("skipped, Paceline's scheduler threw or timed out", failed));
        lines.add("renamed Pacemaker 3 cluster option names (fencing-enabled -> stonith-enabled, ...) for"
                + " crm_simulate 2.1, both read the renamed copy: " + renamed.size());
        return lines;
    }

    private static String line(String what, List<String> inputs) {
        if (inputs.isEmpty()) {
            return what + ": 0";
        }
        String named = String.join(", ", inputs.subList(0, Math.min(NAMED, inputs.size())));
        return what + ": " + inputs.size() + ": " + named + (inputs.size() > NAMED ? ", ..." : "");
    }
}
