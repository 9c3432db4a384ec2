package org.paceline.node.controller;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

import org.paceline.node.executor.OcfOperation;
import org.paceline.scheduler.graph.ResourceAction;

/**
 * One agent operation the DC asks of a node: what to run and how its result is to be
 * recorded. It travels DC to node and back unchanged inside the node's
 * {@link OperationReport}, so that a result names the request it answers.
 *
 * @param node           the node that runs it
 * @param transitionKey  Pacemaker's {@code action:transition:expected-rc:dc-uuid}
 * @param operationKey   Pacemaker's operation key ({@code vip_monitor_10000})
 * @param resource       the id the node's history keeps the resource under ({@code vip};
 *                       an anonymous clone's instances share the clone child's id, a unique
 *                       clone's carry their number, {@code rsc:1}, as Pacemaker records them)
 * @param task           start, stop, monitor, promote, demote, notify, cancel, ...
 * @param intervalMillis 0 for one-shot operations; for {@code cancel} the interval cancelled
 * @param timeout        how long the agent may run (the action's {@code CRM_meta_timeout})
 * @param operation      the agent call: exact for class {@code ocf}; for {@code lsb} and
 *                       {@code stonith} the action, interval, timeout and parameters carry over
 * @param attributes     the graph action's attributes as given ({@code CRM_meta_*} and parameters)
 */
public record OperationRequest(String node, String transitionKey, String operationKey, String resource,
                               String resourceClass, String provider, String type, String task,
                               long intervalMillis, Duration timeout, OcfOperation operation,
                               SequencedMap<String, String> attributes) {
    public OperationRequest {
        attributes = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(attributes));
    }

    /** The request for a graph action, under the given transition key. */
    public static OperationRequest of(ResourceAction action, String transitionKey) {
        String resource = historyId(action);
        OcfOperation call = OcfOperation.of(action);
        // The agent knows the instance by the id its history carries, as Pacemaker's executor does.
        call = new OcfOperation(resource, call.provider(), call.type(), call.action(), call.intervalMillis(),
                call.timeout(), call.role(), call.checkLevel(), call.parameters(), call.meta());
        return new OperationRequest(action.node(), transitionKey, action.key(), resource, action.resourceClass(),
                action.provider(), action.type(), action.task(), action.intervalMillis(), call.timeout(), call,
                action.attributes());
    }

    /** The exit code the transition expects ({@code CRM_meta_op_target_rc}, 0 when not given). */
    public int expectedRc() {
        return TransitionKey.parse(transitionKey).map(TransitionKey::expectedRc).orElse(0);
    }

    /** A monitor with interval 0. */
    public boolean isProbe() {
        return task.equals("monitor") && intervalMillis == 0;
    }

    /** A monitor the node repeats every {@link #intervalMillis}. */
    public boolean isRecurring() {
        return task.equals("monitor") && intervalMillis > 0;
    }

    /** Whether it stops the resource on its node (after which nothing of it may still repeat there). */
    public boolean stopsResource() {
        return task.equals("stop") || task.equals("migrate_to");
    }

    /** The resource's on-fail policy for this operation as configured ({@code ignore}, {@code block}, ...), or empty. */
    public String onFail() {
        return attributes.getOrDefault("CRM_meta_on_fail", "");
    }

    /** The history id: the instance id only for globally unique clones, as Pacemaker keeps it. */
    static String historyId(ResourceAction action) {
        boolean unique = "true".equalsIgnoreCase(action.attributes().get("CRM_meta_globally_unique"));
        return unique && action.longId() != null ? action.longId() : action.resource();
    }
}
