package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.cib.rules.RuleFixtures.attr;
import static org.paceline.cib.rules.RuleFixtures.attrFrom;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AttributeExpressionTest {
    private static final RuleContext NODE1 = RuleContext.at(Instant.parse("2024-03-13T10:30:15Z"))
            .withNode("node1", "1", "cluster", true, "prod", Map.of(
                    "test_val", "10", "cpu_mips", "1234", "ratio", "3.4", "text", "Banana", "version", "2.10.1",
                    "prefer-httpd", "100"))
            .withResourceValues(Map.of("wanted", "node1", "limit", "2000"), Map.of("target-role", "Started"));

    private static boolean holds(AttributeExpression expression) {
        return RuleEvaluator.matches(expression, NODE1);
    }

    @Test
    void builtIns_describeTheNode() {
        assertTrue(holds(attr("#uname", "eq", "node1")));
        assertTrue(holds(attr("#id", "eq", "1")));
        assertTrue(holds(attr("#kind", "eq", "cluster")));
        assertTrue(holds(attr("#is_dc", "eq", "true")));
        assertTrue(holds(attr("#cluster-name", "eq", "prod")));
        assertTrue(holds(attr("#site-name", "eq", "prod")));
        var withRole = NODE1.withRole("Promoted");
        assertTrue(RuleEvaluator.matches(attr("#role", "eq", "Promoted"), withRole));
    }

    @Test
    void siteName_attribute_winsOverClusterName() {
        var context = NODE1.withNode("n", "2", "cluster", false, "prod", Map.of("site-name", "tokyo"));
        assertTrue(RuleEvaluator.matches(attr("#site-name", "eq", "tokyo"), context));
        assertTrue(RuleEvaluator.matches(attr("#is_dc", "eq", "false"), context));
    }

    @Test
    void integerComparisons_eachOperation() {
        assertTrue(holds(attr("test_val", "gt", "3", "integer")));
        assertFalse(holds(attr("test_val", "lt", "3", "integer")));
        assertTrue(holds(attr("test_val", "gte", "10", "integer")));
        assertTrue(holds(attr("test_val", "lte", "10", "integer")));
        assertFalse(holds(attr("test_val", "lte", "9", "integer")));
        assertTrue(holds(attr("test_val", "eq", "010", "integer")));
        assertTrue(holds(attr("test_val", "ne", "11", "integer")));
        assertFalse(holds(attr("test_val", "ne", "+10", "integer")));
    }

    @Test
    void defaultType_forOrderings_isIntegerWithoutADecimalPoint() {
        // As rule-int-as-auto-integer-match: 10 > 3 numerically, though "10" < "3" as strings.
        assertTrue(holds(attr("test_val", "gt", "3")));
        assertFalse(holds(attr("cpu_mips", "lt", "300")));
        assertTrue(holds(attr("cpu_mips", "lt", "3000")));
    }

    @Test
    void defaultType_forOrderings_isNumberWithADecimalPoint() {
        // As rule-dbl-as-auto-number-match and -no-match.
        assertTrue(holds(attr("ratio", "lt", "10.6")));
        assertTrue(holds(attr("test_val", "gt", "3.4")));
        assertFalse(holds(attr("ratio", "gt", "10.6")));
    }

    @Test
    void defaultType_forEquality_isCaseInsensitiveString() {
        assertTrue(holds(attr("text", "eq", "banana")));
        assertFalse(holds(attr("test_val", "eq", "10.0")));
        assertTrue(holds(attr("test_val", "ne", "10.0")));
    }

    @Test
    void integerType_truncatesDecimals() {
        // As rule-dbl-as-integer-match: 3.4 eq 3.6 as integers.
        var context = NODE1.withNodeAttributes(Map.of("test_val", "3.4"));
        assertTrue(RuleEvaluator.matches(attr("test_val", "eq", "3.6", "integer"), context));
    }

    @Test
    void numberType_comparesAsDouble() {
        // As rule-int-as-number-match and -no-match: "number" is floating point, not the old integer.
        var context = NODE1.withNodeAttributes(Map.of("test_val", "3"));
        assertTrue(RuleEvaluator.matches(attr("test_val", "eq", "3", "number"), context));
        assertFalse(RuleEvaluator.matches(attr("test_val", "eq", "3.6", "number"), context));
        assertTrue(RuleEvaluator.matches(attr("test_val", "eq", "3.0", "number"), context));
        assertTrue(RuleEvaluator.matches(attr("test_val", "lt", "3.5e0", "number"), context));
    }

    @Test
    void numericTypes_unreadableValues_compareAsStrings() {
        // As rule-int-parse-fail-default-str-match and rule-dbl-parse-fail-default-str-match.
        var as2 = NODE1.withNodeAttributes(Map.of("test_val", "as2", "dbl", "as2.0"));
        assertTrue(RuleEvaluator.matches(attr("test_val", "gt", "as10", "integer"), as2));
        assertTrue(RuleEvaluator.matches(attr("dbl", "gt", "as10.0", "number"), as2));
        assertFalse(RuleEvaluator.matches(attr("test_val", "lt", "as10", "integer"), as2));
        // An integer beyond 64 bits is not an integer either.
        var huge = NODE1.withNodeAttributes(Map.of("n", "100000000000000000000"));
        assertTrue(RuleEvaluator.matches(attr("n", "lt", "9", "integer"), huge));
    }

    @Test
    void stringType_ordersCaseInsensitively() {
        assertTrue(holds(attr("text", "gt", "apple", "string")));
        assertTrue(holds(attr("text", "lt", "cherry", "STRING")));
        assertTrue(holds(attr("test_val", "lt", "9", "string")));
    }

    @Test
    void versionType_comparesPartsAsNumbers() {
        assertTrue(holds(attr("version", "gt", "2.9", "version")));
        assertTrue(holds(attr("version", "lt", "2.10.2", "version")));
        assertTrue(holds(attr("version", "eq", "2.10.1.0", "version")));
        assertFalse(holds(attr("version", "gt", "10", "version")));
    }

    @Test
    void unknownType_makesPresentValuesEqual() {
        assertTrue(holds(attr("text", "eq", "anything", "colour")));
        assertFalse(holds(attr("text", "ne", "anything", "colour")));
        assertFalse(holds(attr("text", "lt", "anything", "colour")));
        assertTrue(holds(attr("text", "lte", "anything", "colour")));
    }

    @Test
    void missingAttribute_eachOperation() {
        assertFalse(holds(attr("absent", "eq", "1")));
        assertTrue(holds(attr("absent", "ne", "1")));
        assertFalse(holds(attr("absent", "lt", "1")));
        assertFalse(holds(attr("absent", "gt", "1")));
        assertFalse(holds(attr("absent", "lte", "1")));
        assertFalse(holds(attr("absent", "gte", "1")));
        assertFalse(holds(attr("absent", "defined", null)));
        assertTrue(holds(attr("absent", "not_defined", null)));
        assertTrue(holds(attr("text", "defined", null)));
        assertFalse(holds(attr("text", "not_defined", null)));
    }

    @Test
    void missingValue_comparesAsMissing() {
        assertFalse(holds(attr("text", "eq", null)));
        assertTrue(holds(attr("text", "ne", "")));
        assertTrue(holds(attr("absent", "eq", null)));
        assertFalse(holds(attr("text", "gt", null)));
    }

    @Test
    void valueSource_paramAndMeta_readTheResource() {
        assertTrue(holds(attrFrom("#uname", "eq", "wanted", "param")));
        assertTrue(holds(attrFrom("cpu_mips", "lt", "limit", "param")));
        assertFalse(holds(attrFrom("text", "eq", "target-role", "meta")));
        var started = NODE1.withNodeAttributes(Map.of("role", "started"));
        assertTrue(RuleEvaluator.matches(attrFrom("role", "eq", "target-role", "meta"), started));
        assertTrue(holds(attrFrom("#uname", "eq", "node1", "LITERAL")));
        assertTrue(holds(attrFrom("#uname", "eq", "node1", "bogus")));
    }

    @Test
    void valueSource_missingParameter_comparesAsMissing() {
        assertFalse(holds(attrFrom("#uname", "eq", "no-such-param", "param")));
        assertTrue(holds(attrFrom("#uname", "ne", "no-such-param", "param")));
        assertFalse(holds(attrFrom("cpu_mips", "gt", "no-such-param", "param")));
    }

    @Test
    void unusableExpressions_doNotHold() {
        assertFalse(holds(attr("text", "like", "Banana")));
        assertFalse(holds(attr("text", null, "Banana")));
        assertFalse(holds(attr(null, "defined", null)));
        assertFalse(holds(attr("", "not_defined", null)));
        assertTrue(holds(attr("test_val", "GT", "3")));
    }

    @Test
    void resourceIdMatches_expandInAttributeNames() {
        var context = NODE1.withResourceIdMatches(List.of("server-httpd", "server", "httpd"));
        assertTrue(RuleEvaluator.matches(attr("prefer-%2", "defined", null), context));
        assertTrue(RuleEvaluator.matches(attr("prefer-%2", "eq", "100"), context));
        assertFalse(RuleEvaluator.matches(attr("prefer-%2", "defined", null), NODE1));
    }

    @Test
    void scanDouble_readsTheLeadingNumberAsStrtodDoes() {
        assertEquals(3.5, AttributeComparison.scanDouble(" 3.5abc").orElseThrow());
        assertEquals(0.5, AttributeComparison.scanDouble(".5").orElseThrow());
        assertEquals(-2.0, AttributeComparison.scanDouble("-2.").orElseThrow());
        assertEquals(100.0, AttributeComparison.scanDouble("1e2x").orElseThrow());
        assertEquals(1.0, AttributeComparison.scanDouble("1e").orElseThrow());
        assertTrue(AttributeComparison.scanDouble("1e999").isEmpty());
        assertTrue(AttributeComparison.scanDouble("abc").isEmpty());
        assertTrue(AttributeComparison.scanDouble(".").isEmpty());
    }
}
