package org.paceline.cib.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paceline.cib.Attrs;
import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.rules.AttributeExpression;
import org.paceline.cib.rules.DateExpression;
import org.paceline.cib.rules.DateFields;
import org.paceline.cib.rules.Rule;

/** location, colocation, order and rsc_ticket statements, read and printed back. */
class CrmConstraintStatementsTest {

    private static Constraint only(String text) {
        List<Constraint> constraints = CrmTexts.roundTrip(text).constraints();
        assertEquals(1, constraints.size());
        return constraints.getFirst();
    }

    @Test
    void location_scoreForNode_readsScoreAndNode() {
        assertEquals(new Location("l1", "vip", null, "pm01", "100", null, null, List.of(), List.of(), null),
                only("location l1 vip 100: pm01\n"));
    }

    @Test
    void location_roleAndResourceDiscovery_areKept() {
        Location location = (Location) only("location l1 ms1 role=Master resource-discovery=never -inf: pm02\n");
        assertEquals("Master", location.role());
        assertEquals("never", location.resourceDiscovery());
        assertEquals("-inf", location.score());
    }

    @Test
    void location_regexResource_isAPattern() {
        Location location = (Location) only("location l1 /web[0-9]+/ 50: pm01\n");
        assertNull(location.resource());
        assertEquals("web[0-9]+", location.resourcePattern());
    }

    @Test
    void location_resourceSetsInBraces_areSets() {
        Location location = (Location) only("location l1 { a b ( c d ) } INFINITY: pm01\n");
        assertEquals(List.of(
                new ResourceSet("l1-0", null, Attrs.EMPTY, List.of("a", "b"), null),
                new ResourceSet("l1-1", null, Attrs.of("sequential", "false"), List.of("c", "d"), null)),
                location.sets());
    }

    @Test
    void location_ruleWithIdRoleAndScoreAttribute_readsAllOfThem() {
        Location location = (Location) only("""
                location l1 ms1 \\
                    rule $id=prefer-master $role=Master 100: #uname eq pm01 \\
                    rule pingd: defined pingd \\
                    rule score-attribute=inf defined other
                """);
        Rule first = location.rules().get(0);
        assertEquals("prefer-master", first.id());
        assertEquals("Master", first.role());
        assertEquals("prefer-master-expression", first.expressions().getFirst().id());
        Rule second = location.rules().get(1);
        assertEquals("l1-rule", second.id());
        assertEquals("pingd", second.scoreAttribute());
        assertEquals(new AttributeExpression("l1-rule-expression", "pingd", "defined", null, null, null, null),
                second.expressions().getFirst());
        assertEquals("inf", location.rules().get(2).scoreAttribute());
        assertEquals("l1-rule-0", location.rules().get(2).id());
    }

    @ParameterizedTest
    @CsvSource({"string:eq,string,eq", "integer:gt,integer,gt", "number:lte,number,lte", "version:lt,version,lt",
            "ne,,ne", "gte,,gte"})
    void location_typedOperator_readsTypeAndOperation(String written, String type, String operation) {
        Location location = (Location) only("location l1 r rule -inf: attr " + written + " 7\n");
        assertEquals(new AttributeExpression("l1-rule-expression", "attr", operation, "7", type, null, null),
                location.rules().getFirst().expressions().getFirst());
    }

    @Test
    void location_termsJoinedWithAnd_keepTheJoinerAndIdsInOrder() {
        Rule rule = ((Location) only("location l1 r rule 10: a eq 1 and b lt 2 and not_defined c\n"))
                .rules().getFirst();
        assertEquals("and", rule.booleanOp());
        assertEquals(List.of("l1-rule-expression", "l1-rule-expression-0", "l1-rule-expression-1"),
                rule.expressions().stream().map(e -> e.id()).toList());
    }

    @Test
    void location_dateExpressions_readRangesComparisonsAndSpecs() {
        Location location = (Location) only("""
                location l1 r \\
                    rule -inf: date in_range start=2024-01-01 end="2024-12-31 23:59" \\
                    rule -inf: date gt 2025-01-01 or date lt 2020-01-01 \\
                    rule 100: date date_spec hours=9-16 weekdays=1-5 \\
                    rule 5: date in_range start=2024-06-01 weeks=2
                """);
        assertEquals(new DateExpression("l1-rule-expression", "in_range", "2024-01-01", "2024-12-31 23:59", null, null,
                null), location.rules().get(0).expressions().getFirst());
        assertEquals(List.of(
                new DateExpression("l1-rule-0-expression", "gt", "2025-01-01", null, null, null, null),
                new DateExpression("l1-rule-0-expression-0", "lt", null, "2020-01-01", null, null, null)),
                location.rules().get(1).expressions());
        assertEquals(new DateExpression("l1-rule-1-expression", "date_spec", null, null,
                new DateFields("l1-rule-1-expression-date_spec", Attrs.of("hours", "9-16", "weekdays", "1-5"), null),
                null, null), location.rules().get(2).expressions().getFirst());
        assertEquals(new DateFields("l1-rule-2-expression-duration", Attrs.of("weeks", "2"), null),
                ((DateExpression) location.rules().get(3).expressions().getFirst()).duration());
    }

    @Test
    void colocation_twoResources_isPlainWithRolesAndNodeAttribute() {
        assertEquals(new Colocation("c1", "master-group", "msPostgresql", "INFINITY", null, "Master", "site", List.of(),
                null), only("colocation c1 INFINITY: master-group msPostgresql:Master node-attribute=site\n"));
    }

    @Test
    void colocation_setsWithParenthesesBracketsAndRoles_areSetsInOrder() {
        Colocation colocation = (Colocation) only("colocation c1 -inf: a b:Started ( c d ) [ e:Master f:Master ]\n");
        assertEquals(List.of(
                new ResourceSet("c1-0", null, Attrs.EMPTY, List.of("a"), null),
                new ResourceSet("c1-1", null, Attrs.of("role", "Started"), List.of("b"), null),
                new ResourceSet("c1-2", null, Attrs.of("sequential", "false"), List.of("c", "d"), null),
                new ResourceSet("c1-3", null, Attrs.of("sequential", "false", "require-all", "false", "role", "Master"),
                        List.of("e", "f"), null)), colocation.sets());
        assertNull(colocation.resource());
    }

    @Test
    void colocation_bracketedSetWithOptions_keepsThemAndItsId() {
        Colocation colocation = (Colocation) only(
                "colocation c1 inf: ( $id=mine a b sequential=true score=10 ) c d\n");
        assertEquals(new ResourceSet("mine", null, Attrs.of("sequential", "true", "score", "10"), List.of("a", "b"),
                null), colocation.sets().getFirst());
        assertEquals("c1-0", colocation.sets().get(1).id());
    }

    @ParameterizedTest
    @CsvSource({"Mandatory:,Mandatory,", "Optional:,Optional,", "Serialize:,Serialize,", "0:,,0", "inf:,,inf",
            "INFINITY:,,INFINITY", "+INFINITY:,,+INFINITY", "-100:,,-100"})
    void order_kindOrScore_isReadIntoItsField(String written, String kind, String score) {
        Order order = (Order) only("order o1 " + written + " a:start b:promote\n");
        assertEquals(new Order("o1", "a", "b", "start", "promote", kind, score, null, List.of(), null), order);
    }

    @Test
    void order_withoutScore_hasNeither() {
        Order order = (Order) only("order o1 a b symmetrical=true\n");
        assertNull(order.kind());
        assertNull(order.score());
        assertEquals("true", order.symmetrical());
    }

    @Test
    void order_sets_groupBareResourcesByAction() {
        Order order = (Order) only("order o1 Mandatory: a:promote b:start c:start [ d e ] symmetrical=false\n");
        assertEquals(List.of(
                new ResourceSet("o1-0", null, Attrs.of("action", "promote"), List.of("a"), null),
                new ResourceSet("o1-1", null, Attrs.of("action", "start"), List.of("b", "c"), null),
                new ResourceSet("o1-2", null, Attrs.of("sequential", "false", "require-all", "false"), List.of("d", "e"),
                        null)), order.sets());
        assertEquals("false", order.symmetrical());
    }

    @Test
    void ticket_oneResource_isPlainWithLossPolicy() {
        assertEquals(new TicketConstraint("t1", "ms1", "Master", "ticketA", "demote", List.of(), null),
                only("rsc_ticket t1 ticketA: ms1:Master loss-policy=demote\n"));
    }

    @Test
    void ticket_severalResources_areASet() {
        TicketConstraint ticket = (TicketConstraint) only("rsc_ticket t1 ticketA: a b\n");
        assertEquals(List.of(new ResourceSet("t1-0", null, Attrs.EMPTY, List.of("a", "b"), null)), ticket.sets());
    }

    @Test
    void constraints_printInConfigureShowOrder() {
        String printed = CrmWriter.write(org.paceline.cib.Cib.of(CrmTexts.read("""
                order o1 a b
                colocation c1 inf: a b
                location l1 a 1: n1
                """))).orThrow();
        assertEquals("location l1 a 1: n1\n\ncolocation c1 inf: a b\n\norder o1 a b\n", printed);
    }
}
