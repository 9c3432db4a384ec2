package org.paceline.scheduler.simulation;

import org.paceline.cib.Parsed;
import org.paceline.cib.Problem;

/**
 * An operation result named on crm_simulate's command line:
 * {@code RESOURCE_TASK_INTERVAL@NODE=RC}, such as {@code rsc1_monitor_10000@node1=7}.
 *
 * @param intervalMillis the interval in milliseconds, 0 for one-shot operations
 * @param rc             the agent's exit code to pretend
 */
public record OperationSpec(String resource, String task, long intervalMillis, String node, int rc) {
    private static final String EXPECTED = "expected RESOURCE_TASK_INTERVAL@NODE=RC, such as rsc1_monitor_10000@node1=7";

    /**
     * Reads a spec; {@code option} names where it came from in the problem.
     * Never throws.
     */
    public static Parsed<OperationSpec> parse(String option, String spec) {
        if (spec == null) {
            return invalid(option, "(none)", "nothing given");
        }
        int at = spec.indexOf('@');
        int equals = at < 0 ? -1 : spec.indexOf('=', at + 1);
        if (at <= 0 || equals < 0 || equals == at + 1) {
            return invalid(option, spec, "no @NODE=RC part");
        }
        String key = spec.substring(0, at);
        String node = spec.substring(at + 1, equals);
        Integer rc = leadingInteger(spec.substring(equals + 1));
        if (rc == null) {
            return invalid(option, spec, "the result code is not a whole number");
        }
        int lastUnderscore = key.lastIndexOf('_');
        if (lastUnderscore <= 0 || lastUnderscore == key.length() - 1) {
            return invalid(option, spec, "no _INTERVAL in the operation key");
        }
        String interval = key.substring(lastUnderscore + 1);
        if (interval.length() > 12 || !interval.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return invalid(option, spec, "the interval \"" + interval + "\" is not a number of milliseconds");
        }
        String resourceAndTask = key.substring(0, lastUnderscore);
        String task;
        String resource;
        if (resourceAndTask.endsWith("_migrate_to") || resourceAndTask.endsWith("_migrate_from")) {
            // These task names hold an underscore themselves.
            int start = resourceAndTask.lastIndexOf("_migrate_");
            task = resourceAndTask.substring(start + 1);
            resource = resourceAndTask.substring(0, start);
        } else {
            int taskStart = resourceAndTask.lastIndexOf('_');
            if (taskStart <= 0 || taskStart == resourceAndTask.length() - 1) {
                return invalid(option, spec, "no _TASK in the operation key");
            }
            task = resourceAndTask.substring(taskStart + 1);
            resource = resourceAndTask.substring(0, taskStart);
        }
        return Parsed.valid(new OperationSpec(resource, task, Long.parseLong(interval), node, rc));
    }

    /** The key as written before the {@code @}: {@code rsc1_monitor_10000}. */
    public String key() {
        return resource + "_" + task + "_" + intervalMillis;
    }

    /** As written: {@code rsc1_monitor_10000@node1=7}. */
    @Override
    public String toString() {
        return key() + "@" + node + "=" + rc;
    }

    /** The whole number at the start of the text, after blanks, as C's {@code %d} reads it; null when none. */
    static Integer leadingInteger(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9' && i - digits < 9) {
            i++;
        }
        if (i == digits) {
            return null;
        }
        return Integer.parseInt(text.substring(start, i));
    }

    private static Parsed<OperationSpec> invalid(String option, String spec, String why) {
        return Parsed.invalid(new Problem(option, 0, 0, "invalid operation \"" + spec + "\": " + why + "; " + EXPECTED));
    }
}
