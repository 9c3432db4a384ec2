package org.paceline.bench.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paceline.cib.Parsed;

class ComparisonOptionsTest {
    @TempDir
    Path dir;

    @Test
    void parse_folderAndRounds_takesThem() {
        var options = ComparisonOptions.parse(new String[] {dir.toString(), "--rounds", "5", "--timeout", "9"}, null)
                .orThrow();

        assertEquals(dir, options.folder());
        assertEquals(5, options.rounds());
        assertEquals(Duration.ofSeconds(9), options.timeout());
        assertTrue(options.generated());
    }

    @Test
    void parse_nothing_takesTheRegressionInputsNextToTheTree() throws Exception {
        Path home = Files.createDirectories(dir.resolve("tree"));
        Path cases = Files.createDirectories(dir.resolve("shared/conformance/pacemaker-scheduler"));

        var options = ComparisonOptions.parse(new String[0], home).orThrow();

        assertEquals(cases, options.folder());
        assertEquals(ComparisonOptions.DEFAULT_ROUNDS, options.rounds());
    }

    @Test
    void parse_nothingAndNoInputsNextToTheTree_comparesGeneratedClustersOnly() {
        var options = ComparisonOptions.parse(new String[0], dir).orThrow();

        assertNull(options.folder());
        assertTrue(options.generated());
    }

    @Test
    void parse_zeroRounds_isRejectedSayingWhatWasExpected() {
        assertProblem(new String[] {"--rounds", "0"}, "--rounds: expected a whole number of at least 1, found \"0\"");
    }

    @Test
    void parse_roundsWithoutValue_isRejected() {
        assertProblem(new String[] {"--rounds"}, "--rounds needs a value");
    }

    @Test
    void parse_unknownOption_isRejectedWithUsage() {
        assertProblem(new String[] {"--fast"}, "unexpected argument \"--fast\"; usage:");
    }

    @Test
    void parse_missingFolder_isRejected() {
        assertProblem(new String[] {dir.resolve("nowhere").toString()}, "nowhere: no such folder");
    }

    @Test
    void parse_noFolderAndNoGenerated_isRejected() {
        assertProblem(new String[] {"--no-generated"}, "nothing to compare");
    }

    private static void assertProblem(String[] arguments, String expected) {
        Parsed<ComparisonOptions> parsed = ComparisonOptions.parse(arguments, null);
        assertFalse(parsed.isValid());
        String line = ((Parsed.Invalid<ComparisonOptions>) parsed).problems().getFirst().oneLine();
        assertTrue(line.startsWith(ComparisonOptions.COMMAND + ": "), line);
        assertTrue(line.contains(expected), line);
    }
}
