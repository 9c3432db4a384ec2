package org.paceline.cib.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.paceline.cib.Cib;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;

/** Every scheduler regression input of Pacemaker reads, and writes back with nothing lost. */
class SchedulerInputRoundTripTest {

    @TestFactory
    Stream<DynamicTest> readWrite_eachSchedulerInput_losesNothing() throws IOException {
        String folder = System.getProperty("paceline.conformance");
        Path inputs = folder == null ? null : Path.of(folder, "xml");
        Assumptions.assumeTrue(inputs != null && Files.isDirectory(inputs), "Pacemaker's scheduler inputs are absent");
        List<Path> files;
        try (Stream<Path> listing = Files.list(inputs)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws Exception {
        String name = file.getFileName().toString();
        String input = Files.readString(file);
        Cib first = valid(CibXmlReader.read(name, input));

        String written = CibXmlWriter.write(first);
        Cib second = valid(CibXmlReader.read("written " + name, written));
        assertEquals(first, second, "read(write(read(f))) differs from read(f)");
        assertEquals(written, CibXmlWriter.write(second), "writing is not idempotent");

        String expected = XmlTrees.canonical(input, input);
        String actual = XmlTrees.canonical(written, input);
        if (!expected.equals(actual)) {
            fail("the written document differs from the input: " + XmlTrees.firstDifference(expected, actual));
        }
    }

    private static Cib valid(Parsed<Document> parsed) {
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            fail(invalid.problems().stream().map(p -> p.oneLine()).reduce((a, b) -> a + "\n" + b).orElseThrow());
        }
        assertTrue(parsed.isValid());
        return parsed.orThrow().cib();
    }
}
