package org.paceline.cib.rules;

import java.util.List;

import org.paceline.cib.Attrs;

/** Short ways to write the rule records in tests. */
final class RuleFixtures {
    private RuleFixtures() {}

    static AttributeExpression attr(String attribute, String operation, String value) {
        return new AttributeExpression("e", attribute, operation, value, null, null, null);
    }

    static AttributeExpression attr(String attribute, String operation, String value, String type) {
        return new AttributeExpression("e", attribute, operation, value, type, null, null);
    }

    static AttributeExpression attrFrom(String attribute, String operation, String value, String valueSource) {
        return new AttributeExpression("e", attribute, operation, value, null, valueSource, null);
    }

    static DateExpression date(String operation, String start, String end) {
        return new DateExpression("d", operation, start, end, null, null, null);
    }

    static DateExpression inRangeFor(String start, String... duration) {
        return new DateExpression("d", "in_range", start, null, null, fields(duration), null);
    }

    /** A date_spec expression; the arguments are field, value, field, value... */
    static DateExpression spec(String... fieldsAndValues) {
        return new DateExpression("d", "date_spec", null, null, fields(fieldsAndValues), null, null);
    }

    static DateFields fields(String... namesAndValues) {
        return new DateFields("f", Attrs.of(namesAndValues), null);
    }

    static Rule and(Expression... expressions) {
        return new Rule("r", null, null, null, null, null, List.of(expressions), null);
    }

    static Rule or(Expression... expressions) {
        return new Rule("r", null, null, null, "or", null, List.of(expressions), null);
    }

    static Rule booleanOp(String op, Expression... expressions) {
        return new Rule("r", null, null, null, op, null, List.of(expressions), null);
    }
}
