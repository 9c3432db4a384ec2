package org.paceline.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One case compared with Pacemaker's output, and the ratchet kept; on small folders made here. */
class CaseRunnerTest {
    @TempDir
    Path dir;

    private static final ConformanceCase CASE = new ConformanceCase("c1", Path.of("c1.xml"), Path.of("c1.summary"),
            List.of(), "core");

    @Test
    void compare_summaryInOtherOrderAndSpacing_passesBButNotA() {
        var expected = List.of("Transition Summary:", "  * Start   rsc1   ( node1 )", "  * Stop rsc2 ( node2 )", "");
        var actual = List.of("Transition Summary:", "  * Stop rsc2 ( node2 )", "  * Start rsc1 ( node1 )");
        CaseOutcome outcome = CaseRunner.compare(CASE, expected, actual);
        assertTrue(outcome.summaryMatches());
        assertFalse(outcome.outputMatches());
        assertEquals("c1: output differs at line 2: expected \" * Start rsc1 ( node1 )\", got \" * Stop rsc2 ( node2 )\"",
                outcome.oneLine());
    }

    @Test
    void compare_missingSummaryLine_failsBAndSaysWhich() {
        CaseOutcome outcome = CaseRunner.compare(CASE, List.of("Transition Summary:", "  * Start rsc1 ( node1 )"),
                List.of("Transition Summary:"));
        assertFalse(outcome.summaryMatches());
        assertEquals("c1: transition summary differs: expected \" * Start rsc1 ( node1 )\", got (nothing more)",
                outcome.oneLine());
    }

    @Test
    void run_unreadableInput_isThatCasesFailureNotACrash() throws Exception {
        Files.createDirectories(dir.resolve("xml"));
        Files.createDirectories(dir.resolve("summary"));
        Files.writeString(dir.resolve("xml/bad.xml"), "<cib><configuration>");
        Files.writeString(dir.resolve("summary/bad.summary"), "Transition Summary:\n  * Start rsc1 ( node1 )\n");
        Files.writeString(dir.resolve("manifest.tsv"), "name\targs\ttier\nbad\t\textended\n");
        List<ConformanceCase> cases = ConformanceCase.inFolder(dir);
        assertEquals("extended", cases.getFirst().tier());
        List<CaseOutcome> outcomes = ConformanceReport.run(cases);
        assertFalse(outcomes.getFirst().outputMatches());
        List<String> report = ConformanceReport.lines(outcomes);
        assertEquals("0 passed, 1 failed", report.getLast());
        assertEquals("extended: output 0/1 agree, transition summary 0/1 agree", report.get(report.size() - 2));
    }

    @Test
    void commandLine_dateArgumentWithABlank_staysOneArgument() {
        var dated = new ConformanceCase("origin", Path.of("origin.xml"), Path.of("origin.summary"),
                List.of("-t", "2014-05-07", "00:28:00"), "core");
        assertEquals(List.of("-x", "origin.xml", "-S", "-t", "2014-05-07 00:28:00"), dated.commandLine());
    }

    @Test
    void update_addsNewlyPassingCasesAndNeverRemoves() throws Exception {
        Path file = Files.writeString(dir.resolve("ratchet.txt"), "b\nold\n");
        var outcomes = List.of(new CaseOutcome("a", "core", true, true, ""),
                new CaseOutcome("b", "core", false, false, "x"), new CaseOutcome("c", "core", false, true, ""));
        assertEquals(2, Ratchet.update(file, outcomes));
        assertEquals("a\nb\nc\nold\n", Files.readString(file));
        assertEquals(List.of("b"), Ratchet.regressions(Ratchet.read(file), outcomes));
    }
}
