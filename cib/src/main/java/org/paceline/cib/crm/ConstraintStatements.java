package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.rules.Rule;

/**
 * Reads constraint statements:
 * <pre>
 * location ID {RSC | /PATTERN/ | { SETS }} [role=ROLE] [resource-discovery=X] {SCORE: NODE | rule ...}
 * colocation ID SCORE: RSC[:ROLE] WITH[:ROLE] [node-attribute=ATTR]      (or sets)
 * order ID [SCORE: | KIND:] FIRST[:ACTION] THEN[:ACTION] [symmetrical=B] (or sets)
 * rsc_ticket ID TICKET: RSC[:ROLE] ... [loss-policy=P]
 * </pre>
 */
final class ConstraintStatements {
    private static final Set<String> DISCOVERY = Set.of("always", "never", "exclusive");
    private static final Set<String> LOSS_POLICIES = Set.of("stop", "demote", "fence", "freeze");

    private ConstraintStatements() {}

    static Location location(Reading reading) {
        TokenCursor cursor = reading.cursor();
        String id = reading.statementId("location");
        String resource = null;
        String pattern = null;
        List<ResourceSet> sets = List.of();
        Token target = cursor.next("the resource");
        if (target.is("{")) {
            var items = ResourceSetSyntax.read(reading, "role", CrmWords.ROLES);
            Token close = cursor.next("\"}\" closing the resource sets");
            if (!close.is("}")) {
                throw cursor.error(close, "unexpected " + TokenCursor.quote(close.text()) + " (expected \"}\")");
            }
            sets = ResourceSetSyntax.sets(reading, id, items, "role");
        } else if (!target.quoted() && target.text().length() > 1 && target.text().startsWith("/")
                && target.text().endsWith("/")) {
            pattern = target.text().substring(1, target.text().length() - 1);
        } else if (target.isPair() || target.endsWithColon() || target.text().length() == 1 && "()[]}".contains(
                target.text()) && !target.quoted() || target.is("rule")) {
            throw cursor.error(target, "missing the resource of location " + TokenCursor.quote(id));
        } else {
            resource = target.text();
        }
        String role = null;
        String discovery = null;
        while (cursor.nextMatches(Token::isPair)) {
            Token option = cursor.next("an option");
            switch (option.name()) {
                case "role", "$role" -> role = RuleSyntax.role(cursor, option, option.value());
                case "resource-discovery" -> discovery = oneOf(cursor, option, DISCOVERY);
                default -> throw cursor.error(option, "unknown location option " + TokenCursor.quote(option.name())
                        + " (expected role or resource-discovery)");
            }
        }
        String score = null;
        String node = null;
        if (cursor.nextMatches(Token::endsWithColon)) {
            Token scoreToken = cursor.next("a score");
            score = RuleSyntax.score(cursor, scoreToken, scoreToken.withoutColon());
            Token nodeToken = cursor.next("the node after " + TokenCursor.quote(scoreToken.text()));
            if (nodeToken.isPair() || nodeToken.is("rule")) {
                throw cursor.error(nodeToken, "missing the node after " + TokenCursor.quote(scoreToken.text()));
            }
            node = nodeToken.text();
        }
        var rules = new ArrayList<Rule>();
        while (cursor.take("rule")) {
            rules.add(RuleSyntax.read(reading, id));
        }
        if (!cursor.atEnd()) {
            throw cursor.unexpected("rule");
        }
        if (score == null && rules.isEmpty()) {
            throw cursor.errorAtEnd("location " + TokenCursor.quote(id) + ": missing \"SCORE: NODE\" or a rule");
        }
        return new Location(id, resource, pattern, node, score, role, discovery, rules, sets, null);
    }

    static Colocation colocation(Reading reading) {
        TokenCursor cursor = reading.cursor();
        String id = reading.statementId("colocation");
        String score = score(cursor, false);
        var items = ResourceSetSyntax.read(reading, "role", CrmWords.ROLES);
        String nodeAttribute = null;
        while (cursor.nextMatches(Token::isPair)) {
            Token option = cursor.next("an option");
            if (!option.name().equals("node-attribute")) {
                throw cursor.error(option, "unknown colocation option " + TokenCursor.quote(option.name())
                        + " (expected node-attribute)");
            }
            nodeAttribute = option.value();
        }
        end(cursor);
        if (items.bareOnly() && items.items().size() == 2) {
            var pair = items.bare();
            return new Colocation(id, pair.get(0).resource(), pair.get(1).resource(), score, pair.get(0).suffix(),
                    pair.get(1).suffix(), nodeAttribute, List.of(), null);
        }
        needsTwo(cursor, items, "colocation");
        return new Colocation(id, null, null, score, null, null, nodeAttribute,
                ResourceSetSyntax.sets(reading, id, items, "role"), null);
    }

    static Order order(Reading reading) {
        TokenCursor cursor = reading.cursor();
        String id = reading.statementId("order");
        String kind = null;
        String score = null;
        if (cursor.nextMatches(t -> t.endsWithColon() && CrmWords.ORDER_KINDS.contains(t.withoutColon()))) {
            kind = cursor.next("a kind").withoutColon();
        } else if (cursor.nextMatches(Token::endsWithColon)) {
            score = score(cursor, true);
        }
        var items = ResourceSetSyntax.read(reading, "action", CrmWords.ACTIONS);
        String symmetrical = null;
        while (cursor.nextMatches(Token::isPair)) {
            Token option = cursor.next("an option");
            if (!option.name().equals("symmetrical")) {
                throw cursor.error(option, "unknown order option " + TokenCursor.quote(option.name())
                        + " (expected symmetrical)");
            }
            symmetrical = oneOf(cursor, option, Set.of("true", "false"));
        }
        end(cursor);
        if (items.bareOnly() && items.items().size() == 2) {
            var pair = items.bare();
            return new Order(id, pair.get(0).resource(), pair.get(1).resource(), pair.get(0).suffix(),
                    pair.get(1).suffix(), kind, score, symmetrical, List.of(), null);
        }
        needsTwo(cursor, items, "order");
        return new Order(id, null, null, null, null, kind, score, symmetrical,
                ResourceSetSyntax.sets(reading, id, items, "action"), null);
    }

    static TicketConstraint ticket(Reading reading) {
        TokenCursor cursor = reading.cursor();
        String id = reading.statementId("rsc_ticket");
        if (!cursor.nextMatches(Token::endsWithColon)) {
            throw cursor.unexpected("the ticket, as \"TICKET:\"");
        }
        String ticket = cursor.next("the ticket").withoutColon();
        var items = ResourceSetSyntax.read(reading, "role", CrmWords.ROLES);
        String lossPolicy = null;
        while (cursor.nextMatches(Token::isPair)) {
            Token option = cursor.next("an option");
            if (!option.name().equals("loss-policy")) {
                throw cursor.error(option, "unknown rsc_ticket option " + TokenCursor.quote(option.name())
                        + " (expected loss-policy)");
            }
            lossPolicy = oneOf(cursor, option, LOSS_POLICIES);
        }
        end(cursor);
        if (items.bareOnly() && items.items().size() == 1) {
            var only = items.bare().getFirst();
            return new TicketConstraint(id, only.resource(), only.suffix(), ticket, lossPolicy, List.of(), null);
        }
        return new TicketConstraint(id, null, null, ticket, lossPolicy,
                ResourceSetSyntax.sets(reading, id, items, "role"), null);
    }

    private static String score(TokenCursor cursor, boolean kindsToo) {
        if (!cursor.nextMatches(Token::endsWithColon)) {
            throw cursor.unexpected(kindsToo ? "a score or kind, such as \"INFINITY:\" or \"Mandatory:\""
                    : "a score, such as \"INFINITY:\"");
        }
        Token token = cursor.next("a score");
        return RuleSyntax.score(cursor, token, token.withoutColon());
    }

    private static void needsTwo(TokenCursor cursor, ResourceSetSyntax.Items items, String keyword) {
        if (items.bareOnly() && items.items().size() < 2) {
            throw cursor.errorAtEnd(keyword + " needs at least two resources");
        }
    }

    private static void end(TokenCursor cursor) {
        if (!cursor.atEnd()) {
            throw cursor.unexpected("the end of the statement");
        }
    }

    private static String oneOf(TokenCursor cursor, Token option, Set<String> values) {
        if (!values.contains(option.value())) {
            throw cursor.error(option, "bad " + option.name() + " " + TokenCursor.quote(option.value())
                    + " (expected one of: " + String.join(", ", RuleSyntax.sorted(values)) + ")");
        }
        return option.value();
    }
}
