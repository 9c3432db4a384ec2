package org.paceline.scheduler.graph;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.paceline.cib.NvSet;
import org.paceline.cib.resources.Clone;
import org.paceline.cib.resources.Operation;
import org.paceline.cib.rules.IntervalSpec;
import org.paceline.cib.rules.Values;
import org.paceline.scheduler.state.ClusterState;
import org.paceline.scheduler.state.ResourceInstance;
import org.paceline.scheduler.state.Role;

/**
 * The attributes Pacemaker passes with an action: {@code CRM_meta_*} (timeout, interval,
 * node, clone and role meta) and, for agent actions, the resource's instance parameters.
 */
final class ActionAttributes {
    /** Pacemaker's operation timeout when neither the operation nor op_defaults sets one. */
    private static final long DEFAULT_TIMEOUT_MILLIS = 20_000;

    private final ClusterState state;

    ActionAttributes(ClusterState state) {
        this.state = state;
    }

    /** Fills in the action's attributes from its resource, operation and node. */
    void fill(DraftAction action) {
        var meta = action.meta;
        ResourceInstance resource = action.resource;
        if (action.kind == DraftAction.Kind.CLUSTER) {
            if (action.node != null) {
                meta.put("CRM_meta_on_node", action.node.name());
                meta.put("CRM_meta_on_node_uuid", action.node.id());
            }
            return;
        }
        if (resource != null) {
            cloneMeta(resource, meta, action.kind == DraftAction.Kind.RESOURCE || isInstanceAction(action));
        }
        Optional<Operation> operation = resource == null || resource.primitive() == null ? Optional.empty()
                : operation(resource, action.task, action.intervalMillis);
        if (action.intervalMillis > 0) {
            meta.put("CRM_meta_interval", Long.toString(action.intervalMillis));
            meta.put("CRM_meta_name", action.task.equals("cancel") ? "monitor" : action.task);
        } else if (operation.isPresent() && !action.isProbe()) {
            meta.put("CRM_meta_name", action.task);
        }
        if (action.task.equals("cancel")) {
            meta.put("CRM_meta_operation", "monitor");
        }
        operation.ifPresent(op -> op.attributes().asMap().entrySet().forEach(entry -> {
            String name = entry.getKey();
            if (!name.equals("id") && !name.equals("name") && !name.equals("interval") && !name.equals("timeout")
                    && !name.equals("role") && entry.getValue() != null) {
                meta.put("CRM_meta_" + name.replace('-', '_'), entry.getValue());
            }
        }));
        operation.flatMap(Operation::role).flatMap(Role::parse).filter(r -> action.intervalMillis > 0)
                .ifPresent(role -> meta.put("CRM_meta_role", role.text()));
        if (action.kind == DraftAction.Kind.RESOURCE && action.node != null) {
            meta.put("CRM_meta_on_node", action.node.name());
            meta.put("CRM_meta_on_node_uuid", action.node.id());
        }
        meta.put("CRM_meta_timeout", Long.toString(timeoutMillis(operation)));
        if (resource != null && resource.primitive() != null) {
            // Instance parameters come after the meta attributes, in name order.
            new java.util.TreeMap<>(resource.parameters()).forEach(meta::putIfAbsent);
        }
    }

    /** Whether a pseudo action stands for an instance's own action (a stop implied by fencing). */
    private static boolean isInstanceAction(DraftAction action) {
        return action.resource.variant() == ResourceInstance.Variant.PRIMITIVE;
    }

    private void cloneMeta(ResourceInstance resource, Map<String, String> meta, boolean instance) {
        Optional<ResourceInstance> found = resource.variant() == ResourceInstance.Variant.CLONE
                ? Optional.of(resource) : resource.clone();
        if (found.isEmpty()) {
            return;
        }
        ResourceInstance clone = found.get();
        if (instance && resource != clone) {
            String id = resource.id();
            int colon = id.lastIndexOf(':');
            if (colon >= 0) {
                meta.put("CRM_meta_clone", id.substring(colon + 1));
            }
        }
        Map<String, String> cloneMeta = clone.meta();
        meta.put("CRM_meta_clone_max", cloneMeta.getOrDefault("clone-max", Integer.toString(clone.children().size())));
        meta.put("CRM_meta_clone_node_max", cloneMeta.getOrDefault("clone-node-max", "1"));
        meta.put("CRM_meta_globally_unique", Values.isTrue(cloneMeta.get("globally-unique")) ? "true" : "false");
        meta.put("CRM_meta_notify", Values.isTrue(cloneMeta.get("notify")) ? "true" : "false");
        if (clone.config() instanceof Clone c && c.promotable()) {
            String max = first(cloneMeta, "promoted-max", "master-max", "1");
            String nodeMax = first(cloneMeta, "promoted-node-max", "master-node-max", "1");
            meta.put("CRM_meta_master_max", max);
            meta.put("CRM_meta_master_node_max", nodeMax);
            meta.put("CRM_meta_promoted_max", max);
            meta.put("CRM_meta_promoted_node_max", nodeMax);
        }
    }

    private static String first(Map<String, String> meta, String name, String legacy, String otherwise) {
        String value = meta.get(name);
        return value != null ? value : meta.getOrDefault(legacy, otherwise);
    }

    /**
     * The configured operation an action runs as: same name and interval; a probe takes
     * the monitor with the shortest interval when no interval-0 monitor is configured.
     */
    static Optional<Operation> operation(ResourceInstance resource, String task, long intervalMillis) {
        String name = task.equals("cancel") ? "monitor" : task;
        Operation shortest = null;
        long shortestInterval = Long.MAX_VALUE;
        for (Operation op : resource.primitive().operations()) {
            if (!name.equals(op.name())) {
                continue;
            }
            OptionalLong interval = IntervalSpec.millis(op.interval());
            if (interval.isPresent() && interval.getAsLong() == intervalMillis) {
                return Optional.of(op);
            }
            if (interval.isPresent() && interval.getAsLong() < shortestInterval) {
                shortest = op;
                shortestInterval = interval.getAsLong();
            }
        }
        return intervalMillis == 0 && name.equals("monitor") ? Optional.ofNullable(shortest) : Optional.empty();
    }

    private long timeoutMillis(Optional<Operation> operation) {
        Optional<String> timeout = operation.flatMap(Operation::timeout);
        if (timeout.isEmpty()) {
            for (NvSet set : state.cib().configuration().operationDefaults()) {
                if (set.rules().isEmpty() && set.value("timeout").isPresent()) {
                    timeout = set.value("timeout");
                    break;
                }
            }
        }
        return timeout.map(t -> IntervalSpec.millis(t.toLowerCase(Locale.ROOT)))
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).orElse(DEFAULT_TIMEOUT_MILLIS);
    }
}
