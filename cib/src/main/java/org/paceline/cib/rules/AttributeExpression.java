package org.paceline.cib.rules;

import org.paceline.cib.Extras;

/**
 * A test of a node attribute ({@code #uname}, {@code #id}, {@code #kind} or a named one).
 *
 * @param operation   lt, gt, lte, gte, eq, ne, defined, not_defined
 * @param value       the value compared with, or null for defined/not_defined
 * @param type        string, integer, number or version (older: number meant integer), or null
 * @param valueSource literal, param or meta, or null (literal)
 */
public record AttributeExpression(String id, String attribute, String operation, String value, String type,
                                  String valueSource, Extras extras) implements Expression {
    public AttributeExpression {
        extras = extras == null ? Extras.NONE : extras;
    }
}
