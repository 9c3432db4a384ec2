package org.paceline.scheduler.output;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;

/**
 * Compares the status block with what crm_simulate printed for each of Pacemaker's
 * regression cases. Cases listed in {@code status-ratchet.txt} must keep passing; the
 * others are reported, grouped by their first differing line, so that work goes where it
 * fixes most. {@code -Dpaceline.rewrite=true} rewrites the list with every passing case.
 */
class ClusterStatusConformanceTest {
    private static final String RATCHET = "status-ratchet.txt";

    @TestFactory
    Stream<DynamicTest> status_ofEachConformanceCase_matchesCrmSimulate() throws IOException {
        String property = System.getProperty("paceline.conformance");
        Assumptions.assumeTrue(property != null && Files.isDirectory(Path.of(property)),
                "Pacemaker's regression cases are not here");
        Path folder = Path.of(property);
        var ratchet = ratchet();
        var results = new ArrayList<Result>();
        var tests = new ArrayList<DynamicTest>();
        for (ConformanceCase c : ConformanceCase.all(folder)) {
            if (c.injects()) {
                results.add(new Result(c, Outcome.SKIPPED, null));
                continue;
            }
            Result result = run(c);
            results.add(result);
            boolean required = ratchet.contains(c.name());
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                if (required && result.outcome() != Outcome.PASSED) {
                    fail(c.name() + " passed before and fails now:\n" + result.difference());
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("summary", () -> {
            report(results);
            assertTrue(results.stream().anyMatch(r -> r.outcome() == Outcome.PASSED) || ratchet.isEmpty());
        }));
        return tests.stream();
    }

    private enum Outcome { PASSED, FAILED, SKIPPED }

    private record Result(ConformanceCase conformanceCase, Outcome outcome, String difference) {
        String firstLine() {
            return difference == null ? "" : difference.lines().findFirst().orElse("");
        }
    }

    private static Result run(ConformanceCase c) {
        try {
            Parsed<Document> parsed = c.read();
            if (!(parsed instanceof Parsed.Valid<Document> valid)) {
                return new Result(c, Outcome.FAILED, "unreadable input: " + parsed);
            }
            var cib = valid.value().cib();
            var rendered = ClusterStatusText.render(cib, c.instant(cib));
            var actual = new ArrayList<>(rendered.preamble());
            actual.add("Current cluster status:");
            actual.addAll(rendered.lines());
            List<String> expected = c.expected();
            String difference = difference(expected, actual);
            return new Result(c, difference == null ? Outcome.PASSED : Outcome.FAILED, difference);
        } catch (IOException | RuntimeException e) {
            return new Result(c, Outcome.FAILED, "threw " + e);
        }
    }

    /** The first line that differs, expected then actual; null when both are the same. */
    private static String difference(List<String> expected, List<String> actual) {
        int n = Math.max(expected.size(), actual.size());
        for (int i = 0; i < n; i++) {
            String e = i < expected.size() ? expected.get(i) : "<end>";
            String a = i < actual.size() ? actual.get(i) : "<end>";
            if (!e.equals(a)) {
                return "line " + (i + 1) + "\n  expected: " + e + "\n  actual:   " + a;
            }
        }
        return null;
    }

    private static TreeSet<String> ratchet() throws IOException {
        var names = new TreeSet<String>();
        try (InputStream in = ClusterStatusConformanceTest.class.getClassLoader().getResourceAsStream(RATCHET)) {
            if (in != null) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        names.add(line.trim());
                    }
                }
            }
        }
        return names;
    }

    private static void report(List<Result> results) throws IOException {
        Map<String, int[]> byTier = new TreeMap<>();
        Map<String, List<String>> groups = new TreeMap<>();
        var passing = new TreeSet<String>();
        int skipped = 0;
        for (Result r : results) {
            int[] counts = byTier.computeIfAbsent(r.conformanceCase().tier(), t -> new int[2]);
            switch (r.outcome()) {
                case SKIPPED -> skipped++;
                case PASSED -> {
                    counts[0]++;
                    counts[1]++;
                    passing.add(r.conformanceCase().name());
                }
                case FAILED -> {
                    counts[1]++;
                    String[] parts = r.difference().split("\n");
                    String key = parts.length > 1 ? parts[1].trim() : parts[0];
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r.conformanceCase().name());
                }
            }
        }
        var out = new StringBuilder();
        int passed = passing.size();
        out.append("cluster status: ").append(passed).append(" of ").append(results.size()).append(" pass, ")
                .append(skipped).append(" skipped (injections)\n");
        byTier.forEach((tier, c) -> out.append("  ").append(tier).append(": ").append(c[0]).append(" of ")
                .append(c[1]).append('\n'));
        System.out.print(out);
        var detail = new StringBuilder(out);
        groups.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size()).forEach(g -> {
            detail.append(g.getValue().size()).append("  ").append(g.getKey()).append('\n');
            for (String name : g.getValue()) {
                String diff = results.stream().filter(r -> r.conformanceCase().name().equals(name)).findFirst()
                        .map(Result::difference).orElse("");
                detail.append("      ").append(name).append(": ").append(diff.replace("\n", "\n        ")).append('\n');
            }
        });
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("status-report.txt"), detail);
        }
        if (Boolean.getBoolean("paceline.rewrite")) {
            Path ratchet = Path.of("src", "test", "resources", RATCHET);
            if (Files.isDirectory(ratchet.getParent())) {
                Files.writeString(ratchet, String.join("\n", passing) + "\n");
            }
        }
    }
}
