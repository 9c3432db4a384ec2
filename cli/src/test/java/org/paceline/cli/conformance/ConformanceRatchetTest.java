package org.paceline.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every case in the ratchet must keep giving Pacemaker's Transition Summary: the
 * scheduler may only get closer to Pacemaker, never further away.
 */
class ConformanceRatchetTest {
    private static Path cases() {
        String folder = System.getProperty("paceline.conformance");
        Assumptions.assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "xml")), "conformance cases not found");
        return Path.of(folder);
    }

    private static TreeSet<String> ratchet() throws Exception {
        try (InputStream in = ConformanceRatchetTest.class.getResourceAsStream("/conformance-ratchet.txt")) {
            assertNotNull(in, "the ratchet file is on the test class path");
            return Ratchet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void run_allCases_everyRatchetCaseStillPasses() throws Exception {
        List<CaseOutcome> outcomes = ConformanceReport.run(ConformanceCase.inFolder(cases()));
        List<String> report = ConformanceReport.lines(outcomes);
        report.subList(Math.max(0, report.size() - 3), report.size()).forEach(System.out::println);
        TreeSet<String> ratchet = ratchet();
        List<String> regressed = Ratchet.regressions(ratchet, outcomes);
        assertEquals(List.of(), regressed, "ratchet cases that no longer pass (b); "
                + report.getLast() + "; first: " + outcomes.stream().filter(o -> regressed.contains(o.name()))
                .map(CaseOutcome::oneLine).findFirst().orElse(""));
        TreeSet<String> known = new TreeSet<>(outcomes.stream().map(CaseOutcome::name).toList());
        assertTrue(known.containsAll(ratchet), "every ratchet name is a case: " + ratchet.stream()
                .filter(n -> !known.contains(n)).toList());
    }

    @Test
    void ratchet_isSortedAndWithoutDuplicates() throws Exception {
        try (InputStream in = ConformanceRatchetTest.class.getResourceAsStream("/conformance-ratchet.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertEquals(List.copyOf(new TreeSet<>(lines)), lines);
        }
    }
}
