package org.paceline.cib.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paceline.cib.rules.RuleFixtures.and;
import static org.paceline.cib.rules.RuleFixtures.attr;
import static org.paceline.cib.rules.RuleFixtures.date;
import static org.paceline.cib.rules.RuleFixtures.spec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.SetKind;

class AttributeSetsTest {
    private static final RuleContext NODE1 = RuleContext.at(Instant.parse("2024-03-13T10:30:15Z"))
            .withNode("node1", "1", "cluster", false, null, Map.of());

    /** A set; pairs are name, value, name, value... */
    private static NvSet set(String id, String score, Rule rule, String... pairs) {
        var list = new ArrayList<NvPair>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(NvPair.of(id + "-" + pairs[i], pairs[i], pairs[i + 1]));
        }
        return new NvSet(SetKind.INSTANCE, id, null, score, rule == null ? List.of() : List.of(rule), list, null);
    }

    @Test
    void resolve_higherScore_winsEachName() {
        // Pacemaker Explained: mySpecialRsc placed on node1.
        var sets = List.of(
                set("special-node1", "3", and(attr("#uname", "eq", "node1")), "interface", "eth1"),
                set("special-node2", "2", and(attr("#uname", "eq", "node2")), "interface", "eth2", "port", "8888"),
                set("defaults", "1", null, "interface", "eth0", "port", "9999"));
        assertEquals(Map.of("interface", "eth1", "port", "9999"), AttributeSets.resolve(sets, NODE1));
        var onNode2 = NODE1.withNode("node2", "2", "cluster", false, null, Map.of());
        assertEquals(Map.of("interface", "eth2", "port", "8888"), AttributeSets.resolve(sets, onNode2));
    }

    @Test
    void resolve_scoreOrder_notDocumentOrder() {
        var sets = List.of(set("low", "1", null, "a", "low"), set("high", "INFINITY", null, "a", "high"),
                set("negative", "-5", null, "a", "negative", "b", "negative"));
        assertEquals(Map.of("a", "high", "b", "negative"), AttributeSets.resolve(sets, NODE1));
    }

    @Test
    void resolve_unscoredSets_countAsZeroInDocumentOrder() {
        var sets = List.of(set("first", null, null, "a", "first"), set("negative", "-1", null, "a", "negative",
                        "b", "negative"), set("second", null, null, "a", "second", "b", "second"),
                set("positive", "1", null, "c", "positive"), set("zero", "0", null, "c", "zero", "d", "zero"));
        assertEquals(List.of("positive", "first", "second", "zero", "negative"),
                AttributeSets.inPrecedenceOrder(sets, null).stream().map(NvSet::id).toList());
        assertEquals(Map.of("a", "first", "b", "second", "c", "positive", "d", "zero"),
                AttributeSets.resolve(sets, NODE1));
    }

    @Test
    void resolve_firstSetId_comesBeforeAnyScore() {
        // Pacemaker Explained: a maintenance window cannot override cib-bootstrap-options.
        var window = and(date("in_range", "2024-03-13T10:00:00Z", "2024-03-13T11:00:00Z"));
        var sets = List.of(
                set("cib-bootstrap-options", null, null, "stonith-enabled", "1", "no-quorum-policy", "stop"),
                set("normal-set", "10", null, "maintenance-mode", "false"),
                set("maintenance-window-set", "1000", window, "maintenance-mode", "true", "no-quorum-policy", "ignore"));
        var resolved = AttributeSets.resolve(sets, NODE1, "cib-bootstrap-options");
        assertEquals(Map.of("stonith-enabled", "1", "no-quorum-policy", "stop", "maintenance-mode", "true"), resolved);
        assertEquals(List.of("stonith-enabled", "no-quorum-policy", "maintenance-mode"), List.copyOf(resolved.keySet()));
        var later = AttributeSets.resolve(sets, NODE1.withNow(Instant.parse("2024-03-13T12:00:00Z")),
                "cib-bootstrap-options");
        assertEquals("false", later.get("maintenance-mode"));
    }

    @Test
    void resolve_withinOneSet_firstPairWins() {
        var sets = List.of(set("s", null, null, "a", "1", "a", "2"));
        assertEquals(Map.of("a", "1"), AttributeSets.resolve(sets, NODE1));
    }

    @Test
    void resolve_defaultValue_removesWhatAnEarlierSetGave() {
        var sets = List.of(set("high", "10", null, "a", "1", "b", "1"), set("middle", "5", null, "a", "#default"),
                set("low", "1", null, "a", "3"));
        assertEquals(Map.of("a", "3", "b", "1"), AttributeSets.resolve(sets, NODE1));
    }

    @Test
    void resolve_pairsWithoutValue_areSkipped() {
        var unset = new NvSet(SetKind.META, "m", null, null, List.of(),
                List.of(new NvPair("p", null, "a", null, null), NvPair.of("q", "b", "2")), null);
        // The pair without a value neither sets nor blocks: a later set still gives "a".
        assertEquals(Map.of("b", "2", "a", "1"),
                AttributeSets.resolve(List.of(unset, set("later", "-1", null, "a", "1")), NODE1));
    }

    @Test
    void resolve_onlyTheFirstRuleOfASetCounts() {
        var twoRules = new NvSet(SetKind.META, "m", null, null,
                List.of(and(attr("#uname", "eq", "node2")), and(attr("#uname", "eq", "node1"))),
                List.of(NvPair.of("p", "a", "1")), null);
        assertEquals(Map.of(), AttributeSets.resolve(List.of(twoRules), NODE1));
    }

    @Test
    void resolve_workHoursStickiness() {
        // Pacemaker Explained: resource-stickiness INFINITY during core hours, 0 otherwise.
        var sets = List.of(
                set("core-hours", "2", and(spec("hours", "9-16", "weekdays", "1-5")), "resource-stickiness", "INFINITY"),
                set("after-hours", "1", null, "resource-stickiness", "0"));
        assertEquals("INFINITY", AttributeSets.resolve(sets, NODE1).get("resource-stickiness"));
        assertEquals("0", AttributeSets.resolve(sets, NODE1.withNow(Instant.parse("2024-03-16T10:00:00Z")))
                .get("resource-stickiness"));
    }

    @Test
    void nextChangeAsPacemaker_isTheEarliestOverAllSets() {
        var sets = List.of(
                set("a", "1", and(date("lt", null, "2024-03-13T12:00:00Z")), "x", "1"),
                set("b", "2", and(date("gt", "2024-03-13T11:00:00Z", null)), "x", "2"),
                set("c", "3", null, "x", "3"));
        assertEquals(Optional.of(Instant.parse("2024-03-13T11:00:01Z")), AttributeSets.nextChangeAsPacemaker(sets, NODE1));
    }
}
