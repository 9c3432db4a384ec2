package org.paceline.node.controller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.paceline.node.store.CibUpdate;
import org.paceline.scheduler.graph.ClusterAction;
import org.paceline.scheduler.graph.GraphAction;
import org.paceline.scheduler.graph.PseudoAction;
import org.paceline.scheduler.graph.ResourceAction;

/**
 * What starting one graph action takes: the effects that carry it out (with the timer
 * that stands for its answer), the DC's own writes, and whether it is complete at once
 * (pseudo actions, cluster actions other than fencing, history cleanups).
 *
 * @param effects      in the order the loop must carry them out
 * @param writes       status updates the DC makes itself, recorded before the effects
 * @param doneAtOnce   whether the action is confirmed now rather than by an answer
 * @param shutdownNode the node whose {@code do_shutdown} this is (everything there has
 *                     stopped), or null
 */
record ActionDispatch(List<ControllerEffect> effects, List<CibUpdate> writes, boolean doneAtOnce,
                      String shutdownNode) {

    static ActionDispatch of(GraphAction action, Transition transition, String dc, Instant now) {
        var effects = new ArrayList<ControllerEffect>();
        return switch (action) {
            case PseudoAction pseudo -> new ActionDispatch(effects, List.of(), true, null);
            case ClusterAction cluster when cluster.task().equals("stonith") -> {
                String fencing = cluster.attributes().getOrDefault("CRM_meta_stonith_action", "reboot");
                effects.add(new ControllerEffect.OperationalLog(
                        new OperationalEvent.FencingAttempted(now, dc, cluster.node(), fencing)));
                String priority = cluster.attributes().get("CRM_meta_priority_fencing_delay");
                effects.add(new ControllerEffect.Fence(cluster.node(), fencing, priority == null ? null
                        : java.time.Duration.ofSeconds(Long.parseLong(priority.strip()))));
                effects.add(timer(transition, cluster));
                yield new ActionDispatch(effects, List.of(), false, null);
            }
            case ClusterAction cluster -> {
                boolean shutdown = cluster.task().equals("do_shutdown");
                if (shutdown) {
                    effects.add(new ControllerEffect.ShutdownReady(cluster.node()));
                }
                yield new ActionDispatch(effects, List.of(), true, shutdown ? cluster.node() : null);
            }
            case ResourceAction resource -> resource(resource, transition, now, effects);
        };
    }

    private static ActionDispatch resource(ResourceAction action, Transition transition, Instant now,
                                           List<ControllerEffect> effects) {
        OperationRequest request = transition.request(action);
        switch (action.task()) {
            case "cancel" -> effects.add(new ControllerEffect.CancelRecurring(action.node(), request));
            case "delete" -> {
                // A cleanup of an orphan's history is the DC's own write; nothing runs on the node.
                return new ActionDispatch(effects,
                        List.of(new CibUpdate.ForgetResourceHistory(action.node(), request.resource())), true, null);
            }
            default -> {
                if (OperationalEvent.LOGGED_TASKS.contains(action.task())) {
                    effects.add(new ControllerEffect.OperationalLog(
                            new OperationalEvent.ActionAttempted(now, action.node(), request.resource(), action.task())));
                }
                effects.add(new ControllerEffect.RunOperation(request));
            }
        }
        effects.add(timer(transition, action));
        return new ActionDispatch(effects, List.of(), false, null);
    }

    private static ControllerEffect timer(Transition transition, GraphAction action) {
        return new ControllerEffect.SetTimer(ActionTimers.id(transition.id(), action),
                ActionTimers.timeout(transition.graph(), action));
    }
}
