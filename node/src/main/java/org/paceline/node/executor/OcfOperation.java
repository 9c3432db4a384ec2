package org.paceline.node.executor;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

import org.paceline.scheduler.graph.ResourceAction;

/**
 * One operation of an OCF agent, as the controller asks for it: everything the agent's
 * environment is made of, apart from what the node itself contributes.
 *
 * @param instance       the resource instance ({@code OCF_RESOURCE_INSTANCE}): {@code vip},
 *                       {@code pgsql:1} for a clone instance
 * @param provider       the agent's provider ({@code heartbeat}, {@code pacemaker})
 * @param type           the agent's type ({@code Dummy}, {@code pgsql})
 * @param action         start, stop, monitor, promote, demote, notify, reload, migrate_to,
 *                       migrate_from, meta-data, validate-all, ...
 * @param intervalMillis 0 for one-shot actions (a monitor with interval 0 is a probe)
 * @param timeout        how long the agent may run
 * @param role           the role a recurring monitor checks ({@code Promoted}, {@code Unpromoted}), or null
 * @param checkLevel     the monitor depth ({@code OCF_CHECK_LEVEL}), or null
 * @param parameters     instance parameters, already evaluated, in the order they are passed
 * @param meta           further meta attributes without their {@code CRM_meta_} prefix, in
 *                       underscore spelling ({@code clone_max}, {@code notify_type}), in the order they are passed
 */
public record OcfOperation(String instance, String provider, String type, String action, long intervalMillis,
                           Duration timeout, String role, String checkLevel,
                           SequencedMap<String, String> parameters, SequencedMap<String, String> meta) {
    private static final String META_PREFIX = "CRM_meta_";
    /** Pacemaker's operation timeout when the graph names none. */
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public OcfOperation {
        parameters = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(parameters));
        var spelled = new LinkedHashMap<String, String>();
        meta.forEach((name, value) -> spelled.put(metaName(name), value));
        meta = Collections.unmodifiableSequencedMap(spelled);
    }

    /** A one-shot operation with no parameters. */
    public static OcfOperation of(String instance, String provider, String type, String action, Duration timeout) {
        return new OcfOperation(instance, provider, type, action, 0, timeout, null, null,
                new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /**
     * The operation a transition graph's action asks for: {@code CRM_meta_*} attributes
     * become the interval, timeout, role and further meta; the rest, except
     * {@code crm_feature_set} (the node's own), are instance parameters.
     */
    public static OcfOperation of(ResourceAction action) {
        var parameters = new LinkedHashMap<String, String>();
        var meta = new LinkedHashMap<String, String>();
        Duration timeout = DEFAULT_TIMEOUT;
        String role = null;
        for (var entry : action.attributes().entrySet()) {
            String name = entry.getKey();
            if (!name.startsWith(META_PREFIX)) {
                if (!name.equals("crm_feature_set")) {
                    parameters.put(name, entry.getValue());
                }
                continue;
            }
            switch (name.substring(META_PREFIX.length())) {
                case "timeout" -> timeout = millis(entry.getValue(), timeout);
                case "role" -> role = entry.getValue();
                case "name", "interval", "on_node", "on_node_uuid" -> {
                    // The executor derives these from the action and its own node.
                }
                default -> meta.put(name, entry.getValue());
            }
        }
        return new OcfOperation(action.longId(), action.provider(), action.type(), action.task(),
                action.intervalMillis(), timeout, role, null, parameters, meta);
    }

    /** A monitor with interval 0: does the resource run here at all? */
    public boolean isProbe() {
        return action.equals("monitor") && intervalMillis == 0;
    }

    public OcfOperation withInterval(long millis) {
        return new OcfOperation(instance, provider, type, action, millis, timeout, role, checkLevel, parameters, meta);
    }

    public OcfOperation withRole(String monitoredRole) {
        return new OcfOperation(instance, provider, type, action, intervalMillis, timeout, monitoredRole, checkLevel,
                parameters, meta);
    }

    public OcfOperation withCheckLevel(String level) {
        return new OcfOperation(instance, provider, type, action, intervalMillis, timeout, role, level, parameters, meta);
    }

    public OcfOperation withParameter(String name, String value) {
        var changed = new LinkedHashMap<>(parameters);
        changed.put(name, value);
        return new OcfOperation(instance, provider, type, action, intervalMillis, timeout, role, checkLevel, changed, meta);
    }

    /** With one more meta attribute: {@code clone_max}, {@code clone-max} and {@code CRM_meta_clone_max} are the same. */
    public OcfOperation withMeta(String name, String value) {
        var changed = new LinkedHashMap<>(meta);
        changed.put(metaName(name), value);
        return new OcfOperation(instance, provider, type, action, intervalMillis, timeout, role, checkLevel,
                parameters, changed);
    }

    /** With a clone notification's variables as meta attributes. */
    public OcfOperation withNotification(Notification notification) {
        var changed = new LinkedHashMap<>(meta);
        changed.putAll(notification.meta());
        return new OcfOperation(instance, provider, type, action, intervalMillis, timeout, role, checkLevel,
                parameters, changed);
    }

    private static String metaName(String name) {
        String bare = name.startsWith(META_PREFIX) ? name.substring(META_PREFIX.length()) : name;
        return bare.replace('-', '_');
    }

    private static Duration millis(String value, Duration otherwise) {
        if (value == null) {
            return otherwise;
        }
        try {
            return Duration.ofMillis(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
