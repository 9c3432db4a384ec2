package org.paceline.scheduler.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.xml.CibXmlReader;
import org.paceline.scheduler.Decision;
import org.paceline.scheduler.Scheduler;
import org.paceline.scheduler.simulation.EffectiveDate;
import org.paceline.scheduler.simulation.GraphExecution;

/**
 * The graphs the scheduler builds for Pacemaker's regression cases, executed as
 * crm_simulate executes them: for every case whose Transition Summary already agrees
 * with Pacemaker's, the "Executing Cluster Transition" lines are compared with the
 * summary file's. The cases listed in {@code graph-ratchet.txt} must keep matching.
 */
class ConformanceGraphsTest {
    private static Path cases() {
        String folder = System.getProperty("paceline.conformance");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "xml")), "conformance cases not found");
        return Path.of(folder);
    }

    @Test
    void execute_casesWhoseSummaryAgrees_printTheExecutingSectionOfPacemaker() throws Exception {
        Path cases = cases();
        Map<String, String> outcomes = outcomes(cases);
        var matching = new TreeSet<String>();
        outcomes.forEach((name, outcome) -> {
            if (outcome.isEmpty()) {
                matching.add(name);
            }
        });
        long agreeing = outcomes.size();
        System.out.println("graph conformance: Executing section matches in " + matching.size() + " of " + agreeing
                + " cases whose Transition Summary agrees");
        if (Boolean.getBoolean("paceline.graph.verbose")) {
            outcomes.forEach((name, outcome) -> {
                if (!outcome.isEmpty()) {
                    System.out.println("differs " + name + ": " + outcome);
                }
            });
        }
        String only = System.getProperty("paceline.graph.case");
        if (only != null) {
            System.out.println(only + ": " + outcomes.getOrDefault(only, "(summary differs or case skipped)"));
        }
        if (Boolean.getBoolean("paceline.rewrite")) {
            Files.writeString(Path.of("src/test/resources/graph-ratchet.txt"), String.join("\n", matching) + "\n");
        }
        var regressed = new ArrayList<String>();
        for (String name : ratchet()) {
            if (!matching.contains(name)) {
                regressed.add(name + ": " + outcomes.getOrDefault(name, "Transition Summary no longer agrees"));
            }
        }
        assertEquals(List.of(), regressed, "ratchet cases whose Executing section no longer matches");
    }

    @Test
    void ratchet_isSortedAndWithoutDuplicates() throws Exception {
        try (InputStream in = ConformanceGraphsTest.class.getResourceAsStream("/graph-ratchet.txt")) {
            assertNotNull(in, "the ratchet file is on the test class path");
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals(List.copyOf(new TreeSet<>(lines)), lines);
        }
    }

    /** For each case whose summary agrees: "" when the Executing section matches, else the first difference. */
    private static Map<String, String> outcomes(Path cases) throws Exception {
        var outcomes = new TreeMap<String, String>();
        Map<String, String> arguments = manifestArguments(cases.resolve("manifest.tsv"));
        try (Stream<Path> files = Files.list(cases.resolve("xml"))) {
            for (Path input : files.sorted().toList()) {
                String file = input.getFileName().toString();
                String name = file.substring(0, file.length() - ".xml".length());
                Path summary = cases.resolve("summary").resolve(name + ".summary");
                if (!file.endsWith(".xml") || !Files.isRegularFile(summary)
                        || !arguments.getOrDefault(name, "").isBlank()) {
                    continue;
                }
                Parsed<Document> document = CibXmlReader.read(name, Files.readString(input));
                if (!document.isValid()) {
                    continue;
                }
                Cib cib = document.orThrow().cib();
                List<String> expected = Files.readAllLines(summary);
                Instant now = EffectiveDate.of(cib, null, ZoneOffset.UTC, Instant.EPOCH).orThrow().now();
                Decision decision;
                try {
                    decision = Scheduler.schedule(cib, now);
                } catch (RuntimeException e) {
                    continue;
                }
                var summaryLines = new ArrayList<String>(decision.fencing());
                summaryLines.addAll(decision.summary().lines());
                if (!sorted(summaryLines).equals(sorted(section(expected, "Transition Summary:")))) {
                    continue;
                }
                List<String> actual = GraphExecution.run(cib, decision.graph(), List.of(), now).lines().stream()
                        .map(ConformanceGraphsTest::collapse).toList();
                List<String> wanted = section(expected, "Executing Cluster Transition:");
                if (name.equals(System.getProperty("paceline.graph.case"))) {
                    decision.graph().synapses().forEach(synapse -> System.out.println(synapse.id() + " "
                            + synapse.priority() + " " + synapse.action().id() + " " + synapse.action().task() + " "
                            + synapse.action().key() + " IN " + synapse.inputs() + " " + synapse.action().attributes()));
                    actual.forEach(line -> System.out.println("got: " + line));
                }
                outcomes.put(name, actual.equals(wanted) ? "" : difference(wanted, actual));
            }
        }
        return outcomes;
    }

    private static String difference(List<String> expected, List<String> actual) {
        int i = 0;
        while (i < expected.size() && i < actual.size() && expected.get(i).equals(actual.get(i))) {
            i++;
        }
        return "line " + (i + 1) + ": expected " + (i < expected.size() ? "\"" + expected.get(i) + "\"" : "(nothing)")
                + ", got " + (i < actual.size() ? "\"" + actual.get(i) + "\"" : "(nothing)");
    }

    private static Map<String, String> manifestArguments(Path manifest) throws Exception {
        var arguments = new TreeMap<String, String>();
        if (Files.isRegularFile(manifest)) {
            for (String line : Files.readAllLines(manifest)) {
                String[] fields = line.split("\t", -1);
                if (fields.length > 1 && !fields[0].equals("name")) {
                    arguments.put(fields[0].strip(), fields[1].strip());
                }
            }
        }
        return arguments;
    }

    /** The lines of one section ("  * ..."), whitespace collapsed. */
    static List<String> section(List<String> summary, String title) {
        var lines = new ArrayList<String>();
        boolean inside = false;
        for (String line : summary) {
            if (line.equals(title)) {
                inside = true;
            } else if (inside && line.startsWith("  ")) {
                lines.add(collapse(line));
            } else if (inside) {
                break;
            }
        }
        return lines;
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().map(ConformanceGraphsTest::collapse).sorted().toList();
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static TreeSet<String> ratchet() throws Exception {
        try (InputStream in = ConformanceGraphsTest.class.getResourceAsStream("/graph-ratchet.txt")) {
            assertNotNull(in, "the ratchet file is on the test class path");
            var names = new TreeSet<String>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
            return names;
        }
    }
}
