package org.paceline.cib.rules;

import org.paceline.cib.Extras;

/**
 * A test of the current time.
 *
 * @param operation in_range, gt, lt or date_spec
 * @param start     an ISO 8601 date-time, or null
 * @param end       an ISO 8601 date-time, or null
 * @param dateSpec  for date_spec: which fields must match, or null
 * @param duration  for in_range without an end: how long after start, or null
 */
public record DateExpression(String id, String operation, String start, String end, DateFields dateSpec,
                             DateFields duration, Extras extras) implements Expression {
    public DateExpression {
        extras = extras == null ? Extras.NONE : extras;
    }
}
