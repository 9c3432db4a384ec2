package org.paceline.cib.input;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.check.CibCheck;
import org.paceline.cib.crm.CrmReader;
import org.paceline.cib.xml.CibXmlReader;

/**
 * Random mutations of real inputs (the crm samples and Pacemaker's regression CIBs), fed
 * to both readers and to the checks: nothing throws, nothing hangs, every problem a
 * reader reports names a line and a column.
 */
class MutatedInputTest {
    private static final List<String> CORPUS = corpus();

    @Property(tries = 300)
    void anyMutation_givesAModelOrPositionedProblems(@ForAll("mutants") String text) {
        for (var reader : List.<java.util.function.Function<String, Parsed<Document>>>of(
                t -> CrmReader.read("m.crm", t), t -> CibXmlReader.read("m.xml", t))) {
            Parsed<Document> parsed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.apply(text));
            switch (parsed) {
                case Parsed.Valid<Document> valid ->
                        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CibCheck.check(valid.value()));
                case Parsed.Invalid<Document> invalid -> {
                    for (Problem problem : invalid.problems()) {
                        assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.oneLine());
                        assertTrue(!problem.oneLine().contains("Exception"), problem.oneLine());
                    }
                }
            }
        }
    }

    @Provide
    Arbitrary<String> mutants() {
        Arbitrary<String> source = Arbitraries.of(CORPUS);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 6);
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> noise = Arbitraries.strings().withChars("<>/=\"' \\¥\n\t#:()[]{}abc-_0&;").ofMaxLength(12);
        return Combinators.combine(source, kind, where, where, noise).as(MutatedInputTest::mutate);
    }

    private static String mutate(String text, int kind, double at, double at2, String noise) {
        if (text.isEmpty()) {
            return noise;
        }
        int i = (int) (at * text.length());
        int j = Math.min(text.length(), i + 1 + (int) (at2 * 40));
        return switch (kind) {
            case 0 -> text.substring(0, i);                                   // truncate
            case 1 -> text.substring(0, i) + text.substring(j);               // delete a stretch
            case 2 -> text.substring(0, i) + noise + text.substring(i);       // insert noise
            case 3 -> text.substring(0, i) + noise + text.substring(j);       // replace a stretch
            case 4 -> text.substring(0, j) + text.substring(i, j) + text.substring(j); // duplicate a stretch
            case 5 -> swapLines(text, at, at2);
            default -> text.substring(0, i) + text.substring(i).replaceFirst("[a-z]", "");
        };
    }

    private static String swapLines(String text, double at, double at2) {
        var lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int a = (int) (at * lines.size());
        int b = (int) (at2 * lines.size());
        if (a < lines.size() && b < lines.size()) {
            String line = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, line);
        }
        return String.join("\n", lines);
    }

    /** The samples, and a spread of small regression inputs (large ones make each try slow). */
    private static List<String> corpus() {
        var texts = new ArrayList<String>();
        texts.add("primitive a ocf:heartbeat:Dummy \\\n    op monitor interval=10s\nlocation l a rule -inf: #uname eq n1 or x lt 100\n");
        for (String property : List.of("paceline.samples", "paceline.conformance")) {
            String folder = System.getProperty(property);
            if (folder == null) {
                continue;
            }
            Path dir = property.equals("paceline.conformance") ? Path.of(folder, "xml") : Path.of(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    if (Files.size(file) < 40_000) {
                        texts.add(Files.readString(file));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read test inputs in " + dir, e);
            }
        }
        return List.copyOf(texts);
    }
}
