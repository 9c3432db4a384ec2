package org.paceline.cli.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The cases whose Transition Summary already agrees with Pacemaker's: one name a line,
 * sorted. A case once listed must keep agreeing; new ones are added, none removed.
 */
public final class Ratchet {
    private Ratchet() {}

    /** The names in a ratchet file's text; blank lines and {@code #} comments are skipped. */
    public static TreeSet<String> parse(String text) {
        var names = new TreeSet<String>();
        for (String line : text.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The file's names; none when it does not exist yet. */
    public static TreeSet<String> read(Path file) throws IOException {
        return Files.isRegularFile(file) ? parse(Files.readString(file)) : new TreeSet<>();
    }

    /** The listed cases that no longer agree, in name order. */
    public static List<String> regressions(Collection<String> ratchet, Collection<CaseOutcome> outcomes) {
        var regressed = new ArrayList<String>();
        for (CaseOutcome outcome : outcomes) {
            if (!outcome.summaryMatches() && ratchet.contains(outcome.name())) {
                regressed.add(outcome.name());
            }
        }
        regressed.sort(null);
        return regressed;
    }

    /** Writes the ratchet with every case that now agrees added; returns how many were new. */
    public static int update(Path file, Collection<CaseOutcome> outcomes) throws IOException {
        TreeSet<String> names = read(file);
        int before = names.size();
        for (CaseOutcome outcome : outcomes) {
            if (outcome.summaryMatches()) {
                names.add(outcome.name());
            }
        }
        Files.writeString(file, String.join("\n", names) + (names.isEmpty() ? "" : "\n"));
        return names.size() - before;
    }
}
