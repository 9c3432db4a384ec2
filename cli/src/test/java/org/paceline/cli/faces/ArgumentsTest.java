package org.paceline.cli.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Command lines read as Pacemaker's tools read them. */
class ArgumentsTest {
    private static final String SHORT = "1rfAn:p::q";
    private static final Map<String, String> LONG = Map.of("name:", "n", "promotion::", "p", "quiet", "q",
            "output-as:", "output-as");

    @Test
    void bundledShortOptions_eachCount() throws Exception {
        var a = Arguments.parse(new String[] {"-1rfA"}, SHORT, LONG);
        assertEquals(List.of(new Arguments.Option("1", null), new Arguments.Option("r", null),
                new Arguments.Option("f", null), new Arguments.Option("A", null)), a.options());
    }

    @Test
    void values_attachedOrNextWord_longWithEqualsOrNextWord() throws Exception {
        assertEquals("x", Arguments.parse(new String[] {"-nx"}, SHORT, LONG).value("n"));
        assertEquals("x", Arguments.parse(new String[] {"-n", "x"}, SHORT, LONG).value("n"));
        assertEquals("x", Arguments.parse(new String[] {"--name=x"}, SHORT, LONG).value("n"));
        assertEquals("x", Arguments.parse(new String[] {"--name", "x"}, SHORT, LONG).value("n"));
        assertEquals("xml", Arguments.parse(new String[] {"--output-as=xml"}, SHORT, LONG).value("output-as"));
        // A later value wins, as with Pacemaker's tools.
        assertEquals("y", Arguments.parse(new String[] {"-n", "x", "-n", "y"}, SHORT, LONG).value("n"));
    }

    @Test
    void optionalValue_takesTheNextWordUnlessItIsAnOption() throws Exception {
        var withResource = Arguments.parse(new String[] {"-p", "pgsql", "-q"}, SHORT, LONG);
        assertEquals("pgsql", withResource.value("p"));
        var without = Arguments.parse(new String[] {"-p", "-q"}, SHORT, LONG);
        assertEquals(null, without.value("p"));
        assertEquals(true, without.has("p") && without.has("q"));
        assertEquals("pgsql", Arguments.parse(new String[] {"--promotion=pgsql"}, SHORT, LONG).value("p"));
    }

    @Test
    void negativeNumbers_areValuesNotOptions() throws Exception {
        assertEquals("-INFINITY", Arguments.parse(new String[] {"-n", "-INFINITY"}, SHORT, LONG).value("n"));
    }

    @Test
    void mistakes_areUsageErrorsNamingTheOption() {
        assertEquals("invalid option -- 'z'",
                assertThrows(Arguments.UsageError.class, () -> Arguments.parse(new String[] {"-z"}, SHORT, LONG))
                        .getMessage());
        assertEquals("option requires an argument -- 'n'",
                assertThrows(Arguments.UsageError.class, () -> Arguments.parse(new String[] {"-n"}, SHORT, LONG))
                        .getMessage());
        assertEquals("unrecognized option '--nmae'",
                assertThrows(Arguments.UsageError.class, () -> Arguments.parse(new String[] {"--nmae=x"}, SHORT, LONG))
                        .getMessage());
        assertEquals("option '--quiet' takes no value",
                assertThrows(Arguments.UsageError.class, () -> Arguments.parse(new String[] {"--quiet=1"}, SHORT, LONG))
                        .getMessage());
    }
}
