package org.paceline.cib.rules;

import org.paceline.cib.Extras;

/** Matches resources by agent (in rsc_defaults and op_defaults rules); null fields match any. */
public record ResourceExpression(String id, String resourceClass, String provider, String type, Extras extras)
        implements Expression {
    public ResourceExpression {
        extras = extras == null ? Extras.NONE : extras;
    }
}
