package org.paceline.cib.rules;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether a rule holds in a context, as Pacemaker evaluates rules, and when a
 * date-based rule's answer may next change.
 *
 * <p>An expression that cannot be evaluated (no attribute, an unknown operation, an
 * unreadable date) does not hold; nothing here throws on what a user wrote. Stateless and
 * thread-safe.
 */
public final class RuleEvaluator {
    private RuleEvaluator() {}

    /**
     * Whether the rule holds: with {@code boolean-op="or"} when any condition holds,
     * otherwise (and, the default, also for an unknown boolean-op) when all do. Conditions are
     * taken in order and evaluation stops at the first that decides. A rule with no conditions
     * holds when it is "and" and not when it is "or", as in Pacemaker; a rule that only
     * references another ({@code id-ref}) must be resolved by the caller, and does not hold
     * unresolved.
     */
    public static boolean matches(Rule rule, RuleContext context) {
        return rule(rule, context, null);
    }

    /** Whether one condition holds: a nested rule or an expression of any kind. */
    public static boolean matches(Expression expression, RuleContext context) {
        return expression(expression, context, null);
    }

    /**
     * Whether a node attribute expression holds. With no {@code type}, lt/gt/lte/gte compare
     * as numbers when either value has a decimal point and as integers otherwise, the rest as
     * strings (case-insensitively); values that do not read as the type compare as strings.
     * A missing attribute (or a missing param/meta reference): eq holds only if both are
     * missing, ne holds, the orderings do not, not_defined does.
     */
    public static boolean matches(AttributeExpression expression, RuleContext context) {
        return AttributeComparison.matches(expression, context);
    }

    /** Whether a date expression holds at the context's instant (whole seconds). */
    public static boolean matches(DateExpression expression, RuleContext context) {
        return DateComparison.matches(expression, context, null);
    }

    /** Whether the resource's agent matches; each of class, provider and type given must be equal. */
    public static boolean matches(ResourceExpression expression, RuleContext context) {
        return equalIfGiven(expression.resourceClass(), context.resourceClass())
                && equalIfGiven(expression.provider(), context.resourceProvider())
                && equalIfGiven(expression.type(), context.resourceType());
    }

    /**
     * Whether the operation matches: the name equal, and the interval, when given, equal after
     * both are read as durations ({@code 10s} equals {@code 10000ms}). An unreadable interval
     * does not match.
     */
    public static boolean matches(OperationExpression expression, RuleContext context) {
        if (expression.name() == null) {
            return false;
        }
        var interval = IntervalSpec.millis(expression.interval());
        if (interval.isEmpty() || !expression.name().equals(context.operationName())) {
            return false;
        }
        long actual = context.operationInterval() == null ? 0 : context.operationInterval().toMillis();
        return expression.interval() == null || interval.getAsLong() == actual;
    }

    /**
     * The earliest instant after the context's at which the rule's answer may change, from
     * the date expressions evaluated (gt, lt, in_range exactly; date_spec by searching ahead
     * for about eight years), or empty when no date decides it. The scheduler rechecks then.
     */
    public static Optional<Instant> nextChange(Rule rule, RuleContext context) {
        return nextChange(rule, context, true);
    }

    /**
     * As {@link #nextChange}, but leaving {@code date_spec} out as Pacemaker does: what
     * Pacemaker writes as a transition's {@code recheck-by}.
     */
    public static Optional<Instant> nextChangeAsPacemaker(Rule rule, RuleContext context) {
        return nextChange(rule, context, false);
    }

    static Optional<Instant> nextChange(Rule rule, RuleContext context, boolean includeDateSpecs) {
        var recheck = new Recheck(includeDateSpecs);
        rule(rule, context, recheck);
        return recheck.earliest() == Recheck.NEVER ? Optional.empty()
                : Optional.of(Instant.ofEpochSecond(recheck.earliest()));
    }

    /** Evaluates the rule, noting date changes in {@code recheck} when it is not null. */
    static boolean rule(Rule rule, RuleContext context, Recheck recheck) {
        if (rule.idRef() != null && rule.expressions().isEmpty()) {
            return false;
        }
        boolean or = rule.isOr();
        for (Expression expression : rule.expressions()) {
            boolean holds = expression(expression, context, recheck);
            if (holds && or) {
                return true;
            }
            if (!holds && !or) {
                return false;
            }
        }
        return !or;
    }

    private static boolean expression(Expression expression, RuleContext context, Recheck recheck) {
        return switch (expression) {
            case Rule nested -> rule(nested, context, recheck);
            case AttributeExpression attribute -> AttributeComparison.matches(attribute, context);
            case DateExpression date -> DateComparison.matches(date, context, recheck);
            case ResourceExpression resource -> matches(resource, context);
            case OperationExpression operation -> matches(operation, context);
        };
    }

    private static boolean equalIfGiven(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}
