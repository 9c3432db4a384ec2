package org.paceline.cib.rules;

import java.util.List;

import org.paceline.cib.Extras;

/**
 * A rule: expressions joined by {@code and} or {@code or}; in a location constraint
 * it also carries the score given where it holds.
 *
 * @param idRef          a reference to a rule defined elsewhere, or null
 * @param score          as written, or null
 * @param scoreAttribute a node attribute whose value is the score, or null
 * @param booleanOp      "and" or "or" as written, or null (meaning and)
 * @param role           the role a location rule applies to, or null
 */
public record Rule(String id, String idRef, String score, String scoreAttribute, String booleanOp, String role,
                   List<Expression> expressions, Extras extras) implements Expression {
    public Rule {
        expressions = List.copyOf(expressions);
        extras = extras == null ? Extras.NONE : extras;
    }

    public boolean isOr() {
        return booleanOp != null && booleanOp.equalsIgnoreCase("or");
    }
}
