package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.rules.AttributeExpression;
import org.paceline.cib.rules.DateExpression;
import org.paceline.cib.rules.DateFields;
import org.paceline.cib.rules.Expression;
import org.paceline.cib.rules.Rule;

/**
 * Reads a {@code rule}: {@code rule [$id=ID] [$role=ROLE] [SCORE: | score-attribute=A] EXPRESSION},
 * where the expression is terms joined by {@code and} or {@code or}. A term is
 * {@code ATTR [TYPE:]OP VALUE}, {@code defined ATTR}, {@code not_defined ATTR},
 * {@code date in_range start=.. end=..}, {@code date gt|lt VALUE} or
 * {@code date date_spec FIELD=RANGE ...}.
 */
final class RuleSyntax {
    private RuleSyntax() {}

    /** Reads a rule whose {@code rule} keyword was just taken; its id is made from {@code parentId}. */
    static Rule read(Reading reading, String parentId) {
        TokenCursor cursor = reading.cursor();
        String id = null;
        String idRef = null;
        String role = null;
        String score = null;
        String scoreAttribute = null;
        while (cursor.nextMatches(Token::isPair)) {
            Token option = cursor.peek();
            switch (option.name()) {
                case "$id" -> id = reading.writtenId(option, option.value());
                case "$id-ref" -> idRef = option.value();
                case "$role", "role" -> role = role(cursor, option, option.value());
                case "score-attribute" -> scoreAttribute = option.value();
                case "score" -> score = score(cursor, option, option.value());
                default -> {
                    return finish(reading, parentId, id, idRef, role, score, scoreAttribute);
                }
            }
            cursor.next("a rule option");
        }
        if (cursor.nextMatches(Token::endsWithColon)) {
            Token token = cursor.next("a score");
            String text = token.withoutColon();
            if (CrmWords.isScore(text)) {
                score = text;
            } else if (text.matches("[A-Za-z_#][\\w.#-]*")) {
                scoreAttribute = text;
            } else {
                throw cursor.error(token, "bad score " + TokenCursor.quote(text)
                        + " (expected INFINITY, -INFINITY, an integer or a node attribute)");
            }
        }
        return finish(reading, parentId, id, idRef, role, score, scoreAttribute);
    }

    private static Rule finish(Reading reading, String parentId, String id, String idRef, String role, String score,
                               String scoreAttribute) {
        if (idRef != null) {
            return new Rule(id, idRef, score, scoreAttribute, null, role, List.of(), null);
        }
        String ruleId = reading.idOr(id, IdConventions.rule(parentId));
        var expressions = new ArrayList<Expression>();
        String booleanOp = null;
        TokenCursor cursor = reading.cursor();
        expressions.add(term(reading, ruleId));
        while (cursor.nextIs("and") || cursor.nextIs("or")) {
            Token joiner = cursor.next("and or or");
            if (booleanOp != null && !booleanOp.equals(joiner.text())) {
                throw cursor.error(joiner, "a rule joins its terms with and, or with or, not both "
                        + "(write a second rule instead)");
            }
            booleanOp = joiner.text();
            expressions.add(term(reading, ruleId));
        }
        return new Rule(ruleId, null, score, scoreAttribute, booleanOp, role, expressions, null);
    }

    private static Expression term(Reading reading, String ruleId) {
        TokenCursor cursor = reading.cursor();
        if (cursor.atEnd() || cursor.nextMatches(Token::isPair) || cursor.nextIs("rule")) {
            throw cursor.unexpected("an expression such as \"#uname eq node1\" or \"defined ATTR\"");
        }
        Token first = cursor.next("an expression");
        if (first.is("defined") || first.is("not_defined")) {
            Token attribute = attributeName(cursor);
            return new AttributeExpression(reading.ids().make(IdConventions.expression(ruleId)),
                    attribute.text(), first.text(), null, null, null, null);
        }
        if (first.is("date")) {
            return date(reading, ruleId);
        }
        if (first.endsWithColon() || CrmWords.RESERVED.contains(first.text()) && !first.quoted()) {
            throw cursor.error(first, "expected an expression, not " + TokenCursor.quote(first.text()));
        }
        Token operatorToken = cursor.next("an operator after " + TokenCursor.quote(first.text())
                + " (lt, gt, lte, gte, eq, ne)");
        String operator = operatorToken.text();
        String type = null;
        int colon = operator.indexOf(':');
        if (colon >= 0 && !operatorToken.quoted()) {
            type = operator.substring(0, colon);
            operator = operator.substring(colon + 1);
            if (!CrmWords.VALUE_TYPES.contains(type)) {
                throw cursor.error(operatorToken, "unknown value type " + TokenCursor.quote(type)
                        + " (expected string, integer, number or version)");
            }
        }
        if (operatorToken.quoted() || !CrmWords.OPERATORS.contains(operator)) {
            throw cursor.error(operatorToken, "unknown operator " + TokenCursor.quote(operatorToken.text())
                    + " (expected lt, gt, lte, gte, eq or ne)");
        }
        Token value = cursor.next("a value after " + TokenCursor.quote(operatorToken.text()));
        return new AttributeExpression(reading.ids().make(IdConventions.expression(ruleId)), first.text(), operator,
                value.text(), type, null, null);
    }

    private static Token attributeName(TokenCursor cursor) {
        Token attribute = cursor.next("a node attribute name");
        if (attribute.isPair() || attribute.endsWithColon()) {
            throw cursor.error(attribute, "expected a node attribute name, not " + TokenCursor.quote(attribute.text()));
        }
        return attribute;
    }

    private static Expression date(Reading reading, String ruleId) {
        TokenCursor cursor = reading.cursor();
        Token operation = cursor.next("a date operation (in_range, gt, lt or date_spec)");
        String expressionId = reading.ids().make(IdConventions.expression(ruleId));
        switch (operation.quoted() ? "" : operation.text()) {
            case "gt", "lt" -> {
                Token value = cursor.next("a date after " + operation.text());
                String start = operation.text().equals("gt") ? value.text() : null;
                String end = operation.text().equals("lt") ? value.text() : null;
                return new DateExpression(expressionId, operation.text(), start, end, null, null, null);
            }
            case "in_range" -> {
                String start = null;
                String end = null;
                var durationFields = new LinkedHashMap<String, String>();
                while (cursor.nextMatches(Token::isPair)) {
                    Token field = cursor.peek();
                    if (field.name().equals("start")) {
                        start = field.value();
                    } else if (field.name().equals("end")) {
                        end = field.value();
                    } else if (CrmWords.DURATION_FIELDS.contains(field.name())) {
                        durationFields.put(field.name(), field.value());
                    } else {
                        break;
                    }
                    cursor.next("a date field");
                }
                if (start == null && end == null) {
                    throw cursor.errorHere("date in_range needs start= or end=");
                }
                DateFields duration = fields(reading, IdConventions.duration(expressionId), durationFields);
                return new DateExpression(expressionId, "in_range", start, end, null, duration, null);
            }
            case "date_spec" -> {
                var specFields = new LinkedHashMap<String, String>();
                while (cursor.nextMatches(t -> t.isPair() && CrmWords.DATE_SPEC_FIELDS.contains(t.name()))) {
                    Token field = cursor.next("a date_spec field");
                    specFields.put(field.name(), field.value());
                }
                if (specFields.isEmpty()) {
                    throw cursor.unexpected("date_spec fields such as hours=9-16 weekdays=1-5");
                }
                DateFields spec = fields(reading, IdConventions.dateSpec(expressionId), specFields);
                return new DateExpression(expressionId, "date_spec", null, null, spec, null, null);
            }
            default -> throw cursor.error(operation, "unknown date operation " + TokenCursor.quote(operation.text())
                    + " (expected in_range, gt, lt or date_spec)");
        }
    }

    private static DateFields fields(Reading reading, String conventionalId, Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        return new DateFields(reading.ids().make(conventionalId), Attrs.of(values), null);
    }

    static String role(TokenCursor cursor, Token at, String role) {
        if (!CrmWords.ROLES.contains(role)) {
            throw cursor.error(at, "unknown role " + TokenCursor.quote(role) + " (expected one of: "
                    + String.join(", ", sorted(CrmWords.ROLES)) + ")");
        }
        return role;
    }

    static String score(TokenCursor cursor, Token at, String score) {
        if (!CrmWords.isScore(score)) {
            throw cursor.error(at, "bad score " + TokenCursor.quote(score)
                    + " (expected INFINITY, inf, -INFINITY, -inf or an integer)");
        }
        return score;
    }

    static List<String> sorted(Set<String> words) {
        return words.stream().sorted().toList();
    }
}
