package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.paceline.cib.Problem;

/** Mistakes in crm text come back as one-line problems placed at their line and column. */
class CrmReaderErrorsTest {

    @Test
    void read_misspeltKeyword_namesItAndTheKeywordsAtLineThreeColumnOne() {
        String problem = CrmTexts.problem("""
                # configuration
                node pm01
                primitve vip ocf:heartbeat:IPaddr2
                """);
        assertEquals("test.crm:3:1: unknown statement \"primitve\" (expected one of: node, primitive, rsc_template, "
                + "group, clone, ms, tag, location, colocation, order, rsc_ticket, fencing_topology, property, "
                + "rsc_defaults, op_defaults, alert, xml)", problem);
        assertFalse(problem.contains("\n"));
        assertFalse(problem.contains("Exception"));
    }

    @Test
    void read_unterminatedQuote_isPlacedAtTheQuote() {
        assertEquals("test.crm:2:21: unterminated quote \" (the value must end on the line it starts)",
                CrmTexts.problem("primitive p Dummy \\\n    params ip=1 nic=\"eth0\n"));
    }

    @Test
    void read_badScore_isPlacedAtTheScore() {
        assertEquals("test.crm:2:15: bad score \"lots\" (expected INFINITY, inf, -INFINITY, -inf or an integer)",
                CrmTexts.problem("colocation c1 inf: a b\ncolocation c2 lots: a b\n"));
    }

    @Test
    void read_badScoreInLocation_isPlacedAtTheScore() {
        assertEquals("test.crm:1:15: bad score \"abc\" (expected INFINITY, inf, -INFINITY, -inf or an integer)",
                CrmTexts.problem("location l1 r abc: pm01\n"));
    }

    @Test
    void read_missingAgent_isPlacedAfterTheId() {
        assertEquals("test.crm:1:12: primitive \"p\": missing agent (CLASS:PROVIDER:TYPE, CLASS:TYPE or @TEMPLATE)",
                CrmTexts.problem("primitive p\n"));
        assertEquals("test.crm:1:13: primitive \"p\": missing agent (CLASS:PROVIDER:TYPE, CLASS:TYPE or @TEMPLATE)",
                CrmTexts.problem("primitive p params a=1\n"));
    }

    @Test
    void read_unbalancedSetBrackets_namesTheBracket() {
        assertEquals("test.crm:1:19: unbalanced \"(\" (missing \")\")", CrmTexts.problem("order o1 inf: a b ( c d\n"));
        assertEquals("test.crm:1:25: unbalanced \"]\" inside \"(\" (expected \")\")",
                CrmTexts.problem("order o1 inf: a b ( c d ]\n"));
        assertEquals("test.crm:1:21: unbalanced \")\" (no set is open)",
                CrmTexts.problem("colocation c inf: a ) b\n"));
    }

    @Test
    void read_unknownOpAttribute_isPlacedAtIt() {
        String problem = CrmTexts.problem("primitive p Dummy \\\n    op monitor interval=10s timout=20s\n");
        assertTrue(problem.startsWith("test.crm:2:29: unknown op attribute \"timout\" (expected one of: "), problem);
    }

    @Test
    void read_danglingContinuation_isPlacedAtTheMark() {
        assertEquals("test.crm:2:9: line continuation at the end of the file (the statement is unfinished)",
                CrmTexts.problem("property \\\n    a=1 ¥\n"));
    }

    @Test
    void read_unknownOption_isPlacedAtIt() {
        assertEquals("test.crm:1:19: unknown order option \"symetrical\" (expected symmetrical)",
                CrmTexts.problem("order o1 0: a b   symetrical=false\n"));
        assertEquals("test.crm:1:17: bad symmetrical \"maybe\" (expected one of: false, true)",
                CrmTexts.problem("order o1 0: a b symmetrical=maybe\n"));
    }

    @Test
    void read_missingId_isPlacedAfterTheKeyword() {
        assertEquals("test.crm:1:6: missing the group's id", CrmTexts.problem("group\n"));
        assertEquals("test.crm:1:12: missing the colocation's id before \"inf:\"",
                CrmTexts.problem("colocation inf: a b\n"));
    }

    @Test
    void read_severalBadStatements_reportsTheFirstProblemOfEachAndReadsOn() {
        List<Problem> problems = CrmTexts.problems("""
                primitive a
                primitive b Dummy op monitor bogus=1 other=2
                primitive c Dummy
                location l c
                """);
        assertEquals(List.of(1, 2, 4), problems.stream().map(Problem::line).toList());
    }

    @Test
    void read_duplicateId_isReportedAtTheSecondDefinition() {
        assertEquals("test.crm:2:11: id \"p\" is already defined",
                CrmTexts.problem("primitive p Dummy\nprimitive p Dummy\n"));
    }

    @Test
    void read_groupOfUnknownOrTakenResources_isReportedAtTheMember() {
        List<Problem> problems = CrmTexts.problems("""
                primitive a Dummy
                group g1 a missing
                group g2 a
                """);
        assertEquals(List.of("test.crm:2:12: group \"g1\": unknown resource \"missing\"",
                        "test.crm:3:10: group \"g2\": \"a\" is already in \"g1\""),
                problems.stream().map(Problem::oneLine).toList());
    }

    @Test
    void read_unknownRoleActionAndOperator_areReported() {
        assertTrue(CrmTexts.problem("colocation c inf: a b:Leader\n").startsWith("test.crm:1:21: unknown role \"Leader\""));
        assertTrue(CrmTexts.problem("order o inf: a:begin b\n").startsWith("test.crm:1:14: unknown action \"begin\""));
        assertTrue(CrmTexts.problem("location l r rule inf: a is b\n")
                .startsWith("test.crm:1:26: unknown operator \"is\""));
    }

    @Test
    void read_mixedAndOr_isReported() {
        assertTrue(CrmTexts.problem("location l r rule inf: a eq 1 and b eq 2 or c eq 3\n")
                .startsWith("test.crm:1:42: a rule joins its terms with and, or with or, not both"));
    }
}
