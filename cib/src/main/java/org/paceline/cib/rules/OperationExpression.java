package org.paceline.cib.rules;

import org.paceline.cib.Extras;

/** Matches operations by name and interval (in op_defaults rules); null interval matches any. */
public record OperationExpression(String id, String name, String interval, Extras extras) implements Expression {
    public OperationExpression {
        extras = extras == null ? Extras.NONE : extras;
    }
}
