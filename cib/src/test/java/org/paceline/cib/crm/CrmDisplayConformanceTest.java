package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.xml.CibXmlReader;

/**
 * {@code crm configure show} of every scheduler input of Pacemaker's regression suite
 * (read from {@code paceline.conformance}, never copied): it prints without problems,
 * reads back without problems, prints again the same, and what it reads back is the
 * configuration that was shown, but for the ids crm syntax has no place for.
 */
class CrmDisplayConformanceTest {

    @TestFactory
    Stream<DynamicTest> displayThenRead_schedulerInput_keepsAllButUncarriedIds() throws IOException {
        String folder = System.getProperty("paceline.conformance");
        Path inputs = folder == null ? null : Path.of(folder, "xml");
        Assumptions.assumeTrue(inputs != null && Files.isDirectory(inputs), "Pacemaker's scheduler inputs are absent");
        List<Path> files;
        try (Stream<Path> listing = Files.list(inputs)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        Cib shown = valid("XML reading", CibXmlReader.read(name, Files.readString(file, StandardCharsets.UTF_8)))
                .cib();

        String text = valid("DISPLAY writing", CrmWriter.write(shown, CrmWriter.Mode.DISPLAY));
        Cib readBack = valid("reading the shown text back", CrmReader.read(name + ".crm", text), text).cib();
        assertEquals(text, valid("writing again", CrmWriter.write(readBack, CrmWriter.Mode.DISPLAY)),
                "showing what was read back prints other text");
        String expected = CarriedConfiguration.of(shown.configuration());
        String actual = CarriedConfiguration.of(readBack.configuration());
        if (!expected.equals(actual)) {
            fail("the configuration read back differs from the one shown: " + firstDifference(expected, actual)
                    + "\n--- shown as ---\n" + text);
        }
    }

    private static <T> T valid(String step, Parsed<T> parsed) {
        return valid(step, parsed, "");
    }

    private static <T> T valid(String step, Parsed<T> parsed, String context) {
        if (parsed instanceof Parsed.Invalid<T> invalid) {
            fail(step + " found problems:\n" + invalid.problems().stream().map(Problem::oneLine)
                    .collect(Collectors.joining("\n")) + (context.isEmpty() ? "" : "\n--- in ---\n" + context));
        }
        return parsed.orThrow();
    }

    /** Where two texts first differ, with the lines around it. */
    private static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, expected.lastIndexOf('\n', Math.max(0, i - 1)) - 300);
        return "at character " + i + "\n--- expected ---\n"
                + expected.substring(from, Math.min(expected.length(), i + 300))
                + "\n--- actual ---\n" + actual.substring(Math.min(from, actual.length()), Math.min(actual.length(), i + 300));
    }
}
