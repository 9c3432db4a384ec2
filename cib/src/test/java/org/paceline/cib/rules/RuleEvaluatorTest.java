package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paceline.cib.rules.RuleFixtures.and;
import static org.paceline.cib.rules.RuleFixtures.attr;
import static org.paceline.cib.rules.RuleFixtures.booleanOp;
import static org.paceline.cib.rules.RuleFixtures.date;
import static org.paceline.cib.rules.RuleFixtures.or;
import static org.paceline.cib.rules.RuleFixtures.spec;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {
    private static final RuleContext NODE1 = RuleContext.at(Instant.parse("2024-03-13T10:30:15Z"))
            .withNode("node1", "1", "cluster", false, null, Map.of("ping", "100"));
    private static final AttributeExpression TRUE = attr("#uname", "eq", "node1");
    private static final AttributeExpression FALSE = attr("#uname", "eq", "node2");

    private static Rule reference(String idRef) {
        return new Rule(null, idRef, null, null, null, null, List.of(), null);
    }

    @Test
    void and_holdsWhenAllHold() {
        assertTrue(RuleEvaluator.matches(and(TRUE, TRUE), NODE1));
        assertFalse(RuleEvaluator.matches(and(TRUE, FALSE), NODE1));
        assertFalse(RuleEvaluator.matches(booleanOp("AND", FALSE, TRUE), NODE1));
    }

    @Test
    void or_holdsWhenAnyHolds() {
        assertTrue(RuleEvaluator.matches(or(FALSE, TRUE), NODE1));
        assertFalse(RuleEvaluator.matches(or(FALSE, FALSE), NODE1));
        assertTrue(RuleEvaluator.matches(booleanOp("OR", TRUE), NODE1));
    }

    @Test
    void unknownBooleanOp_meansAnd() {
        assertFalse(RuleEvaluator.matches(booleanOp("xor", TRUE, FALSE), NODE1));
        assertTrue(RuleEvaluator.matches(booleanOp("xor", TRUE, TRUE), NODE1));
    }

    @Test
    void emptyRule_holdsForAndNotForOr() {
        assertTrue(RuleEvaluator.matches(and(), NODE1));
        assertFalse(RuleEvaluator.matches(or(), NODE1));
    }

    @Test
    void nestedRules_combine() {
        // Pacemaker Explained: 9-17 or 21-24, Monday to Friday.
        var rule = and(or(spec("hours", "9-16"), spec("hours", "21-23")), spec("weekdays", "1-5"));
        assertTrue(RuleEvaluator.matches(rule, NODE1));
        assertTrue(RuleEvaluator.matches(rule, NODE1.withNow(Instant.parse("2024-03-13T22:00:00Z"))));
        assertFalse(RuleEvaluator.matches(rule, NODE1.withNow(Instant.parse("2024-03-13T18:00:00Z"))));
        assertFalse(RuleEvaluator.matches(rule, NODE1.withNow(Instant.parse("2024-03-16T10:00:00Z"))));
        assertTrue(RuleEvaluator.matches(or(FALSE, and(TRUE, or(FALSE, attr("ping", "gte", "100")))), NODE1));
    }

    @Test
    void unresolvedReference_doesNotHold() {
        assertFalse(RuleEvaluator.matches(reference("elsewhere"), NODE1));
        assertFalse(RuleEvaluator.matches(and(TRUE, reference("elsewhere")), NODE1));
    }

    @Test
    void resourceExpression_matchesGivenFieldsExactly() {
        var ipaddr = NODE1.withResource("ocf", "heartbeat", "IPaddr2");
        assertTrue(RuleEvaluator.matches(new ResourceExpression("x", "ocf", "heartbeat", "IPaddr2", null), ipaddr));
        assertTrue(RuleEvaluator.matches(new ResourceExpression("x", "ocf", null, null, null), ipaddr));
        assertTrue(RuleEvaluator.matches(new ResourceExpression("x", null, null, null, null), ipaddr));
        assertFalse(RuleEvaluator.matches(new ResourceExpression("x", "ocf", "pacemaker", null, null), ipaddr));
        assertFalse(RuleEvaluator.matches(new ResourceExpression("x", null, null, "ipaddr2", null), ipaddr));
        var fence = NODE1.withResource("stonith", null, "fence_xvm");
        assertTrue(RuleEvaluator.matches(new ResourceExpression("x", "stonith", null, "fence_xvm", null), fence));
        assertFalse(RuleEvaluator.matches(new ResourceExpression("x", "stonith", "heartbeat", null, null), fence));
        assertFalse(RuleEvaluator.matches(new ResourceExpression("x", "ocf", null, null, null), NODE1));
    }

    @Test
    void operationExpression_matchesNameAndInterval() {
        var monitor10s = NODE1.withOperation("monitor", Duration.ofSeconds(10));
        assertTrue(RuleEvaluator.matches(new OperationExpression("x", "monitor", null, null), monitor10s));
        assertTrue(RuleEvaluator.matches(new OperationExpression("x", "monitor", "10s", null), monitor10s));
        assertTrue(RuleEvaluator.matches(new OperationExpression("x", "monitor", "10000ms", null), monitor10s));
        assertTrue(RuleEvaluator.matches(new OperationExpression("x", "monitor", "PT10S", null), monitor10s));
        assertTrue(RuleEvaluator.matches(new OperationExpression("x", "monitor", "10", null), monitor10s));
        assertFalse(RuleEvaluator.matches(new OperationExpression("x", "monitor", "20s", null), monitor10s));
        assertFalse(RuleEvaluator.matches(new OperationExpression("x", "monitor", "often", null), monitor10s));
        assertFalse(RuleEvaluator.matches(new OperationExpression("x", "start", null, null), monitor10s));
        assertFalse(RuleEvaluator.matches(new OperationExpression("x", "Monitor", null, null), monitor10s));
        assertFalse(RuleEvaluator.matches(new OperationExpression("x", "monitor", null, null), NODE1));
        assertFalse(RuleEvaluator.matches(new OperationExpression("x", null, null, null), monitor10s));
        var start = NODE1.withOperation("start", null);
        assertTrue(RuleEvaluator.matches(new OperationExpression("x", "start", "0", null), start));
    }

    @Test
    void resourceAndOperation_combineInOneRule() {
        // Pacemaker Explained: 10-second monitors of IPaddr2 resources.
        var rule = and(new ResourceExpression("x", "ocf", "heartbeat", "IPaddr2", null),
                new OperationExpression("y", "monitor", "10s", null));
        var context = NODE1.withResource("ocf", "heartbeat", "IPaddr2").withOperation("monitor", Duration.ofSeconds(10));
        assertTrue(RuleEvaluator.matches(rule, context));
        assertFalse(RuleEvaluator.matches(rule, context.withResource("ocf", "heartbeat", "Dummy")));
    }

    @Test
    void nextChange_isTheEarliestAmongEvaluatedDates() {
        // As Pacemaker's nvpair-date-rules-1: now 2019-09-23 12:00 -05:00, recheck at 12:30.
        var now = RuleContext.at(Instant.ofEpochSecond(1569258000L));
        var rules = List.of(
                and(date("in_range", "2019-09-23 18:00:00 -05:00", "2019-09-23 21:00:00 -05:00")),
                and(date("gt", "2019-09-23 09:00:00 -05:00", null), date("lt", null, "2019-09-23 17:00:00 -05:00")),
                and(date("lt", null, "2019-09-23 12:30:00 -05:00")),
                and(date("in_range", "2019-09-23 12:00:00 -05:00", "2019-09-23 13:00:00 -05:00")),
                or(date("lt", null, "2019-09-23 01:00:00 -05:00"), date("gt", "2019-09-23 22:00:00 -05:00", null)));
        Optional<Instant> earliest = rules.stream()
                .map(rule -> RuleEvaluator.nextChangeAsPacemaker(rule, now))
                .flatMap(Optional::stream).min(Instant::compareTo);
        assertEquals(Optional.of(Instant.ofEpochSecond(1569259800L)), earliest);
    }

    @Test
    void nextChange_skipsConditionsAfterTheDecidingOne() {
        // As Pacemaker's location-date-rules-1: only the node the rule is about sees the date.
        var now = RuleContext.at(Instant.ofEpochSecond(1568992252L));
        var rule = and(attr("#uname", "eq", "rhel7-3"), and(date("gt", "2019-09-20 15:15:52 +00:00", null)));
        assertEquals(Optional.of(Instant.ofEpochSecond(1568992553L)),
                RuleEvaluator.nextChangeAsPacemaker(rule, now.withNode("rhel7-3", "3", "cluster", false, null, null)));
        assertEquals(Optional.empty(),
                RuleEvaluator.nextChangeAsPacemaker(rule, now.withNode("rhel7-1", "1", "cluster", false, null, null)));
    }

    @Test
    void nextChange_withoutDates_isEmpty() {
        assertEquals(Optional.empty(), RuleEvaluator.nextChange(and(TRUE, attr("ping", "gt", "5")), NODE1));
    }

    @Test
    void matches_isTheSameAsThroughTheRule() {
        var expressions = List.<Expression>of(TRUE, FALSE, date("gt", "2024-01-01", null), spec("hours", "10"),
                new ResourceExpression("x", "ocf", null, null, null), new OperationExpression("y", "stop", null, null));
        for (Expression expression : expressions) {
            assertEquals(RuleEvaluator.matches(expression, NODE1), RuleEvaluator.matches(and(expression), NODE1),
                    expression.toString());
        }
    }
}
