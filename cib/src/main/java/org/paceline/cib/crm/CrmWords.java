package org.paceline.cib.crm;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The fixed words of the crm language: statement keywords, scores, roles, actions, operators. */
final class CrmWords {
    /** Statement keywords in the order crmsh's {@code configure show} prints them. */
    static final List<String> STATEMENTS = List.of("node", "primitive", "rsc_template", "group", "clone", "ms",
            "tag", "location", "colocation", "order", "rsc_ticket", "fencing_topology", "property",
            "rsc_defaults", "op_defaults", "alert", "xml");

    static final Set<String> ORDER_KINDS = Set.of("Mandatory", "Optional", "Serialize");
    static final Set<String> ROLES = Set.of("Started", "Stopped", "Master", "Slave", "Promoted", "Unpromoted");
    static final Set<String> ACTIONS = Set.of("start", "stop", "promote", "demote");
    static final Set<String> OPERATORS = Set.of("lt", "gt", "lte", "gte", "eq", "ne");
    static final Set<String> VALUE_TYPES = Set.of("string", "integer", "number", "version");
    static final Set<String> DURATION_FIELDS = Set.of("years", "months", "weeks", "days", "hours", "minutes",
            "seconds");
    static final Set<String> DATE_SPEC_FIELDS = Set.of("seconds", "minutes", "hours", "monthdays", "weekdays",
            "yeardays", "months", "weeks", "years", "weekyears", "moon");
    /** What an {@code op} may set besides its name (OCF_CHECK_LEVEL goes to the op's own attributes). */
    static final Set<String> OPERATION_ATTRIBUTES = Set.of("interval", "timeout", "role", "on-fail", "start-delay",
            "interval-origin", "enabled", "record-pending", "description", "requires");
    static final String CHECK_LEVEL = "OCF_CHECK_LEVEL";

    /** Words that have a meaning somewhere in a statement: written values equal to one are quoted. */
    static final Set<String> RESERVED = Set.of("params", "meta", "utilization", "attributes", "op", "operations",
            "rule", "and", "or", "defined", "not_defined", "date", "to", "in_range", "date_spec");

    private static final Pattern SCORE = Pattern.compile("[+-]?(\\d+|inf|INFINITY|infinity|Infinity)");

    private CrmWords() {}

    /** INFINITY, inf, -inf, +INFINITY, or an integer. */
    static boolean isScore(String text) {
        return SCORE.matcher(text).matches();
    }

    static String expectedStatements() {
        return String.join(", ", STATEMENTS);
    }
}
