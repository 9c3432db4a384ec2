package org.paceline.cib.xml;

import static org.paceline.cib.xml.XmlElements.attributes;
import static org.paceline.cib.xml.XmlElements.element;

import java.util.ArrayList;
import java.util.List;

import org.paceline.cib.Attrs;
import org.paceline.cib.NvPair;
import org.paceline.cib.NvSet;
import org.paceline.cib.XmlElement;
import org.paceline.cib.rules.AttributeExpression;
import org.paceline.cib.rules.DateExpression;
import org.paceline.cib.rules.DateFields;
import org.paceline.cib.rules.Expression;
import org.paceline.cib.rules.OperationExpression;
import org.paceline.cib.rules.ResourceExpression;
import org.paceline.cib.rules.Rule;

/** Writes name/value sets and rules with their expressions. */
final class RuleWriter {
    private RuleWriter() {}

    static List<XmlElement> sets(List<NvSet> sets) {
        return sets.stream().map(RuleWriter::set).toList();
    }

    static XmlElement set(NvSet set) {
        var children = new ArrayList<XmlElement>();
        set.rules().forEach(rule -> children.add(rule(rule)));
        set.pairs().forEach(pair -> children.add(pair(pair)));
        return element(set.kind().element(), attributes("id", set.id(), "id-ref", set.idRef(), "score", set.score()),
                set.extras(), children);
    }

    private static XmlElement pair(NvPair pair) {
        return element("nvpair", attributes("id", pair.id(), "id-ref", pair.idRef(), "name", pair.name(),
                "value", pair.value()), pair.extras(), List.of());
    }

    static XmlElement rule(Rule rule) {
        return element("rule", attributes("id", rule.id(), "id-ref", rule.idRef(), "score", rule.score(),
                        "score-attribute", rule.scoreAttribute(), "boolean-op", rule.booleanOp(), "role", rule.role()),
                rule.extras(), rule.expressions().stream().map(RuleWriter::expression).toList());
    }

    private static XmlElement expression(Expression expression) {
        return switch (expression) {
            case Rule rule -> rule(rule);
            case AttributeExpression e -> element("expression", attributes("id", e.id(), "attribute", e.attribute(),
                    "operation", e.operation(), "value", e.value(), "type", e.type(), "value-source", e.valueSource()),
                    e.extras(), List.of());
            case DateExpression e -> {
                var children = new ArrayList<XmlElement>();
                if (e.dateSpec() != null) {
                    children.add(dateFields("date_spec", e.dateSpec()));
                }
                if (e.duration() != null) {
                    children.add(dateFields("duration", e.duration()));
                }
                yield element("date_expression", attributes("id", e.id(), "operation", e.operation(),
                        "start", e.start(), "end", e.end()), e.extras(), children);
            }
            case ResourceExpression e -> element("rsc_expression", attributes("id", e.id(), "class", e.resourceClass(),
                    "provider", e.provider(), "type", e.type()), e.extras(), List.of());
            case OperationExpression e -> element("op_expression", attributes("id", e.id(), "name", e.name(),
                    "interval", e.interval()), e.extras(), List.of());
        };
    }

    private static XmlElement dateFields(String name, DateFields fields) {
        Attrs known = XmlElements.attributes(attributes("id", fields.id()), fields.fields());
        return element(name, known, fields.extras(), List.of());
    }
}
