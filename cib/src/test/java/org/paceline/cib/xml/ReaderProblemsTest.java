package org.paceline.cib.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/** A user's mistakes come back as problems with the place to look, in plain words. */
class ReaderProblemsTest {

    /** A CIB whose resources section holds the given lines, the first of them on line 6. */
    private static String withResources(String... lines) {
        return "<cib epoch=\"1\" num_updates=\"0\" admin_epoch=\"0\">\n"
                + "  <configuration>\n"
                + "    <crm_config/>\n"
                + "    <nodes/>\n"
                + "    <resources>\n"
                + String.join("\n", lines) + "\n"
                + "    </resources>\n"
                + "    <constraints/>\n"
                + "  </configuration>\n"
                + "  <status/>\n"
                + "</cib>\n";
    }

    private static List<Problem> problems(String text) {
        Parsed<?> parsed = CibXmlReader.read("cib.xml", text);
        assertFalse(parsed.isValid(), "expected problems");
        List<Problem> problems = ((Parsed.Invalid<?>) parsed).problems();
        for (Problem problem : problems) {
            assertTrue(problem.line() >= 1, problem.oneLine());
            assertFalse(problem.message().matches(".*(java\\.|javax\\.|Exception|org\\.|com\\.sun).*"),
                    "the message names Java internals: " + problem.oneLine());
        }
        return problems;
    }

    private static Problem only(String text) {
        List<Problem> problems = problems(text);
        assertEquals(1, problems.size(), problems.toString());
        return problems.getFirst();
    }

    @Test
    void read_inputEndsInsideElement_namesTheUnclosedElementWhereItOpened() {
        Problem problem = only("<cib>\n  <configuration>\n    <nodes/>\n");
        assertEquals("cib.xml:2:3: <configuration> is not closed: the input ends before </configuration>",
                problem.oneLine());
    }

    @Test
    void read_wrongEndTag_saysWhichEndTagWasExpected() {
        Problem problem = only("<cib>\n  <configuration>\n    <nodes>\n  </configuration>\n</cib>");
        assertEquals("cib.xml:4:3: expected </nodes> to close <nodes> (line 3, column 5), found </configuration>",
                problem.oneLine());
    }

    @Test
    void read_unquotedAttributeValue_pointsAtTheValue() {
        Problem problem = only("<cib>\n  <configuration id=x>\n");
        assertEquals(2, problem.line());
        assertEquals(21, problem.column());
        assertEquals("expected a quoted value after id= in <configuration>, found \"x>\"", problem.message());
    }

    @Test
    void read_attributeValueWithoutClosingQuote_pointsAtTheOpeningQuote() {
        Problem problem = only("<cib epoch=\"1>\n  <configuration/>\n</cib>\n");
        assertEquals("cib.xml:1:12: the value of epoch in <cib> has no closing double quote", problem.oneLine());
    }

    @Test
    void read_textAfterRoot_pointsAtTheText() {
        Problem problem = only(withResources() + "\n  garbage\n");
        assertEquals(13, problem.line());
        assertEquals(3, problem.column());
        assertTrue(problem.message().startsWith("unexpected \"garbage\" after </cib>"), problem.message());
    }

    @Test
    void read_secondRootElement_isRefused() {
        Problem problem = only("<cib><configuration/></cib><cib/>");
        assertEquals(1, problem.line());
        assertEquals(28, problem.column());
        assertTrue(problem.message().contains("one root element"), problem.message());
    }

    @Test
    void read_emptyOrBlankInput_asksForCib() {
        for (String text : new String[] {"", "  \n\t", "<!-- nothing -->"}) {
            Problem problem = only(text);
            assertEquals(1, problem.line(), text);
            assertTrue(problem.message().contains("expected a <cib> element"), problem.message());
        }
    }

    @Test
    void read_rootThatIsNotCib_isRefused() {
        assertEquals("cib.xml:2:1: expected <cib> as the root element, found <configuration>",
                only("<?xml version=\"1.0\"?>\n<configuration/>").oneLine());
    }

    @Test
    void read_cloneInsideGroup_saysWhatAGroupHolds() {
        Problem problem = only(withResources(
                "      <group id=\"g\">",
                "        <primitive id=\"a\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"/>",
                "        <clone id=\"c\"><primitive id=\"b\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"/></clone>",
                "      </group>"));
        assertEquals("cib.xml:8:9: <clone id=\"c\"> cannot be inside <group id=\"g\">: expected <primitive> elements only",
                problem.oneLine());
    }

    @Test
    void read_primitiveWithoutId_namesTheMissingAttribute() {
        Problem problem = only(withResources("      <primitive class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\"/>"));
        assertEquals("cib.xml:6:7: <primitive> is missing the required attribute \"id\"", problem.oneLine());
    }

    @Test
    void read_severalMistakes_reportsEachInDocumentOrder() {
        List<Problem> problems = problems(withResources(
                "      <primitive class=\"ocf\" type=\"Dummy\"/>",
                "      <primitive id=\"p\" class=\"ocf\" type=\"Dummy\">",
                "        <meta_attributes id=\"m\"><nvpair id=\"n\" value=\"1\"/></meta_attributes>",
                "      </primitive>",
                "      <clone id=\"empty\"/>"));
        assertEquals(List.of(
                "cib.xml:6:7: <primitive> is missing the required attribute \"id\"",
                "cib.xml:8:33: <nvpair id=\"n\"> is missing the required attribute \"name\" (or \"id-ref\")",
                "cib.xml:10:7: <clone id=\"empty\"> holds no resource: expected a <primitive> or <group> inside"),
                problems.stream().map(Problem::oneLine).toList());
    }

    @Test
    void read_doctype_isRefusedWithoutExpandingEntities() {
        Problem problem = only("<!DOCTYPE cib [<!ENTITY x \"y\">]>\n<cib>&x;</cib>");
        assertEquals("cib.xml:1:1: a DOCTYPE declaration is not accepted in a CIB", problem.oneLine());
    }

    @Test
    void read_unknownEntity_pointsAtIt() {
        Problem problem = only("<cib>\n  <x a=\"&nbsp;\"/>\n</cib>");
        assertEquals(2, problem.line());
        assertEquals(9, problem.column());
    }

    @Test
    void read_badVersionNumber_isAProblemNotAnException() {
        Problem problem = only("<cib epoch=\"-1\"><configuration/></cib>");
        assertEquals("cib.xml:1:1: <cib> attribute epoch must be a whole number, 0 or more; found \"-1\"",
                problem.oneLine());
    }

    @Test
    void read_veryDeepNesting_isAProblemNotAStackOverflow() {
        String deep = "<cib>" + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</cib>";
        assertTrue(only(deep).message().contains("nest deeper"));
    }
}
