package org.paceline.cib.crm;

import org.paceline.cib.SetKind;

/**
 * The ids crmsh gives to what crm text leaves unnamed, before uniqueness is applied:
 * a parent's id and a suffix naming the element ({@code vip-instance_attributes},
 * {@code vip-instance_attributes-ip}, {@code vip-monitor-10s}, {@code loc-rule},
 * {@code loc-rule-expression}). The reader and the writer both ask here, so that an id
 * the writer leaves out is the one the reader makes again.
 */
final class IdConventions {
    static final String CLUSTER_PROPERTIES = "cib-bootstrap-options";
    static final String RESOURCE_DEFAULTS = "rsc-options";
    static final String OPERATION_DEFAULTS = "op-options";
    static final String FENCING_LEVEL = "fencing";

    private IdConventions() {}

    static String set(String parentId, SetKind kind) {
        return parentId + "-" + kind.element();
    }

    static String pair(String setId, String name) {
        return setId + "-" + name;
    }

    /** {@code vip-monitor-10s}; without an interval, {@code vip-start}. */
    static String operation(String resourceId, String name, String interval) {
        return interval == null ? resourceId + "-" + name : resourceId + "-" + name + "-" + interval;
    }

    static String rule(String parentId) {
        return parentId + "-rule";
    }

    static String expression(String ruleId) {
        return ruleId + "-expression";
    }

    static String dateSpec(String expressionId) {
        return expressionId + "-date_spec";
    }

    static String duration(String expressionId) {
        return expressionId + "-duration";
    }

    /** A constraint's resource sets take its id, which is always taken: {@code c-0}, {@code c-1}, ... */
    static String resourceSet(String constraintId) {
        return constraintId;
    }

    static String recipient(String alertId) {
        return alertId + "-recipient";
    }
}
