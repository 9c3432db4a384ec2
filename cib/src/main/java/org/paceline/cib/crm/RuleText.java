package org.paceline.cib.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paceline.cib.rules.AttributeExpression;
import org.paceline.cib.rules.DateExpression;
import org.paceline.cib.rules.DateFields;
import org.paceline.cib.rules.Expression;
import org.paceline.cib.rules.OperationExpression;
import org.paceline.cib.rules.ResourceExpression;
import org.paceline.cib.rules.Rule;

/** Prints a rule as {@code rule [$id=ID] [$role=ROLE] SCORE: TERM and|or TERM ...}. */
final class RuleText {
    private RuleText() {}

    /** The rule as one line's worth of words; ids decided as the reader makes them. */
    static String rule(WriterState state, Rule rule, String parentId, String owner) {
        String label = owner + " rule " + TokenCursor.quote(rule.id() == null ? String.valueOf(rule.idRef()) : rule.id());
        state.noExtras(rule.extras(), label);
        var words = new ArrayList<String>();
        words.add("rule");
        if (rule.idRef() != null) {
            words.add(CrmText.option("$id-ref", rule.idRef()));
        }
        WriterState.Decision id = rule.idRef() != null ? null : state.decide(rule.id(), IdConventions.rule(parentId));
        if (id != null) {
            words.addAll(id.words());
        }
        if (rule.role() != null) {
            checkWord(state, rule.role(), CrmWords.ROLES, label, "role");
            words.add(CrmText.option("$role", rule.role()));
        }
        score(state, rule, label, words);
        if (rule.idRef() != null) {
            if (rule.id() != null || !rule.expressions().isEmpty()) {
                state.unwritable(label, "a rule that refers to another ($id-ref) cannot have its own id or terms");
            }
            return String.join(" ", words);
        }
        if (rule.expressions().isEmpty()) {
            state.unwritable(label, "a rule without terms cannot be written in crm syntax");
        }
        // crm syntax says boolean-op only by the word joining two terms, which the reader then sets.
        if (rule.expressions().size() <= 1 && rule.booleanOp() != null) {
            state.unwritable(label, "boolean-op " + TokenCursor.quote(rule.booleanOp()) + " on a rule of one term "
                    + "cannot be written in crm syntax");
        } else if (rule.expressions().size() > 1 && rule.booleanOp() == null) {
            state.unwritable(label, "a rule of several terms without boolean-op is read back with boolean-op=and");
        }
        String joiner = rule.booleanOp() == null ? "and" : rule.booleanOp();
        if (!joiner.equals("and") && !joiner.equals("or")) {
            state.unwritable(label, "boolean-op " + TokenCursor.quote(joiner) + " is neither and nor or");
        }
        for (int i = 0; i < rule.expressions().size(); i++) {
            if (i > 0) {
                words.add(joiner);
            }
            words.add(term(state, rule.expressions().get(i), id.id(), label));
        }
        return String.join(" ", words);
    }

    private static void score(WriterState state, Rule rule, String label, List<String> words) {
        if (rule.score() != null && rule.scoreAttribute() != null) {
            state.unwritable(label, "has both a score and a score-attribute");
        }
        if (rule.score() != null) {
            if (!CrmWords.isScore(rule.score())) {
                state.unwritable(label, "score " + TokenCursor.quote(rule.score()) + " is not a score crm syntax reads");
            }
            words.add(rule.score() + ":");
        } else if (rule.scoreAttribute() != null) {
            String attribute = rule.scoreAttribute();
            if (!CrmWords.isScore(attribute) && attribute.matches("[A-Za-z_#][\\w.#-]*")) {
                words.add(attribute + ":");
            } else {
                words.add(CrmText.option("score-attribute", attribute));
            }
        }
    }

    private static String term(WriterState state, Expression expression, String ruleId, String owner) {
        return switch (expression) {
            case AttributeExpression e -> attribute(state, e, ruleId, owner);
            case DateExpression e -> date(state, e, ruleId, owner);
            case Rule nested -> {
                state.unwritable(owner, "a rule inside a rule cannot be written in crm syntax");
                yield "";
            }
            case ResourceExpression e -> {
                state.unwritable(owner, "a resource expression (rsc_expression) cannot be written in crm syntax");
                yield "";
            }
            case OperationExpression e -> {
                state.unwritable(owner, "an operation expression (op_expression) cannot be written in crm syntax");
                yield "";
            }
        };
    }

    private static String attribute(WriterState state, AttributeExpression e, String ruleId, String owner) {
        String label = owner + " expression " + TokenCursor.quote(String.valueOf(e.id()));
        state.noExtras(e.extras(), label);
        state.implied(e.id(), IdConventions.expression(ruleId), label);
        if (e.valueSource() != null && !e.valueSource().equals("literal")) {
            state.unwritable(label, "value-source " + TokenCursor.quote(e.valueSource()) + " cannot be written");
        } else if (e.valueSource() != null) {
            state.unwritable(label, "an explicit value-source=literal cannot be written");
        }
        if (e.attribute() == null || e.operation() == null) {
            state.unwritable(label, "an expression without an attribute or operation cannot be written");
            return "";
        }
        String attribute = CrmText.word(state.printable(e.attribute(), label));
        if (e.operation().equals("defined") || e.operation().equals("not_defined")) {
            if (e.value() != null || e.type() != null) {
                state.unwritable(label, e.operation() + " with a value or type cannot be written");
            }
            return e.operation() + " " + attribute;
        }
        checkWord(state, e.operation(), CrmWords.OPERATORS, label, "operator");
        String operator = e.operation();
        if (e.type() != null) {
            checkWord(state, e.type(), CrmWords.VALUE_TYPES, label, "type");
            operator = e.type() + ":" + operator;
        }
        if (e.value() == null) {
            state.unwritable(label, "operator " + e.operation() + " without a value cannot be written");
        }
        return attribute + " " + operator + " " + CrmText.word(state.printable(String.valueOf(e.value()), label));
    }

    private static String date(WriterState state, DateExpression e, String ruleId, String owner) {
        String label = owner + " date expression " + TokenCursor.quote(String.valueOf(e.id()));
        state.noExtras(e.extras(), label);
        state.implied(e.id(), IdConventions.expression(ruleId), label);
        String expressionId = e.id() == null ? IdConventions.expression(ruleId) : e.id();
        if (e.operation() == null) {
            state.unwritable(label, "a date expression without an operation cannot be written");
            return "";
        }
        var words = new ArrayList<String>(List.of("date", e.operation()));
        switch (e.operation()) {
            case "gt", "lt" -> {
                String bound = e.operation().equals("gt") ? e.start() : e.end();
                String other = e.operation().equals("gt") ? e.end() : e.start();
                if (bound == null || other != null || e.dateSpec() != null || e.duration() != null) {
                    state.unwritable(label, "date " + e.operation() + " takes exactly its "
                            + (e.operation().equals("gt") ? "start" : "end"));
                }
                words.add(CrmText.word(state.printable(String.valueOf(bound), label)));
            }
            case "in_range" -> {
                if (e.start() == null && e.end() == null || e.dateSpec() != null) {
                    state.unwritable(label, "date in_range needs start or end and no date_spec");
                }
                if (e.start() != null) {
                    words.add(CrmText.option("start", state.printable(e.start(), label)));
                }
                if (e.end() != null) {
                    words.add(CrmText.option("end", state.printable(e.end(), label)));
                }
                fields(state, e.duration(), IdConventions.duration(expressionId), CrmWords.DURATION_FIELDS, label,
                        words);
            }
            case "date_spec" -> {
                if (e.start() != null || e.end() != null || e.duration() != null || e.dateSpec() == null
                        || e.dateSpec().fields().isEmpty()) {
                    state.unwritable(label, "date date_spec takes only its fields");
                }
                fields(state, e.dateSpec(), IdConventions.dateSpec(expressionId), CrmWords.DATE_SPEC_FIELDS, label,
                        words);
            }
            default -> state.unwritable(label, "date operation " + TokenCursor.quote(e.operation())
                    + " cannot be written");
        }
        return String.join(" ", words);
    }

    private static void fields(WriterState state, DateFields fields, String conventionalId, Set<String> allowed,
                               String owner, List<String> words) {
        if (fields == null) {
            return;
        }
        state.noExtras(fields.extras(), owner);
        state.implied(fields.id(), conventionalId, owner);
        fields.fields().asMap().forEach((name, value) -> {
            if (!allowed.contains(name)) {
                state.unwritable(owner, "field " + TokenCursor.quote(name) + " cannot be written in crm syntax");
            }
            words.add(CrmText.option(name, state.printable(value, owner)));
        });
    }

    static void checkWord(WriterState state, String word, Set<String> allowed, String owner, String what) {
        if (!allowed.contains(word)) {
            state.unwritable(owner, what + " " + TokenCursor.quote(word) + " is not one crm syntax reads");
        }
    }
}
