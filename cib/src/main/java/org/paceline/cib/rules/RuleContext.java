package org.paceline.cib.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a rule is evaluated against: a node's attributes, the current instant, and where
 * the rule is about a resource or an operation, their agent, parameters and name.
 *
 * <p>Immutable; the {@code with...} methods return changed copies.
 *
 * @param nodeAttributes     the node's attributes, including the built-ins {@code #uname},
 *                           {@code #id}, {@code #kind}, {@code #is_dc}, {@code #cluster-name},
 *                           {@code #site-name} and, in a role's context, {@code #role}
 * @param now                the instant the rule is evaluated at (whole seconds count)
 * @param zone               the zone for dates written without an offset and for
 *                           {@code date_spec} (Pacemaker uses the node's local zone)
 * @param resourceClass      the resource's agent class (ocf, systemd, stonith...), or null
 * @param resourceProvider   the resource's agent provider, or null
 * @param resourceType       the resource's agent type, or null
 * @param resourceParameters the resource's instance attributes, for {@code value-source="param"}
 * @param resourceMeta       the resource's meta-attributes, for {@code value-source="meta"}
 * @param operationName      the operation's name (monitor, start...), or null outside op_defaults
 * @param operationInterval  the operation's interval, or null outside op_defaults
 * @param resourceIdMatches  the submatches of a location constraint's {@code rsc-pattern} against
 *                           the resource id (whole match first), for %0 to %9; empty otherwise
 */
public record RuleContext(Map<String, String> nodeAttributes, Instant now, ZoneId zone,
                          String resourceClass, String resourceProvider, String resourceType,
                          Map<String, String> resourceParameters, Map<String, String> resourceMeta,
                          String operationName, Duration operationInterval, List<String> resourceIdMatches) {

    public RuleContext {
        Objects.requireNonNull(now, "a rule is evaluated at an instant");
        nodeAttributes = frozen(nodeAttributes);
        zone = zone == null ? ZoneOffset.UTC : zone;
        resourceParameters = frozen(resourceParameters);
        resourceMeta = frozen(resourceMeta);
        resourceIdMatches = resourceIdMatches == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(resourceIdMatches));
    }

    /** A context with nothing but the instant, in UTC. */
    public static RuleContext at(Instant now) {
        return new RuleContext(Map.of(), now, ZoneOffset.UTC, null, null, null, Map.of(), Map.of(), null, null,
                List.of());
    }

    /**
     * The attributes of a node as rules see them: its own attributes, then the built-ins,
     * which win over attributes of the same name as in Pacemaker.
     *
     * @param kind        cluster, remote or container
     * @param clusterName the {@code cluster-name} property, or null when not set
     */
    public static Map<String, String> nodeAttributes(String uname, String id, String kind, boolean isDc,
                                                     String clusterName, Map<String, String> attributes) {
        var all = new LinkedHashMap<String, String>();
        if (attributes != null) {
            attributes.forEach((name, value) -> {
                if (value != null) {
                    all.put(name, value);
                }
            });
        }
        putIfNotNull(all, "#uname", uname);
        putIfNotNull(all, "#id", id);
        putIfNotNull(all, "#kind", kind);
        all.put("#is_dc", isDc ? "true" : "false");
        if (clusterName != null && !clusterName.isEmpty()) {
            all.put("#cluster-name", clusterName);
        }
        String site = attributes == null ? null : attributes.get("site-name");
        putIfNotNull(all, "#site-name", site != null ? site : clusterName == null || clusterName.isEmpty()
                ? null : clusterName);
        return all;
    }

    public RuleContext withNodeAttributes(Map<String, String> attributes) {
        return new RuleContext(attributes, now, zone, resourceClass, resourceProvider, resourceType,
                resourceParameters, resourceMeta, operationName, operationInterval, resourceIdMatches);
    }

    /** This context on a node, with its built-in attributes; see {@link #nodeAttributes}. */
    public RuleContext withNode(String uname, String id, String kind, boolean isDc, String clusterName,
                                Map<String, String> attributes) {
        return withNodeAttributes(nodeAttributes(uname, id, kind, isDc, clusterName, attributes));
    }

    /** This context with {@code #role} set, for rules of a location constraint with a role. */
    public RuleContext withRole(String role) {
        var attributes = new LinkedHashMap<>(nodeAttributes);
        if (role == null) {
            attributes.remove("#role");
        } else {
            attributes.put("#role", role);
        }
        return withNodeAttributes(attributes);
    }

    public RuleContext withNow(Instant instant) {
        return new RuleContext(nodeAttributes, instant, zone, resourceClass, resourceProvider, resourceType,
                resourceParameters, resourceMeta, operationName, operationInterval, resourceIdMatches);
    }

    public RuleContext withZone(ZoneId localZone) {
        return new RuleContext(nodeAttributes, now, localZone, resourceClass, resourceProvider, resourceType,
                resourceParameters, resourceMeta, operationName, operationInterval, resourceIdMatches);
    }

    /** This context about a resource whose agent is {@code class:provider:type}. */
    public RuleContext withResource(String agentClass, String provider, String type) {
        return new RuleContext(nodeAttributes, now, zone, agentClass, provider, type,
                resourceParameters, resourceMeta, operationName, operationInterval, resourceIdMatches);
    }

    public RuleContext withResourceValues(Map<String, String> parameters, Map<String, String> meta) {
        return new RuleContext(nodeAttributes, now, zone, resourceClass, resourceProvider, resourceType,
                parameters, meta, operationName, operationInterval, resourceIdMatches);
    }

    public RuleContext withOperation(String name, Duration interval) {
        return new RuleContext(nodeAttributes, now, zone, resourceClass, resourceProvider, resourceType,
                resourceParameters, resourceMeta, name, interval, resourceIdMatches);
    }

    public RuleContext withResourceIdMatches(List<String> matches) {
        return new RuleContext(nodeAttributes, now, zone, resourceClass, resourceProvider, resourceType,
                resourceParameters, resourceMeta, operationName, operationInterval, matches);
    }

    private static Map<String, String> frozen(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static void putIfNotNull(Map<String, String> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
