package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.paceline.cib.Cib;
import org.paceline.cib.Configuration;
import org.paceline.cib.Document;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;
import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.resources.Bundle;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Group;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.resources.Resource;

/**
 * Mutated samples (characters and words deleted, inserted, replaced or duplicated, text
 * cut short, lines swapped) never make the reader throw or hang, and every problem it
 * reports has a place; what reads is shown in DISPLAY mode and reads back the same.
 */
class CrmReaderMutationTest {
    private static final List<String> WORDS = List.of("\\", "¥", "\"", "'", "(", ")", "[", "]", "{", "}", ":", "=",
            "#", "$id=", "rule", "and", "or", "op", "params", "meta", "inf:", "-INFINITY:", "\n", " ", "date",
            "in_range", "date_spec", "defined", "@", "/", "primitive", "location", "fencing_topology", "attr:",
            "regexp:", "to", "{", "ms", "group", "clone", "Master:", ",", "\t", "\r", "node", "xml", "<", ">", "/>",
            "</", "id=", "&", "<primitive id=\"p\" class=\"ocf\" type=\"D\"/>");

    private static final String EVERY_STATEMENT = "every-statement.crm";
    private static final String XML_STATEMENTS = "xml-statements.crm";

    @Provide
    Arbitrary<String> sample() {
        return Arbitraries.of(CrmSamples.PG_REX, CrmSamples.SHARED_DISK, EVERY_STATEMENT, XML_STATEMENTS);
    }

    @Property(tries = 400)
    void read_mutatedSample_neverThrowsNeverHangsAndPlacesEveryProblem(
            @ForAll("sample") String name, @ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int mutations) {
        String original = switch (name) {
            case EVERY_STATEMENT -> CrmTexts.EVERY_STATEMENT;
            case XML_STATEMENTS -> CrmTexts.XML_STATEMENTS;
            default -> CrmSamples.text(name);
        };
        String text = mutate(original, new Random(seed), mutations);
        Parsed<Document> parsed = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CrmReader.read(name, text));
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            for (Problem problem : invalid.problems()) {
                assertTrue(problem.line() >= 1 && problem.column() >= 1, problem::oneLine);
                assertTrue(!problem.oneLine().contains("\n"), problem::oneLine);
            }
        } else {
            // What reads also prints (or says why it cannot), and what prints reads back the same,
            // in the writer's order of statements.
            var cib = canonical(parsed.orThrow().cib());
            Parsed<String> written = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CrmWriter.write(cib));
            if (written instanceof Parsed.Valid<String> valid) {
                Parsed<Document> again = CrmReader.read("printed.crm", valid.value());
                assertTrue(again.isValid(), () -> again + "\n" + valid.value());
                var reread = again.orThrow().cib();
                assertTrue(cib.equals(reread), () -> firstDifference(cib.toString(), reread.toString()));
            }
            // Whatever reads also shows, and what is shown reads back the same but for ids without a place.
            Parsed<String> shown = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> CrmWriter.write(cib, CrmWriter.Mode.DISPLAY));
            assertTrue(shown.isValid(), shown::toString);
            Parsed<Document> again = CrmReader.read("shown.crm", shown.orThrow());
            assertTrue(again.isValid(), () -> again + "\n" + shown.orThrow());
            String expected = CarriedConfiguration.of(cib.configuration());
            String actual = CarriedConfiguration.of(again.orThrow().cib().configuration());
            assertTrue(expected.equals(actual), () -> firstDifference(expected, actual) + "\n" + shown.orThrow());
        }
    }

    @Property(tries = 300)
    void read_randomText_neverThrows(@ForAll long seed, @ForAll @IntRange(min = 0, max = 200) int length) {
        var random = new Random(seed);
        var text = new StringBuilder();
        while (text.length() < length) {
            text.append(random.nextInt(3) == 0 ? WORDS.get(random.nextInt(WORDS.size()))
                    : String.valueOf((char) (32 + random.nextInt(95))));
        }
        Parsed<Document> parsed = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CrmReader.read("random.crm", text.toString()));
        if (parsed instanceof Parsed.Invalid<Document> invalid) {
            invalid.problems().forEach(p -> assertTrue(p.line() >= 1 && p.column() >= 1, p::oneLine));
        }
    }

    /** The CIB with resources and constraints in the order crm text prints them, by kind. */
    private static Cib canonical(Cib cib) {
        Configuration configuration = cib.configuration();
        List<Resource> resources = configuration.resources().stream()
                .sorted(Comparator.comparingInt(r -> switch (r) {
                    case Primitive p -> 0;
                    case Group g -> 1;
                    case Clone c -> 2;
                    case Bundle b -> 3;
                })).toList();
        List<Constraint> constraints = configuration.constraints().stream()
                .sorted(Comparator.comparingInt(c -> switch (c) {
                    case Location l -> 0;
                    case Colocation c2 -> 1;
                    case Order o -> 2;
                    case TicketConstraint t -> 3;
                })).toList();
        return cib.withConfiguration(configuration.withResources(resources).withConstraints(constraints));
    }

    /** Where two long descriptions part, with some context: a readable failure message. */
    private static String firstDifference(String expected, String actual) {
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 200);
        return "read:    ..." + expected.substring(from, Math.min(expected.length(), at + 200))
                + "\nreread:  ..." + actual.substring(from, Math.min(actual.length(), at + 200));
    }

    private static String mutate(String text, Random random, int mutations) {
        String result = text;
        for (int i = 0; i < mutations; i++) {
            result = switch (random.nextInt(8)) {
                case 0 -> deleteCharacter(result, random);
                case 1 -> insert(result, random, String.valueOf((char) (32 + random.nextInt(95))));
                case 2 -> insert(result, random, WORDS.get(random.nextInt(WORDS.size())));
                case 3 -> replaceToken(result, random);
                case 4 -> duplicateToken(result, random);
                case 5 -> result.substring(0, random.nextInt(result.length() + 1));
                case 6 -> swapLines(result, random);
                default -> deleteToken(result, random);
            };
        }
        return result;
    }

    private static String deleteCharacter(String text, Random random) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        return text.substring(0, at) + text.substring(at + 1);
    }

    private static String insert(String text, Random random, String what) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + what + text.substring(at);
    }

    private static List<String> tokens(String text) {
        return List.of(text.split("(?<=\\s)|(?=\\s)"));
    }

    private static String replaceToken(String text, Random random) {
        var tokens = new ArrayList<>(tokens(text));
        tokens.set(random.nextInt(tokens.size()), WORDS.get(random.nextInt(WORDS.size())));
        return String.join("", tokens);
    }

    private static String duplicateToken(String text, Random random) {
        var tokens = new ArrayList<>(tokens(text));
        int at = random.nextInt(tokens.size());
        tokens.add(at, tokens.get(at));
        return String.join("", tokens);
    }

    private static String deleteToken(String text, Random random) {
        var tokens = new ArrayList<>(tokens(text));
        tokens.remove(random.nextInt(tokens.size()));
        return String.join("", tokens);
    }

    private static String swapLines(String text, Random random) {
        var lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        String first = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, first);
        return String.join("\n", lines);
    }
}
