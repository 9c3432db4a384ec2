package org.paceline.cib.check;

import java.util.Locale;
import java.util.Set;

import org.paceline.cib.Configuration;
import org.paceline.cib.constraints.Colocation;
import org.paceline.cib.constraints.Constraint;
import org.paceline.cib.constraints.Location;
import org.paceline.cib.constraints.Order;
import org.paceline.cib.constraints.ResourceSet;
import org.paceline.cib.constraints.TicketConstraint;
import org.paceline.cib.resources.Operation;
import org.paceline.cib.resources.Primitive;
import org.paceline.cib.rules.Expression;
import org.paceline.cib.rules.Rule;

/** Values with a fixed vocabulary or form: scores, operation names, roles, kinds, time spans. */
final class ValueCheck {
    private static final Set<String> OPERATIONS = Set.of("start", "stop", "monitor", "status", "promote", "demote",
            "notify", "reload", "reload-agent", "migrate_to", "migrate_from", "meta-data", "validate-all",
            "recover");
    private static final Set<String> ON_FAIL = Set.of("ignore", "block", "stop", "restart", "standby", "fence",
            "demote", "restart-container", "reset");
    private static final Set<String> ROLES = Set.of("started", "stopped", "promoted", "unpromoted", "master",
            "slave");
    private static final Set<String> ORDER_KINDS = Set.of("mandatory", "optional", "serialize");
    private static final Set<String> ACTIONS = Set.of("start", "stop", "promote", "demote");
    private static final Set<String> CLASSES = Set.of("ocf", "lsb", "service", "systemd", "stonith", "nagios",
            "upstart", "heartbeat");
    private static final Set<String> LOSS_POLICIES = Set.of("stop", "demote", "fence", "freeze");
    private static final Set<String> DISCOVERY = Set.of("always", "never", "exclusive");

    private ValueCheck() {}

    static void run(Configuration config, Report report) {
        config.allResources().forEach(resource -> {
            if (resource instanceof Primitive p) {
                primitive(p, report);
            }
        });
        for (Constraint constraint : config.constraints()) {
            constraint(constraint, report);
        }
    }

    private static void primitive(Primitive p, Report report) {
        String where = "resource \"" + p.id() + "\"";
        if (p.template() == null) {
            if (p.resourceClass() == null || p.type() == null) {
                report.error(p.id(), where + ": no agent (class and type, or a template)");
            } else if (!CLASSES.contains(p.resourceClass())) {
                report.error(p.id(), where + ": unknown agent class \"" + p.resourceClass() + "\" (expected one of "
                        + String.join(", ", sorted(CLASSES)) + ")");
            } else if (p.resourceClass().equals("ocf") && p.provider() == null) {
                report.error(p.id(), where + ": an ocf agent needs a provider (ocf:PROVIDER:" + p.type() + ")");
            }
        }
        for (Operation op : p.operations()) {
            operation(p, op, where, report);
        }
    }

    private static void operation(Primitive p, Operation op, String where, Report report) {
        if (op.idRef() != null) {
            return;
        }
        if (op.name() == null || op.name().isBlank()) {
            report.error(p.id(), where + ": an operation without a name");
        } else if (!OPERATIONS.contains(op.name())) {
            // Agents may define actions of their own (SAPInstance has "methods"), so only a
            // name one or two typos away from a standard action is surely a mistake.
            String near = OPERATIONS.stream().filter(known -> EditDistance.atMost(op.name(), known, 2))
                    .sorted().findFirst().orElse(null);
            if (near != null) {
                report.error(p.id(), where + ": unknown operation \"" + op.name() + "\" (did you mean \""
                        + near + "\"?)");
            } else {
                report.warning(p.id(), where + ": operation \"" + op.name()
                        + "\" is not a standard action; the agent must provide it");
            }
        }
        timeSpan(op.interval(), p.id(), where + ": operation \"" + op.name() + "\": interval", report);
        op.timeout().ifPresent(t -> timeSpan(t, p.id(), where + ": operation \"" + op.name() + "\": timeout", report));
        op.attribute("start-delay").ifPresent(t -> timeSpan(t, p.id(), where + ": operation \"" + op.name()
                + "\": start-delay", report));
        op.onFail().ifPresent(value -> {
            if (!ON_FAIL.contains(value.toLowerCase(Locale.ROOT))) {
                report.error(p.id(), where + ": operation \"" + op.name() + "\": unknown on-fail \"" + value
                        + "\" (expected one of " + String.join(", ", sorted(ON_FAIL)) + ")");
            }
        });
        op.role().ifPresent(role -> role(role, p.id(), where + ": operation \"" + op.name() + "\"", report));
    }

    private static void constraint(Constraint constraint, Report report) {
        String id = constraint.id();
        String where = ReferenceCheck.kind(constraint) + " \"" + id + "\"";
        switch (constraint) {
            case Location l -> {
                if (l.score() == null && l.rules().isEmpty()) {
                    report.error(id, where + ": neither a score nor a rule");
                }
                if (l.rules().isEmpty() && l.score() != null && l.node() == null) {
                    report.error(id, where + ": a score needs a node");
                }
                score(l.score(), id, where, report);
                role(l.role(), id, where, report);
                if (l.resourceDiscovery() != null && !DISCOVERY.contains(l.resourceDiscovery())) {
                    report.error(id, where + ": unknown resource-discovery \"" + l.resourceDiscovery()
                            + "\" (expected always, never or exclusive)");
                }
                for (Rule rule : l.rules()) {
                    rule(rule, id, where, report);
                }
            }
            case Colocation c -> {
                score(c.score(), id, where, report);
                role(c.resourceRole(), id, where, report);
                role(c.withResourceRole(), id, where, report);
                if (c.resource() != null && c.resource().equals(c.withResource())) {
                    report.error(id, where + ": \"" + c.resource() + "\" cannot be placed relative to itself");
                }
            }
            case Order o -> {
                score(o.score(), id, where, report);
                if (o.kind() != null && !ORDER_KINDS.contains(o.kind().toLowerCase(Locale.ROOT))) {
                    report.error(id, where + ": unknown kind \"" + o.kind() + "\" (expected Mandatory, Optional or Serialize)");
                }
                action(o.firstAction(), id, where, report);
                action(o.thenAction(), id, where, report);
                if (o.symmetrical() != null && !org.paceline.cib.rules.Values.isBoolean(o.symmetrical())) {
                    report.error(id, where + ": symmetrical must be true or false, not \"" + o.symmetrical() + "\"");
                }
                if (o.first() != null && o.first().equals(o.then())
                        && java.util.Objects.equals(o.firstAction(), o.thenAction())) {
                    report.error(id, where + ": \"" + o.first() + "\" cannot be ordered after itself");
                }
            }
            case TicketConstraint t -> {
                role(t.resourceRole(), id, where, report);
                if (t.lossPolicy() != null && !LOSS_POLICIES.contains(t.lossPolicy())) {
                    report.error(id, where + ": unknown loss-policy \"" + t.lossPolicy()
                            + "\" (expected stop, demote, fence or freeze)");
                }
            }
        }
        for (ResourceSet set : constraint.sets()) {
            set.attribute("score").ifPresent(s -> score(s, id, where, report));
            set.attribute("role").ifPresent(r -> role(r, id, where, report));
            set.attribute("action").ifPresent(a -> action(a, id, where, report));
            set.attribute("kind").ifPresent(k -> {
                if (!ORDER_KINDS.contains(k.toLowerCase(Locale.ROOT))) {
                    report.error(id, where + ": unknown kind \"" + k + "\" (expected Mandatory, Optional or Serialize)");
                }
            });
        }
    }

    private static void rule(Expression expression, String id, String where, Report report) {
        if (expression instanceof Rule rule) {
            score(rule.score(), id, where + ": rule", report);
            role(rule.role(), id, where + ": rule", report);
            if (rule.booleanOp() != null && !rule.booleanOp().equalsIgnoreCase("and")
                    && !rule.booleanOp().equalsIgnoreCase("or")) {
                report.error(id, where + ": rule: unknown boolean-op \"" + rule.booleanOp() + "\" (expected and or or)");
            }
            for (Expression inner : rule.expressions()) {
                rule(inner, id, where, report);
            }
        }
    }

    private static void score(String score, String id, String where, Report report) {
        if (score != null && !isScore(score)) {
            report.error(id, where + ": bad score \"" + score + "\" (expected an integer, INFINITY or -INFINITY)");
        }
    }

    private static void role(String role, String id, String where, Report report) {
        if (role != null && !ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            report.error(id, where + ": unknown role \"" + role + "\" (expected Started, Stopped, Promoted or Unpromoted)");
        }
    }

    private static void action(String action, String id, String where, Report report) {
        if (action != null && !ACTIONS.contains(action)) {
            report.error(id, where + ": unknown action \"" + action + "\" (expected start, stop, promote or demote)");
        }
    }

    private static void timeSpan(String text, String id, String what, Report report) {
        if (text != null && text.matches("(?i)P\\d+S")) {
            report.warning(id, what + " \"" + text + "\" is not ISO 8601 (seconds are written PT"
                    + text.substring(1) + ")");
        } else if (text != null && org.paceline.cib.rules.IntervalSpec.millis(text).isEmpty()) {
            report.error(id, what + " \"" + text + "\" is not a time span (such as 10s, 500ms, 5min or PT10S)");
        }
    }

    /** Pacemaker's score syntax, including the node-health colours that stand for configured values. */
    static boolean isScore(String text) {
        return org.paceline.cib.rules.Score.parseStrict(text, org.paceline.cib.rules.NodeHealthScores.DEFAULT).isPresent();
    }

    private static java.util.List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
