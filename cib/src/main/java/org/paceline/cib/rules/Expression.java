package org.paceline.cib.rules;

/** One condition of a rule; a rule itself is one, so rules nest. */
public sealed interface Expression
        permits Rule, AttributeExpression, DateExpression, ResourceExpression, OperationExpression {
    String id();
}
