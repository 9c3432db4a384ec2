package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.cib.rules.RuleFixtures.and;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RuleEvaluatorPropertiesTest {
    private static final List<String> SPEC_FIELDS = List.of("years", "months", "monthdays", "hours", "minutes",
            "seconds", "yeardays", "weekyears", "weeks", "weekdays");

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2030-01-01T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12), Arbitraries.just(null),
                Arbitraries.of("lt", "gt", "eq", "ne", "defined", "integer", "number", "version", "param", "meta",
                        "1.5", "-3", "2024-03-13", "P1D", "in_range", "date_spec", "9-16", "-", "%1"));
    }

    @Provide
    Arbitrary<DateExpression> dateExpressions() {
        Arbitrary<String> dates = Arbitraries.longs()
                .between(Instant.parse("2019-06-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2030-06-01T00:00:00Z").getEpochSecond())
                .map(second -> Instant.ofEpochSecond(second).toString());
        Arbitrary<DateExpression> ranges = Combinators.combine(Arbitraries.of("gt", "lt", "in_range"),
                dates.injectNull(0.2), dates.injectNull(0.2))
                .as((operation, start, end) -> {
                    // An empty range (end before start) "may" change at its start, yet never holds.
                    boolean empty = start != null && end != null && start.compareTo(end) > 0;
                    return new DateExpression("d", operation, empty ? end : start, empty ? start : end, null, null,
                            null);
                });
        Arbitrary<DateExpression> specs = specFields().map(fields ->
                new DateExpression("d", "date_spec", null, null, fields, null, null));
        return Arbitraries.oneOf(ranges, specs);
    }

    private Arbitrary<DateFields> specFields() {
        Arbitrary<String> field = Arbitraries.of(SPEC_FIELDS);
        Arbitrary<String> range = Combinators.combine(Arbitraries.integers().between(0, 60),
                        Arbitraries.integers().between(0, 12), Arbitraries.of(0, 1, 2, 3))
                .as((low, width, shape) -> switch (shape) {
                    case 0 -> Integer.toString(low);
                    case 1 -> low + "-" + (low + width);
                    case 2 -> low + "-";
                    default -> "-" + low;
                });
        Arbitrary<String> years = Arbitraries.integers().between(2019, 2031).map(Object::toString);
        return Combinators.combine(field, range, years).as((name, value, year) ->
                name.endsWith("years") ? new String[] {name, year} : new String[] {name, value})
                .list().ofMinSize(1).ofMaxSize(3)
                .map(pairs -> {
                    var flat = new ArrayList<String>();
                    pairs.forEach(pair -> flat.addAll(List.of(pair)));
                    return RuleFixtures.fields(flat.toArray(String[]::new));
                });
    }

    @Property
    void matches_anyExpressionText_neverThrows(@ForAll("anyText") String attribute, @ForAll("anyText") String op,
                                               @ForAll("anyText") String value, @ForAll("anyText") String type,
                                               @ForAll("anyText") String source, @ForAll("anyText") String date,
                                               @ForAll("instants") Instant now) {
        var context = RuleContext.at(now).withNode("n1", "1", "cluster", false, "c", Map.of("a", "3", "b", "x"))
                .withResourceValues(Map.of("a", "4"), Map.of()).withResourceIdMatches(List.of("r1", "1"))
                .withOperation(op, null);
        var duration = RuleFixtures.fields("years", value == null ? "1" : value, "hours", type == null ? "" : type);
        var spec = RuleFixtures.fields("hours", value == null ? "1" : value, "weekdays", date == null ? "" : date);
        var rule = RuleFixtures.booleanOp(op,
                new AttributeExpression("e", attribute, op, value, type, source, null),
                new DateExpression("d", op, date, value, spec, duration, null),
                new DateExpression("d", "in_range", date, null, null, duration, null),
                new ResourceExpression("r", attribute, value, type, null),
                new OperationExpression("o", op, value, null));
        RuleEvaluator.matches(rule, context);
        RuleEvaluator.nextChange(rule, context);
        RuleEvaluator.nextChange(RuleFixtures.or(rule.expressions().toArray(Expression[]::new)), context);
    }

    @Property(tries = 300)
    void nextChange_ofOneDateExpression_isExactlyWhereTheAnswerFlips(
            @ForAll("dateExpressions") DateExpression expression, @ForAll("instants") Instant now,
            @ForAll boolean tokyo) {
        var context = RuleContext.at(now).withZone(tokyo ? ZoneId.of("Asia/Tokyo") : ZoneId.of("UTC"));
        var rule = and(expression);
        boolean before = RuleEvaluator.matches(rule, context);
        var next = RuleEvaluator.nextChange(rule, context);
        if (next.isEmpty()) {
            return;
        }
        Instant change = next.get();
        assertTrue(change.isAfter(now), "the change comes later");
        assertEquals(before, RuleEvaluator.matches(rule, context.withNow(change.minusSeconds(1))),
                "unchanged until the second before");
        assertNotEquals(before, RuleEvaluator.matches(rule, context.withNow(change)), "changed at " + change);
    }
}
