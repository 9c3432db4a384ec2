package org.paceline.node.executor;

import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * The environment an OCF agent runs in: a pure function of the operation and the node.
 *
 * <p>In order: {@code OCF_ROOT}, {@code OCF_RA_VERSION_MAJOR}/{@code MINOR},
 * {@code OCF_RESOURCE_INSTANCE}, {@code OCF_RESOURCE_TYPE}, {@code OCF_RESOURCE_PROVIDER},
 * {@code OCF_CHECK_LEVEL} (when given), {@code OCF_EXIT_REASON_PREFIX}; then, except for
 * {@code meta-data}, every parameter as {@code OCF_RESKEY_<name>}, the operation's
 * {@code OCF_RESKEY_CRM_meta_*} (name, interval and timeout in milliseconds, role when given,
 * on_node, on_node_uuid, then the further meta attributes such as clone and notify
 * variables) and {@code OCF_RESKEY_crm_feature_set}; last {@code HA_SBIN_DIR},
 * {@code HA_RSCTMP}, {@code HA_VARRUN} and {@code PATH}, the command faces first on both.
 *
 * <p>Nothing is inherited from the daemon's own environment. A name no environment can
 * hold (empty, or with {@code =} or NUL) and a value with NUL are left out.
 */
public final class OcfEnvironment {
    /** The OCF standard's version Pacemaker announces. */
    public static final String RA_VERSION_MAJOR = "1";
    public static final String RA_VERSION_MINOR = "1";
    /** What an agent writes before the reason of its failure on standard error. */
    public static final String EXIT_REASON_PREFIX = "ocf-exit-reason:";

    private OcfEnvironment() {
    }

    /** The environment of {@code operation} run on the node {@code settings} describe. */
    public static SequencedMap<String, String> of(OcfOperation operation, ExecutorSettings settings) {
        var environment = new LinkedHashMap<String, String>();
        put(environment, "OCF_ROOT", settings.ocfRoot().toString());
        put(environment, "OCF_RA_VERSION_MAJOR", RA_VERSION_MAJOR);
        put(environment, "OCF_RA_VERSION_MINOR", RA_VERSION_MINOR);
        put(environment, "OCF_RESOURCE_INSTANCE", operation.instance());
        put(environment, "OCF_RESOURCE_TYPE", operation.type());
        put(environment, "OCF_RESOURCE_PROVIDER", operation.provider());
        put(environment, "OCF_CHECK_LEVEL", operation.checkLevel());
        put(environment, "OCF_EXIT_REASON_PREFIX", EXIT_REASON_PREFIX);
        // Pacemaker asks for meta-data with no resource in mind: no parameters, no meta.
        if (!operation.action().equals("meta-data")) {
            operation.parameters().forEach((name, value) -> put(environment, "OCF_RESKEY_" + name, value));
            putMeta(environment, "name", operation.action());
            putMeta(environment, "interval", Long.toString(operation.intervalMillis()));
            putMeta(environment, "timeout", Long.toString(operation.timeout().toMillis()));
            putMeta(environment, "role", operation.role());
            putMeta(environment, "on_node", settings.nodeName());
            putMeta(environment, "on_node_uuid", settings.nodeId());
            operation.meta().forEach((name, value) -> putMeta(environment, name, value));
            put(environment, "OCF_RESKEY_crm_feature_set", settings.featureSet());
        }
        put(environment, "HA_SBIN_DIR", settings.commandFaces().toString());
        put(environment, "HA_RSCTMP", settings.resourceTmp().toString());
        put(environment, "HA_VARRUN", settings.varRun().toString());
        put(environment, "PATH", settings.searchPath());
        return environment;
    }

    /** Sets a {@code CRM_meta_} variable unless the operation's own fields already set it. */
    private static void putMeta(SequencedMap<String, String> environment, String name, String value) {
        String key = "OCF_RESKEY_CRM_meta_" + name;
        if (!environment.containsKey(key)) {
            put(environment, key, value);
        }
    }

    private static void put(SequencedMap<String, String> environment, String name, String value) {
        if (value != null && isHoldable(name) && value.indexOf('\0') < 0) {
            environment.put(name, value);
        }
    }

    private static boolean isHoldable(String name) {
        return name != null && !name.isEmpty() && name.indexOf('=') < 0 && name.indexOf('\0') < 0;
    }
}
