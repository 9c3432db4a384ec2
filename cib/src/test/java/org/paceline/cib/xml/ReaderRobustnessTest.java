package org.paceline.cib.xml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/** Whatever is done to a valid CIB's text, reading it never throws, and every problem has a place. */
class ReaderRobustnessTest {
    private static final String SMALL_CIB = CibXmlReaderTest.SAMPLE;

    @Property(tries = 500)
    void read_anyTruncation_neverThrowsAndPlacesEveryProblem(@ForAll @IntRange(min = 0, max = 100_000) int cut) {
        assertReadsSafely(SMALL_CIB.substring(0, cut % (SMALL_CIB.length() + 1)));
    }

    @Property(tries = 1000)
    void read_randomCharacterEdits_neverThrowAndPlaceEveryProblem(@ForAll("edited") String text) {
        assertReadsSafely(text);
    }

    @Provide
    Arbitrary<String> edited() {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.integers().between(0, SMALL_CIB.length() - 1),
                Arbitraries.integers().between(0, 2),
                Arbitraries.of('<', '>', '/', '"', '\'', '=', '&', ';', ' ', '\n', 'x', '!', '?', '-', '#', '\0'))
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(8).map(edits -> {
            var text = new StringBuilder(SMALL_CIB);
            for (Edit e : edits) {
                int at = Math.min(e.at(), text.length() - 1);
                switch (e.kind()) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, e.character());
                    default -> text.setCharAt(at, e.character());
                }
            }
            return text.toString();
        });
    }

    private record Edit(int at, int kind, char character) {}

    private static void assertReadsSafely(String text) {
        Parsed<Document> parsed = CibXmlReader.read("edited.xml", text);
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            for (Problem problem : invalid.problems()) {
                assertTrue(problem.line() >= 1, problem.oneLine());
                assertTrue(problem.column() >= 1, problem.oneLine());
            }
        } else {
            // What reads must also write and read back to the same model.
            var cib = parsed.orThrow().cib();
            var again = CibXmlReader.read("rewritten.xml", CibXmlWriter.write(cib));
            assertTrue(again.isValid() && again.orThrow().cib().equals(cib), "round trip after an edit");
        }
    }
}
