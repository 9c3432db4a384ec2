package org.paceline.cib.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.paceline.cib.Attrs;
import org.paceline.cib.Extras;
import org.paceline.cib.XmlElement;
import org.paceline.cib.rules.AttributeExpression;
import org.paceline.cib.rules.DateExpression;
import org.paceline.cib.rules.DateFields;
import org.paceline.cib.rules.Expression;
import org.paceline.cib.rules.OperationExpression;
import org.paceline.cib.rules.ResourceExpression;
import org.paceline.cib.rules.Rule;

/** Reads {@code rule} elements and every kind of expression inside them, rules nesting in rules. */
final class RuleReader {
    private static final Set<String> RULE = Set.of("id", "id-ref", "score", "score-attribute", "boolean-op", "role");
    private static final Set<String> EXPRESSION = Set.of("id", "attribute", "operation", "value", "type", "value-source");
    private static final Set<String> DATE_EXPRESSION = Set.of("id", "operation", "start", "end");
    private static final Set<String> RESOURCE_EXPRESSION = Set.of("id", "class", "provider", "type");
    private static final Set<String> OPERATION_EXPRESSION = Set.of("id", "name", "interval");
    private static final Set<String> ID = Set.of("id");

    private final ReadSession session;

    RuleReader(ReadSession session) {
        this.session = session;
    }

    Rule rule(SourceElement element) {
        session.requiredUnlessReference(element, "id");
        var expressions = new ArrayList<Expression>();
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            switch (child.name()) {
                case "rule" -> expressions.add(rule(child));
                case "expression" -> expressions.add(attributeExpression(child));
                case "date_expression" -> expressions.add(dateExpression(child));
                case "rsc_expression" -> expressions.add(resourceExpression(child));
                case "op_expression" -> expressions.add(operationExpression(child));
                default -> session.keepUnknown(child, element, "rules and expressions", unknown);
            }
        }
        return new Rule(element.attribute("id"), element.attribute("id-ref"), element.attribute("score"),
                element.attribute("score-attribute"), element.attribute("boolean-op"), element.attribute("role"),
                expressions, ReadSession.extras(element, RULE, unknown));
    }

    private AttributeExpression attributeExpression(SourceElement element) {
        session.requiredUnlessReference(element, "id");
        if (!element.has("id-ref")) {
            session.required(element, "attribute");
            session.required(element, "operation");
        }
        return new AttributeExpression(element.attribute("id"), element.attribute("attribute"),
                element.attribute("operation"), element.attribute("value"), element.attribute("type"),
                element.attribute("value-source"), ReadSession.extras(element, EXPRESSION, unknownChildren(element)));
    }

    private DateExpression dateExpression(SourceElement element) {
        session.requiredUnlessReference(element, "id");
        DateFields dateSpec = null;
        DateFields duration = null;
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            switch (child.name()) {
                case "date_spec" -> {
                    if (dateSpec != null) {
                        session.repeated(child, element);
                    }
                    dateSpec = dateFields(child);
                }
                case "duration" -> {
                    if (duration != null) {
                        session.repeated(child, element);
                    }
                    duration = dateFields(child);
                }
                default -> session.keepUnknown(child, element, "date_spec or duration", unknown);
            }
        }
        return new DateExpression(element.attribute("id"), element.attribute("operation"), element.attribute("start"),
                element.attribute("end"), dateSpec, duration, ReadSession.extras(element, DATE_EXPRESSION, unknown));
    }

    /** A date_spec or duration: every attribute but the id is a field, kept as written. */
    private DateFields dateFields(SourceElement element) {
        var unknown = unknownChildren(element);
        return new DateFields(element.attribute("id"), ReadSession.otherAttributes(element, ID),
                unknown.isEmpty() ? Extras.NONE : new Extras(Attrs.EMPTY, unknown));
    }

    private ResourceExpression resourceExpression(SourceElement element) {
        session.requiredUnlessReference(element, "id");
        return new ResourceExpression(element.attribute("id"), element.attribute("class"), element.attribute("provider"),
                element.attribute("type"), ReadSession.extras(element, RESOURCE_EXPRESSION, unknownChildren(element)));
    }

    private OperationExpression operationExpression(SourceElement element) {
        session.requiredUnlessReference(element, "id");
        session.required(element, "name");
        return new OperationExpression(element.attribute("id"), element.attribute("name"), element.attribute("interval"),
                ReadSession.extras(element, OPERATION_EXPRESSION, unknownChildren(element)));
    }

    private List<XmlElement> unknownChildren(SourceElement element) {
        var unknown = new ArrayList<XmlElement>();
        for (SourceElement child : element.children()) {
            session.keepUnknown(child, element, "no resource here", unknown);
        }
        return unknown;
    }
}
